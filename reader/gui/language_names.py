"""Language names as the UI shows them, translated: directions ("Chinese → English") and
the languages of a talk. Core code and package metadata speak in codes and English names;
only the GUI turns them into words of the UI language."""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from PySide6.QtCore import QCoreApplication


def _names() -> dict[str, str]:
    return {
        "zh": QCoreApplication.translate("Languages", "Chinese"),
        "en": QCoreApplication.translate("Languages", "English"),
        "ja": QCoreApplication.translate("Languages", "Japanese"),
        "ko": QCoreApplication.translate("Languages", "Korean"),
        "de": QCoreApplication.translate("Languages", "German"),
        "fr": QCoreApplication.translate("Languages", "French"),
        "es": QCoreApplication.translate("Languages", "Spanish"),
        "ru": QCoreApplication.translate("Languages", "Russian"),
    }


class LanguageNames(Mapping[str, str]):
    """``names.get("zh")`` → the UI's name for the language, looked up when asked (so it
    follows the UI language); codes the UI does not name are missing."""

    def __getitem__(self, code: str) -> str:
        names = _names()
        if code not in names:
            raise KeyError(code)
        return names[code]

    def __iter__(self) -> Iterator[str]:
        return iter(_names())

    def __len__(self) -> int:
        return len(_names())


def language_name(code: str, fallback: str = "") -> str:
    """The UI's name for a language code; *fallback* (e.g. a package's English name) or the
    code itself for languages the UI does not name."""
    return _names().get(code, fallback or code)


def direction_label(from_code: str, to_code: str, from_name: str = "", to_name: str = "") -> str:
    """``Chinese → English`` in the UI language."""
    return f"{language_name(from_code, from_name)} → {language_name(to_code, to_name)}"
