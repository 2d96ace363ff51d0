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

from reader.core.errors import ExportError, os_params

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


#: Temporary files are named ``.NAME.talk-reader-XXXXXXXX.part`` next to the target, so a
#: later export can tell ours from anything else and remove those a killed run left behind.
TEMP_MARK = ".talk-reader-"
TEMP_SUFFIX = ".part"


_KINDS = {
    "device": "a device",
    "fifo": "a named pipe (FIFO)",
    "socket": "a socket",
    "other": "not a regular file",
}


def _kind_code(mode: int) -> str:
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "device"
    if stat.S_ISFIFO(mode):
        return "fifo"
    if stat.S_ISSOCK(mode):
        return "socket"
    return "other"


def _kind(mode: int) -> str:
    return _KINDS[_kind_code(mode)]


def write_error(exc: OSError, path: Path) -> ExportError:
    """The :class:`ExportError` for a failed write, with the system error as its code's params."""
    return ExportError(describe_os_error(exc), path=path, code="export.os-error", params=os_params(exc))


def check_target(path: Path, force: bool) -> Path:
    """The file to write for *path* (a link is followed), or an :class:`ExportError` why not.

    Only a regular file is ever replaced, even when forced: replacing ``/dev/null`` or a
    named pipe with an export would break whatever uses it.
    """
    if os.path.islink(path):
        try:
            info = os.stat(path)
        except OSError:
            raise ExportError("is a link to nothing; not written", path=path, code="export.dangling-link") from None
        if not stat.S_ISREG(info.st_mode):
            raise ExportError(
                f"is a link to {_kind(info.st_mode)}; only regular files are replaced",
                path=path,
                code="export.not-regular",
                params={"file_kind": _kind_code(info.st_mode), "link": "yes"},
            )
        path = Path(os.path.realpath(path))
    if path.is_dir():
        raise ExportError("is a folder; give the name of the file to write", path=path, code="export.is-folder")
    parent = path.parent
    if not parent.exists():
        raise ExportError(
            f"the folder {parent} does not exist", path=path, code="export.no-folder", params={"folder": str(parent)}
        )
    if not parent.is_dir():
        raise ExportError(
            f"{parent} is a file, not a folder", path=path, code="export.parent-is-file", params={"folder": str(parent)}
        )
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        return path
    except OSError as exc:
        raise write_error(exc, path) from exc
    if not stat.S_ISREG(info.st_mode):
        raise ExportError(
            f"is {_kind(info.st_mode)}; only regular files are replaced",
            path=path,
            code="export.not-regular",
            params={"file_kind": _kind_code(info.st_mode), "link": ""},
        )
    if not force:
        raise ExportTargetExists("already exists; not overwritten", path=path, code="export.exists")
    return path


def _lock(fd: int) -> bool:
    """Lock a temporary file while it is written; False when another process holds it."""
    try:
        import fcntl
    except ImportError:  # Windows: open files cannot be removed there anyway
        return True
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def remove_stale_parts(path: Path) -> list[Path]:
    """Remove temporary files of earlier, interrupted exports to *path*; returns them.

    Only files named like ours, regular, owned by this user and not locked by a running
    export are removed.
    """
    removed: list[Path] = []
    prefix = f".{path.name}{TEMP_MARK}"
    try:
        names = os.listdir(path.parent)
    except OSError:
        return removed
    for name in names:
        if not (name.startswith(prefix) and name.endswith(TEMP_SUFFIX)):
            continue
        candidate = path.parent / name
        try:
            fd = os.open(candidate, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0))
        except OSError:
            continue
        try:
            info = os.fstat(fd)
            owned = not hasattr(os, "getuid") or info.st_uid == os.getuid()
            if stat.S_ISREG(info.st_mode) and owned and _lock(fd):
                os.unlink(candidate)
                removed.append(candidate)
        except OSError:
            pass
        finally:
            os.close(fd)
    return removed


def write_atomic(path: str | Path, text: str, *, force: bool = False) -> Path:
    """Write *text* (UTF-8) to *path* atomically; returns the path written.

    Raises :class:`ExportTargetExists` when *path* exists and *force* is false, and
    :class:`~reader.core.errors.ExportError` for any path that cannot be written or is not
    a regular file; in every failure case neither the target nor a temporary file is left
    changed or behind. Temporary files a killed export left next to *path* are removed.
    """
    path = check_target(Path(path).expanduser(), force)
    data = text.encode("utf-8")
    try:
        mode = stat.S_IMODE(path.stat().st_mode) if path.is_file() else NEW_FILE_MODE
    except OSError:
        mode = NEW_FILE_MODE
    remove_stale_parts(path)
    try:
        fd, temp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}{TEMP_MARK}", suffix=TEMP_SUFFIX)
    except OSError as exc:
        # The folder exists (checked above): "not found" here means it takes no new files (/proc).
        if exc.errno == errno.ENOENT:
            raise ExportError("cannot create files in this folder", path=path, code="export.folder-closed") from exc
        raise write_error(exc, path) from exc
    try:
        with os.fdopen(fd, "wb") as handle:
            _lock(handle.fileno())
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temp_name, mode)
        check_target(path, force)  # appeared, or was replaced by something else, while we wrote
        os.replace(temp_name, path)
    except BaseException as exc:
        with suppress(OSError):
            os.unlink(temp_name)
        if isinstance(exc, OSError):
            raise write_error(exc, path) from exc
        raise
    return path
