"""Importing transcripts: choosing files or a folder, dropping them, and saying how it went.

:class:`ImportController` opens the file dialogs, hands the paths to the import operations
(:mod:`reader.gui.operations.importing`: parsing and storing run off the GUI thread, with
progress and cancel) and reports the result: a line in the status bar when all went well,
a message with the details when a file could not be imported. The talk list follows the
:class:`LibraryChange` the operation announces; nothing here refreshes it.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from reader.gui.dialogs.errors import show_message
from reader.gui.error_text import import_warning_lines
from reader.gui.operations import importing as import_ops

if TYPE_CHECKING:
    from reader.core.folder_import import FolderImportSummary
    from reader.core.importing import FileImportResult
    from reader.gui.operations import Operations


class ImportController(QObject):
    """Imports what the user chooses or drops, and tells how it went."""

    #: A short message for the status bar: text, milliseconds to show it.
    status = Signal(str, int)

    def __init__(self, ops: Operations, parent: QWidget) -> None:
        super().__init__(parent)
        self.ops = ops
        #: The last import's warnings, one line each in the UI language.
        self.warnings: list[str] = []

    def _window(self) -> QWidget:
        """The window the dialogs open over (the parent, never held: see NotesController)."""
        return cast(QWidget, self.parent())

    def import_paths(self, paths: Iterable[str]) -> bool:
        """Import dropped files and folders; False when none of *paths* is either."""
        paths = list(paths)
        files = [p for p in paths if Path(p).is_file()]
        folders = [p for p in paths if Path(p).is_dir()]
        if files:
            self.import_files(files)
        for folder in folders:
            self.import_folder(folder)
        return bool(files or folders)

    def choose_files(self) -> None:
        dialog = QFileDialog(self._window(), self.tr("Import Transcripts"))
        dialog.setObjectName("importDialog")
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        dialog.setNameFilters([self.tr("Transcripts (*.txt *.md *.srt *.vtt)"), self.tr("All files (*)")])
        dialog.filesSelected.connect(self.import_files)
        dialog.open()

    def choose_folder(self) -> None:
        dialog = QFileDialog(self._window(), self.tr("Import a Folder of Transcripts"))
        dialog.setObjectName("importFolderDialog")
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        dialog.fileSelected.connect(self.import_folder)
        dialog.open()

    def import_folder(self, folder: str) -> None:
        if folder:
            import_ops.import_folder(
                self.ops, folder, self.tr("Importing %1").replace("%1", Path(folder).name), self._folder_imported
            )

    def _folder_imported(self, summary: FolderImportSummary) -> None:
        text = (
            self.tr("Imported %n file(s)", "", len(summary.imported))
            + self.tr(" as %n talk(s).", "", summary.talks)
            + " "
            + self.tr("%n already in the library.", "", len(summary.duplicates))
        )
        if summary.skipped_other:
            text += " " + self.tr("%n file(s) that are not transcripts were skipped.", "", summary.skipped_other)
        if summary.cancelled:
            text += " " + self.tr("Cancelled: the files imported before are kept.")
        problems = len(summary.failed) + len(summary.unreadable)
        if not problems:
            self.status.emit(text, 10000)
            return
        lines = [f"{r.path}: {r.message}" for r in summary.failed]
        lines += [f"{folder}: {why}" for folder, why in summary.unreadable]
        report = (
            "\n\n" + self.tr("The whole report is kept in %1").replace("%1", str(summary.report_path))
            if summary.report_path
            else ""
        )
        show_message(
            self._window(),
            self.tr("Import finished with problems"),
            text + "\n\n" + self.tr("%n file(s) could not be imported:", "", problems) + report,
            details="\n".join(lines),
        )

    def import_files(self, paths: list[str]) -> None:
        if paths:
            import_ops.import_files(self.ops, paths, self.tr("Importing"), self._imported)

    def _imported(self, results: list[FileImportResult]) -> None:
        from reader.core.importing import ImportStatus  # the import pipeline loads on first use

        imported = [talk for r in results if r.status is ImportStatus.IMPORTED for talk in r.talks]
        failed = [r for r in results if r.status is ImportStatus.FAILED]
        skipped = [r for r in results if r.status is ImportStatus.SKIPPED]
        # What the importers could not read as intended, in the UI language: shown beside
        # the result (status bar, or the failure report's details), never as its own dialog.
        self.warnings = import_warning_lines(results)
        notes = ""
        if self.warnings:
            notes = self.tr(" %n warning(s) while reading: ", "", len(self.warnings))
            notes += self.warnings[0] + (" …" if len(self.warnings) > 1 else "")
        if imported:
            self.status.emit(self.tr("Imported %n talk(s).", "", len(imported)) + notes, 15000 if notes else 5000)
        elif skipped and not failed:
            self.status.emit(self.tr("Already in the library."), 5000)
        if failed:
            lines = "\n".join(r.message or str(r.path) for r in failed)
            show_message(
                self._window(),
                self.tr("Import failed"),
                self.tr("%n file(s) could not be imported:", "", len(failed)) + "\n\n" + lines,
                details="\n".join(self.warnings) or None,
            )
