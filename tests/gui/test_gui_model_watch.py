"""Models installed or removed outside the app (the CLI in another process) are noticed:
the welcome view, the banner and Ctrl+T follow without reopening anything."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.support.fixtures import TinyPackages


def talk_reader(*args: str) -> subprocess.Popen[bytes]:
    """The real command in a second process (the environment points it at the test's folders)."""
    script = Path(sys.executable).with_name("talk-reader")
    command = [str(script)] if script.exists() else [sys.executable, "-m", "reader"]
    return subprocess.Popen([*command, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def finish(process: subprocess.Popen[bytes]) -> None:
    _out, err = process.communicate(timeout=120)
    assert process.returncode == 0, err.decode(errors="replace")


@pytest.fixture
def no_models(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "argos" / "packages"  # not there yet: the CLI creates it
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(folder))
    return folder


def test_the_welcome_view_follows_installs_and_removals_by_the_cli(
    make_app, tmp_path: Path, qtbot, no_models: Path, tiny_package_files: TinyPackages
) -> None:
    controller = make_app(tmp_path / "empty.sqlite3")
    welcome = controller.window.welcome
    qtbot.waitUntil(lambda: welcome.missing == (("zh", "en"), ("en", "zh")), timeout=10_000)
    qtbot.waitUntil(lambda: controller.model_watch.known is not None, timeout=10_000)
    with qtbot.waitSignal(controller.model_watch.changed, timeout=60_000):
        process = talk_reader("models", "install", str(tiny_package_files.zh_en))
    finish(process)
    qtbot.waitUntil(lambda: welcome.missing == (("en", "zh"),), timeout=10_000)
    with qtbot.waitSignal(controller.model_watch.changed, timeout=60_000):
        process = talk_reader("models", "remove", "translate-zh_en")
    finish(process)
    qtbot.waitUntil(lambda: welcome.missing == (("zh", "en"), ("en", "zh")), timeout=10_000)


def test_ctrl_t_uses_a_model_the_cli_installed_while_the_window_was_open(
    no_models: Path, app, qtbot, tiny_package_files: TinyPackages
) -> None:
    window = app.window
    window.activateWindow()
    window.reader_view.setFocus()
    QTest.keyClick(window.reader_view, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.banner.isVisible(), timeout=20_000)
    assert "no model" in window.banner.label.text()
    qtbot.waitUntil(lambda: app.model_watch.known is not None, timeout=10_000)
    with qtbot.waitSignal(app.model_watch.changed, timeout=60_000):
        processes = [
            talk_reader("models", "install", str(path)) for path in (tiny_package_files.zh_en, tiny_package_files.en_zh)
        ]
        for process in processes:
            finish(process)
    qtbot.waitUntil(lambda: len(app.model_watch.known or ()) == 2, timeout=20_000)
    qtbot.waitUntil(lambda: not window.banner.isVisible(), timeout=10_000)
    QTest.keyClick(window.reader_view, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.reader_model.translated_count()[0] > 0, timeout=60_000)
    assert not window.banner.isVisible()
