"""``talk-reader --smoke-test``: prove that a build opens the product, then quit.

Hidden from ``--help`` on purpose; packagers and the packaging tests use it. The app opens
its main window on the library it was given (``--library`` or ``TALK_READER_LIBRARY``),
imports and opens the bundled sample exactly as the welcome view's button does, waits until
the reader has painted the talk's rows (and checks that text was drawn), prints one line
and exits with status 0. Any failure — an error dialog, an exception on the GUI thread, an
import that fails, nothing painted within the time limit — prints one line to stderr and
exits with status 1. ``TALK_READER_SMOKE_TEST=1`` does the same as the flag (for launchers
that cannot pass arguments); ``TALK_READER_SMOKE_TIMEOUT`` sets the limit in seconds (15).

Run it headless with ``QT_QPA_PLATFORM=offscreen``, or under Xvfb to exercise xcb.
"""

from __future__ import annotations

import os
import sys
import time
import traceback
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QMessageBox

if TYPE_CHECKING:
    from reader.gui.app import AppController

SMOKE_FLAG = "--smoke-test"
SMOKE_ENV = "TALK_READER_SMOKE_TEST"
TIMEOUT_ENV = "TALK_READER_SMOKE_TIMEOUT"
DEFAULT_TIMEOUT_S = 15.0
#: Share of the reader's pixels that must differ from its background: a talk's text covers
#: far more; an empty or unpainted view covers nothing.
MIN_INK_SHARE = 0.002


def smoke_requested_by_env() -> bool:
    return os.environ.get(SMOKE_ENV, "").strip().lower() in {"1", "true", "yes"}


def ink_share(image: QImage) -> float:
    """Share of pixels unlike the top-left one (the background), on a sparse grid."""
    if image.isNull() or image.width() < 2 or image.height() < 2:
        return 0.0
    background = image.pixel(0, 0)
    step = 2
    total = inked = 0
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            total += 1
            if image.pixel(x, y) != background:
                inked += 1
    return inked / total if total else 0.0


class SmokeTest(QObject):
    """Drives one smoke run on a started :class:`~reader.gui.app.AppController`."""

    def __init__(self, controller: AppController, files: Sequence[str] = (), timeout_s: float | None = None) -> None:
        super().__init__(controller)
        self.controller = controller
        #: Names of the files the app was asked to import (the run then waits for them, not the sample).
        self.file_names = {Path(f).name for f in files}
        self.app = controller.app
        if timeout_s is None:
            try:
                timeout_s = float(os.environ.get(TIMEOUT_ENV, DEFAULT_TIMEOUT_S))
            except ValueError:
                timeout_s = DEFAULT_TIMEOUT_S
        self.timeout_s = timeout_s
        self.talk_id: int | None = None
        self.finished = False
        self.status: int | None = None
        self.started = time.perf_counter()
        self._viewport = None
        self._watch = QTimer(self)
        self._watch.setInterval(100)
        self._watch.timeout.connect(self._check_for_error_dialogs)

    def start(self) -> None:
        """Begin once the event loop runs (``exit()`` before ``exec()`` would be lost)."""
        previous = sys.excepthook

        def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
            previous(kind, exc, tb)
            self.fail("an exception on the GUI thread: " + "".join(traceback.format_exception_only(kind, exc)).strip())

        sys.excepthook = hook
        QTimer.singleShot(0, self._begin)

    def _begin(self) -> None:
        window = self.controller.window
        first_run = self.controller.first_run
        if window is None or first_run is None:
            self.fail("the main window did not open")
            return
        window.talk_shown.connect(self._on_talk_shown)
        QTimer.singleShot(int(self.timeout_s * 1000), self._timed_out)
        self._watch.start()
        if self.file_names:
            return  # run() already asked the window to import them
        first_run.sample_ready.connect(self._on_sample_ready)
        first_run.sample_failed.connect(lambda message: self.fail(f"the sample could not be opened: {message}"))
        first_run.open_sample()

    def _on_sample_ready(self, talk_id: int) -> None:
        self.talk_id = talk_id

    def _is_expected(self, talk_id: int) -> bool:
        if not self.file_names:
            return talk_id == self.talk_id
        window = self.controller.window
        assert window is not None
        summary = next((talk for talk in window.talk_model.talks if talk.id == talk_id), None)
        if summary is not None and summary.source in self.file_names:
            self.talk_id = talk_id
            return True
        return False

    def _on_talk_shown(self, talk_id: int) -> None:
        if self.finished or not self._is_expected(talk_id):
            return
        window = self.controller.window
        assert window is not None
        viewport = window.reader_view.viewport()
        self._viewport = viewport
        viewport.installEventFilter(self)
        viewport.update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._viewport and event.type() == QEvent.Type.Paint and not self.finished:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._painted)  # after this paint has finished
        return False

    def _painted(self) -> None:
        window = self.controller.window
        if self.finished or window is None:
            return
        rows = window.reader_model.rowCount()
        if rows == 0:
            self.fail("the sample talk opened with no rows")
            return
        share = ink_share(window.reader_view.viewport().grab().toImage())
        if share < MIN_INK_SHARE:
            self.fail(f"the reader painted no text (ink share {share:.4f})")
            return
        elapsed = time.perf_counter() - self.started
        title = window.header.title.text()
        what = "the talk" if self.file_names else "the sample talk"
        self.succeed(f"opened {what} '{title}' ({rows} rows) and painted it in {elapsed:.1f} s")

    def _check_for_error_dialogs(self) -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QMessageBox) and widget.isVisible() and widget.objectName() == "errorDialog":
                text = " ".join(part for part in (widget.text(), widget.informativeText()) if part)
                self.fail(f"an error was shown: {text}")
                return

    def _timed_out(self) -> None:
        what = "the files" if self.file_names else "the sample"
        stage = f"importing {what}" if self.talk_id is None else "waiting for the reader to paint the talk"
        self.fail(f"no result within {self.timeout_s:g} s (still {stage})")

    def succeed(self, message: str) -> None:
        if self.finished:
            return
        print(f"smoke test passed: {message}", flush=True)
        self._finish(0)

    def fail(self, message: str) -> None:
        if self.finished:
            return
        print(f"smoke test failed: {message}", file=sys.stderr, flush=True)
        self._finish(1)

    def _finish(self, status: int) -> None:
        self.finished = True
        self.status = status
        self._watch.stop()
        self.app.exit(status)
