"""What every importer produces: a parsed document made of blocks with source line numbers."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum


class BlockKind(Enum):
    TEXT = "text"
    HEADING = "heading"


@dataclass(frozen=True)
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

    def line_of_offset(self, offset: int) -> int:
        """Source line of character *offset* within :attr:`text` (text keeps its newlines)."""
        return self.first_line + self.text.count("\n", 0, offset)

    def source_offset(self, offset: int) -> int | None:
        """Character offset in the decoded file of character *offset* within :attr:`text`
        (exact where the block's text is a verbatim slice of the file)."""
        return None if self.offset is None else self.offset + offset


@dataclass
class ParsedDocument:
    format: str
    blocks: list[Block] = field(default_factory=list)
    line_count: int = 0
    title: str | None = None
