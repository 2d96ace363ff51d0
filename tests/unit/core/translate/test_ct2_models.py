"""Other CTranslate2 models: Marian- and NLLB-shaped folders the suite builds itself are
recognised, installed all-or-nothing and translate through the shared batching, with the
right tokenizer per side, language tokens placed and stripped, glossary placeholders kept
and provenance stored. Broken folders and archives are refused with coded errors, and
nothing installed is replaced."""

from __future__ import annotations

import json
import shutil
import tarfile
import warnings
import zipfile
from pathlib import Path

import pytest
import sentencepiece as spm
from sqlalchemy import select

from reader.core import glossary
from reader.core import library as lib
from reader.core.db import Library
from reader.core.errors import ModelError
from reader.core.models import Translation
from reader.core.translate import ct2_install, ct2_models, package_check, registry
from reader.core.translate import engine_settings as es
from reader.core.translate.ct2_engine import CT2ModelEngine
from reader.core.translate.engine import DecodeSettings, SourceSegment
from reader.core.translate.runner import translate_library
from tests.support.tiny_ct2 import MARIAN_MARKER, build_marian_folder, build_nllb_folder, marian_tokenizers
from tests.support.tiny_model import zip_folder

MARIAN = es.EngineConfig(name="opus", kind=es.CT2, model="opus-mt-zh-en")
NLLB = es.EngineConfig(name="nllb", kind=es.CT2, model="nllb-200-tiny")


@pytest.fixture(scope="module")
def sources(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("ct2-sources")
    return {"marian": build_marian_folder(folder), "nllb": build_nllb_folder(folder)}


@pytest.fixture
def models_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    target = tmp_path / "models"
    monkeypatch.setenv(ct2_install.MODELS_ENV, str(target))
    return target


def _error(exc: pytest.ExceptionInfo[ModelError]) -> tuple[str, object]:
    """The code of the error, or of its cause for ``model.does-not-work``, and the variant."""
    error = exc.value
    cause = error.params.get("cause")
    if error.code == "model.does-not-work" and isinstance(cause, ModelError):
        error = cause
    return error.code, error.params.get("problem", error.params.get("part"))


def test_the_layouts_are_recognised_from_their_files(sources: dict[str, Path]) -> None:
    marian = ct2_models.read_layout(sources["marian"])
    assert (marian.family, marian.directions) == ("marian", (("zh", "en"),))
    assert (sources["marian"] / "source_vocabulary.json").is_file()
    assert (marian.source_tokenizer, marian.target_tokenizer) == ("source.spm", "target.spm")
    nllb = ct2_models.read_layout(sources["nllb"])
    assert (nllb.family, nllb.directions) == ("nllb", (("zh", "en"), ("en", "zh")))
    assert nllb.source_prefix(("zh", "en")) == ["zho_Hans"] and nllb.target_prefix(("zh", "en")) == "eng_Latn"
    assert nllb.source_prefix(("en", "zh")) == ["eng_Latn"] and nllb.target_prefix(("en", "zh")) == "zho_Hans"


def test_the_manifest_states_what_a_name_cannot(tmp_path: Path) -> None:
    folder = build_marian_folder(tmp_path, "my-model")
    with pytest.raises(ModelError) as exc:
        ct2_models.read_layout(folder)
    assert (exc.value.code, exc.value.params["problem"]) == ("model.layout", "direction")
    (folder / ct2_models.MANIFEST).write_text(
        json.dumps({"family": "marian", "directions": ["en-zh"], "version": "2.1", "source_prefix": {"zh": ">>cmn<<"}}),
        encoding="utf-8",
    )
    layout = ct2_models.read_layout(folder)
    assert (layout.directions, layout.label) == ((("en", "zh"),), "my-model 2.1")
    assert ct2_models.tokenizer_for(layout, ("en", "zh")).encode("hi")[0] == ">>cmn<<"
    (folder / ct2_models.MANIFEST).write_text(json.dumps({"family": "t5"}), encoding="utf-8")
    with pytest.raises(ModelError) as exc:
        ct2_models.read_layout(folder)
    assert (exc.value.code, exc.value.params["problem"]) == ("model.layout", "manifest")


def test_marian_tokenizes_with_source_spm_and_decodes_with_target_spm(sources: dict[str, Path]) -> None:
    source_spm, target_spm = (spm.SentencePieceProcessor(model_proto=m) for m in marian_tokenizers())
    tokenizer = ct2_models.tokenizer_for(ct2_models.read_layout(sources["marian"]), ("zh", "en"))
    text = "我们今天讨论模型的对齐"
    assert tokenizer.encode(text) == [*source_spm.encode(text, out_type=str), "</s>"]
    assert source_spm.encode(text, out_type=str) != target_spm.encode(text, out_type=str)
    pieces = target_spm.encode(MARIAN_MARKER, out_type=str)
    assert tokenizer.decode(pieces) == MARIAN_MARKER
    assert source_spm.decode_pieces(pieces) != MARIAN_MARKER  # the source side could not decode it


def test_a_marian_model_translates_its_direction_in_batches(sources: dict[str, Path], models_dir: Path) -> None:
    result = ct2_install.install_model(sources["marian"])
    assert result.replaced is None and result.model.path == models_dir / "opus-mt-zh-en"
    assert result.model.label == f"opus-mt-zh-en sha256:{ct2_models.weights_sha256(sources['marian'])[:12]}"
    engine = CT2ModelEngine(MARIAN, DecodeSettings(beam_size=2), threads=2)
    segments = [SourceSegment(i, "zh", f"这是第{i}句话，我们讨论模型。" * (1 + i % 3)) for i in range(7)]
    segments.append(SourceSegment(99, "en", "An English sentence."))
    plan = engine.plan(segments)
    assert plan.total == 7 and plan.missing == {("en", "zh"): 1}
    batches = list(engine.run(plan, first=[3, 4]))
    rows = [row for batch in batches if not batch[0].model.endswith("(draft)") for row in batch]
    assert sorted(r.segment_id for r in rows) == list(range(7))
    assert {r.text for r in rows} == {MARIAN_MARKER}
    assert {(r.engine_kind, r.engine_name, r.model) for r in rows} == {("ctranslate2", "opus", result.model.label)}
    assert engine.provenance_for("zh") is not None and engine.provenance_for("en") is None


def test_nllb_places_and_strips_language_tokens_and_keeps_glossary_placeholders(
    sources: dict[str, Path], models_dir: Path
) -> None:
    ct2_install.install_model(sources["nllb"])
    engine = CT2ModelEngine(NLLB, DecodeSettings(beam_size=1, draft_first=False), threads=1)
    texts = ["Today we talk about models.", "Thank you for having me."]
    # The model copies its input: anything but the text itself means a token was misplaced.
    assert engine.translate_texts(texts, "en", "zh") == texts
    assert engine.translate_texts(["我们今天讨论模型。"], "zh", "en") == ["我们今天讨论模型。"]
    text = "Today we talk about alignment."
    start = text.index("alignment")
    hit = glossary.Hit(start, start + len("alignment"), "alignment", "对齐", False)
    plan = engine.plan([SourceSegment(1, "en", text, terms=(hit,), glossary_state="g1")])
    (row,) = [row for batch in engine.run(plan) for row in batch]
    assert row.text == "Today we talk about 对齐." and row.issues == ()
    assert (row.target_lang, row.glossary_state, row.engine_kind) == ("zh", "g1", "ctranslate2")


def test_translations_store_the_engine_model_and_version(
    sources: dict[str, Path], models_dir: Path, library: Library, tmp_path: Path
) -> None:
    ct2_install.install_model(sources["nllb"])
    source = tmp_path / "talk.txt"
    source.write_text("对齐 测试\n\n我们今天讨论大模型的对齐问题。\n\nThank you for having me.\n", encoding="utf-8")
    assert lib.import_file(library, source).status == "imported"
    with library.session() as session:
        es.add_engine(session, NLLB)
        for direction in es.DIRECTIONS:
            es.choose_engine(session, direction, "nllb")
    readiness = registry.check(NLLB)
    assert readiness.ready and readiness.directions == es.DIRECTIONS
    summary = translate_library(library)
    assert summary.translated == summary.planned > 0
    label = ct2_install.find_model("nllb-200-tiny").label  # type: ignore[union-attr]
    with library.read_session() as session:
        rows = session.scalars(select(Translation)).all()
    assert rows and {(r.engine_kind, r.engine_name, r.model) for r in rows} == {("ctranslate2", "nllb", label)}
    assert "sha256:" in label


def test_archives_install_like_folders(sources: dict[str, Path], models_dir: Path, tmp_path: Path) -> None:
    archive = tmp_path / "opus-mt-zh-en.tar.gz"
    with tarfile.open(archive, "w:gz") as tar:
        tar.add(sources["marian"], arcname="opus-mt-zh-en")
    assert ct2_install.is_model_source(archive)
    assert ct2_install.install_model(archive).model.name == "opus-mt-zh-en"
    flat = tmp_path / "nllb-200-tiny.zip"  # files at the archive's root: named after the archive
    with zipfile.ZipFile(flat, "w") as zf:
        for file in sources["nllb"].iterdir():
            zf.write(file, file.name)
    assert ct2_install.is_model_source(flat)
    assert ct2_install.install_model(flat).model.directions == (("zh", "en"), ("en", "zh"))
    assert sorted(m.name for m in ct2_install.installed_models()) == ["nllb-200-tiny", "opus-mt-zh-en"]
    assert ct2_install.remove_model("opus-mt-zh-en").name == "opus-mt-zh-en"
    assert [p.name for p in models_dir.iterdir()] == ["nllb-200-tiny"]


def _broken_copy(source: Path, parent: Path, damage: str) -> Path:
    folder = parent / damage / source.name
    shutil.copytree(source, folder)
    if damage == "truncated":
        data = (folder / "model.bin").read_bytes()
        (folder / "model.bin").write_bytes(data[: len(data) // 2])
    elif damage == "no-tokenizer":
        (folder / "sentencepiece.bpe.model").unlink()
    elif damage == "garbage-tokenizer":
        (folder / "sentencepiece.bpe.model").write_bytes(b"not a sentencepiece model")
    elif damage == "no-vocabulary":
        (folder / "shared_vocabulary.json").unlink()
    elif damage == "no-language-tokens":
        tokens = json.loads((folder / "shared_vocabulary.json").read_text(encoding="utf-8"))
        tokens[-2:] = ["lang_a", "lang_b"]
        (folder / "shared_vocabulary.json").write_text(json.dumps(tokens), encoding="utf-8")
    return folder


@pytest.mark.parametrize(
    ("damage", "expected"),
    [
        ("truncated", ("model.broken", "model")),
        ("no-tokenizer", ("model.layout", "no-tokenizer")),
        ("garbage-tokenizer", ("model.broken", "tokenizer")),
        ("no-vocabulary", ("model.layout", "no-vocabulary")),
        ("no-language-tokens", ("model.layout", "languages")),
    ],
)
def test_a_broken_folder_is_refused_and_the_working_model_stays(
    sources: dict[str, Path], models_dir: Path, tmp_path: Path, damage: str, expected: tuple[str, str]
) -> None:
    installed = ct2_install.install_model(sources["nllb"]).model.path
    before = package_check.fingerprint(installed)
    broken = _broken_copy(sources["nllb"], tmp_path, damage)
    with pytest.raises(ModelError) as exc:
        ct2_install.install_model(broken)
    assert exc.value.code == "model.does-not-work"
    assert _error(exc) == expected
    assert package_check.fingerprint(installed) == before
    assert [p.name for p in models_dir.iterdir()] == ["nllb-200-tiny"]  # no staging left over
    assert ct2_install.find_model("nllb-200-tiny") is not None


def _zip_with(path: Path, entries: list[tuple[str, bytes]]) -> Path:
    with zipfile.ZipFile(path, "w") as zf, warnings.catch_warnings():
        warnings.simplefilter("ignore")  # "Duplicate name": the point of one of them
        for name, data in entries:
            zf.writestr(name, data)
    return path


def test_unsafe_archives_are_refused_before_anything_is_unpacked(
    sources: dict[str, Path], models_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    good = zip_folder(sources["nllb"], tmp_path / "good.zip")
    with zipfile.ZipFile(good) as zf:
        entries = [(info.filename, zf.read(info)) for info in zf.infolist() if not info.is_dir()]
    outside = _zip_with(tmp_path / "outside.zip", [*entries, ("../evil.txt", b"x")])
    twice = _zip_with(tmp_path / "twice.zip", [*entries, entries[0]])
    link = tmp_path / "link.tar.gz"
    with tarfile.open(link, "w:gz") as tar:
        tar.add(sources["nllb"], arcname="nllb-200-tiny")
        info = tarfile.TarInfo("nllb-200-tiny/escape")
        info.type, info.linkname = tarfile.SYMTYPE, "/etc/passwd"
        tar.addfile(info)
    cases = {outside: "outside", twice: "twice", link: "link"}
    for archive, problem in cases.items():
        with pytest.raises(ModelError) as exc:
            ct2_install.install_model(archive)
        assert (exc.value.code, exc.value.params.get("problem")) == ("model.bad-archive", problem), archive
    # The size cap holds for archives and folders alike (a small cap stands for a big model).
    monkeypatch.setattr(ct2_install, "MAX_MODEL_BYTES", 10_000)
    for source in (good, sources["nllb"]):
        with pytest.raises(ModelError) as exc:
            ct2_install.install_model(source)
        assert (exc.value.code, exc.value.params.get("problem")) == ("model.bad-archive", "too-large"), source
    assert not models_dir.exists() or list(models_dir.iterdir()) == []
    assert not (tmp_path / "evil.txt").exists()


def test_a_model_engine_is_a_setting_of_the_library(library: Library, models_dir: Path) -> None:
    with library.session() as session:
        assert es.add_engine(session, MARIAN) == es.EngineConfig(name="opus", kind="ctranslate2", model="opus-mt-zh-en")
        es.choose_engine(session, ("zh", "en"), "opus")
    router = registry.library_engine(library)
    assert router.engine_for(("zh", "en")).kind == "ctranslate2"
    assert router.engine_for(("en", "zh")).kind == "argos"
    readiness = registry.check(MARIAN)  # not installed yet
    assert not readiness.ready and readiness.error is not None and readiness.error.code == "model.local-missing"
