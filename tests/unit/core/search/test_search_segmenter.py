"""How text is cut into index words (real jieba)."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.search import segmenter
from reader.core.search.segmenter import BARRIER, index_text
from reader.core.search.snippets import Matcher, make_snippet


def test_chinese_is_cut_into_words_with_search_subwords_after() -> None:
    assert index_text("我们可以在一个芯片上容纳多少芯片带宽") == "我们 可以 在 一个 芯片 上 容纳 多少 芯片 带宽"
    assert index_text("中华人民共和国") == f"中华人民共和国 {BARRIER} 中华 华人 人民 共和 共和国"


def test_latin_is_separated_from_han_and_glued_words_are_split() -> None:
    assert index_text("所以OR is是一个代理") == "所以 OR is 是 一个 代理"
    assert index_text("developingOPT and GPT4") == f"developingOPT and GPT4 {BARRIER} developing OPT {BARRIER} GPT 4"
    assert index_text("plain English, untouched.") == "plain English, untouched."


def test_punctuation_between_chinese_words_is_a_barrier() -> None:
    assert index_text("扩散，模型") == f"扩散 {BARRIER} 模型"
    assert index_text("模型, diffusion") == "模型 , diffusion"


def test_control_characters_and_barriers_never_reach_the_index() -> None:
    assert index_text("a\x01b\x02c\ue000d") == "a b c d"


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=80))
def test_every_word_of_the_text_is_in_its_index_text(text: str) -> None:
    # unicode61 splits the index text at anything but letters and digits.
    words = set(re.findall(f"[{segmenter.HAN_CLASS}]+|{segmenter.WORD.pattern}", index_text(text)))
    for match in segmenter.WORD.finditer(text):
        assert match.group() in words
    for run in segmenter.HAN_RUN.findall(text):
        assert "".join(segmenter.cut_words(run)) == run
        assert all(word in words for word in segmenter.cut_words(run))


def test_matcher_marks_words_prefixes_and_chinese_substrings() -> None:
    matcher = Matcher.build(["GPU", "芯片"], ["transform"])
    text = "Transformers on GPUs? No: GPU 芯片带宽, and a transformer."
    spans = matcher.spans(text)
    # Marks one space apart merge into one.
    assert [text[s:e] for s, e in spans] == ["Transformers", "GPU 芯片", "transformer"]
    expected = "<Transformers> on GPUs? No: <GPU 芯片>带宽, and a <transformer>."
    assert make_snippet(text, spans, markers=("<", ">")) == expected


def test_adjacent_marks_merge() -> None:
    matcher = Matcher.build(["扩散", "模型", "diffusion", "models"], [])
    text = "扩散模型 = diffusion models"
    assert make_snippet(text, matcher.spans(text)) == "[扩散模型] = [diffusion models]"


@settings(max_examples=200, deadline=None)
@given(
    st.text(st.characters(blacklist_characters="\x03\x04"), max_size=300),
    st.integers(min_value=1, max_value=120),
)
def test_snippets_are_windows_of_the_text(text: str, width: int) -> None:
    matcher = Matcher.build(["a", "的"], ["th"])
    spans = matcher.spans(text)
    snippet = make_snippet(text, spans, markers=("\x03", "\x04"), max_chars=width)
    plain = snippet.replace("\x03", "").replace("\x04", "").removeprefix("…").removesuffix("…")
    assert plain in text
    assert snippet.count("\x03") == snippet.count("\x04")


def test_same_words_as_jieba_search_mode_only_reordered(sample_notes: Path) -> None:
    """Our cut is jieba.cut_for_search's, with the sub-words moved after the text."""
    import jieba

    runs = segmenter.HAN_RUN.findall(sample_notes.read_text(encoding="utf-8"))
    runs += ["中华人民共和国万岁", "语音合成器", "扩散模型的采样速度越来越快了"]
    assert len(runs) > 50
    for run in runs:
        ours = [token for token in index_text(run).split() if token != BARRIER]
        assert sorted(ours) == sorted(jieba.dt.cut_for_search(run)), run
