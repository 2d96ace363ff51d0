"""The models dialog lists converted CTranslate2 models, a row each with family and
directions, and installs one from a folder through the same flow as packages."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog

from reader.core.translate import ct2_install
from tests.gui.gui_helpers import find_top_level
from tests.support.tiny_ct2 import build_marian_folder, build_nllb_folder


def test_the_models_dialog_lists_and_installs_converted_models(
    app, qtbot, tiny_packages, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ct2_install.MODELS_ENV, str(tmp_path / "models"))
    ct2_install.install_model(build_nllb_folder(tmp_path / "src"))
    window = app.set_language("zh_CN")
    window.open_models()
    dialog = find_top_level(QDialog, "modelManager")
    qtbot.waitUntil(lambda: dialog.installed.rowCount() == 3, timeout=10_000)
    rows = {dialog.installed.item(r, 1).text(): dialog.installed.item(r, 0).text() for r in range(3)}
    assert rows["nllb-200-tiny (nllb)"] == "中文 → 英文、英文 → 中文", rows
    assert dialog.install_folder_button.text() == "从文件夹安装…"

    dialog.install_files([str(build_marian_folder(tmp_path / "src"))])
    qtbot.waitUntil(lambda: dialog.installed.rowCount() == 4, timeout=20_000)
    rows = {dialog.installed.item(r, 1).text(): dialog.installed.item(r, 0).text() for r in range(4)}
    assert rows["opus-mt-zh-en (marian)"] == "中文 → 英文", rows
    assert dialog.status.text().startswith("已安装"), dialog.status.text()
    dialog.reject()
