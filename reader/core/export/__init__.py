"""Exporting talks, translations and notes: Markdown, notes only, HTML, SRT and VTT.

The flow is snapshot → render → write, and each step can be used on its own:

- :func:`build_document` reads the library once (one read session) into a frozen
  :class:`ExportDocument`;
- :func:`render` turns a document and :class:`ExportOptions` into text, purely, which is
  what a preview shows;
- :func:`write_atomic` puts text on disk atomically, refusing to overwrite unless forced.

:func:`export` does all three for the CLI and the GUI's "Export" button.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from reader.core.db import Library
from reader.core.errors import ExportError
from reader.core.export.document import (
    ExportDocument,
    ExportNote,
    ExportParagraph,
    ExportSegment,
    ExportTalk,
    build_document,
)
from reader.core.export.html import render_html
from reader.core.export.markdown import LANGS, LAYOUTS, Lang, Layout, render_markdown
from reader.core.export.notes_only import render_notes
from reader.core.export.subtitles import render_subtitles
from reader.core.export.warnings import ExportWarning, ExportWarningKind
from reader.core.export.writer import ExportTargetExists, check_target, write_atomic
from reader.core.progress import ProgressCallback, no_progress

__all__ = [
    "FORMATS",
    "Format",
    "LANGS",
    "LAYOUTS",
    "SUFFIXES",
    "ExportDocument",
    "ExportNote",
    "ExportOptions",
    "ExportParagraph",
    "ExportResult",
    "ExportSegment",
    "ExportTalk",
    "ExportTargetExists",
    "Rendered",
    "build_document",
    "default_filename",
    "export",
    "render",
    "write_atomic",
]

Format = Literal["md", "notes", "html", "srt", "vtt"]

#: Format name → what it is, for help texts and format pickers.
FORMATS: dict[str, str] = {
    "md": "Markdown (bilingual or one language, with notes)",
    "notes": "Markdown with only the highlighted passages, their translations and notes",
    "html": "a self-contained, printable HTML page, original and translation side by side",
    "srt": "bilingual SubRip subtitles with the original timings",
    "vtt": "bilingual WebVTT subtitles with the original timings",
}
SUFFIXES: dict[str, str] = {"md": ".md", "notes": ".md", "html": ".html", "srt": ".srt", "vtt": ".vtt"}
SUBTITLE_FORMATS = frozenset({"srt", "vtt"})


def _choices(values: Sequence[str]) -> str:
    return ", ".join(values[:-1]) + " or " + values[-1]


@dataclass(frozen=True)
class ExportOptions:
    """What to export and how. Invalid choices raise :class:`ExportError` on creation.

    ``layout`` applies to Markdown and HTML with both languages; ``clean`` shows the
    ASR-cleaned reading text instead of the verbatim transcript.
    """

    format: Format = "md"
    layout: Layout = "interleaved"
    lang: Lang = "both"
    clean: bool = False

    def __post_init__(self) -> None:
        if self.format not in FORMATS:
            raise ExportError(
                f"unknown export format {self.format!r}; choose {_choices(list(FORMATS))}",
                code="export.option",
                params={"value": self.format, "choices": _choices(list(FORMATS))},
            )
        if self.layout not in LAYOUTS:
            raise ExportError(
                f"unknown layout {self.layout!r}; choose {_choices(LAYOUTS)}",
                code="export.option",
                params={"value": self.layout, "choices": _choices(LAYOUTS)},
            )
        if self.lang not in LANGS:
            raise ExportError(
                f"unknown language choice {self.lang!r}; choose {_choices(LANGS)}",
                code="export.option",
                params={"value": self.lang, "choices": _choices(LANGS)},
            )

    @property
    def suffix(self) -> str:
        return SUFFIXES[self.format]


@dataclass(frozen=True)
class Rendered:
    """An export as text, with what the user should know about it (e.g. untranslated parts)."""

    text: str
    warnings: tuple[ExportWarning, ...] = ()


@dataclass(frozen=True)
class ExportResult:
    path: Path
    format: str
    talks: int
    notes: int
    bytes: int
    warnings: tuple[ExportWarning, ...] = ()

    def to_json(self) -> dict[str, object]:
        return {
            "path": str(self.path),
            "format": self.format,
            "talks": self.talks,
            "notes": self.notes,
            "bytes": self.bytes,
            "warnings": [warning.message for warning in self.warnings],
        }


def _untranslated_warning(doc: ExportDocument, options: ExportOptions) -> list[ExportWarning]:
    if options.lang == "original" or options.format == "notes":
        return []
    count = sum(talk.untranslated_count for talk in doc.talks)
    if not count:
        return []
    return [ExportWarning(ExportWarningKind.UNTRANSLATED, count)]


def _glossary_warning(doc: ExportDocument, options: ExportOptions) -> list[ExportWarning]:
    if options.lang == "original" or options.format == "notes":
        return []
    count = sum(talk.glossary_missing_count for talk in doc.talks)
    return [ExportWarning(ExportWarningKind.GLOSSARY_MISSING, count)] if count else []


def render(doc: ExportDocument, options: ExportOptions) -> Rendered:
    """The export as text (the GUI's preview); pure, never touches the library or disk."""
    fmt, layout, lang, clean = options.format, options.layout, options.lang, options.clean
    if fmt in SUBTITLE_FORMATS:
        text, warnings = render_subtitles(doc, fmt=fmt, lang=lang, clean=clean)
        return Rendered(text, (*warnings, *_glossary_warning(doc, options)))
    if fmt == "notes":
        text = render_notes(doc, lang=lang, clean=clean)
    elif fmt == "html":
        text = render_html(doc, layout=layout, lang=lang, clean=clean)
    else:
        text = render_markdown(doc, layout=layout, lang=lang, clean=clean)
    return Rendered(text, (*_untranslated_warning(doc, options), *_glossary_warning(doc, options)))


_UNSAFE_NAME = re.compile(r'[\x00-\x1f\x7f/\\:*?"<>|]+')


def default_filename(doc: ExportDocument, options: ExportOptions) -> str:
    """A file name for a save dialog: the talk's title (or the library's) plus the suffix."""
    if len(doc.talks) == 1 and not doc.whole_library:
        stem = doc.talks[0].title
    else:
        stem = "talk-reader-library" if doc.whole_library else "talk-reader-export"
    if options.format == "notes":
        stem += " (notes)"
    stem = " ".join(_UNSAFE_NAME.sub("-", stem).split()).strip(". ")[:80].rstrip(". ") or "export"
    return stem + options.suffix


def export(
    library: Library,
    talk_ids: Sequence[int] | None,
    options: ExportOptions,
    path: str | Path,
    *,
    force: bool = False,
    cancel: threading.Event | None = None,
    report: ProgressCallback = no_progress,
) -> ExportResult:
    """Export the given talks (``None``: the whole library) to *path*, atomically.

    Raises :class:`ExportTargetExists` when *path* exists and *force* is false (before any
    work is done), :class:`ExportError` for unwritable paths or impossible exports
    (subtitles of a talk without timings, of several talks), and
    :class:`~reader.core.errors.NotFound` for unknown talks.
    """
    target = Path(path).expanduser()
    if options.format in SUBTITLE_FORMATS and (talk_ids is None or len(set(talk_ids)) != 1):
        raise ExportError("subtitles are exported one talk at a time; name a single talk", code="export.one-talk")
    check_target(target, force)  # before any work: exists, not a regular file, no folder
    with library.read_session() as session:
        doc = build_document(session, talk_ids, clean=options.clean, cancel=cancel, report=report)
    rendered = render(doc, options)
    written = write_atomic(target, rendered.text, force=force)
    return ExportResult(
        path=written,
        format=options.format,
        talks=len(doc.talks),
        notes=doc.note_count,
        bytes=len(rendered.text.encode("utf-8")),
        warnings=rendered.warnings,
    )
