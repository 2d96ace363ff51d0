"""Find in the open talk (Ctrl+F): every match highlighted, F3 / Shift+F3 to step through.

It searches what the reader *shows* (clean or verbatim text, translations) in the visible
columns, so the highlights always sit on real characters; a talk of thousands of paragraphs
is scanned in a few milliseconds, and the scan reruns as translations arrive.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from reader.gui.widgets.reader_view import Hit, ReaderView


def find_hits(view: ReaderView, needle: str) -> list[Hit]:
    needle = needle.strip().casefold()
    model = view.model()
    if not needle or model is None:
        return []
    reader_model = view.reader_model()
    columns = view.visible_columns()
    if view.header().visualIndex(1) < view.header().visualIndex(0):
        columns = tuple(reversed(columns))
    hits: list[Hit] = []
    for row in range(reader_model.rowCount()):
        for column in columns:
            cell = reader_model.cell(row, column)
            if column == 1 and all(p.kind == 1 for p in cell.parts):
                continue
            haystack = cell.text.casefold()
            start = haystack.find(needle)
            while start >= 0:
                hits.append(Hit(row, column, start, start + len(needle)))
                start = haystack.find(needle, start + len(needle))
    return hits


class FindBar(QWidget):
    closed = Signal()

    def __init__(self, view: ReaderView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findBar")
        self.view = view
        self.edit = QLineEdit(self)
        self.edit.setObjectName("findEdit")
        self.edit.setPlaceholderText(self.tr("Find in talk"))
        self.edit.setClearButtonEnabled(True)
        self.edit.setMaximumWidth(320)
        self.count = QLabel(self)
        self.count.setObjectName("findCount")
        self.count.setMinimumWidth(90)
        self.previous_button = QToolButton(self)
        self.previous_button.setText("▲")
        self.previous_button.setToolTip(self.tr("Previous match (Shift+F3)"))
        self.previous_button.setAutoRaise(True)
        self.next_button = QToolButton(self)
        self.next_button.setText("▼")
        self.next_button.setToolTip(self.tr("Next match (F3)"))
        self.next_button.setAutoRaise(True)
        close = QToolButton(self)
        close.setText("✕")
        close.setToolTip(self.tr("Close (Esc)"))
        close.setAutoRaise(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 4, 8, 6)
        layout.setSpacing(4)
        layout.addWidget(self.edit)
        layout.addWidget(self.previous_button)
        layout.addWidget(self.next_button)
        layout.addWidget(self.count)
        layout.addStretch(1)
        layout.addWidget(close)
        self.hits: list[Hit] = []
        self.current = -1
        self._rescan = QTimer(self)
        self._rescan.setSingleShot(True)
        self._rescan.setInterval(150)
        self._rescan.timeout.connect(self.refresh)
        self.edit.textChanged.connect(lambda _text: self.search())
        self.edit.returnPressed.connect(self.find_next)
        self.next_button.clicked.connect(self.find_next)
        self.previous_button.clicked.connect(self.find_previous)
        close.clicked.connect(self.close_bar)
        self.hide()

    def open_bar(self, text: str | None = None) -> None:
        if text:
            self.edit.setText(text)
        self.show()
        self.edit.setFocus()
        self.edit.selectAll()
        self.search()

    def close_bar(self) -> None:
        self.hide()
        self.hits = []
        self.current = -1
        self.view.set_hits([], None)
        self.view.setFocus()
        self.closed.emit()

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close_bar()
            return
        if event.matches(QKeySequence.StandardKey.FindPrevious) or (
            event.key() == Qt.Key.Key_Return and event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        ):
            self.find_previous()
            return
        super().keyPressEvent(event)

    def search(self) -> None:
        """A new needle: select the first hit at or after the top of the screen."""
        self.hits = find_hits(self.view, self.edit.text())
        first_row = self.view.visible_range()[0]
        self.current = next((i for i, hit in enumerate(self.hits) if hit.row >= first_row), 0) if self.hits else -1
        self._show()

    def refresh(self) -> None:
        """The text changed under us (translations arrived, toggles): keep the current hit if possible."""
        if not self.isVisible() or not self.edit.text().strip():
            return
        old = self.hits[self.current] if 0 <= self.current < len(self.hits) else None
        self.hits = find_hits(self.view, self.edit.text())
        self.current = self.hits.index(old) if old in self.hits else (0 if self.hits else -1)
        self._show(scroll=False)

    def schedule_refresh(self) -> None:
        if self.isVisible():
            self._rescan.start()

    def find_next(self) -> None:
        if not self.isVisible():
            self.open_bar()
            return
        if self.hits:
            self.current = (self.current + 1) % len(self.hits)
            self._show()

    def find_previous(self) -> None:
        if not self.isVisible():
            self.open_bar()
            return
        if self.hits:
            self.current = (self.current - 1) % len(self.hits)
            self._show()

    def _show(self, scroll: bool = True) -> None:
        current = self.hits[self.current] if 0 <= self.current < len(self.hits) else None
        if scroll:
            self.view.set_hits(self.hits, current)
        else:
            self.view.delegate.hits = {}
            grouped: dict[tuple[int, int], list[Hit]] = {}
            for hit in self.hits:
                grouped.setdefault((hit.row, hit.column), []).append(hit)
            self.view.delegate.hits = grouped
            self.view.delegate.current_hit = current
            self.view.viewport().update()
        if not self.edit.text().strip():
            self.count.setText("")
        elif not self.hits:
            self.count.setText(self.tr("No matches"))
        else:
            self.count.setText(
                self.tr("%1 of %2").replace("%1", str(self.current + 1)).replace("%2", str(len(self.hits)))
            )
        self.edit.setProperty("notFound", bool(self.edit.text().strip()) and not self.hits)
        self.edit.style().unpolish(self.edit)
        self.edit.style().polish(self.edit)
