"""Sentence splitting: nothing lost, nothing over the cap, no break inside "Dr." or "3.5"."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.importers.encoding import split_lines
from reader.core.textproc.sentences import MAX_SEGMENT_CHARS, split_sentences


def _pieces(text: str, max_chars: int = MAX_SEGMENT_CHARS) -> list[str]:
    return [text[start:end] for start, end in split_sentences(text, max_chars)]


def _assert_tiles(text: str, spans: list[tuple[int, int]], max_chars: int) -> None:
    previous_end = 0
    for start, end in spans:
        assert previous_end <= start < end <= len(text)
        assert text[previous_end:start].strip() == "", "only whitespace may fall between spans"
        assert end - start <= max_chars
        assert text[start] == text[start].strip() and text[end - 1] == text[end - 1].strip()
        previous_end = end
    assert text[previous_end:].strip() == ""
    assert re.sub(r"\s", "", "".join(text[s:e] for s, e in spans)) == re.sub(r"\s", "", text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hello there. How are you?", ["Hello there.", "How are you?"]),
        ("Dr. Zhang met Mr. Li in the U.S. last year.", ["Dr. Zhang met Mr. Li in the U.S. last year."]),
        ("It costs 3.5 dollars, e.g. a coffee. Fine.", ["It costs 3.5 dollars, e.g. a coffee.", "Fine."]),
        (
            "See https://example.com/a.b?x=1 for details! Then stop.",
            ["See https://example.com/a.b?x=1 for details!", "Then stop."],
        ),
        ("Visit www.baai.ac.cn. Next one?", ["Visit www.baai.ac.cn.", "Next one?"]),
        (
            "J. Smith wrote it, i.e. the paper. Fig. 3 shows it.",
            ["J. Smith wrote it, i.e. the paper.", "Fig. 3 shows it."],
        ),
        ("Hong Jg okay。I try I'm trying。Yes?No!", ["Hong Jg okay。", "I try I'm trying。", "Yes?", "No!"]),
        ("我们今天讲扩散模型。它很有用！对吗？", ["我们今天讲扩散模型。", "它很有用！", "对吗？"]),
        ('He said "stop." Then left.', ['He said "stop."', "Then left."]),
        ("元素十四,2000年被Broadcom收购,第二个是英伟达。", ["元素十四,2000年被Broadcom收购,第二个是英伟达。"]),
        ("", []),
        ("   ", []),
    ],
)
def test_sentence_ends(text: str, expected: list[str]) -> None:
    assert _pieces(text) == expected


def test_commas_split_only_where_needed() -> None:
    short = "第一,第二,第三。"
    assert _pieces(short) == [short]
    long = ",".join(f"这是第{i}个比较长的分句内容" for i in range(30)) + "。"
    pieces = _pieces(long, 60)
    assert len(pieces) > 1
    assert all(len(piece) <= 60 for piece in pieces)
    assert all(piece.endswith((",", "。")) for piece in pieces), "cuts fall after clause marks"


def test_run_on_english_is_cut_at_word_boundaries_into_balanced_pieces() -> None:
    words = (
        "so the model learns the score function and then we can sample from it because the noise "
        "is gradually removed but you know it takes many steps which is slow "
    ).split()
    text = " ".join(words * 8)
    spans = split_sentences(text, 200)
    _assert_tiles(text, spans, 200)
    assert len(spans) >= 4
    for start, end in spans:
        assert start == 0 or text[start - 1] == " ", "never inside a word"
        assert end == len(text) or text[end] == " "
    lengths = [end - start for start, end in spans]
    assert min(lengths[:-1]) > 100, "balanced pieces, no crumbs"


def test_run_on_chinese_is_cut_between_jieba_words() -> None:
    text = "我们今天讨论的是扩散模型在图像生成里面的应用以及它和自回归模型的区别" * 12
    spans = split_sentences(text, 80)
    _assert_tiles(text, spans, 80)
    assert len(spans) >= 5
    for start, _end in spans[1:]:
        # jieba never cuts 扩散, 模型, 图像, 生成, 应用, 区别 apart.
        for word in ("扩散", "模型", "图像", "生成", "应用", "区别", "讨论", "今天"):
            for match in re.finditer(word, text):
                assert not match.start() < start < match.end()


def test_unsplittable_token_is_cut_anyway() -> None:
    text = "x" * 450
    spans = split_sentences(text, 200)
    _assert_tiles(text, spans, 200)
    assert len(spans) == 3


def test_whole_sample_tiles_and_respects_cap(sample_notes: Path) -> None:
    lines = split_lines(sample_notes.read_text(encoding="utf-8"))
    total = 0
    for line in lines:
        spans = split_sentences(line)
        _assert_tiles(line, spans, MAX_SEGMENT_CHARS)
        total += len(spans)
    assert total > 1000


_ALPHABET = st.sampled_from(list("ab 中文。.!?,，;Dr3\n") + ["e.g.", "U.S.", "http://x.y/z?q=1", "呃", "  "])


@settings(max_examples=300, deadline=None)
@given(st.lists(_ALPHABET, max_size=120).map("".join), st.integers(min_value=5, max_value=80))
def test_spans_always_tile(text: str, max_chars: int) -> None:
    _assert_tiles(text, split_sentences(text, max_chars), max_chars)
