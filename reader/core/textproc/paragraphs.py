"""Grouping sentence units into readable paragraphs.

ASR notes come as a stream of short fragments (one utterance per line, one cue per subtitle);
read one per paragraph they are choppy, read as one block they are a wall. We group whole
source blocks (a unit's ``block``) into paragraphs of about a hundred words, and start a new
paragraph where a reader would expect one: a change of speaker (a "Name:" label, a subtitle
dash, ">>"), a pause (a silence between subtitle cues, or more blank lines than usual), or a
change of language. A long block is a paragraph of its own, and a block is never split.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.core.textproc.language import han_count, latin_words
from reader.core.textproc.units import Unit

TARGET_WORDS = 120
LONG_BLOCK_WORDS = 80
PAUSE_MS = 2000

_SPEAKER_LABEL = re.compile(
    r"^\s*(?:>>|[-–—]\s|(?:[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,3}|[\u4e00-\u9fff]{1,6}|"
    r"(?:speaker|说话人|发言人)\s*\d+|Q|A|问|答)\s*[:：])",
    re.IGNORECASE,
)


def _words(text: str) -> float:
    return han_count(text) / 1.5 + len(latin_words(text))


def assign_paragraphs(units: Sequence[Unit]) -> list[int]:
    """Paragraph index (0-based, non-decreasing) for each unit.

    A change of ``unit.speaker`` (the file's own ``[Speaker 3]:`` or ``<v Name>``) always
    starts a paragraph: the reader and the exports print the name above the paragraph where
    a turn starts, so one paragraph must never hold two speakers.
    """
    if not units:
        return []
    blocks: list[list[int]] = []
    for index, unit in enumerate(units):
        if not blocks or unit.block != units[blocks[-1][-1]].block:
            blocks.append([])
        blocks[-1].append(index)
    sizes = [sum(_words(units[i].text) for i in block) for block in blocks]
    langs = [_block_language(units, block) for block in blocks]
    gaps = sorted(units[b[0]].line - units[a[-1]].line_end - 1 for a, b in zip(blocks, blocks[1:], strict=False))
    typical_gap = gaps[len(gaps) // 2] if gaps else 0

    paragraphs = [0] * len(units)
    current, size, lang = 0, 0.0, langs[0]
    for number, block in enumerate(blocks):
        if number:
            previous_last, first = units[blocks[number - 1][-1]], units[block[0]]
            pause = (
                first.start_ms is not None
                and previous_last.end_ms is not None
                and first.start_ms - previous_last.end_ms >= PAUSE_MS
            )
            new = (
                size + sizes[number] > TARGET_WORDS
                or sizes[number] >= LONG_BLOCK_WORDS
                or sizes[number - 1] >= LONG_BLOCK_WORDS
                or (langs[number] not in ("und", lang) and lang != "und")
                or _SPEAKER_LABEL.match(first.text) is not None
                or first.speaker != previous_last.speaker
                or pause
                or first.line - previous_last.line_end - 1 > typical_gap + 1
            )
            if new:
                current, size, lang = current + 1, 0.0, langs[number]
        size += sizes[number]
        if lang == "und":
            lang = langs[number]
        for index in block:
            paragraphs[index] = current
    return paragraphs


def _block_language(units: Sequence[Unit], block: list[int]) -> str:
    weights: dict[str, int] = {}
    for index in block:
        unit = units[index]
        if unit.lang != "und":
            weights[unit.lang] = weights.get(unit.lang, 0) + len(unit.text)
    return max(weights, key=lambda lang: weights[lang]) if weights else "und"
