"""State shared by CLI handlers: the library (opened on first use) and output helpers."""

from __future__ import annotations

import sys
import time
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


class ProgressBar:
    """A one-line progress bar on stderr, drawn only when stderr is a terminal."""

    def __init__(self, label: str, stream: TextIO | None = None, min_interval: float = 0.1) -> None:
        self.label = label
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
        if total > 0:
            filled = int(width * min(done, total) / total)
            bar = "█" * filled + "·" * (width - filled)
            text = f"\r{neutralise(self.label)} [{bar}] {done}/{total}"
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
