"""Parsing transcript files into blocks: one module per format, plus encoding detection."""

from __future__ import annotations

import re
from pathlib import Path

from reader.core.importers.base import Block, BlockKind, ParsedDocument
from reader.core.importers.markdown import parse_markdown
from reader.core.importers.subtitles import parse_srt, parse_vtt
from reader.core.importers.text import parse_text

__all__ = ["Block", "BlockKind", "ParsedDocument", "SUPPORTED_SUFFIXES", "detect_format", "parse"]

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


def detect_format(path: Path, text: str) -> str:
    """Format by file suffix; for unknown suffixes, by content."""
    known = SUPPORTED_SUFFIXES.get(path.suffix.lower())
    if known:
        return known
    head = text[:4096].lstrip("\ufeff")
    if head.startswith("WEBVTT"):
        return "vtt"
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
