"""The smoke path (``talk-reader --smoke-test``) from the source tree: what the frozen build runs.

Fast enough for every run; tests/packaging/test_frozen_app.py runs the same path in the
frozen app.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from tests.packaging.packaging_support import ROOT, SRT, new_user_env


def smoke(home: Path, *args: str, timeout: float = 60, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "reader", *args],
        cwd=home.parent,
        env=new_user_env(home, PYTHONPATH=str(ROOT), **env),
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def test_smoke_test_opens_the_sample_and_exits_0(tmp_path: Path) -> None:
    home = tmp_path / "home"
    result = smoke(home, "--smoke-test")
    assert result.returncode == 0, result.stderr
    assert "smoke test passed: opened the sample talk 'Trials of developing OPT-175B (excerpt)'" in result.stdout
    # The default library of a new user, under the temporary HOME.
    assert list(home.rglob("library.sqlite3"))


def test_smoke_test_opens_files_given_on_the_command_line(tmp_path: Path) -> None:
    talk = tmp_path / "keynote.srt"
    talk.write_text(SRT, encoding="utf-8")
    result = smoke(tmp_path / "home", "--smoke-test", str(talk), TALK_READER_LIBRARY=str(tmp_path / "lib.sqlite3"))
    assert result.returncode == 0, result.stderr
    assert "smoke test passed: opened the talk '大家好，欢迎来到今天的讲座' (2 rows)" in result.stdout


def test_smoke_test_fails_with_a_message_when_the_sample_is_missing(tmp_path: Path) -> None:
    resources = tmp_path / "resources"
    shutil.copytree(ROOT / "resources", resources, ignore=shutil.ignore_patterns("sample"))
    result = smoke(tmp_path / "home", "--smoke-test", TALK_READER_RESOURCES=str(resources))
    assert result.returncode == 1
    assert "smoke test failed: the sample could not be opened" in result.stderr
    assert "sample talk is missing" in result.stderr


def test_smoke_test_fails_when_nothing_is_painted_in_time(tmp_path: Path) -> None:
    result = smoke(tmp_path / "home", "--smoke-test", TALK_READER_SMOKE_TIMEOUT="0.001")
    assert result.returncode == 1
    assert "smoke test failed: no result within 0.001 s" in result.stderr


def test_smoke_test_reports_a_damaged_library_without_a_dialog(tmp_path: Path) -> None:
    library = tmp_path / "damaged.sqlite3"
    library.write_bytes(b"this is not a database" * 100)
    result = smoke(tmp_path / "home", "--library", str(library), "--smoke-test", timeout=30)
    assert result.returncode == 1
    assert "smoke test failed: the library cannot be opened" in result.stderr


def test_smoke_flag_is_refused_with_a_sub_command(tmp_path: Path) -> None:
    result = smoke(tmp_path / "home", "--smoke-test", "talks")
    assert result.returncode == 2
    assert "--smoke-test opens the app" in result.stderr


def test_environment_variable_starts_the_smoke_test(tmp_path: Path) -> None:
    result = smoke(tmp_path / "home", TALK_READER_SMOKE_TEST="1")
    assert result.returncode == 0, result.stderr
    assert "smoke test passed" in result.stdout
