"""What an export tells the user about itself, as data: a kind and counts, not a sentence.

The CLI prints :attr:`ExportWarning.message` (English); the desktop app words each kind in
its own language, so no English sentence reaches the Chinese UI and no code has to
recognise a warning by its words.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass


class ExportWarningKind(str, enum.Enum):
    #: Passages without a translation; the export marks them as such.
    UNTRANSLATED = "untranslated"
    #: Subtitle cues without a translation; they show the original only.
    UNTRANSLATED_CUES = "untranslated-cues"
    #: Cues whose translation is in the original's language (a re-import splits them).
    SAME_LANGUAGE_CUES = "same-language-cues"
    #: Translated passages lacking a term the glossary requires (marked in the reader too).
    GLOSSARY_MISSING = "glossary-missing"

    def __str__(self) -> str:
        return self.value


@dataclass(frozen=True)
class ExportWarning:
    kind: ExportWarningKind
    count: int
    #: What *count* is out of (cues of a subtitle file), where that matters.
    total: int | None = None

    @property
    def message(self) -> str:
        if self.kind is ExportWarningKind.UNTRANSLATED:
            return f"{self.count} passage(s) are not translated yet; the export marks them as such"
        if self.kind is ExportWarningKind.UNTRANSLATED_CUES:
            return f"{self.count} of {self.total} cue(s) are not translated yet; they show the original only"
        if self.kind is ExportWarningKind.GLOSSARY_MISSING:
            return f"{self.count} translated passage(s) lack a term the glossary requires"
        return (
            f"{self.count} cue(s) have a translation in the same language as the original; "
            "importing this file again will show them as separate cues"
        )

    def __str__(self) -> str:
        return self.message
