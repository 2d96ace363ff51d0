"""Confirmations that don't block: the question opens, the action runs only on "yes"."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget


def ask(
    parent: QWidget,
    title: str,
    text: str,
    on_yes: Callable[[], object],
    *,
    yes_text: str,
    informative: str = "",
    destructive: bool = False,
) -> QMessageBox:
    """Open a question; *on_yes* runs if the user confirms. Returns the (open) box."""
    box = QMessageBox(parent)
    box.setObjectName("confirmDialog")
    box.setTextFormat(Qt.TextFormat.PlainText)  # questions quote titles and notes
    box.setIcon(QMessageBox.Icon.Warning if destructive else QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(text)
    if informative:
        box.setInformativeText(informative)
    yes = box.addButton(
        yes_text, QMessageBox.ButtonRole.DestructiveRole if destructive else QMessageBox.ButtonRole.AcceptRole
    )
    yes.setObjectName("confirmYes")
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)

    def finished() -> None:
        if box.clickedButton() is yes:
            on_yes()

    box.finished.connect(finished)
    box.open()
    return box
