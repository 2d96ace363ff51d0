"""How surely a Markdown heading of a notes file names a talk rather than a section of one.

Notes of a conference day put a heading over each talk ("#### Ada Lovelace：分析机的未来",
"### Keynote: …", "### 开幕致辞"); notes of one long talk or show put headings over its
sections ("### 势利的五个角度", "## Key Ideas"). Both use the same Markdown, so a heading is
only evidence, weighed with the hand-over cues around it: strong when its words name a
speaker or a kind of talk, and when the other headings of its level do so too; weak
otherwise.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

# "Ada Lovelace：…", "Dr. Grace Hopper - …", "Nikolai Tangen: …" (names keep their diacritics).
_NAMED = re.compile(
    r"^\s*(?:(?:dr|prof|mr|ms|mrs)\.?\s+)?[A-ZÀ-Þ][\w'’.\-]+(?:\s+(?:[A-ZÀ-Þ][\w'’.\-]+|de|van|von|da|del|di|le)){1,3}"
    r"\s*[:：–—|]",
)
# "张三：…", "李教授：…", "王强老师的报告" — a short Chinese name before a colon, or with a title.
_NAMED_ZH = re.compile(
    r"^\s*[\u4e00-\u9fff·]{2,4}(?:教授|老师|博士|院士|先生|女士)?\s*[:：]|[\u4e00-\u9fff]{2,4}(?:教授|老师|博士|院士)"
)
_TALK_WORDS = re.compile(
    r"致辞|演讲|主旨|讲座|报告|发言|圆桌|对谈|对话|访谈|辩论|问答|炉边|开幕|闭幕|"
    r"\b(?:keynote|talk|panel|fireside|remarks|q\s*&\s*a|lecture|presentation|speech|interview|session|"
    r"opening|closing|debate|conversation)\b",
    re.IGNORECASE,
)
# "Talk 3", "Session 2", "报告三", "第三场": numbered talks.
_NUMBERED = re.compile(
    r"^\s*(?:talk|keynote|speaker|presentation|lecture)\s*(?:#?\d+|one|two|three|four|five|six|seven|eight|nine|ten)\b|"
    r"^\s*(?:报告|演讲|讲座)\s*[一二三四五六七八九十\d]+",
    re.IGNORECASE,
)


def heading_talkishness(text: str) -> float:
    """0–1: how surely this heading's words name a talk (a speaker, a kind of talk, a number)."""
    if _NAMED.search(text) or _NUMBERED.search(text):
        return 1.0
    if _NAMED_ZH.search(text):
        return 0.8
    if _TALK_WORDS.search(text):
        return 0.6
    return 0.0


def level_talkishness(headings: Sequence[tuple[int, str]], opened: Sequence[bool] | None = None) -> list[float]:
    """Talkishness of each ``(level, text)`` heading, informed by its level: where most headings
    of a level name talks, that level is the file's talk level and all its headings count.

    *opened* says, per heading, whether its section begins with someone opening a talk (a
    greeting, "my name is…", 大家好我是…). Where most sections of a level (three or more) begin
    so, that level is the talk level too, whatever its headings say ("### Koframe：…" over each
    pitch of a demo day); in notes of one talk only the first section begins with the speaker's
    hello."""
    own = [heading_talkishness(text) for _, text in headings]
    opened = opened or [False] * len(headings)
    by_level: dict[int, list[tuple[float, bool]]] = defaultdict(list)
    for (level, _), value, opens in zip(headings, own, opened, strict=True):
        by_level[level].append((value, opens))
    named_levels = {
        level
        for level, values in by_level.items()
        if len(values) >= 2 and sum(1 for value, _ in values if value >= 0.8) >= 0.6 * len(values)
    }
    # Sections that each begin with a new speaker's hello: the file says as plainly as a name
    # would that each is a talk.
    opened_levels = {
        level
        for level, values in by_level.items()
        if len(values) >= 3 and sum(1 for _, opens in values if opens) >= 0.6 * len(values)
    }
    return [
        1.0 if level in opened_levels else max(value, 0.8) if level in named_levels else value
        for (level, _), value in zip(headings, own, strict=True)
    ]
