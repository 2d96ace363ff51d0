"""The reader translates with the engine the library chose: a chat server on 127.0.0.1 fills
the rows on screen, and a server that is gone is a clear message, not a fake translation.
The Translation Engines dialog adds, checks, chooses and undoes engines; "Translate Again
With" in the reader redoes sentences with one engine and never touches the user's own rows."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit, QMenu, QMessageBox, QPushButton
from shiboken6 import isValid

from reader.core.db import Library
from reader.core.reading import translations_of
from reader.core.translate import engine_settings as es
from reader.gui.dialogs.engines import NAME, USED_FOR, EngineEditDialog, EnginesDialog
from reader.gui.models.reader_model import ORIGINAL
from tests.gui.gui_helpers import find_top_level, sentence_point
from tests.support.translation_servers import ChatServer, LibreTranslateServer, numbered_sentences, running


def _choose(path, config: es.EngineConfig) -> None:
    with Library.open(path) as library, library.session() as session:
        es.add_engine(session, config)
        for direction in es.DIRECTIONS:
            es.choose_engine(session, direction, config.name)


def test_the_reader_fills_in_from_the_chosen_chat_server(
    make_app, sample_library_path, settings, big_talk_id, qtbot
) -> None:
    with running(ChatServer()) as server:
        _choose(sample_library_path, es.EngineConfig(name="llm", kind=es.CHAT, url=server.url, model="tiny-chat"))
        settings.last_talk = big_talk_id
        controller = make_app(sample_library_path)
        window = controller.window
        arrived: list[dict] = []
        window.translation.translated.connect(arrived.append)
        qtbot.waitUntil(lambda: bool(arrived), timeout=30_000)
        window.translation.cancel()
        qtbot.waitUntil(lambda: window.translation.idle, timeout=30_000)
        model = window.reader_model
        shown = {s.id: (s.lang, s.text, s.translation) for p in model._rows for s in p.segments}
        rows = {segment_id: text for batch in arrived for segment_id, (text, *_rest) in batch.items()}
        assert rows
        for segment_id, text in rows.items():
            lang = shown[segment_id][0]
            assert text.startswith("en: " if lang == "zh" else "zh: "), text
            assert shown[segment_id][2] == text


def test_a_server_that_is_gone_says_so_and_translates_nothing(
    make_app, sample_library_path, settings, big_talk_id, qtbot
) -> None:
    with running(LibreTranslateServer()) as gone:
        url = gone.url
    _choose(sample_library_path, es.EngineConfig(name="dead", kind=es.LIBRETRANSLATE, url=url))
    settings.last_talk = big_talk_id
    controller = make_app(sample_library_path)
    window = controller.window
    qtbot.waitUntil(lambda: find_top_level(QMessageBox, "errorDialog") is not None, timeout=60_000)
    box = find_top_level(QMessageBox, "errorDialog")
    assert "cannot connect" in box.text() and "dead" in box.text(), box.text()
    box.accept()
    assert window.reader_model.translated_count()[0] == 0
    # Scrolling does not ask the dead server again; Translate does, and says so again.
    qtbot.waitUntil(lambda: window.translation.idle, timeout=30_000)
    with qtbot.waitSignal(window.reader_view.visible_rows_changed, timeout=10_000):
        window.reader_view.scroll_to_row(window.reader_model.rowCount() - 5)
    assert not window.translation.running
    window.act_translate.trigger()
    assert window.translation.running
    qtbot.waitUntil(lambda: find_top_level(QMessageBox, "errorDialog") is not None, timeout=60_000)
    find_top_level(QMessageBox, "errorDialog").accept()
    qtbot.waitUntil(lambda: window.translation.idle, timeout=30_000)


# -- the Translation Engines dialog ------------------------------------------------------------


def _engines_dialog(window, qtbot) -> EnginesDialog:
    window.act_engines.trigger()
    qtbot.waitUntil(lambda: find_top_level(EnginesDialog, "enginesDialog") is not None, timeout=5000)
    return find_top_level(EnginesDialog, "enginesDialog")


def _editor(qtbot) -> EngineEditDialog:
    qtbot.waitUntil(lambda: find_top_level(EngineEditDialog, "engineEditDialog") is not None, timeout=5000)
    return find_top_level(EngineEditDialog, "engineEditDialog")


def _type(qtbot, field, text: str) -> None:
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    qtbot.keyClicks(field, text)


def _closed(dialog) -> bool:
    """Whether a dialog was closed (and deleted: the editors delete themselves on close)."""
    return not isValid(dialog) or not dialog.isVisible()


def _ctrl_z(dialog: EnginesDialog, qtbot) -> None:
    """Press Ctrl+Z in the dialog (Edit ▸ Undo works there too)."""
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=5000)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)


def _chosen(path) -> dict[tuple[str, str], str]:
    with Library.open(path) as library, library.read_session() as session:
        return {d: c.name for d, c in es.chosen(session).items()}


def test_engines_are_added_checked_chosen_and_undone_in_the_dialog(app, qtbot, sample_library_path) -> None:
    window = app.window
    with running(LibreTranslateServer()) as gone:
        closed_port = gone.url
    with running(ChatServer()) as server:
        dialog = _engines_dialog(window, qtbot)
        qtbot.waitUntil(lambda: dialog.row_of("argos") == 0, timeout=5000)
        assert dialog.table.item(0, NAME).text() == "Argos (built in)"
        qtbot.waitUntil(lambda: dialog.status_text("argos") != "Checking…", timeout=10_000)

        # A chat server: a wrong address is said in the dialog, which stays open to fix it.
        qtbot.mouseClick(dialog.add_chat_button, Qt.MouseButton.LeftButton)
        editor = _editor(qtbot)
        assert editor.api_key.echoMode() == QLineEdit.EchoMode.Password
        qtbot.keyClicks(editor.name, "llm")
        qtbot.keyClicks(editor.url, "localhost:11434")
        qtbot.keyClicks(editor.model, "tiny-chat")
        qtbot.keyClicks(editor.api_key, "secret")
        # The prompt template starts as the default one and comes back with "Reset to Default".
        default = editor.prompt.toPlainText()
        assert "{sentences}" in default
        editor.prompt.setFocus()
        qtbot.keyClick(editor.prompt, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(editor.prompt, " Be brief.")
        qtbot.mouseClick(editor.reset_prompt, Qt.MouseButton.LeftButton)
        assert editor.prompt.toPlainText() == default
        qtbot.keyClick(editor.url, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: editor.error.isVisible(), timeout=5000)
        assert "not a server address" in editor.error.text()
        assert editor.isVisible()
        _type(qtbot, editor.url, server.url)
        assert not editor.error.isVisible()
        qtbot.keyClick(editor.url, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: _closed(editor), timeout=5000)
        qtbot.waitUntil(lambda: dialog.row_of("llm") is not None, timeout=5000)
        qtbot.waitUntil(lambda: dialog.status_text("llm").startswith("Ready"), timeout=10_000)
        assert "Chinese → English" in dialog.status_text("llm")
        assert "Add Engine “llm”" in window.act_undo.text()

        # A LibreTranslate server that is not there: not ready, and why.
        qtbot.mouseClick(dialog.add_lt_button, Qt.MouseButton.LeftButton)
        editor = _editor(qtbot)
        assert editor.model is None and editor.prompt is None
        qtbot.keyClicks(editor.name, "dead")
        qtbot.keyClicks(editor.url, closed_port)
        qtbot.mouseClick(editor.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.status_text("dead").startswith("Not ready"), timeout=10_000)
        assert "cannot connect" in dialog.status_text("dead")
        assert dialog.status_text("llm").startswith("Ready")

        # Chinese → English with the chat server, chosen with the keyboard.
        combo = dialog.choosers[("zh", "en")]
        combo.setFocus()
        assert combo.currentText() == "Argos (built in)"
        qtbot.keyClick(combo, Qt.Key.Key_End)  # the last engine: "llm"
        qtbot.waitUntil(lambda: "Use “llm” for Chinese → English" in window.act_undo.text(), timeout=5000)
        assert _chosen(sample_library_path) == {("zh", "en"): "llm", ("en", "zh"): "argos"}
        qtbot.waitUntil(lambda: dialog.table.item(dialog.row_of("llm"), USED_FOR).text() == "Chinese → English")

        # Ctrl+Z in the dialog takes the choice back, and the dialog shows it.
        _ctrl_z(dialog, qtbot)
        qtbot.waitUntil(lambda: combo.currentText() == "Argos (built in)", timeout=5000)
        assert _chosen(sample_library_path) == {("zh", "en"): "argos", ("en", "zh"): "argos"}
        assert dialog.table.item(dialog.row_of("llm"), USED_FOR).text() == "—"

        # Edit keeps the name and changes the model; Remove is undoable too.
        dialog.table.selectRow(dialog.row_of("llm"))
        qtbot.mouseClick(dialog.edit_button, Qt.MouseButton.LeftButton)
        editor = _editor(qtbot)
        assert not editor.name.isEnabled() and editor.api_key.text() == "secret"
        _type(qtbot, editor.model, "other-model")
        qtbot.keyClick(editor.model, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: "Edit Engine “llm”" in window.act_undo.text(), timeout=5000)
        # The server has no such model: the check after the change says so.
        qtbot.waitUntil(lambda: dialog.status_text("llm").startswith("Not ready"), timeout=10_000)
        dialog.table.selectRow(dialog.row_of("dead"))
        qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.row_of("dead") is None, timeout=5000)
        _ctrl_z(dialog, qtbot)
        qtbot.waitUntil(lambda: dialog.row_of("dead") is not None, timeout=5000)
        dialog.reject()
        qtbot.waitUntil(lambda: not window.manager.active, timeout=10_000)


# -- Translate Again With ----------------------------------------------------------------------


def _context_menu_pick(view, point: QPoint, engine: str, seen: list[str]) -> None:
    """Right-click *point* and pick ``Translate … Again With ▸ engine`` in the real popup."""

    def pick() -> None:
        menu = QApplication.activePopupWidget()
        assert isinstance(menu, QMenu)
        again = menu.findChild(QMenu, "translateAgainMenu")
        seen.append(again.title())
        action = next(a for a in again.actions() if a.objectName() == f"againWith:{engine}")
        assert action.isEnabled()
        seen.extend(a.text() for a in again.actions())
        menu.close()
        action.trigger()

    QTimer.singleShot(50, pick)
    QApplication.sendEvent(
        view.viewport(), QContextMenuEvent(QContextMenuEvent.Reason.Mouse, point, view.viewport().mapToGlobal(point))
    )


@pytest.mark.qt_log_ignore(r"^This plugin does not support (propagateSizeHints|raise|grabbing the keyboard)")
def test_translate_again_with_a_chat_server_from_the_reader_keeps_the_user_s_rows(
    make_app, sample_library_path, settings, big_talk_id, qtbot
) -> None:
    with running(ChatServer()) as server, running(LibreTranslateServer()) as lt:
        with Library.open(sample_library_path) as library:
            with library.session() as session:
                es.add_engine(session, es.EngineConfig(name="llm", kind=es.CHAT, url=server.url, model="tiny-chat"))
            lt_url = lt.url
        lt.stop()  # a server that was there once: not ready
        with Library.open(sample_library_path) as library, library.session() as session:
            es.add_engine(session, es.EngineConfig(name="gone", kind=es.LIBRETRANSLATE, url=lt_url))
        settings.auto_translate = False
        settings.last_talk = big_talk_id
        window = make_app(sample_library_path).window
        qtbot.waitUntil(lambda: window.reader_model.talk_id == big_talk_id, timeout=10_000)
        status = window.engine_status
        qtbot.waitUntil(lambda: len(status.readiness) == 3, timeout=15_000)
        view, model = window.reader_view, window.reader_model
        row = next(r for r in range(model.rowCount()) if len(model.paragraph(r).segments) >= 2)
        first, second = model.paragraph(row).segments[:2]
        # The user's own translation of the second sentence.
        window.save_correction(second.id, "我自己的译文")
        qtbot.waitUntil(lambda: model.segment(second.id).translation == "我自己的译文", timeout=5000)

        # Right-click the first sentence: Translate 1 Sentence Again With ▸ llm.
        seen: list[str] = []
        _context_menu_pick(view, sentence_point(view, row, ORIGINAL, first.id), "llm", seen)
        assert seen[0] == "Translate 1 Sentence Again With"
        assert "llm" in seen and "gone (not ready)" in seen
        # Argos is listed too: ready or not depends on whether packages are installed (other
        # tests of the session may have installed some).
        assert any(item.startswith("Argos (built in)") for item in seen[1:])
        expected = "en: " if first.lang == "zh" else "zh: "
        qtbot.waitUntil(lambda: (model.segment(first.id).translation or "").startswith(expected), timeout=30_000)
        assert model.segment(first.id).made_by == ("llm", "tiny-chat")
        assert "Translated by llm (tiny-chat)" in view.made_by_tip(first.id)
        assert model.segment(second.id).translation == "我自己的译文"
        assert len(server.prompts()) == 1 and numbered_sentences(server.prompts()[0]) != []

        # Both sentences selected (a shift-click range): only the machine row is asked again.
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=sentence_point(view, row, ORIGINAL, first.id))
        qtbot.mouseClick(
            view.viewport(),
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.ShiftModifier,
            sentence_point(view, row, ORIGINAL, second.id),
        )
        assert view.selected_segments() == [first.id, second.id]
        seen.clear()
        with qtbot.waitSignal(window.translation.finished, timeout=30_000):
            _context_menu_pick(view, sentence_point(view, row, ORIGINAL, second.id), "llm", seen)
        assert seen[0] == "Translate 2 Sentences Again With"
        # llm made the first row already and the second is the user's: nothing is asked.
        assert len(server.prompts()) == 1
        assert "Nothing to translate again" in window.statusBar().currentMessage()
        assert model.segment(second.id).translation == "我自己的译文"
        with Library.open(sample_library_path) as library, library.read_session() as session:
            assert translations_of(session, [second.id])[second.id][:2] == ("我自己的译文", True)

        # Talk ▸ Translate Talk Again With ▸ llm: the whole talk, the rows on screen first.
        window.again_menu.aboutToShow.emit()
        action = next(a for a in window.again_menu.actions() if a.objectName() == "againWith:llm")
        arrived: list[dict] = []
        window.translation.translated.connect(arrived.append)
        action.trigger()
        qtbot.waitUntil(lambda: len(arrived) >= 2, timeout=30_000)
        window.translation.cancel()
        qtbot.waitUntil(lambda: window.translation.idle, timeout=30_000)
        rows = {segment_id for batch in arrived for segment_id in batch}
        assert second.id not in rows and len(rows) > 1
        assert model.segment(second.id).translation == "我自己的译文"


def test_an_engine_s_error_offers_its_settings(make_app, sample_library_path, settings, big_talk_id, qtbot) -> None:
    with running(LibreTranslateServer()) as gone:
        url = gone.url
    _choose(sample_library_path, es.EngineConfig(name="dead", kind=es.LIBRETRANSLATE, url=url))
    settings.last_talk = big_talk_id
    window = make_app(sample_library_path).window
    qtbot.waitUntil(lambda: find_top_level(QMessageBox, "errorDialog") is not None, timeout=60_000)
    box = find_top_level(QMessageBox, "errorDialog")
    assert "dead" in box.text()
    button = box.findChild(QPushButton, "errorAction")
    assert button.text() == "Engine Settings…"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: find_top_level(EnginesDialog, "enginesDialog") is not None, timeout=5000)
    dialog = find_top_level(EnginesDialog, "enginesDialog")
    qtbot.waitUntil(lambda: dialog.status_text("dead").startswith("Not ready"), timeout=10_000)
    dialog.reject()
    qtbot.waitUntil(lambda: window.translation.idle, timeout=30_000)
