"""Search benchmark: a ~50 MB library, index build speed, and query latency against LIKE.

    .venv/bin/python tests/benchmarks/bench_search.py            # full size (~250k segments)
    .venv/bin/python tests/benchmarks/bench_search.py --scale 0.1  # quick run while developing

The library is the shared sample (imported through the real pipeline) repeated with
perturbations — words swapped and replaced, Chinese clauses reordered, a quarter of the
segments given a translation taken from the other language — so the index sees ~250k
different segments rather than one talk's vocabulary cached. Segments are written with
plain INSERTs, so the search triggers index them exactly as they index an import.

Printed: sizes, the time to write the library with the triggers on and off, the time of a
full ``reindex``, jieba indexing throughput, the database size, and for a query set that
includes very common words (the, 的, and) the p50/p95 latency of ``search()`` (top 20 with
snippets, hits grouped by talk with counts) next to a ``LIKE`` scan returning the same kind of
answer (matching segments grouped by talk), measured in the same run.
Targets: p95 ≤ 5 ms, ≥ 20× faster than LIKE at p95, jieba indexing ≥ 400 KB/s.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from reader.core import library as lib  # noqa: E402
from reader.core.db import Library  # noqa: E402
from reader.core.search import schema, search, segmenter  # noqa: E402
from reader.core.search.maintenance import reindex  # noqa: E402

SAMPLE = ROOT / "tests" / "data" / "baai-2023-notes-6-part1.txt"
FULL_SEGMENTS = 250_000

#: (query, LIKE terms: every one must occur). Plain words people type, very common ones included.
QUERIES: list[tuple[str, list[str]]] = [
    ("the", ["the"]),
    ("的", ["的"]),
    ("and", ["and"]),
    ("you know", ["you", "know"]),
    ("芯片", ["芯片"]),
    ("带宽", ["带宽"]),
    ("对齐", ["对齐"]),
    ("模型", ["模型"]),
    ("alignment", ["alignment"]),
    ("diffusion", ["diffusion"]),
    ("transformer", ["transformer"]),
    ("model", ["model"]),
    ("memory bandwidth", ["memory", "bandwidth"]),
    ("diffusion 模型", ["diffusion", "模型"]),
    ("score function", ["score", "function"]),
    ("training data", ["training", "data"]),
]
#: Operator queries: timed for search only (LIKE has no equivalent).
OPERATOR_QUERIES = [
    '"language model"',
    "GPU OR TPU",
    "data -training",
    "scal*",
    "lang:en attention",
    "in:translation 芯片",
    "talk:5 the",
    "lang:zh 的",
]


def _perturb_en(text: str, rng: random.Random, vocabulary: list[str]) -> str:
    words = text.split(" ")
    if len(words) > 3:
        for _ in range(rng.randint(0, 2)):
            i = rng.randrange(len(words) - 1)
            words[i], words[i + 1] = words[i + 1], words[i]
        if rng.random() < 0.5:
            words[rng.randrange(len(words))] = rng.choice(vocabulary)
    return " ".join(words)


_CLAUSE = re.compile(r"(?<=[,，、])")


def _perturb_zh(text: str, rng: random.Random, clauses: list[str]) -> str:
    parts = [p for p in _CLAUSE.split(text) if p]
    if len(parts) > 2:
        rng.shuffle(parts)
    if parts and rng.random() < 0.3:
        parts[rng.randrange(len(parts))] = rng.choice(clauses)
    return "".join(parts)


def _seed_talks(workdir: Path) -> list[tuple[str, list[tuple[str, str]]]]:
    """The sample's talks as the import pipeline cuts them: (title, [(lang, text)])."""
    with Library.open(workdir / "seed.sqlite3") as library:
        lib.import_file(library, SAMPLE)
        with library.read_session() as session:
            talks = []
            for summary in lib.list_talks(session):
                segments = lib.talk_segments(session, summary.id)
                talks.append((summary.title, [(s.lang, s.text) for s in segments]))
    return talks


def _segment_stream(
    talks: list[tuple[str, list[tuple[str, str]]]], copies: int, rng: random.Random
) -> Iterator[tuple[int, int, str, str, tuple[str, str] | None]]:
    """(copy, seed talk, lang, perturbed text, (translation, target) or None), in library order."""
    all_segments = [seg for _, segments in talks for seg in segments]
    vocabulary = sorted({w for lang, t in all_segments if lang != "zh" for w in t.split(" ") if w.isalpha()})
    zh_clauses = [c for lang, t in all_segments if lang == "zh" for c in _CLAUSE.split(t) if len(c) > 3]
    en_texts = [t for lang, t in all_segments if lang == "en"]
    for copy in range(copies):
        for position, (_title, seeds) in enumerate(talks):
            for lang, text in seeds:
                if lang == "zh":
                    text = _perturb_zh(text, rng, zh_clauses)
                else:
                    text = _perturb_en(text, rng, vocabulary)
                translation = None
                if rng.random() < 0.25:
                    if lang == "zh":
                        translation = rng.choice(en_texts), "en"
                    else:
                        translation = "，".join(rng.choice(zh_clauses) for _ in range(rng.randint(1, 3))) + "。", "zh"
                yield copy, position, lang, text, translation


#: A collection's shape when the talk count is given: this many talks per file, files per folder.
TALKS_PER_FILE = 5
FILES_PER_FOLDER = 10


def _open_for_writing(path: Path, *, triggers: bool, bulk: bool) -> sqlite3.Connection:
    library = Library.open(path)
    library.close()
    conn = sqlite3.connect(path, isolation_level=None)
    schema.register_functions(conn)
    if bulk:
        # A throwaway benchmark library: no journal, no fsync, a big page cache.
        conn.execute("PRAGMA journal_mode = OFF")
        conn.execute("PRAGMA synchronous = OFF")
        conn.execute("PRAGMA cache_size = -524288")
    else:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
    if not triggers:
        for name in schema.ALL_TRIGGERS:
            conn.execute(f"DROP TRIGGER {name}")
    return conn


def build_library(
    path: Path,
    target_segments: int,
    *,
    triggers: bool = True,
    talks: int | None = None,
    bulk: bool = False,
) -> tuple[int, int, float]:
    """Write the perturbed library; returns (segments, text bytes, seconds).

    By default each copy of the sample is its own five talks in one file. With *talks*, the
    same stream of segments is cut into that many talks of equal size, stored as
    :data:`TALKS_PER_FILE` talks per file in folders of :data:`FILES_PER_FOLDER` files (a
    collection imported folder by folder). *bulk* writes without a journal or fsync.
    """
    workdir = path.parent
    seeds = _seed_talks(workdir)
    per_copy = sum(len(segments) for _, segments in seeds)
    copies = max(1, round(target_segments / per_copy))
    rng = random.Random(20230609)
    conn = _open_for_writing(path, triggers=triggers, bulk=bulk)
    total = copies * per_copy
    per_talk = total // talks if talks else 0
    segments = text_bytes = 0
    started = time.perf_counter()
    conn.execute("BEGIN")
    talk_id = source_id = 0
    key: object = None
    rows: list[tuple[object, ...]] = []
    translations: list[tuple[object, ...]] = []
    ordinal = offset = 0
    last_lines: list[tuple[int, int]] = []

    def flush() -> None:
        conn.executemany(
            "INSERT INTO segments (id, talk_id, ordinal, paragraph, lang, text, source_line, source_offset)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
        conn.executemany(
            "INSERT INTO translations (segment_id, text, target_lang, model, source_hash, edited,"
            " created_at, updated_at) VALUES (?, ?, ?, 'bench', '', 0, '2024-01-01', '2024-01-01')",
            translations,
        )
        rows.clear()
        translations.clear()

    for index, (copy, position, lang, text, translation) in enumerate(_segment_stream(seeds, copies, rng)):
        new_key = (copy, position) if not talks else min(index // per_talk, talks - 1)
        if new_key != key:
            key = new_key
            flush()
            if talk_id:
                last_lines.append((ordinal, talk_id))
            if talk_id and talk_id % 200 == 0:
                conn.execute("COMMIT")
                conn.execute("BEGIN")
            talk_id += 1
            if talks:
                number = talk_id - 1
                if number % TALKS_PER_FILE == 0:
                    source_id += 1
                    folder = f"event-{(source_id - 1) // FILES_PER_FOLDER + 1:04d}"
                    _insert_source(conn, source_id, f"/collection/{folder}/talks-{source_id:05d}.txt")
                title = f"{seeds[position][0]} ({talk_id})"
                place = number % TALKS_PER_FILE
            else:
                if source_id == 0:
                    source_id = 1
                    _insert_source(conn, 1, "bench")
                title = f"{seeds[position][0]} ({copy + 1})"
                place = copy * len(seeds) + position
            conn.execute(
                "INSERT INTO talks (id, source_id, title, position, first_line, last_line, created_at, updated_at)"
                " VALUES (?, ?, ?, ?, 1, 1, '2024-01-01 00:00:00', '2024-01-01 00:00:00')",
                (talk_id, source_id, title, place),
            )
            ordinal = offset = 0
        segments += 1
        rows.append((segments, talk_id, ordinal, ordinal // 5, lang, text, ordinal + 1, offset))
        ordinal += 1
        offset += len(text) + 1
        text_bytes += len(text.encode())
        if translation is not None:
            translations.append((segments, *translation))
            text_bytes += len(translation[0].encode())
    flush()
    last_lines.append((ordinal, talk_id))
    conn.executemany("UPDATE talks SET last_line = ? WHERE id = ?", last_lines)
    conn.execute("COMMIT")
    elapsed = time.perf_counter() - started
    conn.close()
    return segments, text_bytes, elapsed


def _insert_source(conn: sqlite3.Connection, source_id: int, path: str) -> None:
    conn.execute(
        "INSERT INTO sources (id, path, name, content_hash, format, encoding, line_count, imported_at)"
        " VALUES (?, ?, ?, ?, 'txt', 'utf-8', 0, '2024-01-01 00:00:00')",
        (source_id, path, path.rsplit("/", 1)[-1], f"bench-{source_id}"),
    )


def jieba_throughput(path: Path) -> tuple[float, float, float]:
    """KB/s of turning the library's text into index text: all text, Han-bearing text, segmenter only."""
    conn = sqlite3.connect(path)
    rows = conn.execute(
        "SELECT s.text, s.lang, t.text FROM segments s LEFT JOIN translations t ON t.segment_id = s.id"
    ).fetchall()
    conn.close()
    segmenter.warm_up()
    total = sum(len(text.encode()) + len((tr or "").encode()) for text, _, tr in rows)
    started = time.perf_counter()
    for text, lang, translation in rows:
        schema.index_segment_sql(text, lang)
        if translation:
            schema.index_text_sql(translation)
    all_rate = total / 1024 / (time.perf_counter() - started)
    han = [t for text, _, tr in rows for t in (text, tr) if t and segmenter.has_han(t)]
    han = han[: max(1, len(han) // 4)]
    han_bytes = sum(len(t.encode()) for t in han)
    segmenter._cut_run_cached.cache_clear()
    started = time.perf_counter()
    for text in han:
        segmenter.index_text(text)
    han_rate = han_bytes / 1024 / (time.perf_counter() - started)
    started = time.perf_counter()
    for text, _, translation in rows:
        segmenter.index_text(text)
        if translation:
            segmenter.index_text(translation)
    segment_rate = total / 1024 / (time.perf_counter() - started)
    return all_rate, han_rate, segment_rate


def like_scan(conn: sqlite3.Connection, terms: list[str]) -> list[tuple[int, int]]:
    """What a substring search must do for the same answer: every matching segment, by talk."""
    where = " AND ".join("(s.text LIKE ? OR t.text LIKE ?)" for _ in terms)
    params = [p for term in terms for p in (f"%{term}%", f"%{term}%")]
    rows = conn.execute(
        f"SELECT s.talk_id, s.id, s.ordinal, s.text FROM segments s LEFT JOIN translations t ON t.segment_id = s.id"
        f" WHERE {where} ORDER BY s.talk_id, s.ordinal",
        params,
    ).fetchall()
    return [(talk_id, segment_id) for talk_id, segment_id, _, _ in rows]


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))]


def timed(fn: Callable[[], object]) -> tuple[float, float]:
    """(wall ms, CPU ms of this thread) of one call. CPU time shows the work itself on a busy machine."""
    wall, cpu = time.perf_counter(), time.thread_time()
    fn()
    return (time.perf_counter() - wall) * 1000, (time.thread_time() - cpu) * 1000


def sample_import_seconds(workdir: Path) -> tuple[float, float]:
    """Importing the shared sample into a new library, with the search triggers and without."""
    results = []
    for keep_triggers in (True, False):
        path = workdir / f"sample-{keep_triggers}.sqlite3"
        with Library.open(path) as library:
            if not keep_triggers:
                with library.session() as session:
                    for name in schema.ALL_TRIGGERS:
                        session.connection().exec_driver_sql(f"DROP TRIGGER {name}")
            started = time.perf_counter()
            lib.import_file(library, SAMPLE)
            results.append(time.perf_counter() - started)
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
    return results[0], results[1]


def _row(label: str, hits: str, wall: list[float], cpu: list[float], like: list[float] | None) -> str:
    line = (
        f"{label:<22}{hits:>8}{statistics.median(wall):>8.2f}{percentile(wall, 0.95):>8.2f}"
        f"{statistics.median(cpu):>8.2f}{percentile(cpu, 0.95):>8.2f}"
    )
    if like:
        line += f"{statistics.median(like):>10.1f}{statistics.median(like) / statistics.median(wall):>7.0f}×"
    return line


def time_queries(path: Path, repeat: int, like_repeat: int) -> dict[str, float]:
    """Every query *repeat* times, in rounds (so no query has the cache to itself), and LIKE."""
    queries = [q for q, _ in QUERIES] + OPERATOR_QUERIES
    wall: dict[str, list[float]] = {q: [] for q in queries}
    cpu: dict[str, list[float]] = {q: [] for q in queries}
    like: dict[str, list[float]] = {}
    totals: dict[str, str] = {}
    conn = sqlite3.connect(path)
    load_before = os.getloadavg()[0]
    with Library.open(path) as library, library.read_session() as session:
        for query in queries:  # warm up: jieba, page cache
            result = search(session, query, limit=20)
            totals[query] = f"{result.total:,}{'+' if result.total_capped else ''}"
        for _ in range(repeat):
            for query in queries:
                w, c = timed(lambda q=query: search(session, q, limit=20))
                wall[query].append(w)
                cpu[query].append(c)
        for query, terms in QUERIES:
            like[query] = [timed(lambda t=terms: like_scan(conn, t))[0] for _ in range(like_repeat)]
    conn.close()
    print(f"\nload average during the queries: {load_before:.1f} → {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    print(f"{'':<30}{'wall ms':>16}{'CPU ms':>16}")
    print(f"{'query':<22}{'hits':>8}{'p50':>8}{'p95':>8}{'p50':>8}{'p95':>8}{'LIKE ms':>10}{'ratio':>8}")
    for query, _ in QUERIES:
        print(_row(query, totals[query], wall[query], cpu[query], like[query]))
    print("operator queries (no LIKE equivalent):")
    for query in OPERATOR_QUERIES:
        print(_row(query, totals[query], wall[query], cpu[query], None))
    main_wall = [t for q, _ in QUERIES for t in wall[q]]
    main_cpu = [t for q, _ in QUERIES for t in cpu[q]]
    op_wall = [t for q in OPERATOR_QUERIES for t in wall[q]]
    like_all = [t for q, _ in QUERIES for t in like[q]]
    p95 = percentile(main_wall, 0.95)
    print(
        f"\nsearch, top 20 with snippets and per-talk counts, {len(QUERIES)} queries × {repeat}:"
        f" wall p50 {statistics.median(main_wall):.2f} ms, p95 {p95:.2f} ms;"
        f" CPU p50 {statistics.median(main_cpu):.2f} ms, p95 {percentile(main_cpu, 0.95):.2f} ms"
    )
    print(f"operator queries: wall p50 {statistics.median(op_wall):.2f} ms, p95 {percentile(op_wall, 0.95):.2f} ms")
    like_p95 = percentile(like_all, 0.95)
    print(f"LIKE scan (all matching segments by talk): p50 {statistics.median(like_all):.1f} ms, p95 {like_p95:.1f} ms")
    print(f"ratio at p95: {like_p95 / p95:.0f}×   (targets: p95 ≤ 5 ms, ≥ 20× faster than LIKE)")
    return {
        "p50": statistics.median(main_wall),
        "p95": p95,
        "cpu_p50": statistics.median(main_cpu),
        "cpu_p95": percentile(main_cpu, 0.95),
        "op_p95": percentile(op_wall, 0.95),
        "like_p95": like_p95,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--scale", type=float, default=1.0, help="fraction of the full 250k segments")
    parser.add_argument("--repeat", type=int, default=20, help="timed runs per query")
    parser.add_argument("--like-repeat", type=int, default=3, help="timed runs per LIKE scan")
    parser.add_argument("--keep", metavar="DIR", help="build in DIR and keep the library")
    parser.add_argument("--reuse", metavar="DIR", help="only time queries on a library kept with --keep")
    args = parser.parse_args(argv)
    if args.reuse:
        time_queries(Path(args.reuse) / "bench.sqlite3", args.repeat, args.like_repeat)
        return 0
    target = int(FULL_SEGMENTS * args.scale)

    workdir = Path(args.keep or tempfile.mkdtemp(prefix="bench-search-"))
    workdir.mkdir(parents=True, exist_ok=True)
    path = workdir / "bench.sqlite3"
    plain = workdir / "plain.sqlite3"
    for stale in (path, plain, workdir / "seed.sqlite3"):
        for suffix in ("", "-wal", "-shm"):
            Path(f"{stale}{suffix}").unlink(missing_ok=True)

    segmenter.warm_up()
    with_search, without = sample_import_seconds(workdir)
    print(
        f"sample import ({SAMPLE.stat().st_size / 1e3:.0f} kB): {with_search:.2f} s with the search index, "
        f"{without:.2f} s without (jieba already loaded)"
    )
    print(f"building ~{target:,} segments in {workdir}")
    n_plain, _, plain_seconds = build_library(plain, target, triggers=False)
    (workdir / "seed.sqlite3").unlink()
    n, text_bytes, write_seconds = build_library(path, target)
    (workdir / "seed.sqlite3").unlink()
    print(f"segments: {n:,}   text (segments + translations): {text_bytes / 1e6:.1f} MB")
    print(
        f"write with search triggers: {write_seconds:.1f} s   without: {plain_seconds:.1f} s"
        f"   ({n / write_seconds:,.0f} segments/s with sync)"
    )

    with Library.open(path) as library:
        started = time.perf_counter()
        with library.session() as session:
            reindex(session)
        build_seconds = time.perf_counter() - started
    rate = text_bytes / 1024 / build_seconds
    print(f"index build (reindex from scratch): {build_seconds:.1f} s   ({rate:,.0f} KB/s)")
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    size = os.path.getsize(path)
    plain_size = os.path.getsize(plain)
    print(f"database: {size / 1e6:.1f} MB   (without the search index: {plain_size / 1e6:.1f} MB)")

    all_rate, han_rate, seg_rate = jieba_throughput(path)
    print(
        f"indexing text (jieba + clean text): {all_rate:,.0f} KB/s;  Han-bearing text only: {han_rate:,.0f} KB/s;"
        f"  segmenter alone: {seg_rate:,.0f} KB/s   (target ≥ 400 KB/s)"
    )
    time_queries(path, args.repeat, args.like_repeat)
    if not args.keep:
        shutil.rmtree(workdir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
