"""Splitting text into sentence-sized spans.

Spans always tile the text: joining ``text[start:end]`` for every span gives back the text
minus the whitespace between spans, so nothing is ever lost and every segment maps back to
its source.
"""

from __future__ import annotations

import re

MAX_SEGMENT_CHARS = 200

_SENTENCE_END = re.compile(r"[。！？!?]+[”’\"')）]*|(?<=[A-Za-z0-9\)])[.](?=\s|$)")
_CLAUSE_END = re.compile(r"[，,;；、:：]")


def _strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _cap(text: str, start: int, end: int, max_chars: int) -> list[tuple[int, int]]:
    """Cut an over-long span at clause marks, then at spaces, then anywhere."""
    spans: list[tuple[int, int]] = []
    while end - start > max_chars:
        window = text[start : start + max_chars]
        cut = -1
        for match in _CLAUSE_END.finditer(window):
            if match.end() > max_chars // 3:
                cut = match.end()
        if cut < 0:
            space = window.rfind(" ", max_chars // 3)
            cut = space + 1 if space > 0 else max_chars
        spans.append(_strip_span(text, start, start + cut))
        start = start + cut
    spans.append(_strip_span(text, start, end))
    return [span for span in spans if span[1] > span[0]]


def split_sentences(text: str, max_chars: int = MAX_SEGMENT_CHARS) -> list[tuple[int, int]]:
    """Sentence spans ``(start, end)`` of *text*, none longer than *max_chars*."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        end = match.end()
        s, e = _strip_span(text, start, end)
        if e > s:
            spans.extend(_cap(text, s, e, max_chars))
        start = end
    s, e = _strip_span(text, start, len(text))
    if e > s:
        spans.extend(_cap(text, s, e, max_chars))
    return spans
