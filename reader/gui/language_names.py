"""Language names as the UI shows them, translated: directions ("Chinese → English") and
the languages of a talk. Core code and package metadata speak in codes and English names;
only the GUI turns them into words of the UI language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _names() -> dict[str, str]:
    tr = QCoreApplication.translate
    return {
        "zh": tr("Languages", "Chinese"),
        "en": tr("Languages", "English"),
        "ja": tr("Languages", "Japanese"),
        "ko": tr("Languages", "Korean"),
        "de": tr("Languages", "German"),
        "fr": tr("Languages", "French"),
        "es": tr("Languages", "Spanish"),
        "ru": tr("Languages", "Russian"),
    }


def language_name(code: str, fallback: str = "") -> str:
    """The UI's name for a language code; *fallback* (e.g. a package's English name) or the
    code itself for languages the UI does not name."""
    return _names().get(code, fallback or code)


def direction_label(from_code: str, to_code: str, from_name: str = "", to_name: str = "") -> str:
    """``Chinese → English`` in the UI language."""
    return f"{language_name(from_code, from_name)} → {language_name(to_code, to_name)}"
