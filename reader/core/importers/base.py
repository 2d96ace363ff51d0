"""What every importer produces: a parsed document made of blocks with source line numbers."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from enum import Enum


class BlockKind(Enum):
    TEXT = "text"
    HEADING = "heading"


#: One entry of a block's position map: (offset in the block's text, 1-based source line,
#: offset in the decoded file) of the first character of a piece copied from the file.
Span = tuple[int, int, int]


@dataclass(frozen=True, slots=True)
class Block:
    """A piece of the source: a text line or paragraph, a subtitle cue, or a heading.

    Line numbers are 1-based, blank lines counted. Subtitle cues carry their times, and a
    bilingual subtitle cue carries the translation the file gave for it.
    """

    text: str
    first_line: int
    last_line: int
    kind: BlockKind = BlockKind.TEXT
    level: int = 0
    start_ms: int | None = None
    end_ms: int | None = None
    translation: str | None = None
    #: Who speaks, where the file says so (a ``[Speaker 3]:`` label, a ``<v Name>`` voice tag).
    speaker: str | None = None
    #: Character offset in the decoded file text where :attr:`text` begins, when known.
    offset: int | None = None
    #: Where the text was assembled from pieces of the file (words saved one per line, a
    #: paragraph without its markup), the pieces' positions, sorted by text offset: a
    #: character's line and file offset are those of the piece it falls in.
    spans: tuple[Span, ...] | None = field(default=None, repr=False)
    #: The file marks a new speaker turn here (``>>``, ``Q:``) without always naming them.
    turn: bool = False

    def _span(self, offset: int) -> Span | None:
        if not self.spans:
            return None
        index = bisect_right(self.spans, (offset, float("inf"), float("inf"))) - 1
        return self.spans[max(index, 0)]

    def line_of_offset(self, offset: int) -> int:
        """Source line of character *offset* within :attr:`text`."""
        span = self._span(offset)
        first, start = (self.first_line, 0) if span is None else (span[1], span[0])
        newlines = self.text.count("\n", start, max(offset, start))
        # The block's own number object where no line break comes before (most sentences):
        # a large file's units would otherwise each carry a new one.
        return first + newlines if newlines else first

    def source_offset(self, offset: int) -> int | None:
        """Character offset in the decoded file of character *offset* within :attr:`text`
        (exact where the block's text is a verbatim slice of the file or of its pieces)."""
        span = self._span(offset)
        if span is not None:
            return span[2] + max(offset - span[0], 0)
        return None if self.offset is None else self.offset + offset


@dataclass(frozen=True)
class ParseWarning:
    """Something in the file the importer could not read as intended, and what it did instead.

    The text is imported anyway; the warning tells the user where to look (``line`` is
    1-based, ``None`` for the whole file).
    """

    code: str
    line: int | None
    detail: str

    def __str__(self) -> str:
        where = f"line {self.line}: " if self.line is not None else ""
        return f"{where}{self.detail}"

    def to_json(self) -> dict[str, object]:
        return {"code": self.code, "line": self.line, "detail": self.detail}


@dataclass
class ParsedDocument:
    format: str
    blocks: list[Block] = field(default_factory=list)
    line_count: int = 0
    title: str | None = None
    warnings: list[ParseWarning] = field(default_factory=list)
