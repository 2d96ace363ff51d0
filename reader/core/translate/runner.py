"""One call that plans, translates and stores, batch by batch (the CLI's way; a GUI may
split compute and writes over two threads with the same pieces, see :mod:`.engine`)."""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from reader.core.db import Library
from reader.core.errors import Cancelled, ModelError
from reader.core.progress import ProgressCallback, no_progress
from reader.core.translate import store
from reader.core.translate.engine import TranslatedSegment, TranslationEngine
from reader.core.translate.engines import Engine
from reader.core.translate.packages import missing_model_message


@dataclass
class TranslateSummary:
    """What a run did: rows written, segments planned, directions that had no model."""

    planned: int = 0
    translated: int = 0
    missing: dict[tuple[str, str], int] = field(default_factory=dict)
    cancelled: bool = False

    def missing_messages(self) -> list[str]:
        return [
            f"{count} segment(s) not translated: {missing_model_message(src, dst)}"
            for (src, dst), count in sorted(self.missing.items())
        ]

    def to_json(self) -> dict[str, object]:
        return {
            "planned": self.planned,
            "translated": self.translated,
            "cancelled": self.cancelled,
            "missing_models": [
                {"from": src, "to": dst, "segments": count} for (src, dst), count in sorted(self.missing.items())
            ],
        }


def translate_library(
    library: Library,
    *,
    talk_ids: Sequence[int] | None = None,
    segment_ids: Sequence[int] | None = None,
    engine: Engine | None = None,
    again: bool = False,
    first: Sequence[int] = (),
    cancel: threading.Event | None = None,
    report: ProgressCallback = no_progress,
    on_batch: Callable[[list[TranslatedSegment]], None] | None = None,
) -> TranslateSummary:
    """Translate what is missing or stale in *talk_ids* (all talks if None), or in *segment_ids*.

    *engine* defaults to the engines the library chose per direction
    (:func:`reader.core.translate.registry.library_engine`); *again* also re-translates the
    machine rows another engine, model or prompt made (never the user's own).

    Each batch is written in its own short transaction as soon as it is done (or handed to
    *on_batch* instead). Raises :class:`ModelError` when nothing can be translated because
    no model is installed. When *cancel* is set, the run stops after the batches in
    flight are stored and the summary says ``cancelled``.
    """
    if engine is None:
        from reader.core.translate.registry import library_engine

        engine = library_engine(library, argos=TranslationEngine())
    if not library.read_only:
        # The user's and imported translations are never re-translated, only checked.
        with library.session() as session:
            store.recheck_protected(session, talk_ids=talk_ids, segment_ids=segment_ids, targets=engine.target_for)
    with library.read_session() as session:
        work = store.pending_work(
            session,
            talk_ids=talk_ids,
            segment_ids=segment_ids,
            provenance=engine.provenance_for,
            targets=engine.target_for,
            again=again,
        )
    plan = engine.plan(work)
    summary = TranslateSummary(planned=plan.total, missing=dict(plan.missing))
    if plan.missing and not plan.work:
        raise ModelError(
            "; ".join(missing_model_message(src, dst) for src, dst in sorted(plan.missing)),
            code="model.missing-several",
            params={"pairs": sorted(plan.missing)},
        )
    try:
        for batch in engine.run(plan, first=first, cancel=cancel, report=report):
            if on_batch is not None:
                on_batch(batch)
                summary.translated += len(batch)
                continue
            with library.session() as session:
                summary.translated += store.save_batch(session, batch)
    except Cancelled:
        summary.cancelled = True
    return summary
