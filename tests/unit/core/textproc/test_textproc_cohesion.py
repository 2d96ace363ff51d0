"""Lexical cohesion: the sliding windows give exactly what recounting each window would."""

from __future__ import annotations

import math
import random
from array import array
from collections import Counter

import pytest

from reader.core.textproc.cohesion import cohesion_dips, gap_similarities


def _recounted(words: list[list[str]], window: int) -> list[float]:
    """Each gap's similarity counted from scratch: the left window takes units back from the
    gap until it has *window* words (at least one unit), the right one forward likewise."""
    sims = [1.0]
    for b in range(1, len(words)):
        lo, count = b - 1, len(words[b - 1])
        while lo > 0 and count < window:
            lo -= 1
            count += len(words[lo])
        hi, count = b, 0
        while hi < len(words) and count < window:
            count += len(words[hi])
            hi += 1
        left = Counter(word for unit in words[lo:b] for word in unit)
        right = Counter(word for unit in words[b:hi] for word in unit)
        dot = sum(left[word] * right[word] for word in left)
        norms = math.sqrt(sum(v * v for v in left.values()) * sum(v * v for v in right.values()))
        sims.append(dot / norms if dot > 0 and norms else 0.0)
    return sims


def _stream(seed: int, units: int) -> list[list[str]]:
    rng = random.Random(seed)
    vocabulary = [f"w{i}" for i in range(30)]
    return [[rng.choice(vocabulary) for _ in range(rng.choice([0, 0, 1, 3, 7]))] for _ in range(units)]


@pytest.mark.parametrize("seed", range(6))
def test_sliding_windows_match_recounting(seed: int) -> None:
    words = _stream(seed, 120)
    for window in (5, 20):
        got = gap_similarities(words, window)
        assert list(got) == pytest.approx(_recounted(words, window), abs=1e-12)


def test_dips_are_the_fall_below_the_median_similarity() -> None:
    words = _stream(7, 200)
    sims = gap_similarities(words, 20)
    median = sorted(sims[1:])[len(sims[1:]) // 2]
    dips = cohesion_dips(words, 20)
    assert dips[0] == 0.0
    assert list(dips[1:]) == [1.0 - sim / median for sim in sims[1:]]


def test_results_are_compact_arrays_of_doubles() -> None:
    """A million sentences' dips take 8 MB as doubles, 32 MB as a list of floats."""
    words = _stream(3, 50)
    assert isinstance(gap_similarities(words), array) and gap_similarities(words).typecode == "d"
    assert isinstance(cohesion_dips(words), array) and cohesion_dips(words).typecode == "d"


def test_no_shared_words_anywhere_gives_no_dips() -> None:
    words = [[f"only{i}"] for i in range(10)]
    assert list(cohesion_dips(words, 3)) == [0.0] * 10
    assert list(cohesion_dips([])) == []
