"""Undo and redo in the window (real keys, names in the Edit menu, kept across restarts) and
correcting an original sentence by double-clicking it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox

from reader.core import library as lib
from reader.core.db import Library
from reader.gui.models.reader_model import ORIGINAL
from reader.gui.search_backend import run_search
from tests.gui.gui_helpers import find_top_level, sentence_point
from tests.gui.test_gui_keys import activate, press


def test_ctrl_z_and_ctrl_shift_z_undo_and_redo_a_rename_by_name(app, qtbot, sample_library_path) -> None:
    window = app.window
    talk_id = window.reader_model.talk_id
    with Library.open(sample_library_path) as library, library.read_session() as session:
        old_title = lib.get_talk(session, talk_id).title
    window.apply_rename(talk_id, "Scaling memory walls")
    qtbot.waitUntil(lambda: window.header.title.text() == "Scaling memory walls", timeout=5000)
    qtbot.waitUntil(lambda: "Rename “Scaling memory walls”" in window.act_undo.text(), timeout=5000)
    activate(window, qtbot)
    window.reader_view.setFocus()
    press(QKeySequence("Ctrl+Z"))
    qtbot.waitUntil(lambda: window.header.title.text() == old_title, timeout=5000)
    qtbot.waitUntil(lambda: "Rename" in window.act_redo.text() and window.act_redo.isEnabled(), timeout=5000)
    press(QKeySequence("Ctrl+Shift+Z"))
    qtbot.waitUntil(lambda: window.header.title.text() == "Scaling memory walls", timeout=5000)
    row = window.talk_model.row_of(talk_id)
    assert window.talk_model.talks[row].title == "Scaling memory walls"


def test_history_is_there_after_a_restart(make_app, sample_library_path, settings, big_talk_id, qtbot) -> None:
    settings.last_talk = big_talk_id
    settings.auto_translate = False
    first = make_app(sample_library_path)
    window = first.window
    qtbot.waitUntil(lambda: window.reader_model.talk_id == big_talk_id, timeout=10_000)
    window.apply_rename(big_talk_id, "Before the restart")
    qtbot.waitUntil(lambda: "Rename" in window.act_undo.text(), timeout=5000)
    window.close()
    first.shutdown()

    second = make_app(sample_library_path).window
    qtbot.waitUntil(lambda: second.reader_model.talk_id == big_talk_id, timeout=10_000)
    qtbot.waitUntil(lambda: "Rename" in second.act_undo.text(), timeout=5000)
    second.act_undo.trigger()
    qtbot.waitUntil(lambda: second.header.title.text() != "Before the restart", timeout=5000)


def test_double_click_an_original_sentence_to_correct_it(
    make_app, sample_library_path, settings, big_talk_id, qtbot
) -> None:
    settings.last_talk = big_talk_id
    settings.auto_translate = False
    window = make_app(sample_library_path).window
    qtbot.waitUntil(lambda: window.reader_model.talk_id == big_talk_id, timeout=10_000)
    view = window.reader_view
    segment = window.reader_model.paragraph(0).segments[0]
    original = segment.text
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=sentence_point(view, 0, ORIGINAL, segment.id))
    dialog = find_top_level(QDialog, "sourceCorrectionDialog")
    assert dialog is not None and dialog.editor.toPlainText() == original
    dialog.editor.setPlainText("Zyxwvut memory walls are real.")
    dialog.accept()
    qtbot.waitUntil(
        lambda: (s := window.reader_model.segment(segment.id)) is not None and s.text.startswith("Zyxwvut"),
        timeout=5000,
    )
    assert run_search(window.library, "Zyxwvut").total == 1
    with Library.open(sample_library_path) as library, library.read_session() as session:
        from reader.core.models import Segment

        stored = session.get(Segment, segment.id)
        assert stored.text == "Zyxwvut memory walls are real." and stored.imported_text == original
    # Undo from the Edit menu's action, named after the sentence.
    qtbot.waitUntil(lambda: "Correct" in window.act_undo.text(), timeout=5000)
    window.act_undo.trigger()
    qtbot.waitUntil(lambda: window.reader_model.segment(segment.id).text == original, timeout=5000)
    assert run_search(window.library, "Zyxwvut").total == 0


def test_the_correction_dialog_refuses_an_empty_or_unchanged_sentence(app, qtbot) -> None:
    window = app.window
    segment = window.reader_model.paragraph(0).segments[0]
    window.reader_view.set_active_segment(segment.id)
    window.act_correct_source.trigger()
    dialog = find_top_level(QDialog, "sourceCorrectionDialog")
    assert dialog is not None
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert not save.isEnabled()  # unchanged
    dialog.editor.setPlainText("   ")
    assert not save.isEnabled()
    dialog.editor.setPlainText("A better sentence.")
    assert save.isEnabled()
    dialog.reject()
    QApplication.processEvents()


def test_an_import_is_undone_and_redone_from_the_edit_menu(app, qtbot, tmp_path) -> None:
    window = app.window
    notes = tmp_path / "walls.md"
    notes.write_text("# Memory walls\n\nQuxbaz bandwidth limits accelerators. Caches help.\n", encoding="utf-8")
    before = window.talk_model.rowCount()
    window.importer.import_files([str(notes)])
    qtbot.waitUntil(lambda: window.talk_model.rowCount() == before + 1, timeout=10_000)
    qtbot.waitUntil(lambda: "Import “walls.md”" in window.act_undo.text(), timeout=5000)
    window.act_undo.trigger()
    qtbot.waitUntil(lambda: window.talk_model.rowCount() == before, timeout=5000)
    assert run_search(window.library, "Quxbaz").total == 0
    qtbot.waitUntil(lambda: "Import “walls.md”" in window.act_redo.text(), timeout=5000)
    window.act_redo.trigger()
    qtbot.waitUntil(lambda: window.talk_model.rowCount() == before + 1, timeout=5000)
    assert run_search(window.library, "Quxbaz").total == 1


def test_your_translation_of_a_corrected_sentence_is_kept_and_marked(
    make_app, sample_library_path, settings, big_talk_id, qtbot
) -> None:
    from reader.core.translate import set_user_translation
    from reader.gui.models.reader_model import TRANSLATION, PartKind
    from reader.gui.models.talk_data import load_talk

    with Library.open(sample_library_path) as library:
        segment_id = load_talk(library, big_talk_id).paragraphs[0].segments[0].id
        with library.session() as session:
            set_user_translation(session, segment_id, "我自己的译文。")
    settings.last_talk = big_talk_id
    settings.auto_translate = False
    window = make_app(sample_library_path).window
    qtbot.waitUntil(lambda: window.reader_model.talk_id == big_talk_id, timeout=10_000)

    def kind() -> PartKind:
        cell = window.reader_model.cell(0, TRANSLATION)
        return next(p.kind for p in cell.parts if p.segment_id == segment_id)

    assert kind() is PartKind.EDITED
    window.apply_source_correction(segment_id, "Zyxwvut a corrected sentence.")
    qtbot.waitUntil(lambda: kind() is PartKind.STALE, timeout=5000)
    assert window.reader_model.segment(segment_id).translation == "我自己的译文。"
    window.save_correction(segment_id, "新的译文。")
    qtbot.waitUntil(lambda: kind() is PartKind.EDITED, timeout=5000)


@pytest.mark.parametrize("workers", [1, 2])
def test_a_dropped_folder_imports_every_transcript_in_it(app, qtbot, tmp_path, monkeypatch, workers) -> None:
    """Planned in this process, or (on a machine with cores to spare) in worker processes
    started from the app's worker thread."""
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDropEvent

    from reader.core import parallel_import

    monkeypatch.setattr(parallel_import, "default_workers", lambda leave_one_core=False: workers)
    window = app.window
    root = tmp_path / "collection"
    (root / "sub").mkdir(parents=True)
    (root / "a.md").write_text("# Alpha\n\nQuxalpha memory walls.\n", encoding="utf-8")
    (root / "sub" / "b.md").write_text("# Beta\n\nQuxbeta scaling laws.\n", encoding="utf-8")
    (root / "sub" / "c.png").write_bytes(b"\x89PNG")
    before = window.talk_model.rowCount()
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(root))])
    event = QDropEvent(
        QPointF(10, 10), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    window.dropEvent(event)
    qtbot.waitUntil(lambda: window.talk_model.rowCount() == before + 2, timeout=10_000)
    qtbot.waitUntil(lambda: "Imported 2 file(s)" in window.statusBar().currentMessage(), timeout=5000)
    assert "1 file(s) that are not transcripts" in window.statusBar().currentMessage()
