"""Test-wide isolation and shared fixtures.

The environment is pointed at temporary folders *before* anything imports argostranslate
(which reads its settings and creates folders at import time) or Qt, so no test touches the
user's home, models or library.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

_SANDBOX = Path(tempfile.mkdtemp(prefix="talk-reader-tests-"))
for _name, _sub in (
    ("HOME", "home"),
    ("XDG_DATA_HOME", "data"),
    ("XDG_CONFIG_HOME", "config"),
    ("XDG_CACHE_HOME", "cache"),
    ("XDG_STATE_HOME", "state"),
    ("ARGOS_PACKAGES_DIR", "argos-packages"),
):
    (_SANDBOX / _sub).mkdir(parents=True, exist_ok=True)
    os.environ[_name] = str(_SANDBOX / _sub)
# Nothing in the suite may reach the network; a wrong URL fails fast instead of hanging.
os.environ["ARGOS_PACKAGE_INDEX"] = "http://127.0.0.1:9/"
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("TALK_READER_LIBRARY", None)

import pytest  # noqa: E402

pytest_plugins = ("tests.support.fixtures",)

DATA_DIR = Path(__file__).parent / "data"
SAMPLE_NOTES = DATA_DIR / "baai-2023-notes-6-part1.txt"
SAMPLE_TALKS = DATA_DIR / "baai-2023-notes-6-part1.talks.json"


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    shutil.rmtree(_SANDBOX, ignore_errors=True)


@pytest.fixture
def library_path(tmp_path: Path) -> Path:
    return tmp_path / "library.sqlite3"


@pytest.fixture
def library(library_path: Path) -> Iterator[object]:
    from reader.core.db import Library

    lib = Library.open(library_path)
    try:
        yield lib
    finally:
        lib.close()


@pytest.fixture
def sample_notes() -> Path:
    return SAMPLE_NOTES
