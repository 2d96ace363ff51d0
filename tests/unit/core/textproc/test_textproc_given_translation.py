"""A long passage with its given translation is cut into sentence-sized pairs, losing nothing."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.textproc.given_translation import pair_sentences

ORIGINAL = (
    "Serving a large model is dominated by memory bandwidth. The key value cache grows with the context. "
    "With paged attention we pack many more requests onto one accelerator. Quantizing the weights to four "
    "bits cuts the memory traffic. Speculative decoding lets a small model propose tokens. Continuous "
    "batching lets new requests join while others decode."
)
TRANSLATION = (
    "大模型的推理主要受内存带宽限制。键值缓存随上下文增长。有了分页注意力，一张加速卡能容纳更多请求。"
    "把权重量化到四比特可以减少内存访问。投机解码让小模型先提出词元。连续批处理让新请求在解码时加入。"
)


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def test_a_short_cue_stays_whole() -> None:
    assert pair_sentences("Thank you.", "谢谢。") == [(0, 10, "谢谢。")]


def test_a_long_paragraph_is_cut_into_pairs_that_keep_everything_in_order() -> None:
    pairs = pair_sentences(ORIGINAL, TRANSLATION)
    assert len(pairs) >= 2
    assert all(end - start <= 260 for start, end, _ in pairs)
    assert all(ORIGINAL[start:end].strip() and translated.strip() for start, end, translated in pairs)
    assert _squash("".join(ORIGINAL[start:end] for start, end, _ in pairs)) == _squash(ORIGINAL)
    assert _squash("".join(translated for _, _, translated in pairs)) == _squash(TRANSLATION)
    # Order kept: the first pair is about bandwidth on both sides, the last about batching.
    assert "bandwidth" in ORIGINAL[pairs[0][0] : pairs[0][1]] and "带宽" in pairs[0][2]
    assert "batching" in ORIGINAL[pairs[-1][0] : pairs[-1][1]] and "批处理" in pairs[-1][2]


def test_a_translation_of_one_sentence_keeps_the_passage_whole() -> None:
    assert pair_sentences(ORIGINAL, "一句话的概括。") == [(0, len(ORIGINAL), "一句话的概括。")]


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.sampled_from(["Memory is slow.", "Caches help a lot.", "Batching pays off.", "We measure it."]),
        min_size=1,
        max_size=30,
    ),
    st.lists(
        st.sampled_from(["内存很慢。", "缓存很有用。", "批处理很划算。", "我们测量它。"]), min_size=1, max_size=30
    ),
)
def test_pairs_tile_both_sides(original: list[str], translation: list[str]) -> None:
    text, given_text = " ".join(original), "".join(translation)
    pairs = pair_sentences(text, given_text, max_chars=40)
    starts = [start for start, _, _ in pairs]
    assert starts == sorted(starts) and starts[0] == 0 and pairs[-1][1] == len(text)
    assert _squash("".join(text[start:end] for start, end, _ in pairs)) == _squash(text)
    assert "".join(translated for _, _, translated in pairs) == given_text
