"""Operations on one sentence: correcting its source text, or writing its translation."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from reader.core.corrections import Correction, correct_segment
from reader.core.glossary import TermIssue, parse_issues
from reader.core.translate.store import clear_user_translation, set_user_translation
from reader.gui.operations import LibraryChange, Operations
from reader.gui.tasks import OpHandle

#: (translation text or None when cleared, whether it is the user's own, what the glossary
#: check found in it)
TranslationState = tuple[str | None, bool, tuple[TermIssue, ...]]


def correct_source(
    ops: Operations, segment_id: int, text: str, on_done: Callable[[Correction], Any] | None = None
) -> OpHandle:
    """Replace a sentence's text with the user's correction (the file's words are kept)."""
    return ops.edit(
        lambda s: correct_segment(s, segment_id, text),
        lambda fixed: LibraryChange(talk_ids=frozenset({fixed.talk_id})),
        on_done=on_done,
    )


def save_translation(
    ops: Operations, talk_id: int, segment_id: int, text: str, on_done: Callable[[TranslationState], Any]
) -> OpHandle:
    """Store the user's own translation; empty *text* hands the sentence back to the machine."""

    def work(session: Any) -> TranslationState:
        if not text:
            clear_user_translation(session, segment_id)
            return (None, False, ())
        row = set_user_translation(session, segment_id, text)
        return (row.text, bool(row.edited), parse_issues(row.glossary_issues))

    # The reader applies the new translation itself (no reload): only history changed.
    return ops.edit(work, lambda _state: LibraryChange(), on_done=on_done)
