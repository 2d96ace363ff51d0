"""Correcting one sentence by hand: its translation, or its own text (an ASR error)."""

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


class SourceCorrectionDialog(QDialog):
    """Fix what the transcript says ("open eye" → "OpenAI"); the file's words are kept."""

    #: (segment id, corrected sentence)
    corrected = Signal(int, str)

    def __init__(self, segment_id: int, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sourceCorrectionDialog")
        self.setWindowTitle(self.tr("Correct Sentence"))
        self.segment_id = segment_id
        self.original = text
        self.resize(520, 220)
        self.editor = QPlainTextEdit(text, self)
        self.editor.setObjectName("sourceCorrectionEditor")
        self.editor.setTabChangesFocus(True)
        self.editor.selectAll()
        hint = QLabel(
            self.tr(
                "Search and translation follow the corrected sentence; the file's own words are kept, "
                "and Undo (Ctrl+Z) takes the correction back."
            ),
            self,
        )
        hint.setWordWrap(True)
        hint.setEnabled(False)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.editor.textChanged.connect(self._update_save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.editor)
        layout.addWidget(hint)
        layout.addWidget(self.buttons)
        self.editor.setFocus()
        self._update_save()

    def _text(self) -> str:
        return " ".join(self.editor.toPlainText().split())

    def _update_save(self) -> None:
        # An empty sentence is refused by the library; saving the same text would do nothing.
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setEnabled(bool(self._text()) and self._text() != " ".join(self.original.split()))

    def accept(self) -> None:
        if not self.buttons.button(QDialogButtonBox.StandardButton.Save).isEnabled():
            return
        super().accept()
        self.corrected.emit(self.segment_id, self._text())
