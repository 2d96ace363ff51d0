"""The search schema step: an older library gets an index of what it already holds."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import create_engine, event, text

from reader.core import db
from reader.core.db import Library, schema_version
from reader.core.search import check, schema, search

SEARCH_STEP = next(i for i, step in enumerate(db.UPGRADES) if step.__name__ == "_step_3_search_index")


def _make_library_before_search(path: Path) -> None:
    """A library written before search existed: only the earlier upgrade steps ran."""
    engine = create_engine(f"sqlite:///{path}")
    event.listen(engine, "connect", db._configure_connection)
    event.listen(engine, "begin", db._begin)
    with engine.begin() as conn:
        for step in db.UPGRADES[:SEARCH_STEP]:
            step(conn)
        conn.exec_driver_sql(f"PRAGMA user_version = {SEARCH_STEP}")
        now = "2024-01-01 00:00:00"
        conn.execute(
            text("INSERT INTO talks (id, title, position, created_at, updated_at) VALUES (1, 'Old', 0, :n, :n)"),
            {"n": now},
        )
        for seg_id, lang, body in (
            (1, "zh", "我们可以在一个芯片上容纳多少芯片带宽。"),
            (2, "en", "Diffusion models denoise step by step."),
        ):
            conn.execute(
                text(
                    "INSERT INTO segments (id, talk_id, ordinal, paragraph, lang, text)"
                    " VALUES (:id, 1, :id - 1, 0, :lang, :text)"
                ),
                {"id": seg_id, "lang": lang, "text": body},
            )
        conn.execute(
            text(
                "INSERT INTO translations (segment_id, text, target_lang, model, source_hash, created_at, updated_at)"
                " VALUES (2, '扩散模型一步一步去噪。', 'zh', 'old-model', 'x', :n, :n)"
            ),
            {"n": now},
        )
        conn.execute(
            text(
                "INSERT INTO notes (id, talk_id, first_segment_id, last_segment_id, text, created_at, updated_at)"
                " VALUES (1, 1, 1, 2, 'bandwidth wall', :n, :n)"
            ),
            {"n": now},
        )
    engine.dispose()


def _schema_objects(path: Path) -> list[tuple[str, str, str]]:
    with sqlite3.connect(path) as conn:
        return conn.execute(
            "SELECT type, name, coalesce(sql, '') FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY name"
        ).fetchall()


def test_old_library_is_indexed_on_open(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    _make_library_before_search(path)
    assert "search_index" not in {name for _, name, _ in _schema_objects(path)}
    with Library.open(path) as library:
        with library.read_session() as session:
            assert session.execute(text("PRAGMA user_version")).scalar_one() == schema_version()
            assert [h.segment_id for h in search(session, "芯片").hits] == [1]
            assert [(h.segment_id, h.field) for h in search(session, "扩散模型").hits] == [(2, "translation")]
            assert [(h.note_id, h.segment_id) for h in search(session, "bandwidth in:notes").hits] == [(1, 1)]
            assert [h.segment_id for h in search(session, "diffusion lang:en").hits] == [2]
            assert check(session).ok
        # The triggers work on the upgraded library too.
        with library.session() as session:
            session.execute(text("UPDATE segments SET text = 'Score models denoise.' WHERE id = 2"))
        with library.read_session() as session:
            assert search(session, "score").hits[0].segment_id == 2
            assert check(session).ok


def test_upgraded_and_new_libraries_end_the_same(tmp_path: Path) -> None:
    old, new = tmp_path / "old.sqlite3", tmp_path / "new.sqlite3"
    _make_library_before_search(old)
    Library.open(old).close()
    Library.open(new).close()
    assert _schema_objects(old) == _schema_objects(new)
    with sqlite3.connect(old) as a, sqlite3.connect(new) as b:
        query = f"SELECT k, v FROM {schema.TABLE}_config ORDER BY k"
        assert a.execute(query).fetchall() == b.execute(query).fetchall()


def test_an_index_holding_the_old_clean_text_is_rebuilt_by_the_upgrade(tmp_path: Path) -> None:
    """The clean-up changed what it keeps (spoken years, reduplications): a library indexed by
    the previous release holds other clean text, and the upgrade rebuilds its index."""
    import sqlite3

    from reader.core import library as lib
    from reader.core.db import Library
    from reader.core.search.maintenance import check
    from reader.core.search.schema import TABLE

    path = tmp_path / "library.sqlite3"
    notes = tmp_path / "notes.txt"
    notes.write_text("In twenty twenty five we shipped it.\nWe we tested the the model.\n", encoding="utf-8")
    with Library.open(path) as library:
        assert lib.import_file(library, notes).status == "imported"
    raw = sqlite3.connect(path)
    columns = [row[1] for row in raw.execute(f"PRAGMA table_info({TABLE})")]
    # What the previous clean-up stored for these sentences: a spoken year lost a word.
    target = next(name for name in columns if name.endswith("_en") and "original" in name)
    raw.execute(f"UPDATE {TABLE} SET {target} = replace({target}, 'twenty twenty', 'twenty')")
    # Back to that release's schema: before engines (step 9), the glossary (step 8) and undo
    # history (step 7), at the step before the reindex (6).
    raw.execute("DROP TABLE engine_choices")
    raw.execute("DROP TABLE engines")
    for column in ("engine_kind", "engine_name", "prompt_hash"):
        raw.execute(f"ALTER TABLE translations DROP COLUMN {column}")
    raw.execute("DROP TABLE glossary_entries")
    raw.execute("ALTER TABLE translations DROP COLUMN glossary_state")
    raw.execute("ALTER TABLE translations DROP COLUMN glossary_issues")
    raw.execute("DROP TABLE history_changes")
    raw.execute("DROP TABLE history_actions")
    raw.execute("ALTER TABLE segments DROP COLUMN imported_text")
    raw.execute("PRAGMA user_version = 5")
    raw.commit()
    raw.close()
    with Library.open(path) as library:
        with library.read_session() as session:
            report = check(session.connection())
    assert report.ok, report
