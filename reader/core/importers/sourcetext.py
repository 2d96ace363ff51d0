"""Lines of the decoded file with their character offsets, and blocks built from pieces of them.

Parsers transform text (labels removed, words joined, markup stripped), yet every sentence
must still know where it came from. A :class:`TextBuilder` records, for each piece copied
from the file, where the piece starts in the block's text, its line and its file offset, so
the block can answer :meth:`Block.line_of_offset` and :meth:`Block.source_offset` exactly.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field

from reader.core.importers.base import Block, Span, Spans

_LINE_END = re.compile(r"\r\n|\r|\n")


def lines_with_offsets(text: str) -> tuple[list[str], list[int]]:
    """Lines (CRLF, CR and LF all end a line, as in ``split_lines``) and their start offsets."""
    if "\r" not in text:  # the common case, in one split
        lines = text.split("\n")
        starts = [0] * len(lines)
        position = 0
        for index, line in enumerate(lines):
            starts[index] = position
            position += len(line) + 1
        return lines, starts
    lines = []
    starts = []
    position = 0
    for match in _LINE_END.finditer(text):
        lines.append(text[position : match.start()])
        starts.append(position)
        position = match.end()
    lines.append(text[position:])
    starts.append(position)
    return lines, starts


def iter_lines(text: str) -> Iterator[tuple[str, int]]:
    """The lines of :func:`lines_with_offsets`, each with its start offset, one at a time."""
    position = 0
    if "\r" not in text:
        while (end := text.find("\n", position)) >= 0:
            yield text[position:end], position
            position = end + 1
    else:
        for match in _LINE_END.finditer(text):
            yield text[position : match.start()], position
            position = match.end()
    yield text[position:], position


def line_count(text: str) -> int:
    """How many lines :func:`lines_with_offsets` finds in *text*, without making them."""
    newlines = text.count("\n")
    if "\r" not in text:
        return newlines + 1
    return newlines + text.count("\r") - text.count("\r\n") + 1


def is_wide(char: str) -> bool:
    """Han, kana, Hangul and full-width punctuation: scripts written without spaces."""
    if not char:
        return False
    code = ord(char)
    if code < 0x1100:
        return False
    if 0x2E80 <= code <= 0x9FFF or 0xAC00 <= code <= 0xD7AF or 0xF900 <= code <= 0xFAFF:
        return True
    if 0xFF00 <= code <= 0xFFEF or 0x20000 <= code <= 0x3FFFF:
        return True
    return unicodedata.east_asian_width(char) in ("W", "F") and not char.isspace()


def joining_space(before: str, after: str) -> str:
    """What goes between two pieces joined into running text: nothing next to Han, else a space."""
    if not before or not after:
        return ""
    if is_wide(before[-1]) or is_wide(after[0]):
        return ""
    return " "


@dataclass
class TextBuilder:
    """Running text assembled from pieces of the file, each remembered with its position."""

    parts: list[str] = field(default_factory=list)
    spans: list[Span] = field(default_factory=list)
    length: int = 0
    first_line: int | None = None
    last_line: int | None = None

    def __bool__(self) -> bool:
        return self.length > 0

    @property
    def text(self) -> str:
        return "".join(self.parts)

    def last_char(self) -> str:
        return self.parts[-1][-1] if self.parts else ""

    def add(self, piece: str, line: int, offset: int, separator: str = "") -> None:
        """Append *piece* (found at *offset* in the file, on *line*), after *separator*."""
        if not piece:
            return
        if self.parts and separator:
            self.parts.append(separator)
            self.length += len(separator)
        self.spans.append((self.length, line, offset))
        self.parts.append(piece)
        self.length += len(piece)
        self.first_line = line if self.first_line is None else min(self.first_line, line)
        self.last_line = line if self.last_line is None else max(self.last_line, line)

    def add_mapped(
        self,
        text: str,
        marks: list[tuple[int, int]],
        line: int,
        separator: str = "",
    ) -> None:
        """Append *text*, whose stretches start at the file offsets given by *marks*
        ((offset in *text*, file offset) pairs, sorted, the first at 0): one span per stretch."""
        for index, (start, offset) in enumerate(marks):
            end = marks[index + 1][0] if index + 1 < len(marks) else len(text)
            if end > start:
                self.add(text[start:end], line, offset, separator if index == 0 or not self.parts else "")
                separator = ""

    def build(self, **fields: object) -> Block:
        """The block of the text so far; *fields* are passed on to :class:`Block`.

        A block copied from the file in one piece (a line of notes: most blocks) keeps no
        position map: its first line and file offset say the same, in a fraction of the
        memory a large file's million blocks would otherwise take.
        """
        return self._block(len(self.spans) > 1, fields)

    def build_with_spans(self, **fields: object) -> Block:
        """:meth:`build`, keeping the position map even for one piece: for a block whose first
        line will be set to something else (a subtitle cue counts from its timing line)."""
        return self._block(True, fields)

    def _block(self, with_spans: bool, fields: dict[str, object]) -> Block:
        assert self.first_line is not None and self.last_line is not None, "empty builder"
        return Block(
            text=self.text,
            first_line=self.first_line,
            last_line=self.last_line,
            offset=self.spans[0][2],
            spans=Spans(self.spans) if with_spans else None,
            **fields,  # type: ignore[arg-type]
        )
