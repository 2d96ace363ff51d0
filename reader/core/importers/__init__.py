"""Parsing transcript files into blocks: one module per format, plus encoding detection."""

from __future__ import annotations

import re
from pathlib import Path

from reader.core.importers.base import Block, BlockKind, ParsedDocument, ParseWarning
from reader.core.importers.markdown import parse_markdown
from reader.core.importers.subtitles import parse_srt, parse_vtt
from reader.core.importers.text import parse_text

__all__ = ["Block", "BlockKind", "ParsedDocument", "ParseWarning", "SUPPORTED_SUFFIXES", "detect_format", "parse"]

SUPPORTED_SUFFIXES: dict[str, str] = {
    ".txt": "txt",
    ".text": "txt",
    ".log": "txt",
    ".md": "md",
    ".markdown": "md",
    ".mdown": "md",
    ".srt": "srt",
    ".vtt": "vtt",
}

_SRT_SNIFF = re.compile(r"^\s*\d+\s*\n\s*\d{1,2}:\d{2}:\d{2}[,.]\d{1,3}\s*-->", re.MULTILINE)
#: The first cue of an SRT file at the very start of the text.
_SRT_START = re.compile(r"\s*\d+[ \t]*\n[ \t]*\d{1,2}:\d{2}:\d{2}[,.]\d{1,3}\s*-->")


def _subtitle_content(head: str) -> str | None:
    """``vtt`` or ``srt`` when the text starts like a subtitle file, whatever its name."""
    if head.startswith("WEBVTT"):
        return "vtt"
    if _SRT_START.match(head.replace("\r\n", "\n")):
        return "srt"
    return None


def detect_format(path: Path, text: str) -> str:
    """Format by file suffix, except that a text file holding subtitles is subtitles; for
    unknown suffixes, by content."""
    head = text[:4096].lstrip("\ufeff")
    known = SUPPORTED_SUFFIXES.get(path.suffix.lower())
    if known == "txt":
        return _subtitle_content(head) or known
    if known:
        return known
    subtitles = _subtitle_content(head)
    if subtitles:
        return subtitles
    if _SRT_SNIFF.search(head.replace("\r\n", "\n")):
        return "srt"
    if re.search(r"^#{1,6}\s+\S", head, re.MULTILINE):
        return "md"
    return "txt"


def parse(path: Path, text: str, fmt: str | None = None) -> ParsedDocument:
    text = text.lstrip("\ufeff")
    fmt = fmt or detect_format(path, text)
    if fmt == "srt":
        return parse_srt(text, path)
    if fmt == "vtt":
        return parse_vtt(text, path)
    if fmt == "md":
        return parse_markdown(text)
    return parse_text(text)
