"""A talk's key phrases: what to call a talk when nobody said its title.

A programme lists a talk by its subject ("Memory walls in AI chips"), not by its first
sentence ("When I was eight years old…"). We rank the talk's content words and short
English noun-like phrases by how often the talk uses them against how common they are
elsewhere — in the other talks of the same file when there are several (what sets this talk
apart from its neighbours), and for Chinese also in jieba's dictionary frequencies (the same
statistics jieba's TF-IDF keyword extraction uses, without loading its separate IDF table).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from reader.core.textproc.language import HAN_CLASS
from reader.core.textproc.script import simplified
from reader.core.textproc.words import EN_STOP_WORDS, ZH_STOP_WORDS, jieba_tokenizer

# English tokens and the separators that keep two of them in one phrase (spaces, hyphens).
_EN_TOKEN = re.compile(r"[A-Za-z][A-Za-z0-9'’\-]*[A-Za-z0-9]|[A-Za-z]|[0-9][0-9.]*[A-Za-z]+")
_HAN_RUN = re.compile(f"[{HAN_CLASS}]+")
# Spoken-English words that say nothing about a subject, beyond the shared stop words.
_EN_SPOKEN = frozenset(
    """going gonna wanna gotta thing things stuff lot lots kind sort way ways people person guys
    really actually basically literally obviously probably maybe something anything everything
    nothing someone everyone anyone today yesterday tomorrow time times year years day days week
    good great nice cool awesome amazing right okay yeah yes hello thank thanks welcome sure
    little big bit able first second last next new old different important interesting exactly
    mean means said say says saying talk talking talked tell told look looking looks let lets
    come comes coming came get gets getting got make makes making made know knows knew think
    thinks thought want wants wanted need needs needed use used using work works working start
    started question questions answer point points example examples part parts call called
    everybody somebody anybody laughter applause music
    feel feels felt feeling see sees saw seen seeing go goes went gone give gives gave given giving
    take takes took taken taking find finds found finding try tries tried trying put puts keep keeps
    kept leave leaves left happen happens happened believe believed remember remembered learn
    learned learnt build builds built help helps helped show shows showed shown ask asks asked
    live lives lived love loves loved bring brought turn turned become became run ran hear heard
    happy sad hard easy true real whole able sure""".split()
)
_ZH_SPOKEN = frozenset(
    """我们 你们 他们 大家 这个 那个 就是 然后 所以 因为 但是 如果 可以 一个 没有 什么 还是 其实 觉得
    知道 这样 那么 现在 时候 非常 已经 一些 这种 不是 可能 自己 的话 一下 今天 事情 东西 比如 谢谢
    问题 感觉 对吧 是不是 怎么 为什么 这些 那些 之后 之前 还有 进行 时间 一点 特别 真的 看到 觉得
    老师 同学 朋友 各位 欢迎 分享 报告 介绍 开始 最后 第一 第二 当然 不会 需要 应该 那个 嗯嗯""".split()
)
_MAX_PHRASE_WORDS = 3
#: jieba part-of-speech tags of subject words: nouns, place and organisation names, other proper
#: nouns, verbal and adjectival nouns, English words. People's names (nr) name the speaker.
_ZH_NOUN_TAGS = frozenset({"n", "ns", "nt", "nz", "vn", "an", "nw", "eng"})
_ZH_SAMPLE_CHARS = 20_000


@dataclass
class PhraseContext:
    """How many of a file's talks use each word: the background a talk stands out against."""

    talks: int = 0
    document_frequency: Counter[str] = field(default_factory=Counter)

    @classmethod
    def of(cls, talks: Iterable[Iterable[str]]) -> PhraseContext:
        context = cls()
        for texts in talks:
            context.talks += 1
            context.document_frequency.update(set(_talk_words(texts)))
        return context


def _en_key(word: str) -> str:
    word = word.lower().replace("’", "'")
    if word in EN_STOP_WORDS or "'" in word:
        return word
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")) else word


def _en_runs(text: str) -> Iterable[list[str]]:
    """Runs of consecutive English content tokens (surface forms), split at stop words and marks."""
    run: list[str] = []
    last_end = -1
    for match in _EN_TOKEN.finditer(text):
        token = match.group()
        key = _en_key(token)
        joined = last_end >= 0 and text[last_end : match.start()] in (" ", "-")
        if not joined and run:
            yield run
            run = []
        last_end = match.end()
        if len(key) < 3 or "'" in key or key in EN_STOP_WORDS or key in _EN_SPOKEN or key.isdigit():
            if run:
                yield run
                run = []
            continue
        run.append(token)
    if run:
        yield run


def _zh_words(text: str) -> Iterable[str]:
    """Chinese content words of *text* for counting across talks (dictionary cut, quick)."""
    tokenizer = jieba_tokenizer()
    for run in _HAN_RUN.findall(text):
        for word in tokenizer.cut(run, HMM=False):
            if len(word) >= 2 and word not in ZH_STOP_WORDS and word not in _ZH_SPOKEN:
                yield word


def _zh_nouns(texts: Sequence[str]) -> Counter[str]:
    """Chinese nouns of a talk (jieba's part-of-speech tags: nouns, proper nouns other than
    people's names, verbal nouns), counted over at most ``_ZH_SAMPLE_CHARS`` of its text
    spread across the talk — enough to know its subject at a bounded cost."""
    from jieba import posseg

    jieba_tokenizer()
    total = sum(len(text) for text in texts) or 1
    step = max(1, round(total / _ZH_SAMPLE_CHARS))
    sample = "。".join(texts[index] for index in range(0, len(texts), step))
    counts: Counter[str] = Counter()
    for run in _HAN_RUN.findall(sample):
        for pair in posseg.cut(run, HMM=False):
            word, flag = pair.word, pair.flag
            if len(word) >= 2 and flag in _ZH_NOUN_TAGS and word not in ZH_STOP_WORDS and word not in _ZH_SPOKEN:
                counts[word] += step
    return counts


def _talk_words(texts: Iterable[str]) -> Iterable[str]:
    for text in texts:
        for run in _en_runs(text):
            yield from (_en_key(token) for token in run)
        yield from _zh_words(text)


def _zh_rarity(word: str) -> float:
    """How rare *word* is in general Chinese (jieba's dictionary counts): log inverse frequency."""
    tokenizer = jieba_tokenizer()
    count = tokenizer.FREQ.get(word, 0) or 1
    return max(1.0, math.log(tokenizer.total / count) - 8.0)


def key_phrases(texts: Sequence[str], lang: str, context: PhraseContext | None = None, limit: int = 3) -> list[str]:
    """Up to *limit* phrases that characterise *texts* (a talk's sentences, cleaned), best first."""
    context = context or PhraseContext()

    def distinctiveness(key: str) -> float:
        if context.talks <= 1:
            return 1.0
        return math.log((context.talks + 1) / (context.document_frequency.get(key, 0) + 1)) + 0.2

    scores: dict[str, float] = {}
    surface: dict[str, Counter[str]] = {}
    words_of: dict[str, tuple[str, ...]] = {}
    if lang == "zh":
        counts = _zh_nouns(texts)
        for word, count in counts.items():
            if count >= 2:
                scores[word] = count * _zh_rarity(word) * distinctiveness(word)
                surface[word] = Counter({word: 1})
                words_of[word] = (word,)
    else:
        word_counts: Counter[str] = Counter()
        phrase_counts: Counter[tuple[str, ...]] = Counter()
        for text in texts:
            for run in _en_runs(text):
                keys = [_en_key(token) for token in run]
                word_counts.update(keys)
                for size in range(1, _MAX_PHRASE_WORDS + 1):
                    for start in range(len(run) - size + 1):
                        key = tuple(keys[start : start + size])
                        phrase_counts[key] += 1
                        surface.setdefault(" ".join(key), Counter())[" ".join(run[start : start + size])] += 1
        for key, count in phrase_counts.items():
            if count < (3 if len(key) == 1 else 2):
                continue
            weight = sum(word_counts[word] * distinctiveness(word) for word in key) / len(key)
            name = " ".join(key)
            scores[name] = weight * (count / word_counts[key[0]]) ** 0.5 * (1.0 + 0.6 * (len(key) - 1))
            words_of[name] = key
    chosen: list[str] = []
    used: set[str] = set()
    for name in sorted(scores, key=scores.__getitem__, reverse=True):
        if used.intersection(words_of[name]):
            continue
        form = surface[name].most_common(1)[0][0]
        chosen.append(form)
        used.update(words_of[name])
        if len(chosen) == limit:
            break
    return chosen


def phrase_title(phrases: Sequence[str], lang: str, *, traditional: bool = False) -> str:
    """Key phrases as a title: "Memory walls, HBM and chip design"; 芯片、内存与带宽; 治療、中西與人文
    where the talk (*traditional*) or the phrases are written in Traditional characters."""
    if not phrases:
        return ""
    if lang == "zh":
        traditional = traditional or any(simplified(phrase) != phrase for phrase in phrases)
        joiner = "與" if traditional else "与"
        title = "、".join(phrases[:-1]) + (joiner if len(phrases) > 1 else "") + phrases[-1]
    else:
        parts = list(phrases)
        title = parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]
    return title[:1].upper() + title[1:]
