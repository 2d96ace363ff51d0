"""Every translation honours the glossary: placeholders through a real CTranslate2 model,
checked results, and re-translation of exactly the rows a glossary change concerns.

The models are tiny real Argos packages (``build_copy_package``) whose Transformer copies
its input piece by piece, as a real model copies the names and codes it carries through:
a placeholder that survives comes out as the required words. A variant that rewrites one
piece ("Z" → "X") loses every placeholder, like a model that mangles a token.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from reader.core import glossary, history
from reader.core import library as lib
from reader.core.db import Library
from reader.core.export import ExportOptions, render
from reader.core.export.document import build_document
from reader.core.export.warnings import ExportWarning, ExportWarningKind
from reader.core.models import Segment, Translation
from reader.core.translate import packages, placeholders, store
from reader.core.translate.engine import DecodeSettings, TranslationEngine
from reader.core.translate.runner import translate_library
from tests.support.tiny_model import build_copy_package

TRANSCRIPT = """Glossary test

We train the LLM with RLHF. The llm is not a GAN.

我们用大模型做训练。这句话没有术语。

Nothing here is in the glossary.
"""


def _install(folder: Path, rewrite: dict[str, str] | None = None) -> Path:
    for source, target in (("zh", "en"), ("en", "zh")):
        archive = build_copy_package(folder / "archives", source, target, rewrite=rewrite)
        status = packages.install_package(archive)
        assert status
    return folder


@pytest.fixture(scope="module")
def copy_models(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("copy-models")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("ARGOS_PACKAGES_DIR", str(folder / "packages"))
        _install(folder)
    return folder / "packages"


@pytest.fixture(scope="module")
def lossy_models(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("lossy-models")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("ARGOS_PACKAGES_DIR", str(folder / "packages"))
        _install(folder, rewrite={"Z": "X"})
    return folder / "packages"


@pytest.fixture
def use(monkeypatch: pytest.MonkeyPatch):
    def choose(folder: Path) -> None:
        monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(folder))

    return choose


@pytest.fixture
def talk(library: Library, tmp_path: Path) -> int:
    source = tmp_path / "talk.txt"
    source.write_text(TRANSCRIPT, encoding="utf-8")
    result = lib.import_file(library, source)
    assert result.status == "imported", result.message
    return result.talks[0].id


@pytest.fixture
def terms(library: Library) -> None:
    with library.session() as session:
        glossary.add_entry(session, "LLM", "大语言模型")
        glossary.add_entry(session, "RLHF")
        glossary.add_entry(session, "GAN")
        glossary.add_entry(session, "大模型", "large model")


def _translations(library: Library) -> dict[str, Translation]:
    with library.read_session() as session:
        return {segment.text: row for segment, row in session.execute(select(Segment, Translation).join(Translation))}


def _engine() -> TranslationEngine:
    return TranslationEngine(DecodeSettings(draft_first=False), threads=1)


# -- placeholders --------------------------------------------------------------------------


def _hits(text: str, *entries: tuple[str, str | None]) -> list[glossary.Hit]:
    matcher = glossary.Matcher(
        glossary.Entry(i, term, translation, glossary.guess_lang(term), "x")
        for i, (term, translation) in enumerate(entries)
    )
    return matcher.find(text)


def test_terms_become_placeholders_and_placeholders_the_required_words() -> None:
    text = "The LLM and the GAN, LLM."
    protected = placeholders.protect(text, _hits(text, ("LLM", "大语言模型"), ("GAN", None)))
    assert protected is not None
    assert protected.text == "The QZ1 and the QZ2, QZ3."
    assert protected.token(3) == "QZ3"
    assert [protected.text[s:e] for s, e in protected.spans] == ["QZ1", "QZ2", "QZ3"]
    assert placeholders.restore("QZ2 比 QZ1 小，QZ3。", protected) == ("GAN 比大语言模型小，大语言模型。", [])
    # Lenient: any case, a space or hyphen inside, full-width forms; a lost one is named.
    assert placeholders.restore("qz 1 与 Ｑｚ－２", protected) == ("大语言模型与 GAN", [3])
    assert placeholders.canonical("qz-1 and qz12", protected) == "QZ1 and qz12"  # 12 is no slot


def test_a_placeholder_never_collides_with_the_sentence() -> None:
    text = "QZ1 is a chip name; 我们用大模型2次"
    protected = placeholders.protect(text, _hits(text, ("大模型", "large model")))
    assert protected is not None and protected.prefix != "QZ"
    assert protected.text == f"QZ1 is a chip name; 我们用{protected.prefix}1 2次"


# -- translating ---------------------------------------------------------------------------


def test_a_translation_honours_every_term(library: Library, talk: int, terms: None, copy_models: Path, use) -> None:
    use(copy_models)
    summary = translate_library(library, talk_ids=[talk], engine=_engine())
    assert summary.translated == summary.planned > 0
    rows = _translations(library)
    assert rows["We train the LLM with RLHF."].text == "We train the 大语言模型 with RLHF."
    assert rows["The llm is not a GAN."].text == "The 大语言模型 is not a GAN."
    assert rows["我们用大模型做训练。"].text == "我们用large model做训练。"
    assert rows["这句话没有术语。"].text == "这句话没有术语。"
    for text, row in rows.items():
        assert row.glossary_issues is None, text
        assert (row.glossary_state is None) == (text in ("这句话没有术语。", "Nothing here is in the glossary.")), text
    # Nothing is due again.
    assert translate_library(library, talk_ids=[talk], engine=_engine()).planned == 0


def test_editing_the_glossary_retranslates_only_the_rows_holding_a_changed_term(
    library: Library, talk: int, terms: None, copy_models: Path, use
) -> None:
    use(copy_models)
    translate_library(library, talk_ids=[talk], engine=_engine())
    before = _translations(library)
    with library.session() as session:
        glossary.edit_entry(session, glossary.find_entry(session, "LLM").id, translation="大型语言模型")
        glossary.edit_entry(session, glossary.find_entry(session, "GAN").id, note="only a note")
        glossary.add_entry(session, "unused term", "没用")

    def due() -> set[str]:
        with library.read_session() as session:
            engine = _engine()
            return {s.text for s in store.pending_work(session, talk_ids=[talk], labels=engine.model_label_for)}

    assert due() == {"We train the LLM with RLHF.", "The llm is not a GAN."}
    translate_library(library, talk_ids=[talk], engine=_engine())
    after = _translations(library)
    assert after["The llm is not a GAN."].text == "The 大型语言模型 is not a GAN."
    for text in ("我们用大模型做训练。", "Nothing here is in the glossary."):
        assert after[text].updated_at == before[text].updated_at, text
    # Undoing the edit makes the same rows due again, and only them.
    with library.session() as session:
        history.undo(session)  # the unused term
        history.undo(session)  # the note: nothing to translate again
        assert due() == set()
        history.undo(session)
    assert due() == {"We train the LLM with RLHF.", "The llm is not a GAN."}
    with library.session() as session:
        glossary.remove_entry(session, glossary.find_entry(session, "大模型").id)
    assert "我们用大模型做训练。" in due()


def test_the_users_own_translation_is_never_overwritten_only_marked(
    library: Library, talk: int, terms: None, copy_models: Path, use
) -> None:
    use(copy_models)
    translate_library(library, talk_ids=[talk], engine=_engine())
    segment = next(iter(t for t in _segment_ids(library) if t[1] == "The llm is not a GAN."))[0]
    with library.session() as session:
        store.set_user_translation(session, segment, "法学硕士不是生成对抗网络。")
    row = _translations(library)["The llm is not a GAN."]
    issues = glossary.parse_issues(row.glossary_issues)
    assert [(i.term, i.required, i.how) for i in issues] == [
        ("LLM", "大语言模型", glossary.MISSING),
        ("GAN", "GAN", glossary.MISSING),
    ]
    with library.session() as session:
        glossary.remove_entry(session, glossary.find_entry(session, "GAN").id)
    translate_library(library, talk_ids=[talk], engine=_engine())  # re-checks, never re-translates
    row = _translations(library)["The llm is not a GAN."]
    assert row.text == "法学硕士不是生成对抗网络。" and row.edited
    assert [i.term for i in glossary.parse_issues(row.glossary_issues)] == ["LLM"]
    # Exports count it.
    with library.read_session() as session:
        doc = build_document(session, [talk])
    rendered = render(doc, ExportOptions(format="md"))
    assert ExportWarning(ExportWarningKind.GLOSSARY_MISSING, 1) in rendered.warnings
    assert "1 lacking a glossary term" in rendered.text
    assert not any(
        w.kind is ExportWarningKind.GLOSSARY_MISSING
        for w in render(doc, ExportOptions(format="md", lang="original")).warnings
    )


def _segment_ids(library: Library) -> list[tuple[int, str]]:
    with library.read_session() as session:
        return [(s.id, s.text) for s in session.scalars(select(Segment))]


def test_a_lost_placeholder_is_put_back_and_the_row_marked(
    library: Library, talk: int, terms: None, lossy_models: Path, use
) -> None:
    use(lossy_models)
    translate_library(library, talk_ids=[talk], engine=_engine())
    rows = _translations(library)
    row = rows["We train the LLM with RLHF."]
    # The model wrote "QX1": the sentence was translated around the terms, which are there.
    assert row.text == "We train the 大语言模型 with RLHF."
    assert {(i.term, i.how) for i in glossary.parse_issues(row.glossary_issues)} == {
        ("LLM", glossary.RESTORED),
        ("RLHF", glossary.RESTORED),
    }
    assert rows["Nothing here is in the glossary."].glossary_issues is None


def test_a_mangled_placeholder_is_still_recognised(
    library: Library, talk: int, terms: None, tmp_path: Path, use
) -> None:
    folder = tmp_path / "lower"
    use(folder / "packages")
    _install(folder, rewrite={"Q": "q"})
    translate_library(library, talk_ids=[talk], engine=_engine())
    row = _translations(library)["We train the LLM with RLHF."]
    assert row.text == "We train the 大语言模型 with RLHF." and row.glossary_issues is None
