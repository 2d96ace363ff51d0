"""Speakers in the reader: a name line where a turn starts, renamed by right-clicking it or from the Talk menu."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMenu

from reader.core.db import Library
from reader.core.models import Talk
from reader.core.speakers import assign_speaker
from reader.gui.dialogs.rename_speaker import RenameSpeakerDialog
from reader.gui.models.reader_model import ORIGINAL, TRANSLATION, Role
from tests.gui.gui_helpers import find_top_level, sentence_point
from tests.support.speakers import SpeakerTalk, make_speaker_talk


def _open(make_app, settings, tmp_path: Path, qtbot, *, named: bool = True):
    path = tmp_path / "speakers.sqlite3"
    with Library.open(path) as library:
        talk: SpeakerTalk = make_speaker_talk(library, tmp_path)
        with library.session() as session:
            session.get(Talk, talk.talk_id).speakers = "Host, Speaker 3"
            if not named:
                assign_speaker(session, talk.talk_id, talk.segment_ids, None)
    settings.last_talk = talk.talk_id
    settings.auto_translate = False
    window = make_app(path).window
    qtbot.waitUntil(lambda: window.reader_model.talk_id == talk.talk_id, timeout=10_000)
    return window, talk


def _row_names(window) -> list[str | None]:
    model = window.reader_model
    return [model.index(row, ORIGINAL).data(Role.SPEAKER) for row in range(model.rowCount())]


def _rename_in_dialog(qtbot, new: str) -> RenameSpeakerDialog:
    qtbot.waitUntil(lambda: find_top_level(RenameSpeakerDialog, "renameSpeakerDialog") is not None, timeout=5000)
    dialog = find_top_level(RenameSpeakerDialog, "renameSpeakerDialog")
    dialog.name.setText(new)  # keyClicks cannot type Chinese (QTest sends Latin-1 keys)
    return dialog


# A real popup menu, offscreen: the platform cannot grab the keyboard for it either.
@pytest.mark.qt_log_ignore(r"^This plugin does not support (propagateSizeHints|raise|grabbing the keyboard)")
def test_names_stand_above_each_turn_and_right_click_renames(make_app, settings, tmp_path, qtbot) -> None:
    window, talk = _open(make_app, settings, tmp_path, qtbot)
    view = window.reader_view
    # One stored paragraph held three turns: the reader cuts it where each turn starts.
    assert _row_names(window) == ["Host", "Speaker 3", "Host", "Speaker 3"]
    assert [len(window.reader_model.paragraph(r).segments) for r in range(4)] == [2, 2, 1, 1]
    # The name is a line of its own above the text; the translation side keeps the room.
    cell = view.delegate.layout(1, ORIGINAL)
    assert cell.document.toPlainText().splitlines()[0] == "Speaker 3" and cell.speaker == "Speaker 3"
    assert view.delegate.layout(1, TRANSLATION).speaker is None
    # A sentence is still a sentence: clicking it does not count as the name line.
    assert view.speaker_at(sentence_point(view, 1, ORIGINAL, talk.segment_ids[2])) is None

    name_rect = view.speaker_line_rect(1)
    assert not name_rect.isEmpty() and view.speaker_at(QPoint(-5, -5)) is None
    point = name_rect.center()
    assert view.speaker_at(point) == "Speaker 3"
    chosen: list[str] = []

    def pick_rename() -> None:
        menu = QApplication.activePopupWidget()
        assert isinstance(menu, QMenu)
        action = next(a for a in menu.actions() if a.objectName() == "renameSpeakerAction")
        chosen.append(action.text())
        menu.close()
        action.trigger()

    QTimer.singleShot(50, pick_rename)
    QApplication.sendEvent(
        view.viewport(), QContextMenuEvent(QContextMenuEvent.Reason.Mouse, point, view.viewport().mapToGlobal(point))
    )
    assert chosen == ["Rename Speaker “Speaker 3”…"]
    dialog = _rename_in_dialog(qtbot, "赵老师")
    assert dialog.speaker.currentText() == "Speaker 3"
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: _row_names(window) == ["Host", "赵老师", "Host", "赵老师"], timeout=10_000)
    # The library list follows the talk's speakers.
    qtbot.waitUntil(lambda: window.talk_model.talks[0].speakers == "Host, 赵老师", timeout=10_000)


def test_talk_menu_renames_the_clicked_sentence_speaker_and_merges(make_app, settings, tmp_path, qtbot) -> None:
    window, talk = _open(make_app, settings, tmp_path, qtbot)
    view = window.reader_view
    point = sentence_point(view, 2, ORIGINAL, talk.segment_ids[4])
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert view.active_segment() == talk.segment_ids[4]
    window.act_rename_speaker.trigger()
    dialog = _rename_in_dialog(qtbot, "speaker 3")
    assert dialog.speaker.currentText() == "Host"
    assert "become one" in dialog.hint.text()  # the dialog says it will merge
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: window.reader_model.speaker_names() == ["Speaker 3"], timeout=10_000)
    assert _row_names(window) == ["Speaker 3", None]
    assert view.active_segment() == talk.segment_ids[4]  # the reader stays where it was


def test_talk_menu_on_a_talk_without_speakers_says_so(make_app, settings, tmp_path, qtbot) -> None:
    window, _talk = _open(make_app, settings, tmp_path, qtbot, named=False)
    assert window.reader_model.speaker_names() == [] and set(_row_names(window)) == {None}
    window.act_rename_speaker.trigger()
    assert "no speakers" in window.statusBar().currentMessage()
    assert find_top_level(RenameSpeakerDialog, "renameSpeakerDialog") is None
