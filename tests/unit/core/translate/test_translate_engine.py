"""The batched engine on real tiny CTranslate2 models: directions, batching, order, cancel, terms."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest

from reader.core.errors import Cancelled, ModelError
from reader.core.hashing import text_hash
from reader.core.translate import packages
from reader.core.translate.calibration import Threading
from reader.core.translate.engine import (
    DRAFT_SUFFIX,
    DecodeSettings,
    SourceSegment,
    TranslatedSegment,
    TranslationEngine,
)
from tests.support.fixtures import TinyPackages
from tests.support.tiny_model import build_tiny_package

ZH = ["我们今天讨论模型的对齐问题。", "这是一个很长的句子，用来测试排序是否按照长度进行，以及批次是否正确。", "好。"]
EN = ["We talk about alignment today.", "This is a longer English sentence used to check sorting by length.", "Yes."]


def _segments(count: int = 60) -> list[SourceSegment]:
    out = []
    for i in range(count):
        if i % 2:
            out.append(SourceSegment(i + 1, "en", EN[i % 3] + " " * (i % 5) + "x" * (i % 7)))
        else:
            out.append(SourceSegment(i + 1, "zh", ZH[i % 3] + "的" * (i % 11)))
    return out


class RecordingTranslator:
    """The real ctranslate2.Translator, with a log of its constructor options and batch calls."""

    def __init__(self, model_path: str, **options: Any) -> None:
        import ctranslate2

        self.options = options
        self.calls: list[list[list[str]]] = []
        self._real = ctranslate2.Translator(model_path, **options)

    def translate_batch(self, source: list[list[str]], **kwargs: Any) -> Any:
        self.calls.append(source)
        return self._real.translate_batch(source, **kwargs)


def test_translate_texts_gives_the_marker(tiny_packages: TinyPackages) -> None:
    engine = TranslationEngine()
    assert engine.translate_texts(ZH, "zh", "en") == [tiny_packages.zh_en_marker] * 3
    assert engine.translate_texts(EN, "en", "zh") == [tiny_packages.en_zh_marker] * 3


def test_plan_groups_by_direction_and_names_missing_models(tiny_packages: TinyPackages) -> None:
    engine = TranslationEngine()
    plan = engine.plan(
        [
            SourceSegment(1, "zh", "你好。"),
            SourceSegment(2, "en", "Hello."),
            SourceSegment(3, "und", "123 !!"),
            SourceSegment(4, "ja", "こんにちは。"),
            SourceSegment(5, "zh", "   "),
            SourceSegment(6, "zh", "谢谢。"),
        ]
    )
    grouped = {d: [s.segment_id for s in items] for d, items in plan.work.items()}
    assert grouped == {("zh", "en"): [1, 6], ("en", "zh"): [2]}
    assert plan.missing == {("ja", "en"): 1}
    assert plan.skipped == 2
    assert plan.total == 3


def test_run_translates_everything_in_batches_with_progress(tiny_packages: TinyPackages) -> None:
    made: list[RecordingTranslator] = []

    def factory(path: str, **options: Any) -> RecordingTranslator:
        made.append(RecordingTranslator(path, **options))
        return made[-1]

    engine = TranslationEngine(
        DecodeSettings(max_batch_sentences=8), threads=2, split=Threading(2, 1), translator_factory=factory
    )
    segments = _segments(60)
    progress: list[tuple[int, int]] = []
    batches = list(engine.run(engine.plan(segments), report=lambda d, t: progress.append((d, t))))
    results = [r for batch in batches for r in batch]
    assert sorted(r.segment_id for r in results) == [s.segment_id for s in segments]
    by_id = {s.segment_id: s for s in segments}
    for result in results:
        source = by_id[result.segment_id]
        assert result.source_lang == source.lang
        got = (result.text, result.target_lang, result.model)
        if source.lang == "zh":
            assert got == (tiny_packages.zh_en_marker, "en", "translate-zh_en 1.0")
        else:
            assert got == (tiny_packages.en_zh_marker, "zh", "translate-en_zh 1.0")
        assert result.source_hash == text_hash(source.text)
    assert progress[0] == (0, 60) and progress[-1] == (60, 60)
    assert [d for d, _ in progress] == sorted(d for d, _ in progress)
    # Every batch is one direction, at most 8 sentences, sorted by length; cores all used.
    assert all(len({r.source_lang for r in batch}) == 1 for batch in batches)
    assert len(made) == 2
    for translator in made:
        assert translator.options == {"device": "cpu", "inter_threads": 2, "intra_threads": 1, "compute_type": "int8"}
        assert all(len(call) <= 8 for call in translator.calls)
        lengths = [len(tokens) for call in translator.calls for tokens in call]
        assert lengths == sorted(lengths)
        for call in translator.calls:  # similar lengths together: little decoding wasted on padding
            assert max(map(len, call)) <= min(map(len, call)) * 1.25 + 2
    assert sum(len(t.calls) for t in made) == len(batches) < len(segments) / 2


def test_visible_segments_come_first_as_drafts_then_full_beam(tiny_packages: TinyPackages) -> None:
    made: list[RecordingTranslator] = []
    beams: list[int] = []

    class BeamRecorder(RecordingTranslator):
        def translate_batch(self, source: list[list[str]], **kwargs: Any) -> Any:
            beams.append(kwargs["beam_size"])
            return super().translate_batch(source, **kwargs)

    def factory(path: str, **options: Any) -> RecordingTranslator:
        made.append(BeamRecorder(path, **options))
        return made[-1]

    engine = TranslationEngine(
        DecodeSettings(max_batch_sentences=16), threads=2, split=Threading(2, 1), translator_factory=factory
    )
    segments = _segments(80)
    visible = [79, 3, 50, 12, 80, 41]
    progress: list[int] = []
    batches = list(engine.run(engine.plan(segments), first=visible, report=lambda d, t: progress.append(d)))
    results = [r for batch in batches for r in batch]
    drafts = [r for r in results if r.model.endswith(DRAFT_SUFFIX)]
    finals = [r for r in results if not r.model.endswith(DRAFT_SUFFIX)]
    # The rows on screen arrive first, as greedy drafts, one batch per thread per direction...
    assert sorted(r.segment_id for r in results[: len(visible)]) == sorted(visible)
    assert sorted(r.segment_id for r in drafts) == sorted(visible)
    assert beams[: len([b for b in batches if b[0].model.endswith(DRAFT_SUFFIX)])] == [1] * 4
    # ...then every segment, visible ones included, gets its full-beam translation once.
    assert sorted(r.segment_id for r in finals) == [s.segment_id for s in segments]
    assert 4 in beams
    final_order = [r.segment_id for r in finals]
    assert set(final_order[: len(visible)]) == set(visible)  # refined before the rest
    assert progress[-1] == len(segments) and progress == sorted(progress)


def test_drafts_can_be_turned_off(tiny_packages: TinyPackages) -> None:
    engine = TranslationEngine(DecodeSettings(max_batch_sentences=16, draft_first=False), threads=2)
    segments = _segments(40)
    visible = [3, 12, 39]
    batches = list(engine.run(engine.plan(segments), first=visible))
    order = [r.segment_id for batch in batches for r in batch]
    assert sorted(order[: len(visible)]) == sorted(visible)
    assert sorted(order) == [s.segment_id for s in segments]
    assert not any(r.model.endswith(DRAFT_SUFFIX) for batch in batches for r in batch)


def test_cancel_stops_after_the_batches_in_flight(tiny_packages: TinyPackages) -> None:
    engine = TranslationEngine(DecodeSettings(max_batch_sentences=4), threads=2)
    cancel = threading.Event()
    received: list[TranslatedSegment] = []

    def report(done: int, total: int) -> None:
        if done >= 4:
            cancel.set()

    with pytest.raises(Cancelled):
        for batch in engine.run(engine.plan(_segments(60)), cancel=cancel, report=report):
            received.extend(batch)
    assert 4 <= len(received) <= 12
    assert len({r.segment_id for r in received}) == len(received)


def test_no_model_for_a_direction_is_a_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(tmp_path / "empty"))
    with pytest.raises(ModelError, match=r"no zh→en model installed; run `talk-reader models download zh en`"):
        TranslationEngine().translate_texts(["你好"], "zh", "en")


def test_models_are_loaded_once_and_reloaded_for_a_new_version(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(tmp_path / "pk"))
    packages.install_package(build_tiny_package(tmp_path / "a", "zh", "en", "EN·test", version="1.0"))
    engine = TranslationEngine()
    first = engine.load("zh", "en")
    assert engine.load("zh", "en") is first
    packages.install_package(build_tiny_package(tmp_path / "b", "zh", "en", "ZH·测试", version="2.0"))
    second = engine.load("zh", "en")
    assert second is not first and second.label == "translate-zh_en 2.0"
    assert engine.translate_texts(["你好"], "zh", "en") == ["ZH·测试"]


# -- code-switched segments ---------------------------------------------------------------------


def _translate_one(engine: TranslationEngine, segment: SourceSegment) -> str:
    [batch] = list(engine.run(engine.plan([segment])))
    return batch[0].text


def test_embedded_terms_are_spliced_back_when_the_model_loses_them(tiny_packages: TinyPackages) -> None:
    engine = TranslationEngine()
    marker = tiny_packages.zh_en_marker
    text = "我们用 transformer 做 diffusion 的 decoder"
    expected = f"{marker} transformer {marker} diffusion {marker} decoder"
    assert _translate_one(engine, SourceSegment(1, "zh", text)) == expected
    zh = tiny_packages.en_zh_marker
    assert _translate_one(engine, SourceSegment(2, "en", "So we call it 大模型, right?")) == f"{zh}大模型{zh}"


def test_a_full_translation_that_keeps_the_terms_is_used_as_is(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(tmp_path / "pk"))
    packages.install_package(build_tiny_package(tmp_path / "a", "zh", "en", "we use transformer here"))
    engine = TranslationEngine()
    # One model call for the whole sentence; the term's original spelling is restored.
    assert _translate_one(engine, SourceSegment(1, "zh", "我们在这里用 Transformer 吧")) == "we use Transformer here"
    # A term inside a longer word does not count as kept.
    assert _translate_one(engine, SourceSegment(2, "zh", "我们用 trans 吧")) == (
        "we use transformer here trans we use transformer here"
    )
