"""First run: the welcome view opens the bundled sample, and gets the translation models in one click."""

from __future__ import annotations

import functools
import http.server
import json
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from reader.core.db import Library
from reader.gui.first_run import import_sample, missing_directions, sample_path
from tests.gui.gui_helpers import find_top_level
from tests.support.fixtures import TinyPackages

SAMPLE_TITLE = "Trials of developing OPT-175B (excerpt)"


@pytest.fixture
def no_models(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "packages"
    folder.mkdir()
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(folder))
    return folder


def _welcome_app(make_app, tmp_path: Path, qtbot):
    controller = make_app(tmp_path / "empty.sqlite3")
    window = controller.window
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.welcome, timeout=5000)
    return controller


def test_the_sample_is_bundled_and_holds_both_languages() -> None:
    text = sample_path().read_text(encoding="utf-8")
    assert SAMPLE_TITLE in text
    assert "普林斯顿大学" in text and "Princeton University" in text


def test_welcome_opens_the_sample_side_by_side(make_app, tmp_path: Path, qtbot, no_models: Path) -> None:
    controller = _welcome_app(make_app, tmp_path, qtbot)
    window = controller.window
    welcome = window.welcome
    assert welcome.sample_button.isVisible() and welcome.sample_button.isEnabled()
    with qtbot.waitSignal(window.talk_shown, timeout=15_000) as shown:
        qtbot.mouseClick(welcome.sample_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.splitter
    assert window.reader_model.talk_id == shown.args[0]
    assert window.header.title.text() == SAMPLE_TITLE
    assert window.reader_model.rowCount() >= 5
    summary = next(t for t in window.talk_model.talks if t.id == shown.args[0])
    assert summary.languages.get("zh", 0) > 0 and summary.languages.get("en", 0) > 0
    # Both columns are there; with no models the translation side says so in the banner.
    assert window.reader_model.columnCount() == 2
    qtbot.waitUntil(window.banner.isVisible, timeout=10_000)


def test_opening_the_sample_twice_finds_the_same_talk(library_path: Path) -> None:
    with Library.open(library_path) as library:
        first = import_sample(library)
        again = import_sample(library)
    assert first == again


def test_a_missing_sample_is_a_clear_error(library_path: Path, tmp_path: Path) -> None:
    from reader.core.errors import ImportFailed

    with Library.open(library_path) as library, pytest.raises(ImportFailed, match="sample talk is missing"):
        import_sample(library, tmp_path / "nowhere.md")


def test_welcome_says_which_models_are_missing_and_installs_them_from_files(
    make_app, tmp_path: Path, qtbot, no_models: Path, tiny_package_files: TinyPackages
) -> None:
    controller = _welcome_app(make_app, tmp_path, qtbot)
    welcome = controller.window.welcome
    qtbot.waitUntil(welcome.models_box.isVisible, timeout=5000)
    assert welcome.missing == (("zh", "en"), ("en", "zh"))
    assert "Chinese → English" in welcome.models_label.text()
    assert "English → Chinese" in welcome.models_label.text()
    with qtbot.waitSignal(controller.first_run.models_changed, timeout=30_000):
        controller.first_run.install_model_files([str(tiny_package_files.zh_en)])
    qtbot.waitUntil(lambda: welcome.missing == (("en", "zh"),), timeout=5000)
    assert "Chinese → English" not in welcome.models_label.text()
    with qtbot.waitSignal(controller.first_run.models_changed, timeout=30_000):
        controller.first_run.install_model_files([str(tiny_package_files.en_zh)])
    qtbot.waitUntil(lambda: not welcome.models_box.isVisible(), timeout=5000)
    assert missing_directions() == []
    assert welcome.download_button.isEnabled()


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def model_index(tmp_path: Path, tiny_package_files: TinyPackages, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """A package index on loopback with both directions, as the Argos index lists them."""
    root = tmp_path / "www"
    root.mkdir()
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(root)))
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    index = []
    packages = {("zh", "en"): tiny_package_files.zh_en, ("en", "zh"): tiny_package_files.en_zh}
    for (source, target), archive in packages.items():
        (root / archive.name).write_bytes(archive.read_bytes())
        index.append(
            {
                "package_version": "1.9",
                "argos_version": "1.9",
                "type": "translate",
                "from_code": source,
                "to_code": target,
                "links": [base + archive.name],
            }
        )
    (root / "index.json").write_text(json.dumps(index), encoding="utf-8")
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    monkeypatch.setenv("ARGOS_PACKAGE_INDEX", base)
    try:
        yield base
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def test_one_click_downloads_every_missing_direction(
    make_app, tmp_path: Path, qtbot, no_models: Path, model_index: str
) -> None:
    controller = _welcome_app(make_app, tmp_path, qtbot)
    welcome = controller.window.welcome
    qtbot.waitUntil(welcome.models_box.isVisible, timeout=5000)
    with qtbot.waitSignal(controller.first_run.models_changed, timeout=60_000):
        qtbot.mouseClick(welcome.download_button, Qt.MouseButton.LeftButton)
        assert not welcome.download_button.isEnabled()  # one download at a time
    qtbot.waitUntil(lambda: not welcome.models_box.isVisible(), timeout=5000)
    from reader.core.translate.packages import installed_packages

    assert sorted(p.name for p in installed_packages()) == ["translate-en_zh", "translate-zh_en"]
    assert all(p.path.parent == no_models for p in installed_packages())
    assert "translate-zh_en" in welcome.models_status.text() and "translate-en_zh" in welcome.models_status.text()


def test_a_failed_download_is_explained_and_can_be_retried(make_app, tmp_path: Path, qtbot, no_models: Path) -> None:
    controller = _welcome_app(make_app, tmp_path, qtbot)  # the suite's index URL refuses connections
    welcome = controller.window.welcome
    qtbot.waitUntil(welcome.models_box.isVisible, timeout=5000)
    qtbot.mouseClick(welcome.download_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "could not be installed" in welcome.models_status.text(), timeout=30_000)
    assert "127.0.0.1:9" in welcome.models_status.text()
    qtbot.waitUntil(welcome.download_button.isEnabled, timeout=5000)
    assert welcome.models_box.isVisible()
    assert find_top_level(QMessageBox, "errorDialog") is None  # said in place, no dialog on top


def test_about_lists_versions_and_installed_models(app, qtbot, tiny_packages: TinyPackages) -> None:
    import sqlite3

    from PySide6.QtCore import qVersion

    from reader import __version__

    app.window.act_about.trigger()
    box = find_top_level(QMessageBox, "aboutDialog")
    assert box is not None
    text = box.text()
    for expected in (
        __version__,
        qVersion(),
        "CTranslate2",
        "Argos Translate",
        sqlite3.sqlite_version,
        "translate-zh_en",
        "translate-en_zh",
    ):
        assert expected in text, expected
    assert "not installed" not in text
    assert "translate-en_zh" in box.detailedText()
    box.accept()
