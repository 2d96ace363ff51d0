"""The rows on screen are split into one batch per core of about equal decoding cost."""

from __future__ import annotations

import itertools

from reader.core.translate.engine import _balanced_cuts


def worst_run(lengths: list[int], cuts: list[int]) -> int:
    bounds = [0, *cuts, len(lengths)]
    return max((b - a) * lengths[b - 1] for a, b in zip(bounds, bounds[1:], strict=False) if b > a)


def test_cuts_are_optimal_against_brute_force() -> None:
    lengths = sorted([3, 5, 8, 8, 12, 20, 21, 30, 41, 52, 53, 60])
    for parts in (2, 3):
        cuts = _balanced_cuts(lengths, parts)
        assert len(cuts) == parts - 1
        best = min(
            worst_run(lengths, list(combo)) for combo in itertools.combinations(range(1, len(lengths)), parts - 1)
        )
        assert worst_run(lengths, cuts) == best


def test_degenerate_inputs() -> None:
    assert _balanced_cuts([10], 2) == []
    assert _balanced_cuts([1, 2, 3], 1) == []
    assert _balanced_cuts([4, 4], 2) == [1]
