"""What an empty library shows: import files, drop them, or install translation models."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget


class WelcomeView(QWidget):
    import_requested = Signal()
    models_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomeView")
        title = QLabel(self.tr("Welcome to Talk Reader"), self)
        title.setObjectName("welcomeTitle")
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.9)
        font.setWeight(QFont.Weight.DemiBold)
        title.setFont(font)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text = QLabel(
            self.tr(
                "Read talk transcripts side by side with their translation, clean up speech "
                "recognition noise, and search everything you have read."
            ),
            self,
        )
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text.setFixedWidth(520)
        text.setObjectName("welcomeText")
        self.import_button = QPushButton(self.tr("Import Transcripts…"), self)
        self.import_button.setObjectName("welcomeImport")
        self.import_button.setDefault(True)
        self.import_button.setProperty("primary", True)
        self.import_button.setMinimumWidth(260)
        self.import_button.clicked.connect(self.import_requested)
        self.models_button = QPushButton(self.tr("Install Translation Models…"), self)
        self.models_button.setObjectName("welcomeModels")
        self.models_button.setMinimumWidth(260)
        self.models_button.clicked.connect(self.models_requested)
        hint = QLabel(
            self.tr("Or drop .txt, .md, .srt or .vtt files anywhere on this window."), self
        )
        hint.setObjectName("welcomeHint")
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        hint.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addStretch(3)
        layout.addWidget(title)
        layout.addSpacing(10)
        layout.addWidget(text, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(28)
        layout.addWidget(self.import_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(6)
        layout.addWidget(self.models_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(18)
        layout.addWidget(hint)
        layout.addStretch(4)
