"""The About box."""

from __future__ import annotations

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from reader import APP_NAME, __version__


def about_text() -> str:
    translate = QCoreApplication.translate
    return (
        f"<h3>{APP_NAME} {__version__}</h3>"
        + "<p>"
        + translate("AboutDialog", "Read, translate and search talk transcripts side by side, offline.")
        + "</p><p>"
        + translate("AboutDialog",
                    "Translation by Argos Translate models running on CTranslate2; Chinese word search by jieba.")
        + f"</p><p><small>PySide6 {pyside_version} · " + translate("AboutDialog", "MIT License") + "</small></p>"
    )


def show_about(parent: QWidget) -> QMessageBox:
    box = QMessageBox(parent)
    box.setObjectName("aboutDialog")
    box.setWindowTitle(QCoreApplication.translate("AboutDialog", "About Talk Reader"))
    box.setIconPixmap(parent.windowIcon().pixmap(64, 64))
    box.setText(about_text())
    box.open()
    return box
