"""Opening a library file: engine, per-connection PRAGMAs, schema version and upgrades.

The schema is built by numbered upgrade steps (calibre's habit): step *n* takes a library
from version *n* - 1 to *n* inside one transaction, so a fresh library and a years-old one
end in the same state, and an interrupted upgrade leaves the old version intact. The
version lives in ``PRAGMA user_version``.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from reader.core.errors import LibraryError

UpgradeStep = Callable[[Connection], None]

#: Functions run on every new DBAPI connection (e.g. to register SQL functions).
CONNECTION_HOOKS: list[Callable[[sqlite3.Connection], None]] = []

BUSY_TIMEOUT_MS = 10_000


def _step_1_base(conn: Connection) -> None:
    """Sources, talks and their segments."""
    for ddl in (
        """CREATE TABLE sources (
            id INTEGER PRIMARY KEY,
            path TEXT NOT NULL,
            name TEXT NOT NULL,
            content_hash VARCHAR(64) NOT NULL UNIQUE,
            format VARCHAR(16) NOT NULL,
            encoding VARCHAR(32) NOT NULL,
            line_count INTEGER NOT NULL,
            imported_at DATETIME NOT NULL
        )""",
        """CREATE TABLE talks (
            id INTEGER PRIMARY KEY,
            source_id INTEGER REFERENCES sources(id) ON DELETE SET NULL,
            title TEXT NOT NULL,
            speakers TEXT,
            first_line INTEGER,
            last_line INTEGER,
            position INTEGER NOT NULL DEFAULT 0,
            created_at DATETIME NOT NULL,
            updated_at DATETIME NOT NULL
        )""",
        "CREATE INDEX ix_talks_source ON talks(source_id)",
        """CREATE TABLE segments (
            id INTEGER PRIMARY KEY,
            talk_id INTEGER NOT NULL REFERENCES talks(id) ON DELETE CASCADE,
            ordinal INTEGER NOT NULL,
            paragraph INTEGER NOT NULL,
            lang VARCHAR(8) NOT NULL,
            text TEXT NOT NULL,
            source_line INTEGER,
            source_line_end INTEGER,
            start_ms INTEGER,
            end_ms INTEGER
        )""",
        "CREATE INDEX ix_segments_talk_ordinal ON segments(talk_id, ordinal)",
    ):
        conn.exec_driver_sql(ddl)


def _step_2_translations_notes(conn: Connection) -> None:
    """Per-segment translations and highlight notes."""
    for ddl in (
        """CREATE TABLE translations (
            segment_id INTEGER PRIMARY KEY REFERENCES segments(id) ON DELETE CASCADE,
            text TEXT NOT NULL,
            target_lang VARCHAR(8) NOT NULL,
            model TEXT NOT NULL,
            source_hash VARCHAR(64) NOT NULL,
            edited BOOLEAN NOT NULL DEFAULT 0,
            created_at DATETIME NOT NULL,
            updated_at DATETIME NOT NULL
        )""",
        """CREATE TABLE notes (
            id INTEGER PRIMARY KEY,
            talk_id INTEGER NOT NULL REFERENCES talks(id) ON DELETE CASCADE,
            first_segment_id INTEGER NOT NULL REFERENCES segments(id) ON DELETE CASCADE,
            last_segment_id INTEGER NOT NULL REFERENCES segments(id) ON DELETE CASCADE,
            color VARCHAR(16) NOT NULL DEFAULT 'yellow',
            text TEXT NOT NULL DEFAULT '',
            created_at DATETIME NOT NULL,
            updated_at DATETIME NOT NULL
        )""",
        "CREATE INDEX ix_notes_talk ON notes(talk_id)",
        "CREATE INDEX ix_notes_first_segment ON notes(first_segment_id)",
        "CREATE INDEX ix_notes_last_segment ON notes(last_segment_id)",
    ):
        conn.exec_driver_sql(ddl)


def _step_3_search_index(conn: Connection) -> None:
    """Full-text search index over segments, translations and notes, kept in sync by triggers."""
    from reader.core.search.schema import create_search_schema

    create_search_schema(conn)


def _step_4_segment_speakers(conn: Connection) -> None:
    """Who says each segment, where the file or the text tells it (``[Speaker 3]:``, ``<v Ana>``),
    and where it starts in the file as a character offset: a transcript on one line has no
    line numbers worth the name."""
    conn.exec_driver_sql("ALTER TABLE segments ADD COLUMN speaker TEXT")
    conn.exec_driver_sql("ALTER TABLE segments ADD COLUMN source_offset INTEGER")


#: UPGRADES[i] brings a library from version i to version i + 1. Append only.
UPGRADES: list[UpgradeStep] = [
    _step_1_base,
    _step_2_translations_notes,
    _step_3_search_index,
    _step_4_segment_speakers,
]


def schema_version() -> int:
    """The version this code writes."""
    return len(UPGRADES)


def _configure_connection(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
    # Let SQLAlchemy's "begin" event emit BEGIN itself, so DDL is transactional too.
    dbapi_conn.isolation_level = None
    cursor = dbapi_conn.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.execute("PRAGMA journal_mode = WAL")
    finally:
        cursor.close()
    for hook in CONNECTION_HOOKS:
        hook(dbapi_conn)


def _begin(conn: Connection) -> None:
    conn.exec_driver_sql("BEGIN")


def describe_database_error(exc: BaseException) -> str:
    """A sentence a user can act on, for an error raised by SQLite."""
    text = str(getattr(exc, "orig", exc)).lower()
    if "locked" in text or "busy" in text:
        return "the library is locked by another program (is Talk Reader open twice?)"
    if "readonly" in text or "read-only" in text:
        return "the library file is read-only"
    if "disk is full" in text or "full" in text:
        return "the disk is full"
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return "the library file is damaged or is not a Talk Reader library"
    if "unable to open" in text:
        return "the library file cannot be opened (check the folder exists and is writable)"
    return f"the library could not be used ({getattr(exc, 'orig', exc)})"


@contextmanager
def library_errors(path: Path | None = None) -> Iterator[None]:
    """Turn SQLite's environment errors into :class:`LibraryError`."""
    try:
        yield
    except (OperationalError, DatabaseError) as exc:
        raise LibraryError(describe_database_error(exc), path=path) from exc
    except sqlite3.DatabaseError as exc:  # raised outside SQLAlchemy (e.g. in hooks)
        raise LibraryError(describe_database_error(exc), path=path) from exc


def upgrade(engine: Engine, path: Path | None = None) -> int:
    """Run the missing upgrade steps; returns the version before upgrading."""
    with library_errors(path), engine.begin() as conn:
        found = int(conn.exec_driver_sql("PRAGMA user_version").scalar_one())
        if found > schema_version():
            raise LibraryError(
                f"the library was written by a newer Talk Reader (schema {found}, "
                f"this version knows {schema_version()}); please upgrade the app",
                path=path,
            )
        for number in range(found, schema_version()):
            UPGRADES[number](conn)
            conn.exec_driver_sql(f"PRAGMA user_version = {number + 1}")
    return found


class Library:
    """An open library file: an engine plus a session factory.

    Sessions are short-lived and belong to one thread; pass ids between threads, never ORM
    objects.
    """

    def __init__(self, path: Path, engine: Engine) -> None:
        self.path = path
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @classmethod
    def open(cls, path: str | Path, *, create: bool = True) -> Library:
        path = Path(path)
        if path.is_dir():
            raise LibraryError("is a directory, not a library file", path=path)
        if not path.exists():
            if not create:
                raise LibraryError("no library at this path", path=path)
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise LibraryError(f"cannot create the library folder ({exc.strerror})", path=path) from exc
        engine = create_engine(f"sqlite:///{path}")
        event.listen(engine, "connect", _configure_connection)
        event.listen(engine, "begin", _begin)
        upgrade(engine, path)
        return cls(path, engine)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session whose transaction commits on success and rolls back on any error."""
        with library_errors(self.path), self._sessions() as session, session.begin():
            yield session

    @contextmanager
    def read_session(self) -> Iterator[Session]:
        """A session for reading; nothing it does is committed."""
        with library_errors(self.path), self._sessions() as session:
            yield session

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


# The search index's triggers call Python SQL functions; importing this module adds them to
# CONNECTION_HOOKS, so every connection opened through this module can run those triggers.
import reader.core.search.schema  # noqa: E402,F401
