"""User text in Qt widgets: always shown as the characters it is, never as rich text.

Qt guesses: a label, tooltip or message box whose text *looks* like HTML
(``Qt::mightBeRichText``) is rendered as HTML. A talk title ``<img src=file:///…>`` would
load a local picture and blow the widget up to its size. Labels that show user text are
set to plain text; tooltips, which have no such switch, get the text escaped inside an
explicit rich-text wrapper; documents that render Markdown load no resources at all.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import QLabel, QTextBrowser


def plain(label: QLabel) -> QLabel:
    """*label* set to show its text literally (and returned, for chaining)."""
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def tooltip(text: str) -> str:
    """A tooltip that shows *text* literally, line breaks kept."""
    if "<" not in text and "&" not in text:
        return text  # nothing Qt could take for markup
    return "<p style='white-space:pre-wrap'>" + html.escape(text, quote=False) + "</p>"


class NoResourceBrowser(QTextBrowser):
    """A text browser that fetches nothing: no ``file://`` images, no other documents."""

    def loadResource(self, kind: int, name: QUrl) -> object:
        # Returning nothing would let the document read local files itself: an image gets
        # a 1×1 transparent pixel instead, anything else an empty text.
        if kind == QTextDocument.ResourceType.ImageResource.value:
            pixel = QImage(1, 1, QImage.Format.Format_ARGB32)
            pixel.fill(0)
            return pixel
        return ""
