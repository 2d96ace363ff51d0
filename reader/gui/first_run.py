"""First run: open the bundled sample talk, and get the translation models in one click.

The welcome view asks; :class:`FirstRun` does it with the same operations the rest of the
app uses. The sample goes through the normal import (write lane, progress in the status
bar) and opens in the reader like any imported talk. Model downloads and installs run on the
compute lane: translation (which loads models) runs there too, so an install never races a
model load, and a long download does not hold up imports or talk loading on the other lanes.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QFileDialog

from reader.core import library as lib
from reader.core.db import Library
from reader.core.errors import ImportFailed, ReaderError
from reader.core.progress import ProgressCallback, no_progress
from reader.gui.dialogs.errors import report_failure
from reader.gui.dialogs.models import install_model_files
from reader.gui.resources import resource_path
from reader.gui.tasks import Failure, Lane, Op, OpContext, OpHandle
from reader.gui.widgets.welcome import WelcomeView, direction_name

if TYPE_CHECKING:
    from reader.gui.main_window import MainWindow

SAMPLE_FILE = "opt-175b-excerpt.md"
#: The directions the reader translates: Chinese talks into English and back.
APP_DIRECTIONS: tuple[tuple[str, str], ...] = (("zh", "en"), ("en", "zh"))


def sample_path() -> Path:
    """The bundled sample talk (a real ASR excerpt: a Chinese introduction, an English talk)."""
    return resource_path("sample", SAMPLE_FILE)


def import_sample(
    library: Library,
    path: Path | None = None,
    *,
    cancel: threading.Event | None = None,
    report: ProgressCallback = no_progress,
) -> int:
    """Import the sample (once) and return the id of its first talk.

    Importing the same text again is a no-op in the library, so a second request finds the
    talk the first one stored. Raises :class:`ImportFailed` when there is nothing to open.
    """
    from reader.core.importing import ImportStatus, find_source, read_source

    path = path or sample_path()
    if not path.is_file():
        raise ImportFailed("the sample talk is missing from this installation", path=path)
    result = lib.import_file(library, path, cancel=cancel, report=report)
    if result.status is ImportStatus.IMPORTED and result.talks:
        return result.talks[0].id
    if result.status is ImportStatus.SKIPPED:
        from reader.core.hashing import document_hash

        with library.read_session() as session:
            source = find_source(session, document_hash(read_source(path).text))
            talks = sorted(source.talks, key=lambda talk: talk.position) if source is not None else []
            if talks:
                return talks[0].id
        raise ImportFailed("the sample talk was imported before and has since been deleted", path=path)
    raise ImportFailed(result.message or "the sample talk could not be imported", path=path)


def missing_directions() -> list[tuple[str, str]]:
    """The app's translation directions with no installed model."""
    from reader.core.translate.packages import find_package

    return [(a, b) for a, b in APP_DIRECTIONS if find_package(a, b) is None]


class FirstRun(QObject):
    """Carries out the welcome view's requests for a main window."""

    #: The sample's talk id once it is in the library (the window then opens it).
    sample_ready = Signal(int)
    #: Opening the sample failed (the message is also shown to the user).
    sample_failed = Signal(str)
    #: Models were installed here; the window's translation picks them up.
    models_changed = Signal()
    #: The missing directions were (re)checked.
    models_checked = Signal(object)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.manager = window.manager
        self._models_op: OpHandle | None = None
        self._poll = QTimer(self)
        self._poll.setInterval(150)
        self._poll.timeout.connect(self._show_models_progress)
        welcome = window.welcome
        welcome.sample_requested.connect(self.open_sample)
        welcome.download_requested.connect(self.download_models)
        welcome.install_file_requested.connect(self.choose_model_files)
        welcome.shown.connect(self.check_models)

    # The window is reached through the parent, never held: a Python reference from this
    # child would keep a replaced window's wrapper alive (the GC is frozen while reading).
    @property
    def window(self) -> MainWindow:
        return self.parent()  # type: ignore[return-value]

    @property
    def welcome(self) -> WelcomeView:
        return self.window.welcome

    # -- the sample ----------------------------------------------------------------------
    def open_sample(self) -> OpHandle:
        library = self.window.library

        def work(ctx: OpContext) -> int:
            return import_sample(library, cancel=ctx.cancel, report=ctx.report)

        self.welcome.sample_button.setEnabled(False)
        return (
            Op(self.window, work, lane=Lane.WRITE, manager=self.manager)
            .with_progress(self.tr("Opening the sample talk"))
            .on_success(self._sample_imported)
            .on_failure(self._sample_failed)
            .on_finished(lambda: self.welcome.sample_button.setEnabled(True))
            .run()
        )

    def _sample_imported(self, talk_id: int) -> None:
        self.sample_ready.emit(talk_id)
        self.window.talk_list.refresh(select=talk_id)

    def _sample_failed(self, failure: Failure) -> None:
        self.sample_failed.emit(str(failure.exception))
        report_failure(self.window, failure)

    # -- translation models --------------------------------------------------------------
    def check_models(self) -> None:
        Op(self, lambda _ctx: missing_directions(), lane=Lane.READ, manager=self.manager).on_success(
            self._models_checked
        ).on_failure(lambda failure: self.welcome.set_models_status(str(failure.exception))).run()

    def _models_checked(self, missing: list[tuple[str, str]]) -> None:
        self.welcome.set_missing_models(missing)
        self.models_checked.emit(missing)

    def download_models(self) -> OpHandle | None:
        """Download and install a model for every missing direction, one after the other."""
        directions = list(self.welcome.missing) or missing_directions()
        if not directions or self._models_op is not None:
            return None

        def work(ctx: OpContext) -> list[str]:
            from reader.core.translate.packages import download_package

            names = []
            for number, (source, target) in enumerate(directions, start=1):
                ctx.check()
                ctx.emit((number, len(directions), source, target))
                package, _replaced = download_package(source, target, cancel=ctx.cancel, report=ctx.report)
                names.append(package.name)
            return names

        op = (
            Op(self.window, work, lane=Lane.COMPUTE, manager=self.manager)
            .with_progress(self.tr("Downloading translation models"))
            .on_partial(self._downloading)
        )
        return self._run_models_op(op, self.tr("Connecting to the model index…"))

    def _downloading(self, step: tuple[int, int, str, str]) -> None:
        number, count, source, target = step
        self.welcome.set_models_status(
            self.tr("Downloading %1 (%2 of %3)…")
            .replace("%1", direction_name(source, target))
            .replace("%2", str(number))
            .replace("%3", str(count))
        )

    def choose_model_files(self) -> None:
        dialog = QFileDialog(self.window, self.tr("Install Translation Model"))
        dialog.setObjectName("installModelDialog")
        dialog.setNameFilters([self.tr("Argos Translate models (*.argosmodel *.zip)"), self.tr("All files (*)")])
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        dialog.filesSelected.connect(self.install_model_files)
        dialog.open()

    def install_model_files(self, paths: list[str]) -> OpHandle | None:
        if not paths or self._models_op is not None:
            return None

        def work(ctx: OpContext) -> list[str]:
            return install_model_files(ctx, paths)

        op = Op(self.window, work, lane=Lane.COMPUTE, manager=self.manager).with_progress(self.tr("Installing models"))
        return self._run_models_op(op, self.tr("Installing…"))

    def _run_models_op(self, op: Op[list[str]], status: str) -> OpHandle:
        self.welcome.set_models_busy(True)
        self.welcome.set_models_status(status)
        op.on_success(self._models_installed).on_failure(self._models_failed).on_finished(self._models_done)
        self._models_op = op.run()
        self._poll.start()
        return self._models_op

    def _show_models_progress(self) -> None:
        if self._models_op is not None:
            self.welcome.set_models_progress(*self._models_op.progress)

    def _models_installed(self, names: list[str]) -> None:
        self.welcome.set_models_status(self.tr("Installed %1.").replace("%1", ", ".join(names)))
        self.models_changed.emit()

    def _models_failed(self, failure: Failure) -> None:
        exc = failure.exception
        if isinstance(exc, ReaderError):
            self.welcome.set_models_status(self.tr("The models could not be installed: %1").replace("%1", str(exc)))
        else:
            self.welcome.set_models_status("")
            report_failure(self.window, failure)

    def _models_done(self) -> None:
        self._poll.stop()
        if self._models_op is not None and self._models_op.cancelled:
            self.welcome.set_models_status(self.tr("Cancelled."))
        self._models_op = None
        self.welcome.set_models_busy(False)
        self.check_models()
