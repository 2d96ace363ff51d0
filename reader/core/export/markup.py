"""Text helpers shared by the writers: joining segments, escaping for Markdown, timestamps.

Transcript text is data, not markup: :func:`escape_text` makes it render literally on
GitHub, in Obsidian and through the ``markdown`` package alike (only escapes all three
understand are used). Note text *is* Markdown, but raw HTML in it is neutralised by
:func:`neutralize_html`, so an exported page never runs or hides what a user typed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

UNTRANSLATED_MARK = "(not translated yet)"
EDITED_MARK = "✎"

_CJK = re.compile(
    r"[\u2e80-\u2fff\u3000-\u303f\u3040-\u30ff\u3100-\u31ff\u3400-\u4dbf\u4e00-\u9fff"
    r"\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]"
)
_BACKSLASHED = str.maketrans({c: "\\" + c for c in "\\`*_[]#"})
_ENTITY_LIKE = re.compile(r"&(?=#?[0-9A-Za-z]+;)")
_TAG_LIKE = re.compile(r"<(?=[A-Za-z/!?])")
_BLOCK_START = re.compile(r"^([>+-])|^(\d+)([.)])")
_AUTOLINK = re.compile(r"<(?:https?://|mailto:)[^<>\s]+>")
_FENCE = re.compile(r"^\s{0,3}(`{3,}|~{3,})")
_CODE_SPAN = re.compile(r"(`+)(.+?)(?<!`)\1(?!`)")


def is_cjk(char: str) -> bool:
    return bool(_CJK.match(char))


def join_texts(parts: Iterable[str]) -> str:
    """Join pieces of running text: no space between Chinese/Japanese text, one elsewhere.

    A space is kept where CJK meets Latin text: it reads well either way, and Markdown
    emphasis (``_..._``) next to a CJK character would otherwise not be recognised.
    """
    result = ""
    for part in parts:
        part = part.strip()
        if not part:
            continue
        if result and not (is_cjk(result[-1]) and is_cjk(part[0])):
            result += " "
        result += part
    return result


def join_rendered(pieces: Iterable[tuple[str, str]]) -> str:
    """Join rendered pieces, spacing them by their raw text: ``(raw, rendered)`` pairs.

    Rendering wraps text in markup (``<mark>``, escapes), which would hide whether a piece
    starts or ends with Chinese text; the raw text decides.
    """
    result = ""
    previous = ""
    for raw, rendered in pieces:
        raw = raw.strip()
        if not raw or not rendered:
            continue
        if result and not (is_cjk(previous[-1]) and is_cjk(raw[0])):
            result += " "
        result += rendered
        previous = raw
    return result


def flatten(text: str) -> str:
    """One line of running text (line breaks inside a segment become spaces or nothing)."""
    return join_texts(text.split("\n"))


def escape_text(text: str) -> str:
    """Markdown that renders *text* (one line) literally."""
    text = text.translate(_BACKSLASHED)
    text = _ENTITY_LIKE.sub("&amp;", text)
    # Every "<" in literal text: a tag, an autolink or an e-mail link (``<"@!>``, and then
    # ``<&lt;@!>`` once the inner one is escaped) can start at any of them.
    text = text.replace("<", "&lt;")
    # Strikethrough (GitHub), math (GitHub, Obsidian) and highlight (Obsidian) markers.
    text = text.replace("~", "&#126;").replace("$", "&#36;").replace("==", "=&#61;")
    return _BLOCK_START.sub(lambda m: f"\\{m.group(1)}" if m.group(1) else f"{m.group(2)}\\{m.group(3)}", text)


def escape_cell(markdown: str) -> str:
    """Markdown made fit for one table cell: pipes escaped, line breaks as ``<br>``."""
    lines = [line.strip() for line in markdown.replace("|", "\\|").split("\n")]
    while lines and not lines[-1]:
        lines.pop()
    return "<br>".join(lines)


def _neutralize_line(line: str) -> str:
    out: list[str] = []
    position = 0
    for match in _CODE_SPAN.finditer(line):
        out.append(_neutralize_plain(line[position : match.start()]))
        out.append(match.group(0))
        position = match.end()
    out.append(_neutralize_plain(line[position:]))
    return "".join(out)


def _neutralize_plain(text: str) -> str:
    out: list[str] = []
    position = 0
    for match in _AUTOLINK.finditer(text):
        out.append(_TAG_LIKE.sub("&lt;", text[position : match.start()]))
        out.append(match.group(0))
        position = match.end()
    out.append(_TAG_LIKE.sub("&lt;", text[position:]))
    return "".join(out)


def neutralize_html(markdown: str) -> str:
    """Note Markdown with raw HTML shown as text; code spans, fenced code and autolinks kept."""
    lines = markdown.split("\n")
    fence: str | None = None
    for index, line in enumerate(lines):
        match = _FENCE.match(line)
        if fence is None:
            if match:
                fence = match.group(1)
            else:
                lines[index] = _neutralize_line(line)
        elif match and match.group(1)[0] == fence[0] and len(match.group(1)) >= len(fence):
            fence = None
    return "\n".join(lines)


def quote(markdown: str) -> str:
    """*markdown* as a block quote (every line prefixed, blank lines kept inside the quote)."""
    return "\n".join(f"> {line}" if line.strip() else ">" for line in markdown.split("\n"))


def timestamp(ms: int, *, separator: str = ".", always_hours: bool = True) -> str:
    """``HH:MM:SS.mmm`` (SRT uses ``,``); hours may exceed two digits for very long files."""
    seconds, millis = divmod(max(ms, 0), 1000)
    minutes, seconds = divmod(seconds, 60)
    hours, minutes = divmod(minutes, 60)
    if not always_hours and not hours:
        return f"{minutes:02d}:{seconds:02d}{separator}{millis:03d}"
    return f"{hours:02d}:{minutes:02d}:{seconds:02d}{separator}{millis:03d}"


def clock(ms: int) -> str:
    """A reading-friendly position in a recording: ``1:02:03`` or ``02:03``."""
    seconds = max(ms, 0) // 1000
    minutes, seconds = divmod(seconds, 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{seconds:02d}" if hours else f"{minutes:02d}:{seconds:02d}"
