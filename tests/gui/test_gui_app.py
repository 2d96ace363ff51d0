"""App-level behaviour: search and jump, language switch, error dialogs, entry point, settings."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from reader.gui.models.reader_model import ORIGINAL
from reader.gui.widgets.search_panel import ResultRole
from tests.gui.gui_helpers import find_top_level


def _searchable_word(window, talk_id: int) -> tuple[str, int]:
    """A word of the talk that library search finds in that talk, and the segment it finds."""
    import re

    from reader.gui.models.talk_data import load_talk
    from reader.gui.search_backend import run_search

    document = load_talk(window.library, talk_id)
    for paragraph in reversed(document.paragraphs):
        for segment in paragraph.segments:
            for word in re.findall(r"[A-Za-z]{6,}|[\u4e00-\u9fff]{2,4}", segment.text):
                results = run_search(window.library, word)
                for talk in results.talks:
                    if talk.talk_id == talk_id and any(h.segment_id == segment.id for h in talk.hits):
                        return word, segment.id
    raise AssertionError("no searchable word found")


def test_search_lists_hits_by_talk_and_activating_one_opens_it_highlighted(app, qtbot) -> None:
    window = app.window
    other = next(t for t in window.talk_model.talks if t.id != window.reader_model.talk_id and t.segments > 5)
    word, segment_id = _searchable_word(window, other.id)
    window.act_search.trigger()
    window.search_field.setText(word)  # QTest can only type ASCII
    qtbot.keyClick(window.search_field, Qt.Key.Key_Return)
    panel = window.search_panel
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0, timeout=10_000)
    assert window.search_dock.isVisible()
    assert panel.summary.text()
    # Find the hit for our segment among the children of its talk.
    talk_item = next(
        panel.model.item(r)
        for r in range(panel.model.rowCount())
        if panel.model.item(r).data(ResultRole.TALK_ID) == other.id
    )
    child = next(
        talk_item.child(r)
        for r in range(talk_item.rowCount())
        if talk_item.child(r).data(ResultRole.SEGMENT_ID) == segment_id
    )
    assert "<b>" in child.data(ResultRole.HTML)
    panel.tree.activated.emit(child.index())
    qtbot.waitUntil(lambda: window.reader_model.talk_id == other.id, timeout=10_000)
    view = window.reader_view
    assert view.active_segment() == segment_id
    row = window.reader_model.row_of_segment(segment_id)
    first, last = view.visible_range()
    assert first <= row <= last
    assert window.library_pane.current_talk() == other.id


def test_a_query_search_cannot_take_gets_a_message_not_an_error(app, qtbot) -> None:
    window = app.window
    window.library_search.search('"unbalanced AND (')
    qtbot.waitUntil(
        lambda: "“" not in window.search_panel.summary.text() or window.search_panel.results is not None, timeout=10_000
    )
    assert find_top_level(QMessageBox, "errorDialog") is None


def test_switching_the_ui_language_to_chinese_and_back(app, qtbot) -> None:
    window = app.window
    talk_id = window.reader_model.talk_id
    assert window.menuBar().actions()[0].text() == "&File"
    zh = app.set_language("zh_CN")
    assert zh is not window
    qtbot.addWidget(zh)
    assert zh.menuBar().actions()[0].text() == "文件(&F)"
    assert zh.search_field.placeholderText() == "搜索文库 (Ctrl+K)"
    qtbot.waitUntil(lambda: zh.reader_model.talk_id == talk_id, timeout=10_000)
    assert "句" in zh.header.details.text()
    assert app.settings.ui_language == "zh_CN"
    en = app.set_language("en")
    qtbot.addWidget(en)
    assert en.menuBar().actions()[0].text() == "&File"
    qtbot.waitUntil(lambda: en.reader_model.talk_id == talk_id, timeout=10_000)
    assert "segments" in en.header.details.text()


def test_preferences_dialog_applies_language(app, qtbot) -> None:
    window = app.window
    window.open_preferences()
    from PySide6.QtWidgets import QDialog

    dialog = find_top_level(QDialog, "preferencesDialog")
    assert dialog is not None
    dialog.language.setCurrentIndex(dialog.language.findData("zh_CN"))
    dialog.accept()
    assert app.window is not window
    qtbot.addWidget(app.window)
    assert app.window.menuBar().actions()[0].text() == "文件(&F)"


def test_a_locked_library_gives_a_clear_dialog(
    make_app, sample_library_path: Path, settings, qtbot, monkeypatch
) -> None:
    import reader.core.db as db

    monkeypatch.setattr(db, "BUSY_TIMEOUT_MS", 200)
    controller = make_app(sample_library_path)
    window = controller.window
    qtbot.waitUntil(lambda: window.reader_model.talk_id is not None, timeout=10_000)
    blocker = sqlite3.connect(sample_library_path, isolation_level=None)
    try:
        blocker.execute("BEGIN IMMEDIATE")
        window.apply_rename(window.reader_model.talk_id, "Never stored")
        qtbot.waitUntil(lambda: find_top_level(QMessageBox, "errorDialog") is not None, timeout=10_000)
        box = find_top_level(QMessageBox, "errorDialog")
        assert "locked" in box.text()
        assert "Traceback" not in box.text() and not box.detailedText()
        box.accept()
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()


def test_a_bug_in_a_worker_is_reported_not_swallowed(app, qtbot) -> None:
    from reader.gui.tasks import Op

    def broken(_ctx):
        return {}["missing"]

    Op(app.window, broken).run()
    qtbot.waitUntil(lambda: find_top_level(QMessageBox, "errorDialog") is not None, timeout=5000)
    box = find_top_level(QMessageBox, "errorDialog")
    assert "internal error" in box.text()
    assert "KeyError" in box.detailedText()
    box.accept()


def test_unopenable_library_path_is_reported_by_the_entry_point(tmp_path: Path) -> None:
    from reader.__main__ import gui_request

    sample = Path(__file__).parents[1] / "data" / "baai-2023-notes-6-part1.txt"
    assert gui_request([]) == (None, [])
    assert gui_request(["--library", "x.sqlite3"]) == ("x.sqlite3", [])
    assert gui_request(["--library=x.sqlite3"]) == ("x.sqlite3", [])
    assert gui_request([str(sample)]) == (None, [str(sample)])
    assert gui_request(["--library", "x", "talks"]) is None
    assert gui_request(["import", str(sample)]) is None
    assert gui_request(["--help"]) is None
    assert gui_request(["no-such-file.txt"]) is None


def test_cli_commands_do_not_import_qt(tmp_path: Path) -> None:
    code = (
        "import sys; from reader.__main__ import main; "
        f"rc = main(['--library', {str(tmp_path / 'l.sqlite3')!r}, 'talks']); "
        "assert not any(m.startswith('PySide6') for m in sys.modules), 'Qt was imported'; sys.exit(rc)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr


def test_settings_round_trip_and_upgrade(tmp_path: Path) -> None:
    from PySide6.QtCore import QSettings

    from reader.gui.settings import ReadingPosition, Settings

    raw = QSettings(str(tmp_path / "old.ini"), QSettings.Format.IniFormat)
    raw.setValue("zoom", 3)
    raw.setValue("reader/view_mode", "bogus")
    raw.sync()
    settings = Settings.at(tmp_path / "old.ini")
    assert settings.zoom == 3  # moved by upgrade step 1
    assert settings.view_mode == "both"  # invalid values fall back to the default
    settings.clean = False
    settings.set_position(7, ReadingPosition(12, 30))
    settings.sync()
    again = Settings.at(tmp_path / "old.ini")
    assert again.clean is False
    assert again.position(7) == ReadingPosition(12, 30)
    assert again.position(8) is None


def test_reader_column_shows_clean_or_verbatim_text(app) -> None:
    from reader.core.textproc.cleanup import clean_text

    model = app.window.reader_model
    paragraph = model.paragraph(0)
    model.set_clean(False)
    assert model.cell(0, ORIGINAL).parts[0].text == paragraph.segments[0].text
    model.set_clean(True)
    expected = clean_text(paragraph.segments[0].text, paragraph.segments[0].lang) or paragraph.segments[0].text
    assert model.cell(0, ORIGINAL).parts[0].text == expected


def test_without_a_display_the_app_explains_instead_of_aborting(tmp_path: Path) -> None:
    import os

    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["TALK_READER_LIBRARY"] = str(tmp_path / "l.sqlite3")
    result = subprocess.run([sys.executable, "-m", "reader"], capture_output=True, text=True, timeout=60, env=env)
    assert result.returncode == 2
    assert "no display" in result.stderr and "Traceback" not in result.stderr


def test_theme_preference_switches_the_palette(app, qtbot) -> None:
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QApplication

    app.apply_preferences(app.settings.ui_language, "dark")
    assert QApplication.palette().color(QPalette.ColorRole.Base).lightness() < 80
    app.apply_preferences(app.settings.ui_language, "light")
    assert QApplication.palette().color(QPalette.ColorRole.Base).lightness() > 200
    assert app.settings.theme == "light"


def test_a_bilingual_subtitle_talk_shows_timestamps_and_its_translations(app, qtbot, tmp_path: Path) -> None:
    from tests.make_screenshots import CUES, write_bilingual_srt

    window = app.window
    window.importer.import_files([str(write_bilingual_srt(tmp_path / "bilingual.srt"))])
    qtbot.waitUntil(
        lambda: window.reader_model.talk_id is not None and window.reader_model.document.source == "bilingual.srt",
        timeout=15_000,
    )
    model = window.reader_model
    view = window.reader_view
    first = view.delegate.layout(0, ORIGINAL).document.toPlainText()
    assert first.startswith("0:03")
    translations = " ".join(model.index(r, 1).data() for r in range(model.rowCount()))
    assert CUES[0][2] in translations and CUES[-1][2] in translations
    window.act_timestamps.trigger()
    assert not view.delegate.show_timestamps
    assert not view.delegate.layout(0, ORIGINAL).document.toPlainText().startswith("0:03")
    window.act_timestamps.trigger()
