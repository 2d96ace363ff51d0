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
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, replace

from reader.core.textproc.cleanup import clean_text
from reader.core.textproc.cohesion import cohesion_dips
from reader.core.textproc.talk_cues import Cues, find_cues
from reader.core.textproc.units import Unit
from reader.core.textproc.words import content_words

TITLE_MAX_CHARS = 60
UNTITLED = "Untitled talk"

THRESHOLD = 2.0
# A talk shorter than this (in characters) between two detected boundaries is not a talk.
MIN_TALK_CHARS = 800
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
class TalkInfo:
    title: str
    speakers: str | None = None


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
        chosen.append(b)
    return [0, *sorted(chosen)]


# --- titles and speakers ---------------------------------------------------------------------

_TITLE_CUES = (
    re.compile(r"^\s*(?:talk|session|keynote|panel)\s*#?\d+\s*[:：.\-–]\s*(?P<t>.+)", re.IGNORECASE | re.MULTILINE),
    re.compile(r"^\s*(?:主题|特邀|大会)?(?:报告|演讲|讲座|分享)\s*[一二三四五六七八九十\d]+\s*[:：、.]\s*(?P<t>.+)",
               re.MULTILINE),
    re.compile(r"(?:报告|演讲|分享|讲座)的?(?:题目|主题|标题)(?:是|叫做|叫|为)?[:：,，。\s]*(?P<t>.+)"),
    re.compile(r"题目(?:是|叫做|叫|为)[:：,，\s]*(?P<t>.+)"),
    re.compile(r"\b(?:title|topic) of (?:his|her|their|the|today'?s|this|my) (?:talk|presentation|lecture|keynote)"
               r"(?: today)? (?:is|will be)[:,]?\s*(?P<t>.+)", re.IGNORECASE),
    re.compile(r"\b(?:talk|presentation|lecture) (?:is )?(?:titled|entitled|called)[:,]?\s*(?P<t>.+)", re.IGNORECASE),
)
_SPEAKER_TOPIC = (
    re.compile(r"\btoday,? I'?(?:m| am| will|'ll|'d like to| would like to| want to)? ?(?:going to |gonna )?"
               r"(?:be )?(?:talk(?:ing)?|present(?:ing)?|shar(?:e|ing)|speak(?:ing)?) "
               r"(?:to you )?(?:about|on)\s+(?P<t>.+)",
               re.IGNORECASE),
    re.compile(r"\bin (?:this|today'?s) (?:talk|presentation),? I(?:'ll| will| want to| am going to|'m going to)"
               r" (?:talk about|present|discuss|share)\s+(?P<t>.+)", re.IGNORECASE),
    re.compile(r"今天(?:我)?(?:想|要)?(?:跟|和|给)?(?:大家|各位)?(?:分享|汇报|介绍|报告|讲)(?:的是|一下)(?P<t>.+)"),
)
_PERSON_TITLE = r"(?:老师|教授|博士|先生|女士|院士|研究员)"
_ZH_NAME = r"(?P<n>[^,，。！？!?\s的]{1,12}?)"
_AFFILIATION = r"(?:我们的)?(?:来自于?)?(?:[^,，。！？!?\s]{1,20}?的)?"
_EN_NAME = r"(?P<n>(?-i:[A-Z][a-z]+(?: (?:[A-Z][a-z]+|[A-Z]\.))?(?: [A-Z][a-z]+)?))"
_EN_HONORIFIC = r"(?:professor |prof\.? |dr\.? |mr\.? |ms\.? |mrs\.? )?"
_SPEAKER_CUES = (
    re.compile(r"有请" + _AFFILIATION + _ZH_NAME + _PERSON_TITLE + "?"
               r"(?=[,，。！？!?\s]|$|为|给|来|上台|带来|做)"),
    re.compile(r"欢迎(?!各位|大家|你们)" + _AFFILIATION + _ZH_NAME + _PERSON_TITLE),
    re.compile(r"介绍一下" + _AFFILIATION + _ZH_NAME + _PERSON_TITLE),
    re.compile(r"(?:报告|演讲)(?:来自于?|人是)" + _AFFILIATION + _ZH_NAME + _PERSON_TITLE),
    re.compile(r"大家好[,，]?\s*我是(?:来自[^,，。]{1,20}?的)?(?P<n>[^,，。！？!?\s]{2,8}?)(?=[,，。！？!?\s]|$|老师|教授)"),
    re.compile(r"\b(?:please |let'?s (?:all )?)welcome,? " + _EN_HONORIFIC + _EN_NAME, re.IGNORECASE),
    re.compile(r"\bjoin me in welcoming,? " + _EN_HONORIFIC + _EN_NAME, re.IGNORECASE),
    re.compile(r"\b(?:our|the) (?:next|first|keynote) speaker,? (?:is|will be)?,? " + _EN_HONORIFIC + _EN_NAME,
               re.IGNORECASE),
    re.compile(r"\b(?:pleasure|honou?r) to introduce (?:our \w+ speaker,? )?" + _EN_HONORIFIC + _EN_NAME,
               re.IGNORECASE),
    re.compile(r"\bnext up,? we have " + _EN_HONORIFIC + _EN_NAME, re.IGNORECASE),
    re.compile(r"\bmy name is " + _EN_NAME, re.IGNORECASE),
)
_NOT_NAMES = frozenset("to the our you all him her them everyone a an and 各位 大家 诸位 你们 我们".split())
_TITLE_END = re.compile(r"[。！？!?\n]|\.(?:\s|$)|(?<=[A-Za-z0-9])\s*(?=介绍|他是|她是|然后|那么|接下来)")
_FORMAT_TITLES = (
    (re.compile(r"圆桌(?:讨论|论坛|对话)?"), "圆桌讨论"),
    (re.compile(r"\b(?:panel discussion|roundtable|round table|fireside chat)\b", re.IGNORECASE), "Panel discussion"),
)


def _width(text: str) -> int:
    """Display width: Han and other wide characters take two columns."""
    return sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in text)


def _clip(text: str, limit: int = TITLE_MAX_CHARS) -> str:
    """*text* shortened to *limit* columns (about 60 Latin or 30 Chinese characters) at a
    clause or word boundary, with an ellipsis."""
    text = text.strip(" ,，、;；:：-—\"'“”《》「」。.")
    if _width(text) <= limit:
        return text
    cut, width = "", 0
    for char in text:
        width += 2 if unicodedata.east_asian_width(char) in "WF" else 1
        if width > limit - 1:
            break
        cut += char
    clause = max(cut.rfind(mark) for mark in (",", "，", "、", ";", "；", "。"))
    space = cut.rfind(" ")
    if clause >= len(cut) // 2:
        cut = cut[:clause]
    elif space >= len(cut) // 2:
        cut = cut[:space]
    return cut.rstrip(" ,，、;；:：") + "…"


_LEADING_DISCOURSE = re.compile(
    r"^(?:(?:so|and|but|okay|ok|yeah|yes|well|right|now|you know|I mean|然后|所以|那么|就是|其实|好|那)[,，\s]*)+",
    re.IGNORECASE,
)


def _first_sentence_title(text: str) -> str:
    """A title made from a sentence: without leading discourse words, capitalised."""
    text = _LEADING_DISCOURSE.sub("", text).strip() or text
    return _clip(text[:1].upper() + text[1:])


def _extract_title(text: str) -> str | None:
    for pattern in _TITLE_CUES + _SPEAKER_TOPIC:
        match = pattern.search(text)
        if not match:
            continue
        title = match.group("t")
        quoted = re.match(r"\s*[《「“\"](?P<q>[^》」”\"]{2,80})[》」”\"]", title)
        if quoted:
            return _clip(quoted.group("q"))
        end = _TITLE_END.search(title)
        if end:
            title = title[: end.start()]
        if re.match(r"\s*[A-Za-z]", title):
            latin = re.match(r"\s*[A-Za-z0-9][A-Za-z0-9 \-:'’,&+/.]*", title)
            if latin:
                title = latin.group()
        title = _clip(title)
        if len(title) >= 4:
            return title
    return None


def _extract_speaker(text: str) -> str | None:
    """The speaker named by the first introduction in *text*; the fullest form of that name
    when several cues name them ("有请王博士" and "来自华为的王强博士" give 王强)."""
    found: list[tuple[int, str]] = []
    for pattern in _SPEAKER_CUES:
        for match in pattern.finditer(text):
            name = match.group("n").strip(" ,，")
            if name and name.lower() not in _NOT_NAMES and not name.startswith(("各位", "第一", "下一")):
                found.append((match.start(), name))
    if not found:
        return None
    found.sort()
    first = found[0][1]
    fuller = [name for _, name in found if name.startswith(first) and len(name) <= len(first) + 12]
    return max(fuller, key=len)


def _meaningful(text: str) -> bool:
    """A sentence worth a title: some content words and no hand-over chatter."""
    if len(list(content_words(text))) < 3:
        return False
    cues = find_cues(text)
    return not (cues.intro or cues.start or cues.closing or cues.question)


def describe_talk(units: Sequence[Unit]) -> TalkInfo:
    """A title (never empty, at most ~60 characters) and speakers for the talk made of *units*.

    The title comes from an introduction or the speaker's own announcement when there is one
    near the start; otherwise from the talk's first meaningful sentence after the introduction,
    cleaned of fillers.
    """
    head = list(units[:40])
    clean = [clean_text(unit.text, unit.lang) for unit in head]
    # Cues often straddle sentences ("报告的题目。advances in models"): read the head as one text.
    joined = "\n".join(text for text in clean[:20] if text)
    title = _extract_title(joined)
    speaker = _extract_speaker(joined)
    if not title:
        title = next((name for pattern, name in _FORMAT_TITLES for text in clean[:4] if pattern.search(text)), None)
    if not title:
        opening = max((i + 1 for i, unit in enumerate(head[:12]) if find_cues(unit.text).intro >= 1.0), default=0)
        candidates = clean[opening:] + clean[:opening]
        title = next((_first_sentence_title(text) for text in candidates if _meaningful(text)), None)
    if not title:
        title = next((_clip(text) for text in clean if _clip(text)), "") or UNTITLED
    return TalkInfo(title=title[:1].upper() + title[1:], speakers=speaker)
