"""Correcting one sentence's translation by hand."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from reader.gui.widgets.plain_text import plain


class CorrectionDialog(QDialog):
    #: (segment id, new text); empty text means "let the machine translate it again"
    corrected = Signal(int, str)

    def __init__(self, segment_id: int, original: str, translation: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("correctionDialog")
        self.setWindowTitle(self.tr("Correct Translation"))
        self.segment_id = segment_id
        self.resize(520, 260)
        source = plain(QLabel(original, self))  # the sentence as written, never as HTML
        source.setWordWrap(True)
        source.setObjectName("correctionOriginal")
        self.editor = QPlainTextEdit(translation or "", self)
        self.editor.setObjectName("correctionEditor")
        self.editor.setTabChangesFocus(True)
        hint = QLabel(
            self.tr(
                "Your translation is kept and never replaced by the machine. "
                "Leave it empty to have it translated again."
            ),
            self,
        )
        hint.setWordWrap(True)
        hint.setEnabled(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(source)
        layout.addWidget(self.editor)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        self.editor.setFocus()

    def accept(self) -> None:
        super().accept()
        self.corrected.emit(self.segment_id, self.editor.toPlainText().strip())
