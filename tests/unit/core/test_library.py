"""Rename, split, merge and delete: fixing what automatic splitting got wrong."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from reader.core import library as lib
from reader.core.db import Library
from reader.core.errors import InvalidOperation, NotFound
from reader.core.models import Note, Segment
from tests.support.transcripts import SRT


@pytest.fixture
def talk_id(library: Library, sample_notes: Path) -> int:
    """The longest talk of the sample, so that splits have room on both sides."""
    talks = lib.import_file(library, sample_notes).talks
    return max(talks, key=lambda talk: talk.segments).id


def test_rename(library: Library, talk_id: int) -> None:
    with library.session() as session:
        lib.rename_talk(session, talk_id, "  Memory   walls  ")
    with library.read_session() as session:
        assert lib.get_talk(session, talk_id).title == "Memory walls"
    with pytest.raises(InvalidOperation), library.session() as session:
        lib.rename_talk(session, talk_id, "   ")


def test_split_then_merge_round_trips(library: Library, talk_id: int) -> None:
    with library.read_session() as session:
        original = [(s.id, s.text) for s in lib.talk_segments(session, talk_id)]
    cut = original[len(original) // 2][0]
    with library.session() as session:
        new_talk = lib.split_talk(session, talk_id, cut)
        new_id = new_talk.id
    with library.read_session() as session:
        head = lib.talk_segments(session, talk_id)
        tail = lib.talk_segments(session, new_id)
        assert [s.id for s in head + tail] == [sid for sid, _ in original]
        assert [s.ordinal for s in tail] == list(range(len(tail)))
        assert tail[0].paragraph == 0
        summaries = {t.id: t for t in lib.list_talks(session)}
        assert summaries[new_id].source_lines == (tail[0].source_line, summaries[new_id].source_lines[1])
        order = [t.id for t in lib.list_talks(session)]
        assert order.index(new_id) == order.index(talk_id) + 1
    with library.session() as session:
        lib.merge_talks(session, talk_id, new_id)
    with library.read_session() as session:
        merged = lib.talk_segments(session, talk_id)
        assert [(s.id, s.text) for s in merged] == original
        with pytest.raises(NotFound):
            lib.get_talk(session, new_id)


def test_split_errors(library: Library, talk_id: int) -> None:
    with library.read_session() as session:
        first = lib.talk_segments(session, talk_id)[0].id
    with pytest.raises(InvalidOperation), library.session() as session:
        lib.split_talk(session, talk_id, first)
    with pytest.raises(NotFound), library.session() as session:
        lib.split_talk(session, talk_id, 10**9)
    with pytest.raises(InvalidOperation), library.session() as session:
        lib.merge_talks(session, talk_id, talk_id)


def test_notes_follow_their_segments(library: Library, talk_id: int) -> None:
    with library.session() as session:
        segments = lib.talk_segments(session, talk_id)
        late = segments[-2]
        session.add(Note(talk_id=talk_id, first_segment_id=late.id, last_segment_id=late.id, text="x"))
        spanning = Note(talk_id=talk_id, first_segment_id=segments[0].id, last_segment_id=segments[-1].id)
        session.add(spanning)
    with pytest.raises(InvalidOperation, match="spans"), library.session() as session:
        lib.split_talk(session, talk_id, segments[-3].id)
    with library.session() as session:
        session.delete(session.get(Note, spanning.id))
    with library.session() as session:
        new_id = lib.split_talk(session, talk_id, segments[-3].id).id
    with library.read_session() as session:
        note = session.query(Note).one()
        assert note.talk_id == new_id


def test_delete_cascades(library: Library, tmp_path: Path) -> None:
    path = tmp_path / "a.srt"
    path.write_text(SRT, encoding="utf-8")
    talk_id = lib.import_file(library, path).talks[0].id
    with library.session() as session:
        lib.delete_talk(session, talk_id)
    with library.read_session() as session:
        assert lib.list_talks(session) == []
        assert session.execute(select(Segment)).first() is None
    with pytest.raises(NotFound), library.session() as session:
        lib.delete_talk(session, talk_id)
