"""The notes panel: the open talk's highlights and notes in reading order.

Each entry shows the note's colour, the passage it marks and the note's text. The list is
fed by the reader's model (:meth:`ReaderModel.notes`), which the window keeps up to date
as notes are added, edited and removed, so the panel never reads the database itself.
Activating an entry asks the window to show the passage; edit and delete are requested by
signal, like everything else the window performs.
"""

from __future__ import annotations

import enum
import math
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QPointF,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QFontMetricsF,
    QKeySequence,
    QPainter,
    QPalette,
    QTextDocument,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QMenu,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from reader.core.notes import NoteInfo
from reader.gui.models.reader_model import ORIGINAL, ReaderModel
from reader.gui.shortcuts import local_action
from reader.gui.widgets.note_style import is_dark, marker_color, note_html, note_markdown_html, note_summary, tint_color

Index = QModelIndex | QPersistentModelIndex

EXCERPT_LINES = 3
NOTE_LINES = 4
EXCERPT_CHARS = 400


class NoteRole(enum.IntEnum):
    NOTE_ID = Qt.ItemDataRole.UserRole + 1
    COLOR = Qt.ItemDataRole.UserRole + 2
    EXCERPT = Qt.ItemDataRole.UserRole + 3  #: the passage as the reader shows it (clean or verbatim)
    SUMMARY = Qt.ItemDataRole.UserRole + 4  #: the note's Markdown as plain text, "" for a plain highlight
    NOTE = Qt.ItemDataRole.UserRole + 5  #: the :class:`NoteInfo`
    HTML = Qt.ItemDataRole.UserRole + 6  #: the note's Markdown rendered (the HTML export's dialect)


class NotesListModel(QAbstractListModel):
    """The notes of the talk open in a :class:`ReaderModel`, in reading order."""

    def __init__(self, reader_model: ReaderModel, parent: Any = None) -> None:
        super().__init__(parent)
        self.reader_model = reader_model
        self.notes: list[NoteInfo] = []
        self._texts: dict[tuple[int, str, bool], tuple[str, str, str]] = {}
        reader_model.notes_changed.connect(self.refresh)
        reader_model.dataChanged.connect(self._on_reader_changed)

    def refresh(self) -> None:
        notes = self.reader_model.notes()
        if [n.id for n in notes] == [n.id for n in self.notes]:
            # Same notes in the same order (an edit): repaint in place, keep the selection.
            changed = [row for row, (old, new) in enumerate(zip(self.notes, notes, strict=True)) if old != new]
            self.notes = notes
            for row in changed:
                self.dataChanged.emit(self.index(row), self.index(row))
            return
        self.beginResetModel()
        self.notes = notes
        self.endResetModel()

    def _on_reader_changed(self, top_left: QModelIndex, _bottom_right: QModelIndex, roles: list[int] = ()) -> None:
        # Clean/verbatim toggles change the excerpts; note changes arrive by notes_changed.
        if self.notes and top_left.column() == ORIGINAL and top_left.row() == 0 and not roles:
            self.dataChanged.emit(self.index(0), self.index(len(self.notes) - 1))

    def row_of(self, note_id: int) -> int | None:
        return next((row for row, note in enumerate(self.notes) if note.id == note_id), None)

    def _texts_of(self, note: NoteInfo) -> tuple[str, str, str]:
        key = (note.id, note.text, self.reader_model.clean)
        found = self._texts.get(key)
        if found is None:
            excerpt = self.reader_model.passage(note.first_segment_id, note.last_segment_id)
            if len(excerpt) > EXCERPT_CHARS:
                excerpt = excerpt[: EXCERPT_CHARS - 1].rstrip() + "…"
            found = self._texts[key] = (excerpt, note_summary(note.text, 600), note_markdown_html(note.text))
        return found

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.notes)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.notes):
            return None
        note = self.notes[index.row()]
        if role == NoteRole.NOTE_ID:
            return note.id
        if role == NoteRole.COLOR:
            return note.color
        if role == NoteRole.NOTE:
            return note
        if role in (
            NoteRole.EXCERPT,
            NoteRole.SUMMARY,
            NoteRole.HTML,
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            excerpt, summary, rendered = self._texts_of(note)
            if role == NoteRole.EXCERPT:
                return excerpt
            if role == NoteRole.SUMMARY:
                return summary
            if role == NoteRole.HTML:
                return rendered
            if role == Qt.ItemDataRole.ToolTipRole:
                return note_html(note.text, note.color, passage=excerpt)
            return f"{excerpt}\n{summary}".strip()
        return None


def _wrapped(text: str, font: QFont, width: float, max_lines: int) -> list[str]:
    """*text* broken into at most *max_lines* lines of *width*, the last one elided if cut."""
    if not text or width <= 10:
        return []
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    spans = []
    layout.beginLayout()
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        spans.append((line.textStart(), line.textLength()))
        if len(spans) > max_lines:
            break
    layout.endLayout()
    lines = [text[start : start + length].strip() for start, length in spans[:max_lines]]
    if len(spans) > max_lines:
        rest = text[spans[max_lines - 1][0] :].replace("\n", " ")
        lines[-1] = QFontMetricsF(font).elidedText(rest, Qt.TextElideMode.ElideRight, width)
    return lines


class NoteDelegate(QStyledItemDelegate):
    """A card: colour bar, the passage (tinted, up to three lines), the note (up to four)."""

    PAD = 10
    BAR = 4
    GAP = 6

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont]:
        excerpt = QFont(option.font)
        excerpt.setPointSizeF(max(6.0, option.font.pointSizeF() * 0.95))
        return excerpt, QFont(option.font)

    @staticmethod
    def _line(font: QFont) -> float:
        return QFontMetricsF(font).lineSpacing() * 1.25  # room for CJK glyphs from a taller fallback font

    def _text_width(self, width: int) -> float:
        return width - 2 * self.PAD - self.BAR - self.GAP - 8

    def _excerpt(self, option: QStyleOptionViewItem, index: QModelIndex, width: float) -> list[str]:
        excerpt_font, _note_font = self._fonts(option)
        return _wrapped(index.data(NoteRole.EXCERPT) or "", excerpt_font, self._text_width(width) - 6, EXCERPT_LINES)

    def note_document(self, option: QStyleOptionViewItem, index: QModelIndex, width: float) -> QTextDocument | None:
        """The note rendered as the export renders it (bold, lists, links), wrapped to the card."""
        rendered = index.data(NoteRole.HTML) or ""
        if not rendered:
            return None
        _excerpt_font, note_font = self._fonts(option)
        doc = QTextDocument()
        doc.setDocumentMargin(0)
        doc.setDefaultFont(note_font)
        link = option.palette.color(QPalette.ColorRole.Link).name()
        doc.setDefaultStyleSheet(
            f"p, ul, ol, blockquote, pre, table {{ margin-top: 0; margin-bottom: 4px; }} a {{ color: {link}; }}"
        )
        doc.setHtml(rendered)
        doc.setTextWidth(self._text_width(width))
        return doc

    @staticmethod
    def shown_height(doc: QTextDocument, max_lines: int = NOTE_LINES) -> float:
        """The height of the note's first *max_lines* lines (the card shows no more)."""
        lines = 0
        layout = doc.documentLayout()
        block = doc.begin()
        while block.isValid():
            text_layout = block.layout()
            top = layout.blockBoundingRect(block).top()
            for number in range(text_layout.lineCount()):
                lines += 1
                line = text_layout.lineAt(number)
                if lines == max_lines:
                    return top + line.y() + line.height()
            block = block.next()
        return doc.size().height()

    def _view_width(self, option: QStyleOptionViewItem) -> int:
        view = self.parent()
        return view.viewport().width() if isinstance(view, QListView) else option.rect.width()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        self.initStyleOption(option, index)
        width = self._view_width(option)
        excerpt = self._excerpt(option, index, width)
        excerpt_font, note_font = self._fonts(option)
        doc = self.note_document(option, index, width)
        note_height = self.shown_height(doc) if doc is not None else self._line(note_font)
        height = self.PAD * 2 + 4 + len(excerpt) * self._line(excerpt_font) + 4
        height += note_height + self.GAP
        return QSize(width, math.ceil(height))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        self.initStyleOption(option, index)
        palette = option.palette
        dark = is_dark(palette)
        color = index.data(NoteRole.COLOR) or "yellow"
        width = option.rect.width()
        excerpt = self._excerpt(option, index, width)
        excerpt_font, note_font = self._fonts(option)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        card = QRectF(option.rect.adjusted(4, 3, -4, -3))
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        hovered = bool(option.state & QStyle.StateFlag.State_MouseOver)
        if selected or hovered:
            background = QColor(palette.color(QPalette.ColorRole.Highlight))
            background.setAlpha(60 if selected else 22)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(background)
            painter.drawRoundedRect(card, 6, 6)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(marker_color(color, dark))
        bar = QRectF(card.left() + self.PAD - 4, card.top() + self.PAD - 2, self.BAR, card.height() - 2 * self.PAD + 4)
        painter.drawRoundedRect(bar, self.BAR / 2, self.BAR / 2)
        left = bar.right() + self.GAP + 4
        text_width = card.right() - self.PAD - left
        y = card.top() + self.PAD - 2
        text_color = palette.color(QPalette.ColorRole.Text)
        if excerpt:
            line = self._line(excerpt_font)
            tinted = QRectF(left, y, text_width, line * len(excerpt) + 4)
            painter.setBrush(tint_color(color, dark))
            painter.drawRoundedRect(tinted, 3, 3)
            painter.setFont(excerpt_font)
            painter.setPen(text_color)
            for number, text in enumerate(excerpt):
                painter.drawText(
                    QRectF(left + 6, y + 2 + number * line, text_width - 6, line),
                    Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                    text,
                )
            y += tinted.height() + self.GAP
        doc = self.note_document(option, index, width)
        if doc is not None:
            painter.save()
            painter.translate(QPointF(left, y))
            painter.setClipRect(QRectF(0, 0, text_width + 2, self.shown_height(doc)))
            context = QAbstractTextDocumentLayout.PaintContext()
            context.palette = QPalette(palette)
            context.palette.setColor(QPalette.ColorRole.Text, text_color)
            doc.documentLayout().draw(painter, context)
            painter.restore()
        else:
            painter.setFont(note_font)
            line = self._line(note_font)
            grey = QColor(text_color)
            grey.setAlpha(130)
            italic = QFont(note_font)
            italic.setItalic(True)
            painter.setFont(italic)
            painter.setPen(grey)
            painter.drawText(
                QRectF(left, y, text_width, line),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                QCoreApplication.translate("NoteDelegate", "Highlight without a note"),
            )
        painter.restore()


class NotesPanel(QWidget):
    """The notes dock's content. Emits requests; the window performs them."""

    note_activated = Signal(int)
    edit_requested = Signal(int)
    delete_requested = Signal(int)

    def __init__(self, reader_model: ReaderModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notesPanel")
        self.model = NotesListModel(reader_model, self)
        self.summary = QLabel(self)
        self.summary.setObjectName("notesSummary")
        self.summary.setWordWrap(True)
        self.list = QListView(self)
        self.list.setObjectName("notesList")
        self.list.setModel(self.model)
        self.list.setItemDelegate(NoteDelegate(self.list))
        self.list.setMouseTracking(True)
        self.list.setFrameShape(QListView.Shape.NoFrame)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setUniformItemSizes(False)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._context_menu)
        self.list.activated.connect(self._on_activated)
        self.list.clicked.connect(self._on_activated)
        self.list.selectionModel().currentChanged.connect(lambda *_: self._update_buttons())
        # Delete (and Backspace) while the list has the focus: the window asks, and can undo.
        self.delete_action = local_action(
            self.list,
            [QKeySequence.StandardKey.Delete, "Backspace"],
            lambda: self._request(self.delete_requested),
            name="notesDeleteKey",
        )
        self.empty = QLabel(self)
        self.empty.setObjectName("notesEmpty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.empty.setEnabled(False)
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.edit_button.setObjectName("notesEdit")
        self.edit_button.clicked.connect(lambda: self._request(self.edit_requested))
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.delete_button.setObjectName("notesDelete")
        self.delete_button.clicked.connect(lambda: self._request(self.delete_requested))
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addStretch(1)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 8)
        layout.setSpacing(6)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty, 1)
        layout.addLayout(buttons)
        self.model.modelReset.connect(self._update_state)
        self.model.dataChanged.connect(lambda *_: self._update_state())
        reader_model.notes_changed.connect(self._update_state)  # another talk, perhaps also without notes
        self.setMinimumWidth(220)
        self._update_state()

    def sizeHint(self) -> QSize:
        return QSize(320, 480)

    def _update_state(self) -> None:
        count = self.model.rowCount()
        has_talk = self.model.reader_model.talk_id is not None
        self.list.setVisible(count > 0)
        self.empty.setVisible(count == 0)
        self.empty.setText(
            self.tr(
                "No highlights in this talk yet.\n\nSelect sentences in the reader (click, shift-click or "
                "drag), then press Ctrl+H to highlight them or Ctrl+Shift+N to write a note."
            )
            if has_talk
            else self.tr("Open a talk to see its notes.")
        )
        written = sum(1 for note in self.model.notes if note.text)
        self.summary.setText(
            self.tr("%n highlight(s)", "", count) + (" · " + self.tr("%n with a note", "", written) if written else "")
            if count
            else ""
        )
        self.summary.setVisible(count > 0)
        self._update_buttons()

    def _update_buttons(self) -> None:
        current = self.current_note()
        self.edit_button.setEnabled(current is not None)
        self.delete_button.setEnabled(current is not None)
        self.edit_button.setVisible(self.model.rowCount() > 0)
        self.delete_button.setVisible(self.model.rowCount() > 0)

    def current_note(self) -> int | None:
        index = self.list.currentIndex()
        return int(index.data(NoteRole.NOTE_ID)) if index.isValid() else None

    def select_note(self, note_id: int) -> bool:
        row = self.model.row_of(note_id)
        if row is None:
            return False
        index = self.model.index(row)
        self.list.setCurrentIndex(index)
        self.list.scrollTo(index)
        return True

    def _request(self, signal: Signal) -> None:
        note_id = self.current_note()
        if note_id is not None:
            signal.emit(note_id)

    def _on_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.note_activated.emit(int(index.data(NoteRole.NOTE_ID)))

    def _context_menu(self, point: QPoint) -> None:
        index = self.list.indexAt(point)
        if not index.isValid():
            return
        note_id = int(index.data(NoteRole.NOTE_ID))
        menu = QMenu(self)
        menu.addAction(self.tr("Show in Reader"), lambda: self.note_activated.emit(note_id))
        menu.addAction(self.tr("Edit…"), lambda: self.edit_requested.emit(note_id))
        menu.addSeparator()
        menu.addAction(self.tr("Delete"), lambda: self.delete_requested.emit(note_id))
        menu.exec(self.list.viewport().mapToGlobal(point))
