"""Word segmentation for the search index: jieba for Han text, plain words for the rest.

SQLite's FTS5 ``unicode61`` tokenizer treats a whole run of Han characters as one token, and
Python's ``sqlite3`` cannot register a custom FTS5 tokenizer. So the index stores a
*derived* text in which every word is separated by spaces, and ``unicode61``
(``remove_diacritics 2``, case folding) then splits it on those spaces:

* Han runs are cut by jieba in search mode: the precise words in reading order, and for
  every word longer than two characters its dictionary 2- and 3-character sub-words (the
  algorithm of :func:`jieba.cut_for_search`), so both 扩散模型 and 扩散/模型 are findable.
  ``cut_for_search`` emits the sub-words *before* each word, which would push apart words
  that are adjacent in the text; we keep the precise words together and append the
  sub-words after the text, so phrase queries still see adjacent words.
* Latin words glued to Han text (``OR is是一个代理``) are separated from it; words that
  glue lower to upper case or letters to digits (``developingOPT``, ``GPT4``, ``seventy5``)
  also get their parts as extra words, because ASR output loses spaces.
* Punctuation between Chinese words becomes a barrier token, so 扩散，模型 is not the phrase
  扩散模型 (spaces carry no meaning in Chinese, punctuation does).

jieba loads its dictionary (about a second and 60 MB) on first use, once per process. We
share jieba's default tokenizer with :mod:`reader.core.textproc.words` rather than load a
private copy; the price is that code adding words to that global dictionary would change how
new text is cut, which ``talk-reader check`` reports and ``reindex`` repairs.
"""

from __future__ import annotations

import logging
import re
import threading
import unicodedata
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import jieba

#: Han ideographs (unified, extension A, compatibility, and the supplementary planes).
HAN_CLASS = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
HAN_RUN = re.compile(f"[{HAN_CLASS}]+")
_HAN_CHAR = re.compile(f"[{HAN_CLASS}]")
#: A word as unicode61 sees it (letters, digits, private use), minus Han, which jieba cuts.
WORD = re.compile(f"[^\\W_{HAN_CLASS}]+")
#: Where a glued word splits: aB, a1, 1a (ASR loses the spaces between words).
_GLUE_SPLIT = re.compile(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Za-z])(?=[0-9])|(?<=[0-9])(?=[A-Za-z])")
_GLUED = re.compile(r"[a-z][A-Z]|[A-Za-z][0-9]|[0-9][A-Za-z]")
#: Control characters never reach the index: the engine uses \x01/\x02 as highlight markers.
_CONTROL = re.compile(r"[\x00-\x1f\x7f]+")
#: A token no user query can produce (private use; the query parser drops it): placed where
#: adjacent words must not form a phrase.
BARRIER = "\ue000"
#: Short Han runs (fillers like 嗯, 呃, 是啊) repeat endlessly in ASR text; cut them once.
_CACHED_RUN_CHARS = 8

_lock = threading.Lock()
_jieba: jieba.Tokenizer | None = None


def tokenizer() -> jieba.Tokenizer:
    """The process-wide jieba tokenizer, loading its dictionary on first use."""
    global _jieba
    if _jieba is None:
        with _lock:
            if _jieba is None:
                import jieba

                jieba.setLogLevel(logging.WARNING)
                jieba.dt.initialize()
                _jieba = jieba.dt
    return _jieba


def warm_up() -> None:
    """Load jieba now (e.g. on a worker thread) rather than on the first indexed Han text."""
    tokenizer()


def has_han(text: str) -> bool:
    return _HAN_CHAR.search(text) is not None


def is_dictionary_word(word: str) -> bool:
    return bool(tokenizer().FREQ.get(word))


def _search_subwords(word: str, freq: dict[str, int]) -> list[str]:
    """Dictionary 2- and 3-grams inside a long word, as :func:`jieba.cut_for_search` adds them."""
    extras: list[str] = []
    if len(word) > 2:
        extras.extend(word[i : i + 2] for i in range(len(word) - 1) if freq.get(word[i : i + 2]))
    if len(word) > 3:
        extras.extend(word[i : i + 3] for i in range(len(word) - 2) if freq.get(word[i : i + 3]))
    return extras


def _cut_run_uncached(run: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    jb = tokenizer()
    words = tuple(jb.cut(run, HMM=True))
    extras: list[str] = []
    for word in words:
        extras.extend(_search_subwords(word, jb.FREQ))
    return words, tuple(extras)


_cut_run_cached = lru_cache(maxsize=65536)(_cut_run_uncached)


def cut_han(run: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(precise words, extra search sub-words) of a run of Han characters."""
    if len(run) <= _CACHED_RUN_CHARS:
        return _cut_run_cached(run)
    return _cut_run_uncached(run)


def cut_words(run: str) -> list[str]:
    """The precise jieba words of a Han run (no sub-words): how a query term is cut."""
    return list(cut_han(run)[0])


def glued_parts(word: str) -> list[str]:
    """``developingOPT`` → [developing, OPT]; a word with no glue gives []."""
    if _GLUED.search(word) is None:
        return []
    return [part for part in _GLUE_SPLIT.split(word) if part]


def index_text(text: str) -> str:
    """The text as the index stores it: words separated by spaces, extra words at the end.

    Between two Han runs, punctuation or spaces become a :data:`BARRIER` token, and each
    group of extra words starts with one, so a phrase never matches across a clause break
    (扩散，模型 is not 扩散模型) nor across unrelated sub-words.
    """
    if not text:
        return ""
    text = _CONTROL.sub(" ", text).replace(BARRIER, " ")
    groups: list[list[str]] = []
    if _GLUED.search(text) is not None:
        for match in WORD.finditer(text):
            parts = glued_parts(match.group())
            if parts:
                groups.append(parts)
    if _HAN_CHAR.search(text) is None:
        pieces = [text]
    else:
        pieces = []
        position = 0
        for match in HAN_RUN.finditer(text):
            gap = text[position : match.start()]
            if gap:
                pieces.append(gap if WORD.search(gap) or not pieces else BARRIER)
            words, subwords = cut_han(match.group())
            pieces.append(" ".join(words))
            if subwords:
                groups.append(list(subwords))
            position = match.end()
        if position < len(text):
            pieces.append(text[position:])
    for group in groups:
        pieces.append(BARRIER)
        pieces.extend(group)
    return " ".join(pieces)


@lru_cache(maxsize=4096)
def fold(token: str) -> str:
    """Case- and diacritic-folded form of a token, as unicode61 compares them."""
    decomposed = unicodedata.normalize("NFD", token)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def _han_bigrams(run: str) -> list[str]:
    """A Han run as the bigram index holds it: its overlapping character pairs, then its last
    character (a run of one character is that character)."""
    if len(run) == 1:
        return [run]
    return [run[i : i + 2] for i in range(len(run) - 1)] + [run[-1]]


def bigram_text(text: str) -> str:
    """The text as the character-bigram index stores it (see :mod:`.schema`).

    jieba cuts the same characters differently in different contexts (多语言 alone, 多/语言模型
    in a sentence), so the word index cannot promise that a run of Chinese characters is
    found wherever it occurs. Here every Han run becomes its overlapping character pairs
    followed by its last character, and each character of the text is listed once at the
    end: any string of two or more characters is the phrase of its pairs, a single
    character one token, whatever the context. Latin words and the
    barriers are as in :func:`index_text`, so a whole query can be run on this index.
    """
    if not text:
        return ""
    text = _CONTROL.sub(" ", text).replace(BARRIER, " ")
    glued: list[str] = []
    if _GLUED.search(text) is not None:
        for match in WORD.finditer(text):
            parts = glued_parts(match.group())
            if parts:
                glued.append(BARRIER)
                glued.extend(parts)
    chars: dict[str, None] = {}
    if _HAN_CHAR.search(text) is None:
        pieces = [text]
    else:
        pieces = []
        position = 0
        for match in HAN_RUN.finditer(text):
            gap = text[position : match.start()]
            if gap:
                pieces.append(gap if WORD.search(gap) or not pieces else BARRIER)
            run = match.group()
            pieces.extend(_han_bigrams(run))
            chars.update(dict.fromkeys(run))
            position = match.end()
        if position < len(text):
            pieces.append(text[position:])
    if chars:
        # Each character once, for one-character queries: one exact token to look up, where
        # a prefix over all its pairs (的*) merges thousands of posting lists.
        glued.append(BARRIER)
        glued.extend(chars)
    return " ".join(pieces + glued)


def bigram_query_tokens(run: str, *, ends: bool, alone: bool = False) -> tuple[tuple[str, ...], bool]:
    """The bigram-index phrase for a Han run of a query, and whether its last token is a prefix.

    *ends*: the run must end where a run of the text ends (more of the query follows it);
    such a run takes the text's closing last-character token. A run free at its end may
    continue in the text, so a single character there is a prefix (GPT做 finds GPT做事).
    *alone*: the run is the whole term; a single character is then the token listing it.
    Where a run starts needs nothing: a Latin word before it in the phrase pins it.
    """
    if len(run) == 1:
        # Alone, the character is found among the row's characters (see bigram_text); before
        # more of the phrase it must close a run; at a phrase's end it may start a pair.
        return (run,), not ends and not alone
    pairs = tuple(run[i : i + 2] for i in range(len(run) - 1))
    return (pairs + (run[-1],), False) if ends else (pairs, False)
