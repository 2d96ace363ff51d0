"""Folder import: files planned in worker processes while the library stores, against the
one-file-at-a-time path, in the same run.

Usage::

    .venv/bin/python tests/benchmarks/bench_folder_import.py [--from corpus-cache] [--files 24] [--mb 6]
        [--workers N] [--rounds 2]

The collection is a folder of transcripts: with ``--from DIR`` the real files there (the dev
corpus, extracted by ``/work/shared/corpus/get.sh``), else ``--files`` generated notes files of
several talks each (the generator of ``bench_import_memory.py``) adding up to ``--mb``. Each
arm imports the whole folder into a fresh library with ``import_folder`` — the baseline with
one process planning and storing file after file (what the app did before), the other with
``--workers`` planning processes (default: one per core) — storing and both search indexes
included. Arms alternate over ``--rounds``; the best round of each is compared. Printed: the
machine's cores and load, the input size, seconds and MB/s of each arm, the speed-up, and
whether both libraries hold the same talks (they must).
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(Path(__file__).resolve().parent))


def build_collection(folder: Path, source: Path | None, files: int, megabytes: float) -> int:
    """Fill *folder* with the transcripts to import; returns their total size in bytes."""
    folder.mkdir(parents=True)
    if source is not None:
        for path in sorted(source.iterdir()):
            if path.suffix.lower() in {".txt", ".md", ".srt", ".vtt"} and path.is_file():
                shutil.copy(path, folder / path.name)
    else:
        from bench_import_memory import generated_notes

        for number in range(files):
            text = generated_notes(int(megabytes * 1024 * 1024 / files), seed=number + 1)
            (folder / f"notes-{number:03d}.txt").write_text(text, encoding="utf-8")
    return sum(path.stat().st_size for path in folder.iterdir())


def import_arm(folder: Path, library_path: Path, workers: int) -> tuple[float, list[tuple[object, ...]]]:
    from reader.core import library as lib
    from reader.core.db import Library
    from reader.core.folder_import import import_folder

    with Library.open(library_path) as library:
        started = time.perf_counter()
        summary = import_folder(library, folder, workers=workers, write_report=False)
        seconds = time.perf_counter() - started
        if summary.failed:
            print(f"  {len(summary.failed)} file(s) not imported: {summary.failed[0].message}")
        with library.read_session() as session:
            talks = [(t.title, t.source, t.source_lines, t.segments) for t in lib.list_talks(session)]
    return seconds, talks


def main(argv: list[str]) -> int:
    from reader.core.parallel_import import default_workers

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--from", dest="source", type=Path)
    parser.add_argument("--files", type=int, default=24)
    parser.add_argument("--mb", type=float, default=6.0)
    parser.add_argument("--workers", type=int, default=default_workers())
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="talk-reader-folder-bench-") as tmp:
        work = Path(tmp)
        folder = work / "collection"
        size = build_collection(folder, args.source, args.files, args.mb)
        megabytes = size / 1024 / 1024
        count = len(list(folder.iterdir()))
        print(
            f"machine: {os.cpu_count()} logical cores, {len(os.sched_getaffinity(0))} usable; "
            f"load {os.getloadavg()[0]:.2f} at start"
        )
        print(
            f"input: {count} files, {megabytes:.2f} MB ({'from ' + str(args.source) if args.source else 'generated'})"
        )
        best: dict[int, float] = {}
        contents: dict[int, list[tuple[object, ...]]] = {}
        for round_number in range(args.rounds):
            for workers in (1, args.workers) if round_number % 2 == 0 else (args.workers, 1):
                library = work / f"library-{round_number}-{workers}.sqlite3"
                seconds, talks = import_arm(folder, library, workers)
                library.unlink()
                best[workers] = min(best.get(workers, seconds), seconds)
                contents[workers] = talks
                print(
                    f"  round {round_number + 1}, {workers} process(es) planning: {seconds:.1f} s, "
                    f"{megabytes / seconds:.3f} MB/s, {len(talks)} talks"
                )
        base, fast = best[1], best[args.workers]
        print(f"one file at a time: {base:.1f} s = {megabytes / base:.3f} MB/s")
        print(f"{args.workers} planning workers: {fast:.1f} s = {megabytes / fast:.3f} MB/s")
        print(
            f"speed-up: {base / fast:.2f}x; same talks: {contents[1] == contents[args.workers]}; "
            f"load {os.getloadavg()[0]:.2f} at end"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
