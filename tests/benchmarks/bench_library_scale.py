"""The library at 10,000 talks and 2.5 million segments: build, search, talk list, library pane.

    .venv/bin/python tests/benchmarks/bench_library_scale.py --keep /tmp/scale     # build both sizes, measure
    .venv/bin/python tests/benchmarks/bench_library_scale.py --reuse /tmp/scale    # measure libraries kept before
    .venv/bin/python tests/benchmarks/bench_library_scale.py --keep /tmp/s --segments 50000 --talks 200  # quick

Two libraries from the same generator as ``bench_search.py`` (the shared sample repeated with
perturbations, a quarter of the segments translated), cut into talks of equal size, five
talks per file, ten files per folder: the full size (default 2.5M segments in 10,000 talks)
and a tenth of it (250k in 1,000), so every figure says how it grows with the library.

Building is the slow part, so it is done once (``--keep``) and reused (``--reuse``), and as
fast as we can: rows written with the search triggers dropped and without a journal, then
the index built in bulk — the rows ``reindex`` would write, their texts computed by two
worker processes with the product's own SQL (``--workers 1``: the product's ``reindex``;
``--check`` compares the result with the library as ``talk-reader check`` does).

Printed, for each size:

1. **Build**: write and index seconds, text MB, database size and bytes per KB of text (with
   and without the search indexes).
2. **Search** p50/p95 (top 20 with snippets, per-talk counts; very common words included)
   against a LIKE scan, as ``bench_search.py`` prints it; and the ratio of the full size's
   p95 to the tenth's.
3. **Talk list (core)**: ``list_talks`` of every talk as the window used to ask for it
   (counts over all segments), against what the window asks now (the rows without counts,
   then the counts of one screenful), and a refresh after one edit (one talk's counts).
4. **Library pane (Qt, offscreen)**: open (rows in, first paint), filter keystrokes and
   clearing the filter, sorting, for today's list model against the one it replaced (all
   talks as summaries, a ``QSortFilterProxyModel`` over them, rows measured one by one),
   measured in the same run on the same talks.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import sqlite3
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_search  # noqa: E402

from reader.core import library as lib  # noqa: E402
from reader.core.db import Library  # noqa: E402
from reader.core.search import schema  # noqa: E402
from reader.core.search.maintenance import check, reindex  # noqa: E402

FULL_SEGMENTS = 2_500_000
FULL_TALKS = 10_000


def _library_dir(root: Path, segments: int) -> Path:
    return root / f"lib-{segments // 1000}k"


def _file_size(path: Path) -> int:
    return sum(os.path.getsize(f"{path}{suffix}") for suffix in ("", "-wal") if os.path.exists(f"{path}{suffix}"))


_worker_db: sqlite3.Connection | None = None


def _worker_start() -> None:
    """A worker's private in-memory tables, with the library's SQL functions, jieba loaded."""
    global _worker_db
    _worker_db = sqlite3.connect(":memory:")
    schema.register_functions(_worker_db)
    _worker_db.execute("CREATE TABLE segments (id INTEGER PRIMARY KEY, talk_id, lang, text)")
    _worker_db.execute("CREATE TABLE translations (segment_id INTEGER PRIMARY KEY, text, target_lang)")
    bench_search.segmenter.warm_up()


def _index_rows(batch: tuple[list[tuple[object, ...]], list[tuple[object, ...]]]) -> tuple[list, list]:
    """Both indexes' rows of a batch of segments, computed by the product's own SELECTs."""
    db = _worker_db
    assert db is not None
    segments, translations = batch
    db.execute("DELETE FROM segments")
    db.execute("DELETE FROM translations")
    db.executemany("INSERT INTO segments VALUES (?, ?, ?, ?)", segments)
    db.executemany("INSERT INTO translations VALUES (?, ?, ?)", translations)
    words = db.execute(schema.SEGMENT_ROWS.format(where="1") + " ORDER BY s.id").fetchall()
    bigrams = db.execute(schema.BIGRAM_SEGMENT_ROWS.format(where="1") + " ORDER BY s.id").fetchall()
    return words, bigrams


def _batches(conn: sqlite3.Connection, size: int) -> Iterator[tuple[list, list]]:
    last = 0
    while True:
        segments = conn.execute(
            "SELECT id, talk_id, lang, text FROM segments WHERE id > ? ORDER BY id LIMIT ?", (last, size)
        ).fetchall()
        if not segments:
            return
        first, last = segments[0][0], segments[-1][0]
        translations = conn.execute(
            "SELECT segment_id, text, target_lang FROM translations WHERE segment_id BETWEEN ? AND ?", (first, last)
        ).fetchall()
        yield segments, translations


def parallel_reindex(conn: sqlite3.Connection, workers: int) -> None:
    """What ``reindex`` builds, with the index texts computed by *workers* processes.

    The same tables, triggers and settings (``create_all_search_schema``), and the same rows:
    each worker runs the product's ``SEGMENT_ROWS`` SELECTs over a batch copied into its own
    in-memory tables, and this process inserts them in rowid order, then optimizes. The
    benchmark library has no notes. ``--check`` compares the result with the library
    (``talk-reader check``'s comparison).
    """
    schema.drop_search_schema(conn)
    schema.create_all_search_schema(conn, fill=False)
    columns = ", ".join(schema.COLUMNS)
    marks = ", ".join("?" * (len(schema.COLUMNS) + 1))
    insert_words = f"INSERT INTO {schema.TABLE}(rowid, {columns}) VALUES ({marks})"
    insert_bigrams = f"INSERT INTO {schema.BIGRAM_TABLE}(rowid, {columns}) VALUES ({marks})"
    with multiprocessing.get_context("fork").Pool(workers, initializer=_worker_start) as pool:
        for words, bigrams in pool.imap(_index_rows, _batches(conn, 2000)):
            conn.executemany(insert_words, words)
            conn.executemany(insert_bigrams, bigrams)
    schema.optimize(conn)


def build(directory: Path, segments: int, talks: int, workers: int) -> dict[str, float]:
    """Write and index one library in *directory*; returns its build figures (also kept as JSON)."""
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / "bench.sqlite3"
    for stale in (path, directory / "seed.sqlite3"):
        for suffix in ("", "-wal", "-shm"):
            Path(f"{stale}{suffix}").unlink(missing_ok=True)
    bench_search.segmenter.warm_up()
    n, text_bytes, write_seconds = bench_search.build_library(path, segments, triggers=False, talks=talks, bulk=True)
    (directory / "seed.sqlite3").unlink(missing_ok=True)
    plain_size = _file_size(path)
    # The pool's feeder thread reads the batches; sqlite3 serialises the two threads' calls.
    conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    schema.register_functions(conn)
    conn.execute("PRAGMA journal_mode = OFF")
    conn.execute("PRAGMA synchronous = OFF")
    conn.execute("PRAGMA cache_size = -524288")
    started = time.perf_counter()
    conn.execute("BEGIN")
    if workers > 1:
        parallel_reindex(conn, workers)
    else:
        reindex(conn)
    conn.execute("COMMIT")
    index_seconds = time.perf_counter() - started
    conn.execute("PRAGMA journal_mode = WAL")
    conn.close()
    figures = {
        "segments": n,
        "talks": talks,
        "text_bytes": text_bytes,
        "write_seconds": write_seconds,
        "index_seconds": index_seconds,
        "size": _file_size(path),
        "plain_size": plain_size,
    }
    (directory / "build.json").write_text(json.dumps(figures, indent=1))
    return figures


def check_index(path: Path) -> None:
    conn = sqlite3.connect(path)
    schema.register_functions(conn)
    report = check(conn)
    conn.close()
    print(f"check {path}: {'in order' if report.ok else report.problems}")


def print_build(label: str, figures: dict[str, float]) -> None:
    text_kb = figures["text_bytes"] / 1024
    print(
        f"[{label}] {int(figures['segments']):,} segments in {int(figures['talks']):,} talks;"
        f" text {figures['text_bytes'] / 1e6:.0f} MB"
    )
    print(
        f"[{label}] build: write {figures['write_seconds']:.0f} s (no triggers, no journal),"
        f" index {figures['index_seconds']:.0f} s ({text_kb / figures['index_seconds']:,.0f} KB/s);"
        f" {(figures['write_seconds'] + figures['index_seconds']) / 60:.1f} min in all"
    )
    print(
        f"[{label}] database {figures['size'] / 1e6:,.0f} MB = {figures['size'] / text_kb:,.0f} bytes per KB of text"
        f" (without the search indexes: {figures['plain_size'] / 1e6:,.0f} MB ="
        f" {figures['plain_size'] / text_kb:,.0f} bytes per KB)"
    )


def _ms(fn: Callable[[], object], repeat: int = 1) -> tuple[float, object]:
    """(best wall ms of *repeat* calls, the last result)."""
    best, result = float("inf"), None
    for _ in range(repeat):
        started = time.perf_counter()
        result = fn()
        best = min(best, (time.perf_counter() - started) * 1000)
    return best, result


#: Rows on screen in a library pane of ordinary height (what the first counts are read for).
SCREENFUL = 12


def time_listing(path: Path) -> None:
    """``list_talks`` as the window used it (every talk with counts, at open and after each edit)
    and as it uses it now (rows without counts, then a screenful's counts; one talk after an edit)."""
    with Library.open(path) as library, library.read_session() as session:
        everything_ms, everything = _ms(lambda: lib.list_talks(session))
        talks = everything
        ids = [t.id for t in talks]
        bare_ms, _ = _ms(lambda: lib.list_talks(session, counts=False), 5)
        screen_ms, _ = _ms(lambda: lib.list_talks(session, ids[:SCREENFUL]), 5)
        edited = ids[len(ids) // 2]
        refresh_ms, _ = _ms(lambda: lib.list_talks(session, counts={edited, ids[0]}), 5)
    print(f"{len(talks):,} talks")
    print(f"before: every talk with its counts (at open, and after every edit): {everything_ms:,.0f} ms")
    print(
        f"now: open = the rows without counts {bare_ms:.1f} ms + a screenful's counts ({SCREENFUL} talks)"
        f" {screen_ms:.1f} ms = {bare_ms + screen_ms:.1f} ms ({everything_ms / (bare_ms + screen_ms):,.0f}× less)"
    )
    print(
        f"now: refresh after an edit of one talk (rows + its counts and the open talk's): {refresh_ms:.1f} ms"
        f" ({everything_ms / refresh_ms:,.0f}× less)"
    )


#: Keystrokes typed into the filter box (then the box cleared): a word most titles have, then a
#: number few have; and a folder's name, which only the new filter looks at.
FILTER_TYPING = [("safety", 3), ("4242", 4)]
FOLDER_TYPING = [("event-0042", 10)]
ORDERS = ("title", "newest", "folder", "library")


def _baseline_pane(model_talks: list[object]) -> tuple[object, object]:
    """The list as it was: every talk a summary in a list model that finds rows by scanning,
    a ``QSortFilterProxyModel`` filtering on each row's text through Qt, rows measured one by one."""
    from PySide6.QtCore import QAbstractListModel, QModelIndex, QSortFilterProxyModel, Qt
    from PySide6.QtWidgets import QListView

    from reader.gui.models.talk_list import TalkRole
    from reader.gui.widgets.library_pane import TalkDelegate

    class BaselineModel(QAbstractListModel):
        def __init__(self) -> None:
            super().__init__()
            self.talks: list = []

        def set_talks(self, talks: list) -> None:
            if [t.id for t in talks] == [t.id for t in self.talks]:
                self.talks = list(talks)
                if talks:
                    self.dataChanged.emit(self.index(0), self.index(len(talks) - 1))
                return
            self.beginResetModel()
            self.talks = list(talks)
            self.endResetModel()

        def row_of(self, talk_id: int) -> int | None:
            return next((row for row, talk in enumerate(self.talks) if talk.id == talk_id), None)

        def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
            return 0 if parent.isValid() else len(self.talks)

        def data(self, index, role=Qt.ItemDataRole.DisplayRole):
            if not index.isValid() or not (0 <= index.row() < len(self.talks)):
                return None
            talk = self.talks[index.row()]
            if role == Qt.ItemDataRole.DisplayRole:
                return talk.title
            if role == TalkRole.SUMMARY:
                return talk
            if role == TalkRole.TALK_ID:
                return talk.id
            if role == TalkRole.FILTER_TEXT:
                return " ".join(filter(None, (talk.title, talk.speakers, talk.source)))
            if role == TalkRole.PROGRESS:
                return min(1.0, talk.translated / talk.segments) if talk.segments else 0.0
            if role == TalkRole.DETAILS:
                langs = " / ".join(lang for lang in talk.languages if lang != "und")
                return " · ".join(filter(None, (talk.speakers, langs, f"{talk.segments} segments")))
            return None

    model = BaselineModel()
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setFilterRole(TalkRole.FILTER_TEXT)
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    view = QListView()
    view.setModel(proxy)
    view.setItemDelegate(TalkDelegate(view))
    view.resize(320, 900)
    return model, (proxy, view)


def time_pane(path: Path) -> None:
    """Open, filter, sort and refresh the library pane, before (baseline) and now, same talks.

    Reads run on a worker thread in the app; they are timed apart from what the GUI thread
    does with their result (models, layout, paint), which is what makes the window stall.
    """
    from PySide6.QtWidgets import QApplication

    from reader.gui.models.talk_list import SortOrder, TalkListModel
    from reader.gui.widgets.library_pane import LibraryPane

    app = QApplication.instance() or QApplication([])

    def settle(view: object) -> None:
        app.processEvents()
        view.viewport().repaint()  # type: ignore[attr-defined]
        app.processEvents()

    def timed_ms(fn: Callable[[], object]) -> tuple[float, object]:
        started = time.perf_counter()
        result = fn()
        return (time.perf_counter() - started) * 1000, result

    with Library.open(path) as library, library.read_session() as session:
        # Before: the whole list with counts, then the pane over it.
        old_read_ms, talks = timed_ms(lambda: lib.list_talks(session))
        old_model, (proxy, old_view) = _baseline_pane(talks)

        def old_open() -> None:
            old_model.set_talks(talks)
            old_view.show()
            settle(old_view)

        old_gui_ms, _ = timed_ms(old_open)
        old_filter = _type_filter(lambda text: proxy.setFilterFixedString(text), lambda: settle(old_view))
        edited = talks[len(talks) // 2].id
        old_refresh_read_ms, relisted = timed_ms(lambda: lib.list_talks(session))
        old_refresh_gui_ms, _ = timed_ms(lambda: (old_model.set_talks(relisted), settle(old_view)))
        old_view.close()

        # Now: rows without counts, the pane, then the counts its first paint asked for.
        model = TalkListModel()
        pane = LibraryPane(model)
        pane.resize(320, 900)
        wanted: list[int] = []
        model.counts_wanted.connect(wanted.extend)
        new_read_ms, rows = timed_ms(lambda: lib.list_talks(session, counts=False))

        def new_open() -> None:
            model.set_talks(rows)
            pane.show()
            settle(pane.list)

        new_gui_ms, _ = timed_ms(new_open)
        counts_read_ms, counted = timed_ms(lambda: lib.list_talks(session, wanted))
        counts_gui_ms, _ = timed_ms(lambda: (model.set_counts(counted), settle(pane.list)))
        asked = len(wanted)
        model.counts_wanted.connect(lambda ids: model.set_counts(lib.list_talks(session, ids)))
        pane.select_talk(talks[0].id, quiet=True)
        new_filter = _type_filter(pane.filter.setText, lambda: settle(pane.list))
        folder_filter = _type_filter(pane.filter.setText, lambda: settle(pane.list), FOLDER_TYPING)
        sorts = {}
        for name in ORDERS:
            sorts[name], _ = timed_ms(lambda name=name: (pane.set_order(SortOrder(name)), settle(pane.list)))
        new_refresh_read_ms, relisted = timed_ms(lambda: lib.list_talks(session, counts={edited, talks[0].id}))
        new_refresh_gui_ms, _ = timed_ms(lambda: (model.set_talks(relisted), settle(pane.list)))
        sample = talks[::97]
        row_of_us = timed_ms(lambda: [model.row_of(talk.id) for talk in sample])[0] * 1000 / len(sample)
        old_row_of_us = timed_ms(lambda: [old_model.row_of(talk.id) for talk in sample])[0] * 1000 / len(sample)
        pane.close()

    print(f"{len(talks):,} talks; a pane 900 px high; GUI-thread times include the repaint")
    print(f"{'':<40}{'before':>12}{'now':>12}")
    print(f"{'open: read (worker thread)':<40}{old_read_ms:>10.0f}ms{new_read_ms:>10.0f}ms   (now: no counts)")
    print(f"{'open: list and first paint (GUI thread)':<40}{old_gui_ms:>10.0f}ms{new_gui_ms:>10.0f}ms")
    print(
        f"{'open: counts of the rows painted':<40}{'—':>12}{counts_read_ms + counts_gui_ms:>10.0f}ms"
        f"   ({asked} talks: read {counts_read_ms:.0f} ms, shown {counts_gui_ms:.0f} ms)"
    )
    old_open = old_read_ms + old_gui_ms
    new_open = new_read_ms + new_gui_ms + counts_read_ms + counts_gui_ms
    print(f"{'open, in all':<40}{old_open:>10.0f}ms{new_open:>10.0f}ms   ({old_open / new_open:,.0f}×)")
    for (text, old_ms), (_same, new_ms) in zip(old_filter, new_filter, strict=True):
        print(f"{'filter ' + repr(text):<40}{old_ms:>10.1f}ms{new_ms:>10.1f}ms")
    worst_old = max(ms for _, ms in old_filter)
    worst_new = max(ms for _, ms in new_filter)
    print(f"{'slowest keystroke':<40}{worst_old:>10.1f}ms{worst_new:>10.1f}ms   ({worst_old / worst_new:,.1f}×)")
    folder_worst = max(ms for _, ms in folder_filter)
    print(f"{'filter by a folder, slowest key':<40}{'—':>12}{folder_worst:>10.1f}ms   (typing {FOLDER_TYPING[0][0]!r})")
    for name, ms in sorts.items():
        print(f"{'sort by ' + name:<40}{'—':>12}{ms:>10.1f}ms")
    print(f"{'refresh after an edit: read (worker)':<40}{old_refresh_read_ms:>10.0f}ms{new_refresh_read_ms:>10.1f}ms")
    print(f"{'refresh after an edit: GUI thread':<40}{old_refresh_gui_ms:>10.0f}ms{new_refresh_gui_ms:>10.1f}ms")
    print(f"{'row_of (find a talk)':<40}{old_row_of_us:>10.0f}µs{row_of_us:>10.1f}µs")


def _type_filter(
    set_text: Callable[[str], object], settle: Callable[[], None], typing: list[tuple[str, int]] = FILTER_TYPING
) -> list[tuple[str, float]]:
    """Type each word of *typing* key by key, then clear the box: ms per keystroke."""
    timings = []
    for word, keys in typing:
        for end in [*range(1, keys + 1), 0]:
            text = word[:end] if end else ""
            started = time.perf_counter()
            set_text(text)
            settle()
            timings.append((text or "(cleared)", (time.perf_counter() - started) * 1000))
    return timings


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--segments", type=int, default=FULL_SEGMENTS, help="segments of the full-size library")
    parser.add_argument("--talks", type=int, default=FULL_TALKS, help="talks of the full-size library")
    parser.add_argument("--keep", metavar="DIR", help="build both libraries in DIR (and keep them)")
    parser.add_argument("--reuse", metavar="DIR", help="measure libraries built before with --keep")
    parser.add_argument("--workers", type=int, default=2, help="processes computing index texts (1: reindex)")
    parser.add_argument("--check", action="store_true", help="compare each index with its library (slow)")
    parser.add_argument("--build-only", action="store_true", help="build, print the build figures, stop")
    parser.add_argument("--only", metavar="PARTS", help="measure only these: search,list,pane (comma-separated)")
    parser.add_argument("--repeat", type=int, default=20, help="timed runs per search query")
    parser.add_argument("--like-repeat", type=int, default=1, help="timed runs per LIKE scan")
    args = parser.parse_args(argv)
    root = Path(args.reuse or args.keep or "")
    if not (args.reuse or args.keep):
        parser.error("give --keep DIR (build there) or --reuse DIR")
    sizes = [(args.segments // 10, max(1, args.talks // 10), "tenth"), (args.segments, args.talks, "full")]
    libraries = []
    for segments, talks, label in sizes:
        directory = _library_dir(root, segments)
        if args.reuse:
            figures = json.loads((directory / "build.json").read_text())
        else:
            print(f"building {segments:,} segments in {talks:,} talks in {directory} …", flush=True)
            figures = build(directory, segments, talks, args.workers)
        if args.check:
            check_index(directory / "bench.sqlite3")
        print_build(label, figures)
        libraries.append((label, directory / "bench.sqlite3", figures))
    if args.build_only:
        return 0
    parts = set(args.only.split(",")) if args.only else {"search", "list", "pane"}
    if "search" in parts:
        searched = {}
        for label, path, _figures in libraries:
            print(f"\n=== search, {label} size ===")
            searched[label] = bench_search.time_queries(path, args.repeat, args.like_repeat)
        tenth, full = searched["tenth"], searched["full"]
        print(
            f"\nsearch growth, ×10 segments: wall p95 {tenth['p95']:.2f} → {full['p95']:.2f} ms"
            f" (×{full['p95'] / tenth['p95']:.1f}), CPU p95 {tenth['cpu_p95']:.2f} → {full['cpu_p95']:.2f} ms"
            f" (×{full['cpu_p95'] / tenth['cpu_p95']:.1f}); LIKE p95 ×{full['like_p95'] / tenth['like_p95']:.1f}"
        )
    if "list" in parts:
        for label, path, _figures in libraries:
            print(f"\n=== talk list (core), {label} size ===")
            time_listing(path)
    if "pane" in parts:
        for label, path, _figures in libraries:
            print(f"\n=== library pane (Qt offscreen), {label} size ===")
            time_pane(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
