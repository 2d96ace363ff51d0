"""GUI responsiveness: open a 2,000-paragraph talk, translate it, start the app.

    .venv/bin/python tests/benchmarks/bench_gui.py [--paragraphs 2000] [--translate-seconds 15]
        [--trace-stalls] [--startup-only]

Figures (targets from the issue), each with a baseline measured in the same run:

1. **Open a 2,000-paragraph talk → first paint of its rows** (≤ 300 ms). Baseline: the
   naive way, laying out every row exactly before painting (what ``ResizeToContents`` or a
   ``sizeHint`` that always lays text out would do).
2. **Longest GUI event-loop stall while translating** with a tiny real CTranslate2 model
   (≤ 50 ms), measured by a 5 ms ``QTimer`` that records the largest gap between ticks.
   Baseline: the stall a design that translated on the GUI thread would cause (one batch
   run synchronously).
3. **App start → first paint of the talk's rows** in a fresh process (≤ 1.5 s), warm (jieba's
   dictionary table cached, every start but the first) and cold (the table's cache deleted
   first, so the start builds it). Baseline: a bare PySide6 window (import Qt, show a
   ``QLabel``, first paint) in a fresh process.

Everything runs offscreen in temporary folders; nothing touches the user's files.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

_TEMP = Path(tempfile.mkdtemp(prefix="talk-reader-bench-gui-"))
for _name in ("HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
    os.environ[_name] = str(_TEMP / _name.lower())
    Path(os.environ[_name]).mkdir(parents=True, exist_ok=True)
os.environ["ARGOS_PACKAGES_DIR"] = str(_TEMP / "argos-packages")
os.environ["ARGOS_PACKAGE_INDEX"] = "http://127.0.0.1:9/"
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

SAMPLE = ROOT / "tests" / "data" / "baai-2023-notes-6-part1.txt"
LONG_GAPS = 0


def build_big_talk(path: Path, paragraphs: int) -> tuple[int, int]:
    """A library with one talk of *paragraphs* paragraphs (2–4 sentences each, sample text)."""
    from reader.core.db import Library
    from reader.core.models import Segment, Talk
    from reader.core.textproc.language import detect_language
    from reader.core.textproc.sentences import split_sentences

    text = SAMPLE.read_text(encoding="utf-8")
    sentences = [text[a:b] for line in text.splitlines() if line.strip() for a, b in split_sentences(line)]
    sentences = [s for s in sentences if len(s) > 8]
    with Library.open(path) as library, library.session() as session:
        talk = Talk(title="Benchmark talk", speakers="Bench Speaker", position=0)
        session.add(talk)
        session.flush()
        rows = []
        ordinal = 0
        for paragraph in range(paragraphs):
            for _ in range(2 + paragraph % 3):
                sentence = sentences[ordinal % len(sentences)]
                rows.append(
                    dict(
                        talk_id=talk.id,
                        ordinal=ordinal,
                        paragraph=paragraph,
                        lang=detect_language(sentence),
                        text=sentence,
                        source_line=ordinal + 1,
                    )
                )
                ordinal += 1
        session.execute(Segment.__table__.insert(), rows)
        return talk.id, ordinal


class PaintProbe:
    """Records when a widget is next painted."""

    def __init__(self, widget) -> None:
        from PySide6.QtCore import QEvent, QObject

        probe = self

        class Filter(QObject):
            def eventFilter(self, obj, event):
                if event.type() == QEvent.Type.Paint and probe.armed:
                    probe.painted_at = time.perf_counter()
                    probe.armed = False
                return False

        self.armed = False
        self.painted_at = 0.0
        self.filter = Filter()
        widget.installEventFilter(self.filter)

    def arm(self) -> None:
        self.armed = True
        self.painted_at = 0.0


def wait_for(app, condition, timeout: float = 30.0) -> None:
    deadline = time.perf_counter() + timeout
    while not condition():
        if time.perf_counter() > deadline:
            raise SystemExit("benchmark timed out")
        app.processEvents()
        time.sleep(0.0005)


def bench_open(window, app, talk_id: int, other_id: int, runs: int = 5) -> tuple[list[float], list[float]]:
    probe = PaintProbe(window.reader_view.viewport())
    ours, naive = [], []
    shown: list[int] = []
    window.talk_shown.connect(lambda talk: (shown.append(talk), probe.arm()))

    def open_and_paint(target: int) -> float:
        probe.armed = False
        probe.painted_at = 0.0
        shown.clear()
        start = time.perf_counter()
        window.talk_view.open(target)
        # The first paint *after* the talk's rows are in the view counts.
        wait_for(app, lambda: target in shown and probe.painted_at > 0)
        return (probe.painted_at - start) * 1000

    for _run in range(runs):
        if window.reader_model.talk_id == talk_id:
            open_and_paint(other_id)
        ours.append(open_and_paint(talk_id))
        # Baseline: lay out every row exactly before the first paint.
        view = window.reader_view
        view.delegate.clear()
        probe.arm()
        start = time.perf_counter()
        view.delegate.measure(range(window.reader_model.rowCount()), view.visible_columns())
        view.doItemsLayout()
        view.viewport().update()
        wait_for(app, lambda: probe.painted_at > 0)
        naive.append((probe.painted_at - start) * 1000)
        view.relayout()
    return ours, naive


def idle_stalls(app, seconds: float) -> tuple[float, float]:
    """The same 5 ms timer with nothing to do: the machine's own noise floor (max, p99)."""
    from PySide6.QtCore import QTimer

    gaps: list[float] = []
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append((now - last[0]) * 1000)
        last[0] = now

    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(tick)
    timer.start()
    last[0] = time.perf_counter()
    deadline = time.perf_counter() + seconds
    while time.perf_counter() < deadline:
        app.processEvents()
        time.sleep(0.001)
    timer.stop()
    gaps = sorted(gaps[1:] or [0.0])
    return gaps[-1], gaps[int(len(gaps) * 0.99) - 1]


class StallTracer:
    """Samples the GUI thread's stack every 2 ms from another thread, to say where a gap went.

    A sample is taken whenever the sampler gets the GIL: during a stall in Python code that
    is often enough to name the function; a stall in one long C call shows few samples.
    """

    def __init__(self) -> None:
        import collections
        import threading

        self.samples: collections.deque = collections.deque(maxlen=50_000)
        self._stop = threading.Event()
        self._gui = threading.main_thread().ident
        self._thread = threading.Thread(target=self._run, name="stall-tracer", daemon=True)

    def _run(self) -> None:
        import traceback

        while not self._stop.is_set():
            frame = sys._current_frames().get(self._gui)
            if frame is not None:
                self.samples.append((time.perf_counter(), traceback.extract_stack(frame, limit=30)))
            time.sleep(0.002)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()

    def report(self, gaps: list[tuple[float, float]], count: int = 3) -> str:
        """The commonest innermost frames of our own code during the *count* longest gaps."""
        import collections

        lines = []
        for start, end in sorted(gaps, key=lambda gap: gap[0] - gap[1])[:count]:
            places: collections.Counter[str] = collections.Counter()
            for when, stack in self.samples:
                if start < when < end:
                    ours = [f for f in stack if "/reader/" in f.filename] or stack[-1:]
                    places[" <- ".join(f"{Path(f.filename).name}:{f.lineno} {f.name}" for f in ours[::-1][:4])] += 1
            lines.append(f"  gap of {(end - start) * 1000:.0f} ms:")
            lines += [f"    {n} samples in {place}" for place, n in places.most_common(3)] or ["    no samples"]
        return "\n".join(lines)


def bench_translation(
    window, app, seconds: float, tracer: StallTracer | None = None
) -> tuple[float, float, int, float, list[tuple[float, float]]]:
    from PySide6.QtCore import QTimer

    gaps: list[float] = []
    spans: list[tuple[float, float]] = []
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append((now - last[0]) * 1000)
        spans.append((last[0], now))
        last[0] = now

    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(tick)
    if tracer is not None:
        tracer.start()
    controller = window.translation
    done_before = window.reader_model.translated_count()[0]
    timer.start()
    last[0] = time.perf_counter()
    window.talk_translation.translate_now()
    deadline = time.perf_counter() + seconds
    view = window.reader_view
    step = 0
    while time.perf_counter() < deadline and (controller.running or not controller.idle or step == 0):
        app.processEvents()
        time.sleep(0.001)
        step += 1
        if step % 400 == 0:  # the reader scrolls while batches arrive: re-prioritisation too
            bar = view.verticalScrollBar()
            bar.setValue(min(bar.maximum(), bar.value() + view.viewport().height()))
    controller.cancel()
    wait_for(app, lambda: controller.idle, timeout=60)
    timer.stop()
    if tracer is not None:
        tracer.stop()
    translated = window.reader_model.translated_count()[0] - done_before
    gaps = gaps[1:] or [0.0]
    global LONG_GAPS
    LONG_GAPS = sum(1 for g in gaps if g > 50)
    gaps.sort()
    # Baseline: one batch translated synchronously, as a GUI-thread design would do it.
    from reader.core.translate import SourceSegment

    engine = controller.engine()
    model = window.reader_model
    segments = [model.segment(i) for i in model.segment_ids(range(0, 20))]
    plan = engine.plan(SourceSegment(s.id, s.lang, s.text) for s in segments if s is not None)
    start = time.perf_counter()
    for _batch in engine.run(plan):
        break
    blocking = (time.perf_counter() - start) * 1000
    return gaps[-1], gaps[int(len(gaps) * 0.99) - 1], translated, blocking, spans[1:]


STARTUP_CHILD = textwrap.dedent(
    """
    import sys, time
    from PySide6.QtCore import QEvent, QObject, QTimer
    mode, library = sys.argv[1], sys.argv[2]
    painted = []
    marks = {}
    class Probe(QObject):
        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint and not painted:
                painted.append(time.time())
                heavy = sorted({m.split(".")[0] for m in sys.modules} & {"jieba", "pkg_resources"})
                QTimer.singleShot(
                    0, lambda: sys.exit(print(repr(marks)) or print(repr(heavy)) or print(repr(painted[0])) or 0)
                )
            return False
    class FramePainted(QObject):
        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint:
                marks.setdefault("frame", time.time())
            return False
    probe = Probe()
    frame_probe = FramePainted()
    if mode == "bare":
        from PySide6.QtWidgets import QApplication, QLabel
        app = QApplication([])
        window = QLabel("hello")
        window.installEventFilter(probe)
        window.show()
        app.exec()
    else:
        from reader.core.db import Library
        from reader.gui.app import AppController, ensure_app
        from reader.gui.settings import Settings
        marks["imported"] = time.time()
        app = ensure_app()
        settings = Settings.at(library + ".ini")
        settings.auto_translate = False
        controller = AppController(Library.open(library), settings, app)
        controller.window.reader_view.viewport().installEventFilter(probe)
        controller.window.installEventFilter(frame_probe)
        controller.window.show()
        marks["shown"] = time.time()
        app.exec()
    """
)


def _startup_run(mode: str, library: Path) -> tuple[float, dict[str, float], list[str]]:
    """One fresh process: ms to the first paint, its milestones, heavy modules loaded by then."""
    import ast

    start = time.time()
    out = subprocess.run(
        [sys.executable, "-c", STARTUP_CHILD, mode, str(library)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )
    if out.returncode != 0:
        raise SystemExit(f"startup child failed:\n{out.stderr}")
    lines = out.stdout.strip().splitlines()
    marks = {name: (when - start) * 1000 for name, when in ast.literal_eval(lines[-3]).items()}
    return (float(lines[-1]) - start) * 1000, marks, ast.literal_eval(lines[-2])


def bench_startup(library: Path, runs: int = 3) -> dict[str, tuple[float, dict[str, float], list[str]]]:
    """Best of *runs* fresh processes each: a bare Qt window, the app with its cached
    dictionary table (``warm``), and the app with that cache deleted first (``cold``: the first
    start after installing, which builds it).

    Each is (ms from process start to the first paint of the reader, the best run's milestones
    in ms, the heavy modules that run had loaded by its first paint).
    """
    from reader.core.paths import cache_dir
    from reader.core.textproc.dictionary import CACHE_NAME

    cache = cache_dir() / CACHE_NAME
    results = {}
    for label, mode in (("bare", "bare"), ("cold", "app"), ("warm", "app")):
        best: tuple[float, dict[str, float], list[str]] | None = None
        for _ in range(runs):
            if label == "cold":
                cache.unlink(missing_ok=True)
            run = _startup_run(mode, library)
            if best is None or run[0] < best[0]:
                best = run
        assert best is not None
        results[label] = best
    return results


def report_startup(library: Path) -> None:
    results = bench_startup(library)
    bare_ms = results["bare"][0]
    for label, what in (("warm", "dictionary table cached"), ("cold", "dictionary table built first")):
        app_ms, marks, heavy = results[label]
        print(
            f"app start -> first paint of the talk, {what} (fresh process, best of 3): {app_ms:.0f} ms "
            f"(target <= 1500 ms); bare PySide6 window {bare_ms:.0f} ms -> app costs {app_ms / bare_ms:.1f}x "
            "a bare window"
        )
        print(
            f"  of which: imports {marks.get('imported', 0):.0f} ms, window built and shown at "
            f"{marks.get('shown', 0):.0f} ms, window frame painted at {marks.get('frame', 0):.0f} ms, "
            f"the talk's rows {app_ms - marks.get('shown', 0):.0f} ms after showing; "
            f"loaded by then: {', '.join(heavy) or 'neither jieba nor pkg_resources'}"
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--paragraphs", type=int, default=2000)
    parser.add_argument("--translate-seconds", type=float, default=15.0)
    parser.add_argument(
        "--zh-en-package",
        type=Path,
        help="a real-size .argosmodel for zh→en (e.g. the one bench_translate.py caches), so the "
        "stall is measured while CTranslate2 keeps every core busy",
    )
    parser.add_argument(
        "--trace-stalls", action="store_true", help="say where the GUI thread was during the longest gaps"
    )
    parser.add_argument("--startup-only", action="store_true", help="measure only app start -> first paint")
    args = parser.parse_args()

    from reader.core.translate.packages import install_package
    from tests.support.tiny_model import EN_ZH_MARKER, ZH_EN_MARKER, build_tiny_package

    for src, dst, marker in (("zh", "en", ZH_EN_MARKER), ("en", "zh", EN_ZH_MARKER)):
        if src == "zh" and args.zh_en_package:
            install_package(args.zh_en_package)
            continue
        install_package(build_tiny_package(_TEMP / "packages", src, dst, marker))
    library_path = _TEMP / "library.sqlite3"
    talk_id, segments = build_big_talk(library_path, args.paragraphs)
    from reader.core import library as lib
    from reader.core.db import Library

    with Library.open(library_path) as library:
        other_id = lib.import_file(library, SAMPLE).talks[0].id
    if args.startup_only:
        report_startup(library_path)
        return 0

    from reader.gui.app import AppController, ensure_app
    from reader.gui.settings import Settings

    app = ensure_app()
    settings = Settings.at(_TEMP / "settings.ini")
    settings.auto_translate = False
    settings.last_talk = other_id
    controller = AppController(Library.open(library_path), settings, app)
    window = controller.window
    window.resize(1280, 800)
    window.show()
    wait_for(app, lambda: window.reader_model.talk_id == other_id)

    ours, naive = bench_open(window, app, talk_id, other_id)
    ours.sort()
    naive.sort()
    print(f"input: one talk of {args.paragraphs} paragraphs, {segments} segments; window 1280x800 offscreen")
    print(
        f"open talk -> first paint: median {ours[len(ours) // 2]:.0f} ms, worst {ours[-1]:.0f} ms "
        f"(target <= 300 ms); naive full layout {naive[len(naive) // 2]:.0f} ms "
        f"-> {naive[len(naive) // 2] / ours[len(ours) // 2]:.1f}x faster"
    )

    idle_max, idle_p99 = idle_stalls(app, min(5.0, args.translate_seconds))
    # Find in the whole talk (the GUI thread scans what is displayed; clean texts come from a worker).
    wait_for(app, lambda: bool(window.reader_model._clean_texts))
    window.reader_model._cache.clear()
    start = time.perf_counter()
    window.find_bar.open_bar("是")
    find_ms = (time.perf_counter() - start) * 1000
    hits = len(window.find_bar.hits)
    start = time.perf_counter()
    window.find_bar.edit.setText("是一")
    refine_ms = (time.perf_counter() - start) * 1000
    window.find_bar.close_bar()
    print(
        f"find in talk: first search {find_ms:.0f} ms ({hits} hits, cells built cold), "
        f"next keystroke {refine_ms:.0f} ms"
    )

    tracer = StallTracer() if args.trace_stalls else None
    stall, p99, translated, blocking, spans = bench_translation(window, app, args.translate_seconds, tracer)
    model_kind = "Transformer-base zh→en + tiny en→zh" if args.zh_en_package else "tiny model"
    print(
        f"translating ({model_kind}, {translated} segments stored in {args.translate_seconds:.0f} s max, "
        f"scrolling meanwhile): longest event-loop stall {stall:.0f} ms, p99 gap {p99:.0f} ms "
        f"(target <= 50 ms), {LONG_GAPS} gaps over 50 ms; one batch on the GUI thread would block "
        f"{blocking:.0f} ms; idle event loop on this machine right now: longest gap {idle_max:.0f} ms, "
        f"p99 {idle_p99:.0f} ms"
    )
    if tracer is not None:
        print("where the GUI thread was during the longest gaps (our code, innermost first):")
        print(tracer.report(spans))
    window.close()
    controller.shutdown()

    report_startup(library_path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
