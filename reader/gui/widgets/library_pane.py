"""The library pane: a filter box over the list of talks, with rename/merge/delete actions."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QColor, QFont, QFontMetrics, QKeySequence, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QMenu,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from reader.core.library import TalkSummary
from reader.gui.models.talk_list import SortOrder, TalkFilterModel, TalkListModel, TalkRole
from reader.gui.shortcuts import local_action


class TalkDelegate(QStyledItemDelegate):
    """Title (up to two lines), a grey details line, and a thin translation progress bar."""

    PAD = 10

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont]:
        title = QFont(option.font)
        title.setWeight(QFont.Weight.DemiBold)
        small = QFont(option.font)
        small.setPointSizeF(max(6.0, option.font.pointSizeF() * 0.86))
        return title, small

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        title, small = self._fonts(option)
        height = self._line(title) * 2 + self._line(small) + 2 * self.PAD + 8
        return QSize(200, height)

    @staticmethod
    def _line(font: QFont) -> int:
        """Line height that also fits CJK glyphs, which come from a taller fallback font."""
        return int(QFontMetrics(font).lineSpacing() * 1.3)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        talk: TalkSummary = index.data(TalkRole.SUMMARY)
        palette = option.palette
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = option.rect.adjusted(4, 2, -4, -2)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        hovered = bool(option.state & QStyle.StateFlag.State_MouseOver)
        if selected or hovered:
            color = QColor(palette.color(QPalette.ColorRole.Highlight))
            color.setAlpha(255 if selected else 30)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(color)
            painter.drawRoundedRect(QRectF(rect), 6, 6)
        text_color = palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        grey = QColor(text_color)
        grey.setAlpha(150)
        title_font, small_font = self._fonts(option)
        inner = rect.adjusted(self.PAD, self.PAD - 2, -self.PAD, -self.PAD)
        painter.setFont(title_font)
        painter.setPen(text_color)
        metrics = QFontMetrics(title_font)
        line = self._line(title_font)
        lines = self._elide_two_lines(talk.title, metrics, inner.width()).split("\n")
        for number, text in enumerate(lines[:2]):
            line_rect = inner.adjusted(0, number * line, 0, 0)
            line_rect.setHeight(line)
            painter.drawText(line_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, text)
        painter.setFont(small_font)
        painter.setPen(grey)
        small_metrics = QFontMetrics(small_font)
        details_rect = inner.adjusted(0, line * 2 + 1, 0, 0)
        details = small_metrics.elidedText(
            index.data(TalkRole.DETAILS), Qt.TextElideMode.ElideRight, details_rect.width()
        )
        painter.drawText(details_rect, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft, details)
        fraction = float(index.data(TalkRole.PROGRESS) or 0.0)
        bar = QRectF(inner.left(), inner.bottom() - 2, inner.width(), 3)
        track = QColor(grey)
        track.setAlpha(45)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(track)
        painter.drawRoundedRect(bar, 1.5, 1.5)
        if fraction > 0:
            fill = QColor(text_color if selected else palette.color(QPalette.ColorRole.Highlight))
            painter.setBrush(fill)
            painter.drawRoundedRect(QRectF(bar.left(), bar.top(), bar.width() * min(1.0, fraction), 3), 1.5, 1.5)
        painter.restore()

    @staticmethod
    def _elide_two_lines(text: str, metrics: QFontMetrics, width: int) -> str:
        if metrics.horizontalAdvance(text) <= width:
            return text
        # Find how much fits on the first line, then elide the rest onto the second.
        low, high = 0, len(text)
        while low < high:
            mid = (low + high + 1) // 2
            if metrics.horizontalAdvance(text[:mid]) <= width:
                low = mid
            else:
                high = mid - 1
        cut = text.rfind(" ", 0, low)
        cut = cut + 1 if cut > low // 2 else low
        rest = metrics.elidedText(text[cut:], Qt.TextElideMode.ElideRight, width)
        return text[:cut].rstrip() + "\n" + rest


class LibraryPane(QWidget):
    """Emits ``talk_selected(id)``; actions are requested by signal, the window performs them."""

    talk_selected = Signal(int)
    rename_requested = Signal(int)
    delete_requested = Signal(int)
    merge_requested = Signal(int, int)

    def __init__(self, model: TalkListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("libraryPane")
        self.model = model
        self.proxy = TalkFilterModel(self)
        self.proxy.setSourceModel(model)
        self.filter = QLineEdit(self)
        self.filter.setObjectName("libraryFilter")
        self.filter.setPlaceholderText(self.tr("Filter talks"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._set_filter)
        self.sort_button = self._sort_button()
        self.list = QListView(self)
        self.list.setObjectName("talkList")
        self.list.setModel(self.proxy)
        self.list.setItemDelegate(TalkDelegate(self.list))
        # Every row is as tall as the delegate says any row is: the list never measures
        # 10,000 rows one by one (a Python call each) before it can lay them out.
        self.list.setUniformItemSizes(True)
        self.list.setMouseTracking(True)
        self.list.setFrameShape(QListView.Shape.NoFrame)
        # The pane's colour shows through the list. Not with a style sheet: a background rule
        # on the list reaches its scroll bar, whose groove then paints black.
        self.list.viewport().setAutoFillBackground(False)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._context_menu)
        self.list.selectionModel().currentChanged.connect(self._on_current)
        # Delete while the list has the focus: the window asks first, and Ctrl+Z undoes it.
        self.delete_action = local_action(
            self.list, [QKeySequence.StandardKey.Delete], self._delete_current, name="libraryDeleteKey"
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 4, 4)
        layout.setSpacing(6)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.setSpacing(4)
        top.addWidget(self.filter)
        top.addWidget(self.sort_button)
        layout.addLayout(top)
        layout.addWidget(self.list)
        self._quiet = False
        self._open: int | None = None  # the talk the reader shows (the window says which)

    def _sort_button(self) -> QToolButton:
        """A button whose menu orders the list: as in the library, by title, newest first, by folder."""
        button = QToolButton(self)
        button.setObjectName("librarySort")
        button.setText("⇅")
        button.setToolTip(self.tr("Sort Talks"))
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        button.setAutoRaise(True)
        menu = QMenu(button)
        group = QActionGroup(menu)
        names = {
            SortOrder.LIBRARY: self.tr("Library Order"),
            SortOrder.TITLE: self.tr("Title"),
            SortOrder.NEWEST: self.tr("Newest First"),
            SortOrder.FOLDER: self.tr("By Folder"),
        }
        self.sort_actions: dict[SortOrder, QAction] = {}
        for order, name in names.items():
            action = menu.addAction(name)
            action.setCheckable(True)
            action.setChecked(order is SortOrder.LIBRARY)
            action.setObjectName(f"librarySort-{order.value}")
            group.addAction(action)
            action.triggered.connect(lambda _checked=False, order=order: self.set_order(order))
            self.sort_actions[order] = action
        button.setMenu(menu)
        return button

    def current_talk(self) -> int | None:
        index = self.list.currentIndex()
        return index.data(TalkRole.TALK_ID) if index.isValid() else None

    def select_talk(self, talk_id: int, *, quiet: bool = False) -> bool:
        row = self.model.row_of(talk_id)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row))
        if not index.isValid():
            self.filter.clear()
            index = self.proxy.mapFromSource(self.model.index(row))
        if quiet:
            self._open = talk_id  # quiet selections follow what the window opened
        self._quiet = quiet
        try:
            self.list.setCurrentIndex(index)
        finally:
            self._quiet = False
        self.list.scrollTo(index)
        return True

    def _set_filter(self, text: str) -> None:
        """Filter the list without touching the reader (see :meth:`_reshape`)."""
        self._reshape(lambda: self.proxy.set_filter(text))

    def set_order(self, order: SortOrder) -> None:
        """Sort the list without touching the reader (see :meth:`_reshape`)."""
        self.sort_actions[order].setChecked(True)
        self._reshape(lambda: self.proxy.set_order(order))

    def _reshape(self, change: Callable[[], None]) -> None:
        """Change which rows show, or their order, keeping the open talk current.

        When the current row is filtered out, the selection model moves the current index
        to a neighbour and says so; that is not the user choosing a talk, so it is ignored.
        The open talk stays current whenever it is in the list, so clearing the filter
        brings it back.
        """
        self._quiet = True
        try:
            change()
            index = self._open_index()
            if index.isValid():
                self.list.setCurrentIndex(index)
            else:
                self.list.selectionModel().clear()
        finally:
            self._quiet = False
        if index.isValid():
            self.list.scrollTo(index)

    def _open_index(self) -> QModelIndex:
        row = self.model.row_of(self._open) if self._open is not None else None
        return self.proxy.mapFromSource(self.model.index(row)) if row is not None else QModelIndex()

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid() and not self._quiet:
            self.talk_selected.emit(int(current.data(TalkRole.TALK_ID)))

    def _delete_current(self) -> None:
        talk_id = self.current_talk()
        if talk_id is not None:
            self.delete_requested.emit(talk_id)

    def _context_menu(self, point) -> None:
        index = self.list.indexAt(point)
        if not index.isValid():
            return
        talk_id = int(index.data(TalkRole.TALK_ID))
        menu = QMenu(self)
        menu.addAction(self.tr("Rename…"), lambda: self.rename_requested.emit(talk_id))
        below = self.proxy.index(index.row() + 1, 0)
        merge = menu.addAction(self.tr("Merge With Next Talk"))
        # Merging follows the library's order: in another order the row below is no neighbour.
        if below.isValid() and self.proxy.order() is SortOrder.LIBRARY:
            next_id = int(below.data(TalkRole.TALK_ID))
            merge.triggered.connect(lambda: self.merge_requested.emit(talk_id, next_id))
        else:
            merge.setEnabled(False)
        menu.addSeparator()
        menu.addAction(self.tr("Delete…"), lambda: self.delete_requested.emit(talk_id))
        menu.exec(self.list.viewport().mapToGlobal(point))
