"""The LibreTranslate engine against a real HTTP server on 127.0.0.1: batches with ``q`` as a
list, rows aligned, retries with back-off, Retry-After obeyed, timeouts, bounded requests
in flight, clear errors, and nothing stored from a batch that failed."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from reader.core import glossary
from reader.core import library as lib
from reader.core.db import Library
from reader.core.errors import EngineError
from reader.core.models import Segment, Translation
from reader.core.translate import engine_settings as es
from reader.core.translate import store
from reader.core.translate.engine import TranslationEngine
from reader.core.translate.engines import EngineRouter
from reader.core.translate.libretranslate import LibreTranslateEngine
from reader.core.translate.registry import check
from reader.core.translate.runner import translate_library
from reader.core.translate.server import ServerSettings
from tests.support.translation_servers import LibreTranslateServer, running

TRANSCRIPT = """对齐 测试

我们今天讨论大模型的对齐问题。这是第二句话，讲的是评测。然后我们看一下实验结果。最后是总结。

Thank you for having me. Today I will talk about scaling. The LLM is large. Any questions?
"""

FAST = ServerSettings(timeout=5.0, attempts=3, backoff=0.01, concurrency=2, batch_sentences=2)


@pytest.fixture
def talk(library: Library, tmp_path: Path) -> int:
    source = tmp_path / "talk.txt"
    source.write_text(TRANSCRIPT, encoding="utf-8")
    result = lib.import_file(library, source)
    assert result.status == "imported", result.message
    return result.talks[0].id


@pytest.fixture
def server() -> Iterator[LibreTranslateServer]:
    with running(LibreTranslateServer(api_key="secret")) as started:
        assert isinstance(started, LibreTranslateServer)
        yield started


class Waits:
    """Records the back-off the engine asks for, without waiting (the clock, not the server)."""

    def __init__(self) -> None:
        self.delays: list[float] = []

    def __call__(self, seconds: float) -> None:
        self.delays.append(seconds)


def _engine(server: LibreTranslateServer, settings: ServerSettings = FAST, **kwargs: object) -> LibreTranslateEngine:
    config = es.EngineConfig(name="lt", kind=es.LIBRETRANSLATE, url=server.url, api_key=kwargs.pop("key", "secret"))  # type: ignore[arg-type]
    return LibreTranslateEngine(config, settings=settings, **kwargs)  # type: ignore[arg-type]


def _router(engine: LibreTranslateEngine) -> EngineRouter:
    return EngineRouter(TranslationEngine(threads=1), dict.fromkeys(es.DIRECTIONS, engine))


def _sources(library: Library) -> dict[int, tuple[str, str]]:
    """segment id → (language, the text sent to an engine), for every translatable segment."""
    with library.read_session() as session:
        segments = session.scalars(select(Segment)).all()
        return {
            s.id: (s.lang, store.translation_source(s.text, s.lang))
            for s in segments
            if s.lang in ("zh", "en") and store.translation_source(s.text, s.lang)
        }


def _rows(library: Library) -> dict[int, Translation]:
    with library.read_session() as session:
        return {row.segment_id: row for row in session.scalars(select(Translation))}


def test_a_talk_is_translated_in_batches_each_row_its_own(library: Library, talk: int, server) -> None:
    with library.session() as session:
        es.add_engine(session, es.EngineConfig(name="lt", kind=es.LIBRETRANSLATE, url=server.url, api_key="secret"))
        for direction in es.DIRECTIONS:
            es.choose_engine(session, direction, "lt")
    summary = translate_library(library)  # the library's own choice
    sources = _sources(library)
    assert summary.translated == summary.planned == len(sources) >= 6
    rows = _rows(library)
    for segment_id, (lang, text) in sources.items():
        target = "en" if lang == "zh" else "zh"
        row = rows[segment_id]
        assert row.text == f"{'zh-Hans' if target == 'zh' else 'en'}: {text}"
        assert (row.engine_kind, row.engine_name, row.model, row.target_lang) == (
            "libretranslate",
            "lt",
            "LibreTranslate",
            target,
        )
    posts = server.posts("/translate")
    assert all(isinstance(p["q"], list) and p["format"] == "text" and p["api_key"] == "secret" for p in posts)
    assert {(p["source"], p["target"]) for p in posts} == {("zh-Hans", "en"), ("en", "zh-Hans")}
    assert sum(len(p["q"]) for p in posts) == len(sources) and len(posts) < len(sources)
    assert translate_library(library).planned == 0


def test_requests_run_at_once_but_no_more_than_allowed(library: Library, talk: int, server) -> None:
    # Two requests must be in the server together to pass the barrier: they really overlap.
    server.faults.extend(["barrier", "barrier"])
    summary = translate_library(library, engine=_router(_engine(server)))
    assert summary.translated == len(_sources(library))
    assert server.most_in_flight == 2
    assert len(server.posts("/translate")) >= 4


def test_server_errors_and_rate_limits_are_retried_with_backoff(library: Library, talk: int, server) -> None:
    waits = Waits()
    server.faults.extend(["500", "429", "500"])
    engine = _engine(server, ServerSettings(timeout=5, attempts=4, backoff=0.25, concurrency=1, batch_sentences=50))
    engine.server._wait = waits
    summary = translate_library(library, engine=_router(engine))
    assert summary.translated == len(_sources(library))
    # 500 → the first back-off; 429 → the server's Retry-After (7 s); 500 → doubled back-off.
    assert waits.delays == [0.25, 7.0, 1.0]
    assert len(server.posts("/translate")) == 3 + 2  # three refused, then one per direction


def test_a_server_that_hangs_times_out_and_nothing_is_stored(library: Library, talk: int, server) -> None:
    server.faults.extend(["hang", "hang"])
    engine = _engine(server, ServerSettings(timeout=0.3, attempts=2, backoff=0.01, concurrency=1, batch_sentences=50))
    with pytest.raises(EngineError) as raised:
        translate_library(library, engine=_router(engine))
    assert raised.value.code == "engine.timeout"
    assert "did not answer within 0.3 s" in str(raised.value)
    assert _rows(library) == {}


def test_a_wrong_count_fails_its_batch_and_stores_nothing_of_it(library: Library, talk: int, server) -> None:
    server.faults.extend(["", "wrong-count"])
    engine = _engine(server, ServerSettings(timeout=5, attempts=2, backoff=0.01, concurrency=1, batch_sentences=2))
    with pytest.raises(EngineError) as raised:
        translate_library(library, engine=_router(engine))
    assert raised.value.code == "engine.count-mismatch"
    assert raised.value.params["sent"] == 2 and raised.value.params["got"] == 1
    rows = _rows(library)
    first_batch = server.posts("/translate")[0]["q"]
    assert len(rows) == len(first_batch) == 2
    sources = _sources(library)
    for segment_id, row in rows.items():
        assert row.text.endswith(sources[segment_id][1])  # aligned: each row its own sentence


def test_bad_key_unsupported_pair_garbage_and_no_server_are_clear_errors(
    library: Library, talk: int, server, tmp_path: Path
) -> None:
    with pytest.raises(EngineError) as raised:
        one_at_a_time = ServerSettings(timeout=5, attempts=3, backoff=0.01, concurrency=1, batch_sentences=2)
        translate_library(library, engine=_router(_engine(server, one_at_a_time, key="wrong")))
    assert raised.value.code == "engine.bad-key" and "refused the API key" in str(raised.value)
    assert len(server.posts("/translate")) == 1  # a refused key is not retried

    server.faults.append("not-json")  # the first request's answer: nothing before it to store
    with pytest.raises(EngineError) as raised:
        translate_library(library, engine=_router(_engine(server, one_at_a_time)))
    assert raised.value.code == "engine.malformed"

    with running(LibreTranslateServer(languages={"en": ["fr"], "fr": ["en"]})) as french:
        before = len(french.requests)
        with pytest.raises(EngineError) as raised:
            translate_library(library, engine=_router(_engine(french)))  # type: ignore[arg-type]
        assert raised.value.code == "engine.unsupported-pair"
        assert [path for path, _ in french.requests[before:]] == ["/languages"]  # no translation asked
        closed_url = french.url
    gone = LibreTranslateEngine(
        es.EngineConfig(name="gone", kind=es.LIBRETRANSLATE, url=closed_url), settings=FAST, wait=Waits()
    )
    with pytest.raises(EngineError) as raised:
        translate_library(library, engine=_router(gone))
    assert raised.value.code == "engine.unreachable" and "is the server running?" in str(raised.value)
    assert _rows(library) == {}


def test_glossary_terms_travel_as_placeholders_and_are_checked(library: Library, talk: int, server) -> None:
    with library.session() as session:
        glossary.add_entry(session, "LLM", "大语言模型", source_lang="en")
    seen: list[str] = []

    def keeps_placeholders(text: str, source: str, target: str) -> str:
        seen.append(text)
        return f"译文 {text}"

    server.translate = keeps_placeholders
    translate_library(library, engine=_router(_engine(server)))
    sent = next(text for text in seen if "large" in text)
    assert "LLM" not in sent and "QZ1" in sent
    row = next(r for r in _rows(library).values() if "large" in r.text)
    assert "大语言模型" in row.text and row.glossary_issues is None

    # A server that loses the placeholder: the row is marked, not silently wrong.
    server.translate = lambda text, source, target: "丢了" if "QZ1" in text else text
    with library.session() as session:
        glossary.add_entry(session, "scaling", "扩展", source_lang="en")
    translate_library(library, engine=_router(_engine(server)))
    marked = [r for r in _rows(library).values() if r.glossary_issues]
    assert marked and all("丢了" in r.text for r in marked)


def test_a_cancelled_run_keeps_what_was_stored(library: Library, talk: int, server) -> None:
    cancel = threading.Event()
    stored: list[int] = []

    def on_batch(batch: list) -> None:
        with library.session() as session:
            stored.append(store.save_batch(session, batch))
        cancel.set()

    engine = _engine(server, ServerSettings(timeout=5, attempts=2, backoff=0.01, concurrency=1, batch_sentences=2))
    summary = translate_library(library, engine=_router(engine), cancel=cancel, on_batch=on_batch)
    assert summary.cancelled and stored == [2]
    assert len(_rows(library)) == 2 < len(_sources(library))


def test_readiness_is_asked_of_the_server(server) -> None:
    ready = check(es.EngineConfig(name="lt", kind=es.LIBRETRANSLATE, url=server.url, api_key="secret"))
    assert ready.ready and ready.directions == (("zh", "en"), ("en", "zh")), ready
    refused = check(es.EngineConfig(name="lt", kind=es.LIBRETRANSLATE, url=server.url))
    assert not refused.ready and refused.error is not None and refused.error.code == "engine.bad-key"
