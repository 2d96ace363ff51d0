"""State shared by CLI handlers: the library (opened on first use) and output helpers."""

from __future__ import annotations

import signal
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType
from typing import Any, TextIO

from reader.cli.output import json_text, neutralise, raw
from reader.core.db import Library
from reader.core.paths import resolve_library_path


class CliContext:
    def __init__(self, library_path: str | None) -> None:
        self.library_path = resolve_library_path(library_path)
        self._library: Library | None = None

    @property
    def library(self) -> Library:
        if self._library is None:
            self._library = Library.open(self.library_path)
            if self._library.damaged:
                print(
                    f"talk-reader: warning: {self.library_path}: the library is open read-only: "
                    f"{self._library.read_only_reason}",
                    file=sys.stderr,
                )
        return self._library

    def close(self) -> None:
        if self._library is not None:
            self._library.close()
            self._library = None


def print_json(data: Any, stream: TextIO | None = None) -> None:
    """*data* as JSON; text from files is escaped, never printed raw (see :mod:`.output`)."""
    (stream or sys.stdout).write(json_text(data) + "\n")


def transfer_status(done: int, total: int, seconds: float, moved: int) -> str:
    """``12.0 MB of 95.0 MB, 3.2 MB/s, 0:26 left``: *moved* bytes arrived in *seconds*."""
    from reader.core.translate.packages import human_bytes

    text = f"{human_bytes(done)} of {human_bytes(total)}" if total > 0 else human_bytes(done)
    if seconds < 0.5 or moved <= 0:
        return text
    rate = moved / seconds
    text += f", {human_bytes(rate)}/s"
    if total > done:
        left = int((total - done) / rate + 0.5)
        hours, rest = divmod(left, 3600)
        text += f", {hours}:{rest // 60:02d}:{rest % 60:02d} left" if hours else f", {rest // 60}:{rest % 60:02d} left"
    return text


class ProgressBar:
    """A one-line progress bar on stderr, drawn only when stderr is a terminal."""

    def __init__(
        self, label: str, stream: TextIO | None = None, min_interval: float = 0.1, *, transfer: bool = False
    ) -> None:
        self.label = label
        #: Counts are bytes being transferred: shown in human units with a rate and an ETA.
        self.transfer = transfer
        self._started: tuple[float, int] | None = None
        # Its own \r and erase sequence must reach the terminal: write under the SafeStream.
        self.stream = raw(stream or sys.stderr)
        self.enabled = self.stream.isatty()
        self.min_interval = min_interval
        self._last = 0.0
        self._drawn = False

    def __call__(self, done: int, total: int) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        if now - self._last < self.min_interval and done < total:
            return
        self._last = now
        width = 30
        if self._started is None:
            self._started = (now, done)
        if self.transfer:
            counts = transfer_status(done, total, now - self._started[0], done - self._started[1])
        else:
            counts = f"{done}/{total}"
        if total > 0:
            filled = int(width * min(done, total) / total)
            bar = "█" * filled + "·" * (width - filled)
            text = f"\r{neutralise(self.label)} [{bar}] {counts}\033[K"
        else:
            text = f"\r{neutralise(self.label)} {done}"
        self.stream.write(text)
        self.stream.flush()
        self._drawn = True

    def finish(self) -> None:
        if self._drawn:
            self.stream.write("\r\033[K")
            self.stream.flush()
            self._drawn = False


@contextmanager
def sigint_sets(event: threading.Event, what: str) -> Iterator[None]:
    """First Ctrl-C sets *event* (the work stops at its next safe point, saying *what* it
    does); a second one aborts at once."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def on_sigint(signum: int, frame: FrameType | None) -> None:
        if event.is_set():
            raise KeyboardInterrupt
        event.set()
        print(f"\ntalk-reader: {what} (Ctrl-C again to abort)", file=sys.stderr)

    previous = signal.signal(signal.SIGINT, on_sigint)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
