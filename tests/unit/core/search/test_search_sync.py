"""The index follows every write to segments, translations and notes, whoever makes it."""

from __future__ import annotations

import pytest
from search_support import add_talk
from sqlalchemy import text

from reader.core import library as lib
from reader.core.db import Library
from reader.core.errors import LibraryError
from reader.core.search import check, find_in_talk, reindex, schema, search, segmenter


def _found(library: Library, query: str, **kwargs: object) -> set[int]:
    with library.read_session() as session:
        return {h.segment_id for h in search(session, query, limit=1000, **kwargs).hits}


def _assert_in_sync(library: Library) -> None:
    with library.read_session() as session:
        report = check(session)
        rows = session.execute(text("SELECT count(*) FROM search_index")).scalar_one()
        expected = session.execute(
            text("SELECT (SELECT count(*) FROM segments) + (SELECT count(*) FROM notes)")
        ).scalar_one()
    assert report.ok, report.problems
    assert rows == expected


def test_import_indexes_every_segment(sample_library: Library) -> None:
    _assert_in_sync(sample_library)
    assert _found(sample_library, "芯片")


def test_edit_segment_text(sample_library: Library) -> None:
    _, (segment_id,) = add_talk(sample_library, "edit", [("en", "an aardvark digs")])
    assert _found(sample_library, "aardvark") == {segment_id}
    with sample_library.session() as session:
        session.execute(
            text("UPDATE segments SET text = '一只穿山甲在挖洞', lang = 'zh' WHERE id = :id"), {"id": segment_id}
        )
    assert _found(sample_library, "aardvark") == set()
    assert _found(sample_library, "穿山甲") == {segment_id}
    assert _found(sample_library, "穿山甲 lang:zh") == {segment_id}
    _assert_in_sync(sample_library)


def test_delete_talk_removes_its_segments_translations_and_notes(sample_library: Library) -> None:
    talk_id, ids = add_talk(sample_library, "doomed", [("en", "ephemeral mayfly"), ("en", "second mayfly")])
    with sample_library.session() as session:
        session.execute(
            text(
                "INSERT INTO translations (segment_id, text, target_lang, model, source_hash, created_at,"
                " updated_at) VALUES (:id, '短命的蜉蝣', 'zh', 'test', 'x', '2024-01-01', '2024-01-01')"
            ),
            {"id": ids[0]},
        )
        session.execute(
            text(
                "INSERT INTO notes (talk_id, first_segment_id, last_segment_id, text, created_at, updated_at)"
                " VALUES (:talk, :id, :id, 'mayfly note', '2024-01-01', '2024-01-01')"
            ),
            {"talk": talk_id, "id": ids[1]},
        )
    assert _found(sample_library, "mayfly") == set(ids)
    assert _found(sample_library, "蜉蝣") == {ids[0]}
    with sample_library.session() as session:
        lib.delete_talk(session, talk_id)
    assert _found(sample_library, "mayfly") == set()
    assert _found(sample_library, "蜉蝣") == set()
    _assert_in_sync(sample_library)


def test_translation_added_edited_and_removed(sample_library: Library) -> None:
    _, (segment_id,) = add_talk(sample_library, "t", [("en", "the narwhal surfaced")])
    with sample_library.session() as session:
        session.execute(
            text(
                "INSERT INTO translations (segment_id, text, target_lang, model, source_hash, created_at,"
                " updated_at) VALUES (:id, '独角鲸浮出水面', 'zh', 'test', 'x', '2024-01-01', '2024-01-01')"
            ),
            {"id": segment_id},
        )
    assert _found(sample_library, "独角鲸 in:translation") == {segment_id}
    assert _found(sample_library, "独角鲸", lang="zh") == {segment_id}
    _assert_in_sync(sample_library)
    with sample_library.session() as session:
        session.execute(
            text("UPDATE translations SET text = '一角鲸出现了', edited = 1 WHERE segment_id = :id"), {"id": segment_id}
        )
    assert _found(sample_library, "独角鲸") == set()
    assert _found(sample_library, "一角鲸") == {segment_id}
    assert _found(sample_library, "narwhal") == {segment_id}  # the original is still indexed
    _assert_in_sync(sample_library)
    with sample_library.session() as session:
        session.execute(text("DELETE FROM translations WHERE segment_id = :id"), {"id": segment_id})
    assert _found(sample_library, "一角鲸") == set()
    assert _found(sample_library, "一角鲸", lang="zh") == set()
    _assert_in_sync(sample_library)


def test_notes_added_edited_and_deleted(sample_library: Library) -> None:
    talk_id, ids = add_talk(sample_library, "n", [("en", "first"), ("en", "second"), ("en", "third")])
    with sample_library.session() as session:
        note_id = session.execute(
            text(
                "INSERT INTO notes (talk_id, first_segment_id, last_segment_id, text, created_at, updated_at)"
                " VALUES (:talk, :first, :last, 'remember the **axolotl**', '2024-01-01', '2024-01-01')"
                " RETURNING id"
            ),
            {"talk": talk_id, "first": ids[1], "last": ids[2]},
        ).scalar_one()
    with sample_library.read_session() as session:
        (hit,) = search(session, "axolotl in:notes").hits
    assert (hit.note_id, hit.segment_id, hit.ordinal, hit.field) == (note_id, ids[1], 1, "note")
    assert "[axolotl]" in hit.snippet
    _assert_in_sync(sample_library)
    with sample_library.session() as session:
        session.execute(text("UPDATE notes SET text = 'a salamander after all' WHERE id = :id"), {"id": note_id})
    assert _found(sample_library, "axolotl") == set()
    assert _found(sample_library, "salamander") == {ids[1]}
    _assert_in_sync(sample_library)
    with sample_library.session() as session:
        session.execute(text("DELETE FROM notes WHERE id = :id"), {"id": note_id})
    assert _found(sample_library, "salamander") == set()
    _assert_in_sync(sample_library)


def test_split_and_merge_keep_talk_filters_right(sample_library: Library) -> None:
    talk_id, ids = add_talk(sample_library, "split me", [("en", f"platypus part {i}") for i in range(4)])
    with sample_library.session() as session:
        new_talk = lib.split_talk(session, talk_id, ids[2]).id
    assert _found(sample_library, f"platypus talk:{talk_id}") == set(ids[:2])
    assert _found(sample_library, f"platypus talk:{new_talk}") == set(ids[2:])
    with sample_library.read_session() as session:
        assert [h.ordinal for h in find_in_talk(session, new_talk, "platypus")] == [0, 1]
    _assert_in_sync(sample_library)
    with sample_library.session() as session:
        lib.merge_talks(session, talk_id, new_talk)
    assert _found(sample_library, f"platypus talk:{talk_id}") == set(ids)
    assert _found(sample_library, f"platypus talk:{new_talk}") == set()
    _assert_in_sync(sample_library)


def test_check_finds_drift_and_reindex_repairs_it(sample_library: Library) -> None:
    _, ids = add_talk(sample_library, "drift", [("en", "quokka smiles"), ("en", "wallaby hops")])
    with sample_library.session() as session:
        session.execute(text("UPDATE search_index SET original_en = 'stale words' WHERE rowid = :id"), {"id": ids[0]})
        session.execute(text("DELETE FROM search_index WHERE rowid = :id"), {"id": ids[1]})
        session.execute(text("INSERT INTO search_index (rowid, original_en, tags) VALUES (999999, 'ghost', 'talk1')"))
        session.execute(text("DROP TRIGGER search_note_delete"))
    with sample_library.read_session() as session:
        report = check(session)
    assert not report.ok
    assert (report.stale, report.missing, report.extra) == (1, 1, 1)
    problems = "\n".join(report.problems)
    assert f"segment {ids[0]}" in problems and f"segment {ids[1]}" in problems and "999999" in problems
    assert "search_note_delete" in problems and "reindex" in problems
    with sample_library.session() as session:
        rows = reindex(session)
    assert rows > 0
    _assert_in_sync(sample_library)
    assert _found(sample_library, "quokka") == {ids[0]}
    assert _found(sample_library, "wallaby") == {ids[1]}


def test_reindex_matches_what_triggers_built(sample_library: Library) -> None:
    with sample_library.read_session() as session:
        before = session.execute(text("SELECT rowid, * FROM search_index ORDER BY rowid")).all()
    with sample_library.session() as session:
        reindex(session)
    with sample_library.read_session() as session:
        after = session.execute(text("SELECT rowid, * FROM search_index ORDER BY rowid")).all()
    assert before == after


def test_a_failing_segmenter_never_blocks_a_write(sample_library: Library, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(_text: str) -> str:
        raise RuntimeError("segmenter bug")

    monkeypatch.setattr(segmenter, "index_text", broken)
    _, (segment_id,) = add_talk(sample_library, "robust", [("en", "the ocelot still gets stored")])
    with sample_library.read_session() as session:
        stored = session.execute(text("SELECT text FROM segments WHERE id = :id"), {"id": segment_id}).scalar_one()
    assert stored == "the ocelot still gets stored"
    monkeypatch.undo()
    assert _found(sample_library, "ocelot") == {segment_id}  # indexed unsegmented, still findable


def test_sql_functions_survive_odd_values() -> None:
    assert schema.index_text_sql(None) == ""
    assert schema.index_text_sql(b"\xff\xfe bytes") != ""
    assert schema.index_text_sql(42) == "42"
    assert "\x01" not in schema.index_text_sql("a\x01b\x02c")
    assert schema.index_segment_sql("嗯，芯片带宽", None)
    assert schema.text_lang_sql("一个笔记") == "zh"
    assert schema.text_lang_sql(None) == "und"


def test_writes_without_our_functions_fail_loudly(sample_library: Library) -> None:
    """A connection without the search functions cannot write unindexed rows by mistake."""
    import sqlite3

    raw = sqlite3.connect(sample_library.path)
    try:
        with pytest.raises(sqlite3.OperationalError, match="tr_(index|bigram)_segment"):
            raw.execute("UPDATE segments SET text = 'changed' WHERE id = 1")
    finally:
        raw.close()


def test_an_index_from_the_first_layout_keeps_writes_working_and_asks_for_reindex(sample_library: Library) -> None:
    with sample_library.session() as session:
        for name in schema.TRIGGERS:
            session.execute(text(f"DROP TRIGGER {name}"))
        session.execute(text("DROP TABLE search_index"))
        session.execute(text("CREATE VIRTUAL TABLE search_index USING fts5(original, translation, note, tags)"))
        session.execute(
            text(
                "CREATE TRIGGER search_segment_insert AFTER INSERT ON segments BEGIN"
                " INSERT INTO search_index(rowid, original, translation, note, tags) VALUES (NEW.id,"
                " tr_index_segment(NEW.text, NEW.lang), '', '', tr_segment_tags(NEW.talk_id, NEW.lang, NULL)); END"
            )
        )
    _, (segment_id,) = add_talk(sample_library, "old", [("en", "a kinkajou climbs")])
    with sample_library.read_session() as session:
        report = check(session)
        assert [h.segment_id for h in search(session, "kinkajou").hits] == [segment_id]
        with pytest.raises(LibraryError, match="reindex"):
            search(session, "kinkajou lang:en")
    assert not report.ok and "other settings" in "\n".join(report.problems)
    with sample_library.session() as session:
        reindex(session)
    _assert_in_sync(sample_library)
    assert _found(sample_library, "kinkajou") == {segment_id}
