"""Writing or editing a note: the passage it marks, a colour from the palette, Markdown text.

The dialog only collects the choice and emits :attr:`NoteEditorDialog.saved`; storing it is
the caller's job (an operation on the database writer), so the dialog never blocks on disk.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from reader.gui.widgets.note_style import (
    NOTE_COLORS,
    color_label,
    is_dark,
    marker_color,
    note_markdown_html,
    swatch_icon,
    tint_color,
)
from reader.gui.widgets.plain_text import NoResourceBrowser

PASSAGE_CHARS = 400


class NoteEditorDialog(QDialog):
    #: (colour name, Markdown text) when the user saves
    saved = Signal(str, str)

    def __init__(
        self, passage: str, color: str, text: str = "", *, new: bool = True, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("noteEditor")
        self.setWindowTitle(self.tr("Add Note") if new else self.tr("Edit Note"))
        self.resize(560, 420)
        dark = is_dark(self.palette())
        short = passage if len(passage) <= PASSAGE_CHARS else passage[: PASSAGE_CHARS - 1].rstrip() + "…"
        self.passage = QLabel(short, self)
        self.passage.setObjectName("notePassage")
        self.passage.setWordWrap(True)
        self.passage.setTextFormat(Qt.TextFormat.PlainText)
        self.passage.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._bar_style = (
            "QLabel#notePassage {{ border: none; border-left: 4px solid {}; background: {};"
            " color: {}; padding: 8px 10px; }}"
        )
        self.colors = QButtonGroup(self)
        self.colors.setExclusive(True)
        color_row = QHBoxLayout()
        color_row.setSpacing(4)
        color_row.addWidget(QLabel(self.tr("Colour:"), self))
        for name in NOTE_COLORS:
            button = QToolButton(self)
            button.setObjectName(f"noteColor_{name}")
            button.setCheckable(True)
            button.setAutoRaise(True)
            button.setIcon(swatch_icon(name, 22, dark=dark))
            button.setIconSize(QSize(22, 22))
            button.setToolTip(color_label(name))
            button.setAccessibleName(color_label(name))
            button.setProperty("colorName", name)
            self.colors.addButton(button)
            color_row.addWidget(button)
        color_row.addStretch(1)
        self.colors.buttonToggled.connect(self._on_color)
        self.editor = QPlainTextEdit(text, self)
        self.editor.setObjectName("noteText")
        self.editor.setPlaceholderText(
            self.tr("Your note (optional). Markdown works: **bold**, *italic*, - lists, [links](https://…)")
        )
        self.editor.setTabChangesFocus(True)
        self.preview = NoResourceBrowser(self)  # a note's images are never fetched
        self.preview.setObjectName("notePreview")
        self.preview.setOpenExternalLinks(True)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("noteTabs")
        self.tabs.addTab(self.editor, self.tr("Write"))
        self.tabs.addTab(self.preview, self.tr("Preview"))
        self.tabs.currentChanged.connect(self._on_tab)
        hint = QLabel(self.tr("Leave the note empty for a plain highlight. Ctrl+Enter saves."), self)
        hint.setEnabled(False)
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.editor.installEventFilter(self)  # Ctrl+Enter saves from inside the text
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(self.passage)
        layout.addLayout(color_row)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        self.set_color(color if color in NOTE_COLORS else next(iter(NOTE_COLORS)))
        self.editor.setFocus()

    def color(self) -> str:
        button = self.colors.checkedButton()
        return str(button.property("colorName")) if button is not None else next(iter(NOTE_COLORS))

    def set_color(self, name: str) -> None:
        for button in self.colors.buttons():
            if button.property("colorName") == name:
                button.setChecked(True)

    def text(self) -> str:
        return self.editor.toPlainText()

    def _on_color(self, button: QToolButton, checked: bool) -> None:
        if checked:
            name, dark = str(button.property("colorName")), is_dark(self.palette())
            # The passage looks as it will in the reader: tinted, with the margin bar's colour.
            tint = tint_color(name, dark)
            background = f"rgba({tint.red()}, {tint.green()}, {tint.blue()}, {tint.alpha()})"
            text = self.palette().color(QPalette.ColorRole.Text).name()
            self.passage.setStyleSheet(self._bar_style.format(marker_color(name, dark).name(), background, text))

    def _on_tab(self, index: int) -> None:
        if self.tabs.widget(index) is self.preview:
            text = self.text().strip()
            if text:
                self.preview.setHtml(note_markdown_html(text))  # as the panel and the export show it
            else:
                self.preview.setHtml("<p style='color:gray'><i>" + self.tr("Nothing written yet.") + "</i></p>")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.editor
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.accept()
            return True
        return super().eventFilter(watched, event)

    def accept(self) -> None:
        super().accept()
        self.saved.emit(self.color(), self.text())
