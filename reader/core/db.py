"""Opening a library file: engine, per-connection PRAGMAs, schema version and upgrades.

The schema is built by numbered upgrade steps (calibre's habit): step *n* takes a library
from version *n* - 1 to *n* inside one transaction, so a fresh library and a years-old one
end in the same state, and an interrupted upgrade leaves the old version intact. The
version lives in ``PRAGMA user_version``.
"""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from reader.core.errors import LibraryError, os_params
from reader.core.library_state import inspect_library
from reader.core.search.schema import register_functions

UpgradeStep = Callable[[Connection], None]


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


def _step_5_search_bigrams(conn: Connection) -> None:
    """A character-bigram search index beside the jieba-word one: a query of Chinese
    characters finds every sentence containing them, however jieba cut that sentence."""
    from reader.core.search.schema import create_bigram_schema

    create_bigram_schema(conn)


def _step_6_reindex_clean_text(conn: Connection) -> None:
    """The reading text's clean-up changed (spoken numbers, reduplications and names are
    kept; more stutters are caught), and the search index holds that clean text: rebuild it
    so that ``check`` finds an upgraded library in order."""
    from reader.core.search.maintenance import reindex

    reindex(conn)


def _step_7_history(conn: Connection) -> None:
    """Undo and redo that survive a restart (:mod:`reader.core.history`), and the text a
    segment had in its file before the user corrected it (NULL: never corrected)."""
    for ddl in (
        """CREATE TABLE history_actions (
            id INTEGER PRIMARY KEY,
            kind VARCHAR(32) NOT NULL,
            params TEXT NOT NULL DEFAULT '{}',
            state VARCHAR(8) NOT NULL,
            created_at DATETIME NOT NULL
        )""",
        """CREATE TABLE history_changes (
            id INTEGER PRIMARY KEY,
            action_id INTEGER NOT NULL REFERENCES history_actions(id) ON DELETE CASCADE,
            table_name VARCHAR(32) NOT NULL,
            operation VARCHAR(8) NOT NULL,
            row_id INTEGER NOT NULL,
            old_row TEXT
        )""",
        "CREATE INDEX ix_history_changes_action ON history_changes(action_id, id)",
        "CREATE INDEX ix_history_actions_state ON history_actions(state, id)",
        "ALTER TABLE segments ADD COLUMN imported_text TEXT",
    ):
        conn.exec_driver_sql(ddl)


def _step_8_glossary(conn: Connection) -> None:
    """A glossary per library (:mod:`reader.core.glossary`): source term → required
    translation, or NULL for "keep as is". Each translation remembers which glossary terms
    it honoured (``glossary_state``, a hash of the entries found in its source; NULL when
    none were), so editing the glossary re-translates only the rows containing a changed
    term, and what the check found (``glossary_issues``, JSON; NULL when nothing)."""
    for ddl in (
        """CREATE TABLE glossary_entries (
            id INTEGER PRIMARY KEY,
            source_lang VARCHAR(8) NOT NULL,
            target_lang VARCHAR(8) NOT NULL,
            term TEXT NOT NULL,
            translation TEXT,
            case_sensitive BOOLEAN NOT NULL DEFAULT 0,
            note TEXT NOT NULL DEFAULT '',
            created_at DATETIME NOT NULL,
            updated_at DATETIME NOT NULL
        )""",
        "CREATE UNIQUE INDEX ix_glossary_entries_term ON glossary_entries(source_lang, target_lang, term)",
        "ALTER TABLE translations ADD COLUMN glossary_state VARCHAR(64)",
        "ALTER TABLE translations ADD COLUMN glossary_issues TEXT",
    ):
        conn.exec_driver_sql(ddl)


def _step_9_engines(conn: Connection) -> None:
    """Engines beyond Argos packages (:mod:`reader.core.translate.engine_settings`): the
    servers the user set up, the one chosen per direction (no row: Argos), and on every
    translation which engine, and which prompt, made it — so a change of engine
    re-translates only what the user asks for."""
    for ddl in (
        """CREATE TABLE engines (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            kind VARCHAR(16) NOT NULL,
            url TEXT NOT NULL,
            model TEXT,
            api_key TEXT,
            prompt TEXT,
            created_at DATETIME NOT NULL,
            updated_at DATETIME NOT NULL
        )""",
        """CREATE TABLE engine_choices (
            id INTEGER PRIMARY KEY,
            source_lang VARCHAR(8) NOT NULL,
            target_lang VARCHAR(8) NOT NULL,
            engine_id INTEGER NOT NULL REFERENCES engines(id) ON DELETE CASCADE
        )""",
        "CREATE UNIQUE INDEX ix_engine_choices_direction ON engine_choices(source_lang, target_lang)",
        "ALTER TABLE translations ADD COLUMN engine_kind VARCHAR(16)",
        "ALTER TABLE translations ADD COLUMN engine_name TEXT",
        "ALTER TABLE translations ADD COLUMN prompt_hash VARCHAR(64)",
    ):
        conn.exec_driver_sql(ddl)


#: UPGRADES[i] brings a library from version i to version i + 1. Append only.
UPGRADES: list[UpgradeStep] = [
    _step_1_base,
    _step_2_translations_notes,
    _step_3_search_index,
    _step_4_segment_speakers,
    _step_5_search_bigrams,
    _step_6_reindex_clean_text,
    _step_7_history,
    _step_8_glossary,
    _step_9_engines,
]


def schema_version() -> int:
    """The version this code writes."""
    return len(UPGRADES)


def _configure_connection(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
    """PRAGMAs for a connection that may write (WAL, foreign keys, busy timeout)."""
    _configure(dbapi_conn, writable=True)


def _configure_read_only_connection(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
    """PRAGMAs for a read-only connection: nothing that writes (no switch to WAL)."""
    _configure(dbapi_conn, writable=False)


def _configure(dbapi_conn: sqlite3.Connection, *, writable: bool) -> None:
    # Let SQLAlchemy's "begin" event emit BEGIN itself, so DDL is transactional too.
    dbapi_conn.isolation_level = None
    cursor = dbapi_conn.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys = ON")
        if writable:
            cursor.execute("PRAGMA synchronous = NORMAL")
            cursor.execute("PRAGMA journal_mode = WAL")
    finally:
        cursor.close()
    # The search index's triggers call these: without them no segment could be written.
    register_functions(dbapi_conn)


#: Execution option marking a connection that only reads: its transactions start deferred.
READS_ONLY = "talk_reader_reads_only"
#: How often a write transaction tries to take the write lock, each try waiting up to
#: ``BUSY_TIMEOUT_MS``, before the write is reported as impossible (never dropped silently).
WRITE_ATTEMPTS = 3


def _is_busy(exc: BaseException) -> bool:
    text = str(getattr(exc, "orig", exc)).lower()
    return "locked" in text or "busy" in text


def _begin(conn: Connection) -> None:
    """Start a transaction: ``BEGIN IMMEDIATE`` for anything that may write.

    A deferred ``BEGIN`` takes the write lock only at the first write; under WAL, a
    transaction that has read and then finds another writer cannot wait (SQLite returns
    "database is locked" at once, whatever the busy timeout). ``BEGIN IMMEDIATE`` takes the
    lock up front, so a second writer waits its turn. Reads (``Library.read_session``)
    keep deferred transactions and never block writers.
    """
    if conn.get_execution_options().get(READS_ONLY):
        conn.exec_driver_sql("BEGIN")
        return
    for attempt in range(1, WRITE_ATTEMPTS + 1):
        try:
            conn.exec_driver_sql("BEGIN IMMEDIATE")
            return
        except OperationalError as exc:
            if attempt == WRITE_ATTEMPTS or not _is_busy(exc):
                raise


#: Free space below which a write error on the library's disk is reported as a full disk.
_NEARLY_FULL_BYTES = 4 * 1024 * 1024


def _disk_nearly_full(path: Path | None) -> bool:
    """Whether the disk holding *path* has next to no room left: SQLite reports a write that
    ran out of space in its WAL or journal as a plain "disk I/O error"."""
    if path is None:
        return False
    try:
        return shutil.disk_usage(path.parent).free < _NEARLY_FULL_BYTES
    except OSError:
        return False


def classify_database_error(exc: BaseException, path: Path | None = None) -> tuple[str, dict[str, str], str]:
    """(code, params, English sentence) for an error raised by SQLite: the code lets a UI in
    another language say the same thing."""
    detail = str(getattr(exc, "orig", exc))
    text = detail.lower()
    full = "the disk holding the library is full; free some space and try again (nothing was changed)"
    if ("disk i/o error" in text or "ioerr" in text) and _disk_nearly_full(path):
        return "library.disk-full", {}, full
    if "locked" in text or "busy" in text:
        return (
            "library.locked",
            {},
            (
                "the library is locked by another program (is Talk Reader open twice?); "
                "waited for it, nothing was changed"
            ),
        )
    if "readonly" in text or "read-only" in text:
        return "library.read-only-file", {}, "the library file is read-only; nothing was changed"
    if "disk is full" in text or "full" in text:
        return "library.disk-full", {}, full
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return "library.damaged", {}, "the library file is damaged or is not a Talk Reader library"
    if "unable to open" in text:
        return (
            "library.cannot-open",
            {},
            ("the library file cannot be opened (check the folder exists and is writable)"),
        )
    return "library.failed", {"reason": detail}, f"the library could not be used ({detail})"


def describe_database_error(exc: BaseException, path: Path | None = None) -> str:
    """A sentence a user can act on, for an error raised by SQLite."""
    return classify_database_error(exc, path)[2]


def database_error(exc: BaseException, path: Path | None = None) -> LibraryError:
    """The :class:`LibraryError` for an error raised by SQLite, with its code."""
    code, params, message = classify_database_error(exc, path)
    return LibraryError(message, path=path, code=code, params=params)


@contextmanager
def library_errors(path: Path | None = None) -> Iterator[None]:
    """Turn SQLite's environment errors into :class:`LibraryError`."""
    try:
        yield
    except (OperationalError, DatabaseError) as exc:
        raise database_error(exc, path) from exc
    except sqlite3.DatabaseError as exc:  # raised outside SQLAlchemy (e.g. in hooks)
        raise database_error(exc, path) from exc


def upgrade(engine: Engine, path: Path | None = None) -> int:
    """Run the missing upgrade steps; returns the version before upgrading."""
    with library_errors(path), engine.begin() as conn:
        found = int(conn.exec_driver_sql("PRAGMA user_version").scalar_one())
        if found > schema_version():
            raise LibraryError(
                f"the library was written by a newer Talk Reader (schema {found}, "
                f"this version knows {schema_version()}); please upgrade the app",
                path=path,
                code="library.too-new",
                params={"found": found, "known": schema_version()},
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

    def __init__(
        self,
        path: Path,
        engine: Engine,
        *,
        read_only_reason: str | None = None,
        damaged: bool = False,
        read_only_params: dict[str, str] | None = None,
    ) -> None:
        self.path = path
        self.engine = engine
        #: Why this library can only be read (read-only file or folder, damaged pages).
        self.read_only_reason = read_only_reason
        #: ``PRAGMA quick_check`` found damaged pages (the library is then read-only).
        self.damaged = damaged
        #: The same reason as a code for a UI in another language (``{"why": "file"}``).
        self.read_only_params: dict[str, str] = dict(read_only_params or {})
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._read_sessions = sessionmaker(engine.execution_options(**{READS_ONLY: True}), expire_on_commit=False)

    @classmethod
    def open(cls, path: str | Path, *, create: bool = True) -> Library:
        """Open (or create) the library at *path*.

        A file we may not write, or one with damaged pages, opens read-only
        (:attr:`read_only_reason` says why; :meth:`session` refuses to write). A file that
        is not ours, or not SQLite, is refused untouched.
        """
        path = Path(path)
        if path.is_dir():
            raise LibraryError("is a directory, not a library file", path=path, code="library.is-folder")
        if not path.exists():
            if not create:
                raise LibraryError("no library at this path", path=path, code="library.missing")
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise LibraryError(
                    f"cannot create the library folder ({exc.strerror})",
                    path=path,
                    code="library.cannot-create-folder",
                    params=os_params(exc),
                ) from exc
        state = inspect_library(path)
        if state.version > schema_version():
            raise LibraryError(
                f"the library was written by a newer Talk Reader (schema {state.version}, "
                f"this version knows {schema_version()}); please upgrade the app",
                path=path,
                code="library.too-new",
                params={"found": state.version, "known": schema_version()},
            )
        if state.read_only_uri is not None:
            if state.version < schema_version():
                raise LibraryError(
                    f"the library needs an upgrade to schema {schema_version()}, but {state.read_only_reason}",
                    path=path,
                    code="library.upgrade-read-only",
                    params={"version": schema_version(), **state.read_only_params},
                )
            uri = state.read_only_uri
            engine = create_engine(
                "sqlite://",
                creator=lambda: sqlite3.connect(uri, uri=True, check_same_thread=False),
                execution_options={READS_ONLY: True},
            )
            event.listen(engine, "connect", _configure_read_only_connection)
            event.listen(engine, "begin", _begin)
            return cls(
                path,
                engine,
                read_only_reason=state.read_only_reason,
                damaged=state.damage is not None,
                read_only_params=state.read_only_params,
            )
        engine = create_engine(f"sqlite:///{path}")
        event.listen(engine, "connect", _configure_connection)
        event.listen(engine, "begin", _begin)
        if state.version < schema_version():  # else opening never waits for a writer
            upgrade(engine, path)
        return cls(path, engine)

    @property
    def read_only(self) -> bool:
        return self.read_only_reason is not None

    def require_writable(self) -> None:
        """Raise :class:`LibraryError` now if this library cannot be written (before slow work)."""
        if self.read_only_reason is not None:
            raise LibraryError(
                f"the library is open read-only: {self.read_only_reason}; nothing was changed",
                path=self.path,
                code="library.open-read-only",
                params=self.read_only_params,
            )

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session whose transaction commits on success and rolls back on any error.

        Its transaction starts with ``BEGIN IMMEDIATE`` (see :func:`_begin`): it waits for
        another writer rather than failing half-way.
        """
        self.require_writable()
        with library_errors(self.path), self._sessions() as session, session.begin():
            yield session

    @contextmanager
    def read_session(self) -> Iterator[Session]:
        """A session for reading; nothing it does is committed (a deferred transaction)."""
        with library_errors(self.path), self._read_sessions() as session:
            yield session

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
