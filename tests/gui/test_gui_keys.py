"""Keys in the real window: every shortcut claimed once and firing, Delete in the panes.

Keys are sent as real key events to the widget with the focus, the way a keyboard does, so
Qt's shortcut map decides what fires (the suite fails on its "Ambiguous shortcut overload"
warning: ``qt_log_level_fail``).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QPushButton

from reader.core import library as lib
from reader.core.db import Library
from reader.gui.shortcuts import collisions, key_sequences, window_actions


def press(sequence: QKeySequence) -> None:
    """Type one key combination into whatever has the focus (as a keyboard would)."""
    combination = sequence[0]
    target = QApplication.focusWidget() or QApplication.activeWindow()
    assert target is not None, "nothing has the keyboard focus"
    QTest.keyClick(target, combination.key(), combination.keyboardModifiers())


def close_dialogs() -> None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog) and widget.isVisible():
            widget.reject()


def confirm_box() -> QMessageBox | None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMessageBox) and widget.objectName() == "confirmDialog" and widget.isVisible():
            return widget
    return None


def activate(window, qtbot) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)


def test_standard_keys_expand_to_every_binding_once(qapp) -> None:
    found = [
        s.toString(QKeySequence.SequenceFormat.PortableText)
        for s in key_sequences(QKeySequence.StandardKey.FindNext, "F3", "F3", QKeySequence.StandardKey.Quit)
    ]
    assert found.count("F3") == 1
    assert found[0] == QKeySequence.keyBindings(QKeySequence.StandardKey.FindNext)[0].toString(
        QKeySequence.SequenceFormat.PortableText
    )


#: QTest has no ASCII for media keys (Qt::Key_ZoomIn...): its own note, not the app's.
QTEST_KEY_NOISE = r"^keyToAscii Unhandled key code"
OFFSCREEN_NOISE = r"^This plugin does not support (propagateSizeHints|raise)\(\)"


@pytest.mark.qt_log_ignore(QTEST_KEY_NOISE, OFFSCREEN_NOISE)
def test_every_shortcut_is_claimed_once_and_its_keys_fire_it(app, qtbot) -> None:
    window = app.window
    actions = window_actions(window)
    assert not collisions(actions), collisions(actions)
    fired: list[QAction] = []
    keyed = [a for a in actions if a.shortcuts()]
    names = {a.objectName() for a in keyed}
    for expected in ("actFindNext", "actFindPrev", "actZoomIn", "actZoomOut", "actQuit", "actPrefs"):
        assert expected in names
    for action in keyed:
        action.triggered.connect(lambda _checked=False, a=action: fired.append(a))
    quit_action = window.act_quit
    activate(window, qtbot)
    for action in [a for a in keyed if a is not quit_action] + [quit_action]:
        enabled = action.isEnabled()
        action.setEnabled(True)  # Undo and Stop wait for something to undo or stop
        for sequence in action.shortcuts():
            close_dialogs()
            activate(window, qtbot)
            window.reader_view.setFocus()
            fired.clear()
            press(sequence)
            assert fired == [action], (action.objectName(), sequence.toString())
        if action is not quit_action:
            action.setEnabled(enabled)
    close_dialogs()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=5000)  # Quit closed the window


def test_find_next_and_previous_keys_step_through_the_matches(app, qtbot) -> None:
    window = app.window
    activate(window, qtbot)
    word = next(w for w in window.reader_model.cell(0, 0).text.split() if w.isascii() and len(w) > 3)
    window.find_bar.open_bar(word)
    window.find_bar.search()
    assert len(window.find_bar.hits) >= 1
    start = window.find_bar.current
    window.reader_view.setFocus()
    for sequence in key_sequences(QKeySequence.StandardKey.FindNext, "F3"):
        before = window.find_bar.current
        press(sequence)
        assert window.find_bar.current == (before + 1) % len(window.find_bar.hits)
    for sequence in key_sequences(QKeySequence.StandardKey.FindPrevious, "Shift+F3"):
        before = window.find_bar.current
        press(sequence)
        assert window.find_bar.current == (before - 1) % len(window.find_bar.hits)
    assert window.find_bar.current == start


@pytest.mark.qt_log_ignore(QTEST_KEY_NOISE, OFFSCREEN_NOISE)
def test_zoom_keys_change_the_reader_font(app, qtbot) -> None:
    window = app.window
    activate(window, qtbot)
    window.reader_view.setFocus()
    start = window.settings.zoom
    for sequence in key_sequences("Ctrl+=", QKeySequence.StandardKey.ZoomIn):
        before = window.settings.zoom
        press(sequence)
        assert window.settings.zoom == before + 1
    for sequence in key_sequences(QKeySequence.StandardKey.ZoomOut, "Ctrl+-"):
        before = window.settings.zoom
        press(sequence)
        assert window.settings.zoom == before - 1
    press(QKeySequence("Ctrl+0"))
    assert window.settings.zoom == 0 == start


def _click_yes(qtbot) -> None:
    qtbot.waitUntil(lambda: confirm_box() is not None, timeout=3000)
    box = confirm_box()
    box.findChild(QPushButton, "confirmYes").click()


def test_delete_key_in_the_library_asks_deletes_and_undoes(app, qtbot, sample_library_path: Path) -> None:
    window = app.window
    talk_id = window.reader_model.talk_id
    activate(window, qtbot)
    window.library_pane.list.setFocus()
    press(QKeySequence(QKeySequence.StandardKey.Delete))
    qtbot.waitUntil(lambda: confirm_box() is not None, timeout=3000)
    confirm_box().reject()  # cancelled: nothing happens
    assert window.talk_model.row_of(talk_id) is not None
    window.library_pane.list.setFocus()
    press(QKeySequence(QKeySequence.StandardKey.Delete))
    _click_yes(qtbot)
    qtbot.waitUntil(lambda: window.talk_model.row_of(talk_id) is None, timeout=5000)
    with Library.open(sample_library_path) as library, library.read_session() as session:
        assert all(t.id != talk_id for t in lib.list_talks(session))
    activate(window, qtbot)
    press(QKeySequence(QKeySequence.StandardKey.Undo))
    qtbot.waitUntil(lambda: window.talk_model.row_of(talk_id) is not None, timeout=5000)


def test_delete_key_in_the_reader_or_search_field_deletes_no_talk(app, qtbot) -> None:
    window = app.window
    activate(window, qtbot)
    for widget in (window.reader_view, window.search_field, window.library_pane.filter):
        widget.setFocus()
        press(QKeySequence(QKeySequence.StandardKey.Delete))
        assert confirm_box() is None, widget.objectName()


def test_delete_key_in_the_notes_panel_asks_deletes_and_undoes(app, qtbot) -> None:
    window = app.window
    model = window.reader_model
    segment = model.paragraph(1).segments[0]
    window.notes.add(segment.id, segment.id, "green", "A note to delete")
    qtbot.waitUntil(lambda: len(model.notes()) == 1, timeout=5000)
    note_id = model.notes()[0].id
    window.notes_dock.show()
    activate(window, qtbot)
    panel = window.notes_panel
    panel.select_note(note_id)
    panel.list.setFocus()
    press(QKeySequence(QKeySequence.StandardKey.Delete))
    _click_yes(qtbot)
    qtbot.waitUntil(lambda: not model.notes(), timeout=5000)
    activate(window, qtbot)
    window.reader_view.setFocus()
    press(QKeySequence(QKeySequence.StandardKey.Undo))
    qtbot.waitUntil(lambda: len(model.notes()) == 1, timeout=5000)
    assert model.notes()[0].text == "A note to delete"


def test_split_asks_first(app, qtbot) -> None:
    window = app.window
    talk_id = window.reader_model.talk_id
    count = window.talk_model.rowCount()
    segment_id = window.reader_model.paragraph(3).segments[0].id
    window.reader_view.set_active_segment(segment_id)
    window.act_split.trigger()
    qtbot.waitUntil(lambda: confirm_box() is not None, timeout=3000)
    confirm_box().reject()
    qtbot.wait(100)  # a split would have been queued on the writer by now
    assert window.talk_model.rowCount() == count
    window.act_split.trigger()
    _click_yes(qtbot)
    qtbot.waitUntil(lambda: window.talk_model.rowCount() == count + 1, timeout=5000)
    assert window.reader_model.talk_id == talk_id
