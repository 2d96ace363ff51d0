"""Views that keep the reader's place: toggles, zoom, theme and language; clicks never
scroll; the library filter never changes the open talk; Copy copies what is shown.

Everything is driven through the real window: key events for the toggles, mouse clicks on
the sentences, typing into the filter.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog

from reader.core.db import Library
from reader.core.translate import set_user_translation
from reader.gui.models.reader_model import ORIGINAL, TRANSLATION
from reader.gui.models.talk_list import TalkRole
from reader.gui.widgets.reader_view import PAD_Y, ReaderView
from tests.gui.gui_helpers import find_top_level, sentence_point


def press(keys: str) -> None:
    combination = QKeySequence(keys)[0]
    target = QApplication.focusWidget() or QApplication.activeWindow()
    QTest.keyClick(target, combination.key(), combination.keyboardModifiers())


def activate(window, qtbot) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)


def translate_rows(path: Path, talk_id: int, rows: range) -> None:
    """Give these rows a translation, as a user would have typed it."""
    from reader.gui.models.talk_data import load_talk

    with Library.open(path) as library:
        document = load_talk(library, talk_id)
        with library.session() as session:
            for paragraph in document.paragraphs[rows.start : rows.stop]:
                for segment in paragraph.segments:
                    set_user_translation(session, segment.id, f"Sentence {segment.id} in translation.")


def sentence_top(view: ReaderView, segment_id: int) -> int:
    """Where the sentence's first line starts on screen (viewport y), in the first visible column."""
    row = view.reader_model().row_of_segment(segment_id)
    column = view.visible_columns()[0]
    cell = view.delegate.layout(row, column)
    span = cell.span_of(segment_id)
    assert span is not None, f"sentence {segment_id} is not shown in column {column}"
    top, _bottom = cell.line_extent(span.start, span.end)
    return view.visualRect(view.model().index(row, column)).top() + PAD_Y + int(top)


def test_toggles_zoom_theme_and_language_keep_the_sentence_being_read(
    app, qtbot, sample_library_path, big_talk_id
) -> None:
    window = app.window
    model = window.reader_model
    middle = model.rowCount() // 2
    # A sentence late in a paragraph of several: keeping the row's top is not enough.
    row = next(r for r in range(middle, model.rowCount()) if len(model.paragraph(r).segments) >= 3)
    translate_rows(sample_library_path, big_talk_id, range(row - 15, row + 15))
    window.talk_view.reload()
    qtbot.waitUntil(lambda: model.paragraph(row).segments[0].translation is not None, timeout=5000)
    segment = model.paragraph(row).segments[-1].id
    view = window.reader_view
    view.scroll_to_segment(segment)
    activate(window, qtbot)
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=sentence_point(view, row, ORIGINAL, segment))
    assert view.active_segment() == segment
    where = sentence_top(view, segment)
    assert 0 < where < view.viewport().height() // 2

    def check(what: str, current: ReaderView) -> None:
        QTest.qWait(50)  # idle measuring runs between events, and must not move it either
        assert abs(sentence_top(current, segment) - where) <= 2, (what, sentence_top(current, segment), where)

    for keys in ("Ctrl+2", "Ctrl+3", "Ctrl+1", "Ctrl+3", "Ctrl+2", "Ctrl+1"):
        view.setFocus()
        press(keys)
        check(keys, view)
    for keys in ("Ctrl+=", "Ctrl+=", "Ctrl+-", "Ctrl+0", "Ctrl+L", "Ctrl+L"):
        view.setFocus()
        press(keys)
        check(keys, view)
    app.apply_preferences(app.settings.ui_language, "dark")
    check("dark theme", view)
    zh = app.set_language("zh_CN")

    qtbot.addWidget(zh)
    qtbot.waitUntil(lambda: zh.reader_model.row_of_segment(segment) is not None, timeout=10_000)
    qtbot.waitUntil(lambda: abs(sentence_top(zh.reader_view, segment) - where) <= 2, timeout=3000)
    check("Chinese UI", zh.reader_view)


def test_clicking_a_row_partly_off_screen_does_not_scroll(app, qtbot, sample_library_path, big_talk_id) -> None:
    window = app.window
    model = window.reader_model
    translate_rows(sample_library_path, big_talk_id, range(0, 40))
    window.talk_view.reload()
    qtbot.waitUntil(lambda: model.paragraph(5).segments[0].translation is not None, timeout=5000)
    view = window.reader_view
    bar = view.verticalScrollBar()
    # A tall row whose top is on screen and whose bottom is not.
    row = next(r for r in range(5, 40) if view.visualRect(model.index(r, 0)).height() > 70)
    view.scroll_to_row(row)
    rect = view.visualRect(model.index(row, 0))
    bar.setValue(bar.value() - (view.viewport().height() - 45 - rect.top()))
    rect = view.visualRect(model.index(row, 0))
    assert rect.top() < view.viewport().height() < rect.bottom()
    segment = model.paragraph(row).segments[0].id
    before = bar.value()
    point = sentence_point(view, row, TRANSLATION, segment)
    assert point.y() < view.viewport().height()
    activate(window, qtbot)
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert bar.value() == before
    assert view.active_segment() == segment
    # A double-click corrects the sentence under the mouse, not one a row away.
    QTest.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert bar.value() == before
    dialog = find_top_level(QDialog, "correctionDialog")
    assert dialog is not None
    assert dialog.segment_id == segment
    dialog.reject()


def test_the_library_filter_never_changes_the_open_talk(app, qtbot, tmp_path: Path) -> None:
    window = app.window
    extra = tmp_path / "robots-keynote.txt"
    extra.write_text(
        "Today we look at household robots and how they learn to fold laundry.\n"
        "Robots need a lot of data, and simulation helps with that.\n",
        encoding="utf-8",
    )
    count = window.talk_model.rowCount()
    opened = window.reader_model.talk_id
    window.importer.import_files([str(extra)])
    qtbot.waitUntil(lambda: window.talk_model.rowCount() == count + 1, timeout=15_000)
    qtbot.waitUntil(lambda: window.reader_model.talk_id not in (None, opened), timeout=10_000)
    # Go back to a talk of the sample, then filter for the new one only.
    pane = window.library_pane
    QTest.mouseClick(
        pane.list.viewport(), Qt.MouseButton.LeftButton, pos=pane.list.visualRect(pane.proxy.index(0, 0)).center()
    )
    qtbot.waitUntil(lambda: window.reader_model.talk_id == pane.current_talk(), timeout=10_000)
    reading = window.reader_model.talk_id
    assert "robots" not in pane.list.currentIndex().data(TalkRole.FILTER_TEXT).lower()
    activate(window, qtbot)
    pane.filter.setFocus()
    QTest.keyClicks(pane.filter, "robots")
    assert pane.proxy.rowCount() == 1
    qtbot.wait(100)  # an open request would be on its way by now
    assert window.reader_model.talk_id == reading and not window.talk_view.loading
    # Clearing the filter shows the open talk as the current one again.
    pane.filter.selectAll()
    QTest.keyClick(pane.filter, Qt.Key.Key_Backspace)
    assert pane.proxy.rowCount() == count + 1
    assert pane.current_talk() == reading
    assert window.reader_model.talk_id == reading and not window.talk_view.loading


def test_copy_copies_the_text_as_shown(make_app, settings, qtbot, sample_library_path, big_talk_id) -> None:
    # The app must not translate by itself: once a test has installed models, its own batches
    # could land after the translations written below and replace them.
    settings.last_talk = big_talk_id
    settings.auto_translate = False
    app = make_app(sample_library_path)
    window = app.window
    qtbot.waitUntil(lambda: window.reader_model.talk_id == big_talk_id, timeout=10_000)
    model = window.reader_model
    translate_rows(sample_library_path, big_talk_id, range(0, model.rowCount()))
    window.talk_view.reload()
    qtbot.waitUntil(lambda: model.paragraph(0).segments[0].translation is not None, timeout=5000)
    assert model.clean
    # A sentence the clean-up changes (fillers, repeats).
    row, segment = next(
        (r, s)
        for r in range(model.rowCount())
        for s in model.paragraph(r).segments
        if model.passage(s.id, s.id).strip() and model.passage(s.id, s.id) != s.text
    )
    view = window.reader_view
    view.scroll_to_segment(segment.id)
    activate(window, qtbot)
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=sentence_point(view, row, ORIGINAL, segment.id))
    assert view.active_segment() == segment.id
    clean = model.passage(segment.id, segment.id)
    translation = f"Sentence {segment.id} in translation."
    press("Ctrl+C")
    assert QGuiApplication.clipboard().text() == f"{clean}\n{translation}"
    press("Ctrl+L")  # the verbatim transcript
    press("Ctrl+C")
    assert QGuiApplication.clipboard().text() == f"{segment.text}\n{translation}"
    press("Ctrl+2")  # original only
    press("Ctrl+C")
    assert QGuiApplication.clipboard().text() == segment.text
    press("Ctrl+3")  # translation only
    press("Ctrl+C")
    assert QGuiApplication.clipboard().text() == translation
