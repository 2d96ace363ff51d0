"""Lexical cohesion across a stream of sentences (after TextTiling, Hearst 1997).

A talk keeps returning to its own words; where the words on the left of a point and those on
its right stop overlapping, the topic — often the talk — changes. For every gap between two
units we compare the bags of content words within a window on each side (cosine), and report
how far that similarity falls below what is usual in the document. It is a weak signal on ASR
notes and is only ever used to support other evidence.
"""

from __future__ import annotations

import math
from array import array
from collections import Counter
from collections.abc import Sequence

WINDOW_WORDS = 300


def gap_similarities(words: Sequence[Sequence[str]], window: int = WINDOW_WORDS) -> array[float]:
    """Similarity at each gap: entry ``b`` compares the words before unit ``b`` with those from it
    on (entry 0 is unused and 1.0).

    The left window holds the units just before the gap, back to the first one that brings it
    to *window* words; the right window likewise forward. Both slide with the gap, and the dot
    product and norms are updated word by word, so the whole pass is linear in the number of
    words, however many units hold none (a file of one-character lines has thousands). The
    result is an array of doubles: a million sentences' similarities in 8 MB, not 32.
    """
    n = len(words)
    sims = array("d", [1.0]) * n
    left: Counter[str] = Counter()
    right: Counter[str] = Counter()
    dot = left_sq = right_sq = 0
    left_words = right_words = 0
    lo = 0  # left window: units [lo, b)
    hi = 0  # right window: units [b, hi)

    def fill_right(b: int) -> None:
        nonlocal hi, right_words, right_sq, dot
        hi = max(hi, b)
        while hi < n and right_words < window:
            for word in words[hi]:
                count = right[word]
                right_sq += 2 * count + 1
                dot += left[word]
                right[word] = count + 1
            right_words += len(words[hi])
            hi += 1

    fill_right(0)
    for b in range(1, n):
        moved = words[b - 1]
        for word in moved:  # unit b-1 leaves the right window and joins the left one
            count = right[word] - 1
            right[word] = count
            right_sq -= 2 * count + 1
            dot -= left[word]
            count = left[word]
            left_sq += 2 * count + 1
            dot += right[word]
            left[word] = count + 1
        right_words -= len(moved)
        left_words += len(moved)
        while lo < b - 1 and left_words - len(words[lo]) >= window:
            for word in words[lo]:
                count = left[word] - 1
                left[word] = count
                left_sq -= 2 * count + 1
                dot -= right[word]
            left_words -= len(words[lo])
            lo += 1
        fill_right(b)
        sims[b] = dot / math.sqrt(left_sq * right_sq) if dot > 0 and left_sq and right_sq else 0.0
    return sims


def cohesion_dips(words: Sequence[Sequence[str]], window: int = WINDOW_WORDS) -> array[float]:
    """How far the similarity at each gap falls below the document's typical similarity:
    ``1 - sim / median`` (0.0 at index 0, negative where the two sides agree more than usual).

    Classic TextTiling scores the depth of a dip against the nearest peaks; on ASR notes,
    where the note-taker skips whole minutes and Q&A wanders, those local peaks are noise and
    the depths drown the change between talks. Comparing against the whole document's median
    keeps what matters: the two sides of a talk boundary share unusually few words.
    """
    sims = gap_similarities(words, window)
    values = sorted(sims[1:])
    if not values:
        return array("d", [0.0]) * len(sims)
    median = values[len(values) // 2]
    del values
    if median <= 0:
        return array("d", [0.0]) * len(sims)
    dips = array("d", [0.0]) * len(sims)
    for b in range(1, len(sims)):
        dips[b] = 1.0 - sims[b] / median
    return dips
