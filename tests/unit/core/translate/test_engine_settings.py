"""Engine settings in the library: added, chosen per direction, undone; and what a change of
engine makes due (only what the user asks for, never the user's own rows)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from reader.core import history
from reader.core import library as lib
from reader.core.db import Library
from reader.core.errors import InvalidOperation, NotFound
from reader.core.hashing import text_hash
from reader.core.models import Translation
from reader.core.translate import engine_settings as es
from reader.core.translate import store
from reader.core.translate.engine import Provenance, TranslatedSegment, TranslationEngine
from reader.core.translate.engines import Engine, EngineRouter
from reader.core.translate.registry import library_engine
from reader.core.translate.runner import translate_library
from tests.support.fixtures import TinyPackages

TRANSCRIPT = """对齐 测试

我们今天讨论大模型的对齐问题。这是第二句话，讲的是评测。

Thank you for having me. Today I will talk about scaling.
"""

LT = es.EngineConfig(name="home-lt", kind=es.LIBRETRANSLATE, url="http://127.0.0.1:5000/", api_key=" k1 ")
CHAT = es.EngineConfig(name="ollama", kind=es.CHAT, url="http://localhost:11434", model="qwen2.5:7b")


@pytest.fixture
def talk(library: Library, tmp_path: Path) -> int:
    source = tmp_path / "talk.txt"
    source.write_text(TRANSCRIPT, encoding="utf-8")
    result = lib.import_file(library, source)
    assert result.status == "imported", result.message
    return result.talks[0].id


def test_engines_are_added_chosen_per_direction_and_undone(library: Library) -> None:
    with library.session() as session:
        assert es.add_engine(session, LT) == es.EngineConfig(
            name="home-lt", kind="libretranslate", url="http://127.0.0.1:5000", api_key="k1"
        )
        es.add_engine(session, CHAT)
        es.choose_engine(session, ("zh", "en"), "home-lt")
        es.choose_engine(session, ("en", "zh"), "ollama")
    with library.read_session() as session:
        assert [c.name for c in es.list_engines(session)] == ["argos", "home-lt", "ollama"]
        assert {d: c.name for d, c in es.chosen(session).items()} == {("zh", "en"): "home-lt", ("en", "zh"): "ollama"}
    router = library_engine(library)
    assert isinstance(router, Engine)
    assert router.engine_for(("zh", "en")).kind == "libretranslate"
    assert router.engine_for(("en", "zh")).kind == "chat"
    assert router.provenance_for("en") == Provenance(
        "chat", "ollama", "qwen2.5:7b", router.provenance_for("en").prompt_hash
    )  # type: ignore[union-attr]

    # Removing an engine hands its direction back to Argos; undo brings both back.
    with library.session() as session:
        es.remove_engine(session, "ollama")
    with library.read_session() as session:
        assert es.chosen(session)[("en", "zh")] == es.BUILTIN
        assert history.next_undo(session).kind is history.ActionKind.REMOVE_ENGINE  # type: ignore[union-attr]
    with library.session() as session:
        history.undo(session)
    with library.read_session() as session:
        assert es.chosen(session)[("en", "zh")].name == "ollama"

    # Choosing Argos again removes the choice; it is one undoable action too.
    with library.session() as session:
        es.choose_engine(session, ("zh", "en"), "argos")
    with library.read_session() as session:
        assert es.chosen(session)[("zh", "en")] == es.BUILTIN
    with library.session() as session:
        assert history.undo(session).describe() == "Use “argos” for zh-en"
    with library.read_session() as session:
        assert es.chosen(session)[("zh", "en")].name == "home-lt"


def test_engine_settings_are_checked(library: Library) -> None:
    with library.session() as session:
        es.add_engine(session, LT)
    cases = [
        (es.EngineConfig(name="argos", kind=es.LIBRETRANSLATE, url="http://x"), "engine.reserved-name"),
        (es.EngineConfig(name="bad name", kind=es.LIBRETRANSLATE, url="http://x"), "engine.bad-name"),
        (es.EngineConfig(name="x", kind=es.LIBRETRANSLATE, url="localhost:5000"), "engine.bad-url"),
        (es.EngineConfig(name="x", kind=es.CHAT, url="http://x"), "engine.no-model"),
        (es.EngineConfig(name="x", kind="deepl", url="http://x"), "engine.bad-kind"),
        (es.EngineConfig(name="x", kind=es.CHAT, url="http://x", model="m", prompt="no field"), "engine.bad-prompt"),
        (
            es.EngineConfig(name="x", kind=es.CHAT, url="http://x", model="m", prompt="{sentences} {oops}"),
            "engine.bad-prompt",
        ),
        (es.EngineConfig(name="home-lt", kind=es.LIBRETRANSLATE, url="http://x"), "engine.exists"),
    ]
    for config, code in cases:
        with pytest.raises(InvalidOperation) as raised, library.session() as session:
            es.add_engine(session, config)
        assert raised.value.code == code, config
    with pytest.raises(NotFound), library.session() as session:
        es.choose_engine(session, ("zh", "en"), "nowhere")
    with pytest.raises(InvalidOperation) as raised:
        es.parse_direction("zh-fr")
    assert raised.value.code == "engine.bad-direction"
    assert es.parse_direction("EN→zh") == ("en", "zh")
    with library.session() as session:
        assert es.edit_engine(session, "home-lt", {"api_key": None, "url": "https://lt.example:8443/"}).url == (
            "https://lt.example:8443"
        )
    with library.read_session() as session:
        assert es.get_engine(session, "home-lt").api_key is None
        assert [c.name for c in es.list_engines(session)] == ["argos", "home-lt"]


def _stamp(library: Library, engine_name: str, model: str, prompt_hash: str | None = None) -> list[int]:
    """Store a translation of every due segment as *engine_name* made it."""
    with library.read_session() as session:
        work = store.pending_work(session, provenance=lambda lang: Provenance("chat", engine_name, model, prompt_hash))
    batch = [
        TranslatedSegment(
            segment_id=s.segment_id,
            text=f"[{engine_name}] {s.text}",
            source_lang=s.lang,
            target_lang="en" if s.lang == "zh" else "zh",
            model=model,
            source_hash=text_hash(s.text),
            engine_kind="chat",
            engine_name=engine_name,
            prompt_hash=prompt_hash,
        )
        for s in work
    ]
    with library.session() as session:
        assert store.save_batch(session, batch) == len(batch)
    return [s.segment_id for s in work]


def test_a_change_of_engine_retranslates_only_what_the_user_asks_for(
    library: Library, talk: int, tiny_packages: TinyPackages
) -> None:
    ids = _stamp(library, "ollama", "qwen2.5:7b", "p1")
    assert len(ids) >= 3
    with library.session() as session:
        store.set_user_translation(session, ids[0], "my own words")
    argos = TranslationEngine(threads=1)
    router = EngineRouter(argos)

    def due(again: bool, made_by: Provenance | None = None) -> set[int]:
        with library.read_session() as session:
            provenance = (lambda lang: made_by) if made_by else router.provenance_for
            return {s.segment_id for s in store.pending_work(session, provenance=provenance, again=again)}

    # Argos is today's engine: the chat rows stay until the user asks.
    assert due(False) == set()
    assert due(True) == set(ids[1:])
    # The same engine with another model re-translates its rows; another prompt only when asked.
    assert due(False, Provenance("chat", "ollama", "llama3.1:8b", "p1")) == set(ids[1:])
    assert due(False, Provenance("chat", "ollama", "qwen2.5:7b", "p2")) == set()
    assert due(True, Provenance("chat", "ollama", "qwen2.5:7b", "p2")) == set(ids[1:])
    assert due(True, Provenance("chat", "ollama", "qwen2.5:7b", "p1")) == set()

    summary = translate_library(library, engine=router)
    assert summary.planned == summary.translated == 0
    summary = translate_library(library, engine=router, again=True)
    assert summary.translated == len(ids) - 1
    with library.read_session() as session:
        rows = {row.segment_id: row for row in session.scalars(select(Translation))}
    assert (rows[ids[0]].text, rows[ids[0]].edited) == ("my own words", True)
    for segment_id in ids[1:]:
        row = rows[segment_id]
        assert (row.engine_kind, row.engine_name, row.prompt_hash) == ("argos", "argos", None)
        assert row.model.startswith("translate-")
        assert tiny_packages.zh_en_marker in row.text or tiny_packages.en_zh_marker in row.text


def test_a_library_from_before_engines_upgrades_and_keeps_its_translations(
    library_path: Path, tmp_path: Path, tiny_packages: TinyPackages
) -> None:
    import sqlite3

    source = tmp_path / "talk.txt"
    source.write_text(TRANSCRIPT, encoding="utf-8")
    with Library.open(library_path) as library:
        lib.import_file(library, source)
        translated = translate_library(library, engine=TranslationEngine(threads=1)).translated
    assert translated > 0
    raw = sqlite3.connect(library_path)
    raw.execute("DROP TABLE engine_choices")
    raw.execute("DROP TABLE engines")
    for column in ("engine_kind", "engine_name", "prompt_hash"):
        raw.execute(f"ALTER TABLE translations DROP COLUMN {column}")
    raw.execute("PRAGMA user_version = 8")
    raw.commit()
    raw.close()
    with Library.open(library_path) as library:
        with library.read_session() as session:
            rows = session.scalars(select(Translation)).all()
            assert len(rows) == translated and {r.engine_name for r in rows} == {None}
            assert es.chosen(session) == dict.fromkeys(es.DIRECTIONS, es.BUILTIN)
        # Rows from before engines are Argos rows: nothing is due again.
        assert translate_library(library, engine=TranslationEngine(threads=1)).planned == 0
