"""One description of the schema: the numbered upgrade steps build exactly what the models say.

Column by column (declared type, NOT NULL, primary key), foreign keys with their ON DELETE
actions, and named indexes. Tables the upgrade steps make that the models do not describe
are allowed only for the search indexes (FTS5 virtual tables and their shadow tables).
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Index, UniqueConstraint
from sqlalchemy.dialects import sqlite

from reader.core.db import Library
from reader.core.models import Base
from reader.core.search import schema as search_schema

_SEARCH_TABLES = (search_schema.TABLE, search_schema.BIGRAM_TABLE)


def _declared_type(column) -> str:
    return column.type.compile(dialect=sqlite.dialect()).upper()


def test_every_table_matches_its_model_column_by_column(library_path: Path) -> None:
    with Library.open(library_path) as library, library.engine.connect() as conn:

        def rows(sql: str) -> list[tuple]:
            return [tuple(r) for r in conn.exec_driver_sql(sql)]

        stored_tables = {
            name
            for (name,) in rows("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
            if not name.startswith(_SEARCH_TABLES)
        }
        assert stored_tables == set(Base.metadata.tables)
        for table in Base.metadata.sorted_tables:
            info = {r[1]: r for r in rows(f"PRAGMA table_info({table.name})")}
            assert list(info) == [c.name for c in table.columns], f"{table.name}: column order"
            for column in table.columns:
                _cid, _name, declared, notnull, _default, pk = info[column.name]
                where = f"{table.name}.{column.name}"
                assert declared.upper() == _declared_type(column), where
                assert bool(pk) == column.primary_key, where
                # SQLite lets an INTEGER PRIMARY KEY be NULL on insert (it picks the rowid).
                if not column.primary_key:
                    assert bool(notnull) == (not column.nullable), where

            stored_keys = {
                (r[3], r[2], r[4], r[6]) for r in rows(f"PRAGMA foreign_key_list({table.name})")
            }  # (from, table, to, on_delete)
            model_keys = {
                (
                    key.parent.name,
                    key.column.table.name,
                    key.column.name,
                    (key.ondelete or "NO ACTION").upper(),
                )
                for key in table.foreign_keys
            }
            assert stored_keys == model_keys, table.name

            stored_indexes = {}
            for _seq, name, unique, origin, _partial in rows(f"PRAGMA index_list({table.name})"):
                columns = tuple(r[2] for r in rows(f"PRAGMA index_info({name})"))
                key = name if origin == "c" else f"unique:{','.join(columns)}"
                stored_indexes[key] = (columns, bool(unique))
            model_indexes = {
                index.name: (tuple(c.name for c in index.columns), bool(index.unique))
                for index in table.indexes
                if isinstance(index, Index)
            }
            for constraint in table.constraints:
                if isinstance(constraint, UniqueConstraint):
                    columns = tuple(c.name for c in constraint.columns)
                    model_indexes[f"unique:{','.join(columns)}"] = (columns, True)
            for column in table.columns:
                if column.unique:
                    model_indexes[f"unique:{column.name}"] = ((column.name,), True)
            assert stored_indexes == model_indexes, table.name
