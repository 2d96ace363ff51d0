"""Word boundaries and content words, shared by sentence splitting, clean-up and talk splitting.

jieba's shared default tokenizer (the one search uses too) is initialised once, lazily and
quietly: it logs its dictionary loading to stderr otherwise. Questions about single words
(is it in the dictionary, its part of speech) are answered from a cached table of the same
dictionary instead (:mod:`reader.core.textproc.dictionary`), so clean-up never waits for jieba.
"""

from __future__ import annotations

import logging
import re
import sys
import threading
from collections.abc import Iterator
from typing import Any

from reader.core.textproc import dictionary
from reader.core.textproc.language import HAN_CLASS

_lock = threading.Lock()
_tokenizer: Any = None

_HAN_RE = re.compile(f"[{HAN_CLASS}]")
_TOKEN_RE = re.compile(f"[{HAN_CLASS}]+|[A-Za-z][A-Za-z'’-]*[A-Za-z]|[A-Za-z]|[0-9]+(?:\\.[0-9]+)?")

# Frequent words that say nothing about a talk's topic.
_EN_STOP = frozenset(
    """a about above after again against all also am an and any are aren't as at be because been
    before being below between both but by can can't cannot could couldn't did didn't do does doesn't
    doing don't down during each even every few for from further get gets getting go going gonna got
    had hadn't has hasn't have haven't having he he'd he'll he's her here here's hers herself him
    himself his how how's i i'd i'll i'm i've if in into is isn't it it's its itself just kind know
    let let's like lot lots made make many maybe me mean more most much must mustn't my myself need
    no nor not now of off oh ok okay on once one only or other ought our ours ourselves out over own
    pretty quite really right said same say see she she'd she'll she's should shouldn't so some
    something sort still such sure take than thank thanks that that's the their theirs them
    themselves then there there's these they they'd they'll they're they've thing things think this
    those through to too uh um under until up us use used using very want was wasn't way we we'd
    we'll we're we've well were weren't what what's when when's where where's whether which while
    who who's whom why why's will with won't would wouldn't yeah yes yet you you'd you'll you're
    you've your yours yourself yourselves actually basically""".split()
)
_ZH_STOP = frozenset(
    """我们 你们 他们 她们 它们 这个 那个 这些 那些 就是 然后 所以 因为 但是 如果 可以 一个 没有 什么
    还是 还有 其实 觉得 知道 这样 那么 现在 时候 非常 已经 一些 这种 不是 也是 就会 可能 他的 我的
    自己 的话 大家 一下 一种 今天 事情 东西 比如 对于 以及 或者 而且 需要 应该 能够 进行 通过 之后
    之前 以后 只是 还是 这里 那里 这么 怎么 为什么 是的 是啊 好的 谢谢 问题""".split()
)


def _load() -> Any:
    global _tokenizer
    with _lock:
        if _tokenizer is None:
            import jieba

            jieba.setLogLevel(logging.WARNING)
            jieba.dt.initialize()
            _tokenizer = jieba.dt
        return _tokenizer


#: The stop words, shared with key-phrase extraction.
EN_STOP_WORDS = _EN_STOP
ZH_STOP_WORDS = _ZH_STOP


def jieba_tokenizer() -> Any:
    """jieba's shared default tokenizer, loaded once."""
    return _load()


def has_han(text: str) -> bool:
    return _HAN_RE.search(text) is not None


def is_dictionary_word(word: str) -> bool:
    """Whether jieba's dictionary knows *word* (its prefix entries have frequency 0).

    Read from :mod:`reader.core.textproc.dictionary`'s table, which gives jieba's answers
    without loading jieba (a second on the GUI thread when clean-up shows the first screen).
    """
    words = dictionary.table()
    return words.is_word(word) if words is not None else bool(_load().FREQ.get(word, 0))


def part_of_speech(word: str) -> str:
    """jieba's part-of-speech tag for *word* (``""`` when unknown), without loading
    ``jieba.posseg`` (half a second) unless the fast table is unavailable."""
    words = dictionary.table()
    if words is not None:
        return words.tag(word)
    import jieba.posseg

    _load()  # jieba's quiet initialisation first
    tags: dict[str, str] = jieba.posseg.dt.word_tag_tab
    return tags.get(word, "")


def word_starts(text: str) -> list[int]:
    """Offsets where a word starts: jieba for Chinese, spaces and script changes for the rest.

    jieba's dictionary alone (no HMM for unknown words): these are places to cut an over-long
    sentence, where a name split in two costs nothing, and the HMM triples the time.
    """
    if not has_han(text):
        return [match.start() for match in re.finditer(r"\S+", text)]
    return [start for _word, start, _end in _load().tokenize(text, HMM=False) if not text[start].isspace()]


def content_words(text: str) -> Iterator[str]:
    """Topic-bearing words of *text*: jieba words of two or more characters for Chinese,
    lower-cased English words without the plural ``s``, stop words dropped.

    Words are interned: talk detection holds every sentence's words at once, and a large
    file's million sentences repeat a few ten thousand words (one string each, not one per use).
    """
    for match in _TOKEN_RE.finditer(text):
        token = match.group()
        if _HAN_RE.match(token):
            if len(token) == 1:
                continue
            for piece in _load().cut(token, HMM=False):
                if len(piece) >= 2 and piece not in _ZH_STOP:
                    yield sys.intern(piece)
        elif token[0].isalpha():
            word = token.lower().replace("’", "'")
            if len(word) < 3 or word in _EN_STOP:
                continue
            if len(word) > 4 and word.endswith("s") and not word.endswith("ss"):
                word = word[:-1]
            yield sys.intern(word)
