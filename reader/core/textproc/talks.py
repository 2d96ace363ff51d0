"""Where talks begin in a stream of units, and what each talk is called.

A notes file often holds several talks one after another with nothing but the words to tell
them apart. We weigh the signals a listener would use, at every gap between two sentences:

* the host's hand-over — thanks for the last talk just before the gap, an introduction (有请,
  "please welcome", 报告题目是, a bio) just after it, the new speaker's first words ("thanks
  for the introduction", 大家好我是) a little later;
* the talk before having wrapped up or gone to questions;
* a lasting change of language (a Chinese talk followed by an English panel), and a dip in
  lexical cohesion (TextTiling) — a change of topic;
* a long run of blank lines where the notes paused (weak: note-takers pause inside talks too).

A gap becomes a boundary when the evidence adds up past a threshold *and* something says a
talk starts there (an introduction, a speaker's opening, or a lasting change of language);
cohesion and layout alone never split a talk. Cues heard in a Q&A ("thank you for the talk,
my question is…", "hi, my name is…") are the audience's and count for little, and a gap
followed by a question is no talk start. Boundaries closer together than a short talk are
resolved in favour of the stronger one; a short stretch at the start that is only the host's
opening, or at the end that is only thanks and farewells, stays with its neighbour.

:func:`score_boundaries` exposes the evidence per gap, for tuning and the benchmark.
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Sequence
from dataclasses import dataclass, replace

from reader.core.textproc.cohesion import cohesion_dips
from reader.core.textproc.talk_cues import Cues, find_cues
from reader.core.textproc.talk_titles import TITLE_MAX_CHARS, UNTITLED, TalkInfo, describe_talk
from reader.core.textproc.units import Unit
from reader.core.textproc.words import content_words

__all__ = [
    "THRESHOLD",
    "TITLE_MAX_CHARS",
    "UNTITLED",
    "Evidence",
    "TalkInfo",
    "describe_talk",
    "find_talk_starts",
    "score_boundaries",
]

THRESHOLD = 2.0
# A talk shorter than this (in characters) between two detected boundaries is not a talk.
MIN_TALK_CHARS = 800
#: Fewer sentences than this are a scrap (a greeting, a stray line), never a talk by itself
#: unless something introduces it: two lines in two languages are not two talks.
MIN_TALK_UNITS = 3
# Look-ahead and look-behind reach of the cues, in units and in source lines.
_INTRO_UNITS, _INTRO_LINES = 6, 3
_START_UNITS, _START_LINES = 14, 8
_CLOSE_UNITS, _CLOSE_LINES = 8, 4
_ENDED_CHARS = 5000
_LANG_WINDOWS = (300, 1500)
_LANGUAGE_WEIGHT = 1.5
_COHESION_WEIGHT = 0.6
# A switch that holds for this many characters on both sides (minutes of speech) is a new talk
# by itself.
_LANG_LASTING = 4000
_LASTING_BONUS = 0.5
# Questions announced in the introduction ("we'll have a Q&A after your talk") say nothing
# about the talk having ended.
_INTRO_ZONE_UNITS = 8


@dataclass(frozen=True)
class Evidence:
    """Why the gap before unit ``index`` does or does not start a talk (for tuning and the benchmark)."""

    index: int
    line: int
    intro: float
    start: float
    closing: float
    ended: float
    language: float
    cohesion: float
    gap: float
    penalty: float

    @property
    def opens_talk(self) -> bool:
        """Something says a talk starts here, not just that the topic moved."""
        return self.intro >= 1.5 or self.start >= 0.5 or self.language >= 0.7 * _LANGUAGE_WEIGHT

    @property
    def score(self) -> float:
        return (
            self.intro + self.start + self.closing + self.ended + self.language + self.cohesion + self.gap
            - self.penalty
        )


def _size(unit: Unit) -> int:
    return max(1, len(unit.text))


class _LanguageMix:
    """Character-weighted language mix of any window of units, from prefix sums."""

    def __init__(self, units: Sequence[Unit], offsets: Sequence[int]) -> None:
        self.offsets = offsets
        self.langs = sorted({unit.lang for unit in units if unit.lang != "und"})
        self.prefix = {lang: [0] for lang in self.langs}
        for unit in units:
            for lang in self.langs:
                self.prefix[lang].append(self.prefix[lang][-1] + (_size(unit) if unit.lang == lang else 0))

    def _mix(self, first: int, end: int) -> dict[str, float]:
        weights = {lang: self.prefix[lang][end] - self.prefix[lang][first] for lang in self.langs}
        total = sum(weights.values())
        return {lang: w / total for lang, w in weights.items()} if total else {}

    def shift(self, b: int, window: int) -> float:
        """Total-variation distance between the language mix of about *window* characters
        before gap *b* and as many after it."""
        offsets = self.offsets
        first = max(0, bisect.bisect_right(offsets, offsets[b] - window) - 1)
        end = min(len(offsets) - 1, bisect.bisect_left(offsets, offsets[b] + window))
        left, right = self._mix(first, b), self._mix(b, end)
        if not left or not right:
            return 0.0
        return 0.5 * sum(abs(left[lang] - right[lang]) for lang in self.langs)


def _typical_gap(units: Sequence[Unit]) -> float:
    gaps = sorted(
        units[i].line - units[i - 1].line_end - 1 for i in range(1, len(units)) if units[i].line > units[i - 1].line_end
    )
    return float(gaps[len(gaps) // 2]) if gaps else 0.0


def _gap_score(units: Sequence[Unit], b: int, typical: float) -> float:
    """Weak evidence from blank lines (or silence in subtitles) before unit *b*."""
    prev, unit = units[b - 1], units[b]
    ratio = 0.0
    if unit.line > prev.line_end:
        blank = unit.line - prev.line_end - 1
        ratio = blank / (typical + 1.0)
    if unit.start_ms is not None and prev.end_ms is not None:
        ratio = max(ratio, (unit.start_ms - prev.end_ms) / 3000.0)
    if ratio <= 2.0:
        return 0.0
    return 0.4 * min(1.0, math.log(ratio / 2.0) / math.log(10.0))


def _reach(units: Sequence[Unit], b: int, direction: int, max_units: int, max_lines: int) -> list[int]:
    """Unit indices from gap *b* forward (from ``b``) or backward (from ``b - 1``), at most
    *max_units* of them spread over at most *max_lines* distinct source lines."""
    found: list[int] = []
    lines: set[int] = set()
    j = b if direction > 0 else b - 1
    while 0 <= j < len(units) and len(found) < max_units:
        lines.add(units[j].line)
        if len(lines) > max_lines:
            break
        found.append(j)
        j += direction
    return found


def _in_context(cues: list[Cues]) -> list[Cues]:
    """Discount cues that belong to questions from the audience.

    "Thank you for the great talk, my question is…" and "Hi, my name is Omar, …" next to a
    question are the audience speaking, not a host closing a talk or a speaker opening one.
    """
    adjusted = []
    for j, cue in enumerate(cues):
        near = cues[max(0, j - 4) : j + 3]
        if cue.closing and (cue.question or (j + 1 < len(cues) and cues[j + 1].question)):
            cue = replace(cue, closing=0.0)
        if cue.start and any(other.question for other in near):
            cue = replace(cue, start=cue.start * 0.3)
        adjusted.append(cue)
    return adjusted


def score_boundaries(units: Sequence[Unit]) -> list[Evidence]:
    """The evidence for a talk starting before each unit (index 0 is the start itself)."""
    n = len(units)
    cues = _in_context([find_cues(unit.text) for unit in units])
    words = [list(content_words(unit.text)) for unit in units]
    dips = cohesion_dips(words)
    typical = _typical_gap(units)
    offsets = [0]
    for unit in units:
        offsets.append(offsets[-1] + _size(unit))
    mix = _LanguageMix(units, offsets)

    evidence = [Evidence(0, units[0].line, 0, 0, 0, 0, 0, 0, 0, 0)] if units else []
    last_ended = -1
    last_intro = -_INTRO_ZONE_UNITS - 1
    for b in range(1, n):
        previous = cues[b - 1]
        if previous.intro >= 2.0:
            last_ended, last_intro = -1, b - 1
        elif (previous.ending or previous.question) and b - 1 - last_intro > _INTRO_ZONE_UNITS:
            last_ended = b - 1
        after = _reach(units, b, 1, _INTRO_UNITS, _INTRO_LINES)
        first_intro = next((j for j in after if cues[j].intro), None)
        intro = 0.0
        if first_intro is not None:
            total = sum(cues[j].intro * 0.9 ** (j - first_intro) for j in after if j >= first_intro)
            lines_apart = len({units[j].line for j in range(b, first_intro + 1)}) - 1
            intro = min(total, 3.0) * 0.9 ** (first_intro - b) * 0.8**lines_apart
        intro_before = max(
            (cues[j].intro * 0.8 ** (b - 1 - j) for j in _reach(units, b, -1, 3, 2)), default=0.0
        )
        start = max(
            (cues[j].start * 0.97 ** (j - b) for j in _reach(units, b, 1, _START_UNITS, _START_LINES)),
            default=0.0,
        )
        closing = max(
            (cues[j].closing * 0.92 ** (b - 1 - j) for j in _reach(units, b, -1, _CLOSE_UNITS, _CLOSE_LINES)),
            default=0.0,
        )
        soon = _reach(units, b, 1, 4, 2)
        closing_after = max((cues[j].closing for j in soon[:3] if not cues[j].intro), default=0.0)
        question_after = any(cues[j].question and not cues[j].intro for j in soon)
        ended = 0.0
        if last_ended >= 0 and offsets[b] - offsets[last_ended + 1] <= _ENDED_CHARS:
            ended = 0.6
        shift = min(mix.shift(b, window) for window in _LANG_WINDOWS)
        language = _LANGUAGE_WEIGHT * shift if shift >= 0.5 else 0.0
        if shift >= 0.9 and mix.shift(b, _LANG_LASTING) >= 0.9:
            language += _LASTING_BONUS
        cohesion = _COHESION_WEIGHT * min(1.0, max(0.0, (dips[b] - 0.3) / 0.4)) * (1.0 - min(1.0, shift))
        penalty = 0.8 * intro_before + 0.6 * closing_after + (0.75 if question_after else 0.0)
        evidence.append(
            Evidence(
                index=b,
                line=units[b].line,
                intro=round(intro, 3),
                start=round(start, 3),
                closing=round(closing, 3),
                ended=ended,
                language=round(language, 3),
                cohesion=round(cohesion, 3),
                gap=round(_gap_score(units, b, typical), 3),
                penalty=round(penalty, 3),
            )
        )
    return evidence


def _has_remarks(units: Sequence[Unit]) -> bool:
    """Whether a short stretch is the host's or speaker's remarks rather than a talk's content."""
    cues = [find_cues(unit.text) for unit in units]
    return any(cue.closing or cue.ending or cue.greeting or cue.question or cue.start for cue in cues)


def _has_opening(cues: Sequence[Cues]) -> bool:
    return any(cue.intro >= 1.0 or cue.start or cue.greeting for cue in cues)


def find_talk_starts(units: Sequence[Unit]) -> list[int]:
    """Indices of the units that start a talk; always begins with 0 for a non-empty input."""
    if not units:
        return []
    evidence = score_boundaries(units)
    offsets = [0]
    for unit in units:
        offsets.append(offsets[-1] + _size(unit))
    candidates = sorted(
        (e for e in evidence[1:] if e.opens_talk and e.score >= THRESHOLD),
        key=lambda e: (-e.score, e.index),
    )
    chosen: list[int] = []
    for candidate in candidates:
        b = candidate.index
        if any(abs(offsets[b] - offsets[c]) < MIN_TALK_CHARS for c in chosen):
            continue
        if offsets[b] < MIN_TALK_CHARS and _has_opening([find_cues(u.text) for u in units[:b]]):
            continue  # a short lead-in that is the host opening this very talk
        if offsets[-1] - offsets[b] < MIN_TALK_CHARS and candidate.intro < 1.5 and _has_remarks(units[b:]):
            continue  # a short tail of thanks and farewells (often in the host's language), not a talk
        scrap = min(b, len(units) - b) < MIN_TALK_UNITS
        if scrap and candidate.intro < 1.5:
            continue  # a few sentences on either side need an introduction to stand alone
        chosen.append(b)
    return [0, *sorted(chosen)]
