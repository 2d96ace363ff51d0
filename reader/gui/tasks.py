"""Background operations: run a function off the GUI thread and get its result by signal.

Usage (Anki's ``CollectionOp`` habit)::

    Op(self, lambda ctx: lib.rename(...)).on_success(self.refresh).with_progress(tr("Renaming")).run()

The function receives an :class:`OpContext` (cancel event, ``report(done, total)``,
``emit(partial)``) and must never touch widgets; what it returns, raises or emits reaches
the callbacks on the GUI thread through queued signals. Pass ids and frozen dataclasses in
and out, never ORM objects, and open one session per operation.

Work runs in *lanes*, each a single thread, so ordering inside a lane is the order of
``run()`` calls: :attr:`Lane.WRITE` serialises every database write, :attr:`Lane.READ`
loads talks and searches (SQLite's WAL lets it read while a write is in progress), and
:attr:`Lane.COMPUTE` runs translation so it never queues behind a write or a read, and
:attr:`Lane.NETWORK` asks translation servers whether they are ready (a server that takes
seconds to answer holds up neither a translation nor the loading of a talk).

Progress is *polled*: the worker only stores its latest numbers; the window's progress bar
reads them on a timer and appears only if the operation is still running after
:data:`PROGRESS_DELAY_MS`, so quick jobs don't flash.
"""

from __future__ import annotations

import enum
import logging
import os
import sys
import threading
import traceback
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, Qt, Signal, Slot

from reader.core.errors import Cancelled

log = logging.getLogger(__name__)

T = TypeVar("T")
PROGRESS_DELAY_MS = 400


class Lane(enum.Enum):
    WRITE = "write"
    READ = "read"
    COMPUTE = "compute"
    NETWORK = "network"


#: How much each lane's thread yields the CPU to the GUI thread (Linux ``nice`` per thread).
#: Threads a lane starts (CTranslate2's workers, created when a model loads) inherit it, so
#: on a busy 2-core machine the scheduler runs the GUI thread first and the window stays fluid.
LANE_NICENESS = {Lane.WRITE: 2, Lane.READ: 0, Lane.COMPUTE: 10, Lane.NETWORK: 0}


def _lower_priority(niceness: int) -> None:
    if niceness <= 0 or not hasattr(os, "setpriority"):
        return
    try:
        # On Linux a thread id names one thread for setpriority(); elsewhere this is a no-op.
        if sys.platform.startswith("linux"):
            os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), niceness)
    except OSError:
        pass


@dataclass(frozen=True)
class Failure:
    """An exception from a worker, with its traceback text (exceptions don't cross threads well)."""

    exception: BaseException
    traceback: str


@dataclass
class OpContext:
    """What the worker function may use: the cancel flag, progress and partial results."""

    cancel: threading.Event
    _handle: OpHandle

    def report(self, done: int, total: int) -> None:
        self._handle.progress = (done, total)

    def emit(self, value: Any) -> None:
        """Send a partial result (e.g. one translated batch) to ``on_partial`` callbacks."""
        self._handle._relay.partial.emit(value)

    def check(self) -> None:
        if self.cancel.is_set():
            raise Cancelled()


@dataclass(eq=False)
class OpHandle:
    """A running operation, as seen from the GUI thread."""

    label: str | None
    cancellable: bool
    lane: Lane
    cancel_event: threading.Event = field(default_factory=threading.Event)
    progress: tuple[int, int] = (0, 0)
    finished: bool = False
    _relay: _Relay = field(default=None, repr=False)  # type: ignore[assignment]

    def cancel(self) -> None:
        self.cancel_event.set()

    @property
    def cancelled(self) -> bool:
        return self.cancel_event.is_set()


class _Relay(QObject):
    """Lives on the GUI thread; worker-side emits are queued here and delivered in order."""

    succeeded = Signal(object)
    failed = Signal(object)
    partial = Signal(object)

    def __init__(self, op: Op[Any]) -> None:
        super().__init__()
        self.op = op
        self.succeeded.connect(self.on_succeeded, Qt.ConnectionType.QueuedConnection)
        self.failed.connect(self.on_failed, Qt.ConnectionType.QueuedConnection)
        self.partial.connect(self.on_partial, Qt.ConnectionType.QueuedConnection)

    @Slot(object)
    def on_succeeded(self, value: object) -> None:
        self.op._finish(value, None)

    @Slot(object)
    def on_failed(self, failure: object) -> None:
        assert isinstance(failure, Failure)
        self.op._finish(None, failure)

    @Slot(object)
    def on_partial(self, value: object) -> None:
        self.op._deliver_partial(value)


class TaskManager(QObject):
    """The lanes, and the list of running operations the status bar shows."""

    #: Emitted when an operation starts or ends (the progress widget re-reads ``active``).
    changed = Signal()
    _instance: TaskManager | None = None

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._executors = {
            lane: ThreadPoolExecutor(
                max_workers=1,
                thread_name_prefix=f"talk-reader-{lane.value}",
                initializer=_lower_priority,
                initargs=(LANE_NICENESS[lane],),
            )
            for lane in Lane
        }
        self.active: list[OpHandle] = []
        self._closed = False

    @classmethod
    def instance(cls) -> TaskManager:
        if cls._instance is None or cls._instance._closed:
            cls._instance = TaskManager()
        return cls._instance

    def run_in_lane(self, lane: Lane, fn: Callable[..., Any], *args: Any) -> Future[Any]:
        """Queue plain work in a lane from any thread (no GUI callbacks; the caller relays)."""
        return self._executors[lane].submit(fn, *args)

    def submit(self, op: Op[Any]) -> OpHandle:
        handle = op.handle
        if self._closed:
            # The app is quitting: late requests (a batch arriving, a refresh) are dropped.
            log.debug("operation dropped after shutdown: %r", op.fn)
            handle.finished = True
            return handle
        self.active.append(handle)
        self.changed.emit()
        self._executors[handle.lane].submit(self._run, op)
        return handle

    def _run(self, op: Op[Any]) -> None:
        relay = op.handle._relay
        try:
            if op.handle.cancelled and op.handle.cancellable:
                raise Cancelled()
            result = op.fn(OpContext(op.handle.cancel_event, op.handle))
        except BaseException as exc:
            relay.failed.emit(Failure(exc, traceback.format_exc()))
        else:
            relay.succeeded.emit(result)

    def _done(self, handle: OpHandle) -> None:
        if handle in self.active:
            self.active.remove(handle)
            self.changed.emit()

    def cancel_all(self) -> None:
        for handle in list(self.active):
            handle.cancel()

    def wait_idle(self, timeout: float = 10.0) -> bool:
        """Block until every lane has drained (tests, shutdown). Results are not delivered."""
        ok = True
        for executor in self._executors.values():
            future = executor.submit(lambda: None)
            try:
                future.result(timeout=timeout)
            except Exception:
                ok = False
        return ok

    def shutdown(self, timeout: float = 10.0) -> None:
        """Cancel everything, wait for the workers, and refuse new work."""
        if self._closed:
            return
        self.cancel_all()
        # Compute first: batches it finishes are queued on the write lane, drained next.
        for lane in (Lane.COMPUTE, Lane.WRITE, Lane.READ, Lane.NETWORK):
            try:
                self._executors[lane].submit(lambda: None).result(timeout=timeout)
            except Exception:
                log.warning("the %s lane did not finish within %s s", lane.value, timeout)
        for executor in self._executors.values():
            executor.shutdown(wait=False, cancel_futures=True)
        self._closed = True
        if TaskManager._instance is self:
            TaskManager._instance = None


class Op(Generic[T]):
    """A builder for one background operation; nothing happens until :meth:`run`."""

    def __init__(
        self,
        parent: QObject | None,
        fn: Callable[[OpContext], T],
        *,
        lane: Lane = Lane.WRITE,
        manager: TaskManager | None = None,
    ) -> None:
        self.parent = parent
        self.fn = fn
        self.manager = manager or TaskManager.instance()
        self._on_success: list[Callable[[T], Any]] = []
        self._on_failure: list[Callable[[Failure], Any]] = []
        self._on_partial: list[Callable[[Any], Any]] = []
        self._on_finished: list[Callable[[], Any]] = []
        self.handle = OpHandle(label=None, cancellable=False, lane=lane)

    def on_success(self, callback: Callable[[T], Any]) -> Op[T]:
        self._on_success.append(callback)
        return self

    def on_failure(self, callback: Callable[[Failure], Any]) -> Op[T]:
        """Replace the default error dialog for this operation."""
        self._on_failure.append(callback)
        return self

    def on_partial(self, callback: Callable[[Any], Any]) -> Op[T]:
        self._on_partial.append(callback)
        return self

    def on_finished(self, callback: Callable[[], Any]) -> Op[T]:
        """Called after success, failure or cancel."""
        self._on_finished.append(callback)
        return self

    def with_progress(self, label: str, *, cancellable: bool = True) -> Op[T]:
        self.handle.label = label
        self.handle.cancellable = cancellable
        return self

    def run(self) -> OpHandle:
        self.handle._relay = _Relay(self)
        return self.manager.submit(self)

    def _alive(self) -> bool:
        if self.parent is None:
            return True
        from shiboken6 import isValid

        return isValid(self.parent)

    def _deliver_partial(self, value: Any) -> None:
        if self._alive():
            for callback in self._on_partial:
                callback(value)

    def _finish(self, value: Any, failure: Failure | None) -> None:
        self.handle.finished = True
        self.manager._done(self.handle)
        try:
            if not self._alive():
                if failure is not None and not isinstance(failure.exception, Cancelled):
                    log.error("operation failed after its window closed:\n%s", failure.traceback)
                return
            if failure is None:
                for callback in self._on_success:
                    callback(value)
            elif isinstance(failure.exception, Cancelled):
                pass
            elif self._on_failure:
                for callback in self._on_failure:
                    callback(failure)
            else:
                from reader.gui.dialogs.errors import report_failure

                report_failure(self.parent, failure)
        finally:
            for callback in self._on_finished:
                callback()
            relay = self.handle._relay
            relay.op = None  # type: ignore[assignment]
            relay.deleteLater()
