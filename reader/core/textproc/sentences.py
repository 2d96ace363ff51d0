"""Splitting text into sentence-sized spans.

Spans always tile the text: joining ``text[start:end]`` for every span gives back the text
minus the whitespace between spans, so nothing is ever lost and every segment maps back to
its source.

A sentence ends at 。！？ (which ASR notes also put after English), at ``!``/``?`` outside
URLs, and at ``.`` unless it belongs to an abbreviation ("Dr.", "e.g.", "U.S."), a number
("3.5") or a URL. A sentence longer than the cap — ASR gives lines of 1,000 characters with
no punctuation — is cut into balanced pieces, preferring clause marks, then the start of a
clause ("so", "but", 所以, 但是), then word boundaries (spaces, or jieba for Chinese), so a
translator gets pieces of at most ~150 model tokens that still read as phrases.
"""

from __future__ import annotations

import bisect
import math
import re

from reader.core.textproc.language import HAN_CLASS
from reader.core.textproc.words import word_starts

MAX_SEGMENT_CHARS = 200

_HARD_END = re.compile(r"[。！？]+|[!?]+|\.(?!\.)")
_CLOSERS = "”’\"'」』）)]】》"
_URL = re.compile(r"(?:https?://|www\.)\S+|\b[\w-]+(?:\.[\w-]+)+/\S*", re.IGNORECASE)
_WORD_BEFORE_DOT = re.compile(r"([A-Za-z][A-Za-z.]*)$")
_ABBREVIATIONS = frozenset(
    """dr mr mrs ms mx prof sr jr st mt vs etc e.g i.e cf al approx dept univ inc ltd co corp
    fig figs eq eqs no nos vol vols ch sec p pp ph.d u.s u.k u.n a.m p.m jan feb mar apr jun jul aug
    sep sept oct nov dec est ca resp viz""".split()
)
_SOFT_MARK = re.compile(r"[，,;；、:：…\n]+|\.{3,}|——")
_CLAUSE_STARTS_EN = re.compile(
    r"(?<=\s)(?:so|but|and|because|then|which|when|where|while|if|or|although|actually|now|okay|"
    r"yeah|however|therefore)\b",
    re.IGNORECASE,
)
_CLAUSE_STARTS_ZH = re.compile(
    r"所以|但是|然后|因为|如果|那么|而且|另外|其实|就是说|我觉得|我们|可是|不过|当然|首先|其次|最后|同时"
)
_HAN = re.compile(f"[{HAN_CLASS}]")


def _strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _is_sentence_dot(text: str, dot: int) -> bool:
    """Whether the ``.`` at *dot* ends a sentence rather than an abbreviation or a number."""
    after = text[dot + 1 : dot + 2]
    if after and not (after.isspace() or after in _CLOSERS or _HAN.match(after)):
        return False  # "3.5", "node.js", "models.So": no sentence break inside a token
    before = text[max(0, dot - 20) : dot]
    if not before or before[-1].isspace():
        return False
    match = _WORD_BEFORE_DOT.search(before)
    if match:
        word = match.group(1).lower()
        if word in _ABBREVIATIONS:
            return False
        if len(word) == 1 and word.isalpha() and before[-1].isupper():
            return False  # an initial: "J. Smith"
        if re.fullmatch(r"(?:[a-z]\.)+[a-z]", word):
            return False  # "e.g", "U.S", "i.e" spelled with dots
    return True


def _sentence_ends(text: str) -> list[int]:
    urls = []
    for match in _URL.finditer(text):
        url = match.group().rstrip(".,;:!?)]}'\"。！？，")
        urls.append((match.start(), match.start() + len(url)))

    def in_url(position: int) -> bool:
        return any(start <= position < end for start, end in urls)

    ends: list[int] = []
    for match in _HARD_END.finditer(text):
        if in_url(match.start()):
            continue
        if match.group() == "." and not _is_sentence_dot(text, match.start()):
            continue
        end = match.end()
        while end < len(text) and text[end] in _CLOSERS:
            end += 1
        ends.append(end)
    return ends


def split_sentences(text: str, max_chars: int = MAX_SEGMENT_CHARS) -> list[tuple[int, int]]:
    """Sentence spans ``(start, end)`` of *text*, none longer than *max_chars*."""
    spans: list[tuple[int, int]] = []
    start = 0
    for end in [*_sentence_ends(text), len(text)]:
        if end <= start:
            continue
        s, e = _strip_span(text, start, end)
        if e > s:
            spans.extend(_cap(text, s, e, max_chars))
        start = end
    return spans


def _cut_candidates(piece: str) -> dict[int, float]:
    """Weighted places to cut *piece*: 3 after a clause mark, 2 before a clause opener,
    1 at a word boundary. Offsets are cut positions (the new span starts there)."""
    weights: dict[int, float] = {}

    def put(position: int, weight: float) -> None:
        if 0 < position < len(piece) and weights.get(position, 0.0) < weight:
            weights[position] = weight

    for position in word_starts(piece):
        put(position, 1.0)
    for match in re.finditer(r"\s+", piece):
        put(match.end(), 1.0)
    for match in _CLAUSE_STARTS_EN.finditer(piece):
        put(match.start(), 2.0)
    for match in _CLAUSE_STARTS_ZH.finditer(piece):
        if match.start() in weights:
            put(match.start(), 2.0)
    for match in _SOFT_MARK.finditer(piece):
        end = match.end()
        while end < len(piece) and piece[end].isspace():
            end += 1
        put(end, 3.0)
    return weights


def _cap(text: str, start: int, end: int, max_chars: int) -> list[tuple[int, int]]:
    """Cut an over-long span into balanced pieces at the best-weighted places.

    Cut places are looked for in a window of a few pieces ahead at a time, so a line of
    millions of unpunctuated characters costs linear time and bounded memory (jieba over the
    whole line at once would hold a graph of every character).
    """
    if end - start <= max_chars:
        return [(start, end)]
    window = 8 * max_chars
    spans: list[tuple[int, int]] = []
    offset = start
    window_end = -1
    candidates: dict[int, float] = {}
    positions: list[int] = []
    while end - offset > max_chars:
        if offset + max_chars > window_end:
            window_start, window_end = offset, min(end, offset + window)
            piece = text[window_start:window_end]
            candidates = {window_start + at: weight for at, weight in _cut_candidates(piece).items()}
            positions = sorted(candidates)
        remaining = end - offset
        target = remaining / math.ceil(remaining / max_chars)
        best, best_score = offset + max_chars, -math.inf
        # Only the cut places within reach of this piece.
        low = bisect.bisect_right(positions, offset)
        high = bisect.bisect_right(positions, offset + max_chars)
        for position in positions[low:high]:
            length = position - offset
            score = candidates[position] - 4.0 * abs(length - target) / max_chars
            if score > best_score:
                best, best_score = position, score
        s, e = _strip_span(text, offset, best)
        if e > s:
            spans.append((s, e))
        offset = best
    s, e = _strip_span(text, offset, end)
    if e > s:
        spans.append((s, e))
    return spans
