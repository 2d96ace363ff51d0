"""Where Talk Reader keeps its files.

The library location follows one rule everywhere (CLI, GUI, tests): an explicit
``--library`` path wins, then the ``TALK_READER_LIBRARY`` environment variable, then the
platform's user data directory. Tests isolate themselves by setting the variable.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from reader import APP_ID

LIBRARY_ENV = "TALK_READER_LIBRARY"
LIBRARY_FILENAME = "library.sqlite3"


def data_dir() -> Path:
    """The per-user data directory (not created here)."""
    return Path(platformdirs.user_data_dir(APP_ID, appauthor=False))


def cache_dir() -> Path:
    """The per-user cache directory (not created here): files derived from others, safe to delete."""
    return Path(platformdirs.user_cache_dir(APP_ID, appauthor=False))


def default_library_path() -> Path:
    return data_dir() / LIBRARY_FILENAME


def resolve_library_path(explicit: str | os.PathLike[str] | None = None) -> Path:
    """Flag, then environment variable, then platform default."""
    if explicit:
        return Path(explicit).expanduser()
    from_env = os.environ.get(LIBRARY_ENV)
    if from_env:
        return Path(from_env).expanduser()
    return default_library_path()
