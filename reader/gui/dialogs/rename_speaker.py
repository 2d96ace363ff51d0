"""Renaming a speaker of the open talk ("Speaker 3" → 赵老师), or merging two speakers.

The dialog only asks; the main window runs the rename on the write worker and reloads the
reader (see ``MainWindow.apply_rename_speaker``).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from reader.core.speakers import MAX_NAME_CHARS, same_name


class RenameSpeakerDialog(QDialog):
    #: (current name, new name); the new name is trimmed and never empty.
    renamed = Signal(str, str)

    def __init__(self, names: Sequence[str], current: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("renameSpeakerDialog")
        self.setWindowTitle(self.tr("Rename Speaker"))
        self.names = list(names)
        self.speaker = QComboBox(self)
        self.speaker.setObjectName("speakerCombo")
        self.speaker.addItems(self.names)
        self.speaker.setCurrentIndex(self.names.index(current) if current in self.names else 0)
        self.name = QLineEdit(self)
        self.name.setObjectName("speakerNameEdit")
        self.name.setMaxLength(MAX_NAME_CHARS)
        self.hint = QLabel(self)
        self.hint.setObjectName("speakerHint")
        self.hint.setWordWrap(True)
        self.hint.setEnabled(False)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Rename"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Speaker:"), self.speaker)
        form.addRow(self.tr("New name:"), self.name)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self.speaker.currentTextChanged.connect(self._speaker_chosen)
        self.name.textChanged.connect(self._update)
        self._speaker_chosen(self.speaker.currentText())
        self.resize(440, self.sizeHint().height())
        self.name.setFocus()

    def _speaker_chosen(self, name: str) -> None:
        self.name.setText(name)
        self.name.selectAll()
        self._update()

    def new_name(self) -> str:
        return " ".join(self.name.text().split())

    def _update(self) -> None:
        old, new = self.speaker.currentText(), self.new_name()
        merge_into = next((n for n in self.names if n != old and same_name(n, new)), None)
        if merge_into is not None:
            self.hint.setText(
                self.tr("“%1” already speaks in this talk: the two speakers become one.").replace("%1", merge_into)
            )
        else:
            self.hint.setText(self.tr("Every turn of this speaker in this talk gets the new name."))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(new) and new != old)

    def accept(self) -> None:
        old, new = self.speaker.currentText(), self.new_name()
        if not new or new == old:
            return
        super().accept()
        self.renamed.emit(old, new)
