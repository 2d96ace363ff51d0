"""What keeps search fast on a large library: matches found in one pass, and several words
counted no further than a lower limit (their matches cost more to find)."""

from __future__ import annotations

import sqlite3

import pytest
from search_support import add_talk
from sqlalchemy import text

from reader.core.db import Library
from reader.core.search import engine, search
from reader.core.search.engine import dbapi


def _statements(library: Library, query: str, **options: object) -> tuple[object, list[str]]:
    """The results of *query* and every SQL statement the search ran."""
    seen: list[str] = []
    with library.read_session() as session:
        db = dbapi(session)
        db.set_trace_callback(seen.append)
        try:
            results = search(session, query, **options)
        finally:
            db.set_trace_callback(None)
    return results, seen


def _matching(statements: list[str]) -> list[str]:
    return [sql for sql in statements if "MATCH" in sql]


@pytest.fixture
def geckos(sample_library: Library) -> tuple[Library, list[int]]:
    _talk_id, ids = add_talk(
        sample_library, "Geckos", [("en", f"gecko number {i} climbs the glass wall") for i in range(30)]
    )
    return sample_library, ids


def test_an_unranked_query_finds_counts_and_hits_in_one_statement(
    geckos: tuple[Library, list[int]], monkeypatch: pytest.MonkeyPatch
) -> None:
    library, ids = geckos
    monkeypatch.setattr(engine, "RANK_LIMIT", 10)
    monkeypatch.setattr(engine, "PHRASE_COUNT_LIMIT", 20)
    results, statements = _statements(library, "gecko glass", limit=5)
    assert len(_matching(statements)) == 1
    assert not results.ranked and [h.segment_id for h in results.hits] == ids[:5]  # library order
    assert results.total == 20 and results.total_capped
    (talk,) = results.talks
    assert talk.hit_count == 10 and talk.count_capped


def test_one_word_is_counted_further_than_several(
    geckos: tuple[Library, list[int]], monkeypatch: pytest.MonkeyPatch
) -> None:
    library, _ids = geckos
    monkeypatch.setattr(engine, "RANK_LIMIT", 10)
    monkeypatch.setattr(engine, "PHRASE_COUNT_LIMIT", 20)
    one, _ = _statements(library, "gecko")
    several, _ = _statements(library, "gecko climbs")
    phrase, _ = _statements(library, '"gecko number"')
    assert (one.total, one.total_capped) == (30, False)
    assert (several.total, several.total_capped) == (20, True)
    assert (phrase.total, phrase.total_capped) == (20, True)
    # One word's first matches are ranked (its posting list is short enough to walk);
    # a phrase counted past its limit is not: walking it would cost more than it tells.
    assert one.ranked and not one.ranked_all
    assert not phrase.ranked


def test_a_ranked_query_ranks_in_a_second_statement(geckos: tuple[Library, list[int]]) -> None:
    library, ids = geckos
    results, statements = _statements(library, "gecko glass")
    assert len(_matching(statements)) == 2 and "bm25" in _matching(statements)[1]
    assert results.ranked_all and results.total == 30
    assert {h.segment_id for h in results.hits} <= set(ids)


def test_notes_count_for_their_talk_in_the_one_pass(geckos: tuple[Library, list[int]]) -> None:
    library, ids = geckos
    with library.session() as session:
        talk_id = session.execute(text("SELECT talk_id FROM segments WHERE id = :id"), {"id": ids[0]}).scalar_one()
        session.execute(
            text(
                "INSERT INTO notes (talk_id, first_segment_id, last_segment_id, text, created_at, updated_at)"
                " VALUES (:talk, :first, :first, 'a gecko on the ceiling', '2024-01-01', '2024-01-01')"
            ),
            {"talk": talk_id, "first": ids[3]},
        )
    results, _ = _statements(library, "gecko")
    assert results.total == 31
    (talk,) = results.talks
    assert talk.talk_id == talk_id and talk.hit_count == 31


def test_the_one_pass_works_without_materialised_ctes(
    geckos: tuple[Library, list[int]], monkeypatch: pytest.MonkeyPatch
) -> None:
    """SQLite before 3.35 knows no MATERIALIZED: the statement then runs without the keyword."""
    library, ids = geckos
    monkeypatch.setattr(engine, "_MATERIALIZED", "")
    monkeypatch.setattr(engine, "RANK_LIMIT", 10)
    results, statements = _statements(library, "gecko glass the", limit=4)
    assert "MATERIALIZED" not in " ".join(statements)
    assert [h.segment_id for h in results.hits] == ids[:4]
    assert results.total == 30


def test_materialised_ctes_are_known_here() -> None:
    assert sqlite3.sqlite_version_info >= (3, 35, 0)
    assert engine._MATERIALIZED == "MATERIALIZED "
