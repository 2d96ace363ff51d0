"""Library operations: import files, list and show talks, and fix what splitting got wrong.

Functions take a :class:`~sqlalchemy.orm.Session` first and run inside the caller's
transaction, except :func:`import_file`, which owns its transactions (one per file) so that
parsing happens before the write lock is taken.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session, selectinload

from reader.core.db import Library
from reader.core.errors import ImportFailed, InvalidOperation, NotFound
from reader.core.hashing import document_hash
from reader.core.history import IMPORT_TABLES, ActionKind, preview, recorded, records
from reader.core.models import Note, Segment, Source, Talk, Translation
from reader.core.progress import ProgressCallback, no_progress, scaled

if TYPE_CHECKING:
    from reader.core.importing import FileImportResult, PreparedImport
    from reader.core.textproc.units import Unit


def import_file(
    library: Library,
    path: str | Path,
    *,
    cancel: threading.Event | None = None,
    report: ProgressCallback = no_progress,
) -> FileImportResult:
    """Import one file in one transaction. Bad files give a ``failed`` result, not an exception.

    Environment problems with the library itself (locked, full disk) still raise
    :class:`~reader.core.errors.LibraryError`; :class:`~reader.core.errors.Cancelled`
    propagates with nothing stored.
    """

    def imported_as(content_hash: str) -> str | None:
        from reader.core.importing import find_source

        with library.read_session() as session:
            source = find_source(session, content_hash)
            return source.name if source is not None else None

    planned = plan_file(path, imported_as=imported_as, cancel=cancel, report=scaled(report, 0, 300))
    return store_planned(library, planned, cancel=cancel, report=scaled(report, 300, 700))


def known_sources(session: Session) -> dict[str, str]:
    """Content hash → file name of every source in the library (what a new file duplicates)."""
    return {content_hash: name for content_hash, name in session.execute(select(Source.content_hash, Source.name))}


def plan_file(
    path: str | Path,
    *,
    imported_as: Callable[[str], str | None],
    cancel: threading.Event | None = None,
    report: ProgressCallback = no_progress,
) -> PreparedImport | FileImportResult:
    """Everything of an import but storing: the plan of *path*, or the result of a file that
    will not be stored (unusable, or already in the library: *imported_as* gives the name of the
    file a content hash was imported from, or None). Returns plain data, so it can run in another
    process (with a lookup that needs no library, such as ``dict.get`` of :func:`known_sources`)."""
    # The import pipeline (importers, text processing) loads on the first import, not with
    # the library: the window starts without it.
    from reader.core.importing import FileImportResult, ImportStatus, parse_source, plan_import, read_source

    path = Path(path)
    try:
        decoded = read_source(path)
        content_hash = document_hash(decoded.text)
        existing = imported_as(content_hash)
        if existing is not None:
            return FileImportResult(path, ImportStatus.SKIPPED, message=f"already imported from {existing}")
        parsed = parse_source(path, decoded, content_hash=content_hash)
        del decoded  # the file's text and bytes: not needed past parsing, and as large as the file twice over
        return plan_import(parsed, cancel=cancel, report=report)
    except ImportFailed as exc:
        return FileImportResult(path, ImportStatus.FAILED, message=str(exc))


def store_planned(
    library: Library,
    planned: PreparedImport | FileImportResult,
    *,
    cancel: threading.Event | None = None,
    report: ProgressCallback = no_progress,
) -> FileImportResult:
    """Store a file planned by :func:`plan_file` in one transaction, as one undoable action
    (storing and indexing, by triggers, is most of an import's time). A result passes through."""
    from reader.core.importing import FileImportResult, ImportStatus, find_source, store_import

    if isinstance(planned, FileImportResult):
        return planned
    path = planned.path
    try:
        with library.session() as session:
            if find_source(session, planned.content_hash) is not None:
                return FileImportResult(path, ImportStatus.SKIPPED, message="already imported")
            with recorded(session, ActionKind.IMPORT, {"name": path.name}, tables=IMPORT_TABLES):
                talks = store_import(session, planned, cancel=cancel, report=report)
        return FileImportResult(path, ImportStatus.IMPORTED, tuple(talks), warnings=tuple(planned.warnings))
    except ImportFailed as exc:
        return FileImportResult(path, ImportStatus.FAILED, message=str(exc))


@dataclass(frozen=True)
class TalkSummary:
    """A row of the talk list, detached from any session.

    Listed without counts (``counted`` false), ``segments``, ``languages``, ``translated``
    and ``source_chars`` are empty: reading them means reading every segment of the talk,
    which at 10,000 talks is seconds, while the rest is one row of ``talks``.
    """

    id: int
    title: str
    speakers: str | None
    source: str | None
    source_lines: tuple[int, int] | None
    segments: int
    languages: dict[str, int]
    translated: int
    #: Character offsets in the source file, where the file tells them: what tells talks
    #: apart in a transcript on one line.
    source_chars: tuple[int, int] | None = None
    #: Whether the counts above were read (see :func:`list_talks`).
    counted: bool = True
    #: The folder the source file was imported from (None: no file, or a path without one).
    folder: str | None = None

    def to_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "title": self.title,
            "speakers": self.speakers,
            "source": self.source,
            "source_lines": list(self.source_lines) if self.source_lines else None,
            "source_chars": list(self.source_chars) if self.source_chars else None,
            "segments": self.segments,
            "languages": self.languages,
            "translated": self.translated,
        }


def _folder(path: str | None) -> str | None:
    """The folder part of a stored source path, as it was written (any platform's separators)."""
    if not path:
        return None
    cut = max(path.rfind("/"), path.rfind("\\"))
    if cut < 0:
        return None
    return path[:cut] or path[:1]  # a file at the root: the root itself


def list_talks(
    session: Session, talk_ids: Sequence[int] | None = None, *, counts: bool | Collection[int] = True
) -> list[TalkSummary]:
    """Every talk (or those of *talk_ids*) in library order, with per-language counts.

    The counts read every segment of the talks listed. With ``counts=False`` only the
    talks' own rows are read (tens of milliseconds for 10,000 talks, whatever their size):
    the summaries say ``counted=False``, and the talk list asks for the counts of the rows it
    shows, a screenful at a time. *counts* may also name the talks to count (those an edit
    changed): the others are listed without.
    """
    talk_query = select(
        Talk.id,
        Talk.title,
        Talk.speakers,
        Talk.first_line,
        Talk.last_line,
        Source.name,
        Source.path,
        Talk.source_id,
        Talk.position,
    ).outerjoin(Source, Talk.source_id == Source.id)
    ids = list(talk_ids) if talk_ids is not None else None
    if ids is not None:
        talk_query = talk_query.where(Talk.id.in_(ids))
    # Core rows, not the ORM's (a third of the time at 10,000 talks), ordered here: in SQL the
    # order (files first) needed a temporary b-tree.
    rows = sorted(
        session.connection().execute(talk_query).all(),
        key=lambda row: (row[7] is None, row[7] or 0, row[8], row[0]),
    )
    languages: dict[int, dict[str, int]] = {}
    translated: dict[int, int] = {}
    chars: dict[int, tuple[int, int]] = {}
    if counts is True:
        counted: set[int] | None = None  # every talk listed
        if rows:
            languages, translated, chars = _talk_counts(session, ids)
    else:
        counted = set(counts) if counts is not False else set()
        if talk_ids is not None:
            counted &= set(ids or ())
        if counted:
            languages, translated, chars = _talk_counts(session, sorted(counted))
    folders: dict[str | None, str | None] = {}
    summaries = []
    for talk_id, title, speakers, first_line, last_line, source_name, source_path, _source, _position in rows:
        folder = (
            folders[source_path] if source_path in folders else folders.setdefault(source_path, _folder(source_path))
        )
        langs = dict(sorted(languages[talk_id].items(), key=lambda item: -item[1])) if talk_id in languages else {}
        summaries.append(
            TalkSummary(
                id=talk_id,
                title=title,
                speakers=speakers,
                source=source_name,
                source_lines=(first_line, last_line) if first_line is not None and last_line is not None else None,
                segments=sum(langs.values()),
                languages=langs,
                translated=translated.get(talk_id, 0),
                source_chars=chars.get(talk_id),
                counted=counted is None or talk_id in counted,
                folder=folder,
            )
        )
    return summaries


def _talk_counts(
    session: Session, ids: list[int] | None
) -> tuple[dict[int, dict[str, int]], dict[int, int], dict[int, tuple[int, int]]]:
    """Per talk (of *ids*, or all): segments per language, translated segments, character span."""
    lang_query = select(Segment.talk_id, Segment.lang, func.count()).group_by(Segment.talk_id, Segment.lang)
    translated_query = (
        select(Segment.talk_id, func.count())
        .join(Translation, Translation.segment_id == Segment.id)
        .group_by(Segment.talk_id)
    )
    chars_query = select(
        Segment.talk_id, func.min(Segment.source_offset), func.max(Segment.source_offset + func.length(Segment.text))
    ).group_by(Segment.talk_id)
    if ids is not None:
        lang_query = lang_query.where(Segment.talk_id.in_(ids))
        translated_query = translated_query.where(Segment.talk_id.in_(ids))
        chars_query = chars_query.where(Segment.talk_id.in_(ids))
    languages: dict[int, dict[str, int]] = {}
    for talk_id, lang, count in session.execute(lang_query).all():
        languages.setdefault(talk_id, {})[lang] = count
    translated = dict(session.execute(translated_query).all())
    chars = {
        talk_id: (first, last)
        for talk_id, first, last in session.execute(chars_query).all()
        if first is not None and last is not None
    }
    return languages, translated, chars


def get_talk(session: Session, talk_id: int) -> Talk:
    talk = session.get(Talk, talk_id)
    if talk is None:
        raise NotFound(f"no talk with id {talk_id}", code="not-found.talk", params={"id": talk_id})
    return talk


def talk_segments(session: Session, talk_id: int) -> list[Segment]:
    """The talk's segments in reading order, translations loaded."""
    get_talk(session, talk_id)
    return list(
        session.scalars(
            select(Segment)
            .where(Segment.talk_id == talk_id)
            .options(selectinload(Segment.translation))
            .order_by(Segment.ordinal)
        )
    )


def _title_of(session: Session, talk_id: int, *_args: object) -> dict[str, object]:
    talk = session.get(Talk, talk_id)
    return {"title": preview(talk.title if talk else ""), "talk": talk_id}


def _renaming(session: Session, talk_id: int, title: str) -> dict[str, object]:
    return {**_title_of(session, talk_id), "new": preview(title)}


@records(ActionKind.RENAME_TALK, _renaming)
def rename_talk(session: Session, talk_id: int, title: str) -> Talk:
    title = " ".join(title.split())
    if not title:
        raise InvalidOperation("a talk's title cannot be empty", code="invalid.empty", params={"what": "title"})
    talk = get_talk(session, talk_id)
    talk.title = title
    return talk


def _units_of(segments: list[Segment]) -> list[Unit]:
    from reader.core.textproc.units import Unit

    return [
        Unit(
            text=segment.text,
            lang=segment.lang,
            line=segment.source_line or 0,
            line_end=segment.source_line_end or segment.source_line or 0,
            block=segment.paragraph,
        )
        for segment in segments
    ]


def _refresh_line_range(talk: Talk, segments: list[Segment]) -> None:
    lines = [s.source_line for s in segments if s.source_line is not None]
    ends = [s.source_line_end or s.source_line for s in segments if s.source_line is not None]
    talk.first_line = min(lines) if lines else None
    talk.last_line = max(e for e in ends if e is not None) if lines else None


def _renumber(segments: list[Segment]) -> None:
    """Ordinals 0..n-1 and paragraphs renumbered from 0, keeping paragraph breaks."""
    paragraph = -1
    previous: int | None = None
    for ordinal, segment in enumerate(segments):
        if segment.paragraph != previous:
            paragraph += 1
            previous = segment.paragraph
        segment.ordinal = ordinal
        segment.paragraph = paragraph


@records(ActionKind.SPLIT_TALK, _title_of)
def split_talk(session: Session, talk_id: int, before_segment_id: int) -> Talk:
    """Move *before_segment_id* and everything after it into a new talk placed right after."""
    talk = get_talk(session, talk_id)
    segments = talk_segments(session, talk_id)
    index = next((i for i, s in enumerate(segments) if s.id == before_segment_id), None)
    if index is None:
        raise NotFound(
            f"segment {before_segment_id} is not in talk {talk_id}",
            code="not-found.segment-in-talk",
            params={"segment": before_segment_id, "talk": talk_id},
        )
    if index == 0:
        raise InvalidOperation(
            "cannot split before the first segment: the first talk would be empty", code="invalid.split-at-start"
        )
    head, tail = segments[:index], segments[index:]
    for note in session.scalars(select(Note).where(Note.talk_id == talk_id)):
        tail_ids = {s.id for s in tail}
        if (note.first_segment_id in tail_ids) != (note.last_segment_id in tail_ids):
            raise InvalidOperation(
                f"a note (id {note.id}) spans the split point; delete or shorten it first",
                code="invalid.split-inside-note",
                params={"note": note.id},
            )
    session.execute(
        update(Talk)
        .where(Talk.source_id.is_(talk.source_id) if talk.source_id is None else Talk.source_id == talk.source_id)
        .where(Talk.position > talk.position)
        .values(position=Talk.position + 1)
    )
    from reader.core.textproc.talks import describe_talk

    info = describe_talk(_units_of(tail))
    new_talk = Talk(
        source_id=talk.source_id,
        title=info.title,
        speakers=info.speakers,
        position=talk.position + 1,
    )
    session.add(new_talk)
    session.flush()
    for segment in tail:
        segment.talk_id = new_talk.id
    tail_ids = {s.id for s in tail}
    for note in session.scalars(select(Note).where(Note.talk_id == talk_id)):
        if note.first_segment_id in tail_ids:
            note.talk_id = new_talk.id
    _renumber(head)
    _renumber(tail)
    _refresh_line_range(talk, head)
    _refresh_line_range(new_talk, tail)
    session.flush()
    session.expire(talk, ["segments"])
    return new_talk


@records(ActionKind.MERGE_TALKS, _title_of)
def merge_talks(session: Session, first_id: int, second_id: int) -> Talk:
    """Append the second talk's segments to the first and delete the second."""
    if first_id == second_id:
        raise InvalidOperation("cannot merge a talk with itself", code="invalid.merge-itself")
    first = get_talk(session, first_id)
    second = get_talk(session, second_id)
    first_segments = talk_segments(session, first_id)
    second_segments = talk_segments(session, second_id)
    offset = (max((s.paragraph for s in first_segments), default=-1)) + 1
    for segment in second_segments:
        segment.talk_id = first.id
        segment.paragraph += offset
    session.execute(update(Note).where(Note.talk_id == second.id).values(talk_id=first.id))
    merged = first_segments + second_segments
    _renumber(merged)
    if first.source_id == second.source_id:
        _refresh_line_range(first, merged)
    session.flush()
    session.expire(second)
    session.delete(second)
    session.flush()
    session.expire(first, ["segments", "notes"])
    return first


@records(ActionKind.DELETE_TALK, _title_of)
def delete_talk(session: Session, talk_id: int) -> None:
    """Delete a talk with its segments, translations and notes.

    When the last talk of a file goes, the file's record goes too, so importing it again
    brings it back.
    """
    talk = get_talk(session, talk_id)
    source_id = talk.source_id
    session.delete(talk)
    session.flush()
    if source_id is not None:
        remaining = session.scalar(select(func.count()).select_from(Talk).where(Talk.source_id == source_id))
        if not remaining:
            source = session.get(Source, source_id)
            if source is not None:
                session.delete(source)
