"""What every importer produces: a parsed document made of blocks with source line numbers."""

from __future__ import annotations

from array import array
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from enum import Enum
from typing import overload


class BlockKind(Enum):
    TEXT = "text"
    HEADING = "heading"


#: One entry of a block's position map: (offset in the block's text, 1-based source line,
#: offset in the decoded file) of the first character of a piece copied from the file.
Span = tuple[int, int, int]


class Spans(Sequence[Span]):
    """A block's position map packed into one array, three integers per piece.

    Captions saved a word per line make a piece of every word: as tuples of Python integers
    a twenty-word block's map takes 2.4 KB, here half a kilobyte, and a large caption file
    has hundreds of thousands of blocks.
    """

    __slots__ = ("_data",)

    def __init__(self, spans: Iterable[Span] = ()) -> None:
        data = array("q")
        for span in spans:
            data.extend(span)
        self._data = data

    def __len__(self) -> int:
        return len(self._data) // 3

    @overload
    def __getitem__(self, index: int) -> Span: ...

    @overload
    def __getitem__(self, index: slice) -> list[Span]: ...

    def __getitem__(self, index: int | slice) -> Span | list[Span]:
        if isinstance(index, slice):
            return [self[position] for position in range(*index.indices(len(self)))]
        at = 3 * range(len(self))[index]
        data = self._data
        return data[at], data[at + 1], data[at + 2]

    def __iter__(self) -> Iterator[Span]:
        data = self._data
        for at in range(0, len(data), 3):
            yield data[at], data[at + 1], data[at + 2]

    def covering(self, offset: int) -> Span:
        """The piece the character at text *offset* falls in: the last one starting at or
        before it (the first piece for an offset before all of them)."""
        data = self._data
        low, high = 0, len(data) // 3
        while low < high:
            middle = (low + high) // 2
            if data[3 * middle] <= offset:
                low = middle + 1
            else:
                high = middle
        at = 3 * max(low - 1, 0)
        return data[at], data[at + 1], data[at + 2]

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Spans):
            return self._data == other._data
        if isinstance(other, tuple):
            return tuple(self) == other
        return NotImplemented

    def __hash__(self) -> int:
        return hash(tuple(self))

    def __repr__(self) -> str:
        return f"Spans({list(self)!r})"


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
    spans: Spans | tuple[Span, ...] | None = field(default=None, repr=False)
    #: The file marks a new speaker turn here (``>>``, ``Q:``) without always naming them.
    turn: bool = False

    def _span(self, offset: int) -> Span | None:
        spans = self.spans
        if not spans:
            return None
        if isinstance(spans, Spans):
            return spans.covering(offset)
        index = bisect_right(spans, (offset, float("inf"), float("inf"))) - 1
        return spans[max(index, 0)]

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
