"""The About box: what this is, and the versions a bug report needs.

Versions come from the running program where it knows them (Qt, PySide6, SQLite) and from
package metadata otherwise, so nothing heavy is imported to show the box (CTranslate2
loads 80 MB of libraries on import). The frozen build ships that metadata (see the spec).
"""

from __future__ import annotations

import html
import sqlite3
import sys
from importlib import metadata

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, Qt, qVersion
from PySide6.QtWidgets import QMessageBox, QWidget

from reader import APP_NAME, __version__


def _distribution_version(*names: str, module: str | None = None) -> str:
    for name in names:
        try:
            return metadata.version(name)
        except metadata.PackageNotFoundError:
            continue
    loaded = sys.modules.get(module or "")
    version = getattr(loaded, "__version__", None)
    return str(version) if version else QCoreApplication.translate("AboutDialog", "not installed")


def component_versions() -> list[tuple[str, str]]:
    """``(component, version)`` for the app and the libraries that decide its behaviour."""
    return [
        (APP_NAME, __version__),
        ("Qt", qVersion()),
        ("PySide6", pyside_version),
        ("CTranslate2", _distribution_version("ctranslate2", module="ctranslate2")),
        ("Argos Translate", _distribution_version("argos-translate-lt", "argostranslate", module="argostranslate")),
        ("SQLite", sqlite3.sqlite_version),
        ("Python", sys.version.split()[0]),
    ]


def installed_models() -> list[str]:
    """One line per installed translation model (``translate-zh_en 1.9``), or a note why none."""
    from reader.core.errors import ReaderError
    from reader.core.translate.packages import installed_packages

    try:
        return [package.model_label for package in installed_packages()]
    except (OSError, ReaderError) as exc:
        return [QCoreApplication.translate("AboutDialog", "cannot list the models: %1").replace("%1", str(exc))]


def about_text() -> str:
    translate = QCoreApplication.translate
    rows = "".join(
        f"<tr><td>{html.escape(name)}</td><td>&nbsp;&nbsp;{html.escape(version)}</td></tr>"
        for name, version in component_versions()[1:]
    )
    models = installed_models()
    models_html = (
        "<br>".join(html.escape(model) for model in models)
        if models
        else translate("AboutDialog", "none installed yet")
    )
    return (
        f"<h3>{APP_NAME} {__version__}</h3>"
        + "<p>"
        + translate("AboutDialog", "Read, translate and search talk transcripts side by side, offline.")
        + "</p><p>"
        + translate(
            "AboutDialog", "Translation by Argos Translate models running on CTranslate2; Chinese word search by jieba."
        )
        + "</p>"
        + f"<table>{rows}</table>"
        + "<p><b>"
        + translate("AboutDialog", "Translation models")
        + "</b><br>"
        + models_html
        + "</p>"
        + "<p><small>"
        + translate("AboutDialog", "MIT License")
        + "</small></p>"
    )


def about_plain_text() -> str:
    """The same facts as plain text (the box's details, for pasting into a bug report)."""
    lines = [f"{name} {version}" for name, version in component_versions()]
    lines.append("models: " + (", ".join(installed_models()) or "none"))
    return "\n".join(lines)


def show_about(parent: QWidget) -> QMessageBox:
    box = QMessageBox(parent)
    box.setObjectName("aboutDialog")
    box.setWindowTitle(QCoreApplication.translate("AboutDialog", "About Talk Reader"))
    box.setIconPixmap(parent.windowIcon().pixmap(64, 64))
    box.setText(about_text())
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    # Selectable, so the versions can be pasted into a bug report.
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
    box.setDetailedText(about_plain_text())
    box.open()
    return box
