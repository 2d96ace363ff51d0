"""Grouping sentence units into readable paragraphs."""

from __future__ import annotations

from collections.abc import Sequence

from reader.core.textproc.units import Unit


def assign_paragraphs(units: Sequence[Unit]) -> list[int]:
    """Paragraph index (0-based, non-decreasing) for each unit: one per source block."""
    paragraphs: list[int] = []
    current = -1
    previous_block: int | None = None
    for unit in units:
        if unit.block != previous_block:
            current += 1
            previous_block = unit.block
        paragraphs.append(current)
    return paragraphs
