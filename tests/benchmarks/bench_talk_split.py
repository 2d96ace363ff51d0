"""Talk-boundary quality (and cost) of the real import planning on a transcript.

Usage::

    .venv/bin/python tests/benchmarks/bench_talk_split.py [FILE [TALKS_JSON]]

FILE defaults to ``tests/data/baai-2023-notes-6-part1.txt``; TALKS_JSON defaults to FILE with
``.talks.json`` in place of its suffix. The JSON holds ``{"talks": [{"first_line": N, ...}]}``
with 1-based line numbers of the raw file (blank lines counted).

Measure: the file goes through :func:`reader.core.importing.prepare_import` exactly as an
import does (decode, parse, sentence units, talk detection, titles). Each planned talk's
predicted start is its first line (``PlannedTalk.source_lines[0]``); the true starts are the
JSON's ``first_line`` values. A predicted start matches a true one when they differ by at
most 3 lines, one-to-one, each predicted start taking the nearest free true start. Precision
= matched / predicted talks, recall = matched / true talks, F1 = harmonic mean. The first
talk counts like any other (see :mod:`reader.core.textproc.boundary_eval`).

Cost: the time of the whole planning is printed against a baseline measured in the same run —
parsing and sentence splitting alone — so the ratio shows what talk detection, titles and
paragraphs add. The ASR clean-up view (:func:`clean_text`), which the reader runs over a whole
talk when it opens one, is timed over every segment against one plain regex pass over the same
texts.
"""

from __future__ import annotations

import json
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path

from reader.core import importers
from reader.core.importing import prepare_import, read_source, units_from_blocks
from reader.core.textproc.boundary_eval import boundary_match
from reader.core.textproc.cleanup import clean_text

DEFAULT = Path(__file__).resolve().parents[1] / "data" / "baai-2023-notes-6-part1.txt"
TOLERANCE = 3


def _best_of(run: Callable[[], object], repeats: int = 3) -> float:
    best = float("inf")
    for _ in range(repeats):
        started = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - started)
    return best


def main(argv: list[str]) -> int:
    path = Path(argv[1]) if len(argv) > 1 else DEFAULT
    truth_path = Path(argv[2]) if len(argv) > 2 else path.with_suffix(".talks.json")
    truth = json.loads(truth_path.read_text(encoding="utf-8"))
    true_starts = [talk["first_line"] for talk in truth["talks"]]

    decoded = read_source(path)

    def split_only() -> int:
        doc = importers.parse(path, decoded.text, importers.detect_format(path, decoded.text))
        return len(units_from_blocks(doc.blocks))

    units = split_only()  # warm up jieba and the detectors outside the timings
    baseline = _best_of(split_only)
    planning = _best_of(lambda: prepare_import(path, decoded))
    prepared = prepare_import(path, decoded)
    segments = [(unit.text, unit.lang) for talk in prepared.talks for unit in talk.units]
    spaces = re.compile(r"\s+")
    plain = _best_of(lambda: [spaces.sub(" ", text) for text, _ in segments])
    cleaning = _best_of(lambda: [clean_text(text, lang) for text, lang in segments])

    predicted = [talk.source_lines[0] for talk in prepared.talks]
    score = boundary_match(predicted, true_starts, TOLERANCE)
    print(f"file: {path.name}  lines: {prepared.line_count}  chars: {len(decoded.text)}  units: {units}")
    print(f"true starts:      {true_starts}")
    print(f"predicted starts: {predicted}")
    print(f"precision {score.precision:.3f}  recall {score.recall:.3f}  F1 {score.f1:.3f}  (±{TOLERANCE} lines)")
    for number, talk in enumerate(prepared.talks, 1):
        first, last = talk.source_lines
        speakers = f"  [{talk.speakers}]" if talk.speakers else ""
        print(f"  {number}. lines {first}-{last}: {talk.title}{speakers}")
    print(
        f"time: planning {planning * 1000:.0f} ms vs parse+sentences {baseline * 1000:.0f} ms "
        f"(ratio {planning / baseline:.2f})"
    )
    print(
        f"time: clean_text over {len(segments)} segments {cleaning * 1000:.0f} ms "
        f"({cleaning / len(segments) * 1e6:.0f} µs each) vs one regex pass {plain * 1000:.1f} ms "
        f"(ratio {cleaning / plain:.1f})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
