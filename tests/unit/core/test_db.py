"""The library file: PRAGMAs on every connection, schema versions and upgrades, errors."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import create_engine, event, inspect, text

from reader.core import db
from reader.core.db import Library, schema_version
from reader.core.errors import LibraryError
from reader.core.models import Base


def _make_old_library(path: Path, version: int) -> None:
    """A library written by an older release: only the first *version* steps ran."""
    engine = create_engine(f"sqlite:///{path}")
    event.listen(engine, "connect", db._configure_connection)
    event.listen(engine, "begin", db._begin)
    with engine.begin() as conn:
        for step in db.UPGRADES[:version]:
            step(conn)
        conn.exec_driver_sql(f"PRAGMA user_version = {version}")
        now = datetime(2024, 1, 1).isoformat(" ")
        conn.execute(
            text(
                "INSERT INTO sources (id, path, name, content_hash, format, encoding, line_count, imported_at)"
                " VALUES (1, '/x/a.txt', 'a.txt', 'abc', 'txt', 'utf-8', 3, :now)"
            ),
            {"now": now},
        )
        conn.execute(
            text(
                "INSERT INTO talks (id, source_id, title, first_line, last_line, position, created_at, updated_at)"
                " VALUES (1, 1, 'Old talk', 1, 3, 0, :now, :now)"
            ),
            {"now": now},
        )
        conn.execute(
            text(
                "INSERT INTO segments (id, talk_id, ordinal, paragraph, lang, text, source_line)"
                " VALUES (1, 1, 0, 0, 'zh', '我们可以在一个芯片上容纳多少芯片带宽。', 1)"
            )
        )
    engine.dispose()


def test_new_library_has_current_version_and_pragmas(library_path: Path) -> None:
    with Library.open(library_path) as library, library.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA user_version").scalar_one() == schema_version()
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar_one() == 1
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar_one() == "wal"


def test_upgrade_from_first_version_keeps_data(library_path: Path) -> None:
    _make_old_library(library_path, 1)
    with Library.open(library_path) as library:
        with library.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA user_version").scalar_one() == schema_version()
        from reader.core import library as lib

        with library.read_session() as session:
            talks = lib.list_talks(session)
            assert [(t.title, t.segments, t.source_lines) for t in talks] == [("Old talk", 1, (1, 3))]
            assert lib.talk_segments(session, 1)[0].translation is None


def test_models_match_upgraded_schema(library_path: Path) -> None:
    """The ORM classes and the numbered DDL steps describe the same tables."""
    with Library.open(library_path) as library:
        inspector = inspect(library.engine)
        for table in Base.metadata.sorted_tables:
            columns = {c["name"] for c in inspector.get_columns(table.name)}
            assert columns == {c.name for c in table.columns}, table.name


def test_newer_library_is_refused_untouched(library_path: Path) -> None:
    Library.open(library_path).close()
    with sqlite3.connect(library_path) as conn:
        conn.execute(f"PRAGMA user_version = {schema_version() + 5}")
    with pytest.raises(LibraryError, match="newer Talk Reader"):
        Library.open(library_path)
    with sqlite3.connect(library_path) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == schema_version() + 5


def test_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_text("this is not a database " * 100)
    with pytest.raises(LibraryError, match="damaged or is not a Talk Reader library"):
        Library.open(path)
    assert path.read_text().startswith("this is not a database")


def test_directory_is_not_a_library(tmp_path: Path) -> None:
    with pytest.raises(LibraryError, match="directory"):
        Library.open(tmp_path)


def test_locked_library_gives_clear_error(
    library_path: Path, sample_notes: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another process holding the write lock: a clear message, and nothing half-written."""
    monkeypatch.setattr(db, "BUSY_TIMEOUT_MS", 100)
    library = Library.open(library_path)
    blocker = sqlite3.connect(library_path, isolation_level=None)
    blocker.execute("BEGIN EXCLUSIVE")
    try:
        from reader.core import library as lib

        with pytest.raises(LibraryError, match="locked"):
            lib.import_file(library, sample_notes)
        with library.read_session() as session:  # readers are not blocked in WAL mode
            assert lib.list_talks(session) == []
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()
        library.close()


def test_foreign_keys_cascade(library: Library, sample_notes: Path) -> None:
    from reader.core import library as lib

    talk_id = lib.import_file(library, sample_notes).talks[0].id
    with library.engine.begin() as conn:
        conn.exec_driver_sql(f"DELETE FROM talks WHERE id = {talk_id}")
        orphans = conn.exec_driver_sql(f"SELECT count(*) FROM segments WHERE talk_id = {talk_id}").scalar_one()
    assert orphans == 0


# -- write transactions wait for the lock ------------------------------------------------------


def _write_lock_free(path: Path) -> bool:
    """Whether another connection can take the write lock right now (without waiting)."""
    other = sqlite3.connect(path, isolation_level=None, timeout=0)
    try:
        other.execute("BEGIN IMMEDIATE")
        other.execute("ROLLBACK")
        return True
    except sqlite3.OperationalError as exc:
        assert "locked" in str(exc)
        return False
    finally:
        other.close()


def test_a_write_session_takes_the_write_lock_before_it_reads(library: Library, library_path: Path) -> None:
    """Read-then-write under a deferred BEGIN fails at once when another writer got in between;
    a write session holds the lock from its first statement, reads keep deferred ones."""
    from reader.core import library as lib

    with library.read_session() as session:
        lib.list_talks(session)
        assert _write_lock_free(library_path)
    with library.session() as session:
        lib.list_talks(session)
        assert not _write_lock_free(library_path)
    assert _write_lock_free(library_path)


def test_a_write_waits_for_another_writer_and_then_lands(
    library: Library, library_path: Path, sample_notes: Path
) -> None:
    import threading

    from reader.core import library as lib

    blocker = sqlite3.connect(library_path, isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")
    outcome: list[object] = []

    def write() -> None:
        try:
            outcome.append(lib.import_file(library, sample_notes).status)
        except Exception as exc:
            outcome.append(exc)

    writer = threading.Thread(target=write)
    writer.start()
    try:
        writer.join(timeout=1.0)  # the busy timeout is 10 s: it must still be waiting
        assert writer.is_alive() and outcome == []
    finally:
        blocker.execute("COMMIT")
        blocker.close()
    writer.join(timeout=60)
    assert outcome == ["imported"]
    with library.read_session() as session:
        assert len(lib.list_talks(session)) > 0


def test_a_write_that_never_gets_the_lock_is_reported_after_bounded_retries(
    library_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import time

    from reader.core import library as lib

    monkeypatch.setattr(db, "BUSY_TIMEOUT_MS", 150)
    library = Library.open(library_path)
    blocker = sqlite3.connect(library_path, isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")
    try:
        started = time.monotonic()
        with pytest.raises(LibraryError, match="locked by another program.*nothing was changed"):
            with library.session() as session:
                lib.list_talks(session)
        assert time.monotonic() - started >= db.WRITE_ATTEMPTS * 0.15 * 0.9
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()
        library.close()


# -- library states: foreign, damaged, read-only -----------------------------------------------


def _foreign_database(path: Path, user_version: int = 0) -> bytes:
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE recipes (id INTEGER PRIMARY KEY, name TEXT)")
        conn.execute("INSERT INTO recipes (name) VALUES ('soup')")
        conn.execute(f"PRAGMA user_version = {user_version}")
    conn.close()
    return path.read_bytes()


@pytest.mark.parametrize("user_version", [0, 7])
def test_a_foreign_database_is_refused_untouched(tmp_path: Path, user_version: int) -> None:
    path = tmp_path / "recipes.db"
    before = _foreign_database(path, user_version)
    with pytest.raises(LibraryError, match="database of another program"):
        Library.open(path)
    assert path.read_bytes() == before
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    conn.close()
    assert tables == ["recipes"]
    assert not Path(f"{path}-wal").exists()


def test_an_empty_file_becomes_a_new_library(tmp_path: Path) -> None:
    path = tmp_path / "empty.sqlite3"
    path.touch()
    with Library.open(path) as library:
        assert not library.read_only
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == schema_version()
    conn.close()


def damage_pages(path: Path, sample_notes: Path) -> None:
    """A library whose segment pages are overwritten with garbage (as a failing disk leaves it)."""
    from reader.core import library as lib

    with Library.open(path) as library:
        lib.import_file(library, sample_notes)
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'segments'").fetchone()[0]
    conn.close()
    with path.open("r+b") as file:
        for page in (root, root + 3, root + 7):
            file.seek((page - 1) * page_size + 8)
            file.write(b"\xde\xad\xbe\xef" * 64)


def test_a_damaged_library_opens_read_only(tmp_path: Path, sample_notes: Path) -> None:
    from reader.core import library as lib

    path = tmp_path / "damaged.sqlite3"
    damage_pages(path, sample_notes)
    before = path.read_bytes()
    with Library.open(path) as library:
        assert library.read_only and "pages are damaged (On tree page" in (library.read_only_reason or "")
        new_file = tmp_path / "new.txt"
        new_file.write_text("A new talk about sparse attention.\nIt has two lines.\n", encoding="utf-8")
        with pytest.raises(LibraryError, match="open read-only: its pages are damaged.*nothing was changed"):
            lib.import_file(library, new_file)
        with pytest.raises(LibraryError, match="read-only"):
            with library.session():
                pass
    assert path.read_bytes() == before
