"""Preferences: UI language, theme and reader defaults. Applied when the dialog is accepted.

The translation engines are settings of the library, not of the app, and each change of
them is undoable at once: "Translation Engines…" opens their own dialog.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reader.gui.settings import Settings


class PreferencesDialog(QDialog):
    #: (ui language, theme) after the user pressed OK
    applied = Signal(str, str)
    #: The user wants to see the translation engines.
    engines_requested = Signal()

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(self.tr("Preferences"))
        self.settings = settings
        self.language = QComboBox(self)
        self.language.setObjectName("languageCombo")
        for code, label in (("", self.tr("System default")), ("en", "English"), ("zh_CN", "简体中文")):
            self.language.addItem(label, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.ui_language)))
        self.theme = QComboBox(self)
        self.theme.setObjectName("themeCombo")
        for code, label in (
            ("system", self.tr("Follow the system")),
            ("light", self.tr("Light")),
            ("dark", self.tr("Dark")),
        ):
            self.theme.addItem(label, code)
        self.theme.setCurrentIndex(max(0, self.theme.findData(settings.theme)))
        self.auto_translate = QCheckBox(self.tr("Translate talks automatically when opened"), self)
        self.auto_translate.setChecked(settings.auto_translate)
        engines = QPushButton(self.tr("Translation &Engines…"), self)
        engines.setObjectName("preferencesEngines")
        engines.clicked.connect(lambda _checked=False: self.engines_requested.emit())
        form = QFormLayout()
        form.addRow(self.tr("Interface language:"), self.language)
        form.addRow(self.tr("Appearance:"), self.theme)
        form.addRow("", self.auto_translate)
        form.addRow(self.tr("Translation:"), engines)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def accept(self) -> None:
        self.settings.auto_translate = self.auto_translate.isChecked()
        language = self.language.currentData()
        theme = self.theme.currentData()
        super().accept()
        self.applied.emit(language, theme)
