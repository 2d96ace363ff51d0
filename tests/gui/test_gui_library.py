"""Opening a library, the talk list, the welcome view, importing, and talk editing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

from reader.core import library as lib
from reader.core.db import Library


def find_box(name: str) -> QMessageBox | None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMessageBox) and widget.objectName() == name and widget.isVisible():
            return widget
    return None


def test_opens_on_the_first_talk_and_shows_its_paragraphs(app, qtbot) -> None:
    window = app.window
    assert window.stack.currentWidget() is window.splitter
    assert window.talk_model.rowCount() >= 1
    model = window.reader_model
    assert model.rowCount() >= 20
    first_row_text = model.index(0, 0).data()
    assert first_row_text and first_row_text in " ".join(s.text for s in model.paragraph(0).segments) or first_row_text
    assert window.header.title.text()
    # Untranslated rows show no text in the translation column, only a quiet placeholder.
    assert model.index(0, 1).data() == ""


def test_empty_library_shows_welcome_then_import_opens_the_talk(
    make_app, tmp_path: Path, qtbot, sample_notes_path: Path
) -> None:
    controller = make_app(tmp_path / "empty.sqlite3")
    window = controller.window
    qtbot.waitSignal(window.talks_loaded, timeout=5000)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.welcome, timeout=5000)
    assert window.welcome.import_button.isVisible()
    window.importer.import_files([str(sample_notes_path)])
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.splitter, timeout=15_000)
    qtbot.waitUntil(lambda: window.reader_model.rowCount() > 0, timeout=10_000)
    assert window.talk_model.rowCount() >= 1


def test_importing_a_bad_file_shows_a_clear_error_and_changes_nothing(app, qtbot, tmp_path: Path) -> None:
    window = app.window
    bad = tmp_path / "broken.txt"
    bad.write_bytes(b"\x00\x01\x02binary\xff\xfe" * 200)
    before = window.talk_model.rowCount()
    window.importer.import_files([str(bad)])
    qtbot.waitUntil(lambda: find_box("errorDialog") is not None, timeout=10_000)
    box = find_box("errorDialog")
    assert "broken.txt" in box.text() + box.informativeText()
    assert "Traceback" not in box.text()
    box.accept()
    assert window.talk_model.rowCount() == before


def test_rename_and_delete_with_confirmation(app, qtbot, sample_library_path: Path) -> None:
    window = app.window
    talk_id = window.reader_model.talk_id
    window.apply_rename(talk_id, "  A   better title ")
    row = window.talk_model.row_of(talk_id)
    qtbot.waitUntil(lambda: window.talk_model.talks[row].title == "A better title", timeout=5000)
    qtbot.waitUntil(lambda: window.header.title.text() == "A better title", timeout=5000)
    segments_before = window.talk_model.talks[window.talk_model.row_of(talk_id)].segments
    window.delete_talk(talk_id)
    box = find_box("confirmDialog")
    assert box is not None
    # Cancelling keeps the talk.
    box.reject()
    qtbot.wait(50)
    assert window.talk_model.row_of(talk_id) is not None
    window.delete_talk(talk_id)
    box = find_box("confirmDialog")
    box.findChild(type(box.defaultButton()), "confirmYes").click()
    qtbot.waitUntil(lambda: window.talk_model.row_of(talk_id) is None, timeout=5000)
    with Library.open(sample_library_path) as library, library.read_session() as session:
        assert all(t.id != talk_id for t in lib.list_talks(session))
    # Undo brings it back whole, under the same id, and searchable again.
    qtbot.waitUntil(lambda: "Delete “A better title”" in window.act_undo.text(), timeout=5000)
    window.act_undo.trigger()
    qtbot.waitUntil(lambda: window.talk_model.row_of(talk_id) is not None, timeout=5000)
    # The delete is now Redo's; Undo names the rename before it (history is kept in the library).
    qtbot.waitUntil(lambda: "Delete “A better title”" in window.act_redo.text(), timeout=5000)
    assert window.act_redo.isEnabled() and "Rename" in window.act_undo.text()
    qtbot.waitUntil(lambda: window.reader_model.talk_id == talk_id, timeout=5000)
    restored = window.talk_model.talks[window.talk_model.row_of(talk_id)]
    assert restored.title == "A better title" and restored.segments == segments_before
    from reader.gui.search_backend import run_search

    with Library.open(sample_library_path) as library, library.read_session() as session:
        text = " ".join(s.text for s in lib.talk_segments(session, talk_id)[:5])
    word = next(w for w in text.split() if w.isascii() and w.isalpha() and len(w) > 4)
    assert any(t.talk_id == talk_id for t in run_search(window.library, word).talks)


def test_split_from_the_reader_creates_a_new_talk(app, qtbot) -> None:
    window = app.window
    talk_id = window.reader_model.talk_id
    count = window.talk_model.rowCount()
    segment_id = window.reader_model.paragraph(3).segments[0].id
    window.reader_view.set_active_segment(segment_id)
    window.split_at_active()
    box = find_box("confirmDialog")  # split asks first, like merge and delete
    box.findChild(type(box.defaultButton()), "confirmYes").click()
    qtbot.waitUntil(lambda: window.talk_model.rowCount() == count + 1, timeout=5000)
    qtbot.waitUntil(
        lambda: window.reader_model.talk_id == talk_id and window.reader_model.rowCount() == 3, timeout=5000
    )
    new_row = window.talk_model.row_of(talk_id) + 1
    assert window.talk_model.talks[new_row].segments > 0


def test_restores_last_talk_and_reading_position(
    make_app, sample_library_path: Path, settings, qtbot, big_talk_id: int
) -> None:
    settings.last_talk = big_talk_id
    controller = make_app(sample_library_path)
    window = controller.window
    qtbot.waitUntil(lambda: window.reader_model.talk_id == big_talk_id, timeout=10_000)
    target = window.reader_model.rowCount() * 2 // 3
    window.reader_view.scroll_to_row(target)
    row, _offset = window.reader_view.reading_position()
    assert row >= target - 10 > 0
    window.resize(700, 500)
    window.close()
    controller2 = make_app(sample_library_path)
    window2 = controller2.window
    qtbot.waitUntil(lambda: window2.reader_model.rowCount() > 0, timeout=10_000)
    assert window2.reader_model.talk_id == window.reader_model.talk_id
    assert abs(window2.reader_view.reading_position()[0] - row) <= 1
    assert window2.size().width() == 700


def test_the_talk_list_scroll_bar_is_painted_in_the_theme(app, qtbot) -> None:
    """A style rule on the list once reached its scroll bar, whose groove then painted black."""
    window = app.window
    window.resize(900, 320)  # the sample's talks no longer fit: the list scrolls
    window.show()
    bar = window.library_pane.list.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.isVisible(), timeout=5000)
    image = bar.grab().toImage()
    column, arrows = image.width() // 2, image.width()  # leave out the arrow buttons
    lightness = [image.pixelColor(column, y).lightness() for y in range(arrows, image.height() - arrows, 2)]
    dark = [value for value in lightness if value < 60]
    assert len(dark) < 0.05 * len(lightness), lightness
