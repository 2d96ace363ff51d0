"""Highlights and notes: a coloured range of segments of one talk, with optional Markdown text.

A note covers ``first_segment_id``..``last_segment_id`` in the talk's reading order (by
segment ordinal, not by id: ids stop being in reading order once talks are split or
merged). Functions take a :class:`~sqlalchemy.orm.Session` first and run inside the
caller's transaction; they return frozen :class:`NoteInfo` values, never ORM objects, so the
GUI can pass them between threads.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from reader.core.errors import InvalidOperation, NotFound
from reader.core.history import ActionKind, preview, records
from reader.core.models import Note, Segment, Talk

#: The fixed highlight palette: colour name → a light tint that keeps text readable.
NOTE_COLORS: dict[str, str] = {
    "yellow": "#fff3a3",
    "green": "#cdf5c4",
    "blue": "#cce4ff",
    "pink": "#ffd6e7",
    "purple": "#e6d9ff",
}
DEFAULT_COLOR = "yellow"

#: Far beyond any real note; stops a pasted file from bloating the library by accident.
MAX_NOTE_CHARS = 100_000


class NoteNotFound(NotFound):
    """The note the user named does not exist (any more)."""


class InvalidNote(InvalidOperation):
    """A note was given segments, a colour or a text it cannot have."""


@dataclass(frozen=True)
class NoteInfo:
    """A note detached from any session, with the reading positions of its range."""

    id: int
    talk_id: int
    first_segment_id: int
    last_segment_id: int
    first_ordinal: int
    last_ordinal: int
    color: str
    text: str
    created_at: datetime
    updated_at: datetime

    @property
    def segment_count(self) -> int:
        return self.last_ordinal - self.first_ordinal + 1

    def covers(self, ordinal: int) -> bool:
        """Whether the segment at reading position *ordinal* is highlighted by this note."""
        return self.first_ordinal <= ordinal <= self.last_ordinal

    def to_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "talk_id": self.talk_id,
            "first_segment_id": self.first_segment_id,
            "last_segment_id": self.last_segment_id,
            "first_ordinal": self.first_ordinal,
            "last_ordinal": self.last_ordinal,
            "segments": self.segment_count,
            "color": self.color,
            "text": self.text,
            "created_at": self.created_at.isoformat(timespec="seconds"),
            "updated_at": self.updated_at.isoformat(timespec="seconds"),
        }


def normalize_color(color: str | None) -> str:
    """A palette name for *color* (case and spaces ignored); the default for ``None``."""
    if color is None:
        return DEFAULT_COLOR
    name = color.strip().lower()
    if name not in NOTE_COLORS:
        raise InvalidNote(
            f"unknown colour {color!r}; choose one of: {', '.join(NOTE_COLORS)}",
            code="invalid.note-colour",
            params={"colour": color, "choices": ", ".join(NOTE_COLORS)},
        )
    return name


def normalize_text(text: str | None) -> str:
    """The note text as stored: outer blank lines and trailing spaces removed, inner layout kept."""
    if text is None:
        return ""
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    cleaned = "\n".join(lines).strip("\n")
    if len(cleaned) > MAX_NOTE_CHARS:
        raise InvalidNote(
            f"the note is too long ({len(cleaned)} characters; at most {MAX_NOTE_CHARS})",
            code="invalid.too-long",
            params={"what": "note", "count": len(cleaned), "limit": MAX_NOTE_CHARS},
        )
    return cleaned


def _talk(session: Session, talk_id: int) -> Talk:
    talk = session.get(Talk, talk_id)
    if talk is None:
        raise NotFound(f"no talk with id {talk_id}", code="not-found.talk", params={"id": talk_id})
    return talk


def _segment_in_talk(session: Session, talk_id: int, segment_id: int) -> Segment:
    segment = session.get(Segment, segment_id)
    if segment is None:
        raise InvalidNote(f"no segment with id {segment_id}", code="not-found.segment", params={"id": segment_id})
    if segment.talk_id != talk_id:
        raise InvalidNote(
            f"segment {segment_id} belongs to talk {segment.talk_id}, not to talk {talk_id}",
            code="not-found.segment-in-talk",
            params={"segment": segment_id, "talk": talk_id},
        )
    return segment


def _checked_range(session: Session, talk_id: int, first_id: int, last_id: int) -> tuple[Segment, Segment]:
    first = _segment_in_talk(session, talk_id, first_id)
    last = _segment_in_talk(session, talk_id, last_id)
    if last.ordinal < first.ordinal:
        raise InvalidNote(
            f"segment {last_id} comes before segment {first_id} in the talk; "
            f"give the range in reading order ({last_id}-{first_id})",
            code="invalid.note-range",
            params={"first": first_id, "last": last_id},
        )
    return first, last


def _info(note: Note, first: Segment, last: Segment) -> NoteInfo:
    return NoteInfo(
        id=note.id,
        talk_id=note.talk_id,
        first_segment_id=note.first_segment_id,
        last_segment_id=note.last_segment_id,
        first_ordinal=first.ordinal,
        last_ordinal=last.ordinal,
        color=note.color,
        text=note.text,
        created_at=note.created_at,
        updated_at=note.updated_at,
    )


def _note(session: Session, note_id: int) -> Note:
    note = session.get(Note, note_id)
    if note is None:
        raise NoteNotFound(f"no note with id {note_id}", code="not-found.note", params={"id": note_id})
    return note


def _passage_at(
    session: Session, talk_id: int, first_segment_id: int, *_args: object, **_kw: object
) -> dict[str, object]:
    segment = session.get(Segment, first_segment_id)
    return {"text": preview(segment.text if segment else ""), "talk": talk_id}


def _passage_of(session: Session, note_id: int, *_args: object, **_kw: object) -> dict[str, object]:
    note = session.get(Note, note_id)
    segment = session.get(Segment, note.first_segment_id) if note is not None else None
    return {"text": preview(segment.text if segment else ""), "talk": note.talk_id if note else None}


@records(ActionKind.ADD_NOTE, _passage_at)
def add_note(
    session: Session,
    talk_id: int,
    first_segment_id: int,
    last_segment_id: int | None = None,
    *,
    text: str | None = None,
    color: str | None = None,
) -> NoteInfo:
    """Highlight a segment, or a range of segments in reading order, of one talk."""
    _talk(session, talk_id)
    last_segment_id = first_segment_id if last_segment_id is None else last_segment_id
    first, last = _checked_range(session, talk_id, first_segment_id, last_segment_id)
    note = Note(
        talk_id=talk_id,
        first_segment_id=first.id,
        last_segment_id=last.id,
        color=normalize_color(color),
        text=normalize_text(text),
    )
    session.add(note)
    session.flush()
    return _info(note, first, last)


def get_note(session: Session, note_id: int) -> NoteInfo:
    note = _note(session, note_id)
    first, last = _checked_range(session, note.talk_id, note.first_segment_id, note.last_segment_id)
    return _info(note, first, last)


@records(ActionKind.EDIT_NOTE, _passage_of)
def edit_note(
    session: Session,
    note_id: int,
    *,
    text: str | None = None,
    color: str | None = None,
    first_segment_id: int | None = None,
    last_segment_id: int | None = None,
) -> NoteInfo:
    """Change what is given (``None`` keeps the current value); the range stays in its talk.

    Giving only ``first_segment_id`` makes the note cover that one segment, as in
    :func:`add_note`; giving only ``last_segment_id`` moves the end of the range.
    """
    note = _note(session, note_id)
    if first_segment_id is not None or last_segment_id is not None:
        new_first = note.first_segment_id if first_segment_id is None else first_segment_id
        if last_segment_id is not None:
            new_last = last_segment_id
        else:
            new_last = new_first if first_segment_id is not None else note.last_segment_id
        first, last = _checked_range(session, note.talk_id, new_first, new_last)
        note.first_segment_id, note.last_segment_id = first.id, last.id
    if color is not None:
        note.color = normalize_color(color)
    if text is not None:
        note.text = normalize_text(text)
    session.flush()
    return get_note(session, note_id)


@records(ActionKind.DELETE_NOTE, _passage_of)
def delete_note(session: Session, note_id: int) -> None:
    session.delete(_note(session, note_id))
    session.flush()


def list_notes(session: Session, talk_id: int) -> list[NoteInfo]:
    """The talk's notes in reading order (where they start, then where they end, then age)."""
    _talk(session, talk_id)
    return _query_notes(session, [talk_id]).get(talk_id, [])


def notes_by_talk(session: Session, talk_ids: Iterable[int] | None = None) -> dict[int, list[NoteInfo]]:
    """Notes of several talks (all when *talk_ids* is ``None``) in one query, each in reading order."""
    return _query_notes(session, None if talk_ids is None else list(talk_ids))


def _query_notes(session: Session, talk_ids: list[int] | None) -> dict[int, list[NoteInfo]]:
    first = aliased(Segment)
    last = aliased(Segment)
    query = (
        select(Note, first, last)
        .join(first, first.id == Note.first_segment_id)
        .join(last, last.id == Note.last_segment_id)
        .order_by(Note.talk_id, first.ordinal, last.ordinal, Note.id)
    )
    if talk_ids is not None:
        query = query.where(Note.talk_id.in_(talk_ids))
    result: dict[int, list[NoteInfo]] = {}
    for note, first_segment, last_segment in session.execute(query).all():
        result.setdefault(note.talk_id, []).append(_info(note, first_segment, last_segment))
    return result
