"""HTML export of a large library: linear in its size, measured against the Markdown export.

    .venv/bin/python tests/benchmarks/bench_export_large.py [--segments 100000]

A generated document (Chinese and English sentences, translations with gaps, a note every
50 segments) in two shapes: a library of talks with short paragraphs, and one talk with
no paragraph breaks at all (caption files), which is where the Markdown converter used to
go quadratic (100k segments took 14 minutes). Baseline, measured in the same run: the
Markdown export of the same document, which never goes through a converter. Printed: the
HTML/Markdown ratio, and how the HTML time grows from a quarter of the size to the whole
(4.0 is linear).
"""

from __future__ import annotations

import argparse
import sys
import time
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from reader.core.export import ExportDocument, ExportOptions, render
from reader.core.export.document import ExportNote, ExportParagraph, ExportSegment, ExportTalk


def make_document(segments: int, talks: int, per_paragraph: int) -> ExportDocument:
    made: list[ExportTalk] = []
    next_id = 0
    for number in range(talks):
        talk_segments: list[ExportSegment] = []
        for ordinal in range(segments // talks):
            next_id += 1
            chinese = ordinal % 3 == 0
            talk_segments.append(
                ExportSegment(
                    id=next_id,
                    ordinal=ordinal,
                    paragraph=ordinal // per_paragraph,
                    lang="zh" if chinese else "en",
                    text="我们今天讨论内存墙的问题。" if chinese else f"Sentence {ordinal}: *memory* bandwidth.",
                    clean_text=None,
                    translation=None if ordinal % 7 == 0 else ("A line." if chinese else "一句翻译。"),
                    translation_lang="en" if chinese else "zh",
                    translation_model="bench-model",
                )
            )
        notes: list[ExportNote] = []
        ending: dict[int, list[ExportNote]] = {}
        for start in range(0, len(talk_segments) - 1, 50):
            passage = tuple(talk_segments[start : start + 2])
            note = ExportNote(next_id * 100 + start, "yellow", f"Note **{start}**\n\n- one\n- two", passage)
            notes.append(note)
            ending.setdefault(passage[-1].paragraph, []).append(note)
        grouped: dict[int, list[ExportSegment]] = {}
        for segment in talk_segments:
            grouped.setdefault(segment.paragraph, []).append(segment)
        paragraphs = tuple(
            ExportParagraph(index, tuple(members), tuple(ending.get(index, ()))) for index, members in grouped.items()
        )
        made.append(ExportTalk(number + 1, f"Talk {number}", None, "bench.txt", "txt", None, paragraphs, tuple(notes)))
    return ExportDocument(talks=tuple(made), exported_at=datetime(2026, 1, 1), whole_library=True)


def _seconds(doc: ExportDocument, fmt: str, layout: str = "interleaved") -> float:
    start = time.perf_counter()
    render(doc, ExportOptions(format=fmt, layout=layout))  # type: ignore[arg-type]
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--segments", type=int, default=100_000)
    args = parser.parse_args()
    shapes = (("library, 50 talks, 5 per paragraph", 50, 5), ("one talk, one paragraph", 1, 10**9))
    for name, talks, per_paragraph in shapes:
        full = make_document(args.segments, talks, per_paragraph)
        quarter = make_document(args.segments // 4, talks, per_paragraph)
        markdown = _seconds(full, "md")
        for layout in ("interleaved", "table"):
            html_full = _seconds(full, "html", layout)
            html_quarter = _seconds(quarter, "html", layout)
            print(
                f"{name}, {args.segments} segments, html {layout}: {html_full:.1f} s "
                f"(markdown baseline {markdown:.1f} s, ratio {html_full / markdown:.1f}); "
                f"growth from {args.segments // 4}: x{html_full / html_quarter:.1f} (4.0 is linear)"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
