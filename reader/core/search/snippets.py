"""Snippets: a window of the displayed text with the query's words marked.

FTS5's own ``snippet()``/``highlight()`` work on what the index stores — jieba words
separated by spaces, sub-words appended — which is not what a reader should see, and
calling them re-runs the whole MATCH per hit. So we mark the words ourselves: a
:class:`Matcher` built from the parsed query knows the exact index words, prefixes and
Chinese words each term stands for, and finds them in the real text (Latin words by word,
case- and accent-folded like ``unicode61``; Chinese words as substrings, since there are no
spaces to respect). Then we cut a window around the densest run of matches and insert the
caller's markers.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cached_property

from reader.core.search import segmenter

ELLIPSIS = "…"
#: Snippet length in characters; a segment is a sentence, so most fit whole.
DEFAULT_CHARS = 160


@dataclass(frozen=True)
class Matcher:
    """What to mark: folded whole words, folded word prefixes, and Chinese strings."""

    words: frozenset[str] = frozenset()
    prefixes: tuple[str, ...] = ()
    han: tuple[str, ...] = ()

    @classmethod
    def build(cls, words: Iterable[str], prefixes: Iterable[str]) -> Matcher:
        exact: set[str] = set()
        starts: set[str] = set()
        han: set[str] = set()
        for word in words:
            (han if segmenter.has_han(word) else exact).add(segmenter.fold(word))
        for prefix in prefixes:
            (han if segmenter.has_han(prefix) else starts).add(segmenter.fold(prefix))
        # Longest first, so 扩散模型 is marked whole rather than as 扩散 + 模型 + overlap.
        return cls(frozenset(exact), tuple(sorted(starts)), tuple(sorted(han, key=len, reverse=True)))

    def __bool__(self) -> bool:
        return bool(self.words or self.prefixes or self.han)

    @cached_property
    def _latin(self) -> re.Pattern[str] | None:
        """One regex for all Latin words and prefixes, at word or glue boundaries, any case."""
        options = [re.escape(w) for w in sorted(self.words, key=len, reverse=True)]
        options += [re.escape(p) + _WORD_CHARS for p in sorted(self.prefixes, key=len, reverse=True)]
        if not options:
            return None
        return re.compile(f"{_START}(?:{'|'.join(options)}){_END}", re.IGNORECASE)

    def spans(self, text: str) -> list[tuple[int, int]]:
        """Character spans of *text* to mark, sorted, merged where they touch or overlap."""
        if not text:
            return []
        found: list[tuple[int, int]] = []
        pattern = self._latin
        if pattern is not None:
            folded = text if text.isascii() else text.translate(_STRIP_ACCENTS)
            found.extend(match.span() for match in pattern.finditer(folded))
        for needle in self.han:
            position = text.find(needle)
            while position != -1:
                found.append((position, position + len(needle)))
                position = text.find(needle, position + len(needle))
        found.sort()
        merged: list[tuple[int, int]] = []
        for start, end in found:
            if merged and start <= merged[-1][1] + 1 and not text[merged[-1][1] : start].strip():
                merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
            else:
                merged.append((start, end))
        return merged


class _AccentStripper(dict[int, int]):
    """``str.translate`` table: each accented letter → its base letter (é → e), same length."""

    def __missing__(self, codepoint: int) -> int:
        base = unicodedata.normalize("NFD", chr(codepoint))[0]
        self[codepoint] = ord(base)
        return self[codepoint]


_STRIP_ACCENTS = _AccentStripper()
_WORD_CHARS = f"[^\\W_{segmenter.HAN_CLASS}]*"
# Case-sensitive even inside the case-insensitive pattern: aB is a glue point, ab is not.
_GLUE = r"(?-i:(?<=[a-z])(?=[A-Z])|(?<=[A-Za-z])(?=[0-9])|(?<=[0-9])(?=[A-Za-z]))"
# A word starts after a non-word character (or Han, which is its own run), or at a glue point.
_START = f"(?:(?<![^\\W_{segmenter.HAN_CLASS}])|{_GLUE})"
_END = f"(?:(?![^\\W_{segmenter.HAN_CLASS}])|{_GLUE})"


def _window(text: str, spans: list[tuple[int, int]], max_chars: int) -> tuple[int, int]:
    """The start and end of the *max_chars* window that shows the most matches."""
    if len(text) <= max_chars:
        return 0, len(text)
    best_start, best_count = 0, -1
    for first, (start, _end) in enumerate(spans):
        window_start = start - min(start, max_chars // 4)
        count = sum(1 for _s, e in spans[first:] if e <= window_start + max_chars)
        if count > best_count:
            best_start, best_count = window_start, count
    window_start = best_start
    # Start and end at a space when one is near, so the snippet doesn't cut words in half.
    if window_start > 0:
        space = text.rfind(" ", max(0, window_start - 12), window_start + 1)
        if space != -1:
            window_start = space + 1
    window_end = min(len(text), window_start + max_chars)
    if window_end < len(text):
        space = text.rfind(" ", window_end - 12, window_end)
        covered_end = max((e for s, e in spans if s < window_end), default=0)
        if space > covered_end:
            window_end = space
    return window_start, window_end


def make_snippet(
    text: str,
    spans: list[tuple[int, int]],
    *,
    markers: tuple[str, str] = ("[", "]"),
    escape: Callable[[str], str] | None = None,
    max_chars: int = DEFAULT_CHARS,
) -> str:
    """*text* cut to a window around *spans*, each span wrapped in *markers*.

    *escape* (e.g. :func:`html.escape`) is applied to the text but not to the markers, so a
    GUI can ask for ``("<mark>", "</mark>")`` and get valid HTML.
    """
    escape = escape or (lambda s: s)
    start, end = _window(text, spans, max(1, max_chars))
    out = [ELLIPSIS] if start > 0 else []
    position = start
    for span_start, span_end in spans:
        span_start, span_end = max(span_start, position), min(span_end, end)
        if span_start >= span_end:
            continue
        out.append(escape(text[position:span_start]))
        out.append(markers[0] + escape(text[span_start:span_end]) + markers[1])
        position = span_end
    out.append(escape(text[position:end]))
    if end < len(text):
        out.append(ELLIPSIS)
    return "".join(out)
