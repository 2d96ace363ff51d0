"""One window per library, and the CLI beside it: real second processes.

A second ``talk-reader FILE`` on the same library hands its file to the open window and
exits; a socket left by a crashed app is cleaned up; what ``talk-reader import``, ``rename``
and ``translate`` commit while the window is open shows in it without a restart.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from reader.gui.single_instance import InstanceServer, hand_over, server_name
from tests.support.fixtures import TinyPackages


def _command() -> list[str]:
    script = Path(sys.executable).with_name("talk-reader")
    return [str(script)] if script.exists() else [sys.executable, "-m", "reader"]


def start(*args: str) -> subprocess.Popen[bytes]:
    """``talk-reader ARGS`` in a second process (offscreen, the test's folders)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.Popen([*_command(), *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)


def finish(process: subprocess.Popen[bytes], qtbot) -> str:
    """Wait for *process* while the window keeps handling events; its stderr."""
    qtbot.waitUntil(lambda: process.poll() is not None, timeout=120_000)
    _out, err = process.communicate()
    assert process.returncode == 0, err.decode(errors="replace")
    return err.decode(errors="replace")


def _talk_file(folder: Path, title: str) -> Path:
    path = folder / f"{title.replace(' ', '-')}.md"
    path.write_text(f"# {title}\n\nThis talk came from another launch. It has two sentences.\n", encoding="utf-8")
    return path


def test_a_second_launch_hands_its_file_to_the_open_window(
    make_app, sample_library_path: Path, tmp_path: Path, qtbot
) -> None:
    controller = make_app(sample_library_path)
    server = InstanceServer(server_name(sample_library_path))
    assert server.listen()
    controller.serve_other_launches(server)
    window = controller.window
    qtbot.waitUntil(lambda: window.talk_model.rowCount() > 0, timeout=10_000)
    before = window.talk_model.rowCount()
    talk = _talk_file(tmp_path, "Handed over")
    # Another spelling of the same library path still finds the running window.
    other_spelling = str(sample_library_path.parent / "." / sample_library_path.name)
    with qtbot.waitSignal(server.files_received, timeout=60_000) as received:
        process = start("--library", other_spelling, str(talk))
    err = finish(process, qtbot)
    assert "is open in a running window; sent it 1 file(s) to import" in err
    assert received.args == [[str(talk.resolve())]]
    qtbot.waitUntil(lambda: window.talk_model.rowCount() == before + 1, timeout=20_000)
    assert "Handed over" in [t.title for t in window.talk_model.talks]


def test_a_stale_socket_of_a_crashed_app_is_cleaned_up(tmp_path: Path, qtbot) -> None:
    name = server_name(tmp_path / "library.sqlite3")
    with subprocess.Popen(
        [sys.executable, "-c",
         "import sys\n"
         "from PySide6.QtCore import QCoreApplication\n"
         "from PySide6.QtNetwork import QLocalServer\n"
         "app = QCoreApplication([])\n"
         f"server = QLocalServer(); assert server.listen({name!r})\n"
         "print('listening', flush=True); sys.stdin.read()\n"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE,
    ) as crashed:  # fmt: skip
        try:
            assert crashed.stdout is not None and crashed.stdout.readline() == b"listening\n"
        finally:
            crashed.send_signal(signal.SIGKILL)  # dies without removing its socket
            crashed.wait(timeout=30)
    assert not hand_over(name, [], timeout_ms=1000)
    server = InstanceServer(name)
    try:
        assert server.listen()
        with qtbot.waitSignal(server.files_received, timeout=30_000) as received:
            process = start("--library", str(tmp_path / "library.sqlite3"))
        finish(process, qtbot)
        assert received.args == [[]]
    finally:
        server.close()


def test_a_launch_on_another_library_is_not_handed_over(tmp_path: Path) -> None:
    assert server_name(tmp_path / "a.sqlite3") != server_name(tmp_path / "b.sqlite3")
    assert server_name(tmp_path / "a.sqlite3") == server_name(tmp_path / "x" / ".." / "a.sqlite3")


@pytest.fixture
def no_auto_translate(settings):
    settings.auto_translate = False  # only the CLI translates in these tests
    return settings


def test_the_window_shows_what_the_cli_changes(
    no_auto_translate, app, sample_library_path: Path, tmp_path: Path, qtbot, tiny_packages: TinyPackages
) -> None:
    window = app.window
    library = str(sample_library_path)
    talk_id = window.reader_model.talk_id
    done, total = window.reader_model.translated_count()
    assert done == 0 < total
    count = window.talk_model.rowCount()
    # A new talk.
    with qtbot.waitSignal(app.library_watch.updated, timeout=60_000):
        finish(start("--library", library, "import", str(_talk_file(tmp_path, "From the CLI"))), qtbot)
    qtbot.waitUntil(lambda: window.talk_model.rowCount() == count + 1, timeout=10_000)
    # A rename of the open talk: the list and the header follow.
    with qtbot.waitSignal(app.library_watch.updated, timeout=60_000):
        finish(start("--library", library, "rename", str(talk_id), "Renamed by the CLI"), qtbot)
    qtbot.waitUntil(lambda: window.header.title.text() == "Renamed by the CLI", timeout=10_000)
    assert "Renamed by the CLI" in [t.title for t in window.talk_model.talks]
    assert window.reader_model.talk_id == talk_id
    # Translations of the open talk, made by another process.
    with qtbot.waitSignal(app.library_watch.updated, timeout=120_000):
        finish(start("--library", library, "translate", str(talk_id)), qtbot)
    qtbot.waitUntil(lambda: window.reader_model.translated_count()[0] > 0, timeout=20_000)
    row = next(r for r in range(window.reader_model.rowCount()) if window.reader_model.paragraph(r).translated)
    shown = window.reader_model.cell(row, 1).text
    assert tiny_packages.zh_en_marker in shown or tiny_packages.en_zh_marker in shown
