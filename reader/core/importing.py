"""The import pipeline: read → decode → parse → sentence units → talk boundaries → store.

Everything up to storing is pure and runs without touching the database, so a slow or
failing parse never holds the library's write lock. Storing one file happens in one
transaction: a file either imports whole or leaves the library exactly as it was.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from reader.core import importers
from reader.core.errors import ImportFailed
from reader.core.hashing import document_hash, text_hash
from reader.core.importers.base import Block, BlockKind, ParsedDocument, ParseWarning
from reader.core.importers.encoding import DecodedText, decode, read_bytes
from reader.core.models import Segment, Source, Talk, Translation, utcnow
from reader.core.progress import ProgressCallback, check_cancelled, no_progress
from reader.core.textproc.language import detect_language
from reader.core.textproc.paragraphs import assign_paragraphs
from reader.core.textproc.sentences import split_sentences
from reader.core.textproc.talks import describe_talk, find_talk_starts
from reader.core.textproc.units import Unit

IMPORTED_MODEL = "imported"


@dataclass
class PlannedTalk:
    """A talk ready to be stored."""

    title: str
    speakers: str | None
    units: list[Unit]
    paragraphs: list[int]
    heading_line: int | None = None

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


@dataclass(frozen=True)
class FileImportResult:
    """What happened to one file: ``imported``, ``skipped`` (already in the library) or ``failed``."""

    path: Path
    status: str
    talks: tuple[ImportedTalk, ...] = ()
    message: str | None = None
    warnings: tuple[ParseWarning, ...] = ()

    def to_json(self) -> dict[str, object]:
        return {
            "path": str(self.path),
            "status": self.status,
            "message": self.message,
            "warnings": [warning.to_json() for warning in self.warnings],
            "talks": [
                {
                    "id": talk.id,
                    "title": talk.title,
                    "source_lines": list(talk.source_lines),
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
    units: list[Unit] = []
    for index, block in enumerate(blocks):
        if index % 200 == 0:
            check_cancelled(cancel)
            report(index, len(blocks))
        if block.translation is not None:
            # A given translation belongs to the whole cue; keep the cue whole.
            units.append(
                Unit(
                    text=block.text,
                    lang=detect_language(block.text),
                    line=block.first_line,
                    line_end=block.last_line,
                    block=index,
                    start_ms=block.start_ms,
                    end_ms=block.end_ms,
                    translation=block.translation,
                    speaker=block.speaker,
                    offset=block.source_offset(0),
                )
            )
            continue
        spans = split_sentences(block.text)
        length = max(len(block.text), 1)
        for start, end in spans:
            text = block.text[start:end]
            start_ms = end_ms = None
            if block.start_ms is not None and block.end_ms is not None:
                duration = block.end_ms - block.start_ms
                start_ms = block.start_ms + duration * start // length
                end_ms = block.start_ms + duration * end // length
            units.append(
                Unit(
                    text=text,
                    lang=detect_language(text),
                    line=block.line_of_offset(start),
                    line_end=block.line_of_offset(max(start, end - 1)),
                    block=index,
                    start_ms=start_ms,
                    end_ms=end_ms,
                    speaker=block.speaker,
                    offset=block.source_offset(start),
                )
            )
    report(len(blocks), len(blocks))
    return units


def _talk_heading_level(blocks: Sequence[Block]) -> int | None:
    """The heading level that separates talks, or None when the file has no headings.

    A single top-level heading at the very start is the document's title; the next level
    down then separates talks.
    """
    levels = [block.level for block in blocks if block.kind is BlockKind.HEADING]
    if not levels:
        return None
    top = min(levels)
    if levels.count(top) == 1 and blocks[0].kind is BlockKind.HEADING and blocks[0].level == top:
        deeper = [level for level in levels if level > top]
        return min(deeper) if deeper else None
    return top


def _sections(doc: ParsedDocument) -> list[tuple[Block | None, list[Block]]]:
    """Split the blocks at talk headings: (heading block or None, body blocks)."""
    level = _talk_heading_level(doc.blocks)
    sections: list[tuple[Block | None, list[Block]]] = [(None, [])]
    for block in doc.blocks:
        if block.kind is BlockKind.HEADING:
            if level is not None and block.level == level:
                sections.append((block, []))
                continue
            if level is None or block.level < level:
                doc.title = doc.title or block.text
                continue
            # Sub-headings inside a talk stay as text of their own paragraph.
        sections[-1][1].append(block)
    return [(title, body) for title, body in sections if body]


def plan_talks(
    doc: ParsedDocument,
    *,
    fallback_title: str,
    cancel: threading.Event | None = None,
    report: ProgressCallback = no_progress,
) -> list[PlannedTalk]:
    """Cut the document into talks: at headings when it has them, else where talks change."""
    planned: list[PlannedTalk] = []
    sections = _sections(doc)
    use_detector = all(title is None for title, _ in sections)
    for heading, blocks in sections:
        units = units_from_blocks(blocks, cancel=cancel, report=report)
        if not units:
            continue
        starts = find_talk_starts(units) if use_detector else [0]
        if not starts or starts[0] != 0:
            starts = [0, *starts]
        bounds = [*starts, len(units)]
        for first, end in zip(bounds, bounds[1:], strict=False):
            talk_units = units[first:end]
            if not talk_units:
                continue
            info = describe_talk(talk_units)
            if heading is not None and first == 0:
                title = heading.text
            elif doc.title and len(sections) == 1 and len(starts) == 1:
                title = doc.title  # a file holding one talk is named by its own title
            else:
                title = info.title or doc.title or fallback_title
            if not title.strip():
                title = fallback_title
            planned.append(
                PlannedTalk(
                    title=title,
                    speakers=info.speakers,
                    units=talk_units,
                    paragraphs=assign_paragraphs(talk_units),
                    heading_line=heading.first_line if heading and first == 0 else None,
                )
            )
    return planned


def read_source(path: Path) -> DecodedText:
    """The decoded text of *path*; raises :class:`ImportFailed` for unusable files."""
    return decode(read_bytes(path), path)


def prepare_import(
    path: Path,
    decoded: DecodedText | None = None,
    *,
    cancel: threading.Event | None = None,
    report: ProgressCallback = no_progress,
) -> PreparedImport:
    """Everything but storing: raises :class:`ImportFailed` for unusable files."""
    decoded = decoded or read_source(path)
    fmt = importers.detect_format(path, decoded.text)
    doc = importers.parse(path, decoded.text, fmt)
    talks = plan_talks(doc, fallback_title=path.stem, cancel=cancel, report=report)
    if not talks:
        raise ImportFailed("the file holds no text to import", path=path)
    return PreparedImport(
        path=path,
        content_hash=document_hash(decoded.text),
        encoding=decoded.encoding,
        format=doc.format,
        line_count=doc.line_count,
        talks=talks,
        warnings=[*_decode_warnings(decoded), *doc.warnings],
    )


def _decode_warnings(decoded: DecodedText) -> list[ParseWarning]:
    """Notes from decoding (a cut-off last character…), as warnings of the whole file."""
    return [ParseWarning("decode", None, str(note)) for note in getattr(decoded, "warnings", None) or ()]


def find_source(session: Session, content_hash: str) -> Source | None:
    return session.scalar(select(Source).where(Source.content_hash == content_hash))


#: Segments written per INSERT batch; progress and cancel are checked between batches.
STORE_CHUNK = 2000


def store_import(
    session: Session,
    prepared: PreparedImport,
    *,
    cancel: threading.Event | None = None,
    report: ProgressCallback = no_progress,
) -> list[ImportedTalk]:
    """Write a prepared import into the session's transaction.

    Segments and translations go in as bulk INSERTs (no ORM object per row): a long notes
    file has hundreds of thousands of sentences, and per-object bookkeeping would dominate.
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
                source_id=source.id,
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
        rows = [
            {
                "talk_id": talk_id,
                "ordinal": ordinal,
                "paragraph": paragraph,
                "lang": unit.lang,
                "text": unit.text,
                "source_line": unit.line,
                "source_line_end": unit.line_end,
                "start_ms": unit.start_ms,
                "end_ms": unit.end_ms,
                "speaker": unit.speaker,
                "source_offset": unit.offset,
            }
            for ordinal, (unit, paragraph) in enumerate(zip(planned.units, planned.paragraphs, strict=True))
        ]
        segment_ids: list[int] = []
        for chunk_start in range(0, len(rows), STORE_CHUNK):
            check_cancelled(cancel)
            chunk = rows[chunk_start : chunk_start + STORE_CHUNK]
            statement = insert(Segment).returning(Segment.id, sort_by_parameter_order=True)
            segment_ids.extend(session.scalars(statement, chunk))
            written += len(chunk)
            report(written, total_units)
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
        if translations:
            session.execute(insert(Translation), translations)
        imported.append(
            ImportedTalk(id=talk_id, title=planned.title, source_lines=planned.source_lines, segments=len(rows))
        )
    return imported
