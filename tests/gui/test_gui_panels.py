"""The search dock, the notes panel, the export preview and the translation placeholders,
driven through the real window: rows that fit their text, notes rendered as the export
renders them, a readable dark-theme preview whose counts agree with the file, and counts
of only what a model is really asked for.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QStyleOptionViewItem

from reader.core.textproc.cleanup import clean_text
from reader.gui.models.reader_model import PLACEHOLDER, TRANSLATION, no_model_text
from reader.gui.widgets.note_style import note_markdown_html
from reader.gui.widgets.notes_panel import NoteDelegate
from reader.gui.widgets.search_panel import SnippetDelegate
from tests.gui.gui_helpers import find_top_level

ENGLISH_TALK = (
    "Today we look at household robots and how they learn to fold laundry from a few "
    "demonstrations, which is much harder than it sounds because cloth has no fixed shape.\n"
    "Um.\n"
    "Robots need a lot of data, and simulation helps, but the gap between simulated cloth and "
    "real cloth is still wide, so we collect real demonstrations with cheap teleoperation rigs.\n"
    "Uh, um.\n"
    "Finally, robots that fold laundry today do it slowly, and speed is what the next year is about.\n"
)


def import_text(window, qtbot, path: Path, text: str) -> int:
    """Import a file through the app, as File → Import does; returns the new talk's id."""
    path.write_text(text, encoding="utf-8")
    before = {t.id for t in window.talk_model.talks}
    window.importer.import_files([str(path)])
    qtbot.waitUntil(lambda: bool({t.id for t in window.talk_model.talks} - before), timeout=15_000)
    talk_id = ({t.id for t in window.talk_model.talks} - before).pop()
    qtbot.waitUntil(lambda: window.reader_model.talk_id == talk_id, timeout=10_000)
    return talk_id


def activate(window, qtbot) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)


def assert_rows_fit(panel) -> int:
    """Every hit's text fits the row it is painted in, and no row overlaps the next."""
    tree, model = panel.tree, panel.model
    delegate = tree.itemDelegate()
    assert isinstance(delegate, SnippetDelegate)
    checked = 0
    previous_bottom = None
    for talk_row in range(model.rowCount()):
        parent = model.index(talk_row, 0)
        for hit_row in range(model.rowCount(parent)):
            index = model.index(hit_row, 0, parent)
            rect = tree.visualRect(index)
            option = QStyleOptionViewItem()
            option.initFrom(tree)
            delegate.initStyleOption(option, index)
            width = delegate.text_width(index)
            assert width + 2 * delegate.INSET_X <= rect.width() + 1
            doc = delegate._document(option, index, width)
            assert doc.size().height() + 2 * delegate.INSET_Y <= rect.height() + 1, (rect, doc.size())
            if previous_bottom is not None and hit_row:
                assert rect.top() > previous_bottom
            previous_bottom = rect.bottom()
            checked += 1
    return checked


def test_search_result_rows_fit_their_text_at_any_width_and_font(app, qtbot, tmp_path: Path) -> None:
    window = app.window
    import_text(window, qtbot, tmp_path / "robots.txt", ENGLISH_TALK)
    panel = window.search_panel
    for query in ("晶体管", "robots"):
        activate(window, qtbot)
        window.search_field.setFocus()
        window.search_field.clear()
        if query.isascii():
            QTest.keyClicks(window.search_field, query)
        else:
            window.search_field.setText(query)  # QTest types Latin-1 keys only
        QTest.keyClick(window.search_field, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda q=query: panel.results is not None and panel.results.query == q, timeout=10_000)
        assert panel.results.total >= 1
        for width in (240, 520):
            window.resizeDocks([window.search_dock], [width], Qt.Orientation.Horizontal)
            QTest.qWait(50)  # the dock resizes, the rows are laid out again
            assert assert_rows_fit(panel) >= 1, (query, width)
        font = QFont(panel.tree.font())
        font.setPointSizeF(font.pointSizeF() + 4)
        panel.tree.setFont(font)
        QTest.qWait(50)
        assert assert_rows_fit(panel) >= 1, (query, "larger font")
        panel.tree.setFont(QFont())


def test_notes_panel_shows_a_note_rendered_as_the_export_renders_it(app, qtbot) -> None:
    window = app.window
    model = window.reader_model
    segment = model.paragraph(1).segments[0]
    text = "**Key point** and *a doubt*:\n\n- memory bandwidth\n- power\n\n| a | b |\n|---|---|\n| 1 | 2 |"
    window.notes.add(segment.id, segment.id, "blue", text)
    qtbot.waitUntil(lambda: len(model.notes()) == 1, timeout=5000)
    window.notes_dock.show()
    panel = window.notes_panel
    index = panel.model.index(0)
    delegate = panel.list.itemDelegate()
    assert isinstance(delegate, NoteDelegate)
    option = QStyleOptionViewItem()
    option.initFrom(panel.list)
    doc = delegate.note_document(option, index, panel.list.viewport().width())
    shown = doc.toPlainText()
    assert "**" not in shown and "Key point" in shown
    # Bold where the Markdown says so, a list, and the table of the export's dialect.
    cursor = doc.find("Key point")
    assert cursor.charFormat().fontWeight() >= QFont.Weight.Bold
    assert doc.find("memory bandwidth").currentList() is not None
    assert doc.find("1").currentTable() is not None
    assert doc.toHtml().count("<table") == 1
    # The card is as tall as the note's first lines need.
    rect = panel.list.visualRect(index)
    assert rect.height() >= delegate.shown_height(doc)
    # The editor's preview and the tooltip show the same rendering.
    window.notes.edit(model.notes()[0].id)
    editor = find_top_level(QDialog, "noteEditor")
    editor.tabs.setCurrentWidget(editor.preview)
    assert editor.preview.document().find("1").currentTable() is not None
    assert note_markdown_html(text) in index.data(Qt.ItemDataRole.ToolTipRole)
    editor.reject()


def contrast(a, b) -> float:
    def luminance(color) -> float:
        def channel(value: float) -> float:
            return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

        return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF())

    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def untranslated_in_header(text: str) -> int:
    found = re.search(r"(\d+) passage\(s\) not translated yet", text)
    return int(found.group(1)) if found else 0


@pytest.fixture
def no_models(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty package folder: other tests of the session install the tiny models."""
    folder = tmp_path / "no-models"
    folder.mkdir()
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(folder))
    return folder


def test_dark_export_preview_is_readable_and_its_counts_agree_with_the_file(
    no_models: Path, app, qtbot, tmp_path: Path
) -> None:
    from reader.gui.app import apply_theme

    window = app.window
    talk_id = import_text(window, qtbot, tmp_path / "robots.txt", ENGLISH_TALK)
    model = window.reader_model
    segment = model.paragraph(0).segments[0]
    window.notes.add(segment.id, segment.id, "yellow", "A highlighted idea")
    qtbot.waitUntil(lambda: len(model.notes()) == 1, timeout=5000)
    apply_theme(QApplication.instance(), "dark")
    try:
        activate(window, qtbot)
        window.reader_view.setFocus()
        combination = QKeySequence("Ctrl+E")[0]
        QTest.keyClick(window.reader_view, combination.key(), combination.keyboardModifiers())
        dialog = find_top_level(QDialog, "exportDialog")
        assert dialog is not None
        with qtbot.waitSignal(dialog.preview_shown, timeout=10_000):
            dialog.set_format("html")
        browser = dialog.preview_html
        palette = browser.palette()
        assert contrast(palette.color(palette.ColorRole.Base), palette.color(palette.ColorRole.Text)) >= 7
        assert palette.color(palette.ColorRole.Base).lightness() > 200
        # The highlighted passage: dark text on the pale highlight.
        image = browser.viewport().grab().toImage()
        light = sum(
            1
            for x in range(0, image.width(), 7)
            for y in range(0, image.height(), 7)
            if image.pixelColor(x, y).lightness() > 200
        )
        assert light > 0.8 * (image.width() // 7) * (image.height() // 7)
        cursor = browser.document().find("A highlighted idea")
        assert not cursor.isNull()
        # Counts: the preview's header, the footer's warning and the written file agree.
        expected = sum(
            1 for p in model._rows for s in p.segments if s.translation is None and clean_text(s.text, s.lang).strip()
        )
        assert expected == 3  # three sentences; the fillers are never sent to a model
        assert model.translated_count() == (0, expected)
        assert untranslated_in_header(browser.toPlainText()) == expected
        assert f"{expected} passages are not translated yet" in dialog.warnings.text()
        assert "1 talk · 1 note" in dialog.preview_info.text()
        target = tmp_path / "robots.html"
        with qtbot.waitSignal(dialog.exported, timeout=10_000):
            dialog.export_to(target)
        assert untranslated_in_header(target.read_text(encoding="utf-8")) == expected
        assert talk_id == model.talk_id
    finally:
        apply_theme(QApplication.instance(), "light")


def test_placeholders_say_when_no_model_is_installed(no_models: Path, app, qtbot, tmp_path: Path) -> None:
    window = app.window
    assert window.settings.auto_translate
    import_text(window, qtbot, tmp_path / "robots.txt", ENGLISH_TALK)
    model = window.reader_model
    # No model is installed here: the translation run finds out and the rows say so.
    qtbot.waitUntil(lambda: model.cell(0, TRANSLATION).parts[0].text == no_model_text(), timeout=15_000)
    shown = [part.text for row in range(model.rowCount()) for part in model.cell(row, TRANSLATION).parts]
    assert shown and PLACEHOLDER not in shown
    assert model.missing_model(model.paragraph(0).segments[0].id)
    # Models changed (installed elsewhere): until the next run, "…" means one is on its way.
    window.talk_translation.models_changed()
    assert model.cell(0, TRANSLATION).parts[0].text == PLACEHOLDER


def test_a_capped_result_count_says_more_than(app, qtbot) -> None:
    """A count that stopped at the limit is a lower bound, and the panel says so."""
    from dataclasses import replace

    from reader.gui.search_backend import run_search

    window = app.window
    word = next(w for w in window.reader_model.cell(0, 0).text.split() if w.isascii() and w.isalpha() and len(w) > 3)
    results = run_search(window.library, word)
    assert results.talks
    panel = window.search_panel
    panel.show_results(results)
    assert panel.summary.text().startswith(f"{results.total} result")
    panel.show_results(replace(results, total_capped=True))
    assert panel.summary.text().startswith(f"More than {results.total} result")
