"""What state a library file is in before we open it for real: new, ours, foreign, damaged,
read-only.

Everything here looks at the file through a read-only SQLite connection, so a file that is
not ours is never changed (no tables added, no switch to WAL), and a file we may not write
is still readable. :func:`inspect_library` runs before the engine exists; the engine then
opens the file the way the inspection found works (read-write, ``mode=ro`` or, where even
the lock files cannot be made, ``immutable=1``).
"""

from __future__ import annotations

import os
import sqlite3
import urllib.parse
from dataclasses import dataclass
from pathlib import Path

from reader.core.errors import LibraryError, os_params

SQLITE_MAGIC = b"SQLite format 3\x00"
#: Tables every version of our schema has (step 1); a file without them is not a library.
OUR_TABLES = frozenset({"sources", "talks", "segments"})


@dataclass(frozen=True)
class LibraryState:
    """How to open a library file, decided by :func:`inspect_library`."""

    #: The file does not exist yet (or is empty) and will be created.
    new: bool
    #: ``PRAGMA user_version`` as found (0 for a new file).
    version: int
    #: Why the library can only be read ("the file is read-only"), or None when it can be
    #: written. Completes "the library is open read-only: …".
    read_only_reason: str | None = None
    #: The SQLite URI to open it with when read-only (``mode=ro`` or ``immutable=1``).
    read_only_uri: str | None = None
    #: ``PRAGMA quick_check``'s first complaint when pages are damaged.
    damage: str | None = None
    #: The read-only reason as a code (``file-system``, ``file``, ``folder``, ``damaged``),
    #: so a UI in another language can word it.
    read_only_code: str | None = None

    @property
    def read_only(self) -> bool:
        return self.read_only_reason is not None

    @property
    def read_only_params(self) -> dict[str, str]:
        """Error parameters naming why the library is read-only (empty when it is not)."""
        if self.read_only_code is None:
            return {}
        return {"why": self.read_only_code}


def file_uri(path: Path, **params: str) -> str:
    """An SQLite ``file:`` URI for *path*; characters such as ``?`` and ``#`` are quoted."""
    query = "&".join(f"{key}={value}" for key, value in params.items())
    return f"file:{urllib.parse.quote(str(path.absolute()))}" + (f"?{query}" if query else "")


#: Why a library cannot be written, by code (see :attr:`LibraryState.read_only_code`).
_NOT_WRITABLE = {
    "file-system": "it is on a read-only file system",
    "file": "the file is read-only",
    "folder": "its folder is read-only",
}


def _not_writable_code(path: Path) -> str | None:
    """Why SQLite could not write *path* (it needs the folder too, for its journal files)."""
    folder = path.parent
    try:
        if os.statvfs(folder).f_flag & os.ST_RDONLY:
            return "file-system"
    except (OSError, AttributeError):
        pass
    if not os.access(path, os.W_OK):
        return "file"
    if not os.access(folder, os.W_OK | os.X_OK):
        return "folder"
    return None


def _empty_unwritable(path: Path, code: str) -> LibraryError:
    return LibraryError(
        f"the library file is empty and cannot be written ({_NOT_WRITABLE[code]})",
        path=path,
        code="library.empty-read-only",
        params={"why": code},
    )


def _probe(uri: str) -> tuple[int, set[str]]:
    """user_version and table names, read through *uri* (a read-only connection)."""
    conn = sqlite3.connect(uri, uri=True)
    try:
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        return version, tables
    finally:
        conn.close()


def _quick_check(uri: str) -> str | None:
    """The first problem ``PRAGMA quick_check`` finds, or None when the pages are sound.

    Costs one read of the file (about 0.2 s for 190 MB from the page cache): the price of
    never writing more into a file that is already losing data.
    """
    conn = sqlite3.connect(uri, uri=True)
    try:
        first = conn.execute("PRAGMA quick_check(1)").fetchone()
    except sqlite3.DatabaseError as exc:
        return str(exc)
    finally:
        conn.close()
    result = str(first[0]) if first else "no answer"
    if result == "ok":
        return None
    lines = [line for line in result.splitlines() if line.strip() and not line.startswith("***")]
    return lines[0] if lines else result


def _header_ok(path: Path) -> bool:
    try:
        with path.open("rb") as file:
            return file.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC
    except OSError as exc:
        raise LibraryError(
            f"cannot read the library file ({exc.strerror})",
            path=path,
            code="library.unreadable",
            params=os_params(exc),
        ) from exc


def inspect_library(path: Path) -> LibraryState:
    """Decide how *path* can be opened; :class:`LibraryError` if it must not be.

    Refused: a file that is not SQLite, an SQLite database of another program (tables but
    none of ours, or a ``user_version`` without our tables), and an old library that needs
    an upgrade but cannot be written.
    """
    if not path.exists() or (path.is_file() and path.stat().st_size == 0):
        code = _not_writable_code(path) if path.exists() else None
        if code:
            raise _empty_unwritable(path, code)
        return LibraryState(new=True, version=0)
    if not _header_ok(path):
        raise LibraryError(
            "the library file is damaged or is not a Talk Reader library", path=path, code="library.damaged"
        )
    read_only_code = _not_writable_code(path)
    reason = _NOT_WRITABLE[read_only_code] if read_only_code is not None else None
    uri = file_uri(path, mode="ro")
    try:
        version, tables = _probe(uri)
    except sqlite3.OperationalError:
        # A WAL library in a folder we cannot write: SQLite cannot make its -shm file, so
        # read the file as it stands (the WAL is left alone; nothing can change it anyway).
        uri = file_uri(path, immutable="1")
        try:
            version, tables = _probe(uri)
        except sqlite3.DatabaseError as exc:
            raise LibraryError(
                f"the library file cannot be read ({exc})",
                path=path,
                code="library.unreadable",
                params={"errno": "", "reason": str(exc)},
            ) from exc
    except sqlite3.DatabaseError as exc:
        raise LibraryError(
            f"the library file is damaged and cannot be read ({exc})",
            path=path,
            code="library.damaged-unreadable",
            params={"reason": str(exc)},
        ) from exc
    if (tables and version == 0) or (version > 0 and not OUR_TABLES <= tables):
        raise LibraryError(
            "this is an SQLite database of another program, not a Talk Reader library; "
            "it was left untouched (choose another file with --library)",
            path=path,
            code="library.foreign",
        )
    if not tables and version == 0:
        if read_only_code:
            raise _empty_unwritable(path, read_only_code)
        return LibraryState(new=True, version=0)
    damage = _quick_check(uri)
    if damage is not None:
        reason = (
            f"its pages are damaged ({damage}); export what you need or restore a backup "
            "(nothing more is written to it, so nothing more is lost)"
        )
        read_only_code = "damaged"
    return LibraryState(
        new=False,
        version=version,
        read_only_reason=reason,
        read_only_uri=uri if reason else None,
        damage=damage,
        read_only_code=read_only_code if reason else None,
    )
