"""Markdown notes: headings start new talks, paragraphs are blocks.

Only the structure matters for import: ATX headings (``#``–``######``) and setext headings
(underlined with ``===``/``---``), blank-line separated paragraphs, list items and quotes
(their markers stripped), YAML front matter (its ``title:`` names the document), fenced code
and HTML comments skipped, other HTML reduced to its text. Notes that give a translated
passage followed by ``<details><summary>Original English</summary> … </details>`` become
one block: the original inside ``<details>``, carrying the passage before it as its given
translation. ``**Name**:`` labels become the paragraph's speaker.

Nothing is dropped silently: an unclosed code fence or comment, or a ``---`` block at the top
that is not YAML, is read as text and reported in :attr:`ParsedDocument.warnings`.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field, replace

from reader.core.importers.base import Block, BlockKind, ParsedDocument, ParseWarning, Spans
from reader.core.importers.sourcetext import TextBuilder, lines_with_offsets
from reader.core.importers.speakers import read_label, recurring_labels, text_pieces

_ATX = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
_SETEXT = re.compile(r"^\s{0,3}(=+|-+)\s*$")
_FENCE = re.compile(r"^\s{0,3}(```|~~~)")
_LIST_OR_QUOTE = re.compile(r"^\s*(?:>\s*)+|^\s*(?:[-*+]|\d+[.)])\s+")
_INLINE = re.compile(r"(\*\*|__|`)")
_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_TAG = re.compile(r"</?[a-zA-Z][^<>]*>")
_ENTITY = re.compile(r"&(?:#\d+|#x[0-9a-fA-F]+|[A-Za-z]\w*);")
_HTML_LINE = re.compile(r"^\s{0,3}</?[a-zA-Z][\w-]*(?:\s[^<>]*)?/?>")
_DETAILS_OPEN = re.compile(r"^\s*<details\b[^>]*>", re.IGNORECASE)
_DETAILS_CLOSE = re.compile(r"</details\s*>", re.IGNORECASE)
_SUMMARY = re.compile(r"<summary\b[^>]*>(.*?)</summary\s*>", re.IGNORECASE | re.DOTALL)
_ORIGINAL = re.compile(r"original|source text|原文|英文|原稿", re.IGNORECASE)
_YAML_KEY = re.compile(r"^([A-Za-z_][\w .-]*)\s*:(?:\s|$)")
_YAML_MORE = re.compile(r"^(?:\s+\S|-\s|-$|#)")


def _inline_text(line: str) -> str:
    line = _LIST_OR_QUOTE.sub("", line)
    line = _LINK.sub(r"\1", line)
    line = _TAG.sub("", line)
    return html.unescape(_INLINE.sub("", line)).strip()


def _markup_free(line: str, start: int, line_offset: int) -> tuple[str, list[tuple[int, int]]]:
    """``line[start:]`` without inline markup (emphasis, code ticks, link targets, HTML tags,
    entities decoded), and where each kept stretch starts: (text offset, file offset)."""
    drop: list[tuple[int, int]] = []
    for match in _LINK.finditer(line, start):
        drop += [(match.start(), match.start(1)), (match.end(1), match.end())]
    drop += [match.span() for match in _TAG.finditer(line, start)]
    drop += [match.span() for match in _INLINE.finditer(line, start)]
    parts: list[str] = []
    marks: list[tuple[int, int]] = []
    length = 0
    position = start
    for drop_start, drop_end in [*sorted(drop), (len(line), len(line))]:
        while position < drop_start:
            # An entity is a stretch of its own: the text after it keeps exact offsets.
            entity = _ENTITY.search(line, position, drop_start)
            if entity is None:
                end = drop_start
            elif entity.start() > position:
                end = entity.start()
            else:
                end = entity.end()
            piece = html.unescape(line[position:end])
            marks.append((length, line_offset + position))
            parts.append(piece)
            length += len(piece)
            position = end
        position = max(position, drop_end)
    return "".join(parts), marks


def _marks_within(marks: list[tuple[int, int]], start: int, end: int) -> list[tuple[int, int]]:
    """The marks that cover text offsets ``start``–``end``, the first moved to ``start``."""
    inside = [mark for mark in marks if start < mark[0] < end]
    before = [mark for mark in marks if mark[0] <= start]
    first = before[-1] if before else marks[0]
    return [(start, first[1] + start - first[0]), *inside]


def _front_matter(lines: list[str], doc: ParsedDocument) -> int:
    """Index of the first body line; sets the document title from a YAML ``title:``."""
    if not lines or lines[0].strip() != "---":
        return 0
    end = next((i for i in range(1, len(lines)) if lines[i].strip() in ("---", "...")), None)
    body = lines[1:end] if end is not None else []
    keys = [line for line in body if _YAML_KEY.match(line)]
    yaml_like = bool(keys) and all(not line.strip() or _YAML_KEY.match(line) or _YAML_MORE.match(line) for line in body)
    if end is None or not yaml_like:
        doc.warnings.append(
            ParseWarning(
                "front-matter-not-yaml",
                1,
                "'---' on the first line does not open YAML front matter; read as text",
            )
        )
        return 1
    doc.title = _yaml_title(body)
    return end + 1


def _yaml_title(body: list[str]) -> str | None:
    """The ``title:`` value: quoted, plain over several lines, or a ``|``/``>`` block."""
    for index, line in enumerate(body):
        match = _YAML_KEY.match(line)
        if not match or match.group(1).strip() != "title":
            continue
        value = line[match.end() :].strip()
        more: list[str] = []
        for following in body[index + 1 :]:
            if following.strip() and not following[:1].isspace():
                break
            more.append(following.strip())
        if value in ("|", ">", "|-", ">-", "|+", ">+"):
            value = (" " if value.startswith(">") else "\n").join(part for part in more if part)
        elif more:
            value = " ".join([value, *(part for part in more if part)])
        if len(value) >= 2 and value[0] == value[-1] == "'":
            value = value[1:-1].replace("''", "'")
        elif len(value) >= 2 and value[0] == value[-1] == '"':
            value = value[1:-1].replace('\\"', '"')
        value = value.strip()
        return value if value and value not in ("null", "~") else None
    return None


def _unclosed(lines: list[str], start: int) -> tuple[set[int], set[int]]:
    """Opening fence and ``<!--`` lines that are never closed: they are read as text."""
    fence: int | None = None
    comment: int | None = None
    bad_fences: set[int] = set()
    bad_comments: set[int] = set()
    for index in range(start, len(lines)):
        line = lines[index]
        if comment is not None:
            if "-->" in line:
                comment = None
            continue
        if fence is not None:
            if _FENCE.match(line):
                fence = None
            continue
        if line.lstrip().startswith("<!--") and "-->" not in line:
            comment = index
        elif _FENCE.match(line):
            fence = index
    if fence is not None:
        bad_fences.add(fence)
    if comment is not None:
        bad_comments.add(comment)
    return bad_fences, bad_comments


@dataclass
class _Details:
    """A ``<details>`` element being read: its summary and the blocks inside it."""

    line: int
    summary: str = ""
    blocks: list[Block] = field(default_factory=list)


@dataclass
class _Reader:
    lines: list[str]
    starts: list[int]
    doc: ParsedDocument
    known: frozenset[str]
    paragraph: TextBuilder = field(default_factory=TextBuilder)
    speaker: str | None = None
    details: _Details | None = None
    #: Indexes in ``doc.blocks`` of the text blocks since the last heading or ``</details>``:
    #: the passage an ``Original`` details block translates.
    passage: list[int] = field(default_factory=list)

    def target(self) -> list[Block]:
        return self.details.blocks if self.details is not None else self.doc.blocks

    def flush(self) -> None:
        if self.paragraph:
            if self.details is None:
                self.passage.append(len(self.doc.blocks))
            self.target().append(self.paragraph.build(speaker=self.speaker))
        self.paragraph = TextBuilder()
        self.speaker = None

    def heading(self, block: Block) -> None:
        self.flush()
        self.target().append(block)
        self.passage.clear()

    def add_line(self, number: int, raw: str, *, html_text: bool = False) -> None:
        """Add a line of paragraph text (markup removed), taking a speaker label off first."""
        marker = _LIST_OR_QUOTE.match(raw) if not html_text else None
        start = marker.end() if marker else 0
        start += len(raw[start:]) - len(raw[start:].lstrip())
        label = read_label(raw[start:], self.known) if not html_text else None
        if label is not None and label.speaker is not None:
            self.flush()
            self.speaker = label.speaker
            start += label.length
        cleaned, marks = _markup_free(raw, start, self.starts[number - 1])
        for piece_start, piece_end in text_pieces(cleaned):
            inside = [
                (max(at - piece_start, 0), offset + max(piece_start - at, 0))
                for at, offset in _marks_within(marks, piece_start, piece_end)
            ]
            self.paragraph.add_mapped(cleaned[piece_start:piece_end], inside, number, "\n" if self.paragraph else "")

    def close_details(self, number: int) -> None:
        self.flush()
        details, self.details = self.details, None
        assert details is not None
        inner = [block for block in details.blocks if block.kind is BlockKind.TEXT]
        if _ORIGINAL.search(details.summary) and inner and self.passage:
            self._pair(inner)
        else:
            if details.summary:
                self.doc.blocks.append(Block(text=details.summary, first_line=details.line, last_line=details.line))
            self.doc.blocks.extend(details.blocks)
        self.passage.clear()

    def _pair(self, originals: list[Block]) -> None:
        """The passage before ``<details>`` is the given translation of the originals in it:
        paragraph by paragraph when the last paragraphs match the originals in number, else
        as one block."""
        if len(self.passage) >= len(originals):
            pairs = len(originals)
            translations = [self.doc.blocks[index] for index in self.passage[-pairs:]]
            del self.doc.blocks[self.passage[-pairs] :]
        else:
            translations = [_merged([self.doc.blocks[index] for index in self.passage])]
            originals = [_merged(originals)]
            del self.doc.blocks[self.passage[0] :]
        for original, translation in zip(originals, translations, strict=True):
            self.doc.blocks.append(
                replace(original, translation=translation.text, speaker=original.speaker or translation.speaker)
            )


def _merged(blocks: list[Block]) -> Block:
    """One block of several paragraphs, keeping each paragraph's positions."""
    parts: list[str] = []
    spans: list[tuple[int, int, int]] = []
    length = 0
    for block in blocks:
        if parts:
            parts.append("\n\n")
            length += 2
        for position, line, offset in block.spans or ((0, block.first_line, block.offset or 0),):
            spans.append((length + position, line, offset))
        parts.append(block.text)
        length += len(block.text)
    return Block(
        text="".join(parts),
        first_line=blocks[0].first_line,
        last_line=blocks[-1].last_line,
        offset=spans[0][2],
        spans=Spans(spans),
        speaker=blocks[0].speaker,
    )


def parse_markdown(text: str) -> ParsedDocument:
    lines, starts = lines_with_offsets(text)
    doc = ParsedDocument(format="md", line_count=len(lines))
    index = _front_matter(lines, doc)
    bad_fences, bad_comments = _unclosed(lines, index)
    for bad in sorted(bad_fences):
        doc.warnings.append(ParseWarning("unclosed-code-fence", bad + 1, "code fence never closed; read as text"))
    for bad in sorted(bad_comments):
        doc.warnings.append(ParseWarning("unclosed-comment", bad + 1, "'<!--' never closed; read as text"))
    known = recurring_labels(_LIST_OR_QUOTE.sub("", line) for line in lines[index:])
    reader = _Reader(lines, starts, doc, known)
    in_fence = False
    in_comment = False
    while index < len(lines):
        number, line = index + 1, lines[index]
        index += 1
        if in_comment or (line.lstrip().startswith("<!--") and index - 1 not in bad_comments):
            reader.flush()
            in_comment = "-->" not in line
            continue
        if _FENCE.match(line) and index - 1 not in bad_fences:
            reader.flush()
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if _DETAILS_OPEN.match(line) and reader.details is None:
            reader.flush()
            reader.details = _Details(number)
            line = line[_DETAILS_OPEN.match(line).end() :]  # type: ignore[union-attr]
        if reader.details is not None:
            summary = _SUMMARY.search(line)
            if summary:
                reader.details.summary = html.unescape(_TAG.sub("", summary.group(1))).strip()
                line = line[: summary.start()] + line[summary.end() :]
            closing = _DETAILS_CLOSE.search(line)
            if closing:
                before = line[: closing.start()]
                if before.strip():
                    reader.add_line(number, before, html_text=True)
                reader.close_details(number)
                continue
        heading = _ATX.match(line)
        if heading and heading.group(2).strip():
            reader.heading(
                Block(
                    text=_inline_text(heading.group(2)),
                    first_line=number,
                    last_line=number,
                    kind=BlockKind.HEADING,
                    level=len(heading.group(1)),
                    offset=starts[number - 1] + heading.start(2),
                )
            )
            continue
        underline = _SETEXT.match(line)
        paragraph = reader.paragraph
        if underline and paragraph and paragraph.first_line == paragraph.last_line == number - 1:
            heading_text = paragraph.text
            offset = paragraph.spans[0][2]
            reader.paragraph = TextBuilder()
            reader.speaker = None
            reader.heading(
                Block(
                    text=heading_text,
                    first_line=number - 1,
                    last_line=number,
                    kind=BlockKind.HEADING,
                    level=1 if underline.group(1).startswith("=") else 2,
                    offset=offset,
                )
            )
            continue
        if not line.strip():
            reader.flush()
            continue
        if _SETEXT.match(line) and line.strip().startswith("-"):
            reader.flush()  # a thematic break
            continue
        if _HTML_LINE.match(line):
            reader.add_line(number, line, html_text=True)
            continue
        if _LIST_OR_QUOTE.match(line):
            reader.flush()
        reader.add_line(number, line)
    if reader.details is not None:
        doc.warnings.append(
            ParseWarning("unclosed-details", reader.details.line, "'<details>' never closed; read as text")
        )
        reader.close_details(len(lines))
    reader.flush()
    return doc
