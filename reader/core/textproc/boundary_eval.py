"""How well predicted talk starts match known ones (used by the benchmark and the tests).

A predicted start matches a true start when their first lines differ by at most *tolerance*
lines; matching is one-to-one, each predicted start (in order) taking the nearest true start
not yet taken. Precision is matched / predicted, recall is matched / true, F1 their harmonic
mean. The first talk's start counts like every other: a splitter that finds nothing still
gets that one right, which keeps single-talk files (one true start) scoring 1.0 when left
whole and less when over-split.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class BoundaryScore:
    predicted: int
    true: int
    matched: int

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.true if self.true else 0.0

    @property
    def f1(self) -> float:
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0


def boundary_match(predicted: Sequence[int], true: Sequence[int], tolerance: int = 3) -> BoundaryScore:
    """Score predicted talk first lines against true ones, within ±*tolerance* lines."""
    taken: set[int] = set()
    matched = 0
    for line in sorted(predicted):
        options = [t for t in true if t not in taken and abs(t - line) <= tolerance]
        if options:
            taken.add(min(options, key=lambda t: (abs(t - line), t)))
            matched += 1
    return BoundaryScore(predicted=len(predicted), true=len(true), matched=matched)
