"""SubRip (.srt) and WebVTT (.vtt) subtitles: one block per cue, times kept.

Bilingual files that repeat each cue with its translation (same times, one cue per
language), or that hold the original line and its translation inside one cue, become one
block carrying the given translation, not two copies of the text. WebVTT as YouTube/yt-dlp
writes it (header metadata, cue settings, ``<c>`` tags, inline word timestamps, ``<v Name>``
voices) is read as such; rolling captions, where each caption line is shown again in the
next cues, are read once per word, with each word's own time
(:mod:`reader.core.importers.captions` joins the words into sentences).

Cues are found by their time lines: a number or identifier line right above a time line is
the cue's name, everything up to the next cue is its text. A block that cannot be read is
reported with its line number; nothing is guessed.
"""

from __future__ import annotations

import html
import re
import sys
from collections import deque
from dataclasses import dataclass, field, replace
from pathlib import Path

from reader.core.errors import ImportFailed
from reader.core.importers.base import Block, ParsedDocument
from reader.core.importers.captions import Piece, join_pieces
from reader.core.importers.sourcetext import TextBuilder, lines_with_offsets
from reader.core.importers.speakers import read_label, text_pieces
from reader.core.textproc.language import detect_language, han_count, latin_words

_TIME = r"(?:(\d{1,3}):)?(\d{1,3}):(\d{1,3})[,.](\d{1,3})"
_TIMING = re.compile(rf"^\s*{_TIME}\s*-->\s*{_TIME}(?:\s+.*)?$")
_INLINE_TIME = re.compile(r"<(?:(\d{1,3}):)?(\d{2}):(\d{2})[.,](\d{3})>")
_MARKUP = re.compile(r"<(?:\d{1,3}:)?\d{2}:\d{2}[.,]\d{3}>|</?[a-zA-Z][^<>]*>|\{\\[^}]*\}")
_VOICE = re.compile(r"<v(?:\.[\w.-]+)?\s+([^>]+)>")
_VTT_BLOCKS = re.compile(r"^(?:NOTE|STYLE|REGION)(?:\s|$)")
#: Consecutive cues that start with the line the previous cue ended with: rolling captions
#: (twice this share when no cue carries inline word timestamps).
ROLLING_SHARE = 0.3
#: A silence this long between two words starts a new block in rolling captions.
PAUSE_MS = 1500


@dataclass(frozen=True)
class CueLine:
    """A cue's text line without markup; ``marks`` map text offsets back to file offsets."""

    number: int
    text: str
    marks: tuple[tuple[int, int], ...]
    #: (text offset, time) of each inline word timestamp.
    stamps: tuple[tuple[int, int], ...] = ()

    def file_offset(self, offset: int) -> int:
        best = self.marks[0]
        for mark in self.marks:
            if mark[0] > offset:
                break
            best = mark
        return best[1] + offset - best[0]


@dataclass
class Cue:
    start_ms: int
    end_ms: int
    first_line: int
    last_line: int
    lines: list[CueLine] = field(default_factory=list)
    voice: str | None = None

    @property
    def text(self) -> str:
        return "\n".join(line.text for line in self.lines)


def _ms(hours: str | None, minutes: str, seconds: str, fraction: str) -> int:
    fraction = (fraction + "00")[:3]
    return ((int(hours or 0) * 60 + int(minutes)) * 60 + int(seconds)) * 1000 + int(fraction)


def _valid(hours: str | None, minutes: str, seconds: str) -> bool:
    """Seconds run 00–59, and so do minutes when hours are written (hour-less WebVTT times
    from some tools count minutes past 59)."""
    return int(seconds) < 60 and (hours is None or int(minutes) < 60)


def _parse_timing(line: str) -> tuple[int, int] | None:
    match = _TIMING.match(line)
    if not match:
        return None
    groups = match.groups()
    if not (_valid(*groups[0:3]) and _valid(*groups[4:7])):
        return None
    return _ms(*groups[:4]), _ms(*groups[4:])


def _is_timing_line(line: str) -> bool:
    stripped = line.strip().lstrip("\ufeff")
    return "-->" in stripped and stripped[:1].isdigit()


def _clean_line(raw: str, number: int, start: int, *, vtt: bool) -> tuple[CueLine | None, str | None]:
    """The text of one cue line without tags, and the voice it names (``<v Name>``)."""
    voice_match = _VOICE.search(raw)
    voice = sys.intern(voice_match.group(1).strip()) if voice_match else None  # one string per name
    parts: list[str] = []
    marks: list[tuple[int, int]] = []
    stamps: list[tuple[int, int]] = []
    length = 0
    position = 0
    for match in [*_MARKUP.finditer(raw), None]:
        end = match.start() if match else len(raw)
        piece = raw[position:end]
        if piece:
            if vtt and "&" in piece:
                piece = html.unescape(piece)
            marks.append((length, start + position))
            parts.append(piece)
            length += len(piece)
        if match is None:
            break
        stamp = _INLINE_TIME.fullmatch(match.group(0))
        if stamp:
            stamps.append((length, _ms(*stamp.groups())))
        position = match.end()
    text = "".join(parts)
    lead = len(text) - len(text.lstrip())
    text = text.strip()
    if not text:
        return None, voice
    shifted = tuple((max(offset - lead, 0), file_offset + max(lead - offset, 0)) for offset, file_offset in marks)
    moved = tuple((max(offset - lead, 0), ms) for offset, ms in stamps)
    return CueLine(number, text, shifted, moved), voice


def _malformed_time(path: Path, number: int, line: str) -> ImportFailed:
    return ImportFailed(
        f"malformed subtitle time at line {number}: '{line.strip()[:60]}' "
        "(times are [hh:]mm:ss,mmm with minutes and seconds below 60)",
        path=path,
        code="import.subtitle-time",
        params={"line": number, "text": line.strip()[:60]},
    )


def _read_cues(lines: list[str], starts: list[int], first: int, path: Path, *, vtt: bool) -> list[Cue]:
    timings = [index for index in range(first, len(lines)) if _is_timing_line(lines[index])]

    def blank(index: int) -> bool:
        return not lines[index].strip().lstrip("\ufeff").strip()

    def header_start(timing: int, floor: int) -> int:
        """Index of the cue's number/identifier line above *timing*, or *timing* itself."""
        above = timing - 1
        if above < floor or blank(above):
            return timing
        name = lines[above].strip().lstrip("\ufeff")
        alone = above == floor or blank(above - 1)
        if name.isdigit() or (vtt and alone):
            return above
        if alone:
            raise ImportFailed(
                f"malformed subtitle block at line {above + 1}: '{name[:40]}' is not a cue number",
                path=path,
                code="import.subtitle-number",
                params={"line": above + 1, "text": name[:40]},
            )
        return timing

    cues: list[Cue] = []
    floor = first
    for position, timing in enumerate(timings):
        head = header_start(timing, floor)
        _check_between(lines, floor, head, path, vtt=vtt, before_first=not cues)
        times = _parse_timing(lines[timing].lstrip("\ufeff"))
        if times is None:
            raise _malformed_time(path, timing + 1, lines[timing])
        if times[1] < times[0]:
            raise ImportFailed(
                f"subtitle at line {timing + 1} ends before it starts",
                path=path,
                code="import.subtitle-backwards",
                params={"line": timing + 1},
            )
        end = header_start(timings[position + 1], timing + 1) if position + 1 < len(timings) else len(lines)
        cue = Cue(times[0], times[1], head + 1, timing + 1)
        for index in _text_lines(lines, timing + 1, end, vtt=vtt):
            line, voice = _clean_line(lines[index], index + 1, starts[index], vtt=vtt)
            cue.voice = cue.voice or voice
            if line is not None:
                cue.lines.append(line)
                cue.last_line = index + 1
        if cue.lines:
            cues.append(cue)
        floor = end
    if not timings:
        _check_between(lines, first, len(lines), path, vtt=vtt, before_first=True)
    return cues


def _check_between(lines: list[str], start: int, end: int, path: Path, *, vtt: bool, before_first: bool) -> None:
    """Text before the first cue is an error (WebVTT comment blocks aside)."""
    if not before_first:
        return
    for index in _text_lines(lines, start, end, vtt=vtt, keep_first=False):
        raise ImportFailed(
            f"malformed subtitle block at line {index + 1}: no 'start --> end' time line",
            path=path,
            code="import.subtitle-no-time",
            params={"line": index + 1},
        )


def _text_lines(lines: list[str], start: int, end: int, *, vtt: bool, keep_first: bool = True) -> list[int]:
    """Indexes of a cue's text lines: blank-separated runs, without WebVTT NOTE/STYLE/REGION
    blocks and without lone cue numbers (a number whose cue lost its time line)."""
    kept: list[int] = []
    run: list[int] = []
    first_run = keep_first
    for index in [*range(start, end), None]:
        if index is not None and lines[index].strip().lstrip("\ufeff").strip():
            run.append(index)
            continue
        if run:
            head = lines[run[0]].strip().lstrip("\ufeff")
            comment = vtt and _VTT_BLOCKS.match(head) is not None
            lone_number = len(run) == 1 and head.isdigit() and not first_run
            if not comment and not lone_number:
                kept.extend(run)
            first_run = False
            run = []
    return kept


def _script(text: str) -> str:
    """``han``, ``latin`` or ``mixed``: which script a subtitle line is written in."""
    hans = han_count(text)
    words = len(latin_words(text))
    if hans >= 2 and words * 2 <= hans // 2:
        return "han"
    if hans == 0 and words:
        return "latin"
    return "mixed"


def _language_split(cue: Cue) -> int | None:
    """Where a cue's lines switch from the original's script to the translation's, if they
    switch exactly once between two pure scripts."""
    if len(cue.lines) < 2:
        return None
    scripts = [_script(line.text) for line in cue.lines]
    if "mixed" in scripts:
        return None
    switches = [index for index in range(1, len(scripts)) if scripts[index] != scripts[index - 1]]
    return switches[0] if len(switches) == 1 else None


def _bilingual_lines(cues: list[Cue]) -> bool:
    """Most cues hold an original line and its translation line."""
    multi = [cue for cue in cues if len(cue.lines) >= 2]
    split = sum(1 for cue in multi if _language_split(cue) is not None)
    return bool(multi) and split >= 0.8 * len(multi) and split >= 0.5 * len(cues)


def _cue_block(cue: Cue, lines: list[CueLine]) -> Block | None:
    builder = TextBuilder()
    speaker = cue.voice
    turn = False
    for index, line in enumerate(lines):
        skip = 0
        if index == 0:
            label = read_label(line.text)
            if label is not None:
                skip = label.length
                speaker = label.speaker or speaker
                turn = label.turn
        for number, (start, end) in enumerate(text_pieces(line.text[skip:])):
            separator = " " if number else "\n"
            builder.add(line.text[skip + start : skip + end], line.number, line.file_offset(skip + start), separator)
    if not builder:
        return None
    # The block's first line becomes the cue's timing line: its text keeps its own positions.
    return builder.build_with_spans(start_ms=cue.start_ms, end_ms=cue.end_ms, speaker=speaker, turn=turn)


def _plain_blocks(cues: list[Cue]) -> list[Block]:
    """One block per cue; a translation given in the cue (or in a twin cue) rides along."""
    in_cue = _bilingual_lines(cues)
    blocks: list[Block] = []
    index = 0
    while index < len(cues):
        cue = cues[index]
        index += 1
        split = _language_split(cue) if in_cue else None
        block = _cue_block(cue, cue.lines[:split] if split else cue.lines)
        if block is None:
            continue
        block = replace(block, first_line=cue.first_line, last_line=cue.last_line)
        if split:
            translation = "\n".join(line.text for line in cue.lines[split:])
            blocks.append(replace(block, translation=translation))
            continue
        following = cues[index] if index < len(cues) else None
        if (
            following is not None
            and (following.start_ms, following.end_ms) == (cue.start_ms, cue.end_ms)
            and detect_language(following.text) != detect_language(cue.text)
        ):
            blocks.append(replace(block, translation=following.text, last_line=following.last_line))
            index += 1
            continue
        blocks.append(block)
    return blocks


def is_rolling(cues: list[Cue]) -> bool:
    """Rolling captions show each line again at the top of the next cue."""
    repeats = sum(
        1 for previous, cue in zip(cues, cues[1:], strict=False) if cue.lines[0].text == previous.lines[-1].text
    )
    pairs = len(cues) - 1
    timed_words = any(line.stamps for cue in cues for line in cue.lines)
    share = ROLLING_SHARE if timed_words else 2 * ROLLING_SHARE
    return repeats >= 3 and repeats >= share * pairs


def _rolling_pieces(cues: list[Cue]) -> list[Piece]:
    """Each caption line once, as words timed by the line's inline timestamps (a line
    without them times its words by its cue's start)."""
    recent: deque[str] = deque(maxlen=3)
    words: list[tuple[str, int, int, int, int, str | None]] = []  # text, line, offset, start, cue end, voice
    for cue in cues:
        for line in cue.lines:
            if line.text in recent:
                continue
            recent.append(line.text)
            for match in re.finditer(r"\S+", line.text):
                start_ms = cue.start_ms
                for offset, ms in line.stamps:
                    if offset > match.start() + 1:
                        break
                    start_ms = ms
                words.append(
                    (match.group(0), line.number, line.file_offset(match.start()), start_ms, cue.end_ms, cue.voice)
                )
    pieces: list[Piece] = []
    previous_end: int | None = None
    for index, (text, number, offset, start_ms, cue_end, voice) in enumerate(words):
        next_start = words[index + 1][3] if index + 1 < len(words) else cue_end
        end_ms = max(min(next_start, max(cue_end, start_ms)), start_ms)
        pause = previous_end is not None and start_ms - previous_end >= PAUSE_MS
        previous_end = end_ms
        if text_pieces(text):  # a sound tag ([Music]) is no word
            pieces.append(Piece(text, number, offset, start_ms, end_ms, pause=pause, speaker=voice))
    return pieces


def _document(fmt: str, lines: list[str], cues: list[Cue], path: Path) -> ParsedDocument:
    if not cues:
        raise ImportFailed("no subtitle cues with text found", path=path, code="import.no-cues")
    doc = ParsedDocument(format=fmt, line_count=len(lines))
    doc.blocks = join_pieces(_rolling_pieces(cues)) if is_rolling(cues) else _plain_blocks(cues)
    if not doc.blocks:
        raise ImportFailed("no subtitle cues with text found (only sound tags)", path=path, code="import.only-sounds")
    return doc


def parse_srt(text: str, path: Path) -> ParsedDocument:
    lines, starts = lines_with_offsets(text)
    return _document("srt", lines, _read_cues(lines, starts, 0, path, vtt=False), path)


def parse_vtt(text: str, path: Path) -> ParsedDocument:
    lines, starts = lines_with_offsets(text)
    if not lines or not lines[0].lstrip("\ufeff").startswith("WEBVTT"):
        raise ImportFailed("not a WebVTT file: the first line must be 'WEBVTT'", path=path, code="import.not-vtt")
    # The header (WEBVTT, Kind:, Language: …) runs until the first blank line.
    start = next((i for i, line in enumerate(lines) if not line.strip()), len(lines))
    return _document("vtt", lines, _read_cues(lines, starts, start, path, vtt=True), path)
