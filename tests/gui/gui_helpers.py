"""Small helpers shared by the GUI tests (pointing at a sentence, finding open dialogs)."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication, QWidget

from reader.gui.widgets.reader_view import PAD_X, PAD_Y, ReaderView


def sentence_point(view: ReaderView, row: int, column: int, segment_id: int) -> QPoint:
    """A viewport point over the first characters of a segment's text in one cell."""
    cell = view.delegate.layout(row, column)
    span = cell.span_of(segment_id)
    assert span is not None, f"segment {segment_id} is not in cell {(row, column)}"
    position = span.start + min(1, span.end - span.start - 1)
    block = cell.document.findBlock(position)
    text_layout = block.layout()
    line = text_layout.lineForTextPosition(position - block.position())
    x = line.cursorToX(position - block.position())
    x = x[0] if isinstance(x, tuple) else x
    y = text_layout.position().y() + line.y() + line.height() / 2
    rect = view.visualRect(view.model().index(row, column))
    return QPoint(rect.left() + PAD_X + int(x) + 2, rect.top() + PAD_Y + int(y))


def find_top_level(cls: type, name: str) -> QWidget | None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, cls) and widget.objectName() == name and widget.isVisible():
            return widget
    return None


def hover(widget: QWidget, point: QPoint) -> None:
    """Deliver a mouse move with no button held straight to *widget* (no cursor warping)."""
    from PySide6.QtCore import QPointF, Qt
    from PySide6.QtGui import QGuiApplication, QMouseEvent

    event = QMouseEvent(
        QMouseEvent.Type.MouseMove,
        QPointF(point),
        QPointF(widget.mapToGlobal(point)),
        Qt.MouseButton.NoButton,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QGuiApplication.sendEvent(widget, event)
