"""Importing a whole folder of transcripts: every file found, a summary, and a report kept.

People keep collections of thousands of subtitle files and notes. Importing a folder walks
it recursively (hidden folders and files, and links to folders, are left alone), imports
each transcript file in its own transaction through :func:`reader.core.library.import_file`
(so each file is one undoable action, all or nothing, and a killed run keeps every file
finished before it), and sorts the rest:

- files whose kind is not a transcript (images, PDFs, JSON…) are skipped quietly, counted
  by their suffix, never reported as errors;
- transcripts already in the library (the same text, whatever the file is called now) are
  skipped as duplicates, which makes running the same folder again import only what is new
  or changed;
- files that cannot be imported are listed with the reason.

The summary is also written as a text report next to the library (``import-reports/``),
where the user can read it later; its path is in the summary.
"""

from __future__ import annotations

import os
import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from reader.core.db import Library
from reader.core.errors import Cancelled
from reader.core.importing import FileImportResult, ImportStatus
from reader.core.progress import ProgressCallback, no_progress

#: Suffixes of files read as transcripts (what a single-file import accepts by kind).
TRANSCRIPT_SUFFIXES = frozenset({".txt", ".text", ".md", ".markdown", ".srt", ".vtt"})
REPORTS_FOLDER = "import-reports"


@dataclass(frozen=True)
class FolderScan:
    """What a folder holds: the transcript files (sorted), and what else was found."""

    root: Path
    files: tuple[Path, ...]
    sizes: tuple[int, ...]
    #: Files that are not transcripts, by suffix ("" for none): skipped quietly.
    other_kinds: dict[str, int] = field(default_factory=dict)
    #: Folders that could not be entered, with the reason.
    unreadable: tuple[tuple[Path, str], ...] = ()

    @property
    def total_bytes(self) -> int:
        return sum(self.sizes)


@dataclass
class FolderImportSummary:
    """The outcome of a folder import, file by file where it matters."""

    root: Path
    imported: list[FileImportResult] = field(default_factory=list)
    duplicates: list[FileImportResult] = field(default_factory=list)
    failed: list[FileImportResult] = field(default_factory=list)
    other_kinds: dict[str, int] = field(default_factory=dict)
    unreadable: list[tuple[Path, str]] = field(default_factory=list)
    cancelled: bool = False
    seconds: float = 0.0
    bytes_read: int = 0
    report_path: Path | None = None

    @property
    def talks(self) -> int:
        return sum(len(result.talks) for result in self.imported)

    @property
    def skipped_other(self) -> int:
        return sum(self.other_kinds.values())

    def add(self, result: FileImportResult) -> None:
        {
            ImportStatus.IMPORTED: self.imported,
            ImportStatus.SKIPPED: self.duplicates,
            ImportStatus.FAILED: self.failed,
        }[result.status].append(result)

    def to_json(self) -> dict[str, object]:
        return {
            "folder": str(self.root),
            "imported": [result.to_json() for result in self.imported],
            "skipped": [{"path": str(r.path), "message": r.message} for r in self.duplicates],
            "errors": [{"path": str(r.path), "message": r.message} for r in self.failed],
            "not_transcripts": dict(sorted(self.other_kinds.items())),
            "unreadable_folders": [{"path": str(p), "message": why} for p, why in self.unreadable],
            "talks": self.talks,
            "cancelled": self.cancelled,
            "seconds": round(self.seconds, 2),
            "bytes": self.bytes_read,
            "report": str(self.report_path) if self.report_path else None,
        }

    def report_text(self) -> str:
        """The summary as the report file says it (English, one line per file that matters)."""
        when = datetime.now().isoformat(sep=" ", timespec="seconds")
        lines = [
            f"Talk Reader: import of {self.root}",
            f"{when}{' (cancelled)' if self.cancelled else ''}",
            "",
            f"imported: {len(self.imported)} file(s), {self.talks} talk(s)",
            f"skipped, already in the library: {len(self.duplicates)}",
            f"not imported: {len(self.failed)}",
            f"not transcripts (skipped): {self.skipped_other}"
            + (
                " (" + ", ".join(f"{kind or 'no suffix'} {n}" for kind, n in sorted(self.other_kinds.items())) + ")"
                if self.other_kinds
                else ""
            ),
        ]
        if self.failed or self.unreadable:
            lines += ["", "Not imported:"]
            lines += [f"  {result.path}: {result.message}" for result in self.failed]
            lines += [f"  {path}/: {why}" for path, why in self.unreadable]
        if self.imported:
            lines += ["", "Imported:"]
            lines += [f"  {result.path}: {len(result.talks)} talk(s)" for result in self.imported]
        if self.duplicates:
            lines += ["", "Already in the library:"]
            lines += [f"  {result.path}" for result in self.duplicates]
        return "\n".join(lines) + "\n"


def _walk_errors(unreadable: list[tuple[Path, str]]) -> Callable[[OSError], None]:
    def note(error: OSError) -> None:
        unreadable.append((Path(error.filename or ""), error.strerror or str(error)))

    return note


def scan_folder(root: str | Path) -> FolderScan:
    """Every transcript file under *root* (recursively, sorted), and what else is there."""
    root = Path(root)
    files: list[tuple[Path, int]] = []
    other: Counter[str] = Counter()
    unreadable: list[tuple[Path, str]] = []
    for folder, folders, names in os.walk(root, onerror=_walk_errors(unreadable), followlinks=False):
        folders[:] = sorted(name for name in folders if not name.startswith("."))
        for name in sorted(names):
            if name.startswith("."):
                continue
            path = Path(folder) / name
            suffix = path.suffix.lower()
            if suffix not in TRANSCRIPT_SUFFIXES:
                other[suffix] += 1
                continue
            try:
                size = path.stat().st_size
            except OSError:
                size = 0  # import_file says what is wrong with it
            files.append((path, size))
    return FolderScan(
        root=root,
        files=tuple(path for path, _ in files),
        sizes=tuple(size for _, size in files),
        other_kinds=dict(other),
        unreadable=tuple(unreadable),
    )


def import_folder(
    library: Library,
    root: str | Path,
    *,
    cancel: threading.Event | None = None,
    report: ProgressCallback = no_progress,
    on_file: ProgressCallback | None = None,
    write_report: bool = True,
    workers: int = 1,
) -> FolderImportSummary:
    """Import every transcript under *root*; returns the summary (also when cancelled).

    *report(bytes_done, bytes_total)* follows the bytes; *on_file(files_done, files_total)*
    the files. Cancelling stops between files and inside the one being imported (which is
    then not stored); the files before it stay imported. With *workers* > 1 the next files
    are planned in that many worker processes while this one stores (see
    :mod:`reader.core.parallel_import`); the result is the same, file by file.
    """
    from reader.core.library import known_sources, store_planned
    from reader.core.parallel_import import planned_files

    started = time.perf_counter()
    scan = scan_folder(root)
    summary = FolderImportSummary(root=scan.root, other_kinds=dict(scan.other_kinds), unreadable=list(scan.unreadable))
    with library.read_session() as session:
        known = known_sources(session)
    workers = workers if len(scan.files) > 1 else 1
    total = max(scan.total_bytes, 1)
    try:
        report(0, total)
        if on_file is not None:
            on_file(0, len(scan.files))
        files = zip(scan.files, scan.sizes, strict=True)
        for number, (_path, planned) in enumerate(planned_files(files, known=known, workers=workers, cancel=cancel)):
            summary.add(store_planned(library, planned, cancel=cancel))
            summary.bytes_read += scan.sizes[number]
            report(summary.bytes_read, total)
            if on_file is not None:
                on_file(number + 1, len(scan.files))
    except Cancelled:
        summary.cancelled = True
    summary.seconds = time.perf_counter() - started
    if write_report:
        summary.report_path = _write_report(library, summary)
    return summary


def reports_folder(library: Library) -> Path:
    return library.path.parent / REPORTS_FOLDER


def _write_report(library: Library, summary: FolderImportSummary) -> Path | None:
    """The report file, or None when it cannot be written (the import itself is done)."""
    folder = reports_folder(library)
    stamp = datetime.now().strftime("%Y-%m-%d_%H-%M-%S")
    path = folder / f"import-{stamp}.txt"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        number = 1
        while path.exists():
            number += 1
            path = folder / f"import-{stamp}-{number}.txt"
        path.write_text(summary.report_text(), encoding="utf-8")
    except OSError:
        return None
    return path
