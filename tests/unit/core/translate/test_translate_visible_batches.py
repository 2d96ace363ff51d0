"""The rows on screen are split into one batch per core of about equal decoding cost."""

from __future__ import annotations

import itertools

from reader.core.translate.engine import _balanced_cuts


def worst_run(lengths: list[int], cuts: list[int]) -> int:
    bounds = [0, *cuts, len(lengths)]
    return max((b - a) * lengths[b - 1] for a, b in zip(bounds, bounds[1:], strict=False) if b > a)


def test_cuts_are_optimal_against_brute_force() -> None:
    lengths = sorted([3, 5, 8, 8, 12, 20, 21, 30, 41, 52, 53, 60])
    for parts in (2, 3):
        cuts = _balanced_cuts(lengths, parts)
        assert len(cuts) == parts - 1
        best = min(
            worst_run(lengths, list(combo)) for combo in itertools.combinations(range(1, len(lengths)), parts - 1)
        )
        assert worst_run(lengths, cuts) == best


def test_degenerate_inputs() -> None:
    assert _balanced_cuts([10], 2) == []
    assert _balanced_cuts([1, 2, 3], 1) == []
    assert _balanced_cuts([4, 4], 2) == [1]


def test_a_stored_draft_stays_due_until_the_full_beam_replaces_it(tiny_packages, library, tmp_path) -> None:
    from reader.core import library as lib
    from reader.core.translate import store
    from reader.core.translate.engine import DRAFT_SUFFIX, TranslationEngine

    path = tmp_path / "talk.md"
    path.write_text("# One talk\n\n我们今天讨论模型的对齐问题。\n\nWe talk about alignment today.\n", encoding="utf-8")
    talk_id = lib.import_file(library, path).talks[0].id
    engine = TranslationEngine(threads=2)
    with library.read_session() as session:
        work = store.pending_work(session, talk_ids=[talk_id], labels=engine.model_label_for)
    ids = [w.segment_id for w in work]
    assert len(ids) == 2
    batches = list(engine.run(engine.plan(work), first=ids))
    drafts = [r for b in batches for r in b if r.model.endswith(DRAFT_SUFFIX)]
    finals = [r for b in batches for r in b if not r.model.endswith(DRAFT_SUFFIX)]
    assert sorted(r.segment_id for r in drafts) == sorted(ids) == sorted(r.segment_id for r in finals)
    with library.session() as session:
        store.save_batch(session, drafts)
    with library.read_session() as session:
        still_due = store.pending_work(session, talk_ids=[talk_id], labels=engine.model_label_for)
        assert sorted(w.segment_id for w in still_due) == sorted(ids)
        shown = {s.id: s.translation.text for s in lib.talk_segments(session, talk_id)}
        assert set(shown.values()) == {tiny_packages.zh_en_marker, tiny_packages.en_zh_marker}
    with library.session() as session:
        store.save_batch(session, finals)
    with library.read_session() as session:
        assert store.pending_work(session, talk_ids=[talk_id], labels=engine.model_label_for) == []
        models = {s.translation.model for s in lib.talk_segments(session, talk_id)}
        assert not any(m.endswith(DRAFT_SUFFIX) for m in models)


def test_rows_already_drafted_are_not_drafted_again(tiny_packages) -> None:
    from reader.core.translate.engine import DRAFT_SUFFIX, SourceSegment, TranslationEngine

    segments = [SourceSegment(i, "en", f"Sentence number {i} about alignment.", drafted=i < 3) for i in range(6)]
    engine = TranslationEngine(threads=2)
    results = [r for batch in engine.run(engine.plan(segments), first=[0, 1, 2, 3]) for r in batch]
    drafted_now = sorted(r.segment_id for r in results if r.model.endswith(DRAFT_SUFFIX))
    assert drafted_now == [3]
    assert sorted(r.segment_id for r in results if not r.model.endswith(DRAFT_SUFFIX)) == list(range(6))


class CountingTokenizer:
    """The real SentencePiece tokenizer, counting the texts it has encoded."""

    def __init__(self, inner) -> None:
        self.inner = inner
        self.encoded = 0

    def encode(self, text: str) -> list[str]:
        self.encoded += 1
        return self.inner.encode(text)

    def encode_batch(self, texts: list[str]) -> list[list[str]]:
        self.encoded += len(texts)
        return self.inner.encode_batch(texts)

    def decode(self, pieces: list[str]) -> str:
        return self.inner.decode(pieces)


def test_only_the_rows_on_screen_are_tokenized_before_they_are_sent(tiny_packages) -> None:
    from reader.core.translate.calibration import Threading
    from reader.core.translate.engine import DRAFT_SUFFIX, SourceSegment, TranslationEngine

    segments = [
        SourceSegment(i, "en", f"Sentence number {i} about alignment" + " and more" * (i % 9) + ".") for i in range(300)
    ]
    visible = list(range(140, 160))
    engine = TranslationEngine(split=Threading(2, 1))
    tokenizer = CountingTokenizer(engine.load("en", "zh").tokenizer)
    engine.load("en", "zh").tokenizer = tokenizer  # type: ignore[assignment]

    run = engine.run(engine.plan(segments), first=visible)
    first_batch = next(run)
    assert {r.segment_id for r in first_batch} <= set(visible)
    assert tokenizer.encoded <= len(visible) + engine.settings.max_batch_sentences
    later = [first_batch, *run]
    assert tokenizer.encoded == len(segments)  # everything else was tokenized once, later

    # The same output rows: a draft and a full-beam row for each visible one, the rest
    # in the very batches a run without them forms.
    rows = [r for batch in later for r in batch]
    assert sorted(r.segment_id for r in rows if r.model.endswith(DRAFT_SUFFIX)) == visible
    assert sorted(r.segment_id for r in rows if not r.model.endswith(DRAFT_SUFFIX)) == list(range(300))
    rest_batches = [[r.segment_id for r in b] for b in later if not set(r.segment_id for r in b) & set(visible)]
    others = [s for s in segments if s.segment_id not in visible]
    alone = [[r.segment_id for r in b] for b in engine.run(engine.plan(others))]
    assert rest_batches == alone
