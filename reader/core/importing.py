"""The import pipeline: read → decode → parse → sentence units → talk boundaries → store.

Everything up to storing is pure and runs without touching the database, so a slow or
failing parse never holds the library's write lock. Storing one file happens in one
transaction: a file either imports whole or leaves the library exactly as it was.
"""

from __future__ import annotations

import enum
import sqlite3
import threading
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import SupportsIndex, overload

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from reader.core import importers
from reader.core.errors import ImportFailed
from reader.core.hashing import document_hash, text_hash
from reader.core.importers.base import Block, BlockKind, ParsedDocument, ParseWarning
from reader.core.importers.encoding import DecodedText, decode, read_bytes
from reader.core.models import IMPORTED_MODEL, Segment, Source, Talk, Translation, utcnow
from reader.core.progress import ProgressCallback, check_cancelled, no_progress
from reader.core.textproc.given_translation import pair_sentences
from reader.core.textproc.key_phrases import PhraseContext
from reader.core.textproc.language import detect_language
from reader.core.textproc.paragraphs import assign_paragraphs
from reader.core.textproc.sentences import split_sentences
from reader.core.textproc.talk_cues import find_cues
from reader.core.textproc.talk_headings import level_talkishness
from reader.core.textproc.talk_titles import clip_title, named_speakers
from reader.core.textproc.talks import Heading, describe_talk, find_talk_starts
from reader.core.textproc.units import Unit


@dataclass
class PlannedTalk:
    """A talk ready to be stored."""

    title: str
    speakers: str | None
    units: list[Unit]
    paragraphs: list[int]
    heading_line: int | None = None

    @property
    def source_chars(self) -> tuple[int, int] | None:
        """Character offsets of the talk's text in the source file, when the parser knew them."""
        first, last = self.units[0], self.units[-1]
        if first.offset is None or last.offset is None:
            return None
        return first.offset, last.offset + len(last.text)

    @property
    def source_lines(self) -> tuple[int, int]:
        first = self.units[0].line if self.heading_line is None else self.heading_line
        return first, max(unit.line_end for unit in self.units)


@dataclass
class PreparedImport:
    path: Path
    content_hash: str
    encoding: str
    format: str
    line_count: int
    talks: list[PlannedTalk] = field(default_factory=list)
    #: What the importer read differently from the file's apparent intent (text kept anyway).
    warnings: list[ParseWarning] = field(default_factory=list)


@dataclass(frozen=True)
class ImportedTalk:
    id: int
    title: str
    source_lines: tuple[int, int]
    segments: int
    #: Character offsets in the source file, where known (a transcript on one line).
    source_chars: tuple[int, int] | None = None


class ImportStatus(str, enum.Enum):
    """What happened to one file (the values are what ``--json`` prints)."""

    IMPORTED = "imported"
    #: Already in the library (the same text, whatever the file's name).
    SKIPPED = "skipped"
    #: Not imported: the message says why (encoding, format, size…).
    FAILED = "failed"

    def __str__(self) -> str:
        return self.value


@dataclass(frozen=True)
class FileImportResult:
    """What happened to one file, with the talks it became or why it did not."""

    path: Path
    status: ImportStatus
    talks: tuple[ImportedTalk, ...] = ()
    message: str | None = None
    warnings: tuple[ParseWarning, ...] = ()

    def to_json(self) -> dict[str, object]:
        return {
            "path": str(self.path),
            "status": self.status.value,
            "message": self.message,
            "warnings": [warning.to_json() for warning in self.warnings],
            "talks": [
                {
                    "id": talk.id,
                    "title": talk.title,
                    "source_lines": list(talk.source_lines),
                    "source_chars": list(talk.source_chars) if talk.source_chars else None,
                    "segments": talk.segments,
                }
                for talk in self.talks
            ],
        }


def units_from_blocks(
    blocks: Sequence[Block],
    *,
    cancel: threading.Event | None = None,
    report: ProgressCallback = no_progress,
) -> list[Unit]:
    """Sentence-sized units of the text blocks, each with its source line and times."""
    return _units(blocks, len(blocks), {}, cancel=cancel, report=report)


def _draining(blocks: list[Block]) -> Iterator[Block]:
    """The blocks in order, each let go of as it is handed out: a block is no longer needed
    once its units exist, and a large file's blocks take as much memory as its units."""
    blocks.reverse()
    while blocks:
        yield blocks.pop()


def _units(
    blocks: Iterable[Block],
    total: int,
    headings: dict[int, Block],
    *,
    cancel: threading.Event | None,
    report: ProgressCallback,
) -> list[Unit]:
    """The units of *blocks* (*total* of them); heading blocks are kept in *headings* by index,
    the only blocks needed after this. With a *cancel* flag, the list is a :class:`_Watched`
    one, so that the passes reading it afterwards stop soon after the user cancels."""
    units: list[Unit] = [] if cancel is None else _Watched(cancel)
    for index, block in enumerate(blocks):
        if index % 200 == 0:
            check_cancelled(cancel)
            report(index, total)
        if block.kind is BlockKind.HEADING:
            headings[index] = block
        pairs: list[tuple[int, int, str | None]]
        if block.translation is not None:
            # A given translation belongs to its cue; a long paragraph and its translation are
            # cut into sentence-sized pairs.
            pairs = list(pair_sentences(block.text, block.translation))
        else:
            pairs = [(start, end, None) for start, end in split_sentences(block.text)]
        length = max(len(block.text), 1)
        for start, end, translation in pairs:
            text = block.text[start:end]
            start_ms = end_ms = None
            if block.start_ms is not None and block.end_ms is not None:
                duration = block.end_ms - block.start_ms
                start_ms = block.start_ms + duration * start // length
                end_ms = block.start_ms + duration * end // length
            line = block.line_of_offset(start)
            line_end = block.line_of_offset(max(start, end - 1))
            units.append(
                Unit(
                    text=text,
                    lang=detect_language(text),
                    line=line,
                    # One number object for both ends of a one-line unit (most of them).
                    line_end=line if line_end == line else line_end,
                    block=index,
                    start_ms=start_ms,
                    end_ms=end_ms,
                    speaker=block.speaker,
                    offset=block.source_offset(start),
                    translation=translation,
                )
            )
    report(total, total)
    return units


def _title_heading(blocks: Sequence[Block]) -> int | None:
    """Index of the document's title heading: a single top-level heading that opens the file."""
    levels = [block.level for block in blocks if block.kind is BlockKind.HEADING]
    if not levels or blocks[0].kind is not BlockKind.HEADING:
        return None
    top = min(levels)
    return 0 if blocks[0].level == top and levels.count(top) == 1 else None


def _heading_evidence(blocks: Mapping[int, Block], units: Sequence[Unit]) -> dict[int, Heading]:
    """The headings of the unit stream, keyed by the index of each heading's first unit
    (*blocks*: the heading blocks by index)."""
    firsts = [
        index
        for index, unit in enumerate(units)
        if unit.block in blocks and (index == 0 or units[index - 1].block != unit.block)
    ]
    talkish = level_talkishness(
        [(blocks[units[i].block].level, blocks[units[i].block].text) for i in firsts],
        [_section_opens(units, i, blocks) for i in firsts],
    )
    return {
        index: Heading(level=blocks[units[index].block].level, talkish=value)
        for index, value in zip(firsts, talkish, strict=True)
    }


#: How many sentences of a section's start are read for someone opening a talk.
_SECTION_OPENING_UNITS = 3


def _section_opens(units: Sequence[Unit], first: int, headings: Mapping[int, Block]) -> bool:
    """Whether the section under the heading at unit *first* begins with someone opening a talk:
    a greeting or a speaker introducing themselves in its first sentences."""
    heading_block = units[first].block
    body: list[Unit] = []
    for unit in units[first + 1 : first + 1 + _SECTION_OPENING_UNITS]:
        if unit.block in headings and unit.block != heading_block:
            break  # the next heading: a section of a line or two opens nothing
        if unit.block != heading_block:
            body.append(unit)
    if len(body) < _SECTION_OPENING_UNITS:
        return False
    for unit in body:
        cue = find_cues(unit.text)
        if cue.greeting or cue.start >= 0.75:
            return True
    return False


def plan_talks(
    doc: ParsedDocument,
    *,
    fallback_title: str,
    cancel: threading.Event | None = None,
    report: ProgressCallback = no_progress,
) -> list[PlannedTalk]:
    """Cut the document into talks where talks change.

    Headings are evidence, not cuts: notes of one talk have section headings, and notes of a
    conference day may put a heading over a session holding several talks. A talk that starts
    at a heading is named by it (unless its introduction says its title) and the heading
    stays out of its text.
    """
    return _plan_talks(list(doc.blocks), doc, fallback_title=fallback_title, cancel=cancel, report=report)


def _plan_talks(
    blocks: list[Block],
    doc: ParsedDocument,
    *,
    fallback_title: str,
    cancel: threading.Event | None,
    report: ProgressCallback,
) -> list[PlannedTalk]:
    """:func:`plan_talks` of *blocks* (the document's blocks), which it empties as it goes."""
    title_index = _title_heading(blocks)
    if title_index is not None:
        doc.title = doc.title or blocks[title_index].text
        del blocks[title_index]
    heading_blocks: dict[int, Block] = {}
    units = _units(_draining(blocks), len(blocks), heading_blocks, cancel=cancel, report=report)
    if not units:
        return []
    headings = _heading_evidence(heading_blocks, units)
    starts = find_talk_starts(units, headings, cancel=cancel)
    bounds = [*starts, len(units)]
    context = PhraseContext.of(_talk_texts(units, bounds, cancel))
    planned: list[PlannedTalk] = []
    for first, end in zip(bounds, bounds[1:], strict=False):
        check_cancelled(cancel)
        talk_units = units[first:end]
        heading = heading_blocks[units[first].block] if first in headings else None
        if heading is not None:
            body = [unit for unit in talk_units if unit.block != units[first].block]
            if body:
                talk_units = body
            else:
                heading = None
        info = describe_talk(talk_units if cancel is None else _Watched(cancel, talk_units), context)
        if doc.title and len(starts) == 1:
            title = doc.title  # a file holding one talk is named by its own title
        elif heading is not None and not info.explicit:
            title = clip_title(heading.text)
        else:
            title = info.title or doc.title or fallback_title
        if not title.strip():
            title = fallback_title
        planned.append(
            PlannedTalk(
                title=title,
                speakers=info.speakers or named_speakers(talk_units),
                units=talk_units,
                paragraphs=assign_paragraphs(talk_units),
                heading_line=heading.first_line if heading is not None else None,
            )
        )
    return planned


def _talk_texts(units: Sequence[Unit], bounds: Sequence[int], cancel: threading.Event | None) -> Iterator[list[str]]:
    """Each talk's sentences, for the key-phrase background, read one by one from *units* (a
    watched list checks for cancelling as they are read, even inside one long talk)."""
    for first, end in zip(bounds, bounds[1:], strict=False):
        check_cancelled(cancel)
        yield [units[index].text for index in range(first, end)]


#: A :class:`_Watched` list checks the cancel flag once per this many reads (a power of two).
WATCH_READS = 4096


class _Watched(list[Unit]):
    """Units that check the cancel flag every :data:`WATCH_READS` reads.

    Talk detection and titling make long passes over every sentence of a file — cue phrases,
    content words, key phrases — with no check of their own between sentences: on a 60 MB
    file one pass takes a minute, all of it deaf to Cancel. Handing them the sentences in
    this list makes every pass stop within a few thousand sentences of the user cancelling.
    Slices are plain lists.
    """

    __slots__ = ("_cancel", "_reads")

    def __init__(self, cancel: threading.Event, units: Iterable[Unit] = ()) -> None:
        super().__init__(units)
        self._cancel = cancel
        self._reads = 0

    def _count(self) -> None:
        self._reads += 1
        if not self._reads & (WATCH_READS - 1):
            check_cancelled(self._cancel)

    @overload
    def __getitem__(self, index: SupportsIndex) -> Unit: ...

    @overload
    def __getitem__(self, index: slice) -> list[Unit]: ...

    def __getitem__(self, index: SupportsIndex | slice) -> Unit | list[Unit]:
        if isinstance(index, slice):
            return list.__getitem__(self, index)  # a plain list
        self._count()
        return list.__getitem__(self, index)

    def __iter__(self) -> Iterator[Unit]:
        for unit in list.__iter__(self):
            self._count()
            yield unit


@dataclass
class ParsedSource:
    """A file read and parsed, not yet planned: the document, and what is stored about the file."""

    path: Path
    doc: ParsedDocument
    content_hash: str
    encoding: str
    #: Notes from decoding (a cut-off last character…), before the parser's own warnings.
    warnings: list[ParseWarning] = field(default_factory=list)


def read_source(path: Path) -> DecodedText:
    """The decoded text of *path*; raises :class:`ImportFailed` for unusable files."""
    return decode(read_bytes(path), path)


def parse_source(path: Path, decoded: DecodedText, *, content_hash: str | None = None) -> ParsedSource:
    """Detect the format of *decoded* and parse it. The result holds no reference to the
    decoded text or the file's bytes, so the caller can let go of them before planning."""
    fmt = importers.detect_format(path, decoded.text)
    doc = importers.parse(path, decoded.text, fmt)
    return ParsedSource(
        path=path,
        doc=doc,
        content_hash=content_hash or document_hash(decoded.text),
        encoding=decoded.encoding,
        warnings=_decode_warnings(decoded),
    )


def plan_import(
    parsed: ParsedSource,
    *,
    cancel: threading.Event | None = None,
    report: ProgressCallback = no_progress,
) -> PreparedImport:
    """Sentences, talks and titles of a parsed file: raises :class:`ImportFailed` when it holds
    no text. The document's blocks are consumed (each let go of once its sentences exist)."""
    doc = parsed.doc
    blocks, doc.blocks = doc.blocks, []
    talks = _plan_talks(blocks, doc, fallback_title=parsed.path.stem, cancel=cancel, report=report)
    if not talks:
        raise ImportFailed("the file holds no text to import", path=parsed.path, code="import.no-text")
    return PreparedImport(
        path=parsed.path,
        content_hash=parsed.content_hash,
        encoding=parsed.encoding,
        format=doc.format,
        line_count=doc.line_count,
        talks=talks,
        warnings=[*parsed.warnings, *doc.warnings],
    )


def prepare_import(
    path: Path,
    decoded: DecodedText | None = None,
    *,
    cancel: threading.Event | None = None,
    report: ProgressCallback = no_progress,
) -> PreparedImport:
    """Everything but storing: raises :class:`ImportFailed` for unusable files."""
    return plan_import(parse_source(path, decoded or read_source(path)), cancel=cancel, report=report)


def _decode_warnings(decoded: DecodedText) -> list[ParseWarning]:
    """Notes from decoding (a cut-off last character…), as warnings of the whole file."""
    return [ParseWarning("decode", None, str(note)) for note in getattr(decoded, "warnings", None) or ()]


def find_source(session: Session, content_hash: str) -> Source | None:
    return session.scalar(select(Source).where(Source.content_hash == content_hash))


#: Segments written per INSERT batch; progress and cancel are checked between batches.
STORE_CHUNK = 2000

_SEGMENT_COLUMNS = (
    "talk_id",
    "ordinal",
    "paragraph",
    "lang",
    "text",
    "source_line",
    "source_line_end",
    "start_ms",
    "end_ms",
    "speaker",
    "source_offset",
)
_INSERT_SEGMENT = (
    f"INSERT INTO {Segment.__tablename__} ({', '.join(_SEGMENT_COLUMNS)}) "
    f"VALUES ({', '.join('?' for _ in _SEGMENT_COLUMNS)})"
)
_TALK_SEGMENT_IDS = f"SELECT id FROM {Segment.__tablename__} WHERE talk_id = ? ORDER BY ordinal"


def _segment_rows(talk_id: int, planned: PlannedTalk) -> Iterator[tuple[object, ...]]:
    """The talk's segment rows in reading order, one at a time (in the order of
    :data:`_SEGMENT_COLUMNS`)."""
    for ordinal, (unit, paragraph) in enumerate(zip(planned.units, planned.paragraphs, strict=True)):
        yield (
            talk_id,
            ordinal,
            paragraph,
            unit.lang,
            unit.text,
            unit.line,
            unit.line_end,
            unit.start_ms,
            unit.end_ms,
            unit.speaker,
            unit.offset,
        )


def store_import(
    session: Session,
    prepared: PreparedImport,
    *,
    cancel: threading.Event | None = None,
    report: ProgressCallback = no_progress,
) -> list[ImportedTalk]:
    """Write a prepared import into the session's transaction.

    Segments go in through the driver's ``executemany``, a chunk at a time and without
    ``RETURNING``: a long notes file has a million sentences, and SQLAlchemy runs an INSERT
    that returns ids one row at a time on SQLite (each with its own statement round trip).
    Segment ids are read back only for the talks that carry given translations. The search
    indexes follow by their triggers, in the same transaction.
    """
    source = Source(
        path=str(prepared.path.resolve()),
        name=prepared.path.name,
        content_hash=prepared.content_hash,
        format=prepared.format,
        encoding=prepared.encoding,
        line_count=prepared.line_count,
    )
    session.add(source)
    session.flush()
    driver = session.connection().connection.driver_connection  # the session's own transaction
    assert isinstance(driver, sqlite3.Connection)
    cursor = driver.cursor()
    try:
        return _store_talks(session, cursor, source.id, prepared, cancel=cancel, report=report)
    finally:
        cursor.close()


def _store_talks(
    session: Session,
    cursor: sqlite3.Cursor,
    source_id: int,
    prepared: PreparedImport,
    *,
    cancel: threading.Event | None,
    report: ProgressCallback,
) -> list[ImportedTalk]:
    imported: list[ImportedTalk] = []
    now = utcnow()
    total_units = sum(len(planned.units) for planned in prepared.talks)
    written = 0
    for position, planned in enumerate(prepared.talks):
        check_cancelled(cancel)
        first_line, last_line = planned.source_lines
        # A Core INSERT per talk: ORM objects would make every flush re-examine all earlier
        # talks, quadratic in a file of thousands of talks.
        talk_id = session.scalar(
            insert(Talk)
            .values(
                source_id=source_id,
                title=planned.title,
                speakers=planned.speakers,
                first_line=first_line,
                last_line=last_line,
                position=position,
                created_at=now,
                updated_at=now,
            )
            .returning(Talk.id)
        )
        assert talk_id is not None
        rows = _segment_rows(talk_id, planned)
        while chunk := list(islice(rows, STORE_CHUNK)):
            check_cancelled(cancel)
            cursor.executemany(_INSERT_SEGMENT, chunk)
            written += len(chunk)
            report(written, total_units)
        if any(unit.translation is not None for unit in planned.units):
            cursor.execute(_TALK_SEGMENT_IDS, (talk_id,))
            segment_ids = [row[0] for row in cursor.fetchall()]
            translations = [
                {
                    "segment_id": segment_id,
                    "text": unit.translation,
                    "target_lang": detect_language(unit.translation),
                    "model": IMPORTED_MODEL,
                    "source_hash": text_hash(unit.text),
                    "edited": False,
                    "created_at": now,
                    "updated_at": now,
                }
                for segment_id, unit in zip(segment_ids, planned.units, strict=True)
                if unit.translation is not None
            ]
            session.execute(insert(Translation), translations)
        imported.append(
            ImportedTalk(
                id=talk_id,
                title=planned.title,
                source_lines=planned.source_lines,
                segments=len(planned.units),
                source_chars=planned.source_chars,
            )
        )
    return imported
