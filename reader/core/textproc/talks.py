"""Where talks begin in a stream of units, and what each talk is called."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reader.core.textproc.units import Unit

TITLE_MAX_CHARS = 80


@dataclass(frozen=True)
class TalkInfo:
    title: str
    speakers: str | None = None


def find_talk_starts(units: Sequence[Unit]) -> list[int]:
    """Indices of the units that start a talk; always begins with 0 for a non-empty input."""
    return [0] if units else []


def describe_talk(units: Sequence[Unit]) -> TalkInfo:
    """A title (never empty) and speakers for the talk made of *units*."""
    for unit in units:
        text = unit.text.strip()
        if text:
            if len(text) > TITLE_MAX_CHARS:
                text = text[: TITLE_MAX_CHARS - 1].rstrip() + "…"
            return TalkInfo(title=text)
    return TalkInfo(title="Untitled talk")
