"""Fixtures for the search tests: real library files (real FTS5, real jieba triggers).

The sample import runs once per session into a template file; each test gets a copy
(Anki's ``getEmptyCol`` habit), so tests may write freely.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from search_support import EXTRA_TALK, SAMPLE, add_talk, copy_library

from reader.core import library as lib
from reader.core.db import Library


@pytest.fixture(scope="session")
def search_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("search-template") / "library.sqlite3"
    with Library.open(path) as library:
        result = lib.import_file(library, SAMPLE)
        assert result.status == "imported", result.message
        add_talk(library, "Extra texts", EXTRA_TALK)
    return path


@pytest.fixture
def sample_library(search_template: Path, tmp_path: Path) -> Iterator[Library]:
    library = Library.open(copy_library(search_template, tmp_path))
    try:
        yield library
    finally:
        library.close()


@pytest.fixture
def empty_library(library_path: Path) -> Iterator[Library]:
    library = Library.open(library_path)
    try:
        yield library
    finally:
        library.close()
