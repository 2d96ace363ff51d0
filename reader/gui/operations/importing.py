"""Importing transcript files: off the GUI thread, with progress and cancel."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from reader.core import library as lib
from reader.core.importing import FileImportResult, ImportStatus
from reader.gui.operations import LibraryChange, Operations
from reader.gui.tasks import Lane, Op, OpContext, OpHandle


def import_files(
    ops: Operations, paths: Sequence[str], label: str, on_done: Callable[[list[FileImportResult]], Any]
) -> OpHandle:
    """Import *paths* one file per transaction (each is one undoable action); the progress
    bar follows the one file's parsing and storing, or the files done when there are several."""
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
