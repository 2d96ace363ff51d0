"""The two things every long core operation accepts: a cancel flag and a progress callback."""

from __future__ import annotations

import threading
from collections.abc import Callable

from reader.core.errors import Cancelled

#: ``report(done, total)``; *total* may be 0 when unknown.
ProgressCallback = Callable[[int, int], None]


def no_progress(done: int, total: int) -> None:
    """The default progress callback."""


def check_cancelled(cancel: threading.Event | None) -> None:
    """Raise :class:`Cancelled` if the user asked to stop."""
    if cancel is not None and cancel.is_set():
        raise Cancelled()


def scaled(report: ProgressCallback, start: int, span: int, total: int = 1000) -> ProgressCallback:
    """A callback that maps a phase's own progress onto ``[start, start + span]`` of *total*.

    Long jobs made of phases (parse, then store) report one bar that only moves forward.
    """

    def phase(done: int, of: int) -> None:
        fraction = min(done / of, 1.0) if of > 0 else 0.0
        report(start + int(span * fraction), total)

    return phase
