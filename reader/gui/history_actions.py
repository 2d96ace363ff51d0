"""Edit ▸ Undo and Redo: named after the action they would take back or do again.

The library's history is persistent and shared with the CLI, so what Undo would do is read
again (off the GUI thread) after every :class:`LibraryChange`; :class:`HistoryController`
then names and enables the two actions ("Undo Rename “Scaling laws”"), and runs them as
operations of :mod:`reader.gui.operations.history`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from reader.gui.dialogs.errors import report_failure
from reader.gui.operations import history as history_ops

if TYPE_CHECKING:
    from PySide6.QtGui import QAction

    from reader.core.history import HistoryEntry
    from reader.gui.operations import LibraryChange, Operations
    from reader.gui.tasks import Failure


class HistoryController(QObject):
    """Runs Undo and Redo, and keeps their actions named and enabled as the history is."""

    #: A short message for the status bar: text, milliseconds to show it.
    status = Signal(str, int)

    def __init__(self, ops: Operations, undo_action: QAction, redo_action: QAction, parent: QObject) -> None:
        super().__init__(parent)
        self.ops = ops
        self.undo_action = undo_action
        self.redo_action = redo_action
        undo_action.triggered.connect(self.undo)
        redo_action.triggered.connect(self.redo)

    def refresh(self) -> None:
        """Name the actions Undo and Redo would take back or do again (read off the GUI thread)."""
        history_ops.load_pending(self.ops, self._show)

    def on_library_changed(self, _change: LibraryChange) -> None:
        """Any edit, undo or redo changes what Undo and Redo would do."""
        self.refresh()

    def undo(self) -> None:
        def done(entry: HistoryEntry) -> None:
            self.status.emit(self.tr("Undone: %1").replace("%1", history_ops.action_name(entry)), 5000)

        history_ops.undo(self.ops, done, self._failed)

    def redo(self) -> None:
        def done(entry: HistoryEntry) -> None:
            self.status.emit(self.tr("Redone: %1").replace("%1", history_ops.action_name(entry)), 5000)

        history_ops.redo(self.ops, done, self._failed)

    def _failed(self, failure: Failure) -> None:
        report_failure(self, failure)
        self.refresh()

    def _show(self, pending: history_ops.Pending) -> None:
        next_undo, next_redo = pending
        self.undo_action.setEnabled(next_undo is not None)
        self.undo_action.setText(
            self.tr("&Undo %1").replace("%1", history_ops.action_name(next_undo)) if next_undo else self.tr("&Undo")
        )
        self.redo_action.setEnabled(next_redo is not None)
        self.redo_action.setText(
            self.tr("&Redo %1").replace("%1", history_ops.action_name(next_redo)) if next_redo else self.tr("&Redo")
        )
