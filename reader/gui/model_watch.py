"""Noticing model packages installed, removed or replaced outside the app.

``talk-reader models install`` in a terminal or ``argospm`` change argostranslate's package
folder while the window is open; without a watch the reader kept saying "no model" (or kept
a removed model loaded) until the models dialog happened to be opened. :class:`ModelWatch`
watches the folder with :class:`QFileSystemWatcher` — and its parent, so a folder created,
deleted or swapped in by rename is seen too — waits for the burst of events an install
makes (unpacking, verifying, renaming) to settle, then lists the packages on a worker
thread (reading every ``metadata.json`` must not stall the window) and emits
:attr:`ModelWatch.changed` only when what is installed really differs.

The watch is process-wide (:func:`current`): the window, the welcome view and an open models
dialog all follow the same signal.

Finding argostranslate's folder imports the translation package, and the first listing reads
every package's metadata: work nobody sees, which delayed the window's first paint (on the
GUI thread, and ahead of the talk on the read lane). The app creates the watch with
``start=False`` and calls :meth:`ModelWatch.start` once the window shows its first talk;
the folder is then found on a worker too.
"""

from __future__ import annotations

import logging
from pathlib import Path

import shiboken6
from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from reader.gui.tasks import Lane, Op, TaskManager

log = logging.getLogger(__name__)

#: Quiet time after the last file-system event before the packages are listed again: an
#: install touches the folder several times within a second.
DEBOUNCE_MS = 400

#: What identifies the installed packages: each folder with its name, version and metadata time.
Snapshot = tuple[tuple[str, str, str, int], ...]

_current: ModelWatch | None = None


def current() -> ModelWatch | None:
    """The running app's watch, if any (the models dialog follows it)."""
    return _current


def snapshot() -> Snapshot:
    """The installed packages as the watch compares them (runs on a worker thread)."""
    from reader.core.translate.packages import installed_packages

    entries = []
    for package in installed_packages():
        try:
            mtime = (package.path / "metadata.json").stat().st_mtime_ns
        except OSError:
            mtime = 0
        entries.append((str(package.path), package.name, package.version, mtime))
    return tuple(sorted(entries))


def _watchable(folder: Path) -> list[str]:
    """The folder and its parent, or the nearest existing ancestor while they don't exist."""
    paths = [p for p in (folder, folder.parent) if p.is_dir()]
    if not paths:
        ancestor = folder.parent
        while not ancestor.is_dir() and ancestor != ancestor.parent:
            ancestor = ancestor.parent
        paths = [ancestor]
    return [str(p) for p in paths]


class ModelWatch(QObject):
    """Emits :attr:`changed` when the installed model packages differ from the last look."""

    #: The packages now installed differ from before (the new :data:`Snapshot`).
    changed = Signal(object)

    def __init__(self, manager: TaskManager, parent: QObject | None = None, *, start: bool = True) -> None:
        global _current
        super().__init__(parent)
        self.manager = manager
        #: argostranslate's package folder, once :meth:`start` found it.
        self.folder: Path | None = None
        self.known: Snapshot | None = None
        self.started = False
        self._listing = False
        self._again = False
        self.watcher: QFileSystemWatcher | None = QFileSystemWatcher(self)
        self.watcher.directoryChanged.connect(self._on_event)
        self.watcher.fileChanged.connect(self._on_event)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.rescan)
        _current = self
        if start:
            self.start()

    def start(self) -> None:
        """Find the package folder on a worker, watch it, then take the first look."""
        if self.started or self.watcher is None:
            return  # started already, or stopped before it was time to start
        self.started = True
        (
            Op(self, lambda _ctx: ModelWatch._folder(), lane=Lane.READ, manager=self.manager)
            .on_success(self._found)
            .on_failure(lambda failure: log.warning("cannot find the model folder: %s", failure.exception))
            .run()
        )

    @staticmethod
    def _folder() -> Path:
        from reader.core.translate.packages import package_dir

        return package_dir()

    def _found(self, folder: Path) -> None:
        if self.watcher is None:
            return  # stopped meanwhile
        # Watched before the first listing, so an install that ends meanwhile is seen.
        self.folder = folder
        self._rewatch()
        self.rescan()

    def _rewatch(self) -> None:
        if self.watcher is None or self.folder is None:
            return
        wanted = set(_watchable(self.folder))
        watched = set(self.watcher.directories())
        if watched - wanted:
            self.watcher.removePaths(sorted(watched - wanted))
        if wanted - watched:
            self.watcher.addPaths(sorted(wanted - watched))

    def _on_event(self, _path: str) -> None:
        self._rewatch()  # the folder may have appeared or gone
        self.timer.start()

    def rescan(self) -> None:
        """List the packages on a worker thread; emit :attr:`changed` if they differ."""
        if not self.started:
            return  # start() takes the first look
        if self._listing:
            self._again = True
            return
        self._listing = True
        (
            Op(self, lambda _ctx: snapshot(), lane=Lane.READ, manager=self.manager)
            .on_success(self._listed)
            # A folder that cannot be read now is looked at again on its next event.
            .on_failure(lambda failure: log.warning("cannot list the model packages: %s", failure.exception))
            .on_finished(self._done)
            .run()
        )

    def _listed(self, now: Snapshot) -> None:
        before, self.known = self.known, now
        if before is not None and now != before:
            self.changed.emit(now)

    def _done(self) -> None:
        self._listing = False
        if self._again:
            self._again = False
            self.rescan()

    def stop(self) -> None:
        """Stop watching, on the GUI thread: the watcher's inotify notifier must not be torn
        down later by whichever thread happens to collect this object."""
        global _current
        self.timer.stop()
        watcher, self.watcher = self.watcher, None
        if watcher is not None:
            watcher.directoryChanged.disconnect(self._on_event)
            watcher.fileChanged.disconnect(self._on_event)
            shiboken6.delete(watcher)
        if _current is self:
            _current = None
