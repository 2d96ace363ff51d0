"""Undo and redo for every edit, kept in the library so that they survive a restart.

Each user action (an import, a rename, a note, a corrected sentence…) runs inside
:func:`recorded`. While it runs, temporary SQLite triggers on the journaled tables write
each row it inserts, updates or deletes into ``history_changes``: the row's id, and for
updates and deletes the whole row as it was (JSON). Undoing an action applies the inverse
of its changes newest first (delete what it inserted, put back what it changed or
deleted) while the same triggers record *that*; the recording replaces the action's
changes, so redo is the same procedure once more. This is SQLite's own "undo/redo using
triggers" design, with three choices of ours:

- Triggers exist only while an action runs (``CREATE TEMP TRIGGER`` in its transaction),
  so machine translation and other bulk work pay nothing for history.
- Row images are read with ``SELECT``-free triggers over the table's *current* columns, so
  columns added by later schema steps are journaled without touching this module.
- An import journals only its file and talk rows: undoing it deletes those, and the
  foreign keys' cascades remove segments, translations and notes — which the undo's own
  recording keeps for redo. A 60 MB import costs a few hundred history rows, not millions.

Search indexes follow by their own triggers, as for any other write.
"""

from __future__ import annotations

import enum
import functools
import json
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, ParamSpec, TypeVar

from sqlalchemy import Connection
from sqlalchemy.orm import Session

from reader.core.errors import InvalidOperation
from reader.core.models import utcnow


def _now() -> str:
    # Stored as SQLAlchemy stores DateTime; sqlite3's own datetime adapter is deprecated.
    return utcnow().isoformat(sep=" ")


class ActionKind(str, enum.Enum):
    """What a user did; the UI words each kind in its own language."""

    IMPORT = "import"
    RENAME_TALK = "rename-talk"
    SPLIT_TALK = "split-talk"
    MERGE_TALKS = "merge-talks"
    DELETE_TALK = "delete-talk"
    EDIT_SOURCE = "edit-source"
    EDIT_TRANSLATION = "edit-translation"
    CLEAR_TRANSLATION = "clear-translation"
    ADD_NOTE = "add-note"
    EDIT_NOTE = "edit-note"
    DELETE_NOTE = "delete-note"
    RENAME_SPEAKER = "rename-speaker"
    ASSIGN_SPEAKER = "assign-speaker"
    ADD_GLOSSARY_ENTRY = "add-glossary-entry"
    EDIT_GLOSSARY_ENTRY = "edit-glossary-entry"
    REMOVE_GLOSSARY_ENTRY = "remove-glossary-entry"
    IMPORT_GLOSSARY = "import-glossary"
    ADD_ENGINE = "add-engine"
    EDIT_ENGINE = "edit-engine"
    REMOVE_ENGINE = "remove-engine"
    CHOOSE_ENGINE = "choose-engine"

    def __str__(self) -> str:
        return self.value


class ActionState(str, enum.Enum):
    """Whether an action's effect is in the library (``done``) or was taken back."""

    DONE = "done"
    UNDONE = "undone"

    def __str__(self) -> str:
        return self.value


#: Tables whose rows an action may change, parents before children.
JOURNALED_TABLES: tuple[str, ...] = (
    "sources",
    "talks",
    "segments",
    "translations",
    "notes",
    "glossary_entries",
    "engines",
    "engine_choices",
)
#: What an import journals (the cascades take care of the rest).
IMPORT_TABLES: tuple[str, ...] = ("sources", "talks")
#: How many actions are kept; older ones can no longer be undone.
HISTORY_LIMIT = 200

P = ParamSpec("P")
R = TypeVar("R")

_RECORDING = "talk_reader_history_recording"
_OPERATIONS = ("insert", "update", "delete")
#: Changes read per query while applying (an undone import may hold a million rows).
_BATCH = 2000

_ENGLISH: dict[ActionKind, str] = {
    ActionKind.IMPORT: "Import “{name}”",
    ActionKind.RENAME_TALK: "Rename “{title}” to “{new}”",
    ActionKind.SPLIT_TALK: "Split “{title}”",
    ActionKind.MERGE_TALKS: "Merge into “{title}”",
    ActionKind.DELETE_TALK: "Delete “{title}”",
    ActionKind.EDIT_SOURCE: "Correct “{text}”",
    ActionKind.EDIT_TRANSLATION: "Edit translation “{text}”",
    ActionKind.CLEAR_TRANSLATION: "Clear translation “{text}”",
    ActionKind.ADD_NOTE: "Add note “{text}”",
    ActionKind.EDIT_NOTE: "Edit note “{text}”",
    ActionKind.DELETE_NOTE: "Delete note “{text}”",
    ActionKind.RENAME_SPEAKER: "Rename speaker “{old}” to “{new}”",
    ActionKind.ASSIGN_SPEAKER: "Set speaker “{name}”",
    ActionKind.ADD_GLOSSARY_ENTRY: "Add “{term}” to the glossary",
    ActionKind.EDIT_GLOSSARY_ENTRY: "Edit glossary entry “{term}”",
    ActionKind.REMOVE_GLOSSARY_ENTRY: "Remove “{term}” from the glossary",
    ActionKind.IMPORT_GLOSSARY: "Import glossary “{name}”",
    ActionKind.ADD_ENGINE: "Add engine “{name}”",
    ActionKind.EDIT_ENGINE: "Edit engine “{name}”",
    ActionKind.REMOVE_ENGINE: "Remove engine “{name}”",
    ActionKind.CHOOSE_ENGINE: "Use “{name}” for {direction}",
}


def preview(text: str | None, limit: int = 40) -> str:
    """The start of *text* on one line, for an action's name in a menu."""
    flat = " ".join((text or "").split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


@dataclass(frozen=True)
class HistoryEntry:
    """One recorded action, detached from any session."""

    id: int
    kind: ActionKind
    state: ActionState
    created_at: datetime
    params: Mapping[str, Any] = field(default_factory=dict)

    def describe(self) -> str:
        """The action's English name ("Rename “Scaling laws”")."""
        template = _ENGLISH[self.kind]
        try:
            return template.format_map(_Params(self.params))
        except (ValueError, IndexError):
            return template

    def to_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "kind": self.kind.value,
            "state": self.state.value,
            "created_at": self.created_at.isoformat(timespec="seconds"),
            "description": self.describe(),
            "params": dict(self.params),
        }


class _Params(dict[str, Any]):
    def __missing__(self, key: str) -> str:
        return "?"


def _columns(conn: Connection, table: str) -> list[str]:
    return [row[1] for row in conn.exec_driver_sql(f"PRAGMA main.table_info({table})")]


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _trigger_name(table: str, operation: str) -> str:
    return f"history_{table}_{operation}"


def _create_triggers(conn: Connection, action_id: int, tables: Sequence[str]) -> None:
    """Temporary triggers that journal every change to *tables* under *action_id*."""
    for table in tables:
        columns = _columns(conn, table)
        image = "json_object({})".format(", ".join(f"'{c}', OLD.{_quote(c)}" for c in columns))
        insert = f"INSERT INTO history_changes (action_id, table_name, operation, row_id, old_row) VALUES ({action_id}"
        bodies = {
            "insert": f"AFTER INSERT ON main.{table} BEGIN {insert}, '{table}', 'insert', NEW.rowid, NULL); END",
            "update": f"AFTER UPDATE ON main.{table} BEGIN {insert}, '{table}', 'update', OLD.rowid, {image}); END",
            "delete": f"AFTER DELETE ON main.{table} BEGIN {insert}, '{table}', 'delete', OLD.rowid, {image}); END",
        }
        for operation, body in bodies.items():
            conn.exec_driver_sql(f"CREATE TEMP TRIGGER {_trigger_name(table, operation)} {body}")


def _drop_triggers(conn: Connection, tables: Sequence[str]) -> None:
    for table in tables:
        for operation in _OPERATIONS:
            conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS temp.{_trigger_name(table, operation)}")


@contextmanager
def _journaling(session: Session, action_id: int, tables: Sequence[str]) -> Iterator[None]:
    session.flush()  # what was pending before belongs to no action
    conn = session.connection()
    _create_triggers(conn, action_id, tables)
    session.info[_RECORDING] = action_id
    try:
        yield
        session.flush()
    finally:
        session.info.pop(_RECORDING, None)
        _drop_triggers(conn, tables)


def is_recording(session: Session) -> bool:
    return _RECORDING in session.info


@contextmanager
def recorded(
    session: Session,
    kind: ActionKind,
    params: Mapping[str, Any] | None = None,
    *,
    tables: Sequence[str] = JOURNALED_TABLES,
) -> Iterator[None]:
    """Record what the body changes as one undoable action (in the caller's transaction).

    Inside another recorded action this adds nothing: a merge that deletes a talk is one
    action, "Merge", not two. A new action forgets what was undone (no redo after a new
    edit, as in every editor).
    """
    if is_recording(session):
        yield
        return
    conn = session.connection()
    action_id = int(
        conn.exec_driver_sql(
            "INSERT INTO history_actions (kind, params, state, created_at) VALUES (?, ?, ?, ?) RETURNING id",
            (kind.value, json.dumps(dict(params or {}), ensure_ascii=False), ActionState.DONE.value, _now()),
        ).scalar_one()
    )
    try:
        with _journaling(session, action_id, tables):
            yield
    except BaseException:
        # The caller rolls back; should it catch and commit instead, no empty action remains.
        conn.exec_driver_sql("DELETE FROM history_actions WHERE id = ?", (action_id,))
        raise
    changed = conn.exec_driver_sql("SELECT 1 FROM history_changes WHERE action_id = ? LIMIT 1", (action_id,)).first()
    if changed is None:  # a rename to the same title is nothing to undo
        conn.exec_driver_sql("DELETE FROM history_actions WHERE id = ?", (action_id,))
        return
    conn.exec_driver_sql("DELETE FROM history_actions WHERE state = ?", (ActionState.UNDONE.value,))
    _prune(conn)


def records(
    kind: ActionKind,
    describe: Callable[..., Mapping[str, Any]] | None = None,
    *,
    tables: Sequence[str] = JOURNALED_TABLES,
) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """Make a core edit ``f(session, ...)`` one undoable action.

    *describe(session, ...)* gets the same arguments before the edit runs and returns the
    values the action's name shows (a title, the start of a sentence); it must not fail on
    ids that do not exist — the edit itself reports those.
    """

    def decorate(function: Callable[P, R]) -> Callable[P, R]:
        @functools.wraps(function)
        def run(*args: P.args, **kwargs: P.kwargs) -> R:
            session = args[0]
            assert isinstance(session, Session)
            params = describe(*args, **kwargs) if describe is not None and not is_recording(session) else {}
            with recorded(session, kind, params, tables=tables):
                return function(*args, **kwargs)

        return run

    return decorate


def _prune(conn: Connection) -> None:
    conn.exec_driver_sql(
        "DELETE FROM history_actions WHERE id <= (  SELECT id FROM history_actions ORDER BY id DESC LIMIT 1 OFFSET ?)",
        (HISTORY_LIMIT,),
    )


def _entry(row: Sequence[Any]) -> HistoryEntry:
    action_id, kind, params, state, created_at = row
    try:
        decoded = json.loads(params) if params else {}
    except ValueError:
        decoded = {}
    when = created_at if isinstance(created_at, datetime) else datetime.fromisoformat(str(created_at))
    return HistoryEntry(
        id=int(action_id),
        kind=ActionKind(kind),
        state=ActionState(state),
        created_at=when,
        params=decoded if isinstance(decoded, dict) else {},
    )


_SELECT = "SELECT id, kind, params, state, created_at FROM history_actions"


def history(session: Session, limit: int = 50) -> list[HistoryEntry]:
    """The most recent actions, newest first (undone ones included, marked as such)."""
    rows = session.connection().exec_driver_sql(f"{_SELECT} ORDER BY id DESC LIMIT ?", (limit,))
    return [_entry(row) for row in rows]


def next_undo(session: Session) -> HistoryEntry | None:
    """The action :func:`undo` would take back, if any."""
    row = (
        session.connection()
        .exec_driver_sql(f"{_SELECT} WHERE state = ? ORDER BY id DESC LIMIT 1", (ActionState.DONE.value,))
        .first()
    )
    return _entry(row) if row else None


def next_redo(session: Session) -> HistoryEntry | None:
    """The action :func:`redo` would do again, if any (the oldest of those undone)."""
    row = (
        session.connection()
        .exec_driver_sql(f"{_SELECT} WHERE state = ? ORDER BY id ASC LIMIT 1", (ActionState.UNDONE.value,))
        .first()
    )
    return _entry(row) if row else None


def undo(session: Session) -> HistoryEntry:
    """Take back the most recent action still in effect; returns it (now ``undone``)."""
    entry = next_undo(session)
    if entry is None:
        raise InvalidOperation("there is nothing to undo", code="invalid.nothing-to-undo")
    _apply_inverse(session, entry)
    return _set_state(session, entry, ActionState.UNDONE)


def redo(session: Session) -> HistoryEntry:
    """Do again the action undone last; returns it (now ``done``)."""
    entry = next_redo(session)
    if entry is None:
        raise InvalidOperation("there is nothing to redo", code="invalid.nothing-to-redo")
    _apply_inverse(session, entry)
    return _set_state(session, entry, ActionState.DONE)


def _set_state(session: Session, entry: HistoryEntry, state: ActionState) -> HistoryEntry:
    session.connection().exec_driver_sql("UPDATE history_actions SET state = ? WHERE id = ?", (state.value, entry.id))
    return HistoryEntry(entry.id, entry.kind, state, entry.created_at, entry.params)


def _changes_newest_first(conn: Connection, action_id: int) -> Iterator[tuple[int, str, str, int, str | None]]:
    below: int | None = None
    while True:
        query = "SELECT id, table_name, operation, row_id, old_row FROM history_changes WHERE action_id = ?"
        params: tuple[Any, ...] = (action_id,)
        if below is not None:
            query += " AND id < ?"
            params += (below,)
        batch = conn.exec_driver_sql(query + f" ORDER BY id DESC LIMIT {_BATCH}", params).all()
        if not batch:
            return
        for row in batch:
            yield int(row[0]), str(row[1]), str(row[2]), int(row[3]), row[4]
        below = int(batch[-1][0])


def _apply_inverse(session: Session, entry: HistoryEntry) -> None:
    """Apply the inverse of *entry*'s changes, newest first, recording the inverse's own
    changes as the entry's new changes (so the next undo/redo takes them back)."""
    session.flush()
    conn = session.connection()
    # Children come back before or after their parents depending on the cascade order.
    conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
    columns = {table: _columns(conn, table) for table in JOURNALED_TABLES}
    scratch = int(
        conn.exec_driver_sql(
            "INSERT INTO history_actions (kind, params, state, created_at) VALUES (?, '{}', ?, ?) RETURNING id",
            (entry.kind.value, ActionState.UNDONE.value, _now()),
        ).scalar_one()
    )
    with _journaling(session, scratch, JOURNALED_TABLES):
        for _change_id, table, operation, row_id, old_row in _changes_newest_first(conn, entry.id):
            if table not in columns:
                continue
            _invert(conn, entry, table, operation, row_id, old_row, columns[table])
    conn.exec_driver_sql("DELETE FROM history_changes WHERE action_id = ?", (entry.id,))
    conn.exec_driver_sql("UPDATE history_changes SET action_id = ? WHERE action_id = ?", (entry.id, scratch))
    conn.exec_driver_sql("DELETE FROM history_actions WHERE id = ?", (scratch,))
    session.expire_all()


def _invert(
    conn: Connection,
    entry: HistoryEntry,
    table: str,
    operation: str,
    row_id: int,
    old_row: str | None,
    columns: Sequence[str],
) -> None:
    if operation == "insert":
        conn.exec_driver_sql(f"DELETE FROM {table} WHERE rowid = ?", (row_id,))
        return
    values: dict[str, Any] = json.loads(old_row or "{}")
    known = [c for c in columns if c in values]
    if operation == "update":
        assignments = ", ".join(f"{_quote(c)} = ?" for c in known)
        result = conn.exec_driver_sql(
            f"UPDATE {table} SET {assignments} WHERE rowid = ?", (*[values[c] for c in known], row_id)
        )
        if result.rowcount == 0:
            raise _conflict(entry)
        return
    exists = conn.exec_driver_sql(f"SELECT 1 FROM {table} WHERE rowid = ?", (row_id,)).first()
    if exists is not None:
        raise _conflict(entry)
    names = ", ".join(_quote(c) for c in known)
    marks = ", ".join("?" for _ in known)
    conn.exec_driver_sql(f"INSERT INTO {table} ({names}) VALUES ({marks})", tuple(values[c] for c in known))


def _conflict(entry: HistoryEntry) -> InvalidOperation:
    return InvalidOperation(
        f"cannot take back “{entry.describe()}”: what it changed was changed again since (nothing was changed)",
        code="invalid.history-conflict",
        params={"action": entry.describe()},
    )
