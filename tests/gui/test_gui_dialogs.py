"""Model manager, drag-and-drop import, the status-bar progress with cancel, About."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication
from PySide6.QtWidgets import QDialog, QMessageBox

from reader.gui.tasks import Op
from tests.gui.gui_helpers import find_top_level


def test_model_manager_installs_refuses_corrupt_files_and_removes(
    app, qtbot, tiny_package_files, tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(tmp_path / "packages"))
    (tmp_path / "packages").mkdir()
    window = app.window
    window.open_models()
    dialog = find_top_level(QDialog, "modelManager")
    assert dialog is not None
    qtbot.waitUntil(lambda: "No translation models" in dialog.status.text(), timeout=5000)
    with qtbot.waitSignal(dialog.models_changed, timeout=30_000):
        dialog.install_files([str(tiny_package_files.zh_en)])
    qtbot.waitUntil(lambda: dialog.installed.rowCount() == 1, timeout=5000)
    assert "translate-zh_en" in dialog.installed.item(0, 1).text()
    # A corrupt file: a clear error, and nothing more installed.
    bad = tmp_path / "broken.argosmodel"
    bad.write_bytes(b"this is not a zip file")
    dialog.install_files([str(bad)])
    qtbot.waitUntil(lambda: find_top_level(QMessageBox, "errorDialog") is not None, timeout=10_000)
    box = find_top_level(QMessageBox, "errorDialog")
    assert "broken.argosmodel" in box.text() and not box.detailedText()
    box.accept()
    qtbot.waitUntil(lambda: dialog.installed.rowCount() == 1, timeout=5000)
    # Remove, after confirming.
    dialog.installed.selectRow(0)
    dialog.remove_selected()
    confirm = find_top_level(QMessageBox, "confirmDialog")
    assert confirm is not None
    with qtbot.waitSignal(dialog.models_changed, timeout=10_000):
        confirm.findChild(type(confirm.defaultButton()), "confirmYes").click()
    qtbot.waitUntil(lambda: dialog.installed.rowCount() == 0, timeout=5000)
    dialog.reject()


def test_dropping_files_on_the_window_imports_them(app, qtbot, tmp_path: Path) -> None:
    window = app.window
    talk = tmp_path / "dropped-talk.md"
    talk.write_text("# A dropped talk\n\nThis talk arrived by drag and drop. It has two sentences.\n", encoding="utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(talk))])
    enter = QDragEnterEvent(
        window.rect().center(),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QGuiApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    count = window.talk_model.rowCount()
    drop = QDropEvent(
        QPointF(window.rect().center()),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QGuiApplication.sendEvent(window, drop)
    qtbot.waitUntil(lambda: window.talk_model.rowCount() == count + 1, timeout=15_000)
    qtbot.waitUntil(lambda: window.header.title.text() == "A dropped talk", timeout=10_000)


def test_long_operations_show_progress_after_a_delay_and_can_be_cancelled(app, qtbot) -> None:
    window = app.window
    started = threading.Event()
    outcome: list[str] = []

    def slow(ctx):
        started.set()
        for step in range(1000):
            ctx.check()
            ctx.report(step, 1000)
            ctx.cancel.wait(0.01)
        return "finished"

    op = Op(window, slow).with_progress("Working").on_success(outcome.append)
    op.on_finished(lambda: outcome.append("done"))
    op.run()
    assert not window.progress.isVisible()  # no flash for quick jobs
    qtbot.waitUntil(window.progress.isVisible, timeout=5000)
    qtbot.waitUntil(lambda: "Working" in window.progress.label.text(), timeout=5000)
    qtbot.mouseClick(window.progress.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: outcome == ["done"], timeout=5000)
    qtbot.waitUntil(lambda: not window.progress.isVisible(), timeout=5000)


def test_about_dialog_names_the_app_and_version(app, qtbot) -> None:
    from reader import __version__

    app.window.act_about.trigger()
    box = find_top_level(QMessageBox, "aboutDialog")
    assert box is not None and __version__ in box.text()
    box.accept()
