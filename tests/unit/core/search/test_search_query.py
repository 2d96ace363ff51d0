"""The query language: parsing, the MATCH it builds, and any input at all (fuzzed)."""

from __future__ import annotations

import re
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from search_support import copy_library

from reader.core.db import Library
from reader.core.errors import SearchQueryError
from reader.core.search import SearchResults, find_in_talk, search
from reader.core.search.query import MAX_QUERY_CHARS, Term, parse, to_match


def test_plain_words_phrases_or_and_exclusions() -> None:
    q = parse('diffusion "score matching" GPU OR TPU -noise NOT blur transform*')
    assert q.groups == (
        (Term("diffusion"),),
        (Term("score matching", phrase=True),),
        (Term("GPU"), Term("TPU")),
        (Term("transform", prefix=True),),
    )
    assert q.excluded == (Term("noise"), Term("blur"))


def test_filters() -> None:
    q = parse("lang:ZH talk:#12 in:notes in:translation 芯片 talk:3")
    assert q.langs == ("zh",) and q.talk_ids == (12, 3) and q.fields == ("note", "translation")
    assert q.groups == ((Term("芯片"),),)
    assert parse("lang:english x").langs == ("en",)


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("", "nothing to search"),
        ("-only -exclusions", "cannot only exclude"),
        ("talk:abc x", "talk: needs a talk number"),
        ("lang:fr x", "lang: must be zh or en"),
        ("in:margins x", "in: must be original, translation or notes"),
        ("-talk:3 x", "cannot be excluded"),
        ("x" * (MAX_QUERY_CHARS + 1), "too long"),
        (" ".join(f"w{i}" for i in range(40)), "too many words"),
    ],
)
def test_bad_queries_explain_themselves(query: str, message: str) -> None:
    with pytest.raises(SearchQueryError, match=message):
        to_match(parse(query))


def test_latin_words_match_plurals_and_prefixes() -> None:
    assert to_match(parse("transformer")) == '("transformer"*)'
    assert to_match(parse("models")) == '(("models"* OR "model"*))'
    assert to_match(parse("GPU")) == '(("GPU" OR "gpus"))'
    assert to_match(parse("boxes")) == '(("boxes"* OR "box"))'
    assert to_match(parse('"transformer"')) == '("transformer")'
    assert to_match(parse("2023")) == '("2023")'


def test_chinese_terms_are_cut_into_words() -> None:
    assert to_match(parse("扩散模型")) == '(("扩散 模型"* OR "扩散模型"*))'
    assert to_match(parse("芯片")) == '("芯片")'
    assert to_match(parse("diffusion模型")) == '("diffusion 模型")'


@pytest.mark.parametrize(
    ("query", "filtered"),
    [
        ("talk5", True),  # the tag itself
        ("talk", True),  # talk* would match every tag
        ("tal*", True),
        ("talks", True),  # its singular, talk*
        ("Talk12*", True),
        ("transformer -talk3", True),  # excluding a tag would exclude that talk's every row
        ("talkative", False),
        ('"talk 5"', False),  # a phrase: the tags hold one word per row
        ("t*", False),  # too short to be a prefix
        ("talk:5 attention", False),  # the filter is the tag itself, asked for on purpose
    ],
)
def test_tags_are_left_out_only_when_a_word_could_match_one(query: str, filtered: bool) -> None:
    """Leaving out a column means checking each match's column: only where a word could
    match a talk tag (``talk12``) is it worth the 10–25% of a search it costs."""
    assert to_match(parse(query)).startswith("- {tags} : ") == filtered


def test_a_word_that_looks_like_a_tag_finds_only_text(sample_library: Library) -> None:
    with sample_library.read_session() as session:
        talk_id = search(session, "transformer").hits[0].talk_id
        assert search(session, f"talk{talk_id}").total == 0  # not the talk's every row
        assert search(session, f"talk{talk_id}*").total == 0


_QUOTED = re.compile(r'"(?:[^"]|"")*"')
_SYNTAX = re.compile(r"^(?:[-{}():*]|AND|OR|NOT|(?:original|translation|note)_(?:zh|en|xx)|tags|\s)*$")


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200))
def test_user_text_only_ever_appears_quoted(query: str) -> None:
    try:
        match = to_match(parse(query))
    except SearchQueryError:
        return
    outside_quotes = _QUOTED.sub("", match)
    assert _SYNTAX.match(outside_quotes), (query, match)


# --- any input against a real library -------------------------------------------------

FRAGMENTS = [
    '"', "'", "(", ")", "*", "-", "+", ":", "^", "{", "}", "[", "]", ";", "\\", "%", "_", "AND", "OR", "NOT",
    "NEAR", "NEAR(", "AND (", "or", "lang:", "lang:zh", "talk:", "talk:1", "in:", "in:notes", "original:",
    "tags:", "rank", "bm25(", "'; DROP TABLE segments; --", "SELECT * FROM", "😊", "👍🏽", "\u200d", "\x00",
    "芯片", "扩散模型", "的", "transformer", "the", "“", "”", "「", "−", "\ue000", "\x01", "\U0002a6a5",
]  # fmt: skip


@pytest.fixture(scope="module")
def fuzz_library(search_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Library]:
    folder = tmp_path_factory.mktemp("fuzz")
    library = Library.open(copy_library(search_template, folder))
    try:
        yield library
    finally:
        library.close()
        shutil.rmtree(folder, ignore_errors=True)


def _run(library: Library, query: str) -> None:
    with library.read_session() as session:
        try:
            results = search(session, query, limit=5)
        except SearchQueryError as exc:
            assert exc.message and not isinstance(exc.__cause__, sqlite3.Error), exc
            return
        assert isinstance(results, SearchResults)
        try:
            find_in_talk(session, 1, query)
        except SearchQueryError:
            pytest.fail(f"find_in_talk rejected a query search accepted: {query!r}")


@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=12)), max_size=12).map(" ".join))
def test_any_query_gives_results_or_a_message(fuzz_library: Library, query: str) -> None:
    _run(fuzz_library, query)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(FRAGMENTS), min_size=1, max_size=30).map("".join))
def test_glued_operator_soup(fuzz_library: Library, query: str) -> None:
    _run(fuzz_library, query)


@pytest.mark.parametrize(
    "query",
    [
        '"AND (',
        "AND (",
        "*",
        "NEAR(a b)",
        "a NEAR b",
        "😊 transformer",
        "x" * 10_000,
        "芯片 " * 3000,
        '"' * 501,
        "'); DELETE FROM segments; --",
        "original : transformer",
        "{original} : x",
        "transformer*" * 50,
    ],
)
def test_nasty_queries(fuzz_library: Library, query: str) -> None:
    _run(fuzz_library, query)
    with fuzz_library.read_session() as session:
        assert session.connection().exec_driver_sql("SELECT count(*) FROM segments").scalar_one() > 0
