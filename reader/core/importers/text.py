"""Plain text: every non-blank line is a block (ASR notes put one utterance per line).

A short first line standing alone above the body, without sentence punctuation, is the
document's title ("智源大会 2023 笔记(六)"), not part of any talk.
"""

from __future__ import annotations

import re

from reader.core.importers.base import Block, ParsedDocument
from reader.core.importers.encoding import split_lines

_TITLE_MAX_CHARS = 60
_SENTENCE_PUNCT = re.compile(r"[。！？.!?,，;；]$")


def _title_line(lines: list[str], non_blank: list[int]) -> int | None:
    if len(non_blank) < 3:
        return None
    first = non_blank[0]
    text = lines[first].strip()
    followed_by_blank = first + 1 < len(lines) and not lines[first + 1].strip()
    if len(text) <= _TITLE_MAX_CHARS and followed_by_blank and not _SENTENCE_PUNCT.search(text):
        return first
    return None


def parse_text(text: str) -> ParsedDocument:
    lines = split_lines(text)
    doc = ParsedDocument(format="txt", line_count=len(lines))
    non_blank = [index for index, line in enumerate(lines) if line.strip()]
    title_index = _title_line(lines, non_blank)
    for index in non_blank:
        stripped = lines[index].strip()
        if index == title_index:
            doc.title = stripped
            continue
        doc.blocks.append(Block(text=stripped, first_line=index + 1, last_line=index + 1))
    return doc
