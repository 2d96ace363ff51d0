"""``talk-reader translate`` end to end, including Ctrl-C and kill -9 of a real process."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from reader.cli import run
from reader.core import library as lib
from reader.core.db import Library
from reader.core.translate import store
from tests.support.fixtures import TinyPackages
from tests.support.tiny_model import EN_ZH_MARKER, ZH_EN_MARKER, build_tiny_package

REPO = Path(__file__).resolve().parents[4]
SAMPLE_NOTES = REPO / "tests" / "data" / "baai-2023-notes-6-part1.txt"


def test_translate_then_show(
    library_path: Path, tiny_packages: TinyPackages, capsys: pytest.CaptureFixture[str]
) -> None:
    with Library.open(library_path) as library:
        talk_id = lib.import_file(library, SAMPLE_NOTES).talks[0].id
    assert run(["--library", str(library_path), "translate", str(talk_id), "--json"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["translated"] == summary["planned"] > 0 and summary["cancelled"] is False

    assert run(["--library", str(library_path), "show", str(talk_id), "--json"]) == 0
    segments = json.loads(capsys.readouterr().out)["segments"]
    translated = [s for s in segments if s["translation"] is not None]
    assert len(translated) == summary["translated"]
    for segment in translated:
        marker = ZH_EN_MARKER if segment["lang"] == "zh" else EN_ZH_MARKER
        assert marker in segment["translation"]
        target = "en" if segment["lang"] == "zh" else "zh"
        assert segment["translation_model"] == f"translate-{segment['lang']}_{target} 1.0"
        assert segment["translation_edited"] is False
    for segment in segments:
        if segment["lang"] == "und" or not segment["clean_text"].strip():
            assert segment["translation"] is None

    assert run(["--library", str(library_path), "translate", str(talk_id)]) == 0
    assert "Everything is already translated." in capsys.readouterr().out


def test_translate_argument_errors(library_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        run(["--library", str(library_path), "translate"])
    assert exited.value.code == 2
    assert "give a TALK id or --all" in capsys.readouterr().err
    assert run(["--library", str(library_path), "translate", "42"]) == 1
    assert "no talk with id 42" in capsys.readouterr().err


def test_translate_without_models_names_the_package(
    library_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(tmp_path / "none"))
    with Library.open(library_path) as library:
        lib.import_file(library, SAMPLE_NOTES)
    assert run(["--library", str(library_path), "translate", "--all"]) == 1
    assert "no zh→en model installed; run `talk-reader models download zh en`" in capsys.readouterr().err


# -- interrupting a real process ------------------------------------------------------------------


@pytest.fixture(scope="module")
def slow_package_dir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Packages with a wide, deep encoder: the sample takes seconds, so a run can be stopped midway."""
    build = tmp_path_factory.mktemp("slow-build")
    folder = tmp_path_factory.mktemp("slow-packages")
    previous = os.environ["ARGOS_PACKAGES_DIR"]
    os.environ["ARGOS_PACKAGES_DIR"] = str(folder)
    try:
        for src, dst, marker in (("zh", "en", ZH_EN_MARKER), ("en", "zh", EN_ZH_MARKER)):
            archive = build_tiny_package(build, src, dst, marker, width=256, encoder_layers=4)
            assert run(["models", "install", str(archive)]) == 0
    finally:
        os.environ["ARGOS_PACKAGES_DIR"] = previous
    yield folder


def _count(library_path: Path) -> int:
    conn = sqlite3.connect(f"file:{library_path}?mode=ro", uri=True, timeout=10)
    try:
        return int(conn.execute("SELECT count(*) FROM translations").fetchone()[0])
    except sqlite3.OperationalError:
        return 0
    finally:
        conn.close()


def _rows(library_path: Path) -> dict[int, tuple[str, str]]:
    conn = sqlite3.connect(library_path)
    try:
        return {r[0]: (r[1], r[2]) for r in conn.execute("SELECT segment_id, text, created_at FROM translations")}
    finally:
        conn.close()


def _start(library_path: Path, package_dir: Path) -> subprocess.Popen[str]:
    env = dict(os.environ, ARGOS_PACKAGES_DIR=str(package_dir), PYTHONPATH=str(REPO))
    return subprocess.Popen(
        [sys.executable, "-m", "reader", "--library", str(library_path), "translate", "--all", "--json"],
        cwd=REPO,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _wait_for_rows(process: subprocess.Popen[str], library_path: Path, timeout: float = 60.0) -> int:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        count = _count(library_path)
        if count > 0:
            return count
        assert process.poll() is None, process.communicate()
        time.sleep(0.02)
    process.kill()
    pytest.fail("no batch was committed in time")


def _finish(library_path: Path, package_dir: Path) -> dict[str, object]:
    process = _start(library_path, package_dir)
    out, err = process.communicate(timeout=300)
    assert process.returncode == 0, err
    return dict(json.loads(out))


@pytest.fixture
def sample_library(library_path: Path) -> tuple[Path, int]:
    with Library.open(library_path) as library:
        lib.import_file(library, SAMPLE_NOTES)
        with library.read_session() as session:
            work = store.pending_work(session, labels=lambda lang: None)
    total = sum(1 for item in work if item.lang in ("zh", "en"))
    return library_path, total


@pytest.mark.slow
def test_ctrl_c_stops_cleanly_and_the_next_run_resumes(
    sample_library: tuple[Path, int], slow_package_dir: Path
) -> None:
    library_path, _ = sample_library
    process = _start(library_path, slow_package_dir)
    _wait_for_rows(process, library_path)
    process.send_signal(signal.SIGINT)
    out, err = process.communicate(timeout=60)
    assert process.returncode == 130, err
    assert "interrupted; finished batches are saved" in err
    assert "Traceback" not in err
    first = json.loads(out)
    assert first["cancelled"] is True
    kept = _rows(library_path)
    assert len(kept) == first["translated"]
    assert 0 < len(kept) < first["planned"]

    second = _finish(library_path, slow_package_dir)
    assert second["planned"] == first["planned"] - len(kept)
    final = _rows(library_path)
    assert len(final) == first["planned"]
    assert all(final[i] == kept[i] for i in kept)


@pytest.mark.slow
def test_kill_9_keeps_finished_batches_and_a_valid_library(
    sample_library: tuple[Path, int], slow_package_dir: Path
) -> None:
    library_path, total = sample_library
    process = _start(library_path, slow_package_dir)
    seen = _wait_for_rows(process, library_path)
    process.send_signal(signal.SIGKILL)
    process.communicate(timeout=60)
    assert process.returncode == -signal.SIGKILL

    conn = sqlite3.connect(library_path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()
    kept = _rows(library_path)
    assert seen <= len(kept) < total

    # The resumed run does exactly what was left (counted by that process itself, so the
    # check holds even if the code under test changes between the two processes).
    second = _finish(library_path, slow_package_dir)
    final = _rows(library_path)
    assert second["planned"] == second["translated"] == len(final) - len(kept) > 0
    assert all(final[i] == kept[i] for i in kept)
