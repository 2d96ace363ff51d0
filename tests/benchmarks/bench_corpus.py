"""Import quality and cost over a folder of real transcripts.

Usage::

    .venv/bin/python tests/benchmarks/bench_corpus.py CORPUS_DIR [--annotations DIR] [--only ID ...] [--verbose]

CORPUS_DIR holds the files (``../shared/corpus/get.sh`` extracts the dev corpus into
``corpus-cache/``; ``tests/data/corpus-annotations/held-out/get.sh`` the held-out set into
``corpus-heldout/``). A listing — ``dev-corpus.json`` in CORPUS_DIR, a ``*-corpus.json``
beside the annotations, or ``../shared/corpus/dev-corpus.json`` — gives each file's id and
kind; otherwise every supported file in the folder is imported. Annotations are
``<id>.talks.json`` files (default ``tests/data/corpus-annotations/``) with the first line —
and for files of very long lines the first character offset — of each true talk.

Every file goes through the real pipeline, :func:`reader.core.library.import_file`, into a
fresh library (storing and search indexing included). Printed per file: refused / error,
talks found vs annotated, boundary precision / recall / F1 (±3 lines; by character offset,
±``OFFSET_TOLERANCE``, where two annotated talks start on one line), the talk titles, clean-up
differences that are not fillers, stutters, emoji or stray marks
(:func:`reader.core.textproc.cleanup_audit.unexplained_removals`), and seconds per MB. With
``--verbose``, each annotated start no predicted start matched (with its label) and each
false start, to group the misses by kind. The first talk's start counts as found whatever
line it is on (it is the start of the file's text either way: an annotator may count sound
tags or a dropped heading before the first sentence).

Totals: files refused, errors (tracebacks), boundary F1 micro-averaged over annotated
multi-talk files, the share of single-talk files kept whole, and import seconds per MB
against a baseline measured in the same run: decoding and parsing alone (so the ratio shows
what sentence splitting, talk detection, titles, storing and indexing add). Annotated files
listed in ``held-out.json`` beside the annotations are reported apart: the detector was not
tuned on them.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
import traceback
from dataclasses import dataclass, field
from pathlib import Path

from reader.core import importers
from reader.core.db import Library
from reader.core.importing import read_source
from reader.core.library import import_file, talk_segments
from reader.core.models import Talk
from reader.core.textproc.boundary_eval import BoundaryScore, boundary_match
from reader.core.textproc.cleanup import clean_text
from reader.core.textproc.cleanup_audit import unexplained_removals

REPO = Path(__file__).resolve().parents[2]
DEFAULT_ANNOTATIONS = REPO / "tests" / "data" / "corpus-annotations"
LINE_TOLERANCE = 3
#: About three lines of a notes file; a sentence or two of a one-line transcript.
OFFSET_TOLERANCE = 300


@dataclass
class FileReport:
    name: str
    kind: str
    size: int
    status: str = "imported"
    message: str = ""
    talks: list[tuple[int, int | None, str, str | None]] = field(default_factory=list)
    seconds: float = 0.0
    parse_seconds: float = 0.0
    score: BoundaryScore | None = None
    true_talks: int | None = None
    unexplained: list[str] = field(default_factory=list)
    segments: int = 0
    #: Annotated starts no predicted start matched, and predicted starts matching none (for --verbose).
    missed: list[str] = field(default_factory=list)
    false_starts: list[str] = field(default_factory=list)


def _entries(corpus: Path, annotations: Path) -> list[dict[str, str]]:
    listings = [
        corpus / "dev-corpus.json",
        *sorted(annotations.glob("*-corpus.json")),
        REPO.parent / "shared" / "corpus" / "dev-corpus.json",
    ]
    for listing in listings:
        if listing.is_file():
            entries = json.loads(listing.read_text(encoding="utf-8"))
            present = [entry for entry in entries if (corpus / entry["file"]).is_file()]
            if present:
                return present
    return [
        {"id": path.stem, "file": path.name, "kind": "?"}
        for path in sorted(corpus.iterdir())
        if path.is_file() and path.suffix.lower() in importers.SUPPORTED_SUFFIXES
    ]


def _score(report: FileReport, annotation: dict[str, object], line_tolerance: int = LINE_TOLERANCE) -> None:
    talks = annotation["talks"]
    assert isinstance(talks, list)
    report.true_talks = len(talks)
    lines = [int(talk["first_line"]) for talk in talks]
    # Character offsets only where lines cannot tell talks apart (a transcript on one line,
    # or paragraphs of thousands of characters holding several talks' starts).
    by_offset = len(set(lines)) < len(lines)
    if by_offset and all("first_char" in talk for talk in talks) and all(o is not None for _, o, _, _ in report.talks):
        predicted = [offset for _, offset, _, _ in report.talks if offset is not None]
        truth = [int(talk["first_char"]) for talk in talks]
        unit, tolerance = "char", OFFSET_TOLERANCE * line_tolerance // LINE_TOLERANCE
    else:
        predicted = [line for line, _, _, _ in report.talks]
        truth = [int(talk["first_line"]) for talk in talks]
        unit, tolerance = "line", line_tolerance
    if predicted and truth and min(predicted) < truth[1 if len(truth) > 1 else 0]:
        # The first talk starts where the file's text does: sound tags ("[Music]") or a heading
        # the importer does not keep may put the annotator's line a few lines before the first
        # sentence. Both mean "the start of the file", not a decision of the splitter.
        predicted = sorted(predicted)
        predicted[0] = truth[0]
    report.score = boundary_match(predicted, truth, tolerance)
    _explain(report, predicted, truth, [talk for talk in talks if isinstance(talk, dict)], unit, tolerance)


def _explain(
    report: FileReport, predicted: list[int], truth: list[int], talks: list[dict], unit: str, tolerance: int
) -> None:
    """Which annotated starts were missed and which predicted ones are false, matched as
    :func:`boundary_match` matches them (each predicted start in order takes the nearest free one)."""
    taken: set[int] = set()
    matched_predicted: set[int] = set()
    for position in sorted(predicted):
        options = [t for t in truth if t not in taken and abs(t - position) <= tolerance]
        if options:
            taken.add(min(options, key=lambda t: (abs(t - position), t)))
            matched_predicted.add(position)
    for index, position in enumerate(truth):
        if position not in taken:
            nearest = min(predicted, key=lambda p: abs(p - position)) if predicted else None
            label = talks[index].get("label") or talks[index].get("speaker") or ""
            report.missed.append(f"{unit} {position} (nearest predicted {nearest}): {label}")
    for position in predicted:
        if position not in matched_predicted:
            nearest = min(truth, key=lambda t: abs(t - position))
            report.false_starts.append(f"{unit} {position} (nearest annotated {nearest})")


def _import_one(path: Path, entry: dict[str, str], workdir: Path) -> FileReport:
    report = FileReport(name=entry["id"], kind=entry.get("kind", "?"), size=path.stat().st_size)
    started = time.perf_counter()
    try:
        decoded = read_source(path)
        importers.parse(path, decoded.text)
    except Exception as exc:  # the import below reports it properly
        report.message = f"{type(exc).__name__}: {exc}"
    report.parse_seconds = time.perf_counter() - started
    library = Library.open(workdir / f"{entry['id']}.sqlite3")
    try:
        started = time.perf_counter()
        try:
            result = import_file(library, path)
        except Exception:
            report.status, report.message = "error", traceback.format_exc(limit=4)
            return report
        report.seconds = time.perf_counter() - started
        if result.status != "imported":
            report.status, report.message = result.status, result.message or ""
            return report
        with library.read_session() as session:
            for imported in result.talks:
                talk = session.get(Talk, imported.id)
                assert talk is not None
                segments = talk_segments(session, imported.id)
                report.segments += len(segments)
                offset = segments[0].source_offset if segments else None
                report.talks.append((imported.source_lines[0], offset, talk.title, talk.speakers))
                for segment in segments:
                    removed = unexplained_removals(segment.text, clean_text(segment.text, segment.lang), segment.lang)
                    report.unexplained.extend(removed)
    finally:
        library.close()
    return report


def _print_file(report: FileReport, verbose: bool = False) -> None:
    mb = report.size / 1e6
    head = f"{report.name} [{report.kind}] {report.size / 1024:.0f} KB"
    if report.status != "imported":
        print(f"{head}: {report.status.upper()} {report.message.strip()}")
        return
    found = f"talks {len(report.talks)}"
    if report.true_talks is not None and report.score is not None:
        s = report.score
        found += f" vs {report.true_talks} annotated  P {s.precision:.2f} R {s.recall:.2f} F1 {s.f1:.2f}"
    print(
        f"{head}: {found}; {report.segments} segments; {report.seconds:.1f} s "
        f"({report.seconds / mb:.1f} s/MB); clean-up differences not fillers: {len(report.unexplained)}"
    )
    for line, offset, title, speakers in report.talks[:60]:
        where = f"line {line}" + (f" @{offset}" if offset is not None and report.kind == "multi-talk" else "")
        print(f"    {where}: {title}" + (f"  [{speakers}]" if speakers else ""))
    if len(report.talks) > 60:
        print(f"    … {len(report.talks) - 60} more")
    for example in report.unexplained[:3]:
        print(f"    clean-up removed: {example!r}")
    if verbose:
        for missed in report.missed:
            print(f"    MISSED {missed}")
        for false_start in report.false_starts:
            print(f"    FALSE START {false_start}")


def _summary(label: str, reports: list[FileReport]) -> None:
    scored = [r for r in reports if r.score is not None and (r.true_talks or 0) > 1]
    if scored:
        matched = sum(r.score.matched for r in scored if r.score)
        predicted = sum(r.score.predicted for r in scored if r.score)
        true = sum(r.score.true for r in scored if r.score)
        total = BoundaryScore(predicted=predicted, true=true, matched=matched)
        mean_f1 = sum(r.score.f1 for r in scored if r.score) / len(scored)
        print(
            f"{label}: boundary P {total.precision:.3f} R {total.recall:.3f} F1 {total.f1:.3f} "
            f"(micro, {len(scored)} multi-talk files; mean per-file F1 {mean_f1:.3f})"
        )
    singles = [r for r in reports if r.status == "imported" and (r.true_talks == 1 or r.kind != "multi-talk")]
    singles = [r for r in singles if r.true_talks in (None, 1)]
    if singles:
        whole = [r for r in singles if len(r.talks) == 1]
        print(f"{label}: single-talk files kept whole {len(whole)}/{len(singles)} ({len(whole) / len(singles):.0%})")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--annotations", type=Path, default=DEFAULT_ANNOTATIONS)
    parser.add_argument("--only", nargs="*", default=None, help="ids (or prefixes of ids) to import")
    parser.add_argument(
        "--verbose", action="store_true", help="list the annotated starts missed and the false starts of each file"
    )
    parser.add_argument(
        "--tolerance",
        type=int,
        default=LINE_TOLERANCE,
        help="lines a predicted start may be off (default 3; offsets scale with it)",
    )
    args = parser.parse_args(argv[1:])

    entries = _entries(args.corpus, args.annotations)
    if args.only:
        entries = [e for e in entries if any(e["id"].startswith(prefix) for prefix in args.only)]
    held_out_file = args.annotations / "held-out.json"
    held_out = set(json.loads(held_out_file.read_text(encoding="utf-8"))) if held_out_file.is_file() else set()
    # Warm up jieba and the detectors once, outside every timing.
    import_warmup = args.corpus / entries[0]["file"] if entries else None
    reports: list[FileReport] = []
    with tempfile.TemporaryDirectory(prefix="bench-corpus-") as tmp:
        workdir = Path(tmp)
        if import_warmup is not None:
            _import_one(import_warmup, {"id": "warmup", "file": import_warmup.name}, workdir)
        for entry in entries:
            path = args.corpus / entry["file"]
            report = _import_one(path, entry, workdir)
            annotation_file = args.annotations / f"{entry['id']}.talks.json"
            if report.status == "imported" and annotation_file.is_file():
                _score(report, json.loads(annotation_file.read_text(encoding="utf-8")), args.tolerance)
            elif report.status == "imported" and entry.get("kind") != "multi-talk":
                report.true_talks = None
            _print_file(report, args.verbose)
            reports.append(report)
            sys.stdout.flush()

    print()
    size = sum(r.size for r in reports)
    refused = [r for r in reports if r.status == "failed"]
    errors = [r for r in reports if r.status == "error"]
    imported = [r for r in reports if r.status == "imported"]
    seconds = sum(r.seconds for r in imported)
    parse_seconds = sum(r.parse_seconds for r in imported)
    imported_mb = sum(r.size for r in imported) / 1e6
    print(f"files: {len(reports)} ({size / 1e6:.1f} MB); refused {len(refused)}; errors {len(errors)}")
    for report in refused + errors:
        print(f"  {report.name}: {report.message.strip().splitlines()[-1] if report.message.strip() else ''}")
    tuned = [r for r in reports if r.name not in held_out]
    held = [r for r in reports if r.name in held_out]
    _summary("all", reports)
    if held:
        _summary("tuned-on", tuned)
        _summary("held-out", held)
    unexplained = sum(len(r.unexplained) for r in reports)
    print(f"clean-up differences that are not fillers, stutters, emoji or stray marks: {unexplained}")
    if imported_mb and parse_seconds:
        print(
            f"import: {seconds:.1f} s for {imported_mb:.2f} MB = {seconds / imported_mb:.1f} s/MB "
            f"(slowest {max(r.seconds / (r.size / 1e6) for r in imported):.1f} s/MB); baseline decode+parse "
            f"{parse_seconds:.2f} s = {parse_seconds / imported_mb:.2f} s/MB; ratio {seconds / parse_seconds:.0f}x"
        )
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
