"""Errors as dialogs: user problems get a clear sentence, bugs get a report, never a bare traceback.

:class:`~reader.core.errors.ReaderError` (bad file, locked library, corrupt model) is the
user's to fix, so the dialog says what happened and nothing else. Any other exception is a
bug in Talk Reader: the dialog says so and keeps the traceback under "Show Details…" for a
bug report; it is also logged. Dialogs are opened non-blocking (``open()``), so a failing
background operation never nests an event loop inside another.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from reader.core.errors import ReaderError
from reader.gui.tasks import Failure

log = logging.getLogger(__name__)


def _parent_widget(parent: QObject | None) -> QWidget | None:
    """The window a message about *parent*'s work belongs over: a controller (a plain
    QObject) reports over the window it is part of."""
    while parent is not None and not isinstance(parent, QWidget):
        parent = parent.parent()
    if isinstance(parent, QWidget):
        return parent.window()
    return QApplication.activeWindow()


def show_message(
    parent: QObject | None,
    title: str,
    text: str,
    *,
    details: str | None = None,
    icon: QMessageBox.Icon = QMessageBox.Icon.Warning,
    action: tuple[str, Callable[[], object]] | None = None,
) -> QMessageBox:
    """A message box, opened (not run): *action* adds a button (text, what it does) beside OK
    that leads to where the problem is fixed ("Engine Settings…")."""
    box = QMessageBox(_parent_widget(parent))
    box.setObjectName("errorDialog")
    box.setTextFormat(Qt.TextFormat.PlainText)  # messages quote file names and titles
    box.setIcon(icon)
    box.setWindowTitle(title)
    box.setText(text)
    if details:
        box.setDetailedText(details)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    if action is not None:
        text, slot = action
        button = box.addButton(text, QMessageBox.ButtonRole.ActionRole)
        button.setObjectName("errorAction")
        box.buttonClicked.connect(lambda clicked: slot() if clicked is button else None)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def describe(exc: BaseException) -> str:
    if isinstance(exc, ReaderError):
        return str(exc)
    if isinstance(exc, MemoryError):
        return QCoreApplication.translate("Errors", "Talk Reader ran out of memory.")
    if isinstance(exc, OSError) and exc.strerror:
        name = f"{exc.filename}: " if exc.filename else ""
        return f"{name}{exc.strerror}"
    return QCoreApplication.translate(
        "Errors", "Talk Reader hit an internal error and stopped this task. Your library is safe."
    )


def report_failure(
    parent: QObject | None, failure: Failure, *, action: tuple[str, Callable[[], object]] | None = None
) -> QMessageBox:
    """The user's problem in a sentence (with *action*'s button, see :func:`show_message`),
    or a bug report."""
    exc = failure.exception
    if isinstance(exc, ReaderError | OSError):
        return show_message(parent, QCoreApplication.translate("Errors", "Talk Reader"), describe(exc), action=action)
    log.error("background task failed:\n%s", failure.traceback)
    return show_message(
        parent,
        QCoreApplication.translate("Errors", "Internal error"),
        describe(exc),
        details=failure.traceback,
        icon=QMessageBox.Icon.Critical,
    )


def report_exception(parent: QObject | None, exc: BaseException) -> QMessageBox:
    import traceback

    return report_failure(parent, Failure(exc, "".join(traceback.format_exception(exc))))


def install_excepthook() -> None:
    """Bugs on the GUI thread become a report dialog instead of vanishing into stderr."""
    previous = sys.excepthook

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        previous(kind, exc, tb)
        if QApplication.instance() is not None and not isinstance(exc, KeyboardInterrupt):
            report_exception(None, exc.with_traceback(tb))

    sys.excepthook = hook
