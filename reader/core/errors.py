"""User-facing errors.

Anything raised as a :class:`ReaderError` describes a problem with the user's input or
environment (a bad file, a locked library, a missing model) and is shown as a one-line
message. Every other exception is a bug and is reported as such.
"""

from __future__ import annotations

import errno
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

#: Turns an error into a sentence of the UI language, or None to keep the English message.
#: The desktop app installs one (:mod:`reader.gui.error_text`); the CLI speaks English.
Localizer = Callable[["ReaderError"], "str | None"]
_localizer: Localizer | None = None


def set_localizer(localizer: Localizer | None) -> None:
    """Install (or with None remove) the function that words errors in the UI language."""
    global _localizer
    _localizer = localizer


class ReaderError(Exception):
    """A problem the user can understand and act on.

    ``code`` names the kind of problem (``import.empty``, ``model.missing``) and ``params``
    hold the values its sentence mentions, so a UI in another language can word the same
    sentence itself; the English *message* is what the CLI and logs show.
    """

    #: The kind of problem when the raiser gave no more precise code.
    default_code = "error"

    def __init__(
        self,
        message: str,
        *,
        path: Path | str | None = None,
        code: str | None = None,
        params: Mapping[str, Any] | None = None,
    ) -> None:
        self.path = Path(path) if path is not None else None
        self.code = code or self.default_code
        self.params: dict[str, Any] = dict(params or {})
        super().__init__(message)

    @property
    def message(self) -> str:
        return str(self.args[0])

    def localized_message(self) -> str:
        """The message in the UI language where a localizer knows this code, else English."""
        if _localizer is not None:
            try:
                text = _localizer(self)
            except Exception:  # a wording bug must never hide the error itself
                text = None
            if text:
                return text
        return self.message

    def __str__(self) -> str:
        if self.path is not None:
            return f"{self.path}: {self.localized_message()}"
        return self.localized_message()


def os_params(exc: OSError, **extra: Any) -> dict[str, Any]:
    """Parameters naming an operating-system error: its symbol (``EACCES``), which a UI
    words itself, and the system's English text as a fallback for the rarer ones."""
    params: dict[str, Any] = {
        "errno": errno.errorcode.get(exc.errno or 0, ""),
        "reason": exc.strerror or str(exc),
    }
    params.update(extra)
    return params


class ImportFailed(ReaderError):
    """A file could not be imported; the library is unchanged."""

    default_code = "import"


class LibraryError(ReaderError):
    """The library file cannot be opened or written (locked, corrupt, too new, read-only)."""

    default_code = "library"


class NotFound(ReaderError):
    """A talk, segment or note the user named does not exist."""

    default_code = "not-found"


class InvalidOperation(ReaderError):
    """The user asked for something that cannot be done (e.g. split before the first segment)."""

    default_code = "invalid"


class ModelError(ReaderError):
    """A translation model package is missing, corrupt or unusable."""

    default_code = "model"


class EngineError(ReaderError):
    """A translation engine cannot be used: a server that does not answer, refuses the API
    key, lacks a language pair or answers something unusable. The library is unchanged
    (what was translated before the problem stays stored)."""

    default_code = "engine"


class SearchQueryError(ReaderError):
    """A search query could not be understood."""

    default_code = "search"


class ExportError(ReaderError):
    """An export could not be written."""

    default_code = "export"


class Cancelled(Exception):
    """A long operation was cancelled by the user; whatever was committed stays."""
