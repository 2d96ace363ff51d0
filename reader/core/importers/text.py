"""Plain text: every non-blank line is a block (ASR notes put one utterance per line).

A short first line standing alone above the body, without sentence punctuation, is the
document's title ("智源大会 2023 笔记(六)"), not part of any talk. Speaker labels
(``[Speaker 3]:``, ``主持人：``, ``>>``) become the block's speaker and leave its text; sound
tags (``[Music]``) leave it too. Captions saved one word per line are joined back into
sentences (:mod:`reader.core.importers.captions`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from reader.core.importers.base import Block, ParsedDocument
from reader.core.importers.captions import Piece, join_pieces, looks_word_per_line
from reader.core.importers.sourcetext import TextBuilder, iter_lines, line_count
from reader.core.importers.speakers import read_label, recurring_labels, text_pieces

_TITLE_MAX_CHARS = 60
_SENTENCE_PUNCT = re.compile(r"[。！？.!?,，;；]$")
_TURN = re.compile(r">>+\s*")
_MAYBE_SOUND = re.compile(r"[\[【(（♪]")


def _title_line(lines: Iterable[str]) -> int | None:
    """Index of the document's title among *lines*: a short first line standing alone, in a
    file of three non-blank lines or more (read no further than the third)."""
    first = -1
    text = ""
    followed_by_blank = False
    non_blank = 0
    for index, line in enumerate(lines):
        stripped = line.strip()
        if index == first + 1 and first >= 0:
            followed_by_blank = not stripped
        if stripped:
            non_blank += 1
            if first < 0:
                first, text = index, stripped
            if non_blank == 3:
                break
    if non_blank < 3:
        return None
    if (
        len(text) <= _TITLE_MAX_CHARS
        and followed_by_blank
        and not _SENTENCE_PUNCT.search(text)
        and read_label(text) is None
        and text_pieces(text)
    ):
        return first
    return None


def line_block(line: str, number: int, line_start: int, skip: int, **fields: object) -> Block | None:
    """The block of *line* from character *skip* on, without sound tags (None if nothing is left)."""
    builder = TextBuilder()
    for start, end in text_pieces(line[skip:]):
        builder.add(line[skip + start : skip + end], number, line_start + skip + start, " " if builder else "")
    return builder.build(**fields) if builder else None


def _caption_pieces(lines: Iterable[tuple[str, int]]) -> Iterator[Piece]:
    """Each word line (with its file offset) as a piece; blank lines are pauses, ``>>`` starts
    a turn, sound tags go.

    One line and one piece at a time: the blocks they are joined into are all that is kept
    (a large caption file has millions of word lines)."""
    any_piece = False
    pause = False
    turn = False
    for index, (line, line_start) in enumerate(lines):
        stripped = line.strip()
        if not stripped:
            pause = any_piece
            continue
        skip = line.index(stripped[0])
        if stripped.startswith(">>"):  # ">> Sound check.": a new speaker turn
            marker = _TURN.match(line, skip)
            assert marker is not None
            turn = True
            skip = marker.end()
        elif not _MAYBE_SOUND.search(stripped):  # a plain word: the common case
            yield Piece(stripped, index + 1, line_start + skip, pause=pause, turn=turn)
            any_piece = True
            pause = turn = False
            continue
        for start, end in text_pieces(line[skip:]):
            yield Piece(
                text=line[skip + start : skip + end],
                line=index + 1,
                offset=line_start + skip + start,
                pause=pause,
                turn=turn,
            )
            any_piece = True
            pause = turn = False


def parse_text(text: str) -> ParsedDocument:
    if looks_word_per_line(line for line, _start in iter_lines(text)):
        # Read line by line, never as a list: such a file has a line per word.
        doc = ParsedDocument(format="txt", line_count=line_count(text))
        doc.blocks = join_pieces(_caption_pieces(iter_lines(text)))
        return doc
    # Read line by line, twice (the labels that recur, then the blocks), never as a list of
    # lines: the lines that are not a block's text by themselves need not all exist at once.
    doc = ParsedDocument(format="txt", line_count=line_count(text))
    title_index = _title_line(line for line, _start in iter_lines(text))
    known = recurring_labels(line for line, _start in iter_lines(text) if line.strip())
    speaker: str | None = None
    heading_speaker = False  # the speaker was named by a label line of its own
    turn = False
    previous = -2
    for index, (line, line_start) in enumerate(iter_lines(text)):
        if not line.strip():
            continue
        if index == title_index:
            doc.title = line.strip()
            continue
        skip = len(line) - len(line.lstrip())
        label = read_label(line[skip:], known)
        if label is not None:
            skip += label.length
            turn = turn or label.turn
            if label.speaker is not None or label.turn:
                speaker = label.speaker
            heading_speaker = label.heads_lines
        elif index != previous + 1 and not heading_speaker:
            speaker = None  # an inline label speaks for its line and the lines right under it
        previous = index
        block = line_block(line, index + 1, line_start, skip, speaker=speaker, turn=turn)
        if block is not None:
            doc.blocks.append(block)
            turn = False
    return doc
