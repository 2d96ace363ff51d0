"""Markdown notes: headings start new talks, paragraphs are blocks.

Only the structure matters for import: ATX headings (``#``–``######``) and setext headings
(underlined with ``===``/``---``), blank-line separated paragraphs, list items and quotes
(their markers stripped), YAML front matter and fenced code skipped.
"""

from __future__ import annotations

import re

from reader.core.importers.base import Block, BlockKind, ParsedDocument
from reader.core.importers.encoding import split_lines

_ATX = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
_SETEXT = re.compile(r"^\s{0,3}(=+|-+)\s*$")
_FENCE = re.compile(r"^\s{0,3}(```|~~~)")
_LIST_OR_QUOTE = re.compile(r"^\s*(?:>\s*)+|^\s*(?:[-*+]|\d+[.)])\s+")
_INLINE = re.compile(r"(\*\*|__|`)")
_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")


def _inline_text(line: str) -> str:
    line = _LIST_OR_QUOTE.sub("", line)
    line = _LINK.sub(r"\1", line)
    return _INLINE.sub("", line).strip()


def parse_markdown(text: str) -> ParsedDocument:
    lines = split_lines(text)
    doc = ParsedDocument(format="md", line_count=len(lines))
    paragraph: list[tuple[int, str]] = []

    def flush() -> None:
        if paragraph:
            body = "\n".join(part for _, part in paragraph)
            doc.blocks.append(Block(text=body, first_line=paragraph[0][0], last_line=paragraph[-1][0]))
            paragraph.clear()

    index = 0
    if lines and lines[0].strip() == "---":  # YAML front matter
        for end in range(1, len(lines)):
            if lines[end].strip() in ("---", "..."):
                index = end + 1
                break
    in_fence = False
    in_comment = False
    while index < len(lines):
        number, line = index + 1, lines[index]
        index += 1
        if in_comment or line.lstrip().startswith("<!--"):
            flush()
            in_comment = "-->" not in line
            continue
        if _FENCE.match(line):
            flush()
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        heading = _ATX.match(line)
        if heading and heading.group(2).strip():
            flush()
            doc.blocks.append(
                Block(
                    text=_inline_text(heading.group(2)),
                    first_line=number,
                    last_line=number,
                    kind=BlockKind.HEADING,
                    level=len(heading.group(1)),
                )
            )
            continue
        underline = _SETEXT.match(line)
        if underline and len(paragraph) == 1 and paragraph[0][0] == number - 1:
            first_line, heading_text = paragraph.pop()
            doc.blocks.append(
                Block(
                    text=heading_text,
                    first_line=first_line,
                    last_line=number,
                    kind=BlockKind.HEADING,
                    level=1 if underline.group(1).startswith("=") else 2,
                )
            )
            continue
        if not line.strip():
            flush()
            continue
        if _LIST_OR_QUOTE.match(line):
            flush()
        cleaned = _inline_text(line)
        if cleaned:
            paragraph.append((number, cleaned))
    flush()
    return doc
