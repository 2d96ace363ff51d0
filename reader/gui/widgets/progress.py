"""The status bar's progress indicator for background operations, with a cancel button.

It polls :class:`~reader.gui.tasks.TaskManager` on a timer and shows itself only for an
operation with a label that has been running longer than the delay, so quick jobs never
flash a bar.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QToolButton, QWidget

from reader.gui.tasks import PROGRESS_DELAY_MS, OpHandle, TaskManager


class ProgressWidget(QWidget):
    def __init__(self, manager: TaskManager, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("progressWidget")
        self.manager = manager
        self.label = QLabel(self)
        self.bar = QProgressBar(self)
        self.bar.setObjectName("progressBar")
        self.bar.setMaximumWidth(180)
        self.bar.setMaximumHeight(14)
        self.bar.setTextVisible(False)
        self.cancel_button = QToolButton(self)
        self.cancel_button.setObjectName("progressCancel")
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setAutoRaise(True)
        self.cancel_button.clicked.connect(self.cancel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 6, 0)
        layout.setSpacing(6)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)
        self._started: dict[int, float] = {}
        self.current: OpHandle | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(100)
        self.timer.timeout.connect(self.poll)
        manager.changed.connect(self._on_changed)
        self.hide()

    def _on_changed(self) -> None:
        now = time.monotonic()
        live = {id(h) for h in self.manager.active}
        for handle in self.manager.active:
            self._started.setdefault(id(handle), now)
        self._started = {k: v for k, v in self._started.items() if k in live}
        if self.manager.active and not self.timer.isActive():
            self.timer.start()
        self.poll()

    def _visible_handle(self) -> OpHandle | None:
        now = time.monotonic()
        for handle in self.manager.active:
            started = self._started.get(id(handle), now)
            if handle.label and not handle.finished and (now - started) * 1000 >= PROGRESS_DELAY_MS:
                return handle
        return None

    def poll(self) -> None:
        handle = self._visible_handle()
        self.current = handle
        if handle is None:
            self.hide()
            if not self.manager.active:
                self.timer.stop()
            return
        done, total = handle.progress
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(min(done, total))
            self.label.setText(
                self.tr("%1 %2 of %3")
                .replace("%1", handle.label or "")
                .replace("%2", str(done))
                .replace("%3", str(total))
            )
        else:
            self.bar.setRange(0, 0)
            self.label.setText(handle.label or "")
        self.cancel_button.setVisible(handle.cancellable)
        self.cancel_button.setEnabled(not handle.cancelled)
        self.show()

    def cancel(self) -> None:
        if self.current is not None:
            self.current.cancel()
            self.cancel_button.setEnabled(False)
