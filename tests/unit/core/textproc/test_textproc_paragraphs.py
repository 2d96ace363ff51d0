"""Paragraphs: short fragments grouped, long lines alone, breaks at speaker, pause, language."""

from __future__ import annotations

from pathlib import Path

from reader.core import importers
from reader.core.importing import units_from_blocks
from reader.core.textproc.language import detect_language
from reader.core.textproc.paragraphs import assign_paragraphs
from reader.core.textproc.units import Unit


def _unit(
    text: str, block: int, line: int | None = None, start_ms: int | None = None, end_ms: int | None = None
) -> Unit:
    line = line if line is not None else block * 2 + 1
    return Unit(text, detect_language(text), line, line, block, start_ms, end_ms)


SHORT_EN = "so the model learns the score of the data。"
SHORT_ZH = "我们先看一下这个实验的结果。"
LONG_EN = " ".join(["and then the network predicts the noise that was added at each step of the chain"] * 8) + "。"


def _groups(paragraphs: list[int]) -> list[int]:
    """Sizes of consecutive runs of the same paragraph number."""
    sizes: list[int] = []
    for index, paragraph in enumerate(paragraphs):
        if index and paragraph == paragraphs[index - 1]:
            sizes[-1] += 1
        else:
            sizes.append(1)
    return sizes


def test_empty() -> None:
    assert assign_paragraphs([]) == []


def test_short_fragments_are_grouped_up_to_a_readable_length() -> None:
    units = [_unit(SHORT_EN, block) for block in range(30)]
    paragraphs = assign_paragraphs(units)
    assert paragraphs[0] == 0 and paragraphs == sorted(paragraphs)
    sizes = _groups(paragraphs)
    assert len(sizes) > 1, "not one wall of text"
    assert all(size > 1 for size in sizes[:-1]), "not one fragment per paragraph"


def test_long_lines_stay_their_own_paragraphs() -> None:
    units = [_unit(SHORT_EN, 0), _unit(LONG_EN, 1), _unit(SHORT_EN, 2), _unit(SHORT_EN, 3)]
    assert assign_paragraphs(units) == [0, 1, 2, 2]


def test_sentences_of_one_block_are_never_split_apart() -> None:
    units = [_unit(LONG_EN, 0), _unit(LONG_EN, 0), _unit(LONG_EN, 0), _unit(SHORT_EN, 1)]
    assert assign_paragraphs(units) == [0, 0, 0, 1]


def test_language_change_starts_a_paragraph() -> None:
    units = [_unit(SHORT_EN, 0), _unit(SHORT_EN, 1), _unit(SHORT_ZH, 2), _unit(SHORT_ZH, 3)]
    assert assign_paragraphs(units) == [0, 0, 1, 1]


def test_speaker_label_starts_a_paragraph() -> None:
    units = [
        _unit(SHORT_ZH, 0),
        _unit(SHORT_ZH, 1),
        _unit("主持人:好的,谢谢。", 2),
        _unit(SHORT_ZH, 3),
        _unit(SHORT_EN, 4),
        _unit("Q: what about the cost?", 5),
    ]
    assert assign_paragraphs(units) == [0, 0, 1, 1, 2, 3]


def test_subtitle_pause_starts_a_paragraph() -> None:
    units = [
        _unit("so the model", 0, 1, 0, 1000),
        _unit("learns the score", 1, 4, 1100, 2000),
        _unit("of the data", 2, 7, 2100, 3000),
        _unit("now the sampler", 3, 10, 6500, 7500),
        _unit("runs backwards", 4, 13, 7600, 8400),
    ]
    assert assign_paragraphs(units) == [0, 0, 0, 1, 1]


def test_more_blank_lines_than_usual_start_a_paragraph() -> None:
    units = [_unit(SHORT_EN, 0, 1), _unit(SHORT_EN, 1, 3), _unit(SHORT_EN, 2, 10), _unit(SHORT_EN, 3, 12)]
    assert assign_paragraphs(units) == [0, 0, 1, 1]


def test_sample_paragraphs_are_readable(sample_notes: Path) -> None:
    text = sample_notes.read_text(encoding="utf-8")
    doc = importers.parse(sample_notes, text, "txt")
    units = units_from_blocks(doc.blocks)
    paragraphs = assign_paragraphs(units)
    assert paragraphs == sorted(paragraphs) and paragraphs[0] == 0
    blocks = len({unit.block for unit in units})
    count = paragraphs[-1] + 1
    assert blocks // 4 < count < blocks, "grouped, but not into a few walls"
