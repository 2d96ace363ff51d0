"""How notes look everywhere in the GUI: palette colours, their names, swatches, tooltips.

The core keeps one fixed palette (:data:`reader.core.notes.NOTE_COLORS`, light tints made
for dark text). The reader tints sentences with them and draws a stronger bar of the same
hue in the margin; on a dark background the tint is laid on translucently so light text
stays readable. Everything the reader, the notes panel and the note editor show about a
colour comes from here, so they always agree.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPalette, QPixmap, QTextDocument

from reader.core.notes import DEFAULT_COLOR, NOTE_COLORS

__all__ = [
    "DEFAULT_COLOR",
    "NOTE_COLORS",
    "color_label",
    "is_dark",
    "marker_color",
    "note_html",
    "note_markdown_html",
    "note_summary",
    "swatch_icon",
    "tint_color",
]


def color_label(name: str) -> str:
    """The colour's name in the UI language."""
    labels = {
        "yellow": QCoreApplication.translate("NoteStyle", "Yellow"),
        "green": QCoreApplication.translate("NoteStyle", "Green"),
        "blue": QCoreApplication.translate("NoteStyle", "Blue"),
        "pink": QCoreApplication.translate("NoteStyle", "Pink"),
        "purple": QCoreApplication.translate("NoteStyle", "Purple"),
    }
    return labels.get(name, name)


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def _base(name: str) -> QColor:
    return QColor(NOTE_COLORS.get(name, NOTE_COLORS[DEFAULT_COLOR]))


def tint_color(name: str, dark: bool) -> QColor:
    """The background of highlighted text."""
    color = _base(name)
    if dark:
        hue, saturation, _lightness, _alpha = color.getHsl()
        color = QColor.fromHsl(hue, min(255, saturation + 40), 150, 85)
    return color


def marker_color(name: str, dark: bool) -> QColor:
    """The margin bar: the tint's hue, saturated enough to be seen at a glance."""
    hue, _saturation, _lightness, _alpha = _base(name).getHsl()
    return QColor.fromHsl(hue, 200 if dark else 190, 150 if dark else 125)


def swatch_icon(name: str, size: int = 16, *, dark: bool = False) -> QIcon:
    """A round swatch of the colour, for menus and buttons."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(marker_color(name, dark))
    painter.setBrush(tint_color(name, False))
    painter.drawEllipse(QRectF(1.5, 1.5, size - 3, size - 3))
    painter.end()
    return QIcon(pixmap)


def note_markdown_html(text: str) -> str:
    """A note's Markdown as HTML, in the HTML export's dialect and through its sanitiser.

    One dialect everywhere: what the notes panel, the tooltips and the editor's preview
    show is what the exported page shows (Qt's own Markdown reader differs, e.g. on
    tables, lists after a paragraph and raw HTML). Nothing in the result fetches anything.
    """
    from reader.core.export.html import markdown_to_html

    return markdown_to_html(text) if text.strip() else ""


def note_summary(text: str, limit: int = 160) -> str:
    """A note's Markdown as one line of plain text (lists, emphasis and links unmarked)."""
    if not text:
        return ""
    doc = QTextDocument()
    doc.setHtml(note_markdown_html(text))
    plain = " ".join(doc.toPlainText().split())
    return plain if len(plain) <= limit else plain[: limit - 1].rstrip() + "…"


def note_html(text: str, color: str, *, passage: str = "") -> str:
    """A tooltip for a note: a colour bar, the passage it marks, and its Markdown rendered."""
    bar = marker_color(color, False).name()
    parts = [
        f"<table cellspacing='0' cellpadding='0'><tr><td style='background:{bar}' width='4'></td>"
        "<td style='padding-left:8px'>"
    ]
    if passage:
        short = passage if len(passage) <= 140 else passage[:139].rstrip() + "…"
        parts.append(f"<p style='color:gray'>“{html.escape(short)}”</p>")
    if text:
        parts.append(note_markdown_html(text))
    else:
        parts.append(
            "<p><i>"
            + html.escape(QCoreApplication.translate("NoteStyle", "Highlighted. Right-click to add a note."))
            + "</i></p>"
        )
    parts.append("</td></tr></table>")
    return "".join(parts)
