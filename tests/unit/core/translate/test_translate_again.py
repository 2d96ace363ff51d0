"""Translating some sentences again with one engine: exactly those segment ids, with that
engine's provenance, and never the user's own translations."""

from __future__ import annotations

from pathlib import Path

from reader.core import library as lib
from reader.core.db import Library
from reader.core.reading import translations_of
from reader.core.translate import engine_settings as es
from reader.core.translate import store
from reader.core.translate.registry import library_engine
from reader.core.translate.runner import translate_library
from tests.support.translation_servers import ChatServer, running

TRANSCRIPT = """对齐 测试

我们今天讨论大模型的对齐问题。这是第二句话，讲的是评测。

Thank you for having me. Today I will talk about scaling.
"""


def test_these_segments_again_with_engine_x(library: Library, tmp_path: Path) -> None:
    source = tmp_path / "talk.txt"
    source.write_text(TRANSCRIPT, encoding="utf-8")
    talk = lib.import_file(library, source).talks[0].id
    with library.read_session() as session:
        ids = [s.id for s in lib.get_talk(session, talk).segments if s.text.strip()]
    assert len(ids) >= 4
    with running(ChatServer()) as server:
        with library.session() as session:
            es.add_engine(session, es.EngineConfig(name="llm", kind=es.CHAT, url=server.url, model="tiny-chat"))
            store.set_user_translation(session, ids[1], "my own words")
        chosen = [ids[0], ids[1], ids[3]]
        summary = translate_library(library, segment_ids=chosen, engine=library_engine(library, only="llm"), again=True)
        assert summary.translated == 2  # the user's row is not asked
        with library.read_session() as session:
            rows = translations_of(session, ids)
        assert rows[ids[1]][:2] == ("my own words", True) and rows[ids[1]][3] is None
        for segment_id in (ids[0], ids[3]):
            assert rows[segment_id][0].startswith(("en: ", "zh: "))
            assert rows[segment_id][3] == ("llm", "tiny-chat")
        assert ids[2] not in rows and all(i in chosen for i in rows)
        # Asked again with the same engine: nothing is due.
        again = translate_library(library, segment_ids=chosen, engine=library_engine(library, only="llm"), again=True)
        assert again.planned == 0
