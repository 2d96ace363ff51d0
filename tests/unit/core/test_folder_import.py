"""Importing a folder: every transcript found, other files skipped by kind, duplicates
skipped, failures listed with the reason, a report kept, and a second run imports only
what is new (real files, a real library)."""

from __future__ import annotations

import shutil
import threading
from pathlib import Path

import pytest

from reader.core import library as lib
from reader.core import parallel_import
from reader.core.db import Library
from reader.core.folder_import import import_folder, scan_folder
from tests.conftest import SAMPLE_TALKS

SRT = "1\n00:00:01,000 --> 00:00:03,000\n{text}\n\n2\n00:00:04,000 --> 00:00:06,000\nAnd then some more.\n"


def make_collection(root: Path) -> None:
    (root / "day1").mkdir(parents=True)
    (root / "day2" / "deep").mkdir(parents=True)
    (root / ".git").mkdir()
    (root / "day1" / "keynote.md").write_text("# Keynote\n\nMemory bandwidth limits chips.\n", encoding="utf-8")
    (root / "day1" / "panel.srt").write_text(SRT.format(text="Welcome to the panel."), encoding="utf-8")
    (root / "day2" / "deep" / "talk.vtt").write_text(
        "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nScaling laws hold.\n", encoding="utf-8"
    )
    (root / "day2" / "same-as-panel.srt").write_text(SRT.format(text="Welcome to the panel."), encoding="utf-8")
    (root / "day2" / "empty.txt").write_text("   \n", encoding="utf-8")
    (root / "day2" / "slides.pdf").write_bytes(b"%PDF-1.4")
    (root / "day2" / "cover.png").write_bytes(b"\x89PNG")
    (root / "notes.json").write_text("{}", encoding="utf-8")
    (root / ".git" / "HEAD.txt").write_text("ref: main", encoding="utf-8")
    (root / ".hidden.md").write_text("# Hidden\n\nNot imported.\n", encoding="utf-8")


def test_scan_finds_transcripts_and_counts_the_rest(tmp_path: Path) -> None:
    make_collection(tmp_path)
    scan = scan_folder(tmp_path)
    assert [p.relative_to(tmp_path).as_posix() for p in scan.files] == [
        "day1/keynote.md",
        "day1/panel.srt",
        "day2/empty.txt",
        "day2/same-as-panel.srt",
        "day2/deep/talk.vtt",
    ]
    assert scan.other_kinds == {".pdf": 1, ".png": 1, ".json": 1}


@pytest.mark.parametrize("workers", [1, 2])
def test_a_folder_imports_once_and_a_second_run_only_what_is_new(
    library: Library, tmp_path: Path, workers: int
) -> None:
    root = tmp_path / "collection"
    make_collection(root)
    done: list[tuple[int, int]] = []
    first = import_folder(library, root, report=lambda d, t: done.append((d, t)), workers=workers)
    assert sorted(r.path.name for r in first.imported) == ["keynote.md", "panel.srt", "talk.vtt"]
    assert [r.path.name for r in first.duplicates] == ["same-as-panel.srt"]
    assert [r.path.name for r in first.failed] == ["empty.txt"] and first.failed[0].message
    assert first.talks == 3 and not first.cancelled
    assert done[-1][0] == done[-1][1] and done == sorted(done)
    report = first.report_path.read_text(encoding="utf-8")
    assert "empty.txt" in report and "not transcripts (skipped): 3" in report

    (root / "day2" / "new.md").write_text("# New\n\nA talk added later.\n", encoding="utf-8")
    second = import_folder(library, root, workers=workers)
    assert [r.path.name for r in second.imported] == ["new.md"]
    assert len(second.duplicates) == 4 and second.report_path != first.report_path


@pytest.mark.parametrize("workers", [1, 2])
def test_cancelling_keeps_the_files_before(library: Library, tmp_path: Path, workers: int) -> None:
    root = tmp_path / "collection"
    make_collection(root)
    cancel = threading.Event()

    def on_file(done: int, total: int) -> None:
        if done == 2:
            cancel.set()

    summary = import_folder(library, root, cancel=cancel, on_file=on_file, workers=workers)
    assert summary.cancelled and len(summary.imported) == 2
    with library.read_session() as session:
        from reader.core import library as lib

        assert len(lib.list_talks(session)) == 2


def test_a_folder_that_cannot_be_entered_is_named(tmp_path: Path) -> None:
    """A folder the system will not list (here a link to itself) is reported with the
    system's reason, not skipped in silence and not a traceback."""
    loop = tmp_path / "loop"
    loop.symlink_to(loop)
    scan = scan_folder(loop)
    assert scan.files == () and [(p.name, why) for p, why in scan.unreadable] == [
        ("loop", "Too many levels of symbolic links")
    ]


def _library_contents(library: Library) -> list[tuple[object, ...]]:
    with library.read_session() as session:
        return [
            (talk.title, talk.source_lines, talk.segments, talk.speakers)
            for talk in sorted(lib.list_talks(session), key=lambda t: t.id)
        ]


def test_workers_import_what_one_process_imports(tmp_path: Path) -> None:
    """Planned in two worker processes (and a file above the inline size planned here), the
    library holds the same talks, in the same order, as when one process does everything."""
    root = tmp_path / "collection"
    make_collection(root)
    shutil.copy(SAMPLE_TALKS.with_name("baai-2023-notes-6-part1.txt"), root / "day1" / "sample-notes.txt")
    lines = [f"Speaker {n % 3}: sentence {n} about memory bandwidth and chips." for n in range(400)]
    (root / "day2" / "long.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    contents = []
    for workers in (1, 2):
        with Library.open(tmp_path / f"library-{workers}.sqlite3") as library:
            summary = import_folder(library, root, workers=workers, write_report=False)
            assert not summary.cancelled and [r.path.name for r in summary.failed] == ["empty.txt"]
            contents.append(_library_contents(library))
    assert contents[0] == contents[1] and len(contents[0]) >= 8


def test_big_files_are_planned_in_this_process(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = tmp_path / "collection"
    make_collection(root)
    monkeypatch.setattr(parallel_import, "INLINE_BYTES", 40)  # every file but the empty one
    submitted: list[str] = []
    real_submit = parallel_import.ProcessPoolExecutor.submit

    def watch(self, fn, *args, **kwargs):  # type: ignore[no-untyped-def]
        submitted.extend(str(arg) for arg in args)
        return real_submit(self, fn, *args, **kwargs)

    monkeypatch.setattr(parallel_import.ProcessPoolExecutor, "submit", watch)
    with Library.open(tmp_path / "library.sqlite3") as library:
        summary = import_folder(library, root, workers=2, write_report=False)
    assert summary.talks == 3
    assert [Path(p).name for p in submitted] == ["empty.txt"]
