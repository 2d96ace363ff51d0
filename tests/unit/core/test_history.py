"""Undo and redo of every edit, kept in the library (real SQLite file, real search index)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from reader.core import history
from reader.core import library as lib
from reader.core import notes as notes_core
from reader.core import speakers as speakers_core
from reader.core.corrections import correct_segment
from reader.core.db import Library
from reader.core.errors import InvalidOperation
from reader.core.history import ActionKind, ActionState
from reader.core.search.engine import search
from reader.core.search.maintenance import check
from reader.core.translate.store import clear_user_translation, set_user_translation

TRANSCRIPT = """# Memory walls

Today we talk about memory bandwidth. It limits how fast accelerators run.
Caches help, but only so much. The open eye models are large.

## Serving

Batching requests raises throughput. Latency then grows with the batch.
"""


def fingerprint(library: Library) -> dict[str, list[tuple[object, ...]]]:
    """Every journaled row, by table, in rowid order: what undo must give back exactly."""
    with library.read_session() as session:
        conn = session.connection()
        return {
            table: [tuple(row) for row in conn.exec_driver_sql(f"SELECT rowid, * FROM {table} ORDER BY rowid")]
            for table in history.JOURNALED_TABLES
        }


def index_ok(library: Library) -> bool:
    with library.read_session() as session:
        return not check(session.connection()).problems


@pytest.fixture
def talk_id(library: Library, tmp_path: Path) -> int:
    path = tmp_path / "walls.md"
    path.write_text(TRANSCRIPT, encoding="utf-8")
    result = lib.import_file(library, path)
    assert result.status == "imported", result.message
    return result.talks[0].id


def segment_ids(library: Library, talk_id: int) -> list[int]:
    with library.read_session() as session:
        return [segment.id for segment in lib.talk_segments(session, talk_id)]


def undo(library: Library) -> history.HistoryEntry:
    with library.session() as session:
        return history.undo(session)


def redo(library: Library) -> history.HistoryEntry:
    with library.session() as session:
        return history.redo(session)


EDITS: dict[str, tuple[ActionKind, Callable[[Session, int, list[int]], object]]] = {
    "rename": (ActionKind.RENAME_TALK, lambda s, t, ids: lib.rename_talk(s, t, "Walls of memory")),
    "split": (ActionKind.SPLIT_TALK, lambda s, t, ids: lib.split_talk(s, t, ids[3])),
    "delete": (ActionKind.DELETE_TALK, lambda s, t, ids: lib.delete_talk(s, t)),
    "correct": (ActionKind.EDIT_SOURCE, lambda s, t, ids: correct_segment(s, ids[3], "The OpenAI models are large.")),
    "translate": (
        ActionKind.EDIT_TRANSLATION,
        lambda s, t, ids: set_user_translation(s, ids[0], "今天我们谈内存带宽。"),
    ),
    "note": (ActionKind.ADD_NOTE, lambda s, t, ids: notes_core.add_note(s, t, ids[0], ids[1], text="key point")),
    "speaker": (ActionKind.ASSIGN_SPEAKER, lambda s, t, ids: speakers_core.assign_speaker(s, t, ids[:2], "Ana")),
}


@pytest.mark.parametrize("name", list(EDITS))
def test_every_edit_undoes_and_redoes_exactly(library: Library, talk_id: int, name: str) -> None:
    kind, edit = EDITS[name]
    ids = segment_ids(library, talk_id)
    before = fingerprint(library)
    with library.session() as session:
        edit(session, talk_id, ids)
    after = fingerprint(library)
    assert after != before

    undone = undo(library)
    assert undone.kind is kind and undone.state is ActionState.UNDONE
    assert fingerprint(library) == before
    assert index_ok(library)

    redone = redo(library)
    assert redone.id == undone.id and redone.state is ActionState.DONE
    assert fingerprint(library) == after
    assert index_ok(library)


def test_edits_of_existing_rows_undo_too(library: Library, talk_id: int) -> None:
    """Notes edited and deleted, translations cleared, speakers renamed, talks merged."""
    ids = segment_ids(library, talk_id)
    with library.session() as session:
        note = notes_core.add_note(session, talk_id, ids[0], text="first")
        set_user_translation(session, ids[1], "缓存有帮助。")
        speakers_core.assign_speaker(session, talk_id, ids, "Ana")
        second = lib.split_talk(session, talk_id, ids[4]).id
    steps: list[Callable[[Session], object]] = [
        lambda s: notes_core.edit_note(s, note.id, text="second", color="green"),
        lambda s: clear_user_translation(s, ids[1]),
        lambda s: speakers_core.rename_speaker(s, talk_id, "Ana", "Ana Silva"),
        lambda s: lib.merge_talks(s, talk_id, second),
        lambda s: notes_core.delete_note(s, note.id),
    ]
    states = [fingerprint(library)]
    for step in steps:
        with library.session() as session:
            step(session)
        states.append(fingerprint(library))
    for expected in reversed(states[:-1]):
        undo(library)
        assert fingerprint(library) == expected
    for expected in states[1:]:
        redo(library)
        assert fingerprint(library) == expected
    assert index_ok(library)


def test_undoing_an_import_removes_the_file_and_redo_brings_it_back(library: Library, talk_id: int) -> None:
    ids = segment_ids(library, talk_id)
    with library.session() as session:
        set_user_translation(session, ids[0], "今天我们谈内存带宽。")
    imported = fingerprint(library)
    undo(library)  # the translation
    entry = undo(library)
    assert entry.kind is ActionKind.IMPORT and entry.params["name"] == "walls.md"
    assert all(not rows for rows in fingerprint(library).values())
    with library.read_session() as session:
        assert search(session.connection(), "bandwidth").total == 0
    redo(library)
    redo(library)
    assert fingerprint(library) == imported
    with library.read_session() as session:
        assert search(session.connection(), "bandwidth").total == 1
        assert search(session.connection(), "内存带宽").total == 1
    assert index_ok(library)


def test_history_survives_reopening_the_library(library_path: Path, tmp_path: Path) -> None:
    path = tmp_path / "walls.md"
    path.write_text(TRANSCRIPT, encoding="utf-8")
    first = Library.open(library_path)
    talk = lib.import_file(first, path).talks[0].id
    with first.session() as session:
        lib.rename_talk(session, talk, "Walls of memory")
    first.close()

    second = Library.open(library_path)
    try:
        with second.read_session() as session:
            entries = history.history(session)
        assert [(e.kind, e.state) for e in entries] == [
            (ActionKind.RENAME_TALK, ActionState.DONE),
            (ActionKind.IMPORT, ActionState.DONE),
        ]
        assert entries[0].describe() == "Rename “Memory walls” to “Walls of memory”"
        undo(second)
        with second.read_session() as session:
            assert lib.get_talk(session, talk).title == "Memory walls"
            assert history.next_redo(session) is not None
    finally:
        second.close()


def test_a_new_edit_forgets_what_was_undone(library: Library, talk_id: int) -> None:
    with library.session() as session:
        lib.rename_talk(session, talk_id, "One")
    undo(library)
    with library.session() as session:
        lib.rename_talk(session, talk_id, "Two")
        assert history.next_redo(session) is None
    with pytest.raises(InvalidOperation) as caught:
        redo(library)
    assert caught.value.code == "invalid.nothing-to-redo"


def test_an_edit_that_changes_nothing_is_not_an_action(library: Library, talk_id: int) -> None:
    with library.session() as session:
        title = lib.get_talk(session, talk_id).title
        lib.rename_talk(session, talk_id, "Renamed")
    undo(library)
    with library.session() as session:
        speakers_core.assign_speaker(session, talk_id, [], "Nobody")
        assert history.next_undo(session).kind is ActionKind.IMPORT  # type: ignore[union-attr]
        assert history.next_redo(session) is not None  # the undone rename is still there
        assert lib.get_talk(session, talk_id).title == title


def test_a_failed_edit_leaves_no_action(library: Library, talk_id: int) -> None:
    with pytest.raises(InvalidOperation), library.session() as session:
        lib.rename_talk(session, talk_id, "   ")
    with library.read_session() as session:
        assert history.next_undo(session).kind is ActionKind.IMPORT  # type: ignore[union-attr]


def test_nothing_to_undo_is_a_clear_error(library: Library) -> None:
    with pytest.raises(InvalidOperation) as caught:
        undo(library)
    assert caught.value.code == "invalid.nothing-to-undo"


def test_undo_refuses_when_the_rows_were_changed_since(library: Library, talk_id: int) -> None:
    """A talk deleted by hand outside history cannot be renamed back: say so, change nothing."""
    with library.session() as session:
        lib.rename_talk(session, talk_id, "Renamed")
    with library.session() as session:
        session.connection().exec_driver_sql("DELETE FROM talks WHERE id = ?", (talk_id,))
    state = fingerprint(library)
    with pytest.raises(InvalidOperation) as caught:
        undo(library)
    assert caught.value.code == "invalid.history-conflict"
    assert fingerprint(library) == state


def test_history_keeps_a_bounded_number_of_actions(
    library: Library, talk_id: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(history, "HISTORY_LIMIT", 5)
    for number in range(8):
        with library.session() as session:
            lib.rename_talk(session, talk_id, f"Title {number}")
    with library.read_session() as session:
        entries = history.history(session, limit=100)
        changes = session.connection().exec_driver_sql("SELECT count(*) FROM history_changes").scalar_one()
    assert [e.params["new"] for e in entries] == [f"Title {n}" for n in range(7, 2, -1)]
    assert changes == 5


def test_a_correction_keeps_the_files_words_and_search_follows(library: Library, talk_id: int) -> None:
    ids = segment_ids(library, talk_id)
    with library.session() as session:
        original = lib.talk_segments(session, talk_id)[3].text
        set_user_translation(session, ids[3], "开放眼睛模型很大。")
        fixed = correct_segment(session, ids[3], "  The OpenAI   models are large. ")
    assert fixed.text == "The OpenAI models are large." and fixed.imported_text == original
    assert fixed.translation_may_be_stale  # the user's own translation is kept, flagged
    with library.read_session() as session:
        conn = session.connection()
        assert search(conn, "OpenAI").total == 1
        assert search(conn, '"open eye"').total == 0
    with library.session() as session:
        back = correct_segment(session, ids[3], original)
    assert back.imported_text is None  # the file's words again
    with pytest.raises(InvalidOperation), library.session() as session:
        correct_segment(session, ids[3], " \n ")


def test_only_own_translations_of_corrected_sentences_are_possibly_stale(library: Library, talk_id: int) -> None:
    from reader.core.corrections import possibly_stale_translations

    ids = segment_ids(library, talk_id)
    with library.session() as session:
        set_user_translation(session, ids[0], "今天我们谈内存带宽。")
        set_user_translation(session, ids[1], "它限制加速器。")
        correct_segment(session, ids[0], "Today we talk about memory bandwidth, again.")
        correct_segment(session, ids[2], "Caches help a lot.")  # no translation of its own
    with library.read_session() as session:
        assert possibly_stale_translations(session, talk_id) == {ids[0]}
    with library.session() as session:
        set_user_translation(session, ids[0], "今天我们再谈内存带宽。")
    with library.read_session() as session:
        assert possibly_stale_translations(session, talk_id) == set()
