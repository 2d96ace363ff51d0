"""Where talks begin in a stream of units, and what each talk is called.

A notes file often holds several talks one after another with nothing but the words to tell
them apart. We weigh the signals a listener would use, at every gap between two sentences:

* the host's hand-over — thanks for the last talk just before the gap, an introduction (有请,
  "please welcome", 报告题目是, a bio) just after it, the new speaker's first words ("thanks
  for the introduction", 大家好我是) a little later, or a greeting with a self-introduction that
  opens a live stream's segment ("Hello and welcome back to the studio. I'm Dana…");
* the talk before having wrapped up or gone to questions;
* a lasting change of language (a Chinese talk followed by an English panel), and a dip in
  lexical cohesion (TextTiling) — a change of topic;
* a long run of blank lines where the notes paused (weak: note-takers pause inside talks too);
* where the file names its speakers (diarized ``[Speaker 3]:`` labels, ``**Name**:``), a new
  voice taking over: a talk is given by someone who was not speaking just before;
* a Markdown heading, weakly for a section heading and strongly for one that names a talk
  (a speaker, 致辞, keynote, panel).

A gap becomes a boundary when the evidence adds up past a threshold *and* something says a
talk starts there (an introduction, a speaker's opening, or a lasting change of language);
cohesion and layout alone never split a talk, and neither does an introduction alone: a
narrator's "下面有请马克思出场" is no hand-over unless something else agrees (the host's thanks
before it, a new voice or the speaker's own opening after it, a pause, a heading). Cues heard
in a Q&A ("thank you for the talk,
my question is…", "hi, my name is…") are the audience's and count for little, and a gap
followed by a question is no talk start. Boundaries closer together than a short talk are
resolved in favour of the stronger one; a short stretch at the start that is only the host's
opening, or at the end that is only thanks and farewells, stays with its neighbour. A chosen
boundary then moves back to where the host began introducing the talk ("our next speaker…"
before "please welcome…"), or to the heading that names it. Counted from the host's thanks for
the talk before, the hand-over begins at the first transition ("All right.", "Okay, we have one
more speaker", 接下来, a greeting, a break announcement): the host's reactions to the talk that
ended stay with it. A session opening ("Hello… This is session two.", "Welcome back.") leads
into the first talk of the session, and a break — the send-off, the music, the return — into
the talk after it; the event's opening (a cold open, the MC welcomed on stage, housekeeping)
leads into the talk the host introduces as the first.

Distances are measured in *weighted characters* (a Han character counts three, about what it
carries in speech against a Latin letter), never in source lines: a line is a word in a
caption file and a whole transcript in a one-line file.

:func:`score_boundaries` exposes the evidence per gap, for tuning and the benchmark.
"""

from __future__ import annotations

import bisect
import math
import re
import threading
from array import array
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, fields, replace
from typing import Any

from reader.core.progress import check_cancelled
from reader.core.textproc.cohesion import cohesion_dips
from reader.core.textproc.language import han_count
from reader.core.textproc.speaker_mix import SpeakerMix
from reader.core.textproc.talk_cues import Cues, find_cues
from reader.core.textproc.talk_titles import TITLE_MAX_CHARS, UNTITLED, TalkInfo, describe_talk
from reader.core.textproc.units import Unit
from reader.core.textproc.words import content_words

__all__ = [
    "THRESHOLD",
    "Heading",
    "TITLE_MAX_CHARS",
    "UNTITLED",
    "Evidence",
    "TalkInfo",
    "describe_talk",
    "find_talk_starts",
    "score_boundaries",
]

THRESHOLD = 2.0
#: A talk shorter than this (weighted characters, about a minute and a half of speech) between
#: two detected boundaries is not a talk.
MIN_TALK_CHARS = 1500
#: Fewer sentences than this are a scrap (a greeting, a stray line), never a talk by itself
#: unless something introduces it: two lines in two languages are not two talks.
MIN_TALK_UNITS = 3
# Look-ahead and look-behind reach of the cues, in units and in weighted characters.
_INTRO_UNITS, _INTRO_CHARS = 6, 500
_START_UNITS, _START_CHARS = 14, 1400
_CLOSE_UNITS, _CLOSE_CHARS = 8, 700
_ENDED_CHARS = 5000
_LANG_WINDOWS = (300, 1500)
#: How far back from a boundary the host's introduction of that talk may begin.
_INTRO_LEAD_CHARS = 1500
#: How far the host's turn reaches back before the first introduction cue (a few lines).
_TURN_LEAD_CHARS = 150
#: Fewer weighted characters than this before the first boundary are no talk of their own.
_LEAD_IN_CHARS = 300
#: A host's welcome before the first talk belongs to it when it is shorter than this (~3 minutes).
_OPENING_CHARS = 3000
_HEADING_WEIGHT = 0.6
_OPENING_BONUS = 0.5
_TALK_HEADING_WEIGHT = 1.6
_SPEAKER_WEIGHT = 1.2
_LANGUAGE_WEIGHT = 1.5
_COHESION_WEIGHT = 0.6
# A switch that holds for this many characters on both sides (minutes of speech) is a new talk
# by itself.
_LANG_LASTING = 4000
_LASTING_BONUS = 0.5
# Questions announced in the introduction ("we'll have a Q&A after your talk") say nothing
# about the talk having ended.
_INTRO_ZONE_UNITS = 8


@dataclass(frozen=True, slots=True)
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
    speaker: float = 0.0
    heading: float = 0.0
    #: The file names its speakers, so a talk start needs a new voice.
    labelled: bool = False
    #: The strongest thanks or farewell heard shortly before the gap, undecayed.
    closed: float = 0.0
    #: The introduction holds an invitation (有请, "please welcome"), not only a bio.
    invited: bool = False

    @property
    def opens_talk(self) -> bool:
        """Something says a talk starts here, not just that the topic moved."""
        # A heading, the host's thanks for the talk before and an introduction after: the notes
        # say a talk starts here even where its speaker was heard before (on an earlier panel).
        framed = self.heading > 0 and self.intro >= 1.0 and self.closed >= 1.0
        if self.labelled and self.speaker < 0.3 * _SPEAKER_WEIGHT and self.heading < _TALK_HEADING_WEIGHT:
            if not framed:
                return False  # the same voices go on: a host's remark, not a hand-over
        return (
            framed
            or self.intro >= 1.5
            or self.start >= 0.5
            or self.language >= 0.7 * _LANGUAGE_WEIGHT + (_LASTING_BONUS if self.labelled else 0.0)
            or self.heading >= _TALK_HEADING_WEIGHT
            or (self.heading > 0 and self.speaker >= 0.8 * _SPEAKER_WEIGHT)
        )

    @property
    def supported(self) -> bool:
        """Some evidence besides a lone invitation agrees that a talk starts here: a fuller
        introduction (an invitation and a bio), thanks before (the host's, or the speaker's own
        plain "Thank you."), the speaker's opening after,
        a new voice, a heading, a lasting change of language or a pause."""
        return (
            # A bio alone ("他的研究方向…" of a book's author on a podcast) brings no one on.
            (self.intro >= 2.5 and self.invited)
            or self.closed >= 0.5
            or self.ended > 0
            or self.start >= 0.5
            or self.speaker >= 0.5 * _SPEAKER_WEIGHT
            or self.heading > 0
            or self.language >= _LANGUAGE_WEIGHT
            or self.gap >= 0.2
        )

    @property
    def score(self) -> float:
        return (
            self.intro
            + self.start
            + self.closing
            + self.ended
            + self.language
            + self.cohesion
            + self.gap
            + self.speaker
            + self.heading
            - self.penalty
        )


@dataclass(frozen=True)
class Heading:
    """A Markdown heading standing before a unit: its level and how surely it names a talk (0–1)."""

    level: int
    talkish: float


def _size(unit: Unit) -> int:
    """Weighted characters: a Han character carries about three Latin letters of speech."""
    return max(1, len(unit.text) + 2 * han_count(unit.text))


def _offsets(units: Sequence[Unit]) -> array[int]:
    """Where each unit starts, in weighted characters from the start (and, last, the total):
    eight bytes a unit in an array, where a list of integers takes forty."""
    offsets = array("q", [0])
    total = 0
    for unit in units:
        total += _size(unit)
        offsets.append(total)
    return offsets


class _LanguageMix:
    """Character-weighted language mix of any window of units, from prefix sums (an array per
    language: eight bytes a unit each)."""

    def __init__(self, units: Sequence[Unit], offsets: Sequence[int]) -> None:
        self.offsets = offsets
        self.langs = sorted({unit.lang for unit in units if unit.lang != "und"})
        self.prefix = {lang: array("q", [0]) for lang in self.langs}
        totals = dict.fromkeys(self.langs, 0)
        for index, unit in enumerate(units):
            if unit.lang in totals:
                totals[unit.lang] += offsets[index + 1] - offsets[index]
            for lang, total in totals.items():
                self.prefix[lang].append(total)

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


def _reach(offsets: Sequence[int], b: int, direction: int, max_units: int, max_chars: int) -> list[int]:
    """Unit indices from gap *b* forward (from ``b``) or backward (from ``b - 1``): at most
    *max_units* of them, starting within *max_chars* weighted characters of the gap."""
    n = len(offsets) - 1
    if direction > 0:
        end = min(n, b + max_units)
        return [j for j in range(b, end) if offsets[j] - offsets[b] <= max_chars] or ([b] if b < n else [])
    start = max(0, b - max_units)
    return [j for j in range(b - 1, start - 1, -1) if offsets[b] - offsets[j + 1] <= max_chars] or (
        [b - 1] if b > 0 else []
    )


#: How many sentences after the host asks for questions an invitation still brings on a questioner.
_QUESTION_REACH_UNITS = 12


def _in_context(cues: list[Cues]) -> list[Cues]:
    """Discount cues that belong to questions from the audience.

    "Thank you for the great talk, my question is…" and "Hi, my name is Omar, …" next to a
    question are the audience speaking, not a host closing a talk or a speaker opening one;
    "anyone else? … I've invited her up" brings on someone to ask, not a speaker.
    """
    adjusted = []
    for j, cue in enumerate(cues):
        near = cues[max(0, j - 4) : j + 3]
        if cue.closing and (cue.question or (j + 1 < len(cues) and cues[j + 1].question)):
            cue = replace(cue, closing=0.0)
        if cue.start and any(other.question for other in near):
            cue = replace(cue, start=cue.start * 0.3)
        if cue.intro and not cue.question and not cue.closing:
            # "Any more questions? You can unmute … I've invited him up.": an invitation soon after
            # the host asks for questions, with no thanks closing them, brings on someone to ask.
            asked = next((k for k in range(j - 1, max(-1, j - _QUESTION_REACH_UNITS), -1) if cues[k].question), None)
            if asked is not None and not any(other.closing for other in cues[asked + 1 : j]):
                cue = replace(cue, intro=cue.intro * 0.5)
        adjusted.append(cue)
    return adjusted


def score_boundaries(
    units: Sequence[Unit],
    headings: Mapping[int, Heading] | None = None,
    *,
    cancel: threading.Event | None = None,
) -> list[Evidence]:
    """The evidence for a talk starting before each unit (index 0 is the start itself).

    *headings* maps a unit index to the Markdown heading standing just before that unit.
    """
    if not units:
        return []
    return [Evidence(0, units[0].line, 0, 0, 0, 0, 0, 0, 0, 0), *_gap_evidence(units, headings or {}, cancel)]


def _gap_evidence(
    units: Sequence[Unit],
    headings: Mapping[int, Heading],
    cancel: threading.Event | None,
    offsets: Sequence[int] | None = None,
) -> Iterator[Evidence]:
    """The evidence at each gap, one at a time: a file of half a million sentences need not
    hold half a million records when only the candidates are kept.

    What is kept for the whole file is compact: the cues interned (a pointer a unit), the
    offsets (*offsets*, when the caller has them) and running sums in arrays; the content
    words are read unit by unit as the cohesion windows slide over them."""
    n = len(units)
    cues = _in_context(list(_interned(_unit_cues(units, index) for index in range(n))))
    check_cancelled(cancel)
    dips = cohesion_dips(tuple(content_words(unit.text)) for unit in units)
    check_cancelled(cancel)
    typical = _typical_gap(units)
    offsets = _offsets(units) if offsets is None else offsets
    mix = _LanguageMix(units, offsets)
    voices = SpeakerMix(units, offsets)

    last_ended = -1
    last_intro = -_INTRO_ZONE_UNITS - 1
    for b in range(1, n):
        if b % 5000 == 0:
            check_cancelled(cancel)
        previous = cues[b - 1]
        if previous.intro >= 2.0:
            last_ended, last_intro = -1, b - 1
        elif (previous.ending or previous.question) and b - 1 - last_intro > _INTRO_ZONE_UNITS:
            last_ended = b - 1
        after = _reach(offsets, b, 1, _INTRO_UNITS, _INTRO_CHARS)
        first_intro = next((j for j in after if cues[j].intro), None)
        intro = 0.0
        invited = False
        if first_intro is not None:
            total = sum(cues[j].intro * 0.9 ** (j - first_intro) for j in after if j >= first_intro)
            chars_apart = offsets[first_intro] - offsets[b]
            intro = min(total, 3.0) * 0.9 ** (first_intro - b) * 0.8 ** (chars_apart / 150)
            invited = max(cues[j].intro for j in after) >= 2.0
        intro_before = max((cues[j].intro * 0.8 ** (b - 1 - j) for j in _reach(offsets, b, -1, 3, 250)), default=0.0)
        start = max(
            (cues[j].start * 0.97 ** (j - b) for j in _reach(offsets, b, 1, _START_UNITS, _START_CHARS)),
            default=0.0,
        )
        behind = _reach(offsets, b, -1, _CLOSE_UNITS, _CLOSE_CHARS)
        closing = max((cues[j].closing * 0.92 ** (b - 1 - j) for j in behind), default=0.0)
        closed = max((cues[j].closing for j in behind), default=0.0)
        if not closed and any(_THANKS.search(units[j].text) for j in behind[:3]):
            closed = 0.5  # a plain "Thank you." just before: enough to support an introduction
        if not closed and any(cues[j].greeting for j in behind):
            closed = 0.5  # "Welcome back." / 大家好 just before: the host opening a session with it
        soon = _reach(offsets, b, 1, 4, 250)
        closing_after = max((cues[j].closing for j in soon[:3] if not cues[j].intro), default=0.0)
        question_after = any(cues[j].question and not cues[j].intro for j in soon)
        # "Hello and welcome back, I'm Dana": a greeting and a self-introduction open a segment.
        if any(cues[j].greeting for j in soon[:2]) and any(cues[j].start >= 0.75 for j in soon):
            start += _OPENING_BONUS
        ended = 0.0
        if last_ended >= 0 and offsets[b] - offsets[last_ended + 1] <= _ENDED_CHARS:
            ended = 0.6
        shift = min(mix.shift(b, window) for window in _LANG_WINDOWS)
        language = _LANGUAGE_WEIGHT * shift if shift >= 0.5 else 0.0
        if shift >= 0.9 and mix.shift(b, _LANG_LASTING) >= 0.9:
            language += _LASTING_BONUS
        cohesion = _COHESION_WEIGHT * min(1.0, max(0.0, (dips[b] - 0.3) / 0.4)) * (1.0 - min(1.0, shift))
        penalty = 0.8 * intro_before + 0.6 * closing_after + (0.75 if question_after else 0.0)
        heading = headings.get(b)
        heading_score = _TALK_HEADING_WEIGHT if cues[b].label else 0.0
        if heading is not None:
            heading_score = max(
                heading_score, _HEADING_WEIGHT + (_TALK_HEADING_WEIGHT - _HEADING_WEIGHT) * heading.talkish
            )
        yield (
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
                speaker=round(_SPEAKER_WEIGHT * voices.new_voice(b), 3),
                heading=round(heading_score, 3),
                labelled=voices.labelled,
                closed=closed,
                invited=invited,
            )
        )


#: A unit shorter than this is read together with the next one for cues: diarized ASR breaks
#: lines at every comma ("大家好，" / "我是陈凤欣，").
_SHORT_UNIT_CHARS = 12
_SENTENCE_ENDS = ("。", "！", "？", ".", "!", "?")


def _interned(cues: Iterable[Cues]) -> Iterator[Cues]:
    """Each record as the first equal one seen. A file's cue records take a few hundred
    distinct values, most of them none at all: a list of a million sentences' cues then holds
    a few hundred records (a pointer a sentence, not a hundred-byte record)."""
    seen: dict[Cues, Cues] = {}
    for cue in cues:
        yield seen.setdefault(cue, cue)


def _unit_cues(units: Sequence[Unit], index: int) -> Cues:
    """A unit's cues. A short fragment ending without a full stop is read with the next unit of
    the same speaker, and keeps what only the two together say ("大家好，" + "我是陈凤欣，"), not
    what the next unit says by itself (that counts there)."""
    text = units[index].text
    own = find_cues(text)
    if (
        len(text) >= _SHORT_UNIT_CHARS
        or text.rstrip().endswith(_SENTENCE_ENDS)
        or index + 1 >= len(units)
        or units[index + 1].speaker != units[index].speaker
    ):
        return own
    following = units[index + 1].text
    joined, alone = find_cues(text + following), find_cues(following)

    def new(field: str) -> Any:
        together, mine, theirs = getattr(joined, field), getattr(own, field), getattr(alone, field)
        return together if together > max(mine, theirs) else mine

    return Cues(**{field.name: new(field.name) for field in fields(Cues)})


def _has_remarks(units: Sequence[Unit]) -> bool:
    """Whether a short stretch is the host's or speaker's remarks rather than a talk's content."""
    cues = [find_cues(unit.text) for unit in units]
    return any(cue.closing or cue.ending or cue.greeting or cue.question or cue.start for cue in cues)


def _has_opening(cues: Sequence[Cues]) -> bool:
    return any(cue.intro >= 1.0 or cue.start or cue.greeting for cue in cues)


def _lead_in(
    units: Sequence[Unit],
    offsets: Sequence[int],
    b: int,
    floor: int,
    headings: Mapping[int, Heading],
    paragraphs: bool = False,
) -> int:
    """Where the talk found at *b* really begins: the heading that names it, or the start of the
    host's introduction just before — the earliest introduction cue ("our next speaker…", a
    bio) after the thanks that closed the talk before, the host's "Um, okay." or 好的 before it,
    and where the file names turns, the host's last sentence or two leading into it — never
    reaching back past *floor* (the previous boundary), into another voice's turn, or over
    thanks and remarks on the talk that ended (they stay with it)."""
    # A heading the note-taker put just above (perhaps above the host's thanks) starts the talk.
    for j in _reach(offsets, b + 1, -1, 4, 300):
        if j > floor and j in headings:
            return j
    best = b
    turn = units[b].speaker
    j = b - 1
    while j > floor and offsets[b] - offsets[j + 1] <= _INTRO_LEAD_CHARS:
        if j + 1 in headings:
            return j + 1
        cue = find_cues(units[j].text)
        if turn is not None and units[j].speaker is not None and units[j].speaker != turn:
            if cue.intro < 1.0 or best != j + 1:
                break
            turn = units[j].speaker  # the host's turn introducing the speaker found at *b*
        if cue.closing and cue.intro < 1.0 or cue.ending or cue.question:
            break
        if cue.intro >= 1.0:
            best = j
        j -= 1
    # "Um, okay." or 好的。just before the introduction opens it.
    while (
        best - 1 > floor
        and best not in headings
        and _DISCOURSE_ONLY.match(units[best - 1].text)
        and not _trails_paragraph(units, best - 1)
    ):
        best -= 1
    if best in headings:
        return best
    if turn is not None:
        hand_over = _host_turn_lead(units, offsets, best, floor)
        if hand_over is not None:
            return hand_over
    framed = _after_thanks(units, offsets, best, floor, paragraphs)
    if framed is not None:
        return min(framed, best) if turn is None else framed
    if turn is None:
        return best
    lead_from = offsets[best]
    while (
        best - 1 > floor
        and units[best - 1].speaker == turn
        and lead_from - offsets[best - 1] <= _TURN_LEAD_CHARS
        and not _is_remark(units[best - 1].text)
    ):
        best -= 1
    return best


def _host_turn_lead(units: Sequence[Unit], offsets: Sequence[int], anchor: int, floor: int) -> int | None:
    """Where the file names its speakers: the start of the host's turn that introduces the talk at
    *anchor*, after the thanks it opens with. A host's introduction often runs longer than its
    first invitation (a bio, a second "掌声欢迎" at the end), and ASR puts stray thanks inside it
    ("谢谢董事长" misheard), so the turn — the run of the host's label, through another voice's
    "好" or "可以" — tells where the hand-over began better than the cues inside it.

    The thanks that open the turn ("谢谢再次掌声，谢谢。", "Thank you, Sarah.") and the host's
    reactions after them stay with the talk that ended; the hand-over starts at the first
    transition after them, or right after them. None when the turn reaches further back than a
    host introduces anyone (the host and the speakers share one label) with no thanks in it."""
    host = units[anchor].speaker
    if host is None:
        return None
    # "掌声欢迎刘社长" under a new label right after the host's invitation under another: the
    # diarizer split the host, and the invitation before is where the turn is.
    invited = next(
        (k for k in _reach(offsets, anchor, -1, 8, 500) if k > floor and find_cues(units[k].text).intro >= 1.5), None
    )
    if invited is not None and units[invited].speaker not in (None, host):
        anchor, host = invited, units[invited].speaker
    first = anchor
    j = anchor - 1
    while j > floor and offsets[anchor] - offsets[j] <= _TURN_REACH_CHARS:
        if units[j].speaker == host:
            first = j
            j -= 1
            continue
        # Another voice: an interjection when it is short and the host spoke just before it.
        k = j
        while k > floor and units[k].speaker != host and offsets[j + 1] - offsets[k] <= _INTERJECTION_CHARS:
            k -= 1
        if k <= floor or units[k].speaker != host or offsets[j + 1] - offsets[k + 1] > _INTERJECTION_CHARS:
            break
        if any(find_cues(units[m].text).intro >= 1.0 for m in range(k + 1, j + 1)):
            break  # the other voice introduces someone too: the hand-over is not the host's alone
        j = k
    if first == anchor:
        return None
    # The host's first invitation or bio line in the turn: thanks heard after it are ASR noise or
    # the host's own "掌声欢迎…，谢谢", not the close of the talk before.
    anchor = next((k for k in range(first, anchor) if find_cues(units[k].text).intro >= 1.0), anchor)

    def thanks_at(k: int) -> bool:
        cue = find_cues(units[k].text)
        return cue.intro < 1.0 and bool(cue.closing or _THANKS.search(units[k].text))

    if offsets[anchor] - offsets[first] <= _INTRO_LEAD_CHARS:
        # The thanks for the talk before open the turn; thanks further in are the bio's
        # ("感谢他的巧思").
        opening = [k for k in range(first, anchor) if offsets[k] - offsets[first] <= _TURN_THANKS_CHARS]
    else:
        # A turn this long holds the talk before too (one label for host and speaker): the
        # thanks are the last ones before the introduction.
        opening = list(range(first, anchor))
    thanks = next((k for k in reversed(opening) if thanks_at(k)), None)
    if thanks is None:
        if offsets[anchor] - offsets[first] > _INTRO_LEAD_CHARS or first - 1 <= floor:
            return None
        return first  # the host took the floor to introduce: the turn is the hand-over
    return _reactions_end(units, offsets, thanks, anchor, floor)


def _reactions_end(units: Sequence[Unit], offsets: Sequence[int], thanks: int, anchor: int, floor: int) -> int:
    """Where the host's words between the thanks at *thanks* and the introduction at *anchor*
    turn from the talk that ended to the one that comes: the host's reactions ("what a moving
    speech", a line of the speech quoted back) share words with the talk before, a bio or the
    occasion of the next speech with the talk after. The first unit after the thanks when
    nothing says otherwise."""
    if anchor - thanks <= 2:
        return thanks + 1
    before = _words_between(units, offsets, thanks, -1, floor)
    after = _words_between(units, offsets, anchor, 1, len(units))
    best, best_gain, gain = thanks + 1, 0, 0
    for k in range(thanks + 1, anchor):
        words = set(content_words(units[k].text))
        gain += len(words & before) - len(words & after)
        if gain > best_gain:
            best, best_gain = k + 1, gain
    for k in range(best, anchor):
        text = units[k].text
        if k == anchor - 1 and len(text) < _SHORT_UNIT_CHARS and not _SEQUENCE.search(text):
            break  # "现在，" + "让我们掌声欢迎…": the invitation's own first word, no turn away
        if _is_transition(text) and not _trails_paragraph(units, k):
            return k  # "最后，我们要特别邀请…", "接下来": the host says where the turn is
    return best


#: Words that place what follows in the programme ("finally", 接下来), unlike a bare "now".
_SEQUENCE = re.compile(r"(?:next|finally|last|moving on)|最后|接下来|接着|下面|下一", re.IGNORECASE)


#: How much of each talk the host's words between them are compared with.
_REACTION_WINDOW_CHARS = 3000


def _words_between(units: Sequence[Unit], offsets: Sequence[int], edge: int, direction: int, limit: int) -> set[str]:
    """Content words of about :data:`_REACTION_WINDOW_CHARS` of text from *edge* on (the thanks
    themselves, naming who is thanked, count with the talk before), not past *limit*."""
    words: set[str] = set()
    k = edge
    while (k > limit if direction < 0 else k < limit) and abs(offsets[k] - offsets[edge]) <= _REACTION_WINDOW_CHARS:
        words.update(content_words(units[k].text))
        k += direction
    return words


#: How far back a host's turn introducing a talk may reach (two or three minutes of the host).
_TURN_REACH_CHARS = 2500
#: The thanks for the talk before come within this much of the start of the host's turn.
_TURN_THANKS_CHARS = 300
#: Another voice inside the host's turn this short ("好好呃", "可以可以") is an interjection.
_INTERJECTION_CHARS = 60


def _after_thanks(
    units: Sequence[Unit], offsets: Sequence[int], anchor: int, floor: int, paragraphs: bool = False
) -> int | None:
    """Where the host's hand-over to the talk introduced at *anchor* begins, counted from the
    thanks that closed the talk before: the first transition after them ("All right.", "Okay,
    we have one more speaker", 接下来, a greeting, a break announcement), or the unit right after
    them when only a sentence or two lies between. The host's reactions to the talk that ended
    ("What an incredible talk.") stay with it. Where paragraphs hold several sentences, the first
    paragraph after the thanks is the new turn. None when no thanks come shortly before."""
    thanks = None
    j = anchor - 1
    while j > floor and offsets[anchor] - offsets[j + 1] <= _THANKS_REACH_CHARS:
        cue = find_cues(units[j].text)
        if (cue.closing or _THANKS.search(units[j].text)) and cue.intro < 1.0:
            thanks = j
            break
        j -= 1
    if thanks is None or not find_cues(units[thanks].text).closing:
        # Thanks to everybody (the organisers, the crew) are the host's interlude; the thanks that
        # closed the talk before name it or its speaker ("Oh, thank you, Jess.") and lie further back.
        closed = _closing_before(units, offsets, anchor, floor)
        if closed is not None and (thanks is None or offsets[thanks] - offsets[closed + 1] > _SHORT_FRAMING_CHARS):
            thanks = closed  # (thanks a sentence or two apart are one closing: the last of them counts)
    if thanks is None:
        return None
    if paragraphs and units[thanks].block != units[anchor].block:
        turn = next(k for k in range(thanks + 1, anchor + 1) if units[k].block != units[k - 1].block)
        if offsets[turn] - offsets[thanks + 1] <= _SHORT_FRAMING_CHARS:  # the thanks end their paragraph
            return None if turn == anchor else turn
    for k in range(thanks + 1, anchor):
        if _is_transition(units[k].text) and not _trails_paragraph(units, k):
            return k
    if _opens_turn(units[anchor].text) or find_cues(units[anchor].text).greeting:
        # "Um, okay, our next speaker…", "Hello and welcome back…": the hand-over starts with it.
        return None
    if offsets[anchor] - offsets[thanks + 1] <= _SHORT_FRAMING_CHARS:
        return thanks + 1
    return _reactions_end(units, offsets, thanks, anchor, floor)


#: How far before an introduction the thanks for the talk before may be (a minute of the host).
_THANKS_REACH_CHARS = 900
#: How far a host's interlude (shout-outs, the programme, a word to the live stream) may run
#: between the thanks that closed a talk and the introduction of the next (a few minutes).
_INTERLUDE_CHARS = 4000


def _closing_before(units: Sequence[Unit], offsets: Sequence[int], anchor: int, floor: int) -> int | None:
    """The host's thanks that closed the talk before the introduction at *anchor* ("Thank you,
    Jess.", 谢谢高教授), up to a few minutes of interlude back; None when a speaker's opening or
    another introduction lies between (then that is the talk before)."""
    j = anchor - 1
    while j > floor and offsets[anchor] - offsets[j + 1] <= _INTERLUDE_CHARS:
        cue = find_cues(units[j].text)
        if cue.intro >= 1.5 or cue.start >= 0.75 or cue.question:
            return None
        if cue.closing >= 1.0 and cue.intro < 1.0:
            # Thanks with too little before them to close a talk: the host's opening of the event
            # ("Good morning. Thank you.") or remarks at the start of the talk before.
            least = _EVENT_OPENING_CHARS if floor == 0 else MIN_TALK_CHARS
            return j if offsets[j] - offsets[floor] >= least else None
        j -= 1
    return None


#: Between the thanks and the introduction, this much (a sentence or two) is the host's framing.
_SHORT_FRAMING_CHARS = 200

_TRANSITION_START = re.compile(
    r"^[\s,，.。!！…-]*(?:(?:um+|uh+|so|and|but|嗯|呃|啊|那么?|好的?)[\s,，.。!！]*)*"
    r"(?:all right|alright|okay|ok\b|now\b|next\b|up next|coming up|moving on|finally|last but not least|"
    r"without further ado|接下来|接着|紧接着|最后|下面|现在)",
    re.IGNORECASE,
)
#: Thanks or applause in any words ("Thank you very much.", 谢谢再次掌声): the talk before is being closed.
_THANKS = re.compile(r"\bthanks?\b|\bapplause\b|\bpleasure\b|谢谢|感谢|掌声", re.IGNORECASE)
_FORWARD = re.compile(r"\bcoming up\b|\bup next\b|\bright next\b|下一[位个场]", re.IGNORECASE)


def _is_transition(text: str) -> bool:
    """Whether a sentence turns from the talk that ended to what comes next: a discourse marker on
    its own, an opening "All right"/"Now"/接下来, a forward-looking "coming up", a greeting or an
    announcement (a break, a session)."""
    if _opens_turn(text) or _FORWARD.search(text) or _BREAK.search(text):
        return True
    cue = find_cues(text)
    return cue.greeting or cue.intro >= 1.0


def _session_opening(units: Sequence[Unit], offsets: Sequence[int], start: int, floor: int) -> int:
    """Where the session that the talk at *start* opens began: the host's "Welcome back." or "This is
    session two." and the hellos before it, when only the host's opening remarks (a few minutes,
    no thanks for anyone) lie between it and the introduction. A session opening leads into the
    first talk of the session, like the host's framing leads into any talk."""
    opening = None
    j = start - 1
    while j > floor and offsets[start] - offsets[j + 1] <= _OPENING_CHARS:
        text = units[j].text
        cue = find_cues(text)
        if cue.closing or cue.ending or cue.question or (_THANKS.search(text) and cue.intro < 1.0):
            break
        if _SESSION.search(text):
            opening = j
        j -= 1
    if opening is None:
        return start
    while opening - 1 > floor and (
        _HELLO.match(units[opening - 1].text) or _DISCOURSE_ONLY.match(units[opening - 1].text)
    ):
        opening -= 1
    if offsets[opening] - offsets[floor] < MIN_TALK_CHARS:
        return start  # the talk before would be no talk: the greeting is its speaker's
    return opening


#: A host opening a part of the event: "Welcome back.", "This is session two.", 欢迎回来.
_SESSION = re.compile(
    r"\bwelcome back\b(?! to my)|\bthis is (?:session|part) \w+|\bif you(?:'re| are) just joining\b|欢迎回来|下半场",
    re.IGNORECASE,
)
#: "Hello.", "Hello to everyone in the room.", "Hi, everybody": the hellos that open it.
_HELLO = re.compile(
    r"^[\s,，.。!！]*(?:um+,? |uh+,? )?(?:hello|hi|hey|good (?:morning|afternoon|evening)|大家好)\b", re.IGNORECASE
)


def _after_break(units: Sequence[Unit], offsets: Sequence[int], start: int, anchor: int, floor: int) -> int:
    """Where the break before the talk at *start* was announced, when the talk opens the event
    again after it ("Welcome back", a greeting, the host saying who they are): the send-off ("we
    will now take a short break", "see you back here at two", 茶歇), the music and the return all
    lead into the talk. Counted, like any hand-over, from the first transition after the thanks
    for the talk before the break."""
    returned = any(_returns(units[k].text) for k in range(start, min(len(units), anchor + 1)))
    send_off = None
    j = start - 1
    while j > floor and offsets[start] - offsets[j + 1] <= _BREAK_REACH_CHARS:
        text = units[j].text
        if _BREAK.search(text):
            send_off = j
            break
        cue = find_cues(text)
        if cue.intro >= 1.5:
            return start  # another hand-over lies between
        if not returned and (cue.closing or _THANKS.search(text)):
            return start  # thanks for something that came after the return: not this talk's break
        returned = returned or _returns(text)
        j -= 1
    if send_off is None or not returned:
        return start
    framed = _after_thanks(units, offsets, send_off, floor)
    return framed if framed is not None else send_off


def _returns(text: str) -> bool:
    """The host (re)opening the event: a greeting, "welcome back", or saying who they are."""
    cue = find_cues(text)
    return bool(cue.greeting or cue.start >= 0.75 or _SESSION.search(text))


#: A break with music can fill many minutes of captions between the send-off and the return.
_BREAK_REACH_CHARS = 10000
#: The host sending the audience to a break or ending a part of the event.
_BREAK = re.compile(
    r"\b(?:take|have|grab) (?:a|an|our) (?:[\w-]+ ){0,2}break\b|\b(?:lunch|coffee) break\b|"
    r"\btime for (?:a |an |some )?(?:break|lunch|coffee)\b|\b(?:see|meet) (?:you )?(?:all )?back\b|\bwe resume\b|"
    r"\b(?:conclusion|end) of (?:session|part|day) \w+|中场休息|茶歇|休息(?:一下|片刻|\d+分钟)|午休",
    re.IGNORECASE,
)


def _trails_paragraph(units: Sequence[Unit], k: int) -> bool:
    """Whether unit *k* is a bare "好的。"/"Okay." ending a paragraph of several sentences: the last
    word of the turn it closes, not the start of the next one."""
    if not _DISCOURSE_ONLY.match(units[k].text) or k == 0 or units[k - 1].block != units[k].block:
        return False
    j = k + 1
    while j < len(units) and units[j].block == units[k].block:
        if _WORD.search(units[j].text) and not _DISCOURSE_ONLY.match(units[j].text):
            return False
        j += 1
    return True


_WORD = re.compile(r"[^\W\d_]")


def _opens_turn(text: str) -> bool:
    return bool(_DISCOURSE_ONLY.match(text) or _TRANSITION_START.match(text))


def _is_remark(text: str) -> bool:
    cue = find_cues(text)
    return bool(cue.closing or cue.ending or cue.question)


def find_talk_starts(
    units: Sequence[Unit],
    headings: Mapping[int, Heading] | None = None,
    *,
    cancel: threading.Event | None = None,
) -> list[int]:
    """Indices of the units that start a talk; always begins with 0 for a non-empty input."""
    if not units:
        return []
    headings = headings or {}
    offsets = _offsets(units)
    candidates = sorted(
        (
            e
            for e in _gap_evidence(units, headings, cancel, offsets)
            if e.opens_talk and e.supported and (e.score >= THRESHOLD or e.heading >= _TALK_HEADING_WEIGHT - 0.2)
        ),
        key=lambda e: (-e.score, e.index),
    )
    chosen: list[int] = []
    opening_cues: list[Cues] | None = None
    for candidate in candidates:
        b = candidate.index
        if candidate.heading >= _TALK_HEADING_WEIGHT - 0.2:
            bisect.insort(chosen, b)  # a heading that names a talk: however short, the file says so
            continue
        position = bisect.bisect_left(chosen, b)
        neighbours = chosen[max(0, position - 1) : position + 1]
        if any(abs(offsets[b] - offsets[c]) < MIN_TALK_CHARS for c in neighbours):
            continue
        if offsets[b] < _LEAD_IN_CHARS:
            continue  # a sentence or two before the first hand-over are its lead-in, not a talk
        if offsets[b] < _OPENING_CHARS:
            if opening_cues is None:
                opening_cues = [find_cues(u.text) for u in units[: bisect.bisect_left(offsets, _OPENING_CHARS)]]
            if _has_opening(opening_cues[:b]) and (offsets[b] < MIN_TALK_CHARS or candidate.intro >= 1.5):
                continue  # the host's opening of the event, introducing this very talk
        if offsets[-1] - offsets[b] < MIN_TALK_CHARS and candidate.intro < 1.5 and _has_remarks(units[b:]):
            continue  # a short tail of thanks and farewells (often in the host's language), not a talk
        scrap = min(b, len(units) - b) < MIN_TALK_UNITS
        if scrap and candidate.intro < 1.5:
            continue
        bisect.insort(chosen, b)
    # Notes and cleaned transcripts hold several sentences a paragraph, and a new paragraph is a new turn.
    paragraphs = len(units) >= 1.5 * _block_count(units)
    starts = [0]
    for b in chosen:
        anchor = _anchor(units, offsets, b, headings)
        start = _lead_in(units, offsets, anchor, starts[-1], headings, paragraphs)
        if start not in headings:
            start = _session_opening(units, offsets, start, starts[-1])
            start = _after_break(units, offsets, start, max(start, anchor), starts[-1])
            if start < b and b not in headings and offsets[start] - offsets[starts[-1]] < MIN_TALK_CHARS:
                # Moved back over the host's framing, a session opening or a break, it meets the start
                # before: the talk between would be no talk (only the host leading into this one).
                continue
        starts.append(start if start > starts[-1] else b)
    return _merge_openings(units, offsets, _first_talk(units, offsets, starts, headings), headings)


def _block_count(units: Sequence[Unit]) -> int:
    """How many blocks the units were cut from, counted without a set of them all (a large file
    has a million): units come in the order of their blocks, so each new block is a change."""
    count = 0
    last: int | None = None
    for unit in units:
        if unit.block != last:
            if last is not None and unit.block < last:  # not in block order: count them as a set
                return len({unit.block for unit in units})
            count += 1
            last = unit.block
    return count


def _anchor(units: Sequence[Unit], offsets: Sequence[int], b: int, headings: Mapping[int, Heading]) -> int:
    """The introduction a boundary at *b* was found for: the first unit with a strong
    introduction cue within the look-ahead (the gap may sit before the host's thanks to the
    last speaker, which belong to the talk that ended)."""
    if b in headings:
        return b
    for j in _reach(offsets, b, 1, 2 * _INTRO_UNITS, 2 * _INTRO_CHARS):
        if find_cues(units[j].text).intro >= 1.5:
            return j
    return b


_DISCOURSE_ONLY = re.compile(
    r"^[\s,，.。!！]*(?:(?:um+|uh+|so|okay|ok|all right|alright|right|well|and|now|好的?|那么?|嗯|呃|然后|那个|对)"
    r"[\s,，.。!！]*)+$",
    re.IGNORECASE,
)


def _first_talk(
    units: Sequence[Unit], offsets: Sequence[int], starts: list[int], headings: Mapping[int, Heading]
) -> list[int]:
    """The talk the host introduces as the *first* ("our first speaker", "the first talk of the
    day", 首先有请) a few minutes into a file starts the file: the cold open, the MC being welcomed
    on stage and the housekeeping before it are no talks but lead into it."""
    for k, start in enumerate(starts[1:], start=1):
        if offsets[start] > _EVENT_OPENING_CHARS or start in headings:
            break
        # The introduction may follow the host's framing (up to an interlude) after the start.
        end = starts[k + 1] if k + 1 < len(starts) else len(units)
        reach = [j for j in _reach(offsets, start, 1, 8 * _INTRO_UNITS, _INTERLUDE_CHARS) if j < end]
        first = next((j for j in reach if _FIRST.search(units[j].text)), None)
        if first is not None:
            if any(_SESSION.search(unit.text) or _BREAK.search(unit.text) for unit in units[starts[k - 1] : first]):
                break  # "welcome back… our first speaker": the first of a session, not of the event
            return [starts[0], *starts[k + 1 :]]
    return starts


#: How far into a file the event's opening may run before its first talk (~6 minutes of the host).
_EVENT_OPENING_CHARS = 3 * _OPENING_CHARS
_FIRST = re.compile(
    r"\b(?:our|the) first (?:speaker|talk|presenter|keynote|guest|panel)\b|\bfirst (?:talk|speaker) of the day\b|"
    r"第一位|首先(?:有请|邀请|欢迎)|第一个(?:报告|讲者|分享|演讲)",
    re.IGNORECASE,
)


def _merge_openings(
    units: Sequence[Unit], offsets: Sequence[int], starts: list[int], headings: Mapping[int, Heading]
) -> list[int]:
    """Drop a start whose talk before is only the host opening a session and introducing the
    next talk ("Hello everyone, this is session two … our next speaker is …"): that opening
    belongs to the talk it introduces."""
    kept = [starts[0]]
    for start in starts[1:]:
        previous = kept[-1]
        if (
            start not in headings
            and previous != 0
            and offsets[start] - offsets[previous] < _OPENING_CHARS
            and any(find_cues(unit.text).greeting for unit in units[previous : previous + 3])
            and find_cues(" ".join(unit.text for unit in units[start : start + 3])).intro >= 1.5
        ):
            continue
        kept.append(start)
    return kept
