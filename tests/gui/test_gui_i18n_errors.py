"""The Chinese UI speaks Chinese for what the core reports: import errors, search errors,
model directions and the languages in the talk list; the CLI keeps its English."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from reader.core.errors import ImportFailed, ModelError, SearchQueryError
from reader.core.importers.base import ParseWarning
from reader.gui.error_text import warning_text
from reader.gui.models.talk_list import TalkRole
from tests.gui.gui_helpers import find_top_level


def test_core_errors_carry_a_code_and_parameters(tmp_path: Path) -> None:
    from reader.core.importing import read_source

    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    try:
        read_source(empty)
    except ImportFailed as exc:
        assert (exc.code, exc.params, exc.message) == ("import.empty", {}, "file is empty")
    else:
        raise AssertionError("an empty file was accepted")
    error = SearchQueryError(
        "the query has too many words (40; at most 32)", code="search.too-many-words", params={"count": 40, "limit": 32}
    )
    assert str(error) == "the query has too many words (40; at most 32)"  # no UI: English
    assert ModelError("x").code == "model"  # every error has a code, at least its kind's


def test_the_chinese_ui_words_core_errors_in_chinese(app, qtbot, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QMessageBox

    window = app.set_language("zh_CN")
    bad = tmp_path / "picture.txt"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
    window.importer.import_files([str(bad)])
    qtbot.waitUntil(lambda: find_top_level(QMessageBox, "errorDialog") is not None, timeout=20_000)
    box = find_top_level(QMessageBox, "errorDialog")
    assert "picture.txt" in box.text() and "不是文字稿" in box.text(), box.text()
    assert "not a text transcript" not in box.text()
    box.accept()
    error = SearchQueryError(
        "the query has too many words (40; at most 32)", code="search.too-many-words", params={"count": 40, "limit": 32}
    )
    assert str(error) == "查询中的词太多（40 个；最多 32 个）"
    missing = ModelError("no en→zh model installed", code="model.missing", params={"from": "en", "to": "zh"})
    assert str(missing).startswith("没有安装 英文 → 中文 的模型")
    assert warning_text(ParseWarning("unclosed-code-fence", 12, "code fence never closed; read as text")) == (
        "第 12 行：代码块没有结束标记；按普通文本读取"
    )
    # Back in English, the core's own sentence returns.
    app.set_language("en")
    assert str(error) == "the query has too many words (40; at most 32)"


def test_the_chinese_ui_names_languages_and_directions_in_chinese(app, qtbot, tiny_packages) -> None:
    window = app.set_language("zh_CN")
    model = window.talk_model
    qtbot.waitUntil(lambda: model.rowCount() > 0, timeout=10_000)
    details = [
        model.data(model.index(row), TalkRole.DETAILS) or model.details(model.talks[row])
        for row in range(model.rowCount())
    ]
    assert any("中文" in line or "英文" in line for line in details), details
    assert not any("English" in line for line in details), details
    window.open_models()
    from PySide6.QtWidgets import QDialog

    dialog = find_top_level(QDialog, "modelManager")
    qtbot.waitUntil(lambda: dialog.installed.rowCount() == 2, timeout=10_000)
    directions = {dialog.installed.item(row, 0).text() for row in range(2)}
    assert directions == {"中文 → 英文", "英文 → 中文"}
    dialog.reject()
    assert QCoreApplication.translate("Languages", "Chinese") == "中文"


def test_the_cli_keeps_english(tmp_path: Path) -> None:
    bad = tmp_path / "picture.txt"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
    result = subprocess.run(
        [sys.executable, "-m", "reader", "--library", str(tmp_path / "l.sqlite3"), "import", str(bad)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert "not a text transcript" in result.stdout + result.stderr
