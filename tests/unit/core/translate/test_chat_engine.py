"""The chat engine against a real OpenAI-compatible streaming server on 127.0.0.1: numbered
sentences with context, rows as the answer streams, every answer checked number by number,
what is missing or garbled asked again and never glued to another row."""

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
from reader.core.translate.chat import AnswerReader, ChatEngine
from reader.core.translate.engine import TranslationEngine
from reader.core.translate.engines import EngineRouter
from reader.core.translate.prompt import DEFAULT_PROMPT, prompt_hash
from reader.core.translate.registry import check
from reader.core.translate.runner import translate_library
from reader.core.translate.server import ServerSettings
from tests.support.translation_servers import ChatServer, numbered_sentences, running

TRANSCRIPT = """对齐 测试

我们今天讨论大模型的对齐问题。这是第二句话，讲的是评测。然后我们看一下实验结果。最后是总结。

Thank you for having me. Today I will talk about scaling. The LLM is large. Any questions?
"""

FAST = ServerSettings(timeout=5.0, attempts=3, backoff=0.01, concurrency=1, batch_sentences=3)


@pytest.fixture
def talk(library: Library, tmp_path: Path) -> int:
    source = tmp_path / "talk.txt"
    source.write_text(TRANSCRIPT, encoding="utf-8")
    result = lib.import_file(library, source)
    assert result.status == "imported", result.message
    return result.talks[0].id


@pytest.fixture
def server() -> Iterator[ChatServer]:
    with running(ChatServer(api_key="sk-local")) as started:
        assert isinstance(started, ChatServer)
        yield started


def _config(server: ChatServer, **changes: str | None) -> es.EngineConfig:
    values: dict[str, str | None] = {"url": server.url + "/v1", "model": "tiny-chat", "api_key": "sk-local"}
    values.update(changes)
    return es.EngineConfig(name="local-llm", kind=es.CHAT, **values)  # type: ignore[arg-type]


def _engine(server: ChatServer, settings: ServerSettings = FAST, **changes: str | None) -> ChatEngine:
    return ChatEngine(_config(server, **changes), settings=settings, wait=lambda seconds: None)


def _router(engine: ChatEngine) -> EngineRouter:
    return EngineRouter(TranslationEngine(threads=1), dict.fromkeys(es.DIRECTIONS, engine))


def _sources(library: Library) -> dict[int, tuple[str, str]]:
    with library.read_session() as session:
        return {
            s.id: (s.lang, store.translation_source(s.text, s.lang))
            for s in session.scalars(select(Segment))
            if s.lang in ("zh", "en") and store.translation_source(s.text, s.lang)
        }


def _rows(library: Library) -> dict[int, Translation]:
    with library.read_session() as session:
        return {row.segment_id: row for row in session.scalars(select(Translation))}


def _assert_aligned(library: Library, *, complete: bool = True) -> None:
    """Every stored row is the translation of its own sentence (the server's "target: text")."""
    sources = _sources(library)
    rows = _rows(library)
    if complete:
        assert set(rows) == set(sources)
    for segment_id, row in rows.items():
        lang, text = sources[segment_id]
        assert row.text == f"{'en' if lang == 'zh' else 'zh'}: {text}", (row.text, text)


def test_sentences_go_numbered_with_context_and_come_back_each_to_its_row(
    library: Library, talk: int, server: ChatServer
) -> None:
    summary = translate_library(library, engine=_router(_engine(server)))
    assert summary.translated == len(_sources(library)) >= 6
    _assert_aligned(library)
    row = next(iter(_rows(library).values()))
    assert (row.engine_kind, row.engine_name, row.model) == ("chat", "local-llm", "tiny-chat")
    assert row.prompt_hash == prompt_hash(DEFAULT_PROMPT)
    payloads = server.posts("/v1/chat/completions")
    assert all(p["temperature"] == 0 and p["stream"] is True and p["model"] == "tiny-chat" for p in payloads)
    prompts = server.prompts()
    first_zh = next(p for p in prompts if "from Chinese" in p)
    assert numbered_sentences(first_zh)[:2] == ["我们今天讨论大模型的对齐问题。", "这是第二句话，讲的是评测。"]
    # A batch after the first carries its neighbours as context.
    later = [p for p in prompts if "from English" in p]
    assert len(later) == 2 and numbered_sentences(later[1]) == ["Any questions?"]
    assert "Today I will talk about scaling.\nThe LLM is large." in later[1].split("Sentences:")[0]


def test_rows_arrive_while_the_answer_still_streams(library: Library, talk: int, server: ChatServer) -> None:
    server.faults.append("pause:2")
    engine = _engine(server)
    with library.read_session() as session:
        plan = engine.plan(store.pending_work(session, provenance=engine.provenance_for))
    batches = engine.run(plan)
    first = next(batches)
    # The server holds the rest of its answer until told to go on (it may still be sending the
    # line after the first when the row arrives): the row came from the stream.
    assert server.paused.wait(timeout=30) and server.answers_done == 0
    assert first[0].text.startswith("en: 我们今天")
    server.proceed.set()
    rest = [row for batch in batches for row in batch]
    assert len(rest) + 1 == plan.total


@pytest.mark.parametrize(
    "fault",
    ["drop:2", "dup:2", "garble:3", "close:2", "preamble", "no-stream", "500", "429"],
)
def test_a_faulty_answer_is_asked_again_and_never_misaligned(
    library: Library, talk: int, server: ChatServer, fault: str
) -> None:
    server.faults.append(fault)
    summary = translate_library(library, engine=_router(_engine(server)))
    assert summary.translated == len(_sources(library))
    _assert_aligned(library)
    prompts = server.prompts()
    asked = [numbered_sentences(p) for p in prompts]
    if fault in ("drop:2", "garble:3", "close:2"):
        # Only sentence 1 is certainly whole (a garbled line 3 may be the end of line 2): the
        # other two are asked again, one at a time.
        assert asked[1:3] == [asked[0][1:2], asked[0][2:3]]
    if fault == "dup:2":
        assert asked[1] == asked[0][2:3]
    if fault in ("preamble", "no-stream"):
        assert [len(a) for a in asked] == [3, 1, 3, 1]  # nothing asked again
    if fault in ("500", "429"):
        assert [len(a) for a in asked] == [3, 3, 1, 3, 1]  # the refused request, tried again


def test_an_answer_that_never_fits_stops_the_run_with_what_was_good_stored(
    library: Library, talk: int, server: ChatServer
) -> None:
    server.faults.extend(["drop:3"] + ["drop:1"] * 10)
    with pytest.raises(EngineError) as raised:
        translate_library(library, engine=_router(_engine(server)))
    assert raised.value.code == "engine.unusable-answer"
    assert len(_rows(library)) == 2  # sentences 1 and 2 of the first answer
    _assert_aligned(library, complete=False)


def test_server_problems_are_clear_errors(library: Library, talk: int, server: ChatServer) -> None:
    cases = [
        (_engine(server, api_key="wrong"), "engine.bad-key"),
        (_engine(server, model="llama-70b"), "engine.model-missing"),
    ]
    for engine, code in cases:
        with pytest.raises(EngineError) as raised:
            translate_library(library, engine=_router(engine))
        assert raised.value.code == code
    server.faults.extend(["hang", "hang"])
    slow = _engine(server, ServerSettings(timeout=0.3, attempts=2, backoff=0.01, concurrency=1, batch_sentences=4))
    with pytest.raises(EngineError) as raised:
        translate_library(library, engine=_router(slow))
    assert raised.value.code == "engine.timeout"
    assert _rows(library) == {}


def test_glossary_goes_into_the_prompt_and_results_are_checked(library: Library, talk: int, server: ChatServer) -> None:
    with library.session() as session:
        glossary.add_entry(session, "LLM", "大语言模型", source_lang="en")
    translate_library(library, engine=_router(_engine(server)))
    prompt = next(p for p in server.prompts() if "The LLM is large." in p)
    assert "- LLM → 大语言模型" in prompt
    # The server's "translation" kept "LLM": the row is marked for the missing term.
    row = next(r for r in _rows(library).values() if "LLM" in r.text)
    assert row.glossary_issues is not None and "大语言模型" in row.glossary_issues


def test_another_prompt_retranslates_only_when_asked(library: Library, talk: int, server: ChatServer) -> None:
    translate_library(library, engine=_router(_engine(server)))
    custom = "Translate from {source_lang} to {target_lang}, one numbered line each.\nSentences:\n{sentences}\n"
    engine = _engine(server, prompt=custom)
    assert translate_library(library, engine=_router(engine)).planned == 0
    summary = translate_library(library, engine=_router(engine), again=True)
    assert summary.translated == len(_sources(library))
    assert {r.prompt_hash for r in _rows(library).values()} == {prompt_hash(custom)}
    assert server.prompts()[-1].startswith("Translate from English to Chinese")


def test_readiness_asks_for_the_models(server: ChatServer) -> None:
    assert check(_config(server)).ready
    missing = check(_config(server, model="llama-70b"))
    assert not missing.ready and missing.error is not None and missing.error.code == "engine.model-missing"
    assert "tiny-chat" in missing.detail
    refused = check(_config(server, api_key=None))
    assert refused.error is not None and refused.error.code == "engine.bad-key"


def test_the_answer_reader_accepts_a_row_only_when_it_is_whole() -> None:
    reader = AnswerReader(3)
    assert reader.feed("Here you go:\n1. one") == []
    assert reader.feed("\n2") == []  # row 1 might still go on ("2" may be a digit of it)
    assert reader.feed(". tw") == [(0, "one")]  # line 2 has begun: row 1 is whole
    assert reader.feed("o\n3. three") == [(1, "two")]
    assert reader.finish(complete=False) == []  # 3 was cut off: not trusted
    reader = AnswerReader(2)
    assert reader.feed("1. one\ncontinued\n2. two\n") == []  # text of no number: 1 in doubt
    assert reader.broken and reader.finish(complete=True) == []
    reader = AnswerReader(2)
    assert reader.feed("1) one\n2、two") == [(0, "one")]
    assert reader.finish(complete=True) == [(1, "two")]


def test_a_run_can_be_cancelled_between_rows(library: Library, talk: int, server: ChatServer) -> None:
    cancel = threading.Event()

    def on_batch(batch: list) -> None:
        with library.session() as session:
            store.save_batch(session, batch)
        cancel.set()

    summary = translate_library(library, engine=_router(_engine(server)), cancel=cancel, on_batch=on_batch)
    assert summary.cancelled and 1 <= len(_rows(library)) < len(_sources(library))
    _assert_aligned(library, complete=False)
