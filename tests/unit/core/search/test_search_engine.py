"""Search over a real library: recall against a substring scan, operators, filters, results."""

from __future__ import annotations

import html

import pytest
from search_support import add_talk
from sqlalchemy import text

from reader.core.db import Library
from reader.core.errors import SearchQueryError
from reader.core.search import engine, find_in_talk, search
from reader.core.textproc.cleanup import clean_text

WORD_QUERIES = ["芯片", "带宽", "扩散模型", "语音合成", "对齐", "alignment", "diffusion", "transformer"]


def _like_ids(library: Library, word: str) -> set[int]:
    with library.read_session() as session:
        rows = session.execute(
            text(
                "SELECT s.id FROM segments s LEFT JOIN translations t ON t.segment_id = s.id"
                " WHERE s.text LIKE :p OR t.text LIKE :p"
            ),
            {"p": f"%{word}%"},
        )
        return {row[0] for row in rows}


def _texts(library: Library, segment_id: int) -> list[str]:
    with library.read_session() as session:
        body, lang, translation = session.execute(
            text(
                "SELECT s.text, s.lang, t.text FROM segments s LEFT JOIN translations t ON t.segment_id = s.id"
                " WHERE s.id = :id"
            ),
            {"id": segment_id},
        ).one()
    return [body, clean_text(body, lang), translation or ""]


@pytest.mark.parametrize("word", WORD_QUERIES)
def test_recall_against_substring_scan(sample_library: Library, word: str) -> None:
    expected = _like_ids(sample_library, word)
    assert expected, f"{word} must occur in the test library, or the test proves nothing"
    with sample_library.read_session() as session:
        results = search(session, word, limit=engine.MAX_LIMIT)
    found = {hit.segment_id for hit in results.hits if hit.note_id is None}
    assert len(found & expected) >= 0.95 * len(expected), (word, sorted(expected - found))
    for hit in results.hits:
        texts = _texts(sample_library, hit.segment_id)
        assert any(word.casefold() in t.casefold() for t in texts), (word, texts)
        assert "[" in hit.snippet and "]" in hit.snippet, hit.snippet


def test_chinese_compound_found_whole_and_in_parts(sample_library: Library) -> None:
    with sample_library.read_session() as session:
        whole = search(session, "扩散模型", limit=100)
        part = search(session, "模型", limit=100)
        longer = search(session, "语音合成", limit=100)
    whole_ids = {h.segment_id for h in whole.hits}
    assert whole_ids and whole_ids <= {h.segment_id for h in part.hits}
    assert any("[扩散模型]" in h.snippet for h in whole.hits)
    # 扩散，模型 has a clause break between the words: not the compound.
    assert not any("扩散，模型" in h.snippet for h in whole.hits)
    # 语音合成器 is cut 语音/合成器 by jieba; the query's last word still matches as a prefix.
    assert any("语音合成器" in h.snippet.replace("[", "").replace("]", "") for h in longer.hits)


def test_mixed_language_query(sample_library: Library) -> None:
    add_talk(sample_library, "mixed", [("zh", "我们用diffusion模型生成图片。"), ("zh", "diffusion很慢，模型很大。")])
    with sample_library.read_session() as session:
        results = search(session, "diffusion 模型")
        glued = search(session, "diffusion模型")
    snippets = [h.snippet for h in results.hits]
    assert any("[diffusion]" in s and "[模型]" in s for s in snippets)
    assert [h.snippet for h in glued.hits] == ["我们用[diffusion模型]生成图片。"]


def test_plural_prefix_and_case_forms(sample_library: Library) -> None:
    with sample_library.read_session() as session:
        transformer = search(session, "transformer", limit=100)
        plural_query = search(session, "models", limit=100)
        short_plural = search(session, "GPU", limit=100)
        prefix = search(session, "transf*", limit=100)
        accents = search(session, "CREME BRULEE", limit=100)
        glued = search(session, "OPT", limit=100)
    assert any("[Transformers]" in h.snippet for h in transformer.hits)
    assert any("[model]" in h.snippet.lower() for h in plural_query.hits)
    assert any("[GPUs]" in h.snippet for h in short_plural.hits)
    assert {h.segment_id for h in transformer.hits} <= {h.segment_id for h in prefix.hits}
    assert any("[crème brûlée]" in h.snippet for h in accents.hits)
    assert any("developing[OPT]" in h.snippet for h in glued.hits)


def test_operators(sample_library: Library) -> None:
    _, ids = add_talk(
        sample_library,
        "operators",
        [
            ("en", "quantum annealing beats sampling"),
            ("en", "sampling beats quantum annealing"),
            ("en", "quantum chips and photonic chips"),
            ("en", "photonic annealing"),
        ],
    )
    with sample_library.read_session() as session:

        def found(query: str) -> set[int]:
            return {h.segment_id for h in search(session, query, limit=100).hits} & set(ids)

        assert found("quantum annealing") == {ids[0], ids[1]}
        assert found('"quantum annealing"') == {ids[0], ids[1]}
        assert found('"annealing beats"') == {ids[0]}
        assert found("quantum OR photonic") == set(ids)
        assert found("annealing -sampling") == {ids[3]}
        assert found("annealing NOT quantum") == {ids[3]}
        assert found("photon*") == {ids[2], ids[3]}
        assert found("quantum AND chips") == {ids[2]}
        assert found('"quantum annealing') == {ids[0], ids[1]}  # an unclosed quote ends at the end


def test_filters_talk_lang_and_fields(sample_library: Library) -> None:
    talk_a, ids_a = add_talk(sample_library, "A", [("en", "zebra crossing"), ("zh", "斑马线上的zebra")])
    talk_b, ids_b = add_talk(sample_library, "B", [("en", "zebra stripes")])
    with sample_library.session() as session:
        session.execute(
            text(
                "INSERT INTO translations (segment_id, text, target_lang, model, source_hash, created_at,"
                " updated_at) VALUES (:id, '斑马条纹', 'zh', 'test', 'x', '2024-01-01', '2024-01-01')"
            ),
            {"id": ids_b[0]},
        )
    with sample_library.read_session() as session:

        def found(query: str, **kwargs: object) -> set[int]:
            return {h.segment_id for h in search(session, query, limit=100, **kwargs).hits}

        assert found("zebra") == {*ids_a, ids_b[0]}
        assert found(f"zebra talk:{talk_a}") == set(ids_a)
        assert found("zebra", talk_id=talk_b) == {ids_b[0]}
        assert found(f"zebra talk:{talk_a} talk:{talk_b}") == {*ids_a, ids_b[0]}
        assert found(f"zebra talk:{talk_a}", talk_id=talk_b) == set()
        assert found("zebra lang:en") == {ids_a[0], ids_b[0]}
        assert found("zebra", lang="zh") == {ids_a[1]}
        # lang: is the language of the text that matched: a Chinese translation counts as zh.
        assert found("斑马 lang:zh") == {ids_a[1], ids_b[0]}
        assert found("斑马 lang:en") == set()
        assert found("斑马 in:translation") == {ids_b[0]}
        assert found("斑马 in:original") == {ids_a[1]}
        translated = search(session, "条纹").hits
        assert [(h.segment_id, h.field, h.snippet) for h in translated] == [(ids_b[0], "translation", "斑马[条纹]")]


def test_original_ranks_above_translation(sample_library: Library) -> None:
    _, ids = add_talk(sample_library, "rank", [("en", "okapi sighting report"), ("en", "field sighting report")])
    with sample_library.session() as session:
        session.execute(
            text(
                "INSERT INTO translations (segment_id, text, target_lang, model, source_hash, created_at,"
                " updated_at) VALUES (:id, 'okapi sighting report', 'en', 'test', 'x', '2024-01-01', '2024-01-01')"
            ),
            {"id": ids[1]},
        )
    with sample_library.read_session() as session:
        results = search(session, "okapi")
    assert [h.segment_id for h in results.hits] == ids
    assert results.hits[0].score > results.hits[1].score > 0
    assert [h.field for h in results.hits] == ["original", "translation"]


def test_results_grouped_by_talk_with_counts(sample_library: Library) -> None:
    talk_a, ids_a = add_talk(sample_library, "A", [("en", f"wombat number {i}") for i in range(5)])
    talk_b, ids_b = add_talk(sample_library, "B", [("en", "a wombat wombat wombat")])
    with sample_library.read_session() as session:
        results = search(session, "wombat", limit=3)
    assert results.total == 6 and not results.total_capped and results.ranked_all
    assert len(results.hits) == 3
    assert results.hits[0].segment_id == ids_b[0]  # three occurrences in a short segment: best bm25
    counts = {t.talk_id: t.hit_count for t in results.talks}
    assert counts == {talk_b: 1, talk_a: 5}
    assert [t.talk_id for t in results.talks] == [talk_b, talk_a]
    for talk in results.talks:
        assert all(h.talk_id == talk.talk_id for h in talk.hits)
    hit = results.hits[0]
    assert hit.ordinal == 0 and hit.lang == "en"


def test_snippet_markers_escape_and_window(sample_library: Library) -> None:
    long_text = "word " * 80 + "<b>pangolin</b> & co " + "tail " * 80
    _, ids = add_talk(sample_library, "html", [("en", long_text)])
    with sample_library.read_session() as session:
        results = search(session, "pangolin", markers=("<mark>", "</mark>"), escape=html.escape, snippet_chars=60)
    (hit,) = results.hits
    assert "<mark>pangolin</mark>" in hit.snippet
    assert "&lt;b&gt;" in hit.snippet and "&amp;" in hit.snippet
    assert hit.snippet.startswith("…") and hit.snippet.endswith("…")
    assert len(html.unescape(hit.snippet.replace("<mark>", "").replace("</mark>", ""))) <= 62
    start, end = hit.spans[0]
    assert long_text[start:end] == "pangolin"


def test_find_in_talk_returns_every_hit_in_reading_order(sample_library: Library) -> None:
    talk_id, ids = add_talk(
        sample_library,
        "order",
        [("en", "capybara one"), ("en", "nothing"), ("en", "capybara capybara two"), ("en", "capybara three")],
    )
    add_talk(sample_library, "other", [("en", "capybara elsewhere")])
    with sample_library.session() as session:
        session.execute(
            text(
                "INSERT INTO notes (talk_id, first_segment_id, last_segment_id, text, created_at, updated_at)"
                " VALUES (:talk, :first, :last, 'a capybara note', '2024-01-01', '2024-01-01')"
            ),
            {"talk": talk_id, "first": ids[2], "last": ids[3]},
        )
    with sample_library.read_session() as session:
        hits = find_in_talk(session, talk_id, "capybara")
    assert [(h.ordinal, h.field) for h in hits] == [(0, "original"), (2, "original"), (2, "note"), (3, "original")]
    assert hits[2].note_id is not None and hits[2].segment_id == ids[2]
    assert all(h.talk_id == talk_id for h in hits)


def test_very_common_words_are_capped_not_ranked(sample_library: Library, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(engine, "RANK_LIMIT", 20)
    monkeypatch.setattr(engine, "COUNT_LIMIT", 50)
    with sample_library.read_session() as session:
        common = search(session, "the", limit=10)
        rare = search(session, "transformer", limit=10)
    assert common.total_capped and common.total == 50 and not common.ranked and not common.ranked_all
    assert len(common.hits) == 10 and all(h.score == 0 for h in common.hits)
    ordered = [h.segment_id for h in common.hits]
    assert ordered == sorted(ordered)  # library order
    assert sum(t.hit_count for t in common.talks) <= 50
    assert rare.ranked_all and not rare.total_capped


@pytest.mark.parametrize(
    "query",
    ["", "   ", "😊😊", "-transformer", "*", '""', "lang:fr x", "talk:x y", "in:body x", "-lang:zh x", "x" * 5000],
)
def test_unsearchable_queries_get_a_message(sample_library: Library, query: str) -> None:
    with sample_library.read_session() as session, pytest.raises(SearchQueryError) as caught:
        search(session, query)
    assert caught.value.message and "fts5" not in caught.value.message.lower()


def test_no_matches_is_an_empty_result(sample_library: Library) -> None:
    with sample_library.read_session() as session:
        results = search(session, "xylophonist")
    assert results.hits == () and results.talks == () and results.total == 0


def test_function_words_among_other_words_skip_ranking(sample_library: Library) -> None:
    with sample_library.read_session() as session:
        mixed = search(session, "the transformer", limit=50)
        alone = search(session, "transformer", limit=50)
    assert alone.ranked_all
    assert not mixed.ranked and not mixed.ranked_all and mixed.hits
    ordered = [h.segment_id for h in mixed.hits]
    assert ordered == sorted(ordered)
    assert set(ordered) <= {h.segment_id for h in alone.hits}


def test_many_matches_of_one_word_rank_the_first_ones(sample_library: Library, monkeypatch: pytest.MonkeyPatch) -> None:
    talk_id, ids = add_talk(sample_library, "many", [("en", "gecko " + "filler " * i) for i in range(12)])
    monkeypatch.setattr(engine, "RANK_LIMIT", 8)
    with sample_library.read_session() as session:
        results = search(session, "gecko", limit=3)
    assert results.total == 12 and not results.total_capped
    assert results.ranked and not results.ranked_all
    # bm25 prefers the shortest segments, among the first eight in library order.
    assert [h.segment_id for h in results.hits] == ids[:3]
    (talk,) = results.talks
    assert talk.talk_id == talk_id and talk.count_capped and talk.hit_count == 8
