"""What the reader and the library watch read in bulk: a talk's rows as plain tuples.

A long talk has thousands of segments; building an ORM object per segment costs 3-4x more
than the reading itself, so these reads are plain SQL on the session's connection (the
house rule in :mod:`reader.core`: the ORM for edits of a few rows, SQL for bulk reads).
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Sequence
from pathlib import Path

from sqlalchemy.orm import Session

from reader.core.glossary import TermIssue, parse_issues
from reader.core.models import NOT_MACHINE_MODELS

#: (segment id, paragraph, lang, text, start ms, translation, edited, speaker, made by)
SegmentTuple = tuple[int, int, str, str, "int | None", "str | None", "bool | None", "str | None", "MadeBy | None"]
#: Which engine and model made a machine translation: (engine name, model label). The
#: engine name is None for a row from before engines could be chosen (Argos made it); a
#: row the user wrote or that came with the imported file has no MadeBy at all.
MadeBy = tuple["str | None", str]


def _made_by(engine_name: str | None, model: str | None) -> MadeBy | None:
    if model is None or model in NOT_MACHINE_MODELS:
        return None
    return (engine_name, str(model))


def talk_rows(session: Session, talk_id: int) -> list[SegmentTuple]:
    """Every segment of a talk with its translation, in reading order."""
    rows = (
        session.connection()
        .exec_driver_sql(
            "SELECT s.id, s.paragraph, s.lang, s.text, s.start_ms, t.text, t.edited, s.speaker,"
            " t.engine_name, t.model"
            " FROM segments AS s LEFT JOIN translations AS t ON t.segment_id = s.id"
            " WHERE s.talk_id = ? ORDER BY s.ordinal",
            (talk_id,),
        )
        .fetchall()
    )
    return [(*row[:8], _made_by(row[8], row[9])) for row in rows]


def translations_of(
    session: Session, segment_ids: Sequence[int]
) -> dict[int, tuple[str, bool, tuple[TermIssue, ...], MadeBy | None]]:
    """The stored translation of each of *segment_ids* that has one: (text, the user's own,
    what the glossary check found, which engine and model made it)."""
    found: dict[int, tuple[str, bool, tuple[TermIssue, ...], MadeBy | None]] = {}
    ids = list(segment_ids)
    for start in range(0, len(ids), 500):  # SQLite's limit on bound parameters
        chunk = ids[start : start + 500]
        marks = ", ".join("?" for _ in chunk)
        rows = session.connection().exec_driver_sql(
            "SELECT segment_id, text, edited, glossary_issues, engine_name, model"
            f" FROM translations WHERE segment_id IN ({marks})",
            tuple(chunk),
        )
        for segment_id, text, edited, issues, engine_name, model in rows:
            found[int(segment_id)] = (str(text), bool(edited), parse_issues(issues), _made_by(engine_name, model))
    return found


class CommitCounter:
    """Whether another connection committed to the library: ``PRAGMA data_version`` on a
    read-only connection of its own (the number is per connection, and reading it costs no
    I/O beyond the WAL index), so a window can follow what the CLI changes."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._conn: sqlite3.Connection | None = None
        self._lock = threading.Lock()
        self.last: int | None = None

    def changed(self) -> bool:
        """Whether another connection committed since the last call (True the first time)."""
        with self._lock:
            if self._conn is None:
                uri = f"{self.path.resolve().as_uri()}?mode=ro"
                self._conn = sqlite3.connect(uri, uri=True, check_same_thread=False, isolation_level=None)
            version = int(self._conn.execute("PRAGMA data_version").fetchone()[0])
            moved = version != self.last
            self.last = version
            return moved

    def close(self) -> None:
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None
