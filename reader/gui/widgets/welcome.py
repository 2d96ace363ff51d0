"""What an empty library shows: open the bundled sample, import files, get translation models.

A first-time user should see the side-by-side reader before importing anything, so the
first button opens the bundled sample talk. When the Chinese ↔ English models are missing,
a box says so and offers a one-click download (or a model file from disk). The view only
shows state and emits requests; :mod:`reader.gui.first_run` does the work.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget


def direction_name(from_code: str, to_code: str) -> str:
    names = {
        "zh": QCoreApplication.translate("WelcomeView", "Chinese"),
        "en": QCoreApplication.translate("WelcomeView", "English"),
    }
    return f"{names.get(from_code, from_code)} → {names.get(to_code, to_code)}"


class WrappedLabel(QLabel):
    """A word-wrapped label of fixed width that asks for the height its text needs.

    A box layout asks an item it centres (``AlignHCenter``) for its height at the *layout's*
    width, where the text fits on fewer lines, so plain wrapped labels came out clipped.
    """

    def __init__(self, width: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setFixedWidth(width)

    def hasHeightForWidth(self) -> bool:
        return False  # the width is fixed: the size hint already says the height

    def sizeHint(self) -> QSize:
        width = self.maximumWidth()
        return QSize(width, super().heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()


class WelcomeView(QWidget):
    import_requested = Signal()
    models_requested = Signal()
    #: Open the bundled sample talk.
    sample_requested = Signal()
    #: Download the missing translation models from the model index.
    download_requested = Signal()
    #: Install translation models from files the user picks.
    install_file_requested = Signal()
    #: The view became visible (the model check is refreshed then).
    shown = Signal()

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
        text = WrappedLabel(520, self)
        text.setText(
            self.tr(
                "Read talk transcripts side by side with their translation, clean up speech "
                "recognition noise, and search everything you have read."
            )
        )
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text.setObjectName("welcomeText")
        self.sample_button = QPushButton(self.tr("Open the Sample Talk"), self)
        self.sample_button.setObjectName("welcomeSample")
        self.sample_button.setToolTip(
            self.tr("A short real transcript (a Chinese introduction and an English talk), to see how reading works.")
        )
        self.sample_button.setDefault(True)
        self.sample_button.setProperty("primary", True)
        self.sample_button.setMinimumWidth(260)
        self.sample_button.clicked.connect(self.sample_requested)
        self.import_button = QPushButton(self.tr("Import Transcripts…"), self)
        self.import_button.setObjectName("welcomeImport")
        self.import_button.setMinimumWidth(260)
        self.import_button.clicked.connect(self.import_requested)
        self.models_box = self._models_box()
        hint = QLabel(self.tr("Or drop .txt, .md, .srt or .vtt files anywhere on this window."), self)
        hint.setObjectName("welcomeHint")
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        hint.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addStretch(3)
        layout.addWidget(title)
        layout.addSpacing(10)
        layout.addWidget(text, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(28)
        layout.addWidget(self.sample_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(6)
        layout.addWidget(self.import_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(18)
        layout.addWidget(hint)
        layout.addSpacing(24)
        layout.addWidget(self.models_box, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(4)
        self.missing: tuple[tuple[str, str], ...] = ()

    def _models_box(self) -> QFrame:
        box = QFrame(self)
        box.setObjectName("welcomeModelsBox")
        box.setFixedWidth(560)
        self.models_label = WrappedLabel(528, box)
        self.models_label.setObjectName("welcomeModelsText")
        self.download_button = QPushButton(self.tr("Download Models"), box)
        self.download_button.setObjectName("welcomeDownload")
        self.download_button.clicked.connect(self.download_requested)
        self.install_file_button = QPushButton(self.tr("Install From File…"), box)
        self.install_file_button.setObjectName("welcomeInstallFile")
        self.install_file_button.clicked.connect(self.install_file_requested)
        self.models_button = QPushButton(self.tr("Other Models…"), box)
        self.models_button.setObjectName("welcomeModels")
        self.models_button.clicked.connect(self.models_requested)
        self.models_progress = QProgressBar(box)
        self.models_progress.setObjectName("welcomeModelsProgress")
        self.models_progress.setTextVisible(False)
        self.models_progress.setMaximumHeight(8)
        self.models_progress.hide()
        self.models_status = WrappedLabel(528, box)
        self.models_status.setObjectName("welcomeModelsStatus")
        self.models_status.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.download_button)
        buttons.addWidget(self.install_file_button)
        buttons.addStretch(1)
        buttons.addWidget(self.models_button)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(self.models_label)
        layout.addLayout(buttons)
        layout.addWidget(self.models_progress)
        layout.addWidget(self.models_status)
        box.hide()
        return box

    # -- state shown ---------------------------------------------------------------------
    def set_missing_models(self, missing: Sequence[tuple[str, str]]) -> None:
        """Show the models box for the directions without a model (hide it when none)."""
        self.missing = tuple(missing)
        if not self.missing:
            self.models_box.hide()
            return
        names = self.tr(", ", "between the items of a list").join(direction_name(a, b) for a, b in self.missing)
        self.models_label.setText(
            self.tr(
                "No translation model is installed for %1. You can read and search without one; "
                "to see translations, download the models once (they work offline afterwards) or install a model file."
            ).replace("%1", names)
        )
        self.models_box.show()

    def set_models_busy(self, busy: bool) -> None:
        for button in (self.download_button, self.install_file_button, self.models_button):
            button.setEnabled(not busy)
        self.models_progress.setVisible(busy)
        if busy:
            self.models_progress.setRange(0, 0)

    def set_models_progress(self, done: int, total: int) -> None:
        if total > 0:
            self.models_progress.setRange(0, 1000)
            self.models_progress.setValue(int(1000 * min(done, total) / total))
        else:
            self.models_progress.setRange(0, 0)

    def set_models_status(self, text: str) -> None:
        self.models_status.setText(text)
        self.models_status.setVisible(bool(text))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.shown.emit()
