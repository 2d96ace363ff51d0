"""Planning many transcripts at once, in worker processes, while the library stores them.

Importing a file is two jobs: *planning* (decoding, sentences, talk detection, titles — pure
CPU, no library) and *storing* (one transaction: rows and both search indexes). Planning is
most of the time and it is Python, so threads would share one core; worker processes plan the
next files while this process stores the one before, in the folder's order, each file in its
own transaction as before (a killed run keeps every file stored before it).

Workers are started with ``spawn`` (never ``fork``: the GUI runs this from a thread of a Qt
process), get the library's known content hashes once so that duplicates are skipped before
anything is planned, and share one cancel event with this process: Cancel stops the worker in
the middle of a file as it stops a planning thread. Files larger than :data:`INLINE_BYTES` are
planned here instead, one at a time, so that the plans in flight never hold more than one big
file. A worker that dies (out of memory, killed) fails its file with a message and the rest
are planned here, one after another.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
from collections import deque
from collections.abc import Iterable, Iterator, Mapping
from concurrent.futures import Future, ProcessPoolExecutor, TimeoutError
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reader.core.errors import Cancelled
from reader.core.progress import check_cancelled

if TYPE_CHECKING:
    from reader.core.importing import FileImportResult, PreparedImport

    Planned = PreparedImport | FileImportResult

#: Files above this size are planned in this process, one at a time (their plans are large).
INLINE_BYTES = 16 * 1024 * 1024
#: How often the consumer looks at the cancel event while a worker is busy (seconds).
_CANCEL_POLL_SECONDS = 0.1

# A worker's state, set once by :func:`_start_worker`.
_known: Mapping[str, str] = {}
_stop: Any = None


def default_workers(leave_one_core: bool = False) -> int:
    """Worker processes for this machine: one per core this process may use (less one for the
    window when asked), at least one."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cores = os.cpu_count() or 1
    return max(1, cores - 1 if leave_one_core else cores)


def _start_worker(known: Mapping[str, str], stop: Any) -> None:
    global _known, _stop
    _known, _stop = known, stop


def _plan_in_worker(path: str) -> Planned:
    from reader.core.library import plan_file

    return plan_file(path, imported_as=_known.get, cancel=_stop)


def planned_files(
    paths: Iterable[tuple[Path, int]],
    *,
    known: Mapping[str, str],
    workers: int,
    cancel: threading.Event | None = None,
) -> Iterator[tuple[Path, Planned]]:
    """``(path, plan or result)`` for each ``(path, size)`` of *paths*, in order, planned
    *workers* at a time. Raises :class:`Cancelled` once *cancel* is set (nothing further is
    yielded; workers stop). With one worker everything is planned here, one file at a time."""
    from reader.core.library import plan_file

    if workers <= 1:
        for path, _size in paths:
            check_cancelled(cancel)
            yield path, plan_file(path, imported_as=known.get, cancel=cancel)
        return
    context = multiprocessing.get_context("spawn")
    stop = context.Event()
    pool = ProcessPoolExecutor(
        max_workers=workers, mp_context=context, initializer=_start_worker, initargs=(dict(known), stop)
    )
    queue: deque[tuple[Path, int, Future[Planned] | None]] = deque()
    remaining = iter(paths)
    broken = False

    def fill() -> None:
        while len(queue) < workers + 1:
            item = next(remaining, None)
            if item is None:
                return
            path, size = item
            inline = broken or size > INLINE_BYTES
            queue.append((path, size, None if inline else pool.submit(_plan_in_worker, str(path))))

    try:
        fill()
        while queue:
            path, _size, future = queue.popleft()
            check_cancelled(cancel)
            if future is None:
                planned = plan_file(path, imported_as=known.get, cancel=cancel)
            else:
                try:
                    planned = _result(future, cancel, stop)
                except BrokenProcessPool:
                    broken = True
                    planned = _worker_died(path)
                    # The files already handed to the dead pool are planned here instead.
                    queue = deque((p, s, None) for p, s, _f in queue)
            fill()
            yield path, planned
    finally:
        stop.set()
        pool.shutdown(wait=True, cancel_futures=True)


def _result(future: Future[Planned], cancel: threading.Event | None, stop: Any) -> Planned:
    while True:
        if cancel is not None and cancel.is_set():
            stop.set()  # the worker planning this file stops at its next check
            raise Cancelled()
        try:
            return future.result(timeout=_CANCEL_POLL_SECONDS)
        except TimeoutError:
            continue


def _worker_died(path: Path) -> FileImportResult:
    from reader.core.importing import FileImportResult, ImportStatus

    return FileImportResult(
        path, ImportStatus.FAILED, message="the import worker stopped unexpectedly (out of memory?); try the file alone"
    )
