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
