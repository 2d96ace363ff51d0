"""Chinese queries find every sentence containing them (the character-bigram index).

jieba cuts a string by its context: in the sentences below 多语言 is cut 多/语言, 一个多/语言
and 多/语言 again, while the query alone is one word. The word index could only promise
some of them; the bigram index finds the string wherever it is.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from search_support import add_talk
from sqlalchemy import text

from reader.core.db import UPGRADES, Library, schema_version
from reader.core.search import find_in_talk, query, search, segmenter
from reader.core.search.maintenance import check, reindex
from reader.core.search.schema import BIGRAM_TABLE, TABLE

MULTILINGUAL = [
    ("zh", "我们做多语言模型的训练。"),
    ("zh", "这是一个多语言的系统。"),
    ("zh", "评测多语言大模型很难。"),
    ("zh", "今天天气不错。"),
    ("en", "We use GPT做数据清洗 every day."),
    ("zh", "它们都在这里，其它的在那里。"),
]


@pytest.fixture
def talk(empty_library: Library) -> tuple[Library, int, list[int]]:
    talk_id, ids = add_talk(empty_library, "Multilingual", MULTILINGUAL)
    return empty_library, talk_id, ids


def _found(library: Library, query: str) -> set[int]:
    with library.read_session() as session:
        return {hit.segment_id for hit in search(session, query, limit=100).hits}


def test_the_word_index_alone_misses_some(talk: tuple[Library, int, list[int]]) -> None:
    """The premise: jieba's words for 多语言 in context (一个多/语言) miss a sentence."""
    library, _talk_id, ids = talk
    assert "一个多" in segmenter.index_text(MULTILINGUAL[1][1]).split()
    match = query.to_match(query.parse("多语言"))
    with library.read_session() as session:
        rows = session.execute(text(f"SELECT rowid FROM {TABLE} WHERE {TABLE} MATCH :m"), {"m": match})
        assert {row[0] for row in rows} < set(ids[:3])


def test_a_han_query_finds_every_sentence_containing_it(talk: tuple[Library, int, list[int]]) -> None:
    library, _talk_id, ids = talk
    assert _found(library, "多语言") == set(ids[:3])
    assert _found(library, "语言模") == {ids[0]}  # across jieba's words, not a word itself


def test_hits_mark_the_string_in_the_sentence(talk: tuple[Library, int, list[int]]) -> None:
    library, talk_id, ids = talk
    with library.read_session() as session:
        hits = find_in_talk(session, talk_id, "多语言")
    assert [hit.segment_id for hit in hits] == ids[:3]
    assert all("[多语言]" in hit.snippet for hit in hits)


def test_a_single_character_is_found_inside_and_at_the_end_of_a_run(talk: tuple[Library, int, list[int]]) -> None:
    library, _talk_id, ids = talk
    assert _found(library, "它") == {ids[5]}
    assert _found(library, "练") == {ids[0]}  # the last character before 。


def test_latin_next_to_han_is_matched_as_written(talk: tuple[Library, int, list[int]]) -> None:
    library, _talk_id, ids = talk
    assert _found(library, "GPT做") == {ids[4]}
    assert _found(library, "做数据") == {ids[4]}
    assert _found(library, "T做") == set()  # T is not a word of the text
    assert _found(library, "GPT做数据 every") == {ids[4]}


def test_punctuation_still_breaks_a_string(talk: tuple[Library, int, list[int]]) -> None:
    library, _talk_id, _ids = talk
    assert _found(library, "这里其它") == set()


def test_exclusions_and_filters_work_on_the_bigram_index(talk: tuple[Library, int, list[int]]) -> None:
    library, talk_id, ids = talk
    assert _found(library, "多语言 -模型") == {ids[1]}
    assert _found(library, f"多语言 talk:{talk_id} lang:zh") == set(ids[:3])
    assert _found(library, "多语言 lang:en") == set()


def test_ranking_keeps_the_column_weights(empty_library: Library) -> None:
    """The original text ranks above a translation, as in the word index."""
    _talk, ids = add_talk(empty_library, "Ranked", [("en", "first"), ("zh", "我们谈多语言。")])
    with empty_library.session() as session:
        session.execute(
            text(
                "INSERT INTO translations (segment_id, text, target_lang, model, source_hash, edited,"
                " created_at, updated_at) VALUES (:id, '多语言的翻译', 'zh', 'm', '', 0, '2024-01-01', '2024-01-01')"
            ),
            {"id": ids[0]},
        )
    with empty_library.read_session() as session:
        results = search(session, "多语言")
    assert results.ranked_all
    assert [hit.segment_id for hit in results.hits] == [ids[1], ids[0]]
    assert results.hits[0].score > results.hits[1].score > 0


def test_edits_and_deletes_keep_both_indexes_in_sync(talk: tuple[Library, int, list[int]]) -> None:
    library, _talk_id, ids = talk
    with library.session() as session:
        session.execute(text("UPDATE segments SET text = '单语言就够了。' WHERE id = :id"), {"id": ids[1]})
        session.execute(text("DELETE FROM segments WHERE id = :id"), {"id": ids[2]})
    assert _found(library, "多语言") == {ids[0]}
    assert _found(library, "单语") == {ids[1]}
    with library.read_session() as session:
        report = check(session)
    assert report.ok, report.problems


def test_check_notices_a_stale_bigram_row_and_reindex_repairs_it(talk: tuple[Library, int, list[int]]) -> None:
    library, _talk_id, ids = talk
    with library.session() as session:
        session.execute(text(f"UPDATE {BIGRAM_TABLE} SET original_zh = 'x' WHERE rowid = :id"), {"id": ids[0]})
    with library.read_session() as session:
        report = check(session)
    assert not report.ok and report.stale == 1
    assert any("bigram index" in problem for problem in report.problems)
    with library.session() as session:
        reindex(session)
    with library.read_session() as session:
        assert check(session).ok
    assert _found(library, "多语言") == set(ids[:3])


def test_a_library_from_the_previous_schema_gets_the_bigram_index(tmp_path: Path) -> None:
    """Upgrading fills the new index from what the library holds."""
    import sqlite3

    from sqlalchemy import create_engine, event

    from reader.core import db as db_module

    path = tmp_path / "old.sqlite3"
    engine = create_engine(f"sqlite:///{path}")
    event.listen(engine, "connect", db_module._configure_connection)
    before_bigrams = UPGRADES.index(db_module._step_5_search_bigrams)
    with engine.begin() as conn:
        for number, step in enumerate(UPGRADES[:before_bigrams]):
            step(conn)
            conn.exec_driver_sql(f"PRAGMA user_version = {number + 1}")
    engine.dispose()
    raw = sqlite3.connect(path)
    from reader.core.search.schema import register_functions

    register_functions(raw)
    raw.execute("INSERT INTO talks (id, title, position, created_at, updated_at) VALUES (1, 't', 0, 'x', 'x')")
    raw.execute(
        "INSERT INTO segments (talk_id, ordinal, paragraph, lang, text) VALUES (1, 0, 0, 'zh', ?)",
        ("这是一个多语言的系统。",),
    )
    raw.commit()
    assert raw.execute("SELECT count(*) FROM sqlite_master WHERE name = ?", (BIGRAM_TABLE,)).fetchone()[0] == 0
    raw.close()
    with Library.open(path) as library:
        with library.read_session() as session:
            assert session.execute(text("PRAGMA user_version")).scalar_one() == schema_version()
            assert check(session).ok
        assert _found(library, "多语言") == {1}


# --- an unclosed quote while typing -------------------------------------------------------


def test_an_unclosed_quote_is_a_phrase_typed_so_far() -> None:
    assert query.parse('"diffusion mod').groups == ((query.Term("diffusion mod", phrase=True, prefix=True),),)
    # A closed quote, or a space after the last word, is taken as it stands.
    assert query.parse('"diffusion mod"').groups == ((query.Term("diffusion mod", phrase=True),),)
    assert query.parse('"diffusion mod ').groups == ((query.Term("diffusion mod ", phrase=True),),)


def test_search_as_you_type_finds_hits_before_the_quote_is_closed(empty_library: Library) -> None:
    _talk, ids = add_talk(
        empty_library,
        "Typing",
        [("en", "Score-based diffusion models learn the score."), ("zh", "我们讨论多语言模型。")],
    )
    typed = '"score-based diffusion mod'
    for end in range(len('"score-based dif'), len(typed) + 1):
        assert _found(empty_library, typed[:end]) == {ids[0]}, typed[:end]
    assert _found(empty_library, '"多语言模') == {ids[1]}
    assert _found(empty_library, 'lang:zh "多语') == {ids[1]}
