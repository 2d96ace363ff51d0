"""Blocks of a large file stay small: no position map where one piece says it all, one string per speaker."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from reader.core.importers.base import Block, Spans
from reader.core.importers.sourcetext import TextBuilder, iter_lines, line_count, lines_with_offsets
from reader.core.importers.speakers import read_label
from reader.core.importers.subtitles import parse_srt
from reader.core.importers.text import parse_text


def _one_piece(text: str, line: int, offset: int, *, with_spans: bool = False) -> Block:
    builder = TextBuilder()
    builder.add(text, line, offset)
    return builder.build_with_spans() if with_spans else builder.build()


def test_a_block_of_one_piece_answers_lines_and_offsets_without_a_position_map() -> None:
    text = "first part\nsecond part\n\nthird"
    compact = _one_piece(text, 7, 120)
    mapped = Block(text=text, first_line=7, last_line=7, offset=120, spans=((0, 7, 120),))
    assert compact.spans is None
    for offset in range(len(text) + 1):
        assert compact.line_of_offset(offset) == mapped.line_of_offset(offset)
        assert compact.source_offset(offset) == mapped.source_offset(offset)


def test_a_block_of_several_pieces_keeps_its_positions() -> None:
    builder = TextBuilder()
    builder.add("words", 3, 40)
    builder.add("more", 5, 90, " ")
    block = builder.build()
    assert block.spans == ((0, 3, 40), (6, 5, 90))
    assert block.line_of_offset(7) == 5
    assert block.source_offset(7) == 91


def test_build_with_spans_keeps_the_pieces_lines_when_the_first_line_moves() -> None:
    kept = _one_piece("Alpha.", 3, 30, with_spans=True)
    assert kept.spans == ((0, 3, 30),)


def test_a_subtitle_cue_counts_its_text_from_the_text_line_not_the_timing_line() -> None:
    text = "1\n00:00:01,000 --> 00:00:02,000\nAlpha beta.\n\n2\n00:00:02,000 --> 00:00:03,000\nGamma.\n"
    blocks = parse_srt(text, Path("cues.srt")).blocks
    assert [block.first_line for block in blocks] == [1, 5]  # a cue starts at its number
    assert [block.line_of_offset(0) for block in blocks] == [3, 7]


def test_speaker_labels_share_one_string_per_name() -> None:
    first = read_label("[Speaker 3]: hello there")
    second = read_label("[Speaker " + "3]: and again")
    assert first is not None and second is not None
    assert first.speaker == second.speaker == "Speaker 3"
    assert first.speaker is second.speaker

    doc = parse_text("".join(f"[Speaker {n % 2}]: line number {n} of the talk.\n" for n in range(40)))
    assert len({id(block.speaker) for block in doc.blocks}) == 2


@pytest.mark.parametrize(
    "text",
    ["", "one", "one\n", "a\nb\n\nc", "a\r\nb\rc\n\r\n", "\r", "\n\n", "x\r\n", "mixed\rends\r\r\nhere"],
)
def test_lines_read_one_at_a_time_are_the_lines_of_the_file(text: str) -> None:
    lines, starts = lines_with_offsets(text)
    assert list(iter_lines(text)) == list(zip(lines, starts, strict=True))
    assert line_count(text) == len(lines)


def test_captions_word_per_line_read_lazily_keep_their_lines_and_offsets() -> None:
    words = ["Alpha", "beta", "", "gamma.", ">> Delta", "epsilon", "[Music]", "zeta."] * 3
    for ending in ("\n", "\r\n"):
        text = ending.join(words) + ending
        doc = parse_text(text)
        assert doc.line_count == len(lines_with_offsets(text)[0])
        for block in doc.blocks:
            for position, line, offset in block.spans or ((0, block.first_line, block.offset),):
                word = block.text[position:].split(" ")[0]
                assert text[offset:].startswith(word)
                assert lines_with_offsets(text)[0][line - 1].strip().endswith(word)


def test_packed_spans_answer_as_the_tuples_they_hold() -> None:
    rng = random.Random(5)
    for _ in range(50):
        count = rng.randint(1, 30)
        positions = sorted(rng.sample(range(1, 400), count - 1))
        pieces = tuple((position, rng.randint(1, 10**6), rng.randint(0, 10**9)) for position in [0, *positions])
        packed = Spans(pieces)
        assert len(packed) == count and list(packed) == list(pieces) and packed == pieces
        assert packed[-1] == pieces[-1] and packed[1:3] == list(pieces[1:3])
        text = "x" * 420
        as_tuples = Block(text=text, first_line=1, last_line=9, offset=0, spans=pieces)
        as_packed = Block(text=text, first_line=1, last_line=9, offset=0, spans=packed)
        for offset in range(0, 420, 7):
            assert as_packed.line_of_offset(offset) == as_tuples.line_of_offset(offset)
            assert as_packed.source_offset(offset) == as_tuples.source_offset(offset)
