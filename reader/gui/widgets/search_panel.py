"""Library search results, grouped by talk, each hit a snippet with the matched words marked."""

from __future__ import annotations

import enum
import math

from PySide6.QtCore import QEvent, QModelIndex, QPointF, QSize, Qt, Signal
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QPalette,
    QResizeEvent,
    QStandardItem,
    QStandardItemModel,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from reader.gui.search_backend import SearchResults
from reader.gui.widgets.plain_text import tooltip


class ResultRole(enum.IntEnum):
    TALK_ID = Qt.ItemDataRole.UserRole + 1
    SEGMENT_ID = Qt.ItemDataRole.UserRole + 2
    HTML = Qt.ItemDataRole.UserRole + 3


class SnippetDelegate(QStyledItemDelegate):
    """Paints an item's HTML (snippets with <b> marks) wrapped to the width of its row.

    The height a row asks for and the text painted in it are laid out at the same width
    (:meth:`text_width`), so the text always fits its row; the view lays the rows out
    again when its width or font changes (:class:`ResultsTree`).
    """

    MARGIN = 2  # the document's own margin
    INSET_X = 2  # where the document is drawn in the row
    INSET_Y = 3

    def _document(self, option: QStyleOptionViewItem, index: QModelIndex, width: int) -> QTextDocument:
        doc = QTextDocument()
        doc.setDocumentMargin(self.MARGIN)
        doc.setDefaultFont(option.font)
        highlight = option.palette.color(QPalette.ColorRole.Highlight).name()
        doc.setDefaultStyleSheet(f"b {{ color: {highlight}; }}")
        doc.setHtml(index.data(ResultRole.HTML) or "")
        doc.setTextWidth(width)
        return doc

    def text_width(self, index: QModelIndex) -> int:
        """The width a snippet is wrapped to: its row's width, less the inset."""
        view = self.parent()
        assert isinstance(view, QTreeView)
        depth = 0
        parent = index.parent()
        while parent.isValid():
            depth += 1
            parent = parent.parent()
        if view.rootIsDecorated():
            depth += 1  # the branch decoration takes an indentation of its own
        row_width = view.columnWidth(0) or view.viewport().width()
        return max(50, row_width - view.indentation() * depth - 2 * self.INSET_X)

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        if not index.data(ResultRole.HTML):
            return super().sizeHint(option, index)
        self.initStyleOption(option, index)
        width = self.text_width(index)
        doc = self._document(option, index, width)
        return QSize(width, math.ceil(doc.size().height()) + 2 * self.INSET_Y)

    def paint(self, painter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        if not index.data(ResultRole.HTML):
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else None
        text_option = QStyleOptionViewItem(option)
        text_option.text = ""
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, text_option, painter, option.widget)
        doc = self._document(option, index, self.text_width(index))
        painter.save()
        painter.setClipRect(option.rect)  # never over the next row, whatever happens
        painter.translate(QPointF(option.rect.left() + self.INSET_X, option.rect.top() + self.INSET_Y))
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(role))
        doc.documentLayout().draw(painter, context)
        painter.restore()


class ResultsTree(QTreeView):
    """The results list; its rows' heights depend on its width and font, so a change of
    either lays the rows out again (a tree view otherwise keeps the heights it measured)."""

    def resizeEvent(self, event: QResizeEvent) -> None:
        old = event.oldSize().width()
        super().resizeEvent(event)
        if event.size().width() != old:
            self.scheduleDelayedItemsLayout()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.scheduleDelayedItemsLayout()


class SearchPanel(QWidget):
    result_activated = Signal(int, int)  # talk id, segment id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchPanel")
        self.summary = QLabel(self)
        self.summary.setObjectName("searchSummary")
        self.summary.setWordWrap(True)
        self.model = QStandardItemModel(self)
        self.tree = ResultsTree(self)
        self.tree.setObjectName("searchResults")
        self.tree.setModel(self.model)
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setWordWrap(True)
        self.tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # rows wrap instead
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.tree.setItemDelegate(SnippetDelegate(self.tree))
        self.tree.setFrameShape(QTreeView.Shape.NoFrame)
        self.tree.activated.connect(self._on_activated)
        self.tree.clicked.connect(self._on_activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree)
        self.results: SearchResults | None = None

    def show_busy(self, query: str) -> None:
        self.summary.setText(self.tr("Searching for “%1”…").replace("%1", query))

    def show_results(self, results: SearchResults) -> None:
        self.results = results
        self.model.clear()
        if results.message:
            self.summary.setText(results.message)
        elif not results.talks:
            self.summary.setText(self.tr("No results for “%1”.").replace("%1", results.query))
        else:
            count = (
                self.tr("More than %n result(s)", "", results.total)
                if results.total_capped
                else self.tr("%n result(s)", "", results.total)
            )
            self.summary.setText(count + " · " + self.tr("%n talk(s)", "", len(results.talks)))
        root = self.model.invisibleRootItem()
        for talk in results.talks:
            parent = QStandardItem(f"{talk.title}  ({talk.total})")
            parent.setData(talk.talk_id, ResultRole.TALK_ID)
            parent.setToolTip(tooltip(talk.title))
            font = parent.font()
            font.setBold(True)
            parent.setFont(font)
            for hit in talk.hits:
                child = QStandardItem()
                child.setData(hit.snippet_html, ResultRole.HTML)
                child.setData(talk.talk_id, ResultRole.TALK_ID)
                child.setData(hit.segment_id, ResultRole.SEGMENT_ID)
                parent.appendRow(child)
            root.appendRow(parent)
        self.tree.expandAll()

    def _on_activated(self, index: QModelIndex) -> None:
        segment_id = index.data(ResultRole.SEGMENT_ID)
        talk_id = index.data(ResultRole.TALK_ID)
        if segment_id is not None and talk_id is not None:
            self.result_activated.emit(int(talk_id), int(segment_id))
        elif talk_id is not None and self.model.itemFromIndex(index).hasChildren():
            first = self.model.itemFromIndex(index).child(0)
            self.result_activated.emit(int(talk_id), int(first.data(ResultRole.SEGMENT_ID)))
