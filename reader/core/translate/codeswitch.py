"""Keeping embedded foreign terms untouched ("我们用 transformer 做 diffusion 的 decoder").

Two steps, so quality is only traded when the model actually damages a term:

1. The whole segment is translated with its terms in place. Models with a shared vocabulary
   usually copy Latin terms through (and Chinese terms in English text). If every term is
   found again in the output (case-insensitively; its original spelling is restored), the
   full-sentence translation is kept.
2. Otherwise the segment is cut around its terms: the pieces in the segment's own language
   are translated separately and the terms are spliced back verbatim between them.

The runs come from :func:`reader.core.textproc.language.mixed_runs`; until that exists, a
script-based fallback with the same signature is used.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

Run = tuple[int, int, str]

_HAN = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_LATIN_WORD = r"[A-Za-z][A-Za-z0-9]*(?:[-'.+#][A-Za-z0-9]+)*"
_LATIN_RUN = re.compile(rf"{_LATIN_WORD}(?:\s+{_LATIN_WORD})*")
_HAN_RUN = re.compile(rf"[{_HAN}]+")
_WORDLIKE = re.compile(rf"[A-Za-z{_HAN}]")
#: Target languages written without spaces between words.
_NO_SPACE_LANGS = frozenset({"zh", "zt", "ja", "ko", "th", "lo", "my"})


def _fallback_mixed_runs(text: str, lang: str) -> list[Run]:
    """Runs of the other script inside *text* (Latin in zh text, Han in en text)."""
    if lang == "zh":
        pattern = _LATIN_RUN
        other = "en"
    elif lang == "en":
        pattern = _HAN_RUN
        other = "zh"
    else:
        return []
    return [(m.start(), m.end(), other) for m in pattern.finditer(text)]


def _load_mixed_runs() -> Callable[[str, str], list[Run]]:
    try:
        from reader.core.textproc.language import mixed_runs
    except ImportError:
        return _fallback_mixed_runs
    return mixed_runs


def embedded_terms(text: str, lang: str) -> list[tuple[int, int]]:
    """Spans of *text* in another language than *lang* (not punctuation or digits)."""
    spans = []
    for start, end, run_lang in _load_mixed_runs()(text, lang):
        if run_lang in (lang, "und", "") or not _WORDLIKE.search(text[start:end]):
            continue
        start, end = _strip(text, start, end)
        if start < end:
            spans.append((start, end))
    return sorted(spans)


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


@dataclass(frozen=True)
class Part:
    """A piece of a segment: translated, or kept verbatim (a term, or nothing to translate)."""

    text: str
    translate: bool


def split_around(text: str, terms: list[tuple[int, int]]) -> list[Part]:
    """*text* cut at its *terms*; pieces without words (punctuation, numbers) are kept as is."""
    parts: list[Part] = []
    position = 0
    for start, end in terms:
        _append_piece(parts, text[position:start])
        parts.append(Part(text[start:end], translate=False))
        position = end
    _append_piece(parts, text[position:])
    return parts


def _append_piece(parts: list[Part], piece: str) -> None:
    piece = piece.strip()
    if piece:
        parts.append(Part(piece, translate=bool(_WORDLIKE.search(piece))))


def _term_pattern(term: str) -> re.Pattern[str]:
    """*term* as a whole word (so the term "I" is not found inside "this")."""
    pattern = re.escape(term)
    if term[:1].isascii() and term[:1].isalnum():
        pattern = r"(?<![A-Za-z0-9])" + pattern
    if term[-1:].isascii() and term[-1:].isalnum():
        pattern += r"(?![A-Za-z0-9])"
    return re.compile(pattern, re.IGNORECASE)


def restore_terms(translation: str, terms: list[str]) -> str | None:
    """*translation* with each term in its original spelling, or None if one went missing."""
    result = translation
    position = 0
    for term in terms:
        pattern = _term_pattern(term)
        match = pattern.search(result, position) or pattern.search(result)
        if match is None:
            return None
        result = result[: match.start()] + term + result[match.end() :]
        position = match.start() + len(term)
    return result


def join_parts(pieces: list[str], target_lang: str) -> str:
    """Put translated pieces and kept terms back together in the target language's style."""
    pieces = [p.strip() for p in pieces if p.strip()]
    if target_lang in _NO_SPACE_LANGS:
        joined = ""
        for piece in pieces:
            if joined and (_is_latin_edge(joined[-1]) and _is_latin_edge(piece[0])):
                joined += " "
            joined += piece
        return joined
    joined = ""
    for piece in pieces:
        if joined and not _CLOSING.match(piece):
            joined += " "
        joined += piece
    return joined


_CLOSING = re.compile(r"[,.;:!?)\]}，。；：！？、）》」』]")


def _is_latin_edge(char: str) -> bool:
    return char.isascii() and char.isalnum()
