"""Lexical cohesion across a stream of sentences (TextTiling, Hearst 1997).

A talk keeps returning to its own words; where the words on the left of a point and those on
its right stop overlapping, the topic — often the talk — changes. For every gap between two
units we compare the bags of content words within a window on each side (cosine), then score
how deep that similarity dips below the nearest peaks on both sides. Depths are turned into
z-scores over the document, so the measure is relative: a talk about chips and a panel about
AGI separate clearly, while the ordinary drift inside one talk stays near the mean.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence

WINDOW_WORDS = 120
_SMOOTHING = 2


def _cosine(left: Counter[str], right: Counter[str]) -> float:
    if not left or not right:
        return 0.0
    if len(left) > len(right):
        left, right = right, left
    dot = sum(count * right[word] for word, count in left.items() if word in right)
    if not dot:
        return 0.0
    norm = math.sqrt(sum(c * c for c in left.values())) * math.sqrt(sum(c * c for c in right.values()))
    return dot / norm


def gap_similarities(words: Sequence[Sequence[str]], window: int = WINDOW_WORDS) -> list[float]:
    """Similarity at each gap: entry ``b`` compares the words before unit ``b`` with those from it
    on (entry 0 is unused and 1.0)."""
    sims = [1.0] * len(words)
    for b in range(1, len(words)):
        left: Counter[str] = Counter()
        taken = 0
        for i in range(b - 1, -1, -1):
            left.update(words[i])
            taken += len(words[i])
            if taken >= window:
                break
        right: Counter[str] = Counter()
        taken = 0
        for i in range(b, len(words)):
            right.update(words[i])
            taken += len(words[i])
            if taken >= window:
                break
        sims[b] = _cosine(left, right)
    return sims


def depth_scores(sims: Sequence[float]) -> list[float]:
    """How far each gap's (smoothed) similarity dips below the peaks on either side."""
    n = len(sims)
    if n < 3:
        return [0.0] * n
    smooth = []
    for i in range(n):
        lo, hi = max(1, i - _SMOOTHING), min(n, i + _SMOOTHING + 1)
        values = sims[lo:hi] if i >= 1 else [sims[0]]
        smooth.append(sum(values) / len(values))
    depths = [0.0] * n
    for i in range(1, n):
        left_peak = smooth[i]
        j = i - 1
        while j >= 1 and smooth[j] >= left_peak:
            left_peak = smooth[j]
            j -= 1
        right_peak = smooth[i]
        j = i + 1
        while j < n and smooth[j] >= right_peak:
            right_peak = smooth[j]
            j += 1
        depths[i] = (left_peak - smooth[i]) + (right_peak - smooth[i])
    return depths


def cohesion_breaks(words: Sequence[Sequence[str]], window: int = WINDOW_WORDS) -> list[float]:
    """Depth z-score per gap (0.0 at index 0): how unusual the dip in cohesion is there."""
    depths = depth_scores(gap_similarities(words, window))
    values = depths[1:]
    if len(values) < 2:
        return [0.0] * len(depths)
    mean = sum(values) / len(values)
    std = math.sqrt(sum((v - mean) ** 2 for v in values) / len(values)) or 1.0
    return [0.0] + [(v - mean) / std for v in values]
