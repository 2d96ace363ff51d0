"""The strip above the reader: the talk's title and details, and the missing-model notice."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from reader.gui.widgets.plain_text import plain


class TalkHeader(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("talkHeader")
        self.title = plain(QLabel(self))  # a title is text, whatever it looks like
        self.title.setObjectName("talkTitle")
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setWeight(QFont.Weight.DemiBold)
        self.title.setFont(font)
        self.details = plain(QLabel(self))
        self.details.setObjectName("talkDetails")
        self.details.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 12, 18, 8)
        layout.setSpacing(2)
        layout.addWidget(self.title)
        layout.addWidget(self.details)

    def set_talk(self, title: str, details: str) -> None:
        self.title.setText(title)
        self.details.setText(details)


class Banner(QFrame):
    """A quiet notice with one action (e.g. "No English → Chinese model. Manage Models…")."""

    action_triggered = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        self.label = plain(QLabel(self))
        self.label.setObjectName("bannerText")
        self.label.setWordWrap(True)
        self.button = QPushButton(self)
        self.button.setObjectName("bannerButton")
        self.button.clicked.connect(self.action_triggered)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 6, 10, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        self.hide()

    def show_message(self, text: str, action: str) -> None:
        self.label.setText(text)
        self.button.setText(action)
        self.show()
