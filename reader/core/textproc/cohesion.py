"""Lexical cohesion across a stream of sentences (after TextTiling, Hearst 1997).

A talk keeps returning to its own words; where the words on the left of a point and those on
its right stop overlapping, the topic — often the talk — changes. For every gap between two
units we compare the bags of content words within a window on each side (cosine), and report
how far that similarity falls below what is usual in the document. It is a weak signal on ASR
notes and is only ever used to support other evidence.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence

WINDOW_WORDS = 300


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


def cohesion_dips(words: Sequence[Sequence[str]], window: int = WINDOW_WORDS) -> list[float]:
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
        return [0.0] * len(sims)
    median = values[len(values) // 2]
    if median <= 0:
        return [0.0] * len(sims)
    return [0.0] + [1.0 - sim / median for sim in sims[1:]]
