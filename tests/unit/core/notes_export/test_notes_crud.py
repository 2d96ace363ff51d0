"""Highlights and notes in a real library: create, list in reading order, edit, delete, refuse bad input."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from notes_export_support import import_single_talk

from reader.core import library as lib
from reader.core import notes
from reader.core.db import Library
from reader.core.errors import NotFound, ReaderError
from reader.core.models import Segment


def _talk(library: Library, tmp_path: Path, name: str, body: str) -> tuple[int, list[int]]:
    path = tmp_path / name
    path.write_text(body, encoding="utf-8")
    talk_id = import_single_talk(library, path)
    with library.read_session() as session:
        return talk_id, [s.id for s in lib.talk_segments(session, talk_id)]


@pytest.fixture
def talk(library: Library, tmp_path: Path) -> tuple[int, list[int]]:
    return _talk(
        library,
        tmp_path,
        "talk.md",
        "# A talk\n\n第一句话。第二句话。\n\nThird sentence here. Fourth one follows.\n\n第五句。\n",
    )


def _note_rows(library: Library) -> list[tuple[object, ...]]:
    with sqlite3.connect(library.path) as conn:
        return conn.execute("SELECT * FROM notes ORDER BY id").fetchall()


def test_add_get_list_in_reading_order(library: Library, talk: tuple[int, list[int]]) -> None:
    talk_id, ids = talk
    assert len(ids) >= 5
    with library.session() as session:
        later = notes.add_note(session, talk_id, ids[3], ids[4], text="  *Later*  \n\n", color=" Blue ")
        single = notes.add_note(session, talk_id, ids[1])
        wide = notes.add_note(session, talk_id, ids[0], ids[2], text="line one\r\nline two")
    assert single.color == notes.DEFAULT_COLOR == "yellow"
    assert single.text == ""
    assert (single.first_segment_id, single.last_segment_id, single.segment_count) == (ids[1], ids[1], 1)
    assert later.color == "blue" and later.text == "  *Later*"
    assert wide.text == "line one\nline two" and wide.segment_count == 3
    assert wide.covers(1) and not wide.covers(3)

    with library.read_session() as session:
        listed = notes.list_notes(session, talk_id)
        assert [n.id for n in listed] == [wide.id, single.id, later.id]
        assert notes.get_note(session, later.id) == later
        assert notes.notes_by_talk(session) == {talk_id: listed}
    as_json = later.to_json()
    assert as_json["segments"] == 2 and as_json["color"] == "blue" and as_json["text"] == "  *Later*"

    # Stored for good: a new connection to the file sees the same notes.
    library.close()
    with Library.open(library.path) as reopened, reopened.read_session() as session:
        assert [n.id for n in notes.list_notes(session, talk_id)] == [wide.id, single.id, later.id]


@pytest.mark.parametrize(
    ("first", "last", "color", "message"),
    [
        (3, 1, None, "comes before"),
        (0, 999_999, None, "no segment with id 999999"),
        (0, 0, "red", "unknown colour 'red'; choose one of: yellow, green, blue, pink, purple"),
    ],
)
def test_bad_notes_are_refused_and_change_nothing(
    library: Library, talk: tuple[int, list[int]], first: int, last: int, color: str | None, message: str
) -> None:
    talk_id, ids = talk
    with library.session() as session:
        notes.add_note(session, talk_id, ids[0])
    before = _note_rows(library)
    last_id = ids[last] if last < len(ids) else last
    with pytest.raises(notes.InvalidNote, match=message), library.session() as session:
        notes.add_note(session, talk_id, ids[first], last_id, color=color, text="kept?")
    assert _note_rows(library) == before


def test_segments_must_belong_to_the_talk(library: Library, tmp_path: Path, talk: tuple[int, list[int]]) -> None:
    talk_id, ids = talk
    other_id, other_ids = _talk(library, tmp_path, "other.md", "# Other\n\nAnother talk entirely.\n")
    with pytest.raises(notes.InvalidNote, match=f"segment {other_ids[0]} belongs to talk {other_id}"):
        with library.session() as session:
            notes.add_note(session, talk_id, ids[0], other_ids[0])
    with pytest.raises(NotFound, match="no talk with id 4242"), library.session() as session:
        notes.add_note(session, 4242, ids[0])
    with pytest.raises(NotFound), library.read_session() as session:
        notes.list_notes(session, 4242)
    assert _note_rows(library) == []


def test_reading_order_is_by_position_not_by_id(library: Library, tmp_path: Path) -> None:
    """After a merge, a talk can read high ids before low ones; ranges follow the reading."""
    early_id, early = _talk(library, tmp_path, "early.md", "# Early\n\nFirst file text. More of it.\n")
    late_id, late = _talk(library, tmp_path, "late.md", "# Late\n\nSecond file text. And more.\n")
    with library.session() as session:
        lib.merge_talks(session, late_id, early_id)  # the early file's segments now come last
    with library.session() as session:
        note = notes.add_note(session, late_id, late[-1], early[0], text="across the join")
    assert note.first_ordinal < note.last_ordinal
    with pytest.raises(notes.InvalidNote, match="comes before"), library.session() as session:
        notes.add_note(session, late_id, early[0], late[-1])


def test_edit_changes_only_what_is_given(library: Library, talk: tuple[int, list[int]]) -> None:
    talk_id, ids = talk
    with library.session() as session:
        note = notes.add_note(session, talk_id, ids[0], ids[1], text="first", color="green")
    with library.session() as session:
        edited = notes.edit_note(session, note.id, text="second **version**")
    assert (edited.text, edited.color, edited.first_segment_id, edited.last_segment_id) == (
        "second **version**",
        "green",
        ids[0],
        ids[1],
    )
    assert edited.updated_at >= note.updated_at
    with library.session() as session:
        recoloured = notes.edit_note(session, note.id, color="PURPLE")
    assert recoloured.color == "purple" and recoloured.text == "second **version**"
    with library.session() as session:
        moved = notes.edit_note(session, note.id, first_segment_id=ids[2], last_segment_id=ids[4])
        assert (moved.first_segment_id, moved.last_segment_id) == (ids[2], ids[4])
        end_moved = notes.edit_note(session, note.id, last_segment_id=ids[3])
        assert (end_moved.first_segment_id, end_moved.last_segment_id) == (ids[2], ids[3])
        one = notes.edit_note(session, note.id, first_segment_id=ids[1])
        assert (one.first_segment_id, one.last_segment_id) == (ids[1], ids[1])
    with library.session() as session:
        cleared = notes.edit_note(session, note.id, text="")
    assert cleared.text == ""

    before = _note_rows(library)
    for bad in ({"last_segment_id": ids[0], "first_segment_id": ids[3]}, {"color": "octarine"}):
        with pytest.raises(notes.InvalidNote), library.session() as session:
            notes.edit_note(session, note.id, text="not saved", **bad)  # type: ignore[arg-type]
    assert _note_rows(library) == before
    with pytest.raises(notes.NoteNotFound, match="no note with id 777"), library.session() as session:
        notes.edit_note(session, 777, text="x")


def test_delete(library: Library, talk: tuple[int, list[int]]) -> None:
    talk_id, ids = talk
    with library.session() as session:
        keep = notes.add_note(session, talk_id, ids[0])
        gone = notes.add_note(session, talk_id, ids[1], text="bye")
    with library.session() as session:
        notes.delete_note(session, gone.id)
    with library.read_session() as session:
        assert [n.id for n in notes.list_notes(session, talk_id)] == [keep.id]
        assert session.get(Segment, ids[1]) is not None  # the text stays, only the note goes
    with pytest.raises(notes.NoteNotFound) as caught, library.session() as session:
        notes.delete_note(session, gone.id)
    assert isinstance(caught.value, ReaderError) and "no note with id" in str(caught.value)


def test_too_long_text_is_refused(library: Library, talk: tuple[int, list[int]]) -> None:
    talk_id, ids = talk
    with pytest.raises(notes.InvalidNote, match="too long"), library.session() as session:
        notes.add_note(session, talk_id, ids[0], text="x" * (notes.MAX_NOTE_CHARS + 1))
    assert _note_rows(library) == []


def test_notes_go_with_their_talk(library: Library, talk: tuple[int, list[int]]) -> None:
    talk_id, ids = talk
    with library.session() as session:
        note = notes.add_note(session, talk_id, ids[0], text="soon gone")
        lib.delete_talk(session, talk_id)
    with pytest.raises(notes.NoteNotFound), library.read_session() as session:
        notes.get_note(session, note.id)
