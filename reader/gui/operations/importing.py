"""Importing transcript files: off the GUI thread, with progress and cancel."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from reader.gui.operations import LibraryChange, Operations
from reader.gui.tasks import Lane, Op, OpContext, OpHandle

if TYPE_CHECKING:
    from reader.core.folder_import import FolderImportSummary
    from reader.core.importing import FileImportResult


def import_files(
    ops: Operations, paths: Sequence[str], label: str, on_done: Callable[[list[FileImportResult]], Any]
) -> OpHandle:
    """Import *paths* one file per transaction (each is one undoable action); the progress
    bar follows the one file's parsing and storing, or the files done when there are several."""
    from reader.core import library as lib  # the import pipeline loads on first use
    from reader.core.importing import ImportStatus

    library = ops.library
    files = [str(p) for p in paths]

    def work(ctx: OpContext) -> list[FileImportResult]:
        results = []
        for number, path in enumerate(files):
            ctx.check()
            ctx.report(number, len(files))
            report = ctx.report if len(files) == 1 else (lambda _done, _total: None)
            results.append(lib.import_file(library, path, cancel=ctx.cancel, report=report))
        ctx.report(len(files), len(files))
        return results

    def done(results: list[FileImportResult]) -> None:
        talks = [talk.id for result in results if result.status is ImportStatus.IMPORTED for talk in result.talks]
        ops.changed.emit(LibraryChange(talks=True, select=talks[0] if talks else None))
        on_done(results)

    # Not ops.edit: each file owns its transaction (parsing runs before the write lock).
    op = Op(ops.parent(), work, lane=Lane.WRITE, manager=ops.manager).with_progress(label).on_success(done)
    return op.run()


def import_folder(ops: Operations, folder: str, label: str, on_done: Callable[[FolderImportSummary], Any]) -> OpHandle:
    """Import every transcript under *folder*; the progress bar follows the bytes, Cancel
    stops after (or inside) the current file and keeps what was imported before it."""
    from reader.core.folder_import import import_folder as import_all
    from reader.core.parallel_import import default_workers

    library = ops.library
    # Worker processes plan the next files; one core is left to the window.
    workers = default_workers(leave_one_core=True)

    def work(ctx: OpContext) -> FolderImportSummary:
        return import_all(library, folder, cancel=ctx.cancel, report=ctx.report, workers=workers)

    def done(summary: FolderImportSummary) -> None:
        talks = [talk.id for result in summary.imported for talk in result.talks]
        ops.changed.emit(LibraryChange(talks=True, select=talks[0] if talks else None))
        on_done(summary)

    op = Op(ops.parent(), work, lane=Lane.WRITE, manager=ops.manager).with_progress(label).on_success(done)
    return op.run()
