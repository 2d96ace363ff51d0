"""A long passage that comes with its translation, cut into sentence-sized pairs.

Bilingual notes give a whole paragraph of Chinese and, below it, the English original (or
the other way round); a bilingual subtitle cue gives one line of each. A cue can stay whole,
but a paragraph kept as one segment makes a wall of text in the reader and a row no
translator would produce. We cut both sides at sentence ends into the same number of
groups, placing the cuts at the same share of each side's length (translations keep the
order of the original and, roughly, its proportions — the assumption behind Gale and
Church's sentence alignment, without its dictionary of length ratios). Groups stay near the
segment cap and every group has text on both sides, so nothing is dropped or duplicated.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from reader.core.textproc.sentences import MAX_SEGMENT_CHARS, split_sentences


def _cut_indices(ends: Sequence[int], total: int, groups: int) -> list[int]:
    """Indices (1..len(ends)-1) of the spans after which each group ends, nearest to equal
    shares of *total*; strictly increasing so that no group is empty."""
    cuts: list[int] = []
    previous = 0
    count = len(ends)
    for number in range(1, groups):
        target = total * number / groups
        low, high = previous + 1, count - (groups - number)
        best = min(range(low, high + 1), key=lambda index: abs(ends[index - 1] - target))
        cuts.append(best)
        previous = best
    return cuts


def pair_sentences(text: str, translation: str, max_chars: int = MAX_SEGMENT_CHARS) -> list[tuple[int, int, str]]:
    """``(start, end, translation)`` for consecutive groups of sentences of *text*: one
    group — the whole text — when it is short, or when either side has a single sentence."""
    if len(text) <= max_chars:
        return [(0, len(text), translation)]
    original = split_sentences(text)
    translated = split_sentences(translation)
    groups = min(len(original), len(translated), max(1, math.ceil(len(text) / max_chars)))
    if groups <= 1:
        return [(0, len(text), translation)]
    original_cuts = _cut_indices([end for _, end in original], len(text), groups)
    translated_cuts = _cut_indices([end for _, end in translated], len(translation), groups)
    pairs: list[tuple[int, int, str]] = []
    bounds = [0, *original_cuts, len(original)]
    translated_bounds = [0, *translated_cuts, len(translated)]
    for number in range(groups):
        first, last = original[bounds[number]], original[bounds[number + 1] - 1]
        t_first, t_last = translated[translated_bounds[number]], translated[translated_bounds[number + 1] - 1]
        pairs.append((first[0], last[1], translation[t_first[0] : t_last[1]]))
    return pairs
