"""The unit of text that flows from a parsed file into the library."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Unit:
    """A sentence-sized piece of a source file, before it becomes a stored segment.

    ``line``/``line_end`` are 1-based line numbers of the source file (blank lines counted);
    ``block`` is the index of the parsed block (text line, subtitle cue, Markdown paragraph)
    the unit was cut from, so paragraphing can respect the file's own breaks.
    """

    text: str
    lang: str
    line: int
    line_end: int
    block: int
    start_ms: int | None = None
    end_ms: int | None = None
    translation: str | None = None
    speaker: str | None = None
    #: Character offset of the unit's first character in the decoded file, when known.
    offset: int | None = None
