"""Undoing a talk's deletion: a snapshot of its rows, taken in the deleting transaction.

Deleting is one click away from a reader's whole evening of corrections and notes, so the
window keeps what it deleted and can put it back, rows and ids unchanged (so notes, search
results and reading positions that name them stay valid). The snapshot is plain data,
read with ``SELECT *``, so columns added by later schema steps come back too; the search
index refills itself through its triggers as the rows return.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session


@dataclass(frozen=True)
class TableRows:
    table: str
    columns: tuple[str, ...]
    rows: tuple[tuple[object, ...], ...]


@dataclass(frozen=True)
class DeletedTalk:
    talk_id: int
    title: str
    source: TableRows | None
    tables: tuple[TableRows, ...]  # talks, segments, translations, notes: in insert order


def _rows(session: Session, table: str, where: str, params: tuple[object, ...]) -> TableRows:
    result = session.connection().exec_driver_sql(f"SELECT * FROM {table} WHERE {where}", params)
    return TableRows(table, tuple(result.keys()), tuple(tuple(row) for row in result))


def snapshot_talk(session: Session, talk_id: int) -> DeletedTalk:
    talk = _rows(session, "talks", "id = ?", (talk_id,))
    record = dict(zip(talk.columns, talk.rows[0], strict=True)) if talk.rows else {}
    source_id = record.get("source_id")
    in_talk = "segment_id IN (SELECT id FROM segments WHERE talk_id = ?)"
    return DeletedTalk(
        talk_id=talk_id,
        title=str(record.get("title", "")),
        source=_rows(session, "sources", "id = ?", (source_id,)) if source_id is not None else None,
        tables=(
            talk,
            _rows(session, "segments", "talk_id = ? ORDER BY ordinal", (talk_id,)),
            _rows(session, "translations", in_talk, (talk_id,)),
            _rows(session, "notes", "talk_id = ?", (talk_id,)),
        ),
    )


def _insert(session: Session, rows: TableRows, verb: str = "INSERT") -> None:
    if not rows.rows:
        return
    columns = ", ".join(rows.columns)
    marks = ", ".join("?" for _ in rows.columns)
    session.connection().exec_driver_sql(f"{verb} INTO {rows.table} ({columns}) VALUES ({marks})", list(rows.rows))


def restore_talk(session: Session, deleted: DeletedTalk) -> int:
    """Put a deleted talk back in the caller's transaction; returns its id."""
    talks, *rest = deleted.tables
    if deleted.source is not None and deleted.source.rows:
        # The file's record went with its last talk; it may have been imported again since.
        _insert(session, deleted.source, "INSERT OR IGNORE")
        source_id = deleted.source.rows[0][deleted.source.columns.index("id")]
        exists = session.connection().exec_driver_sql("SELECT 1 FROM sources WHERE id = ?", (source_id,)).first()
        if exists is None:
            column = talks.columns.index("source_id")
            talks = TableRows(
                talks.table,
                talks.columns,
                tuple(row[:column] + (None,) + row[column + 1 :] for row in talks.rows),
            )
    _insert(session, talks)
    for rows in rest:
        _insert(session, rows)
    return deleted.talk_id
