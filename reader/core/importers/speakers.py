"""Speaker labels and turn markers at the start of transcript lines, and sound tags.

Transcripts name who speaks in many ways: diarized ASR writes ``[Speaker 3]:``, notes write
``**Name**:`` or ``主持人：``, interviews ``Q:``/``A:``, cleaned captions mark a new turn
with ``>>``, some tools put ``Speaker 1 00:01:02`` on a line of its own above the text.
The label is not text to read or translate, so it is taken off the line and kept as the
block's speaker. A bare ``Word:`` prefix is a label only when it looks like a name and
recurs in the file, so "Note: …", "Update: …", URLs and times stay text.

Sound tags (``[Music]``, ``[掌声]``, ``(笑)``) describe the audio, not the talk: they are
dropped from the reading text.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

_BRACKET = re.compile(r"\[\s*([^\[\]\n]{1,40}?)\s*\]\s*[:：]\s*")
_BOLD = re.compile(r"\*\*\s*\[?([^*\[\]\n]{1,40}?)\]?\s*\*\*\s*[:：]\s*|\*\*\s*([^*\n]{1,40}?)\s*[:：]\s*\*\*\s*")
_QA = re.compile(r"(Q|A|问|答)\s*[:：]\s*")
_TURN = re.compile(r">>+\s*")
_NAME = r"(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}|[\u4e00-\u9fff·]{1,6})"
_PLAIN = re.compile(rf"({_NAME})\s*[:：]\s*(?=\S)(?!//)")
_LABEL_LINE = re.compile(
    r"((?i:speaker|说话人|发言人)\s*\d+|[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}|[\u4e00-\u9fff·]{1,6})"
    r"\s*[:：]?\s+\(?(?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d+)?\)?\s*$"
)
_SPEAKER_N = re.compile(r"(?:speaker|说话人|发言人)\s*\d+\s*[:：]\s*", re.IGNORECASE)

#: Prefixes that look like labels but introduce a kind of text, not a person.
_NOT_NAMES = frozenset(
    """
    note notes update edit source sources date time link links title summary warning example
    examples ps nb tip tips step http https ftp mailto file www todo fixme answer question
    disclaimer transcript tags tag author location topic agenda re
    注 注意 备注 时间 地点 来源 链接 总结 标题 例如 比如 结论
    他说 她说 我说 你说 问题 主题 日期 摘要 提示 说明 原文 译文
    """.split()
)

#: Words that open a sound tag: ``[Music]``, ``[laughs nervously]``, ``（掌声）``.
_SOUND_WORDS = tuple(
    (
        "music|music playing|background music|upbeat music|applause|applauding|laughter|laughs|"
        "laughing|laugh|chuckles|chuckling|chuckle|cheering|cheers|clapping|sighs|sigh|inaudible|"
        "crosstalk|silence|noise|coughs|cough|foreign|blank_audio|sound|audience laughs|"
        "audience laughter|whistling|static|beep|"
        "音乐|音樂|掌声|掌聲|笑声|笑聲|笑|大笑|众笑|眾笑|鼓掌|欢呼|歡呼|背景音乐|听不清|聽不清|杂音|雜音"
    ).split("|")
)
_SOUND = re.compile(
    r"\s*(?:[\[【]|[(（])\s*(?:"
    + "|".join(sorted((re.escape(word) for word in _SOUND_WORDS), key=len, reverse=True))
    + r")(?:\s+[a-z]+){0,3}\s*(?:[\]】]|[)）])\s*|\s*♪+\s*",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Label:
    """What the start of a line says about its speaker; ``length`` characters are the label."""

    speaker: str | None
    length: int
    turn: bool = False
    #: The label stands alone on its line (``Speaker 1 00:01:02``): it names the speaker of
    #: the lines that follow.
    heads_lines: bool = False

    def __post_init__(self) -> None:
        # One string per name, however many of a large file's lines carry it.
        if self.speaker is not None:
            object.__setattr__(self, "speaker", sys.intern(self.speaker))


def _bold_label(line: str) -> str | None:
    match = _BOLD.match(line)
    if not match:
        return None
    return next(group for group in match.groups() if group).strip()


def _plain_label(line: str) -> str | None:
    """The name of a ``Name:`` or ``**Name**:`` prefix that could be a speaker label."""
    match = _PLAIN.match(line)
    if not match:
        return _bold_label(line)
    name = match.group(1).strip()
    if name.lower() in _NOT_NAMES or name.lower().startswith(("http", "www")):
        return None
    return name


#: When recurring labels open this share of the lines, the file is a dialogue and every
#: name-like prefix in it is a label, even a speaker who speaks once.
DIALOGUE_SHARE = 0.3


def recurring_labels(lines: Iterable[str], minimum: int = 2) -> frozenset[str]:
    """Bare ``Name:`` (and bold ``**Name**:``) prefixes that are speaker labels: those used
    on at least *minimum* lines, or every bare one in a file where such labels open many
    lines. A bold lead-in used once ("**Price effects**: …") is emphasis, not a speaker."""
    counts: Counter[str] = Counter()
    bold: set[str] = set()
    total = 0
    for line in lines:
        total += 1
        stripped = line.lstrip()
        name = _plain_label(stripped)
        if name is not None:
            counts[name] += 1
            if stripped.startswith("**"):
                bold.add(name)
    recurring = {name for name, count in counts.items() if count >= minimum}
    if total and sum(counts[name] for name in recurring) >= DIALOGUE_SHARE * total:
        recurring.update(name for name in counts if name not in bold)
    return frozenset(recurring)


def read_label(line: str, known: frozenset[str] = frozenset()) -> Label | None:
    """The speaker label at the start of *line* (already left-stripped), if any.

    *known* holds the bare ``Name:`` and bold ``**Name**:`` prefixes that recur in the file
    (:func:`recurring_labels`); other such prefixes are text.
    """
    turn = _TURN.match(line)
    if turn:
        inner = read_label(line[turn.end() :], known)
        if inner is None:
            return Label(None, turn.end(), turn=True)
        return Label(inner.speaker, turn.end() + inner.length, turn=True, heads_lines=inner.heads_lines)
    for pattern in (_BRACKET, _BOLD, _SPEAKER_N):
        match = pattern.match(line)
        if match:
            name = next((group for group in match.groups() if group), match.group(0))
            name = name.strip().rstrip(":：").strip()
            if pattern is _BRACKET and sound_only(f"[{name}]"):
                return None
            if pattern is _BOLD and name not in known:
                continue
            return Label(name, match.end(), heads_lines=not line[match.end() :].strip())
    line_label = _LABEL_LINE.match(line)
    if line_label:
        name = line_label.group(1).strip()
        if name.lower() not in _NOT_NAMES:
            return Label(name, len(line), heads_lines=True)
    qa = _QA.match(line)
    if qa:
        return Label(qa.group(1), qa.end(), turn=True)
    if known:
        name = _plain_label(line)
        if name is not None and name in known:
            match = _PLAIN.match(line)
            assert match is not None
            return Label(name, match.end())
    return None


def sound_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sound tag in *text*, with the spaces around it."""
    return [match.span() for match in _SOUND.finditer(text)]


def sound_only(text: str) -> bool:
    """True when *text* holds sound tags and nothing else."""
    return bool(text.strip()) and not _SOUND.sub("", text).strip()


_MAYBE_SOUND = re.compile(r"[\[【(（♪]")


def text_pieces(text: str) -> list[tuple[int, int]]:
    """(start, end) of the stretches of *text* outside sound tags, without outer spaces."""
    if _MAYBE_SOUND.search(text) is None:
        stripped = text.strip()
        if not stripped:
            return []
        lead = len(text) - len(text.lstrip())
        return [(lead, lead + len(stripped))]
    pieces: list[tuple[int, int]] = []
    position = 0
    for start, end in [*sound_spans(text), (len(text), len(text))]:
        piece = text[position:start]
        stripped = piece.strip()
        if stripped:
            lead = len(piece) - len(piece.lstrip())
            pieces.append((position + lead, position + lead + len(stripped)))
        position = end
    return pieces
