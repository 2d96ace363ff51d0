"""Writing an export to disk atomically: all of it or nothing, and never over a file by surprise.

The text goes to a temporary file next to the target (same folder, so the same file system)
and is moved into place with :func:`os.replace` once complete and flushed. An interrupted
or failed write leaves no partial file behind, and an existing file is only replaced when
the caller says so (``force``): the CLI's ``--force``, the GUI's "Replace?" dialog.
"""

from __future__ import annotations

import errno
import os
import stat
import tempfile
from contextlib import suppress
from pathlib import Path

from reader.core.errors import ExportError

NEW_FILE_MODE = 0o644


class ExportTargetExists(ExportError):
    """The target file exists and overwriting was not allowed."""


_REASONS = {
    errno.EACCES: "permission denied: this folder or file cannot be written",
    errno.EPERM: "permission denied: this folder or file cannot be written",
    errno.EROFS: "the disk is read-only",
    errno.ENOSPC: "the disk is full",
    getattr(errno, "EDQUOT", -1): "the disk quota is exceeded",
    errno.EFBIG: "the file is too large for this disk",
    errno.ENAMETOOLONG: "the file name is too long",
    errno.ENOENT: "the folder does not exist",
    errno.ENOTDIR: "a part of the path is a file, not a folder",
    errno.EISDIR: "is a folder; give the name of the file to write",
}


def describe_os_error(exc: OSError) -> str:
    """A sentence a user can act on for a failed write."""
    return _REASONS.get(exc.errno or 0, f"cannot write the file ({exc.strerror or exc})")


def _check_target(path: Path, force: bool) -> None:
    if path.is_dir():
        raise ExportError("is a folder; give the name of the file to write", path=path)
    parent = path.parent
    if not parent.exists():
        raise ExportError(f"the folder {parent} does not exist", path=path)
    if not parent.is_dir():
        raise ExportError(f"{parent} is a file, not a folder", path=path)
    if not force and os.path.lexists(path):
        raise ExportTargetExists("already exists; not overwritten", path=path)


def write_atomic(path: str | Path, text: str, *, force: bool = False) -> Path:
    """Write *text* (UTF-8) to *path* atomically; returns the path written.

    Raises :class:`ExportTargetExists` when *path* exists and *force* is false, and
    :class:`~reader.core.errors.ExportError` for any path that cannot be written; in every
    failure case neither the target nor a temporary file is left changed or behind.
    """
    path = Path(path).expanduser()
    _check_target(path, force)
    data = text.encode("utf-8")
    try:
        mode = stat.S_IMODE(path.stat().st_mode) if path.is_file() else NEW_FILE_MODE
    except OSError:
        mode = NEW_FILE_MODE
    try:
        fd, temp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    except OSError as exc:
        # The folder exists (checked above): "not found" here means it takes no new files (/proc).
        reason = "cannot create files in this folder" if exc.errno == errno.ENOENT else describe_os_error(exc)
        raise ExportError(reason, path=path) from exc
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temp_name, mode)
        if not force and os.path.lexists(path):  # appeared while we were writing
            raise ExportTargetExists("already exists; not overwritten", path=path)
        os.replace(temp_name, path)
    except BaseException as exc:
        with suppress(OSError):
            os.unlink(temp_name)
        if isinstance(exc, OSError):
            raise ExportError(describe_os_error(exc), path=path) from exc
        raise
    return path
