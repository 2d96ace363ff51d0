"""Core errors and import warnings in the UI language.

Core code raises :class:`~reader.core.errors.ReaderError` with an English message for the
CLI and logs, plus a ``code`` and ``params``; a Chinese UI must not show the English. Here
each code has its sentence as a ``tr()`` string (``%1``, ``%2`` stand for the params, so a
translator can move them), and :func:`install` makes every ``str(error)`` in this process
use it — errors are often turned into text on a worker thread (an import's result), and
``QCoreApplication.translate`` is thread-safe. A code without a sentence here keeps its
English message: a new error is never lost, only untranslated until it gets one.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QLocale

from reader.core import errors
from reader.core.importers.base import ParseWarning
from reader.gui.language_names import direction_label


def _sentences() -> dict[str, tuple[str, tuple[str, ...]]]:
    """code → (translated sentence, the params that fill %1, %2, … in order)."""
    return {
        # Importing a file
        "import.missing": (QCoreApplication.translate("CoreErrors", "no such file"), ()),
        "import.permission": (QCoreApplication.translate("CoreErrors", "permission denied"), ()),
        "import.unreadable": (QCoreApplication.translate("CoreErrors", "cannot be read (%1)"), ("reason",)),
        "import.not-a-file": (
            QCoreApplication.translate("CoreErrors", "is not a regular file (a folder, pipe or device)"),
            (),
        ),
        "import.too-large": (
            QCoreApplication.translate(
                "CoreErrors", "file is %1; transcripts over %2 MB are refused (split the file first)"
            ),
            ("size", "limit_mb"),
        ),
        "import.empty": (QCoreApplication.translate("CoreErrors", "file is empty"), ()),
        "import.binary": (QCoreApplication.translate("CoreErrors", "file looks binary, not a text transcript"), ()),
        "import.binary-kind": (
            QCoreApplication.translate("CoreErrors", "this is %1, not a text transcript"),
            ("kind",),
        ),
        "import.invalid-encoding": (
            QCoreApplication.translate("CoreErrors", "the bytes are not valid %1 text"),
            ("encoding",),
        ),
        "import.unknown-encoding": (
            QCoreApplication.translate(
                "CoreErrors", "cannot tell the text encoding (not UTF-8, UTF-16, GB18030, Big5 or another known one)"
            ),
            (),
        ),
        "import.no-text": (QCoreApplication.translate("CoreErrors", "the file holds no text to import"), ()),
        # Search
        "search.empty": (
            QCoreApplication.translate("CoreErrors", "there is nothing to search for: type a word or a phrase"),
            (),
        ),
        "search.only-excluded": (
            QCoreApplication.translate("CoreErrors", "add a word to search for: a query cannot only exclude words"),
            (),
        ),
        "search.excluded-filter": (
            QCoreApplication.translate("CoreErrors", "filters cannot be excluded: remove the minus before %1"),
            ("filter",),
        ),
        "search.speaker-name": (
            QCoreApplication.translate(
                "CoreErrors", 'speaker: needs a name, e.g. speaker:赵老师 or speaker:"Speaker 3"'
            ),
            (),
        ),
        "search.talk-number": (
            QCoreApplication.translate("CoreErrors", "talk: needs a talk number, e.g. talk:12 (got %1)"),
            ("got",),
        ),
        "search.lang": (QCoreApplication.translate("CoreErrors", "lang: must be zh or en (got %1)"), ("got",)),
        "search.field": (
            QCoreApplication.translate("CoreErrors", "in: must be original, translation or notes (got %1)"),
            ("got",),
        ),
        "search.too-long": (
            QCoreApplication.translate("CoreErrors", "the query is too long (%1 characters; at most %2)"),
            ("count", "limit"),
        ),
        "search.too-many-words": (
            QCoreApplication.translate("CoreErrors", "the query has too many words (%1; at most %2)"),
            ("count", "limit"),
        ),
        "search.unsearchable": (
            QCoreApplication.translate("CoreErrors", "this query cannot be searched; try fewer or simpler words"),
            (),
        ),
        # Models
        "model.missing": (
            QCoreApplication.translate(
                "CoreErrors", "no %1 model is installed; install one in File → Translation Models…"
            ),
            ("direction",),
        ),
    }


def _fill(sentence: str, values: list[str]) -> str:
    # Highest first, so %1 does not eat the start of %10.
    for number in range(len(values), 0, -1):
        sentence = sentence.replace(f"%{number}", values[number - 1])
    return sentence


def _param(error: errors.ReaderError, name: str) -> str:
    if name == "direction":
        return direction_label(str(error.params.get("from", "")), str(error.params.get("to", "")))
    value = error.params.get(name, "")
    return f"{value:,}" if isinstance(value, int) and not isinstance(value, bool) else str(value)


def error_text(error: errors.ReaderError) -> str | None:
    """The error's sentence in the UI language (without its path); None in an English UI or
    when the code has no sentence here."""
    if QLocale().language() != QLocale.Language.Chinese:
        return None  # the core's own English is the most precise wording
    found = _sentences().get(error.code)
    if found is None:
        return None
    sentence, names = found
    if any(name not in error.params and name != "direction" for name in names):
        return None  # raised without the values its sentence needs: keep the English
    return _fill(sentence, [_param(error, name) for name in names])


def _warning_sentences() -> dict[str, str]:
    return {
        "decode": QCoreApplication.translate("ImportWarnings", "the text needed repairs to be read: %1"),
        "unclosed-code-fence": QCoreApplication.translate("ImportWarnings", "code fence never closed; read as text"),
        "unclosed-comment": QCoreApplication.translate("ImportWarnings", "'<!--' never closed; read as text"),
        "unclosed-details": QCoreApplication.translate("ImportWarnings", "'<details>' never closed; read as text"),
    }


def warning_text(warning: ParseWarning) -> str:
    """An import warning in the UI language: where, and what was done (English detail otherwise)."""
    sentence = _warning_sentences().get(warning.code)
    text = _fill(sentence, [warning.detail]) if sentence is not None else warning.detail
    if warning.line is None:
        return text
    return (
        QCoreApplication.translate("ImportWarnings", "line %1: %2").replace("%2", text).replace("%1", str(warning.line))
    )


def install(localizer: Callable[[errors.ReaderError], str | None] = error_text) -> None:
    """Word core errors in the UI language from now on (the app does this at start)."""
    errors.set_localizer(localizer)


def uninstall() -> None:
    errors.set_localizer(None)
