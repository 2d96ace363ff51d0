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
from collections import Counter, deque
from collections.abc import Iterable, Sequence

WINDOW_WORDS = 300


def gap_similarities(words: Iterable[Sequence[str]], window: int = WINDOW_WORDS) -> array[float]:
    """Similarity at each gap: entry ``b`` compares the words before unit ``b`` with those from it
    on (entry 0 is unused and 1.0).

    The left window holds the units just before the gap, back to the first one that brings it
    to *window* words; the right window likewise forward. Both slide with the gap, and the dot
    product and norms are updated word by word, so the whole pass is linear in the number of
    words, however many units hold none (a file of one-character lines has thousands).

    *words* (each unit's words) is read once, front to back, and only the units inside the two
    windows are held: a large file's sentences need not all have their word lists at once.
    The result is an array of doubles: a million sentences' similarities in 8 MB, not 32.
    """
    if window < 1:
        raise ValueError("a window holds at least one word")
    stream = iter(words)
    sims = array("d")
    left: Counter[str] = Counter()
    right: Counter[str] = Counter()
    dot = left_sq = right_sq = 0
    left_words = right_words = 0
    left_units: deque[Sequence[str]] = deque()  # the left window: units [lo, b)
    right_units: deque[Sequence[str]] = deque()  # the right window: units [b, hi)
    peeked: list[Sequence[str]] = []  # a unit read from *words* but not yet in the right window

    def read() -> Sequence[str] | None:
        return peeked.pop() if peeked else next(stream, None)

    def more() -> bool:
        """Whether a unit follows those in the right window."""
        if not peeked:
            unit = next(stream, None)
            if unit is None:
                return False
            peeked.append(unit)
        return True

    def fill_right() -> None:
        nonlocal right_words, right_sq, dot
        while right_words < window:
            unit = read()
            if unit is None:
                return
            for word in unit:
                count = right[word]
                right_sq += 2 * count + 1
                dot += left[word]
                right[word] = count + 1
            right_words += len(unit)
            right_units.append(unit)

    fill_right()
    if not right_units:
        return sims
    sims.append(1.0)
    # Before gap b, the right window holds units b-1 on (a window of one word or more always
    # takes in the unit at its start), so unit b exists when the window holds two or more.
    while len(right_units) > 1 or more():
        moved = right_units.popleft()
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
        left_units.append(moved)
        while len(left_units) > 1 and left_words - len(left_units[0]) >= window:
            dropped = left_units.popleft()
            for word in dropped:
                count = left[word] - 1
                left[word] = count
                left_sq -= 2 * count + 1
                dot -= right[word]
            left_words -= len(dropped)
        fill_right()
        sims.append(dot / math.sqrt(left_sq * right_sq) if dot > 0 and left_sq and right_sq else 0.0)
    return sims


def cohesion_dips(words: Iterable[Sequence[str]], window: int = WINDOW_WORDS) -> array[float]:
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
