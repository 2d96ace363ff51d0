"""GUI test fixtures: a real library copied from a template, isolated settings, the app.

The template library (the shared sample imported once per session) is copied for each
test, Anki's habit: tests get a populated, real SQLite file in ``tmp_path`` in milliseconds.
Every wait has a timeout; Qt warnings fail tests (``qt_log_level_fail``), except the
offscreen platform's notes that it cannot propagate size hints or raise a window (a tooltip
does) — qutebrowser ignores these too.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("pytestqt")

from reader.core.db import Library

OFFSCREEN_NOISE = r"^This plugin does not support (propagateSizeHints|raise)\(\)"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))
            item.add_marker(pytest.mark.gui)


@pytest.fixture(scope="session")
def template_library(tmp_path_factory: pytest.TempPathFactory, sample_notes_path: Path) -> Path:
    from reader.core import library as lib

    path = tmp_path_factory.mktemp("template") / "library.sqlite3"
    with Library.open(path) as library:
        result = lib.import_file(library, sample_notes_path)
        assert result.status == "imported", result.message
    return path


@pytest.fixture(scope="session")
def sample_notes_path() -> Path:
    return Path(__file__).parents[1] / "data" / "baai-2023-notes-6-part1.txt"


@pytest.fixture
def sample_library_path(tmp_path: Path, template_library: Path) -> Path:
    target = tmp_path / "library.sqlite3"
    shutil.copyfile(template_library, target)
    return target


@pytest.fixture
def settings(tmp_path: Path):
    from reader.gui.settings import Settings

    return Settings.at(tmp_path / "settings.ini")


def _make_controller(qtbot, path: Path, settings):
    from reader.gui.app import AppController, ensure_app

    library = Library.open(path)
    controller = AppController(library, settings, ensure_app())
    window = controller.window
    qtbot.addWidget(window)
    if settings.geometry.isEmpty():
        # The offscreen screen is 800x600: a window that sticks out gets Leave events
        # when the test's mouse moves past the screen edge.
        window.resize(780, 560)
    window.show()
    return controller


@pytest.fixture
def make_app(qtbot, settings) -> Iterator[object]:
    """``make_app(path)`` opens the app on a library file; shut down after the test."""
    controllers = []

    def make(path: Path, custom_settings=None):
        controller = _make_controller(qtbot, path, custom_settings or settings)
        controllers.append(controller)
        return controller

    yield make
    for controller in controllers:
        if controller.window is not None:
            controller.window.close()
        controller.shutdown()


def biggest_talk(path: Path) -> int:
    from reader.core import library as lib

    with Library.open(path) as library, library.read_session() as session:
        return max(lib.list_talks(session), key=lambda t: t.segments).id


@pytest.fixture
def big_talk_id(sample_library_path: Path) -> int:
    return biggest_talk(sample_library_path)


@pytest.fixture
def app(make_app, sample_library_path: Path, settings, big_talk_id: int, qtbot):
    """The app on a copy of the sample library, showing its longest talk."""
    settings.last_talk = big_talk_id
    controller = make_app(sample_library_path)
    window = controller.window
    qtbot.waitUntil(lambda: window.reader_model.talk_id == big_talk_id, timeout=10_000)
    return controller
