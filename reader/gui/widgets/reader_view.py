"""The side-by-side reader: a tree view used as a two-column table, painted by a delegate.

Why a :class:`QTreeView`: it supports rows of different heights and caches each row's
height, re-asking the delegate only for rows whose data changed, so a translation batch
re-lays out only its own rows. Heights are *estimated* cheaply for rows never shown and
measured exactly (by laying the text out) for rows on screen, in a margin around them, and
for the rest a few at a time in idle time; every re-measure keeps the paragraph at the top
of the viewport where it was, so the text never jumps under the reader's eyes.

Sentences are the unit of interaction: hovering or clicking one highlights it and its
counterpart on the other side (the same segment id), double-clicking a sentence asks to
correct it (an original: its text, for an ASR error; a translation: the translation), and
text can be selected by dragging inside a cell and copied.
Shift-click extends the clicked sentence to a range; the range (or the dragged text, or the
clicked sentence) is what "Highlight" and "Add Note" mark. Highlighted sentences are tinted
in the note's colour on both sides, with a coloured bar in the margin whose tooltip shows
the note.

Where a turn starts, the speaker's name stands in bold on a line above the paragraph (on the
original side; the other side gets an invisible copy so both start their text level).
Right-clicking or double-clicking the name asks to rename that speaker.
"""

from __future__ import annotations

import math
import time
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QPoint,
    QPointF,
    QRect,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QFontInfo,
    QFontMetricsF,
    QGuiApplication,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPalette,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextOption,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QMenu,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolTip,
    QTreeView,
    QWidget,
)

from reader.gui.engines import EngineOffer, engine_label, fill_again_menu
from reader.gui.models.reader_model import (
    ORIGINAL,
    TRANSLATION,
    Cell,
    NoteMark,
    PartKind,
    ReaderModel,
    separator,
)
from reader.gui.models.talk_data import wide_chars
from reader.gui.widgets.note_style import (
    NOTE_COLORS,
    color_label,
    is_dark,
    marker_color,
    note_html,
    swatch_icon,
    tint_color,
)

PAD_X = 18
PAD_Y = 10
DOC_CACHE_SIZE = 400
IDLE_BUDGET_S = 0.008
LINE_PITCH = 1.65  # line height in ems
MEASURE_MARGIN = 20  # rows around the screen that get exact heights when their text changes
MARKER_X = 9  # the note bar's distance from the text, in the cell's left padding
MARKER_WIDTH = 4
MARKER_STEP = 6  # overlapping notes' bars stand side by side


def format_timestamp(ms: int) -> str:
    seconds = ms // 1000
    hours, rest = divmod(seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    return f"{hours:d}:{minutes:02d}:{seconds:02d}" if hours else f"{minutes:d}:{seconds:02d}"


@dataclass(frozen=True)
class Span:
    segment_id: int
    start: int  # document positions
    end: int
    kind: PartKind


@dataclass
class CellLayout:
    """A laid-out cell: the document, where each segment sits in it, and its text offset."""

    document: QTextDocument
    spans: tuple[Span, ...]
    base: int  # position where the cell's text starts (after the speaker and timestamp lines)
    width: float
    speaker: str | None = None  # the name shown on the cell's first line, when visible

    def span_at(self, position: int) -> Span | None:
        for span in self.spans:
            if span.start <= position < span.end:
                return span
        return None

    def span_of(self, segment_id: int) -> Span | None:
        return next((s for s in self.spans if s.segment_id == segment_id), None)

    def _line_box(self, position: int) -> tuple[float, float]:
        block = self.document.findBlock(position)
        layout = block.layout()
        top = layout.position().y()
        line = layout.lineForTextPosition(position - block.position())
        if not line.isValid():
            rect = self.document.documentLayout().blockBoundingRect(block)
            return rect.top(), rect.bottom()
        return top + line.y(), top + line.y() + line.height()

    def line_extent(self, start: int, end: int) -> tuple[float, float]:
        """Top of the first line and bottom of the last line of a range (document coordinates)."""
        return self._line_box(start)[0], self._line_box(max(start, end - 1))[1]

    def mark_extents(self, marks: Iterable[NoteMark]) -> list[tuple[NoteMark, float, float]]:
        """(mark, top, bottom) for the notes with visible text in this cell."""
        extents = []
        for mark in marks:
            spans = [
                s
                for s in (self.span_of(i) for i in mark.segment_ids)
                if s is not None and s.kind is not PartKind.PLACEHOLDER
            ]
            if spans:
                top, bottom = self.line_extent(spans[0].start, spans[-1].end)
                extents.append((mark, top, bottom))
        return extents

    @property
    def height(self) -> int:
        return math.ceil(self.document.size().height()) + 2 * PAD_Y


@dataclass(frozen=True)
class SentenceAnchor:
    """The sentence being read and the viewport y of its first line."""

    segment_id: int
    y: int
    active: bool = False  # it is the clicked sentence (a rebuilt window clicks it again)


@dataclass(frozen=True)
class Hit:
    """A find-in-talk match: cell and a range of the cell's text (not document positions)."""

    row: int
    column: int
    start: int
    end: int


class ReaderDelegate(QStyledItemDelegate):
    """Paints a cell's sentences as wrapped rich text and says how tall the row must be."""

    def __init__(self, view: ReaderView) -> None:
        super().__init__(view)
        self.view = view
        self.font = QFont(view.font())
        self.show_timestamps = True
        self._layouts: OrderedDict[tuple[int, int], CellLayout] = OrderedDict()
        self._exact: dict[tuple[int, int], int] = {}
        self._estimates: dict[tuple[int, int], int] = {}
        self._sizes: dict[tuple[int, int], QSize] = {}  # what sizeHint answers, exact or estimated
        self._widths: dict[int, float] = {}
        self.hover_segment: int | None = None
        self.active_segment: int | None = None
        self.hits: dict[tuple[int, int], list[Hit]] = {}
        self.current_hit: Hit | None = None
        self.selection: tuple[int, int, int, int] | None = None  # row, column, anchor, cursor (doc pos)
        self.range_ids: frozenset[int] = frozenset()  # a shift-click range of sentences
        self._update_metrics()

    # -- caches --------------------------------------------------------------------------
    def _update_metrics(self) -> None:
        metrics = QFontMetricsF(self.font)
        # One line pitch for both scripts: Latin lines would otherwise sit tighter than lines
        # whose CJK glyphs come from a taller fallback font.
        self._line = max(metrics.lineSpacing(), QFontInfo(self.font).pixelSize() * LINE_PITCH)
        self._narrow = metrics.averageCharWidth() * 1.05
        self._wide = metrics.horizontalAdvance("中")

    def set_font(self, font: QFont) -> None:
        self.font = QFont(font)
        self._update_metrics()
        self.clear()

    def clear(self) -> None:
        """Forget every layout and height (font, width, palette or toggle changed)."""
        self._layouts.clear()
        self._exact.clear()
        self._estimates.clear()
        self._sizes.clear()
        self._widths.clear()

    def forget_rows(self, rows: Iterable[int], columns: Iterable[int] = (ORIGINAL, TRANSLATION)) -> None:
        for row in rows:
            for column in columns:
                self._layouts.pop((row, column), None)
                self._exact.pop((row, column), None)
                self._estimates.pop((row, column), None)
                self._sizes.pop((row, column), None)

    def is_measured(self, row: int, column: int) -> bool:
        return (row, column) in self._exact

    # -- geometry ------------------------------------------------------------------------
    def text_width(self, column: int) -> float:
        width = self._widths.get(column)
        if width is None:
            width = self._widths[column] = max(40.0, self.view.columnWidth(column) - 2 * PAD_X)
        return width

    def _timestamp(self, row: int) -> int | None:
        if not self.show_timestamps:
            return None
        return self.view.reader_model().paragraph(row).start_ms

    def _speaker(self, row: int, column: int) -> tuple[str, bool] | None:
        """(name, visible) for the row's speaker line: shown on the original side, or on the
        translation side when the original is hidden; the other side keeps the room for it."""
        name = self.view.reader_model().paragraph(row).speaker
        if name is None:
            return None
        return name, column == ORIGINAL or self.view.isColumnHidden(ORIGINAL)

    def layout(self, row: int, column: int) -> CellLayout:
        key = (row, column)
        width = self.text_width(column)
        found = self._layouts.get(key)
        if found is not None and found.width == width:
            self._layouts.move_to_end(key)
            return found
        model = self.view.reader_model()
        stamp = self._timestamp(row)
        if stamp is not None and column != ORIGINAL:
            stamp = -stamp - 1 if stamp >= 0 else stamp  # negative: an invisible spacer
        built = self._build(model.cell(row, column), stamp, width, self._speaker(row, column))
        self._layouts[key] = built
        self._exact[key] = built.height
        self._sizes.pop(key, None)
        while len(self._layouts) > DOC_CACHE_SIZE:
            self._layouts.popitem(last=False)
        return built

    def _build(
        self, cell: Cell, timestamp: int | None, width: float, speaker: tuple[str, bool] | None = None
    ) -> CellLayout:
        palette = self.view.palette()
        doc = QTextDocument()
        doc.setDocumentMargin(0)
        doc.setDefaultFont(self.font)
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        doc.setDefaultTextOption(option)
        cursor = QTextCursor(doc)
        block_format = cursor.blockFormat()
        block_format.setLineHeight(self._line, 3)  # MinimumHeight: at least one even line pitch
        cursor.setBlockFormat(block_format)
        if speaker is not None:
            name_format = QTextCharFormat()
            bold = QFont(self.font)
            bold.setBold(True)
            bold.setPointSizeF(max(6.0, self.font.pointSizeF() * 0.9))
            name_format.setFont(bold)
            name_format.setForeground(palette.color(QPalette.ColorRole.Text) if speaker[1] else QColor(0, 0, 0, 0))
            cursor.insertText(speaker[0], name_format)
            cursor.insertBlock(block_format, QTextCharFormat())
        if timestamp is not None:
            # The time sits on a line of its own; the translation column gets an invisible
            # copy so both columns start their text at the same height.
            stamp = QTextCharFormat()
            small = QFont(self.font)
            small.setPointSizeF(max(6.0, self.font.pointSizeF() * 0.78))
            stamp.setFont(small)
            stamp.setForeground(
                palette.color(QPalette.ColorRole.PlaceholderText) if timestamp >= 0 else QColor(0, 0, 0, 0)
            )
            cursor.insertText(format_timestamp(abs(timestamp)), stamp)
            cursor.insertBlock(block_format, QTextCharFormat())
        base = cursor.position()
        normal = QTextCharFormat()
        normal.setForeground(palette.color(QPalette.ColorRole.Text))
        placeholder = QTextCharFormat()
        placeholder.setForeground(palette.color(QPalette.ColorRole.PlaceholderText))
        edited = QTextCharFormat(normal)
        edited.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
        edited.setUnderlineColor(palette.color(QPalette.ColorRole.Highlight))
        stale = QTextCharFormat(normal)
        stale.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        stale.setUnderlineColor(QColor("#d97706"))
        term = QTextCharFormat(normal)
        term.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DashUnderline)
        term.setUnderlineColor(QColor("#dc2626"))
        spans = []
        previous = ""
        for part in cell.parts:
            gap = separator(previous, part.text)
            if gap:
                cursor.insertText(gap, normal)
            start = cursor.position()
            fmt = {
                PartKind.PLACEHOLDER: placeholder,
                PartKind.EDITED: edited,
                PartKind.STALE: stale,
                PartKind.GLOSSARY: term,
            }.get(part.kind, normal)
            cursor.insertText(part.text, fmt)
            spans.append(Span(part.segment_id, start, cursor.position(), part.kind))
            previous = part.text
        doc.setTextWidth(width)
        return CellLayout(doc, tuple(spans), base, width, speaker[0] if speaker and speaker[1] else None)

    def estimate(self, row: int, column: int) -> int:
        key = (row, column)
        found = self._estimates.get(key)
        if found is not None:
            return found
        paragraph = self.view.reader_model().paragraph(row)
        if column == ORIGINAL:
            total, wide = paragraph.chars, paragraph.wide
        else:
            text = " ".join(s.translation for s in paragraph.segments if s.translation is not None) or "…"
            total, wide = len(text), wide_chars(text)
        advance = wide * self._wide + (total - wide) * self._narrow
        lines = max(1, math.ceil(advance / self.text_width(column)))
        if self._timestamp(row) is not None:
            lines += 1
        if paragraph.speaker is not None:
            lines += 1
        found = self._estimates[key] = math.ceil(lines * self._line) + 2 * PAD_Y
        return found

    def height(self, row: int, column: int) -> int:
        exact = self._exact.get((row, column))
        return exact if exact is not None else self.estimate(row, column)

    def prime(self, columns: Iterable[int]) -> None:
        """Estimate every row up front in one tight loop (before the view's full layout pass),
        so each of the thousands of ``sizeHint`` calls that follow is a dictionary lookup."""
        model = self.view.reader_model()
        timestamps = self.show_timestamps
        for column in columns:
            per_line = self.text_width(column)
            for row in range(model.rowCount()):
                key = (row, column)
                if key in self._sizes:
                    continue
                if key not in self._exact and key not in self._estimates and column == ORIGINAL:
                    paragraph = model.paragraph(row)
                    advance = paragraph.wide * self._wide + (paragraph.chars - paragraph.wide) * self._narrow
                    lines = max(1, math.ceil(advance / per_line))
                    if timestamps and paragraph.start_ms is not None:
                        lines += 1
                    if paragraph.speaker is not None:
                        lines += 1
                    self._estimates[key] = math.ceil(lines * self._line) + 2 * PAD_Y
                self._sizes[key] = QSize(0, self.height(row, column))

    def measure(self, rows: Iterable[int], columns: Iterable[int]) -> list[int]:
        """Lay out these rows exactly; returns the rows whose height changed."""
        changed = []
        columns = tuple(columns)
        for row in rows:
            before = max(self.height(row, c) for c in columns)
            for column in columns:
                if (row, column) not in self._exact:
                    self.layout(row, column)
            if max(self.height(row, c) for c in columns) != before:
                changed.append(row)
        return changed

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        # The tree view only reads the height; the width it takes from its header.
        key = (index.row(), index.column())
        size = self._sizes.get(key)
        if size is None:
            size = self._sizes[key] = QSize(0, self.height(*key))
        return size

    # -- painting ------------------------------------------------------------------------
    def _selections(self, row: int, column: int, cell: CellLayout) -> list[QAbstractTextDocumentLayout.Selection]:
        palette = self.view.palette()
        dark = palette.color(QPalette.ColorRole.Base).lightness() < 128
        selections = []

        def add(start: int, end: int, background: QColor, foreground: QColor | None = None) -> None:
            selection = QAbstractTextDocumentLayout.Selection()
            cursor = QTextCursor(cell.document)
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            fmt = QTextCharFormat()
            fmt.setBackground(background)
            if foreground is not None:
                fmt.setForeground(foreground)
            selection.cursor = cursor
            selection.format = fmt
            selections.append(selection)

        tinted: dict[int, str] = {}  # segment id -> colour of the note that tints it
        for mark in self.view.reader_model().marks(row):
            tint = tint_color(mark.color, dark)
            spans = [cell.span_of(segment_id) for segment_id in mark.segment_ids]
            spans = [span for span in spans if span is not None and span.kind is not PartKind.PLACEHOLDER]
            for number, span in enumerate(spans):
                tinted.setdefault(span.segment_id, mark.color)
                # Through the gap to the next highlighted sentence, so the passage reads as one.
                following = spans[number + 1] if number + 1 < len(spans) else None
                end = following.start if following is not None and following.start - span.end <= 1 else span.end
                add(span.start, end, tint)
        accent = QColor(palette.color(QPalette.ColorRole.Highlight))

        def emphasis(segment_id: int, alpha: int) -> QColor:
            # On a highlight, a stronger shade of its own colour (the accent over it turns grey).
            note_color = tinted.get(segment_id)
            color = QColor(marker_color(note_color, dark) if note_color else accent)
            color.setAlpha(int(alpha * 1.25) if note_color else alpha)
            return color

        range_alpha = 70 if dark else 60
        for segment_id in self.range_ids:
            span = cell.span_of(segment_id)
            if span is not None and span.kind is not PartKind.PLACEHOLDER and segment_id != self.active_segment:
                add(span.start, span.end, emphasis(segment_id, range_alpha))
        for segment_id, alpha in ((self.active_segment, 95 if dark else 80), (self.hover_segment, 40 if dark else 28)):
            if segment_id is None:
                continue
            span = cell.span_of(segment_id)
            if span is not None and span.kind is not PartKind.PLACEHOLDER:
                add(span.start, span.end, emphasis(segment_id, alpha))
        for hit in self.hits.get((row, column), ()):
            current = hit == self.current_hit
            color = QColor("#f5a623") if current else QColor(255, 214, 10, 110 if dark else 140)
            add(cell.base + hit.start, cell.base + hit.end, color, QColor("#000000") if current else None)
        if self.selection is not None and self.selection[:2] == (row, column):
            anchor, position = self.selection[2:]
            if anchor != position:
                add(
                    min(anchor, position),
                    max(anchor, position),
                    palette.color(QPalette.ColorRole.Highlight),
                    palette.color(QPalette.ColorRole.HighlightedText),
                )
        return selections

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        row, column = index.row(), index.column()
        cell = self.layout(row, column)
        rect = option.rect
        palette = self.view.palette()
        painter.save()
        line = QColor(palette.color(QPalette.ColorRole.Mid))
        line.setAlpha(60)
        painter.setPen(line)
        painter.drawLine(rect.left() + PAD_X, rect.bottom(), rect.right() - PAD_X, rect.bottom())
        painter.setClipRect(rect)
        painter.translate(QPointF(rect.left() + PAD_X, rect.top() + PAD_Y))
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette = palette
        context.selections = self._selections(row, column, cell)
        cell.document.documentLayout().draw(painter, context)
        if self.view.reader_model().marks(row):
            self._paint_markers(painter, row, column, is_dark(palette))
        painter.restore()

    def marker_rects(self, row: int, column: int) -> list[tuple[NoteMark, QRectF]]:
        """Where the note bars of a cell are drawn, relative to the text's top-left corner."""
        cell = self.layout(row, column)
        rects = []
        lanes: list[float] = []  # bottom of the last bar in each lane
        for mark, top, bottom in cell.mark_extents(self.view.reader_model().marks(row)):
            lane = next((n for n, end in enumerate(lanes) if end < top), len(lanes))
            if lane == len(lanes):
                lanes.append(bottom)
            else:
                lanes[lane] = bottom
            x = -MARKER_X - MARKER_WIDTH - lane * MARKER_STEP
            rects.append((mark, QRectF(x, top + 1, MARKER_WIDTH, max(4.0, bottom - top - 2))))
        return rects

    def _paint_markers(self, painter: QPainter, row: int, column: int, dark: bool) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        for mark, rect in self.marker_rects(row, column):
            painter.setBrush(marker_color(mark.color, dark))
            painter.drawRoundedRect(rect, MARKER_WIDTH / 2, MARKER_WIDTH / 2)
            if mark.text and mark.ends:
                # A dot under the bar: this highlight carries a written note.
                painter.drawEllipse(QRectF(rect.center().x() - 2.5, rect.bottom() + 2, 5, 5))

    def position_at(self, index: QModelIndex, rect: QRect, point: QPoint) -> int:
        """The document position under *point* (viewport coordinates), or -1."""
        cell = self.layout(index.row(), index.column())
        local = QPointF(point.x() - rect.left() - PAD_X, point.y() - rect.top() - PAD_Y)
        return cell.document.documentLayout().hitTest(local, Qt.HitTestAccuracy.FuzzyHit)

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex) -> QWidget | None:
        return None  # corrections go through a dialog, sentence by sentence


class ReaderView(QTreeView):
    """The reader pane. Emits sentence-level signals; knows nothing about the database."""

    segment_clicked = Signal(int)
    correction_requested = Signal(int)
    #: A segment id whose original text the user wants to correct (an ASR error).
    source_correction_requested = Signal(int)
    split_requested = Signal(int)
    #: The selected words, to add to the glossary ("Add to Glossary…").
    glossary_requested = Signal(str)
    #: First and last row on screen, debounced; translation re-prioritises on it.
    visible_rows_changed = Signal(int, int)
    #: Highlight a passage: first and last segment id (reading order), colour name.
    highlight_requested = Signal(int, int, str)
    #: Write a note on a passage: first and last segment id (opens the note editor).
    note_requested = Signal(int, int)
    note_edit_requested = Signal(int)
    note_delete_requested = Signal(int)
    #: Rename a speaker of the open talk: the name as shown (right-click or double-click on it).
    speaker_rename_requested = Signal(str)
    #: Translate sentences again with one engine: segment ids (reading order), engine name.
    translate_again_requested = Signal(object, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readerView")
        self.setRootIsDecorated(False)
        self.setIndentation(0)
        self.setItemsExpandable(False)
        self.setUniformRowHeights(False)
        self.setHeaderHidden(True)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setMouseTracking(True)
        self.setFrameShape(QTreeView.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.viewport().setCursor(Qt.CursorShape.IBeamCursor)
        self.verticalScrollBar().setSingleStep(24)
        self.delegate = ReaderDelegate(self)
        self.setItemDelegate(self.delegate)
        #: The engines "Translate Again With" offers (set by the window; none: no such menu).
        self.again_offers: Callable[[], list[EngineOffer]] | None = None
        self._pressed: tuple[int, int, int] | None = None  # row, column, doc position
        self._range_anchor: int | None = None  # where a shift-click range starts
        self._visible = (0, -1)  # cached visible_range(), refreshed on scroll and layout
        self._idle_paused = False
        self._layout_pending = False
        self._idle_row = 0
        self._idle = QTimer(self)
        self._idle.setInterval(0)
        self._idle.timeout.connect(self._measure_some)
        self._visible_timer = QTimer(self)
        self._visible_timer.setSingleShot(True)
        self._visible_timer.setInterval(120)
        self._visible_timer.timeout.connect(self._emit_visible)
        self.verticalScrollBar().valueChanged.connect(self._on_scrolled)

    # -- model ---------------------------------------------------------------------------
    def reader_model(self) -> ReaderModel:
        model = self.model()
        assert isinstance(model, ReaderModel)
        return model

    def setModel(self, model: ReaderModel) -> None:  # type: ignore[override]
        super().setModel(model)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        model.modelReset.connect(self._on_reset)

    def _on_reset(self) -> None:
        self.delegate.clear()
        self.delegate.prime(self.visible_columns())
        self.delegate.hits.clear()
        self.delegate.current_hit = None
        self.delegate.hover_segment = self.delegate.active_segment = None
        self.delegate.selection = None
        self.delegate.range_ids = frozenset()
        self._range_anchor = None
        self._idle_row = 0
        self._idle.start()

    def visible_columns(self) -> tuple[int, ...]:
        return tuple(c for c in (ORIGINAL, TRANSLATION) if not self.isColumnHidden(c))

    def dataChanged(self, top_left: QModelIndex, bottom_right: QModelIndex, roles: list[int] = ()) -> None:  # type: ignore[override]
        rows = range(top_left.row(), bottom_right.row() + 1)
        columns = range(top_left.column(), bottom_right.column() + 1)
        self.delegate.forget_rows(rows, columns)
        first, last = self._visible
        if rows.start > last + MEASURE_MARGIN:
            # Below the screen: nothing visible moves; the estimate will do until it scrolls in.
            super().dataChanged(top_left, bottom_right, roles)
            return
        with self._anchored():
            near = [r for r in rows if first - MEASURE_MARGIN <= r <= last + MEASURE_MARGIN]
            self._measure_rows(near, relayout=False)
            super().dataChanged(top_left, bottom_right, roles)

    # -- geometry and measuring ----------------------------------------------------------
    def relayout(self) -> None:
        """Everything changed (font, width, toggle): re-estimate, re-measure what's on screen;
        the sentence being read stays where it was on screen."""
        with self.keeping_place():
            self.delegate.clear()
            self.delegate.prime(self.visible_columns())
            self.doItemsLayout()
            self.ensure_measured()
        self._idle_row = 0
        self._idle.start()
        self.viewport().update()

    def visible_range(self) -> tuple[int, int]:
        model = self.model()
        if model is None or model.rowCount() == 0:
            self._visible = (0, -1)
            return self._visible
        top = self.indexAt(QPoint(1, 1))
        bottom = self.indexAt(QPoint(1, self.viewport().height() - 2))
        first = top.row() if top.isValid() else 0
        last = bottom.row() if bottom.isValid() else model.rowCount() - 1
        self._visible = (first, last)
        return self._visible

    def _measure_rows(self, rows: Iterable[int], *, relayout: bool = True) -> bool:
        changed = self.delegate.measure(rows, self.visible_columns())
        if changed and relayout:
            first = self.model().index(min(changed), 0)
            last = self.model().index(max(changed), self.model().columnCount() - 1)
            QTreeView.dataChanged(self, first, last, [])
        return bool(changed)

    def ensure_measured(self) -> None:
        """Exact heights for the rows on screen and half a screenful around them."""
        model = self.model()
        if model is None or model.rowCount() == 0:
            return
        for _ in range(4):
            first, last = self.visible_range()
            margin = max(1, (last - first + 1) // 2)
            rows = range(max(0, first - margin), min(model.rowCount(), last + margin + 1))
            with self._anchored():
                if not self._measure_rows(rows):
                    break

    def pause_idle_measuring(self, paused: bool) -> None:
        """While a worker keeps the GIL busy, measuring off-screen rows would only add stalls."""
        self._idle_paused = paused
        if not paused and self.model() is not None and self._idle_row < self.model().rowCount():
            self._idle.start()

    def _measure_some(self) -> None:
        model = self.model()
        if self._idle_paused:
            self._idle.stop()
            return
        if model is None or self._idle_row >= model.rowCount():
            self._idle.stop()
            return
        deadline = time.perf_counter() + IDLE_BUDGET_S
        start = self._idle_row
        columns = self.visible_columns()
        while self._idle_row < model.rowCount() and time.perf_counter() < deadline and self._idle_row < start + 8:
            row = self._idle_row
            if not all(self.delegate.is_measured(row, c) for c in columns):
                self.delegate.measure([row], columns)
            self._idle_row += 1
        if self._idle_row > start:
            with self._anchored():
                QTreeView.dataChanged(self, model.index(start, 0), model.index(self._idle_row - 1, 1), [])

    class _Anchor:
        def __init__(self, view: ReaderView) -> None:
            self.view = view

        def __enter__(self) -> None:
            view = self.view
            index = view.indexAt(QPoint(1, 1))
            self.row = index.row() if index.isValid() else -1
            self.top = view.visualRect(index).top() if index.isValid() else 0

        def __exit__(self, *exc: object) -> None:
            view = self.view
            if self.row < 0 or self.row >= view.model().rowCount():
                return
            column = view.visible_columns()[0] if view.visible_columns() else 0
            rect = view.visualRect(view.model().index(self.row, column))
            delta = rect.top() - self.top
            if delta:
                bar = view.verticalScrollBar()
                bar.blockSignals(True)
                bar.setValue(bar.value() + delta)
                bar.blockSignals(False)
                view.viewport().update()

    def _anchored(self) -> ReaderView._Anchor:
        return ReaderView._Anchor(self)

    def resizeEvent(self, event: QEvent) -> None:  # type: ignore[override]
        old = tuple(self.columnWidth(c) for c in (0, 1))
        super().resizeEvent(event)
        if tuple(self.columnWidth(c) for c in (0, 1)) != old and self.model() is not None:
            QTimer.singleShot(0, self, self.relayout)

    def _on_scrolled(self, _value: int) -> None:
        self.ensure_measured()
        self._visible_timer.start()

    def _emit_visible(self) -> None:
        first, last = self.visible_range()
        if last >= first:
            self.visible_rows_changed.emit(first, last)

    def scroll_to_row(self, row: int, offset: int = 0, *, center: bool = False) -> None:
        model = self.model()
        if model is None or not (0 <= row < model.rowCount()):
            return
        column = self.visible_columns()[0] if self.visible_columns() else 0
        index = model.index(row, column)
        self.scrollTo(
            index,
            QAbstractItemView.ScrollHint.PositionAtCenter if center else QAbstractItemView.ScrollHint.PositionAtTop,
        )
        self.ensure_measured()
        self.scrollTo(
            index,
            QAbstractItemView.ScrollHint.PositionAtCenter if center else QAbstractItemView.ScrollHint.PositionAtTop,
        )
        if offset and not center:
            bar = self.verticalScrollBar()
            bar.setValue(bar.value() + offset)
        self.ensure_measured()
        self._visible_timer.start()

    # -- the reader's place ----------------------------------------------------------------
    def reading_anchor(self) -> SentenceAnchor | None:
        """The sentence being read and where its first line is on screen.

        That is the clicked sentence while it is on screen, else the first sentence whose
        text reaches below the top of the viewport. Rows change height when the font, the
        columns or the text change, so a row and a pixel offset would not find it again.
        """
        model = self.model()
        columns = self.visible_columns()
        if model is None or model.rowCount() == 0 or not columns:
            return None
        viewport = self.viewport().rect()
        active = self.delegate.active_segment
        if active is not None:
            row = self.reader_model().row_of_segment(active)
            if row is not None:
                top, bottom = self._sentence_extent(row, active)
                if top < viewport.bottom() and bottom > 0:
                    return SentenceAnchor(active, top, active=True)
        index = self.indexAt(QPoint(1, 1))
        if not index.isValid():
            return None
        row = index.row()
        cell = self.delegate.layout(row, columns[0])
        row_top = self.visualRect(model.index(row, columns[0])).top()
        for span in cell.spans:
            if span.kind is PartKind.PLACEHOLDER:
                continue
            _top, bottom = cell.line_extent(span.start, span.end)
            if row_top + PAD_Y + bottom > 0:
                return SentenceAnchor(span.segment_id, row_top + PAD_Y + int(_top))
        ids = self.reader_model().segment_ids([row])
        return SentenceAnchor(ids[0], row_top) if ids else None

    def _sentence_extent(self, row: int, segment_id: int) -> tuple[int, int]:
        """Top of a sentence's first line and bottom of its last, in viewport coordinates."""
        columns = self.visible_columns()
        rect = self.visualRect(self.model().index(row, columns[0]))
        cell = self.delegate.layout(row, columns[0])
        span = cell.span_of(segment_id)
        if span is None or span.kind is PartKind.PLACEHOLDER:
            return rect.top(), rect.bottom()
        top, bottom = cell.line_extent(span.start, span.end)
        return rect.top() + PAD_Y + int(top), rect.top() + PAD_Y + math.ceil(bottom)

    def restore_anchor(self, anchor: SentenceAnchor) -> None:
        """Scroll so the anchored sentence's first line is where it was on screen."""
        row = self.reader_model().row_of_segment(anchor.segment_id)
        if row is None or not self.visible_columns():
            return
        if anchor.active and self.delegate.active_segment != anchor.segment_id:
            self.set_active_segment(anchor.segment_id)
        self.scroll_to_row(row)
        for _ in range(3):  # measuring rows that come on screen may move them once more
            top, _bottom = self._sentence_extent(row, anchor.segment_id)
            delta = top - anchor.y
            if not delta:
                break
            bar = self.verticalScrollBar()
            before = bar.value()
            bar.setValue(before + delta)
            if bar.value() == before:
                break  # at the top or the end: as close as it gets
        self._visible_timer.start()

    @contextmanager
    def keeping_place(self) -> Iterator[None]:
        """Run a change (view mode, zoom, clean-up, theme) and keep the sentence being read
        where it was on screen."""
        anchor = self.reading_anchor()
        try:
            yield
        finally:
            if anchor is not None and self.model() is not None and self.model().rowCount():
                self.restore_anchor(anchor)

    def reading_position(self) -> tuple[int, int]:
        index = self.indexAt(QPoint(1, 1))
        if not index.isValid():
            return (0, 0)
        return index.row(), -self.visualRect(index).top()

    # -- highlighting --------------------------------------------------------------------
    def _update_segment_rows(self, *segment_ids: int | None) -> None:
        model = self.reader_model()
        for segment_id in segment_ids:
            if segment_id is None:
                continue
            row = model.row_of_segment(segment_id)
            if row is not None:
                for column in self.visible_columns():
                    self.viewport().update(self.visualRect(model.index(row, column)))

    def set_hover_segment(self, segment_id: int | None) -> None:
        old = self.delegate.hover_segment
        if old != segment_id:
            self.delegate.hover_segment = segment_id
            self._update_segment_rows(old, segment_id)

    def set_active_segment(self, segment_id: int | None, *, scroll: bool = False) -> None:
        old = self.delegate.active_segment
        self.delegate.active_segment = segment_id
        self._update_segment_rows(old, segment_id)
        if scroll and segment_id is not None:
            self.scroll_to_segment(segment_id)

    def scroll_to_segment(self, segment_id: int) -> None:
        """Bring a sentence on screen, a third of the way down, even inside a tall paragraph.

        Centring its row is not enough: a long paragraph in a narrow window can be taller
        than the viewport, and the sentence would stay out of sight.
        """
        row = self.reader_model().row_of_segment(segment_id)
        if row is None:
            return
        self.scroll_to_row(row)
        y = self._sentence_y(row, segment_id)
        wanted = max(0, y - self.viewport().height() // 3)
        if wanted:
            self.scroll_to_row(row, wanted)

    def _sentence_y(self, row: int, segment_id: int) -> int:
        """Top of a sentence's first line within its row (0 when not laid out)."""
        columns = self.visible_columns()
        if not columns:
            return 0
        cell = self.delegate.layout(row, columns[0])
        span = cell.span_of(segment_id)
        if span is None:
            return 0
        block = cell.document.findBlock(span.start)
        layout = block.layout()
        line = layout.lineForTextPosition(span.start - block.position())
        if not line.isValid():
            return 0
        return int(layout.position().y() + line.y()) + PAD_Y

    def active_segment(self) -> int | None:
        return self.delegate.active_segment

    def _set_range(self, segment_ids: Iterable[int]) -> None:
        old = self.delegate.range_ids
        self.delegate.range_ids = frozenset(segment_ids)
        self._update_segment_rows(*(old | self.delegate.range_ids))

    def selected_segments(self) -> list[int]:
        """The sentences a highlight would mark, in reading order: those the dragged text
        touches, else the shift-click range, else the clicked sentence."""
        model = self.reader_model()
        selection = self.delegate.selection
        if selection is not None and selection[2] != selection[3]:
            row, column, anchor, position = selection
            start, end = min(anchor, position), max(anchor, position)
            spans = self.delegate.layout(row, column).spans
            ids = [
                s.segment_id for s in spans if s.start < end and start < s.end and s.kind is not PartKind.PLACEHOLDER
            ]
            if ids:
                return ids
        if self.delegate.range_ids:
            return sorted(self.delegate.range_ids, key=lambda i: model.reading_index(i) or 0)
        active = self.delegate.active_segment
        return [active] if active is not None and model.reading_index(active) is not None else []

    def selected_range(self) -> tuple[int, int] | None:
        ids = self.selected_segments()
        return (ids[0], ids[-1]) if ids else None

    def select_passage(self, first_id: int, last_id: int, *, scroll: bool = True) -> None:
        """Select a passage as a shift-click range would and bring it on screen (notes panel)."""
        ids = self.reader_model().segment_range(first_id, last_id)
        if not ids:
            return
        self.delegate.selection = None
        self._range_anchor = ids[0]
        self._set_range(ids if len(ids) > 1 else ())
        self.set_active_segment(ids[0], scroll=scroll)
        self.viewport().update()

    def set_hits(self, hits: list[Hit], current: Hit | None) -> None:
        grouped: dict[tuple[int, int], list[Hit]] = {}
        for hit in hits:
            grouped.setdefault((hit.row, hit.column), []).append(hit)
        self.delegate.hits = grouped
        self.delegate.current_hit = current
        if current is not None:
            index = self.model().index(current.row, current.column)
            rect = self.visualRect(index)
            if not self.viewport().rect().contains(rect.topLeft()) or rect.top() < 0:
                self.scroll_to_row(current.row, center=True)
        self.viewport().update()

    # -- mouse and keyboard --------------------------------------------------------------
    def _hit(self, point: QPoint) -> tuple[QModelIndex, int, int | None]:
        """(index, document position, segment id) under a viewport point."""
        index = self.indexAt(point)
        if not index.isValid():
            return index, -1, None
        rect = self.visualRect(index)
        position = self.delegate.position_at(index, rect, point)
        cell = self.delegate.layout(index.row(), index.column())
        span = cell.span_at(position) if position >= 0 else None
        if span is not None:
            block_rect = cell.document.documentLayout().blockBoundingRect(cell.document.findBlock(position))
            local_y = point.y() - rect.top() - PAD_Y
            if local_y > block_rect.bottom() + 4 or local_y < -4:
                span = None
        return index, position, span.segment_id if span is not None else None

    def segment_at(self, point: QPoint) -> int | None:
        return self._hit(point)[2]

    def speaker_at(self, point: QPoint) -> str | None:
        """The speaker whose name line is under a viewport point, if any."""
        index = self.indexAt(point)
        if not index.isValid():
            return None
        cell = self.delegate.layout(index.row(), index.column())
        if cell.speaker is None:
            return None
        rect = self.visualRect(index)
        local = QPointF(point.x() - rect.left() - PAD_X, point.y() - rect.top() - PAD_Y)
        line = cell.document.documentLayout().blockBoundingRect(cell.document.firstBlock())
        return cell.speaker if line.top() - 2 <= local.y() <= line.bottom() and local.x() >= -4 else None

    def speaker_line_rect(self, row: int, column: int = ORIGINAL) -> QRect:
        """Where a row's speaker name is drawn, in viewport coordinates (empty when it has none)."""
        cell = self.delegate.layout(row, column)
        if cell.speaker is None:
            return QRect()
        rect = self.visualRect(self.model().index(row, column))
        block = cell.document.firstBlock()
        line = cell.document.documentLayout().blockBoundingRect(block)
        width = block.layout().lineAt(0).naturalTextWidth() if block.layout().lineCount() else line.width()
        return QRectF(rect.left() + PAD_X, rect.top() + PAD_Y + line.top(), width, line.height()).toAlignedRect()

    def speaker_of_segment(self, segment_id: int | None) -> str | None:
        segment = self.reader_model().segment(segment_id) if segment_id is not None else None
        return segment.speaker if segment is not None else None

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        point = event.position().toPoint()
        index, position, segment_id = self._hit(point)
        if self._pressed is not None and event.buttons() & Qt.MouseButton.LeftButton:
            row, column, anchor = self._pressed
            if index.isValid() and (index.row(), index.column()) == (row, column) and position >= 0:
                self.delegate.selection = (row, column, anchor, position)
                self.viewport().update(self.visualRect(index))
            return
        self.set_hover_segment(segment_id)

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            index, position, segment_id = self._hit(event.pos())
            # A note explains itself first; correcting hints come when nothing is highlighted.
            tip = self.note_tip(event.pos(), index, segment_id)
            if not tip and segment_id is None and self.speaker_at(event.pos()) is not None:
                tip = self.tr("Right-click or double-click to rename this speaker")
            if not tip and segment_id is not None and index.column() == TRANSLATION:
                span = self.delegate.layout(index.row(), index.column()).span_at(position)
                if span is not None and span.kind is PartKind.EDITED:
                    tip = self.tr("Your correction (double-click to change it)")
                elif span is not None and span.kind is PartKind.STALE:
                    tip = self.tr(
                        "Your translation, written before the sentence was corrected: "
                        "check that it still fits (double-click to change it)"
                    )
                elif span is not None and span.kind is PartKind.GLOSSARY:
                    tip = self.glossary_tip(span.segment_id)
                elif span is not None and span.kind is PartKind.PLACEHOLDER:
                    tip = (
                        self.tr("No translation model for this language is installed (File → Translation Models…)")
                        if self.reader_model().missing_model(span.segment_id)
                        else self.tr("Not translated yet")
                    )
                else:
                    tip = self.made_by_tip(segment_id)
            elif not tip and segment_id is not None:
                tip = self.tr("Double-click to correct this sentence")
            if tip:
                QToolTip.showText(event.globalPos(), tip, self.viewport())
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)

    def made_by_tip(self, segment_id: int) -> str:
        """Which engine and model made a machine translation, and how to correct it."""
        segment = self.reader_model().segment(segment_id)
        hint = self.tr("Double-click to correct this translation")
        if segment is None or segment.made_by is None or segment.edited:
            return hint
        engine, model = segment.made_by
        made = self.tr("Translated by %1 (%2)").replace("%1", engine_label(engine)).replace("%2", model)
        return made + "\n" + hint

    def glossary_tip(self, segment_id: int) -> str:
        """What the glossary check found in a sentence's translation, one line per term."""
        from reader.core.glossary import MISSING

        segment = self.reader_model().segment(segment_id)
        lines = []
        for issue in segment.glossary_issues if segment is not None else ():
            if issue.how == MISSING:
                line = self.tr("Glossary: “%1” should be translated “%2” here")
            else:
                line = self.tr("Glossary: the model lost “%1”; “%2” was put back by translating around it")
            lines.append(line.replace("%1", issue.term).replace("%2", issue.required))
        lines.append(self.tr("Double-click to correct this translation"))
        return "\n".join(lines)

    def marker_at(self, point: QPoint) -> NoteMark | None:
        """The note whose margin bar is under a viewport point (a few pixels of slack)."""
        index = self.indexAt(point)
        if not index.isValid():
            return None
        rect = self.visualRect(index)
        local = QPointF(point.x() - rect.left() - PAD_X, point.y() - rect.top() - PAD_Y)
        if local.x() > 0:
            return None
        for mark, bar in self.delegate.marker_rects(index.row(), index.column()):
            if bar.adjusted(-3, -2, 3, 2).contains(local):
                return mark
        return None

    def note_tip(self, point: QPoint, index: QModelIndex, segment_id: int | None) -> str:
        """The tooltip for a margin bar or a highlighted sentence: the note, rendered."""
        model = self.reader_model()
        mark = self.marker_at(point)
        note = model.note(mark.note_id) if mark is not None else None
        if note is None and segment_id is not None:
            found = model.notes_at(segment_id)
            note = found[0] if found else None
        if note is None:
            return ""
        passage = model.passage(note.first_segment_id, note.last_segment_id) if mark is not None else ""
        return note_html(note.text, note.color, passage=passage)

    def leaveEvent(self, event: QEvent) -> None:
        self.set_hover_segment(None)
        super().leaveEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        # A click makes its cell current, and an item view scrolls to a new current cell: a
        # row half off-screen would jump by a row under the mouse and the second click of a
        # double-click would land on another row. Clicking never scrolls.
        self.setAutoScroll(False)
        try:
            self._press(event)
        finally:
            self.setAutoScroll(True)

    def _press(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        index, position, segment_id = self._hit(event.position().toPoint())
        old_selection = self.delegate.selection
        self.delegate.selection = None
        if old_selection is not None:
            self.viewport().update()
        if not index.isValid():
            self._pressed = None
            return
        self.setCurrentIndex(index)
        self._pressed = (index.row(), index.column(), position) if position >= 0 else None
        shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        anchor = self._range_anchor if self._range_anchor is not None else self.delegate.active_segment
        if shift and segment_id is not None and anchor is not None:
            self._set_range(self.reader_model().segment_range(anchor, segment_id))
            self._range_anchor = anchor
        else:
            if self.delegate.range_ids:
                self._set_range(())
            self._range_anchor = segment_id
        self.set_active_segment(segment_id)
        if segment_id is not None:
            self.segment_clicked.emit(segment_id)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._pressed = None

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        point = event.position().toPoint()
        index, _position, segment_id = self._hit(point)
        speaker = self.speaker_at(point) if segment_id is None else None
        if speaker is not None:
            self.speaker_rename_requested.emit(speaker)
            return
        if not index.isValid() or segment_id is None:
            return
        if index.column() == TRANSLATION:
            self.correction_requested.emit(segment_id)
        else:
            self.source_correction_requested.emit(segment_id)

    def selected_text(self) -> str:
        selection = self.delegate.selection
        if selection is None:
            return ""
        row, column, anchor, position = selection
        if anchor == position:
            return ""
        cell = self.delegate.layout(row, column)
        cursor = QTextCursor(cell.document)
        cursor.setPosition(min(anchor, position))
        cursor.setPosition(max(anchor, position), QTextCursor.MoveMode.KeepAnchor)
        return cursor.selectedText().replace("\u2029", "\n")

    def copy_text(self) -> str:
        """What Copy puts on the clipboard: the dragged selection, else the active sentence pair."""
        text = self.selected_text()
        if text:
            return text
        segment_id = self.delegate.active_segment
        model = self.reader_model()
        if segment_id is None or model.segment(segment_id) is None:
            return ""
        # What the reader shows: the clean text when the clean view is on, and only the
        # sides on screen.
        texts = [model.passage(segment_id, segment_id, column) for column in self.visible_columns()]
        return "\n".join(t for t in texts if t)

    def copy(self) -> None:
        text = self.copy_text()
        if text:
            QGuiApplication.clipboard().setText(text)

    def keyPressEvent(self, event: QEvent) -> None:  # type: ignore[override]
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy()
            return
        if event.key() == Qt.Key.Key_Escape and (
            self.delegate.selection or self.delegate.active_segment or self.delegate.range_ids
        ):
            self.delegate.selection = None
            self._set_range(())
            self._range_anchor = None
            self.set_active_segment(None)
            self.viewport().update()
            return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event: QEvent) -> None:  # type: ignore[override]
        point = event.pos()
        index, _position, segment_id = self._hit(point)
        on_name = self.speaker_at(point) if segment_id is None else None
        if on_name is not None:
            menu = QMenu(self)
            self._add_speaker_action(menu, on_name)
            menu.exec(event.globalPos())
            return
        mark = self.marker_at(point)
        if mark is not None and segment_id is None:
            segment_id = mark.segment_ids[0]
        if (
            segment_id is not None
            and segment_id != self.delegate.active_segment
            and not self.selected_text()
            and segment_id not in self.delegate.range_ids
        ):
            self._set_range(())
            self._range_anchor = segment_id
            self.set_active_segment(segment_id)
        menu = QMenu(self)
        copy = menu.addAction(self.tr("Copy"), self.copy)
        copy.setShortcut(QKeySequence.StandardKey.Copy)
        copy.setEnabled(bool(self.copy_text()))
        self._add_note_actions(menu, segment_id, mark.note_id if mark is not None else None)
        words = " ".join(self.selected_text().split())
        if words and len(words) <= 60:
            glossary = menu.addAction(
                self.tr("Add “%1” to Glossary…").replace("%1", words), lambda: self.glossary_requested.emit(words)
            )
            glossary.setObjectName("addToGlossaryAction")
        if segment_id is not None:
            menu.addAction(self.tr("Correct Sentence…"), lambda: self.source_correction_requested.emit(segment_id))
            menu.addAction(self.tr("Correct Translation…"), lambda: self.correction_requested.emit(segment_id))
            self._add_again_menu(menu)
            speaker = self.speaker_of_segment(segment_id)
            if speaker is not None:
                self._add_speaker_action(menu, speaker)
            menu.addSeparator()
            menu.addAction(self.tr("Split Talk Before This Sentence"), lambda: self.split_requested.emit(segment_id))
        menu.exec(event.globalPos())

    def _add_again_menu(self, menu: QMenu) -> None:
        """ "Translate Again With ▸ engine": the selected sentences (or the clicked one) again."""
        ids = self.selected_segments()
        if self.again_offers is None or not ids:
            return
        again = menu.addMenu(self.tr("Translate %n Sentence(s) Again With", "", len(ids)))
        again.setObjectName("translateAgainMenu")
        fill_again_menu(again, self.again_offers(), lambda name: self.translate_again_requested.emit(ids, name))

    def _add_speaker_action(self, menu: QMenu, name: str) -> None:
        action = menu.addAction(self.tr("Rename Speaker “%1”…").replace("%1", name))
        action.setObjectName("renameSpeakerAction")
        action.triggered.connect(lambda _checked=False: self.speaker_rename_requested.emit(name))

    def _add_note_actions(self, menu: QMenu, segment_id: int | None, note_id: int | None) -> None:
        selected = self.selected_range()
        menu.addSeparator()
        count = len(self.selected_segments())
        colors = menu.addMenu(self.tr("Highlight %n Sentence(s)", "", max(1, count)))
        colors.setObjectName("highlightMenu")
        colors.setEnabled(selected is not None)
        dark = is_dark(self.palette())
        for name in NOTE_COLORS:
            action = colors.addAction(swatch_icon(name, dark=dark), color_label(name))
            action.setData(name)
            if selected is not None:
                action.triggered.connect(
                    lambda _c=False, n=name, r=selected: self.highlight_requested.emit(r[0], r[1], n)
                )
        add = menu.addAction(self.tr("Add Note…"))
        add.setShortcut(QKeySequence("Ctrl+Shift+N"))
        add.setEnabled(selected is not None)
        if selected is not None:
            add.triggered.connect(lambda: self.note_requested.emit(*selected))
        model = self.reader_model()
        note = model.note(note_id) if note_id is not None else None
        if note is None and segment_id is not None:
            found = model.notes_at(segment_id)
            note = found[0] if found else None
        if note is not None:
            target = note.id
            menu.addAction(
                self.tr("Edit Note…") if note.text else self.tr("Write a Note on This Highlight…"),
                lambda: self.note_edit_requested.emit(target),
            )
            menu.addAction(
                self.tr("Delete Note") if note.text else self.tr("Remove Highlight"),
                lambda: self.note_delete_requested.emit(target),
            )
        menu.addSeparator()
