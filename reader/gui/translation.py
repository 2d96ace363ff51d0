"""Translating the open talk in the background, rows on screen first.

The compute lane runs :meth:`TranslationEngine.run` and emits each finished batch; the GUI
hands the batch to the write lane (:func:`store.save_batch`, one short transaction), and
once it is stored the reader model updates exactly those rows. Scrolling to rows that are
not translated yet restarts the run with those rows first: the engine cancels between
batches and the loaded model stays cached, so a restart costs one batch at most.

"Translate again with…" is a run of the same kind with one engine for every direction,
limited to some sentences or not, that also redoes the rows another engine, model or prompt
made (:func:`reader.core.translate.store.pending_work` with ``again``); the user's own
translations are never part of it.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Sequence
from concurrent.futures import Future
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal

from reader.core.db import Library
from reader.core.reading import translations_of
from reader.gui.tasks import Failure, Lane, Op, OpContext, OpHandle, TaskManager


@dataclass(frozen=True)
class Request:
    """What one run translates: a talk, *first* (segment ids) before the rest; *engine*: with
    this engine for every direction, again (None: what is missing, with the chosen engines);
    *segment_ids*: only these sentences (None: the whole talk)."""

    talk_id: int
    first: tuple[int, ...] = ()
    engine: str | None = None
    segment_ids: tuple[int, ...] | None = None


@dataclass(frozen=True)
class PlanInfo:
    total: int
    missing: tuple[tuple[str, str, int], ...]  # (from, to, segments) without a model


@dataclass(frozen=True)
class StoredBatch:
    """A batch as stored: ``{segment_id: (text, edited)}``, or the failure that stopped it."""

    rows: dict[int, tuple[str, bool]]
    failure: Failure | None = None

    @classmethod
    def of(cls, future: Future) -> StoredBatch:
        exc = future.exception()
        if exc is None:
            return cls(future.result())
        trace = "".join(traceback.format_exception(exc))
        return cls({}, Failure(exc, trace))


class _Counter:
    """Batches handed to the writer and not yet shown (incremented off the GUI thread)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.value = 0

    def add(self) -> None:
        with self._lock:
            self.value += 1

    def done(self) -> None:
        with self._lock:
            self.value -= 1


class TranslationController(QObject):
    #: {segment_id: (text, edited)} stored and ready to show
    translated = Signal(object)
    #: a run planned its work: PlanInfo
    planned = Signal(object)
    running_changed = Signal(bool)
    #: a run ended: (talk id, cancelled by the user)
    finished = Signal(int, bool)
    #: a "translate again" run planned its work: (engine name, segments it will translate)
    again_planned = Signal(str, int)
    failed = Signal(object)
    #: emitted from the write lane when a batch is stored; delivered queued on the GUI thread
    _batch_stored = Signal(object)

    def __init__(self, library: Library, manager: TaskManager, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.manager = manager
        self._engine = None
        self.handle: OpHandle | None = None
        self.talk_id: int | None = None
        self._first: tuple[int, ...] = ()
        self._restart: Request | None = None
        #: What the run under way translates.
        self._request: Request | None = None
        self._user_cancelled = False
        self._idle_talks: set[int] = set()
        self._pending = _Counter()
        self._batch_stored.connect(self._on_partial, Qt.ConnectionType.QueuedConnection)

    # -- engine (created on the compute lane on first use; it imports ctranslate2) -----------
    def engine(self):
        """The engine, leaving one core to the GUI thread (and the database writer)."""
        if self._engine is None:
            from reader.core.translate import TranslationEngine
            from reader.core.translate.engine import default_threads

            self._engine = TranslationEngine(threads=max(1, default_threads() - 1))
        return self._engine

    def models_changed(self) -> None:
        """Packages were installed or removed: drop loaded models, allow new runs."""
        self._idle_talks.clear()
        engine = self._engine
        if engine is not None:
            Op(None, lambda _ctx: engine.close(), lane=Lane.COMPUTE, manager=self.manager).run()

    def engines_changed(self) -> None:
        """An engine or the choice of a direction changed: talks a server failed on may be
        tried again (what other engines made stays until the user asks)."""
        self._idle_talks.clear()

    @property
    def running(self) -> bool:
        return self.handle is not None and not self.handle.finished

    # -- control -------------------------------------------------------------------------
    def start(self, talk_id: int, first: Sequence[int] = (), *, force: bool = False) -> None:
        """Translate what is missing in *talk_id*, *first* (segment ids) before the rest."""
        first = tuple(first)
        if not force and talk_id in self._idle_talks:
            return
        if self.running:
            if self.talk_id == talk_id and set(first) <= set(self._first):
                return
            if not force and self._request is not None and self._request.engine and self.talk_id == talk_id:
                return  # scrolling does not turn "translate again" into a plain run
            self._restart = Request(talk_id, first)
            assert self.handle is not None
            self.handle.cancel()
            return
        self._launch(Request(talk_id, first))

    def again(
        self, talk_id: int, engine: str, segment_ids: Sequence[int] | None = None, first: Sequence[int] = ()
    ) -> None:
        """Translate *segment_ids* of *talk_id* (None: the whole talk) again with the engine
        named *engine*, *first* before the rest. Rows another engine, model or prompt made
        are redone; the user's own translations are not."""
        only = tuple(segment_ids) if segment_ids is not None else None
        request = Request(talk_id, tuple(first) or (only or ()), engine, only)
        if self.running:
            self._restart = request
            assert self.handle is not None
            self.handle.cancel()
            return
        self._launch(request)

    def prioritise(self, talk_id: int, untranslated_visible: Sequence[int]) -> None:
        """The rows on screen changed; restart with them first if they are not queued first."""
        if not untranslated_visible:
            return
        if self.running and self.talk_id == talk_id and set(untranslated_visible) <= set(self._first):
            return
        self.start(talk_id, untranslated_visible)

    def cancel(self) -> None:
        self._restart = None
        if self.running:
            self._user_cancelled = True
            assert self.handle is not None
            self.handle.cancel()

    def stop_for(self, talk_id: int) -> None:
        """Another talk was opened: stop translating *talk_id* (finished batches are kept)."""
        if self.running and self.talk_id == talk_id:
            self._restart = None
            assert self.handle is not None
            self.handle.cancel()

    def _launch(self, request: Request) -> None:
        talk_id, first = request.talk_id, request.first
        self._request = request
        self.talk_id = talk_id
        self._first = first
        self._user_cancelled = False
        library = self.library
        engine_of = self.engine
        manager = self.manager
        pending = self._pending
        stored = self._batch_stored

        def save(batch: list) -> dict[int, tuple[str, bool]]:  # on the write lane
            from reader.core.translate import save_batch

            ids = [item.segment_id for item in batch]
            with library.session() as session:
                save_batch(session, batch)
                return translations_of(session, ids)

        def work(ctx: OpContext) -> int:  # on the compute lane
            from reader.core.translate import pending_work
            from reader.core.translate.registry import library_engine

            # The engine chosen per direction (Argos, with its cached models, by default), or
            # the one engine the user asked to translate again with.
            engine = library_engine(library, argos=engine_of(), only=request.engine)
            with library.read_session() as session:
                work_items = pending_work(
                    session,
                    talk_ids=[talk_id],
                    segment_ids=request.segment_ids,
                    provenance=engine.provenance_for,
                    again=request.engine is not None,
                )
            plan = engine.plan(work_items)
            ctx.emit(PlanInfo(plan.total, tuple((s, d, n) for (s, d), n in sorted(plan.missing.items()))))
            if request.engine is not None:
                ctx.emit((request.engine, plan.total))
            for batch in engine.run(plan, first=first, cancel=ctx.cancel, report=ctx.report):
                # Straight to the writer, not via the GUI thread: a batch finished while the
                # app shuts down is still stored (shutdown drains compute, then writes).
                pending.add()
                future = manager.run_in_lane(Lane.WRITE, save, batch)
                future.add_done_callback(lambda done: stored.emit(StoredBatch.of(done)))
            return plan.total

        op = Op(self, work, lane=Lane.COMPUTE, manager=self.manager)
        op.with_progress(QCoreApplication.translate("TranslationController", "Translating"), cancellable=True)
        op.on_partial(self._on_partial)
        op.on_failure(self._on_failure)
        op.on_success(lambda total: self._on_success(request, total))
        op.on_finished(lambda: self._on_finished(talk_id))
        self.handle = op.run()
        self.running_changed.emit(True)

    # -- results -------------------------------------------------------------------------
    def _on_partial(self, value: object) -> None:
        if isinstance(value, PlanInfo):
            self.planned.emit(value)
        elif isinstance(value, tuple):
            self.again_planned.emit(*value)
        elif isinstance(value, StoredBatch):
            self._pending.done()
            if value.failure is not None:
                self.failed.emit(value.failure)
            else:
                self.translated.emit(value.rows)

    def _on_success(self, request: Request, total: int) -> None:
        if total == 0 and request.engine is None:
            self._idle_talks.add(request.talk_id)

    def _on_failure(self, failure: Failure) -> None:
        self._restart = None
        if self.talk_id is not None:
            # A server that is down is not asked again on every scroll (and the error not
            # shown again each time); Translate asks again explicitly.
            self._idle_talks.add(self.talk_id)
        self.failed.emit(failure)

    def _on_finished(self, talk_id: int) -> None:
        self.handle = None
        restart, self._restart = self._restart, None
        cancelled = self._user_cancelled
        self._user_cancelled = False
        if cancelled:
            self._idle_talks.add(talk_id)  # the user said stop: no automatic restart on scroll
        if restart is not None:
            self._launch(restart)
            return
        self.running_changed.emit(False)
        self.finished.emit(talk_id, cancelled)

    @property
    def idle(self) -> bool:
        """No run and no batch on its way to the database or the screen."""
        return not self.running and self._pending.value == 0
