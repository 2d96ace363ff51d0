"""User-facing errors.

Anything raised as a :class:`ReaderError` describes a problem with the user's input or
environment (a bad file, a locked library, a missing model) and is shown as a one-line
message. Every other exception is a bug and is reported as such.
"""

from __future__ import annotations

from pathlib import Path


class ReaderError(Exception):
    """A problem the user can understand and act on."""

    def __init__(self, message: str, *, path: Path | str | None = None) -> None:
        self.path = Path(path) if path is not None else None
        super().__init__(message)

    @property
    def message(self) -> str:
        return str(self.args[0])

    def __str__(self) -> str:
        if self.path is not None:
            return f"{self.path}: {self.args[0]}"
        return str(self.args[0])


class ImportFailed(ReaderError):
    """A file could not be imported; the library is unchanged."""


class LibraryError(ReaderError):
    """The library file cannot be opened or written (locked, corrupt, too new, read-only)."""


class NotFound(ReaderError):
    """A talk, segment or note the user named does not exist."""


class InvalidOperation(ReaderError):
    """The user asked for something that cannot be done (e.g. split before the first segment)."""


class ModelError(ReaderError):
    """A translation model package is missing, corrupt or unusable."""


class SearchQueryError(ReaderError):
    """A search query could not be understood."""


class ExportError(ReaderError):
    """An export could not be written."""


class Cancelled(Exception):
    """A long operation was cancelled by the user; whatever was committed stays."""
