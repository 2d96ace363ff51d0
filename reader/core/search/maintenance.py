"""Rebuild the search index, and check that it says what the library says.

``reindex`` drops the index and its triggers and builds them again from the tables in one
transaction (a crash leaves the old index). ``check`` recomputes every row's index text and
compares it with what the index stores, then asks FTS5 to verify its own structures, so it
catches rows missing or left behind (triggers dropped or disabled), text indexed by an older
segmenter or clean-up (jieba's dictionary or ``clean_text`` changed), an index or triggers
from another version, and a damaged index. (A connection without our SQL functions cannot
write unindexed rows: its writes fail on the missing function.)
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from reader.core.progress import ProgressCallback, check_cancelled, no_progress
from reader.core.search import schema
from reader.core.search.engine import Connectable, dbapi

#: How many differences ``check`` describes (it counts all of them).
MAX_PROBLEMS_LISTED = 20
_BATCH = 2000


@dataclass(frozen=True)
class _Index:
    """One of the two search indexes, as ``check`` compares it with the library."""

    table: str
    create: str
    triggers: dict[str, str]
    segment_rows: str
    note_rows: str
    #: How a problem names it ("the index", "the bigram index").
    label: str


_INDEXES = (
    _Index(schema.TABLE, schema.CREATE_TABLE, schema.TRIGGERS, schema.SEGMENT_ROWS, schema.NOTE_ROWS, "the index"),
    _Index(
        schema.BIGRAM_TABLE,
        schema.CREATE_BIGRAM_TABLE,
        schema.BIGRAM_TRIGGERS,
        schema.BIGRAM_SEGMENT_ROWS,
        schema.BIGRAM_NOTE_ROWS,
        "the bigram index",
    ),
)


@dataclass(frozen=True)
class IndexReport:
    """What ``check`` found. ``ok`` when the index matches the library exactly."""

    segments: int
    notes: int
    indexed_rows: int
    missing: int = 0
    extra: int = 0
    stale: int = 0
    problems: tuple[str, ...] = field(default_factory=tuple)

    @property
    def ok(self) -> bool:
        return not self.problems

    def to_json(self) -> dict[str, object]:
        return {
            "ok": self.ok,
            "segments": self.segments,
            "notes": self.notes,
            "indexed_rows": self.indexed_rows,
            "missing": self.missing,
            "extra": self.extra,
            "stale": self.stale,
            "problems": list(self.problems),
        }


def reindex(
    conn: Connectable,
    *,
    cancel: threading.Event | None = None,
    report: ProgressCallback = no_progress,
    optimize: bool = True,
) -> int:
    """Rebuild the index, its triggers and settings from the tables; returns the rows indexed.

    Runs inside the caller's transaction (use ``library.session()``), so a cancelled or
    failed rebuild leaves the old index as it was.
    """
    db = dbapi(conn)
    schema.drop_search_schema(db)
    schema.create_all_search_schema(db, fill=False)
    low, high, total = db.execute("SELECT min(id), max(id), count(*) FROM segments").fetchone()
    if total:
        # Batches of ids, so progress shows and cancel is honoured on big libraries.
        step = max(_BATCH, (high - low + 1) // 100)
        for first in range(low, high + 1, step):
            check_cancelled(cancel)
            schema.populate_segments(db, first, first + step - 1)
            done = db.execute("SELECT count(*) FROM segments WHERE id <= ?", (first + step - 1,)).fetchone()[0]
            report(done, total)
    schema.populate_notes(db)
    if optimize:
        schema.optimize(db)
    report(total, total)
    return int(db.execute(f"SELECT count(*) FROM {schema.TABLE}").fetchone()[0])


def _expected_rows(db: sqlite3.Connection, index: _Index) -> Iterator[tuple[Any, ...]]:
    """The rows an index should hold, by rowid (notes' negative rowids first)."""
    yield from db.execute(index.note_rows.format(where="1") + " ORDER BY 1")
    yield from db.execute(index.segment_rows.format(where="1") + " ORDER BY 1")


def _normal(sql: str | None) -> str:
    return " ".join((sql or "").split())


def _describe(rowid: int) -> str:
    return f"note {-rowid}" if rowid < 0 else f"segment {rowid}"


def check(
    conn: Connectable,
    *,
    cancel: threading.Event | None = None,
    report: ProgressCallback = no_progress,
) -> IndexReport:
    """Compare both indexes with the library; nothing is changed."""
    db = dbapi(conn)
    problems: list[str] = []
    objects = dict(db.execute("SELECT name, sql FROM sqlite_master WHERE type IN ('table', 'trigger')").fetchall())
    for index in _INDEXES:
        if index.table not in objects:
            missing_table = (
                f"{index.label} is missing" if index.table != schema.TABLE else "the library has no search index"
            )
            return IndexReport(0, 0, 0, problems=(f"{missing_table}; run talk-reader reindex",))
        if _normal(objects[index.table]) != _normal(index.create):
            problem = f"{index.label} was built with other settings (an older Talk Reader?); run talk-reader reindex"
            return IndexReport(0, 0, 0, problems=(problem,))
        for name, body in index.triggers.items():
            if name not in objects:
                problems.append(f"the trigger {name} that keeps the index in sync is missing")
            elif _normal(objects[name]) != _normal(f"CREATE TRIGGER {name} {body}"):
                problems.append(f"the trigger {name} differs from this version's")
    segments = int(db.execute("SELECT count(*) FROM segments").fetchone()[0])
    notes = int(db.execute("SELECT count(*) FROM notes").fetchone()[0])
    indexed = int(db.execute(f"SELECT count(*) FROM {schema.TABLE}").fetchone()[0])
    total = segments + notes
    counts = [0, 0, 0]  # missing, extra, stale

    def note(problem: str) -> None:
        if len(problems) < MAX_PROBLEMS_LISTED:
            problems.append(problem)

    def reporter(number: int) -> Callable[[int], None]:
        return lambda done: report(number * total + done, 2 * total)

    for number, index in enumerate(_INDEXES):
        _compare_rows(db, index, counts, note, cancel, reporter(number))
    report(2 * total, 2 * total)
    for index in _INDEXES:
        try:
            db.execute(f"INSERT INTO {index.table}({index.table}, rank) VALUES ('integrity-check', 1)")
        except sqlite3.DatabaseError as exc:
            # FTS5's check is spelled as an INSERT: a read-only library cannot run it at all,
            # which says nothing about the index (the row comparison above still ran).
            if "readonly" not in str(exc).lower():
                note(f"{index.label} structure is damaged ({exc})")
    missing, extra, stale = counts
    if missing + extra + stale > MAX_PROBLEMS_LISTED:
        problems.append(
            f"in all: {missing} missing, {extra} left behind, {stale} outdated rows; run talk-reader reindex"
        )
    elif problems:
        problems.append("run talk-reader reindex to rebuild the index")
    return IndexReport(segments, notes, indexed, missing, extra, stale, tuple(problems))


def _compare_rows(
    db: sqlite3.Connection,
    index: _Index,
    counts: list[int],
    note: Callable[[str], None],
    cancel: threading.Event | None,
    report: Callable[[int], None],
) -> None:
    """Walk the stored and the recomputed rows of *index* side by side, counting differences."""
    where = "" if index.table == schema.TABLE else f" ({index.label})"
    stored_cursor = db.cursor()
    stored = stored_cursor.execute(f"SELECT rowid, {', '.join(schema.COLUMNS)} FROM {index.table} ORDER BY rowid")
    current = stored.fetchone()
    done = 0
    for expected in _expected_rows(db, index):
        done += 1
        if done % _BATCH == 0:
            check_cancelled(cancel)
            report(done)
        while current is not None and current[0] < expected[0]:
            counts[1] += 1
            note(f"the index holds {_describe(current[0])}, which no longer exists{where}")
            current = stored.fetchone()
        if current is None or current[0] != expected[0]:
            counts[0] += 1
            note(f"{_describe(expected[0])} is not in the index{where}")
            continue
        if tuple(current) != tuple(expected):
            counts[2] += 1
            pairs = zip(schema.COLUMNS, current[1:], expected[1:], strict=True)
            columns = sorted({name.rsplit("_", 1)[0] for name, have, want in pairs if have != want})
            note(f"{_describe(expected[0])}: the index holds outdated {', '.join(columns)}{where}")
        current = stored.fetchone()
    while current is not None:
        counts[1] += 1
        note(f"the index holds {_describe(current[0])}, which no longer exists{where}")
        current = stored.fetchone()
    stored_cursor.close()
