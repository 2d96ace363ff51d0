"""The library watch follows other connections' commits without working on the GUI thread.

While the app translates, every poll finds the batches the app stored itself; comparing the
whole open talk on the GUI thread stalled the window every second. These tests write through
a second connection (another program, as SQLite sees it) and check what the window shows,
which thread ran the queries, and how much of the talk the GUI thread looked at.
"""

from __future__ import annotations

import threading
from pathlib import Path

from sqlalchemy import event

from reader.core import library as lib
from reader.core.db import Library
from reader.core.library import TalkSummary
from reader.core.translate.store import set_user_translation
from reader.gui.library_watch import LibraryState, OpenTalk, Shown, compare
from reader.gui.models.talk_data import ParagraphRow, SegmentRow


def _summary(talk_id: int, title: str) -> TalkSummary:
    return TalkSummary(talk_id, title, None, "talk.md", (1, 3), 3, {"en": 2, "zh": 1}, 1)


def _shown(title: str = "Talk") -> Shown:
    rows = (
        ParagraphRow((SegmentRow(1, "en", "One.", None), SegmentRow(2, "en", "Two.", None, "Zwei.", False))),
        ParagraphRow((SegmentRow(3, "zh", "三。", None),)),
    )
    return Shown((_summary(7, title),), 7, title, rows)


def _state(title: str = "Talk", texts=((1, "One."), (2, "Two."), (3, "三。")), translations=None) -> LibraryState:
    translations = translations or {1: (None, False), 2: ("Zwei.", False), 3: (None, False)}
    return LibraryState([_summary(7, title)], OpenTalk(7, title, tuple(texts), translations))


def test_compare_names_only_what_differs() -> None:
    assert not compare(_shown(), _state()).any
    changes = compare(_shown(), _state(translations={1: ("Eins.", True), 2: ("Zwei.", False), 3: (None, False)}))
    assert changes.translations == {1: ("Eins.", True)}
    assert not changes.talks and not changes.reload
    # A translation removed by another program is removed here too.
    assert compare(
        _shown(), _state(translations={1: (None, False), 2: (None, False), 3: (None, False)})
    ).translations == {2: (None, False)}
    renamed = compare(_shown(), _state(title="Renamed"))
    assert renamed.talks and renamed.reload
    split = compare(_shown(), _state(texts=((1, "One."), (2, "Two."))))
    assert split.reload and not split.talks


def test_translations_from_another_program_show_without_queries_or_a_talk_walk_on_the_gui_thread(
    make_app, settings, big_talk_id: int, sample_library_path: Path, qtbot
) -> None:
    # The app must not translate by itself: once a test has installed models, its own
    # batches would show the other program's rows first (they read back what is stored),
    # and the watch would rightly find nothing left to apply.
    settings.last_talk = big_talk_id
    settings.auto_translate = False
    app = make_app(sample_library_path)
    window = app.window
    qtbot.waitUntil(lambda: window.reader_model.talk_id == big_talk_id, timeout=10_000)
    model = window.reader_model
    talk_id = model.talk_id
    ids = model.segment_ids()
    assert len(ids) > 100  # a walk over the talk would look at many times more than 3
    targets = [sid for sid in ids if model.segment(sid).translation is None][:3]

    gui = threading.main_thread()
    query_threads: list[threading.Thread] = []

    def on_execute(*_args: object) -> None:
        query_threads.append(threading.current_thread())

    event.listen(app.library.engine, "before_cursor_execute", on_execute)
    qtbot.waitUntil(lambda: app.library_watch._version._conn is not None, timeout=10_000)
    app.library_watch._version._conn.set_trace_callback(lambda _sql: on_execute())

    looked_at: list[int] = []  # segments the GUI thread looked up until the window was updated
    updated = threading.Event()
    app.library_watch.updated.connect(lambda _state: updated.set())
    segment = model.segment

    def counting_segment(segment_id: int):
        if threading.current_thread() is gui and not updated.is_set():
            looked_at.append(segment_id)
        return segment(segment_id)

    model.segment = counting_segment
    try:
        with Library.open(sample_library_path) as other, other.session() as session:
            for number, sid in enumerate(targets):
                set_user_translation(session, sid, f"From another program {number}.")
        with qtbot.waitSignal(app.library_watch.updated, timeout=30_000):
            pass
        qtbot.waitUntil(lambda: all(model.segment(sid).translation for sid in targets), timeout=10_000)
    finally:
        del model.segment
        event.remove(app.library.engine, "before_cursor_execute", on_execute)
    assert [model.segment(sid).translation for sid in targets] == [f"From another program {n}." for n in range(3)]
    assert all(model.segment(sid).edited for sid in targets)
    assert query_threads, "the watch asked the library nothing"
    assert gui not in query_threads
    assert len(looked_at) <= len(targets), len(looked_at)
    assert model.talk_id == talk_id


def test_a_rename_by_another_program_reloads_the_open_talk(app, sample_library_path: Path, qtbot) -> None:
    window = app.window
    talk_id = window.reader_model.talk_id
    with Library.open(sample_library_path) as other, other.session() as session:
        lib.rename_talk(session, talk_id, "Renamed elsewhere")
    qtbot.waitUntil(lambda: window.header.title.text() == "Renamed elsewhere", timeout=30_000)
    qtbot.waitUntil(lambda: "Renamed elsewhere" in [t.title for t in window.talk_model.talks], timeout=10_000)
    assert window.reader_model.talk_id == talk_id


def test_a_look_counts_only_the_talks_the_window_shows_counts_for(sample_library_path: Path) -> None:
    """At 10,000 talks counting every talk's segments takes seconds; a look counts only what
    the window shows and still sees another program's rename of an uncounted talk."""
    from reader.gui.library_watch import read_state

    with Library.open(sample_library_path) as library:
        with library.read_session() as session:
            first, second, *_ = lib.list_talks(session)
        state = read_state(library, None, counted=[first.id])
        assert [t.counted for t in state.talks[:2]] == [True, False]
        shown = Shown(tuple(state.talks), None, "", ())
        with library.session() as session:
            lib.rename_talk(session, second.id, "Renamed elsewhere")
        assert compare(shown, read_state(library, None, counted=[first.id])).talks
        assert not compare(shown, state).talks
