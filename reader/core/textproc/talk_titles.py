"""What a talk is called and who gives it, read from its first minutes.

Where the host or the speaker names them — 报告题目是《…》, "the title of her talk is…",
"today I'm going to talk about…", 有请…教授, "please welcome…", "my name is…" — we take
those words; otherwise the first sentence that says something (cleaned of fillers, without
hand-over chatter, shortened at a clause boundary). A title is never empty.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from reader.core.textproc.cleanup import clean_text
from reader.core.textproc.key_phrases import PhraseContext, key_phrases, phrase_title
from reader.core.textproc.script import simplified
from reader.core.textproc.talk_cues import find_cues
from reader.core.textproc.units import Unit
from reader.core.textproc.words import content_words

#: Display columns of a title: about 60 Latin or 30 Chinese characters.
TITLE_MAX_CHARS = 60
UNTITLED = "Untitled talk"


@dataclass(frozen=True)
class TalkInfo:
    title: str
    speakers: str | None = None
    #: The title was said outright (报告题目是…, "the title of my talk is…"), not made up.
    explicit: bool = False


_TITLE_CUES = (
    re.compile(r"^\s*(?:talk|session|keynote|panel)\s*#?\d+\s*[:：.\-–]\s*(?P<t>.+)", re.IGNORECASE | re.MULTILINE),
    re.compile(
        r"^\s*(?:主题|特邀|大会)?(?:报告|演讲|讲座|分享)\s*[一二三四五六七八九十\d]+\s*[:：、.]\s*(?P<t>.+)",
        re.MULTILINE,
    ),
    re.compile(r"(?:报告|演讲|分享|讲座)的?(?:题目|主题|标题)(?:是|叫做|叫|为)?[:：,，。\s]*(?P<t>.+)"),
    re.compile(r"题目(?:是|叫做|叫|为)[:：,，\s]*(?P<t>.+)"),
    re.compile(
        r"\b(?:title|topic) of (?:his|her|their|the|today'?s|this|my) (?:talk|presentation|lecture|keynote)"
        r"(?: today)? (?:is|will be)[:,]?\s*(?P<t>.+)",
        re.IGNORECASE,
    ),
    re.compile(r"\b(?:talk|presentation|lecture) (?:is )?(?:titled|entitled|called)[:,]?\s*(?P<t>.+)", re.IGNORECASE),
)
_SPEAKER_TOPIC = (
    re.compile(
        r"\btoday,? I'?(?:m| am| will|'ll|'d like to| would like to| want to)? ?(?:going to |gonna )?"
        r"(?:be )?(?:talk(?:ing)?|present(?:ing)?|shar(?:e|ing)|speak(?:ing)?) "
        r"(?:to you )?(?:about|on)\s+(?P<t>.+)",
        re.IGNORECASE,
    ),
    re.compile(
        r"\bin (?:this|today'?s) (?:talk|presentation),? I(?:'ll| will| want to| am going to|'m going to)"
        r" (?:talk about|present|discuss|share)\s+(?P<t>.+)",
        re.IGNORECASE,
    ),
    re.compile(r"今天(?:我)?(?:想|要)?(?:跟|和|给)?(?:大家|各位)?(?:分享|汇报|介绍|报告|讲)(?:的是|一下)(?P<t>.+)"),
)
_PERSON_TITLE = r"(?:老师|教授|博士|先生|女士|院士|研究员)"
_ZH_NAME = r"(?P<n>[^,，。！？!?\s的]{1,12}?)"
_AFFILIATION = r"(?:我们的)?(?:来自于?)?(?:[^,，。！？!?\s]{1,20}?的)?"
_EN_NAME = r"(?P<n>(?-i:[A-Z][a-z]+(?: (?:[A-Z][a-z]+|[A-Z]\.))?(?: [A-Z][a-z]+)?))"
_EN_HONORIFIC = r"(?:professor |prof\.? |dr\.? |mr\.? |ms\.? |mrs\.? )?"
_SPEAKER_CUES = (
    re.compile(
        r"有请" + _AFFILIATION + _ZH_NAME + _PERSON_TITLE + "?"
        r"(?=[,，。！？!?\s]|$|为|给|来|上台|带来|做)"
    ),
    re.compile(r"欢迎(?!各位|大家|你们)" + _AFFILIATION + _ZH_NAME + _PERSON_TITLE),
    re.compile(r"介绍一下" + _AFFILIATION + _ZH_NAME + _PERSON_TITLE),
    re.compile(r"(?:报告|演讲)(?:来自于?|人是)" + _AFFILIATION + _ZH_NAME + _PERSON_TITLE),
    re.compile(
        r"大家好[,，]?\s*我是(?:来自[^,，。]{1,20}?的)?(?P<n>[^,，。！？!?\s]{2,8}?)(?=[,，。！？!?\s]|$|老师|教授)"
    ),
    re.compile(r"\b(?:please |let'?s (?:all )?)welcome,? " + _EN_HONORIFIC + _EN_NAME, re.IGNORECASE),
    re.compile(r"\bjoin me in welcoming,? " + _EN_HONORIFIC + _EN_NAME, re.IGNORECASE),
    re.compile(
        r"\b(?:our|the) (?:next|first|keynote) speaker,? (?:is|will be)?,? " + _EN_HONORIFIC + _EN_NAME, re.IGNORECASE
    ),
    re.compile(
        r"\b(?:pleasure|honou?r) to introduce (?:our \w+ speaker,? )?" + _EN_HONORIFIC + _EN_NAME, re.IGNORECASE
    ),
    re.compile(r"\b(?:next up|up next),? we have " + _EN_HONORIFIC + _EN_NAME, re.IGNORECASE),
    # The MC's other words for it: "give a big giant warm welcome to", "put your hands together
    # for", "we're gonna welcome Miami's very own…", "coming to the stage is…".
    re.compile(
        r"\b(?:(?:give|have) (?:a |an )?(?:[\w-]+,? ){0,4}?(?:welcome|round of applause|hand) (?:to|for)|"
        r"put your hands together for|(?:we(?:'re| are)|I(?:'m| am)) (?:going to|gonna|about to|\w+ to) "
        r"(?:welcome|bring up|invite)|welcome to the stage|(?:coming|taking) (?:to )?the stage(?: is)?),? "
        r"(?:(?:our|the) (?:next |first |final )?(?:speaker|guest|presenter),? )?(?:[\w’']+['’]s (?:very )?own )?"
        + _EN_HONORIFIC
        + _EN_NAME
        # Not applause for what someone did: "…to Nikolai and his team for their commitment".
        + r"(?![^.?!]{0,40}\bfor (?:their|his|her|your|all|the)\b)",
        re.IGNORECASE,
    ),
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


def clip_title(text: str, limit: int = TITLE_MAX_CHARS) -> str:
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
    return clip_title(text[:1].upper() + text[1:])


def _extract_title(text: str) -> str | None:
    # Patterns read Simplified characters; the title is cut from the text as written (the
    # conversion keeps every character's position).
    readable = simplified(text)
    for pattern in _TITLE_CUES + _SPEAKER_TOPIC:
        match = pattern.search(readable)
        if not match:
            continue
        title = text[match.start("t") : match.end("t")]
        quoted = re.match(r"\s*[《「“\"](?P<q>[^》」”\"]{2,80})[》」”\"]", title)
        if quoted:
            return clip_title(quoted.group("q"))
        end = _TITLE_END.search(title)
        if end:
            title = title[: end.start()]
        if re.match(r"\s*[A-Za-z]", title):
            latin = re.match(r"\s*[A-Za-z0-9][A-Za-z0-9 \-:'’,&+/.]*", title)
            if latin:
                title = latin.group()
        title = clip_title(title)
        if len(title) >= 4:
            return title
    return None


def _extract_speaker(text: str) -> str | None:
    """The speaker named by the first introduction in *text*; the fullest form of that name
    when several cues name them ("有请王博士" and "来自华为的王强博士" give 王强)."""
    found: list[tuple[int, str]] = []
    readable = simplified(text)  # the patterns' script; names are taken as written
    for pattern in _SPEAKER_CUES:
        for match in pattern.finditer(readable):
            name = text[match.start("n") : match.end("n")].strip(" ,，")
            if (
                name
                and simplified(name).lower() not in _NOT_NAMES
                and not simplified(name).startswith(("各位", "第一", "下一"))
            ):
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


#: Labels a diarizer gives (Speaker 3, 说话人2, SPEAKER_01): voices, not names.
_GENERIC_SPEAKER = re.compile(
    r"^\s*(?:speaker|spk|说话人|发言人|讲者)\s*_?\d+\s*$|^(?:host|主持人|q|a|问|答)$", re.IGNORECASE
)


def named_speakers(units: Sequence[Unit], limit: int = 3) -> str | None:
    """The talk's speakers by name, most heard first, when the file names them (not "Speaker 3")."""
    weights: dict[str, int] = {}
    for unit in units:
        if unit.speaker and not _GENERIC_SPEAKER.match(unit.speaker):
            weights[unit.speaker] = weights.get(unit.speaker, 0) + len(unit.text)
    total = sum(weights.values())
    names = [name for name in sorted(weights, key=lambda n: -weights[n]) if weights[name] >= 0.1 * total]
    return ", ".join(names[:limit]) or None


def _dominant_language(units: Sequence[Unit]) -> str:
    weights: dict[str, int] = {}
    for unit in units:
        weights[unit.lang] = weights.get(unit.lang, 0) + len(unit.text)
    weights.pop("und", None)
    return max(weights, key=lambda lang: weights[lang]) if weights else "und"


def describe_talk(units: Sequence[Unit], context: PhraseContext | None = None) -> TalkInfo:
    """A title (never empty, at most ~60 characters) and speakers for the talk made of *units*.

    The title comes from an introduction or the speaker's own announcement when there is one
    near the start; otherwise from the talk's key phrases — what it talks about most, against
    the other talks of its file (*context*) — and for a talk too short to have any, from its
    first meaningful sentence, cleaned of fillers. Never a greeting, a filler or a label.
    """
    head = list(units[:40])
    clean = [clean_text(unit.text, unit.lang) for unit in head]
    # Cues often straddle sentences ("报告的题目。advances in models"): read the head as one text.
    joined = "\n".join(text for text in clean[:20] if text)
    title = _extract_title(joined)
    explicit = title is not None
    speaker = _extract_speaker(joined)
    if not title:
        title = next((name for pattern, name in _FORMAT_TITLES for text in clean[:4] if pattern.search(text)), None)
    if not title:
        lang = _dominant_language(units)
        phrases = key_phrases([clean_text(unit.text, unit.lang) for unit in units if unit.lang == lang], lang, context)
        if len(phrases) >= 2:
            traditional = lang == "zh" and simplified(joined) != joined  # a Traditional transcript: 與
            title = clip_title(phrase_title(phrases, lang, traditional=traditional))
    if not title:
        opening = max((i + 1 for i, unit in enumerate(head[:12]) if find_cues(unit.text).intro >= 1.0), default=0)
        candidates = clean[opening:] + clean[:opening]
        title = next((_first_sentence_title(text) for text in candidates if _meaningful(text)), None)
    if not title:
        title = next((clip_title(text) for text in clean if clip_title(text)), "") or UNTITLED
    return TalkInfo(title=title[:1].upper() + title[1:], speakers=speaker, explicit=explicit)
