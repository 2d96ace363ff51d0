"""ASR clean-up as a view: the reading text of a segment, never an edit of what is stored.

The verbatim text stays in the library and in the search index; the clean text is what the
reader shows by default and what translation consumes (translating 呃 costs time and
quality). Every step only *deletes* characters, so the clean text is always a subsequence of
the verbatim text — a property the tests check on random input.

Conservative by design: a missed filler costs a reader a glance, a lost word costs meaning.
So only unambiguous fillers go everywhere (呃, 嗯, um, uh), and only as whole words (never
the "um" of "umbrella", the "uh" of "uh-huh" or the "um" of "10 um"); the ambiguous ones
(啊, 哎, 额) only where they stand at the edge of a clause, never as a sentence-final particle
(是啊); 就是/那个/like are left alone. Repeats are collapsed only when no reading of them is
content:

* numbers and years never: no English repeat holding a number word or digit ("twenty twenty
  five", "one one zero", "plus six plus six") and no Chinese repeat made only of numerals
  (二零二零, 一一) — a missed stutter costs a glance, a lost digit changes a fact. A Chinese
  quantity said twice (三家三家) is a stutter like any phrase;
* doubled characters only when jieba's dictionary says the double is not a word (谢谢, 常常)
  and the first is not the end of the previous word (现在在 = 现在 + 在);
* repeated Chinese words and phrases (我们我们, 大家大家, 给他给他) unless the double is a
  reduplication: a dictionary word (天天天天 → 天天), a verb, adjective or onomatopoeia said
  twice (研究研究, 雪白雪白, 哗啦哗啦), or 一X一X (一步一步, 一个一个);
* English words doubled by grammar ("had had", "that that", "what it is is") only from three
  copies on; emphasis ("no no no", "bye bye", "very very") never.
"""

from __future__ import annotations

import operator
import re
from collections.abc import Callable
from functools import lru_cache

from reader.core.textproc.language import HAN_CLASS
from reader.core.textproc.words import is_dictionary_word

_H = HAN_CLASS
_CLAUSE_EDGE = r"(?:^|(?<=[。！？!?，,;；:：、.\s…]))"

# Emoji, pictographs, music notes and bracketed ASR tags, with a separator that follows them.
_MARKERS = re.compile(
    r"(?:[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\uFE0F\u200D\u20E3]+"
    r"|[\[（(【](?:music|applause|laughter|laughs|inaudible|noise|silence|crosstalk|音乐|掌声|笑声|"
    r"背景音乐|听不清|杂音)[\]）)】])"
    r"(?:\s*[,，、])?",
    re.IGNORECASE,
)
# 呃 and 嗯 are never words in speech (呃逆, hiccup, is guarded); the separator after goes too.
_ZH_FILLERS = re.compile(r"(?:呃(?!逆)|嗯)+(?:\s*[,，、](?:\s*(?:呃(?!逆)|嗯)+(?:\s*[,，、])?)*)?")
# 啊/哎/唉/额 only at the start of a clause; 额 and 唉 only standing alone (额外, 金额).
_ZH_EDGE_FILLERS = re.compile(
    _CLAUSE_EDGE + r"(?:(?:啊|哎(?![呀哟])|唉)+(?:\s*[,，、…。！!]+\s*|\s+|(?=[" + _H + r"A-Za-z]))"
    r"|额(?:\s*[,，、…]+\s*|\s+))"
)
_EN_FILLER_WORDS = r"(?:[Uu]m+|[Uu]h+|[Uu]hm+|[Ee]rm+|er|[Hh]mm+)"
# Letters of Latin scripts (and the apostrophe, hyphen of a compound): a filler touching one
# is part of a word ("umbrella", "Uhura", "uh-huh"); one after a number is a unit ("10 um").
_LATIN = "A-Za-z\u00c0-\u024f\u1e00-\u1eff'’"
_NOT_AFTER_WORD = f"(?<![{_LATIN}\\-])(?<![0-9] )(?<![0-9])"
_NOT_BEFORE_WORD = f"(?![{_LATIN}\\-])"
_EN_FILLERS = re.compile(
    r"(?P<pre>[,，]\s*)?" + _NOT_AFTER_WORD + _EN_FILLER_WORDS + _NOT_BEFORE_WORD + r"(?:[,，]?\s*)"
)
_YOU_KNOW = re.compile(r"(?:^|(?<=[.。!?！？,，])|(?<=[.。!?！？,，]\s))[Yy]ou know\s*[,，]\s*")

# English words whose double can be grammatical ("what it is is", "I think that that is"):
# only three or more copies are a stutter.
_GRAMMATICAL_DOUBLES = frozenset("had that is was do did said".split())
# Words said twice or more for emphasis or as a formula: never a stutter.
_EMPHATIC = frozenset(
    "very really so no yes yeah yep well bye ha haha go more many much far too knock blah la tut now again".split()
)
_NUMBER_WORDS = frozenset(
    """zero oh one two three four five six seven eight nine ten eleven twelve thirteen fourteen
    fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty
    ninety hundred thousand million billion trillion point""".split()
)
_ZH_NUMERALS = frozenset("〇零一二三四五六七八九十百千万亿两壹贰叁肆伍陆柒捌玖拾")
# Whole words only: a digit glued to a copy makes another token ("a a1 billion", "3S s").
_EN_REPEAT = re.compile(r"(?<![A-Za-z'’0-9])([A-Za-z'’]+)(?:(?:[,，]\s*|\s+)\1(?![A-Za-z'’0-9]))+", re.IGNORECASE)
_EN_GLUED = re.compile(r"(?<![A-Za-z])([A-Z][a-z]{1,4})(?=\1(?![a-z]))", re.UNICODE)
_GLUE_PRONE = frozenset("in on so and but the we it if is of to for you they when what this that then there".split())
_EN_PHRASE_REPEAT = re.compile(
    r"(?<![A-Za-z'0-9])((?:[A-Za-z']+\s+){1,4}[A-Za-z']+)(?:[,，]?\s+\1(?![A-Za-z'0-9]))+", re.IGNORECASE
)
# A short sentence said twice: "Okay。Okay。", "Thank you. Thank you."
_SENTENCE_REPEAT = re.compile(
    r"(?:^|(?<=[。！？!?.\s,，]))((?=[^。！？!?.\n]*[A-Za-z" + _H + r"])[^。！？!?.\n]{1,40}?[。！？!?.])(?:\s*\1)+",
    re.IGNORECASE,
)

_ZH_CHAR_RUN = re.compile(f"([{_H}])\\1+")
_LAUGHTER = frozenset("哈呵嘿嘻啦哦")
# Characters whose doubling is a stutter unless the dictionary says otherwise.
_STUTTER_PRONE = frozenset("我你他她它这那就也都还又把被和跟但因所如在要的了会能")
# Verbs of grammar rather than action: their double is never a word form.
_NEVER_REDUPLICATED = frozenset("是有会要能可让叫没如像")
_ZH_PHRASE_REPEAT = re.compile(f"([{_H}]{{2,8}})(?:[,，、]?\\1)+")
# Parts of speech (jieba's tags, by first letter) whose ABAB double is a word form, not a
# stutter: verbs (研究研究), adjectives and state words (干净干净, 雪白雪白), distinguishing
# words, onomatopoeia (哗啦哗啦).
_REDUPLICATING_POS = frozenset("vazbo")

_COMMA_BEFORE_END = re.compile(r"[,，、;；:：]+\s*(?=[。！？!?]|\.(?:\s|$))")
_END_THEN_COMMA = re.compile(r"([。！？!?])(?:\s*[,，、;；]+)")
_DOUBLED_MARKS = re.compile(r"([,，。！？!?;；、])(?:\s*\1)+")
_MIXED_ENDS = re.compile(r"([！？!?])\s*。|。\s*(?=[！？])")
_LEADING_PUNCT = re.compile(r"^(?:[\s,，、;；:：。！!？?]|\.(?=\s|$))+")
_SPACE_RUN = re.compile(r"(\s)\s+")
_SPACE_BEFORE_PUNCT = re.compile(r"[ \t]+(?=[,，。！？;；、:：]|[.!?](?:\s|$))")


def clean_text(text: str, lang: str) -> str:
    """The reading text of *text*: fillers, stutters, repeats, emoji and stray marks removed.

    *lang* is the segment's language; both Chinese and English rules run regardless, since
    code-switched segments hold both. The result may be empty for a segment that is nothing
    but fillers or markers ("嗯。", "😊").
    """
    if not text:
        return text
    for step in _STEPS:
        text = step(text)
    return text.strip()


def _drop(pattern: re.Pattern[str]) -> Callable[[str], str]:
    return lambda text: pattern.sub("", text)


def _keep_group(pattern: re.Pattern[str], group: int | str = 1) -> Callable[[str], str]:
    return lambda text: pattern.sub(lambda match: match.group(group) or "", text)


def _en_fillers(text: str) -> str:
    return _EN_FILLERS.sub(lambda match: match.group("pre") or "", text)


def _has_number(words: list[str]) -> bool:
    """Whether a repeated piece holds a number: "twenty twenty five" is a year, not a stutter."""
    return any(word.lower() in _NUMBER_WORDS or any(c.isdigit() for c in word) for word in words)


def _en_repeats(text: str) -> str:
    def first(match: re.Match[str]) -> str:
        word = match.group(1)
        low = word.lower()
        copies = re.findall(r"[A-Za-z'’]+", match.group(0))
        if low in _EMPHATIC or _has_number([word]):
            return match.group(0)
        if low in _GRAMMATICAL_DOUBLES and len(copies) < 3:
            return match.group(0)
        pronoun = word == "I" or word.startswith(("I'", "I’"))  # "I I", "I'm I'm"
        if all(copy[:1].isupper() for copy in copies) and low not in _GLUE_PRONE and not pronoun:
            return match.group(0)  # names: "Bora Bora", "Walla Walla"
        return word

    return _EN_REPEAT.sub(first, text)


def _en_glued(text: str) -> str:
    # "InIn most" → "In most": only for short function words, never names like "Coco".
    return _EN_GLUED.sub(lambda m: "" if m.group(1).lower() in _GLUE_PRONE else m.group(1), text)


def _en_phrase_repeats(text: str) -> str:
    def first(match: re.Match[str]) -> str:
        words = match.group(1).split()
        if len({word.lower() for word in words}) == 1 or _has_number(words):  # "very very very very"
            return match.group(0)
        return match.group(1)

    return _EN_PHRASE_REPEAT.sub(first, text)


def _covered_by_word(text: str, start: int, end: int) -> bool:
    """Whether a dictionary word of 2–4 characters spans text[start:end]."""
    for length in range(max(2, end - start), 5):
        for a in range(max(0, end - length), start + 1):
            if a + length <= len(text) and is_dictionary_word(text[a : a + length]):
                return True
    return False


def _zh_char_stutter(text: str) -> str:
    def collapse(match: re.Match[str]) -> str:
        char, start, end = match.group(1), match.start(), match.end()
        run = end - start
        if char in _LAUGHTER or char in _ZH_NUMERALS:
            return match.group(0)  # 哈哈哈; 一一, 二二二 (a number said digit by digit)
        # The first character may end the previous word (现在|在做, 自我|我们).
        lead = 1 if any(is_dictionary_word(text[a : start + 1]) for a in range(max(0, start - 3), start)) else 0
        free = run - lead
        if free < 2:
            return match.group(0)
        if is_dictionary_word(char * 2) or _single_reduplicates(char):
            return char * (lead + 2) if free >= 3 else match.group(0)  # 看看, 说说 (说说看)
        if free == 2:
            after = text[end : end + 2]
            if len(after) == 2 and after[0] == after[1] and after[0] != char:
                return match.group(0)  # AABB: 高高兴兴, 的的确确
            if _covered_by_word(text, start + lead, end):
                return match.group(0)
        return char * (lead + 1)

    return _ZH_CHAR_RUN.sub(collapse, text)


@lru_cache(maxsize=1024)
def _single_reduplicates(char: str) -> bool:
    """Whether *char* doubled is a word form though the dictionary lacks it: a verb said twice
    means "a little" (说说, 聊聊, 想想), an adjective intensifies (红红). The function words
    that merely stutter (我我, 是是, 很很, 不不) are not."""
    if char in _STUTTER_PRONE or char in _NEVER_REDUPLICATED:
        return False
    return _part_of_speech(char)[:1] in ("v", "a")


def _zh_phrase_repeats(text: str) -> str:
    """Repeated Chinese words and phrases, collapsed to one copy unless the double is a word.

    Scanned by hand rather than with ``re.sub``: a repeat can first be seen out of phase
    (一个这个这个 is 个这 twice from its second character), and a refused match must not
    hide the real one that starts a character later.
    """
    pieces: list[str] = []
    done = position = 0
    while (match := _ZH_PHRASE_REPEAT.search(text, position)) is not None:
        kept = _collapse_phrase(text, match)
        if kept is None:
            position = match.start() + 1
            continue
        pieces.append(text[done : match.start()])
        pieces.append(kept)
        done = position = match.end()
    if not pieces:
        return text
    pieces.append(text[done:])
    return "".join(pieces)


def _collapse_phrase(text: str, match: re.Match[str]) -> str | None:
    """What stays of a phrase repeat, or None when it must stay whole."""
    phrase, whole = match.group(1), match.group(0)
    if _zh_double_is_a_word(phrase):
        return None
    if len(phrase) > _COMMA_STUTTER_CHARS and any(mark in whole for mark in ",，、"):
        return None  # "会怎么怎么样，会怎么怎么样": a clause said twice over a pause is speech, not a stumble
    # The first copy may end the word before (书后|不是后不是) or begin a longer word (看一看|一个
    # read as 看一 twice): keep one copy beyond it.
    start, size = match.start(), len(phrase)
    longer = any(is_dictionary_word(text[start:end]) for end in range(max(start + 3, start + size + 1), start + 5))
    keep = 2 if longer or _ends_previous_word(text, start, size) else 1
    if whole.count(phrase) <= keep:
        return None
    return whole[: whole.index(phrase, size) + size] if keep == 2 else phrase


def _ends_previous_word(text: str, start: int, size: int) -> bool:
    """Whether a dictionary word begins before *start* and ends inside text[start:start+size]."""
    for end in range(start + 1, start + size + 1):
        for begin in range(max(0, end - 4), start):
            if is_dictionary_word(text[begin:end]):
                return True
    return False


#: Longer than this, a phrase said again after a comma is kept: stumbles repeat a word or two
#: (我们，我们), not a clause.
_COMMA_STUTTER_CHARS = 4
#: Pronouns said twice as a placeholder ("会怎么怎么样" — would be such-and-such, 什么什么的).
_PLACEHOLDERS = frozenset({"怎么", "什么", "这样", "那样", "如何", "多少", "某某"})


@lru_cache(maxsize=4096)
def _zh_double_is_a_word(phrase: str) -> bool:
    """Whether *phrase* said twice is a word form rather than a stutter."""
    if all(char in _ZH_NUMERALS or char.isdigit() for char in phrase):
        return True  # 二零二零
    if phrase[0] == "一" and len(phrase) <= 3:
        return True  # 一步一步, 一个一个, 一点一点
    if all(char in _LAUGHTER for char in phrase) or is_dictionary_word(phrase * 2) or phrase in _PLACEHOLDERS:
        return True
    return len(phrase) == 2 and _part_of_speech(phrase)[:1] in _REDUPLICATING_POS


def _part_of_speech(word: str) -> str:
    """jieba's part-of-speech tag for *word* ("" when unknown), from the words module's
    dictionary table: loading ``jieba.posseg`` itself would hold the first screen half a second."""
    from reader.core.textproc.words import part_of_speech

    return part_of_speech(word)


_WORD = re.compile(r"[A-Za-z']+")
_MARKER_CHAR = re.compile(r"[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\uFE0F\u200D\u20E3\[（(【]")
_EN_FILLER_WORD = re.compile(r"(?<![A-Za-z'])" + _EN_FILLER_WORDS + r"(?![A-Za-z'])")
_ENDS = re.compile(r"[。！？!?.]")


def _adjacent_word_repeat(text: str) -> bool:
    words = _WORD.findall(text.lower())
    return any(map(operator.eq, words, words[1:]))


def _bigram_repeat(text: str) -> bool:
    """Whether some pair of words comes again soon: every repeated phrase of two or more words does."""
    words = _WORD.findall(text.lower())
    pairs = list(zip(words, words[1:], strict=False))
    if len(set(pairs)) == len(pairs):
        return False
    last: dict[tuple[str, str], int] = {}
    for position, pair in enumerate(pairs):
        if position - last.get(pair, -100) <= 6:  # a phrase of at most five words, plus a comma
            return True
        last[pair] = position
    return False


def _strip_leading_punct(text: str) -> str:
    match = _LEADING_PUNCT.match(text)
    return text[match.end() :] if match else text


def _sentence_repeats(text: str) -> str:
    def first(match: re.Match[str]) -> str:
        words = _WORD.findall(match.group(1))
        if _has_number(words) or (words and all(word.lower() in _EMPHATIC for word in words)):
            return match.group(0)  # "Two. Two." counts; "No. No." insists
        return match.group(1)

    return _SENTENCE_REPEAT.sub(first, text)


_SPACE_BEFORE = tuple(" " + mark for mark in ",，。！？;；、:：.!?") + tuple("\t" + mark for mark in ",，。.")


def _when(gate: Callable[[str], object], step: Callable[[str], str]) -> Callable[[str], str]:
    """*step*, skipped for texts that *gate* says it cannot change (most of them): clean-up runs
    over whole talks whenever one is opened, so the common case must cost one cheap scan."""
    return lambda text: step(text) if gate(text) else text


_STEPS: tuple[Callable[[str], str], ...] = (
    _when(_MARKER_CHAR.search, _drop(_MARKERS)),
    _when(lambda text: "呃" in text or "嗯" in text, _drop(_ZH_FILLERS)),
    _when(lambda text: "啊" in text or "哎" in text or "唉" in text or "额" in text, _drop(_ZH_EDGE_FILLERS)),
    _when(_EN_FILLER_WORD.search, _en_fillers),
    _when(lambda text: "ou know" in text, _drop(_YOU_KNOW)),
    _when(_ZH_CHAR_RUN.search, _zh_char_stutter),
    _en_glued,
    _when(_adjacent_word_repeat, _en_repeats),
    _when(_bigram_repeat, _en_phrase_repeats),
    _zh_phrase_repeats,
    _when(lambda text: len(_ENDS.findall(text)) >= 2, _sentence_repeats),
    _drop(_COMMA_BEFORE_END),
    _keep_group(_END_THEN_COMMA),
    _keep_group(_DOUBLED_MARKS),
    _when(lambda text: "。" in text, _keep_group(_MIXED_ENDS)),
    _strip_leading_punct,
    _keep_group(_SPACE_RUN),
    _when(lambda text: any(pair in text for pair in _SPACE_BEFORE), _drop(_SPACE_BEFORE_PUNCT)),
)
