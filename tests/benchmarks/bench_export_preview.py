"""Export preview: what the GUI thread pays per option change, against showing the whole export.

    .venv/bin/python tests/benchmarks/bench_export_preview.py [--copies 1]

The export dialog renders on a worker (:func:`reader.gui.dialogs.export_dialog.make_preview`)
and shows at most a readable beginning; the GUI thread only puts that text into a widget.
Baseline, measured in the same run: putting the whole rendered export into the same
widget, as a dialog without the cut would. The input is the shared sample notes (five
talks, Chinese and English), imported ``--copies`` times into one library.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

_TEMP = Path(tempfile.mkdtemp(prefix="talk-reader-bench-preview-"))
for _name in ("HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
    os.environ[_name] = str(_TEMP / _name.lower())
    Path(os.environ[_name]).mkdir(parents=True, exist_ok=True)
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
SAMPLE = ROOT / "tests" / "data" / "baai-2023-notes-6-part1.txt"


def _median_ms(fn, runs: int = 3) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=1)
    args = parser.parse_args()

    from PySide6.QtWidgets import QPlainTextEdit, QTextBrowser

    from reader.core import library as lib
    from reader.core.db import Library
    from reader.core.export import ExportOptions, build_document, render
    from reader.gui.app import ensure_app
    from reader.gui.dialogs.export_dialog import make_preview

    app = ensure_app()
    with Library.open(_TEMP / "library.sqlite3") as library:
        for copy in range(args.copies):
            source = _TEMP / f"notes-{copy}.txt"
            source.write_text(SAMPLE.read_text(encoding="utf-8") + f"\n\n{copy}\n", encoding="utf-8")
            lib.import_file(library, source)
        with library.read_session() as session:
            start = time.perf_counter()
            doc = build_document(session, None, clean=True)
            read_ms = (time.perf_counter() - start) * 1000
    segments = sum(len(talk.segments) for talk in doc.talks)
    print(f"input: {len(doc.talks)} talks, {segments} segments; snapshot read once in {read_ms:.0f} ms (worker)")
    text_view, html_view = QPlainTextEdit(), QTextBrowser()
    for view in (text_view, html_view):
        view.resize(620, 540)
        view.show()

    def show(text: str, html: bool) -> None:
        (html_view.setHtml if html else text_view.setPlainText)(text)
        app.processEvents()

    for fmt, layout in (("md", "interleaved"), ("md", "table"), ("html", "interleaved"), ("html", "table")):
        options = ExportOptions(fmt, layout, "both", True)
        worker_ms = _median_ms(lambda o=options: make_preview(doc, o))
        preview = make_preview(doc, options)
        full = render(doc, options).text
        gui_ms = _median_ms(lambda p=preview: show(p.text, p.html))
        whole_ms = _median_ms(lambda f=full, h=preview.html: show(f, h), runs=1)
        print(
            f"{fmt:>4} {layout:<11}: worker {worker_ms:4.0f} ms; GUI thread {gui_ms:4.0f} ms for "
            f"{len(preview.text):,} of {len(full):,} chars; whole export on the GUI thread {whole_ms:5.0f} ms "
            f"-> {whole_ms / max(gui_ms, 0.1):.1f}x"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
