"""Captions saved one word (or one short fragment) per line, joined back into running text.

YouTube auto-captions saved as text put every word on its own line, with blank lines where
the caption box was cleared. Read line by line that is a sentence per word; so when most
lines of a file are a single short token the file is read as a stream of pieces and joined
into sentence-sized blocks: a space between Latin words, nothing next to Han characters,
a block ending at sentence punctuation, at a pause once the block is long enough, at a
speaker turn, and never growing past :data:`MAX_BLOCK_CHARS`. Each block keeps the
position of every piece, so each sentence still knows its line and file offset.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import NamedTuple

from reader.core.importers.base import Block, Spans
from reader.core.importers.sourcetext import joining_space
from reader.core.textproc.language import han_count

#: A block never grows past this many characters (captions without punctuation).
MAX_BLOCK_CHARS = 320
#: Without punctuation, a pause ends a block once it has this many characters.
PAUSE_BLOCK_CHARS = 100
#: A file is read as word-per-line when this share of its non-blank lines are single tokens.
TOKEN_LINE_SHARE = 0.7
#: ... and it has at least this many non-blank lines (a few short lines are just short).
MIN_TOKEN_LINES = 12

_SENTENCE_END = re.compile(r"[.!?。！？…][\"'”’」』)）]*$")
_END_CHARS = frozenset(".!?。！？…\"'”’」』)）")
_ABBREVIATIONS = frozenset({"mr.", "mrs.", "ms.", "dr.", "st.", "vs.", "e.g.", "i.e.", "etc.", "prof.", "jr.", "sr."})


def is_token_line(line: str) -> bool:
    """A line holding a single word, or a few Han characters: a caption saved word by word."""
    stripped = line.strip()
    if not stripped or len(stripped) > 25 or " " in stripped or "\t" in stripped or "\u3000" in stripped:
        return False
    return stripped.isascii() or han_count(stripped) <= 4


def looks_word_per_line(lines: Iterable[str]) -> bool:
    """Decide from line statistics (not the file name) that *lines* are captions word by word."""
    non_blank = 0
    tokens = 0
    for line in lines:
        if line.strip():
            non_blank += 1
            tokens += is_token_line(line)
    return non_blank >= MIN_TOKEN_LINES and tokens >= TOKEN_LINE_SHARE * non_blank


class Piece(NamedTuple):
    """One word or fragment of a caption stream, where it is in the file and when it is said
    (a named tuple: a large caption file makes over a hundred thousand of them)."""

    text: str
    line: int
    offset: int
    start_ms: int | None = None
    end_ms: int | None = None
    #: A pause (a blank line, a cleared caption box) comes before this piece.
    pause: bool = False
    #: A new speaker turn starts at this piece.
    turn: bool = False
    speaker: str | None = None


def _ends_sentence(text: str) -> bool:
    return bool(_SENTENCE_END.search(text)) and text.lower() not in _ABBREVIATIONS


def join_pieces(pieces: Iterable[Piece], max_chars: int = MAX_BLOCK_CHARS) -> list[Block]:
    """Sentence-sized blocks of *pieces*, in linear time (a 690 KB caption file is 100,000
    pieces, so the loop keeps to plain lists)."""
    blocks: list[Block] = []
    parts: list[str] = []
    spans: list[tuple[int, int, int]] = []
    length = 0
    start_ms: int | None = None
    end_ms: int | None = None
    speaker: str | None = None
    turn = False

    def flush() -> None:
        nonlocal parts, spans, length, start_ms, end_ms, turn
        if parts:
            lines = [span[1] for span in spans]
            blocks.append(
                Block(
                    text="".join(parts),
                    first_line=min(lines),
                    last_line=max(lines),
                    start_ms=start_ms,
                    end_ms=end_ms,
                    speaker=speaker,
                    offset=spans[0][2],
                    spans=Spans(spans) if len(spans) > 1 else None,  # one piece: its offset says it all
                    turn=turn,
                )
            )
        parts, spans, length = [], [], 0
        start_ms = end_ms = None
        turn = False

    for piece in pieces:
        text = piece.text
        if parts and (
            piece.turn
            or piece.speaker != speaker
            or (piece.pause and length >= PAUSE_BLOCK_CHARS)
            or length + 1 + len(text) > max_chars
        ):
            flush()
        if parts:
            separator = joining_space(parts[-1], text)
            if separator:
                parts.append(separator)
                length += 1
        else:
            speaker = piece.speaker
            turn = piece.turn
        spans.append((length, piece.line, piece.offset))
        parts.append(text)
        length += len(text)
        if piece.start_ms is not None and start_ms is None:
            start_ms = piece.start_ms
        if piece.end_ms is not None:
            end_ms = piece.end_ms
        if text[-1] in _END_CHARS and _ends_sentence(text):
            flush()
    flush()
    return blocks
