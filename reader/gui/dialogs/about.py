"""The About box."""

from __future__ import annotations

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from reader import APP_NAME, __version__


def tr(text: str) -> str:
    return QCoreApplication.translate("AboutDialog", text)


def about_text() -> str:
    return (
        f"<h3>{APP_NAME} {__version__}</h3>"
        + "<p>"
        + tr("Read, translate and search talk transcripts side by side, offline.")
        + "</p><p>"
        + tr("Translation by Argos Translate models running on CTranslate2; Chinese word search by jieba.")
        + f"</p><p><small>PySide6 {pyside_version} · " + tr("MIT License") + "</small></p>"
    )


def show_about(parent: QWidget) -> QMessageBox:
    box = QMessageBox(parent)
    box.setObjectName("aboutDialog")
    box.setWindowTitle(tr("About Talk Reader"))
    box.setIconPixmap(parent.windowIcon().pixmap(64, 64))
    box.setText(about_text())
    box.open()
    return box
