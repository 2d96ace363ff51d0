"""Captions saved one word per line are joined back into sentences; ordinary lines are not."""

from __future__ import annotations

import time
from pathlib import Path

from reader.core.importers import parse
from reader.core.importers.captions import MAX_BLOCK_CHARS, looks_word_per_line

WORDS = (
    "[Music]\n\n\nGood\n morning\n everyone.\n Today\n we\n\n\nplant\n trees\n in\n the\n park.\n >> Which\n park?\n"
)


def test_words_are_joined_into_sentences(tmp_path: Path) -> None:
    doc = parse(tmp_path / "w.txt", WORDS)
    assert [(b.text, b.turn) for b in doc.blocks] == [
        ("Good morning everyone.", False),
        ("Today we plant trees in the park.", False),
        ("Which park?", True),
    ]


def test_every_character_maps_to_its_line_and_offset(tmp_path: Path) -> None:
    doc = parse(tmp_path / "w.txt", WORDS)
    block = doc.blocks[1]
    lines = WORDS.split("\n")
    for word in block.text.split():
        offset = block.text.index(word)
        line = block.line_of_offset(offset)
        assert lines[line - 1].strip() == word
        assert WORDS[block.source_offset(offset) :].startswith(word)
    assert (block.first_line, block.last_line) == (7, 15)


def test_han_characters_join_without_spaces(tmp_path: Path) -> None:
    tokens = ["这", "是", "《", "晚间", "新闻", "》", "，", "欢迎", "收看", "。", "今天", "下雨", "了", "。"]
    content = "\n".join(tokens) + "\n"
    doc = parse(tmp_path / "z.txt", content)
    assert [b.text for b in doc.blocks] == ["这是《晚间新闻》，欢迎收看。", "今天下雨了。"]


def test_blocks_stay_bounded_without_punctuation(tmp_path: Path) -> None:
    content = "\n".join(f"word{n}" for n in range(400)) + "\n"
    doc = parse(tmp_path / "n.txt", content)
    assert len(doc.blocks) > 1
    assert all(len(b.text) <= MAX_BLOCK_CHARS for b in doc.blocks)
    assert " ".join(b.text for b in doc.blocks).split() == [f"word{n}" for n in range(400)]


def test_pauses_end_long_unpunctuated_blocks(tmp_path: Path) -> None:
    first = [f"alpha{n}" for n in range(20)]
    second = [f"beta{n}" for n in range(5)]
    doc = parse(tmp_path / "p.txt", "\n".join(first) + "\n\n\n" + "\n".join(second) + "\n")
    assert [b.text.split() for b in doc.blocks] == [first, second]


def test_ordinary_files_are_not_joined(tmp_path: Path) -> None:
    lines = [
        "We started the walk at dawn.",
        "The hill was steep,",
        "but the view was worth it.",
        "我们在山顶吃了早饭",
        "然后慢慢走下山",
    ] * 4
    doc = parse(tmp_path / "o.txt", "\n".join(lines) + "\n")
    assert [b.text for b in doc.blocks] == lines
    assert not looks_word_per_line(["短句一二三四五", "又一句话很短的", "第三句也不长"] * 10)


def test_large_word_per_line_file_parses_fast(tmp_path: Path) -> None:
    words = ["Markets", " opened", " higher", " today,", " and", " traders", " cheered."] * 20_000
    content = "\n".join(words) + "\n"
    started = time.perf_counter()
    doc = parse(tmp_path / "big.txt", content)
    elapsed = time.perf_counter() - started
    assert len(doc.blocks) == 20_000
    assert elapsed < 3.0, f"{elapsed:.2f}s for {len(words)} lines"
