"""The Chinese UI words every family of core error in Chinese through the real window (a
read-only library, an unwritable export target, a bad model package, an invalid split),
shows import warnings beside the import's result, and marks model updates in the models
dialog. Every code the core raises has a sentence here, so a new error cannot slip through
in English unnoticed."""

from __future__ import annotations

import ast
import json
import re
import shutil
import sqlite3
from pathlib import Path

from PySide6.QtWidgets import QDialog, QInputDialog, QMessageBox

from reader.core.db import Library
from reader.core.errors import ReaderError
from reader.gui import error_text
from tests.gui.gui_helpers import find_top_level

ROOT = Path(__file__).resolve().parents[2]
_ERROR_CLASSES = {
    "ReaderError",
    "ImportFailed",
    "LibraryError",
    "NotFound",
    "InvalidOperation",
    "ModelError",
    "EngineError",
    "SearchQueryError",
    "ExportError",
    "InvalidNote",
    "NoteNotFound",
    "ExportTargetExists",
}


def assert_chinese(text: str, *allowed: str) -> None:
    """Chinese, with no ASCII letters left once file names and codes (*allowed*) are removed."""
    rest = text
    for word in sorted(allowed, key=len, reverse=True):
        rest = rest.replace(word, "")
    assert re.search(r"[\u4e00-\u9fff]", rest), text
    assert not re.search(r"[A-Za-z]", rest), text


def _error_box(qtbot, name: str = "errorDialog") -> QMessageBox:
    qtbot.waitUntil(lambda: find_top_level(QMessageBox, name) is not None, timeout=20_000)
    box = find_top_level(QMessageBox, name)
    assert box is not None
    return box


def _damage_an_index(path: Path) -> None:
    """Overwrite the first bytes of an index page the reader never uses: ``quick_check``
    then finds damage, and the library opens read-only."""
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("PRAGMA journal_mode = DELETE")
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'ix_notes_first_segment'").fetchone()[0]
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    finally:
        conn.close()
    with path.open("r+b") as file:
        file.seek((root - 1) * page_size)
        file.write(b"\xff" * 8)


def test_errors_of_every_family_are_chinese_in_the_window(
    app, make_app, qtbot, tmp_path: Path, template_library: Path, tiny_packages
) -> None:
    window = app.set_language("zh_CN")
    qtbot.waitUntil(lambda: window.reader_model.rowCount() > 0, timeout=10_000)
    # An invalid split: before the talk's first sentence.
    first = window.reader_model.paragraph(0).segments[0].id
    window.split_talk(first)
    confirm = _error_box(qtbot, "confirmDialog")
    confirm.findChild(type(confirm.defaultButton()), "confirmYes").click()
    box = _error_box(qtbot)
    assert "第一" in box.text(), box.text()
    assert_chinese(box.text())
    box.accept()
    qtbot.waitUntil(lambda: find_top_level(QMessageBox, "errorDialog") is None, timeout=5000)

    # An export to a place nobody may write (the kernel's /sys refuses new files).
    window.open_export()
    from reader.gui.dialogs.export_dialog import ExportDialog

    dialog = find_top_level(ExportDialog, "exportDialog") or next(w for w in window.findChildren(ExportDialog))
    target = Path("/sys/talk-reader-export.md")
    dialog.export_to(target)
    box = _error_box(qtbot, "exportErrorDialog")
    assert box.informativeText().startswith(f"{target}: 无法写入文件："), box.informativeText()
    assert_chinese(box.informativeText(), str(target))
    assert_chinese(box.text())
    assert not target.exists()
    box.accept()
    dialog.reject()

    # A model package that is no package at all.
    bad = tmp_path / "broken.argosmodel"
    bad.write_bytes(b"plain bytes, no archive")
    window.open_models()
    models = find_top_level(QDialog, "modelManager")
    models.install_files([str(bad)])
    box = _error_box(qtbot)
    assert_chinese(box.text(), str(bad))
    assert "不是模型包" in box.text(), box.text()
    box.accept()
    models.reject()

    # A read-only library (damaged pages): renaming a talk is refused, in Chinese.
    damaged = tmp_path / "damaged.sqlite3"
    shutil.copy(template_library, damaged)
    _damage_an_index(damaged)
    other = make_app(damaged)
    assert other.window.library.read_only
    read_only_window = other.set_language("zh_CN")
    qtbot.waitUntil(lambda: read_only_window.talk_model.rowCount() > 0, timeout=10_000)
    talk_id = read_only_window.talk_model.talks[0].id
    title = read_only_window.talk_model.talks[0].title
    read_only_window.rename_talk(talk_id)
    rename = find_top_level(QInputDialog, "renameDialog")
    rename.setTextValue("新的标题")
    rename.accept()
    box = _error_box(qtbot)
    assert "只读" in box.text() and "损坏" in box.text(), box.text()
    assert_chinese(box.text(), str(damaged))
    box.accept()
    with Library.open(damaged) as library, library.read_session() as session:
        from reader.core import library as lib

        assert next(t for t in lib.list_talks(session) if t.id == talk_id).title == title


def test_import_warnings_are_shown_in_the_ui_language(app, qtbot, tmp_path: Path) -> None:
    window = app.set_language("zh_CN")
    notes = tmp_path / "notes.md"
    notes.write_text("# 分享\n\n大家好，今天讲讲推理。\n\n```\n没有结束的代码块\n", encoding="utf-8")
    window.importer.import_files([str(notes)])
    qtbot.waitUntil(lambda: bool(window.importer.warnings), timeout=20_000)
    assert window.importer.warnings == ["notes.md: 第 5 行：代码块没有结束标记；按普通文本读取"]
    message = window.statusBar().currentMessage()
    assert "代码块没有结束标记" in message, message
    assert_chinese(message, "notes.md")


def test_the_models_dialog_marks_an_installed_package_with_an_update(app, qtbot, tiny_packages) -> None:
    from reader.core.translate import packages

    installed = {p.name: p for p in packages.installed_packages()}
    zh_en = installed["translate-zh_en"]
    cache = packages._local_index_path()
    cache.parent.mkdir(parents=True, exist_ok=True)
    before = cache.read_bytes() if cache.exists() else None
    cache.write_text(
        json.dumps(
            [
                {
                    "from_code": "zh",
                    "to_code": "en",
                    "package_version": "99.0",
                    "links": ["http://127.0.0.1:9/zh_en.argosmodel"],
                }
            ]
        ),
        encoding="utf-8",
    )
    try:
        window = app.set_language("zh_CN")
        window.open_models()
        dialog = find_top_level(QDialog, "modelManager")
        qtbot.waitUntil(lambda: dialog.installed.rowCount() == 2 and bool(dialog.updates), timeout=10_000)
        rows = {dialog.installed.item(row, 1).text(): dialog.installed.item(row, 2).text() for row in range(2)}
        assert rows["translate-zh_en"] == f"{zh_en.version}（可更新到 99.0）", rows
        assert "更新" not in rows["translate-en_zh"], rows
        assert dialog.status.text() == "已安装 2 个模型。有 1 个更新，可在“下载”页下载。", dialog.status.text()
        dialog.reject()
    finally:
        if before is None:
            cache.unlink()
        else:
            cache.write_bytes(before)


def _raised_codes() -> set[str]:
    """``code`` or ``code/variant`` of every error raised in reader/core with literal values."""
    found: set[str] = set()
    for path in (ROOT / "reader" / "core").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in _ERROR_CLASSES
                and path.name != "errors.py"
            ):
                continue
            keywords = {k.arg: k.value for k in node.keywords}
            assert "code" in keywords, f"{path.relative_to(ROOT)}:{node.lineno} raises without a code"
            if not isinstance(keywords["code"], ast.Constant):
                continue
            code = keywords["code"].value
            params = keywords.get("params")
            pairs: list[tuple[ast.AST | None, ast.AST]] = []
            if isinstance(params, ast.Dict):
                pairs = list(zip(params.keys, params.values, strict=True))
            elif isinstance(params, ast.Call):  # os_params(exc, action="remove")
                pairs = [(ast.Constant(k.arg), k.value) for k in params.keywords]
            variant = None
            for key, value in pairs:
                if (
                    isinstance(key, ast.Constant)
                    and key.value in ("problem", "part", "what", "action")
                    and isinstance(value, ast.Constant)
                ):
                    variant = value.value
            found.add(f"{code}/{variant}" if variant else code)
    return found


def test_every_core_error_code_has_a_chinese_sentence(app) -> None:
    app.set_language("zh_CN")
    from reader.core.db import classify_database_error

    codes = _raised_codes() | {
        classify_database_error(sqlite3.OperationalError(text))[0]
        for text in (
            "database is locked",
            "attempt to write a readonly database",
            "database or disk is full",
            "file is not a database",
            "unable to open database file",
            "something else",
        )
    }
    sentences = error_text._sentences()
    missing = sorted(code for code in codes if code not in sentences)
    assert not missing, f"codes without a sentence in reader/gui/error_text.py: {missing}"
    # Each sentence is translated, and fills in the values its code carries.
    for code, (sentence, _names) in sentences.items():
        assert re.search(r"[\u4e00-\u9fff]", sentence), f"{code}: {sentence}"
    os_error = ReaderError("x", code="export.os-error", params={"errno": "ENOSPC", "reason": "No space left"})
    assert str(os_error) == "无法写入文件：磁盘已满"
    cause = ReaderError("x", code="model.bad-archive", params={"problem": "empty"})
    wrapped = ReaderError("x", code="model.does-not-work", params={"cause": cause})
    assert str(wrapped) == "模型包不能用，什么也没有安装：压缩包是空的"
    several = ReaderError("x", code="model.missing-several", params={"pairs": [("en", "zh"), ("zh", "en")]})
    assert "英文 → 中文" in str(several) and "中文 → 英文" in str(several)
