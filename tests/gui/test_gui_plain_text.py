"""User text shows as its characters: no HTML rendered, no local image loaded, no giant widget.

A real 3000×3000 PNG sits on disk; titles, sentences, messages and notes point at it
with ``<img src=file:///…>``. Rendered as rich text the widgets would grow to its size.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6 import QtGui
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import QLabel, QMessageBox, QTextBrowser

from reader.gui.dialogs.confirm import ask
from reader.gui.dialogs.correction import CorrectionDialog
from reader.gui.dialogs.errors import show_message
from reader.gui.widgets.plain_text import NoResourceBrowser, tooltip
from reader.gui.widgets.talk_header import Banner, TalkHeader

SMALL = 400  # px: far below the picture's 3000


@pytest.fixture
def big_picture(tmp_path: Path) -> Path:
    path = tmp_path / "big.png"
    image = QImage(3000, 3000, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.red)
    assert image.save(str(path))
    return path


def hostile(picture: Path) -> list[str]:
    return [
        f"<img src=file://{picture}> title",
        f'<img src="{picture.as_uri()}" width=3000 height=3000>',
        "<h1>Big heading</h1>",
        "<b>bold</b> & <i>italic</i> &amp; <a href='https://example.org'>link</a>",
    ]


def test_talk_header_shows_titles_literally(qtbot, big_picture: Path) -> None:
    header = TalkHeader()
    qtbot.addWidget(header)
    for text in hostile(big_picture):
        header.set_talk(text, text)
        for label in (header.title, header.details):
            assert label.textFormat() == Qt.TextFormat.PlainText
            assert label.text() == text
            hint = label.sizeHint()
            assert hint.height() < SMALL and hint.width() < 1500, (text, hint)
    banner = Banner()
    qtbot.addWidget(banner)
    banner.show_message(hostile(big_picture)[0], "Act")
    assert banner.label.textFormat() == Qt.TextFormat.PlainText
    assert banner.label.sizeHint().height() < SMALL


def test_correction_dialog_shows_the_sentence_literally(qtbot, big_picture: Path) -> None:
    for text in hostile(big_picture):
        dialog = CorrectionDialog(1, text, "<h1>translation</h1>")
        qtbot.addWidget(dialog)
        source = dialog.findChild(QLabel, "correctionOriginal")
        assert source is not None and source.textFormat() == Qt.TextFormat.PlainText
        assert source.text() == text
        assert source.sizeHint().height() < SMALL
        assert dialog.sizeHint().height() < 2 * SMALL


def test_message_boxes_show_names_literally(qtbot, big_picture: Path) -> None:
    text = hostile(big_picture)[1]
    box = show_message(None, "Title", f"{text}: cannot be imported")
    qtbot.addWidget(box)
    assert box.textFormat() == Qt.TextFormat.PlainText and box.text().startswith(text)
    assert box.sizeHint().height() < 2 * SMALL
    question = ask(None, "Delete?", f"Delete “{text}”?", lambda: None, yes_text="Delete")  # type: ignore[arg-type]
    qtbot.addWidget(question)
    assert question.textFormat() == Qt.TextFormat.PlainText
    assert question.sizeHint().height() < 2 * SMALL
    question.reject()
    assert isinstance(box, QMessageBox)


@pytest.mark.parametrize("text", ["<h1>Big</h1>", "a < b && c > d", "line one\n<b>line two</b>", "plain"])
def test_tooltips_render_as_their_characters(text: str) -> None:
    doc = QTextDocument()
    shown = tooltip(text)
    if QtGui.Qt.mightBeRichText(shown):  # what QToolTip asks
        doc.setHtml(shown)
    else:
        doc.setPlainText(shown)
    assert doc.toPlainText() == text


def test_note_preview_loads_no_local_image(qtbot, big_picture: Path) -> None:
    markdown = f'A note ![picture]({big_picture.as_uri()})\n\n<img src="{big_picture.as_uri()}">'
    ordinary, ours = QTextBrowser(), NoResourceBrowser()
    for browser in (ordinary, ours):
        qtbot.addWidget(browser)
        browser.setMarkdown(markdown)
        browser.document().setTextWidth(600)
    assert ordinary.document().size().height() > 2000  # what a plain browser does with it
    assert ours.document().size().height() < SMALL
