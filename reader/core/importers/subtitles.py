"""SubRip (.srt) and WebVTT (.vtt) subtitles: one block per cue, times kept.

Bilingual files that repeat each cue with its translation (same times, one cue per
language) become one block carrying the given translation, not two copies of the text.
A block that cannot be read is reported with its line number; nothing is guessed.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, replace
from pathlib import Path

from reader.core.errors import ImportFailed
from reader.core.importers.base import Block, ParsedDocument
from reader.core.importers.encoding import split_lines
from reader.core.textproc.language import detect_language

_TIME = r"(?:(\d{1,3}):)?(\d{1,2}):(\d{2})[,.](\d{1,3})"
_TIMING = re.compile(rf"^\s*{_TIME}\s*-->\s*{_TIME}(?:\s+.*)?$")
_TAG = re.compile(r"</?[a-zA-Z][^>]*>|\{\\[^}]*\}")
_VOICE = re.compile(r"<v(?:\.[\w.-]+)?\s+([^>]+)>")


@dataclass(frozen=True)
class Cue:
    start_ms: int
    end_ms: int
    text: str
    first_line: int
    last_line: int
    voice: str | None = None


def _ms(hours: str | None, minutes: str, seconds: str, fraction: str) -> int:
    fraction = (fraction + "00")[:3]
    return ((int(hours or 0) * 60 + int(minutes)) * 60 + int(seconds)) * 1000 + int(fraction)


def _parse_timing(line: str) -> tuple[int, int] | None:
    match = _TIMING.match(line)
    if not match:
        return None
    groups = match.groups()
    return _ms(*groups[:4]), _ms(*groups[4:])


def _cue_blocks(lines: list[str], start: int) -> list[tuple[int, list[str]]]:
    """Runs of non-blank lines as (1-based first line, lines)."""
    runs: list[tuple[int, list[str]]] = []
    current: list[str] = []
    first = 0
    for index in range(start, len(lines)):
        line = lines[index]
        if line.strip():
            if not current:
                first = index + 1
            current.append(line.rstrip())
        elif current:
            runs.append((first, current))
            current = []
    if current:
        runs.append((first, current))
    return runs


def _cue_text(text_lines: list[str], *, vtt: bool) -> tuple[str, str | None]:
    """Cue text without markup; WebVTT escapes ``&``, ``<`` and ``>`` as entities."""
    voice = None
    joined = "\n".join(line.strip() for line in text_lines)
    match = _VOICE.search(joined)
    if match:
        voice = match.group(1).strip()
    text = _TAG.sub("", joined).strip()
    return (html.unescape(text) if vtt else text), voice


def _read_cues(lines: list[str], start: int, path: Path, *, vtt: bool) -> list[Cue]:
    cues: list[Cue] = []
    for first, run in _cue_blocks(lines, start):
        if vtt and run[0].split(maxsplit=1)[0] in ("NOTE", "STYLE", "REGION"):
            continue
        timing_at = next((i for i, line in enumerate(run[:2]) if "-->" in line), None)
        if timing_at is None and cues and not (len(run) > 1 and run[0].strip().isdigit()):
            # A blank line inside a cue's text (common in hand-edited files): keep the text.
            previous = cues[-1]
            extra, _ = _cue_text(run, vtt=vtt)
            cues[-1] = replace(previous, text=f"{previous.text}\n{extra}", last_line=first + len(run) - 1)
            continue
        if timing_at is None:
            raise ImportFailed(
                f"malformed subtitle block at line {first}: no 'start --> end' time line", path=path
            )
        if not vtt and timing_at == 1 and not run[0].strip().isdigit():
            raise ImportFailed(
                f"malformed subtitle block at line {first}: '{run[0].strip()[:40]}' is not a cue number",
                path=path,
            )
        times = _parse_timing(run[timing_at])
        if times is None:
            raise ImportFailed(
                f"malformed subtitle time at line {first + timing_at}: '{run[timing_at].strip()[:60]}'",
                path=path,
            )
        if times[1] < times[0]:
            raise ImportFailed(f"subtitle at line {first + timing_at} ends before it starts", path=path)
        text, voice = _cue_text(run[timing_at + 1 :], vtt=vtt)
        if text:
            cues.append(Cue(times[0], times[1], text, first, first + len(run) - 1, voice))
    return cues


def _merge_bilingual(cues: list[Cue]) -> list[Block]:
    """Pair cues that repeat the same times in two languages; the first is the original."""
    blocks: list[Block] = []
    index = 0
    while index < len(cues):
        cue = cues[index]
        block = Block(
            text=cue.text,
            first_line=cue.first_line,
            last_line=cue.last_line,
            start_ms=cue.start_ms,
            end_ms=cue.end_ms,
        )
        following = cues[index + 1] if index + 1 < len(cues) else None
        if (
            following is not None
            and (following.start_ms, following.end_ms) == (cue.start_ms, cue.end_ms)
            and detect_language(following.text) != detect_language(cue.text)
        ):
            block = replace(block, translation=following.text, last_line=following.last_line)
            index += 1
        blocks.append(block)
        index += 1
    return blocks


def _document(fmt: str, lines: list[str], cues: list[Cue], path: Path) -> ParsedDocument:
    if not cues:
        raise ImportFailed("no subtitle cues with text found", path=path)
    doc = ParsedDocument(format=fmt, line_count=len(lines))
    doc.blocks = _merge_bilingual(cues)
    return doc


def parse_srt(text: str, path: Path) -> ParsedDocument:
    lines = split_lines(text)
    return _document("srt", lines, _read_cues(lines, 0, path, vtt=False), path)


def parse_vtt(text: str, path: Path) -> ParsedDocument:
    lines = split_lines(text)
    if not lines or not lines[0].lstrip("\ufeff").startswith("WEBVTT"):
        raise ImportFailed("not a WebVTT file: the first line must be 'WEBVTT'", path=path)
    # The header runs until the first blank line.
    start = next((i for i, line in enumerate(lines) if not line.strip()), len(lines))
    return _document("vtt", lines, _read_cues(lines, start, path, vtt=True), path)
