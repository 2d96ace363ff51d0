"""Stored translations: kept, never redone, invalidated exactly, user edits protected."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select, update

from reader.core import library as lib
from reader.core.db import Library
from reader.core.errors import InvalidOperation, ModelError, NotFound
from reader.core.hashing import text_hash
from reader.core.models import Segment, Translation
from reader.core.translate import packages, store
from reader.core.translate.engine import TranslationEngine
from reader.core.translate.runner import translate_library
from tests.support.fixtures import TinyPackages
from tests.support.tiny_model import build_tiny_package

TRANSCRIPT = """智源大会 测试

我们今天讨论大模型的对齐问题。这是第二句话，讲的是评测。

Thank you for having me. Today I will talk about scaling.

然后我们看一下实验结果。最后是总结。

So the main point is simple. Any questions?
"""


@pytest.fixture
def talk(library: Library, tmp_path: Path) -> int:
    source = tmp_path / "talk.txt"
    source.write_text(TRANSCRIPT, encoding="utf-8")
    result = lib.import_file(library, source)
    assert result.status == "imported", result.message
    return result.talks[0].id


def _rows(library: Library) -> dict[int, Translation]:
    with library.read_session() as session:
        return {row.segment_id: row for row in session.scalars(select(Translation))}


def _segments(library: Library) -> dict[int, Segment]:
    with library.read_session() as session:
        return {s.id: s for s in session.scalars(select(Segment))}


def _translatable(library: Library) -> dict[int, Segment]:
    return {
        i: s
        for i, s in _segments(library).items()
        if s.lang in ("zh", "en") and store.translation_source(s.text, s.lang)
    }


def test_translations_are_stored_with_model_and_source_hash(
    library: Library, talk: int, tiny_packages: TinyPackages
) -> None:
    summary = translate_library(library, talk_ids=[talk])
    segments = _translatable(library)
    assert {s.lang for s in segments.values()} == {"zh", "en"}
    assert summary.translated == summary.planned == len(segments)
    rows = _rows(library)
    assert set(rows) == set(segments)
    for segment_id, segment in segments.items():
        row = rows[segment_id]
        expected = (
            (tiny_packages.zh_en_marker, "en", "translate-zh_en 1.0")
            if segment.lang == "zh"
            else (tiny_packages.en_zh_marker, "zh", "translate-en_zh 1.0")
        )
        assert (row.text, row.target_lang, row.model) == expected
        assert row.source_hash == text_hash(store.translation_source(segment.text, segment.lang))
        assert not row.edited


def test_a_second_run_translates_nothing(library: Library, talk: int, tiny_packages: TinyPackages) -> None:
    translate_library(library, talk_ids=[talk])
    before = {i: (r.text, r.updated_at) for i, r in _rows(library).items()}
    summary = translate_library(library, talk_ids=[talk])
    assert (summary.planned, summary.translated) == (0, 0)
    assert {i: (r.text, r.updated_at) for i, r in _rows(library).items()} == before


def test_an_edited_source_invalidates_only_its_row(library: Library, talk: int, tiny_packages: TinyPackages) -> None:
    translate_library(library, talk_ids=[talk])
    target = next(i for i, s in _translatable(library).items() if s.lang == "zh")
    with library.session() as session:
        session.execute(update(Segment).where(Segment.id == target).values(text="我们换了一句新的话。"))
        session.execute(update(Translation).where(Translation.segment_id == target).values(text="old"))
    before = _rows(library)
    summary = translate_library(library, talk_ids=[talk])
    assert (summary.planned, summary.translated) == (1, 1)
    after = _rows(library)
    assert after[target].text == tiny_packages.zh_en_marker
    assert after[target].source_hash == text_hash("我们换了一句新的话。")
    assert all(after[i].updated_at == before[i].updated_at for i in after if i != target)


def test_a_new_model_version_redoes_only_its_direction_and_spares_user_edits(
    library: Library, talk: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(tmp_path / "pk"))
    packages.install_package(build_tiny_package(tmp_path / "v1", "zh", "en", "EN·one", version="1.0"))
    packages.install_package(build_tiny_package(tmp_path / "v1", "en", "zh", "ZH·一", version="1.0"))
    translate_library(library, talk_ids=[talk])
    segments = _translatable(library)
    zh_ids = sorted(i for i, s in segments.items() if s.lang == "zh")
    en_ids = sorted(i for i, s in segments.items() if s.lang == "en")
    with library.session() as session:
        store.set_user_translation(session, zh_ids[0], "  My own translation.  ")
    before = _rows(library)

    packages.install_package(build_tiny_package(tmp_path / "v2", "zh", "en", "EN·two", version="2.0"))
    summary = translate_library(library, talk_ids=[talk])
    assert summary.translated == len(zh_ids) - 1
    after = _rows(library)
    assert (after[zh_ids[0]].text, after[zh_ids[0]].edited) == ("My own translation.", True)
    assert all(after[i].text == "EN·two" and after[i].model == "translate-zh_en 2.0" for i in zh_ids[1:])
    assert all(after[i].updated_at == before[i].updated_at and after[i].text == "ZH·一" for i in en_ids)

    with library.session() as session:
        store.clear_user_translation(session, zh_ids[0])
    assert translate_library(library, talk_ids=[talk]).translated == 1
    assert _rows(library)[zh_ids[0]].text == "EN·two"


def test_imported_translations_are_left_alone(library: Library, talk: int, tiny_packages: TinyPackages) -> None:
    target = next(iter(_translatable(library)))
    with library.session() as session:
        session.add(
            Translation(
                segment_id=target,
                text="from the file",
                target_lang="en",
                model="imported",
                source_hash="x",
                edited=False,
            )
        )
    translate_library(library, talk_ids=[talk])
    assert _rows(library)[target].text == "from the file"


def test_a_batch_for_a_segment_changed_meanwhile_is_not_saved(
    library: Library, talk: int, tiny_packages: TinyPackages
) -> None:
    engine = TranslationEngine()
    with library.read_session() as session:
        work = store.pending_work(session, talk_ids=[talk], labels=engine.model_label_for)
    changed = work[0].segment_id
    with library.session() as session:
        session.execute(update(Segment).where(Segment.id == changed).values(text="改过了。"))
    with library.session() as session:
        for batch in engine.run(engine.plan(work)):
            store.save_batch(session, batch)
    rows = _rows(library)
    assert changed not in rows
    assert len(rows) == len(work) - 1


def test_user_translation_rules(library: Library, talk: int, tiny_packages: TinyPackages) -> None:
    target = next(i for i, s in _translatable(library).items() if s.lang == "en")
    with library.session() as session:
        row = store.set_user_translation(session, target, "我自己的翻译")
        assert (row.model, row.target_lang, row.edited) == ("user", "zh", True)
        with pytest.raises(InvalidOperation):
            store.set_user_translation(session, target, "   ")
        with pytest.raises(NotFound):
            store.set_user_translation(session, 999_999, "x")
    translate_library(library, talk_ids=[talk])
    assert _rows(library)[target].text == "我自己的翻译"


def test_with_no_model_at_all_the_error_names_the_package(
    library: Library, talk: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(tmp_path / "none"))
    with pytest.raises(ModelError) as caught:
        translate_library(library, talk_ids=[talk])
    message = str(caught.value)
    assert "no zh→en model installed; run `talk-reader models download zh en`" in message
    assert "no en→zh model installed; run `talk-reader models download en zh`" in message
    assert _rows(library) == {}


def test_with_one_direction_missing_the_other_is_done(
    library: Library, talk: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(tmp_path / "pk"))
    packages.install_package(build_tiny_package(tmp_path / "v1", "zh", "en", "EN·one"))
    summary = translate_library(library, talk_ids=[talk])
    en_count = sum(1 for s in _translatable(library).values() if s.lang == "en")
    assert summary.missing == {("en", "zh"): en_count}
    assert "run `talk-reader models download en zh`" in summary.missing_messages()[0]
    assert {r.text for r in _rows(library).values()} == {"EN·one"}
