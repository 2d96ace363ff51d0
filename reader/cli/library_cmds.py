"""Library commands: import, talks, show, rename, split, merge, delete, speakers, rename-speaker."""

from __future__ import annotations

import argparse
import sys
import threading
import unicodedata
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reader.cli.args import file_name, row_id
from reader.cli.context import CliContext, ProgressBar, print_json, sigint_sets
from reader.core import library as lib
from reader.core import speakers as spk
from reader.core.importing import FileImportResult, ImportStatus
from reader.core.textproc.cleanup import clean_text

if TYPE_CHECKING:
    from reader.core.folder_import import FolderImportSummary
    from reader.core.models import Segment


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = subparsers.add_parser("import", help="import transcript files (txt, md, srt, vtt)")
    p.add_argument("paths", nargs="+", metavar="PATH", type=file_name)
    p.add_argument("--json", action="store_true", help="print results as JSON")
    p.set_defaults(handler=cmd_import)

    p = subparsers.add_parser("talks", help="list the talks in the library")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_talks)

    p = subparsers.add_parser("show", help="print a talk")
    p.add_argument("talk", type=row_id, metavar="TALK")
    p.add_argument("--clean", action="store_true", help="show the ASR-cleaned reading text")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_show)

    p = subparsers.add_parser("rename", help="give a talk a new title")
    p.add_argument("talk", type=row_id, metavar="TALK")
    p.add_argument("title", metavar="TITLE")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_rename)

    p = subparsers.add_parser("split", help="split a talk in two before a segment")
    p.add_argument("talk", type=row_id, metavar="TALK")
    p.add_argument("--before", type=row_id, required=True, metavar="SEGMENT_ID")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_split)

    p = subparsers.add_parser("merge", help="append the second talk to the first")
    p.add_argument("first", type=row_id, metavar="TALK")
    p.add_argument("second", type=row_id, metavar="TALK")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_merge)

    p = subparsers.add_parser("delete", help="delete a talk")
    p.add_argument("talk", type=row_id, metavar="TALK")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_delete)

    p = subparsers.add_parser("speakers", help="list a talk's speakers with their turns")
    p.add_argument("talk", type=row_id, metavar="TALK")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_speakers)

    p = subparsers.add_parser(
        "rename-speaker",
        help="rename a speaker in one talk (to a name the talk has: merge the two)",
    )
    p.add_argument("talk", type=row_id, metavar="TALK")
    p.add_argument("old", metavar="OLD")
    p.add_argument("new", metavar="NEW")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_rename_speaker)


def _import_folder(path: Path, ctx: CliContext, as_json: bool) -> FolderImportSummary:
    from reader.core.folder_import import import_folder
    from reader.core.parallel_import import default_workers

    bar = ProgressBar(f"Importing {path.name or path}/")
    cancel = threading.Event()
    try:
        with sigint_sets(cancel, "stopping after the current file"):
            summary = import_folder(ctx.library, path, cancel=cancel, report=bar, workers=default_workers())
    finally:
        bar.finish()
    if not as_json:
        print(
            f"{path}/: imported {len(summary.imported)} file(s) as {summary.talks} talk(s); "
            f"{len(summary.duplicates)} already in the library; {len(summary.failed)} not imported; "
            f"{summary.skipped_other} other file(s) skipped"
        )
        for result in summary.failed:
            print(f"talk-reader: error: {result.message}", file=sys.stderr)
        for folder, why in summary.unreadable:
            print(f"talk-reader: error: {folder}: {why}", file=sys.stderr)
        if summary.report_path is not None:
            print(f"  report: {summary.report_path}")
    if summary.cancelled:
        print("talk-reader: interrupted; the files imported so far are kept, run again to go on", file=sys.stderr)
    return summary


def cmd_import(args: argparse.Namespace, ctx: CliContext) -> int:
    ctx.library.require_writable()  # before reading and parsing every file
    results: list[FileImportResult] = []
    folders: list[FolderImportSummary] = []
    for raw in args.paths:
        path = Path(raw)
        if path.is_dir():
            summary = _import_folder(path, ctx, args.json)
            folders.append(summary)
            results += summary.imported + summary.duplicates + summary.failed
            if summary.cancelled:
                break
            continue
        bar = ProgressBar(f"Importing {path.name}")
        try:
            result = lib.import_file(ctx.library, path, report=bar)
        finally:
            bar.finish()
        results.append(result)
        if not args.json:
            for warning in result.warnings:
                print(f"talk-reader: warning: {path}: {warning}", file=sys.stderr)
            if result.status is ImportStatus.IMPORTED:
                print(f"{path}: imported {len(result.talks)} talk(s)")
                for talk in result.talks:
                    where = _where(talk.source_lines, talk.source_chars)
                    print(f"  #{talk.id}  {talk.title}  ({where}, {talk.segments} segments)")
            elif result.status is ImportStatus.SKIPPED:
                print(f"{path}: skipped, {result.message}")
            else:
                print(f"talk-reader: error: {result.message}", file=sys.stderr)
    if args.json:
        print_json(
            {
                "imported": [r.to_json() for r in results if r.status is ImportStatus.IMPORTED],
                "skipped": [
                    {"path": str(r.path), "message": r.message} for r in results if r.status is ImportStatus.SKIPPED
                ],
                "errors": [
                    {"path": str(r.path), "message": r.message} for r in results if r.status is ImportStatus.FAILED
                ],
                **({"folders": [summary.to_json() for summary in folders]} if folders else {}),
            }
        )
    if any(summary.cancelled for summary in folders):
        return 130
    failed = any(r.status is ImportStatus.FAILED for r in results) or any(s.unreadable for s in folders)
    return 1 if failed else 0


def _where(lines: tuple[int, int], chars: tuple[int, int] | None) -> str:
    """Where a talk sits in its file: its lines, and its characters when it fits on one line
    (a transcript on a single line has several talks on "line 1")."""
    first, last = lines
    if first == last and chars is not None:
        return f"line {first}, characters {chars[0]:,}-{chars[1]:,}"
    return f"lines {first}-{last}"


def cmd_talks(args: argparse.Namespace, ctx: CliContext) -> int:
    with ctx.library.read_session() as session:
        talks = lib.list_talks(session)
    if args.json:
        print_json([talk.to_json() for talk in talks])
        return 0
    if not talks:
        print("The library is empty. Import transcripts with: talk-reader import FILE...")
        return 0
    for talk in talks:
        langs = ", ".join(f"{lang} {count}" for lang, count in talk.languages.items())
        lines = _where(talk.source_lines, talk.source_chars) if talk.source_lines else ""
        print(f"#{talk.id:<4} {talk.title}")
        details = [d for d in (talk.speakers, talk.source, lines, f"{talk.segments} segments", langs) if d]
        print(f"      {' · '.join(details)}")
    return 0


def segment_json(segment: Segment, turn_start: bool = False) -> dict[str, Any]:
    """A segment for ``show --json``; ``turn_start`` marks where the reader shows the speaker."""
    translation = segment.translation
    return {
        "id": segment.id,
        "ordinal": segment.ordinal,
        "paragraph": segment.paragraph,
        "lang": segment.lang,
        "text": segment.text,
        "clean_text": clean_text(segment.text, segment.lang),
        "source_line": segment.source_line,
        "start_ms": segment.start_ms,
        "end_ms": segment.end_ms,
        "speaker": segment.speaker,
        "turn_start": turn_start,
        "translation": translation.text if translation else None,
        "translation_model": translation.model if translation else None,
        "translation_engine": (translation.engine_name or "argos") if translation and not translation.edited else None,
        "translation_edited": bool(translation.edited) if translation else False,
    }


def _timestamp(ms: int) -> str:
    seconds, millis = divmod(ms, 1000)
    minutes, seconds = divmod(seconds, 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours:02d}:{minutes:02d}:{seconds:02d}"


def cmd_show(args: argparse.Namespace, ctx: CliContext) -> int:
    with ctx.library.read_session() as session:
        talk = lib.get_talk(session, args.talk)
        segments = lib.talk_segments(session, args.talk)
        (summary,) = lib.list_talks(session, [talk.id])
        starts = spk.turn_starts([s.speaker for s in segments])
        if args.json:
            print_json(
                {
                    "talk": summary.to_json(),
                    "segments": [segment_json(s, start) for s, start in zip(segments, starts, strict=True)],
                }
            )
            return 0
        print(talk.title)
        if talk.speakers:
            print(talk.speakers)
        print()
        paragraph: int | None = None
        for segment, turn_start in zip(segments, starts, strict=True):
            if paragraph is not None and (segment.paragraph != paragraph or turn_start):
                print()
            paragraph = segment.paragraph
            if turn_start:
                print(f"{segment.speaker}:")
            text = clean_text(segment.text, segment.lang) if args.clean else segment.text
            if not text:
                continue
            stamp = f"[{_timestamp(segment.start_ms)}] " if segment.start_ms is not None else ""
            print(f"{stamp}{text}")
            if segment.translation is not None:
                print(f"    → {segment.translation.text}")
    return 0


def cmd_rename(args: argparse.Namespace, ctx: CliContext) -> int:
    with ctx.library.session() as session:
        talk = lib.rename_talk(session, args.talk, args.title)
        result = {"id": talk.id, "title": talk.title}
    print_json(result) if args.json else print(f"#{result['id']} renamed to {result['title']}")
    return 0


def cmd_split(args: argparse.Namespace, ctx: CliContext) -> int:
    with ctx.library.session() as session:
        new_talk = lib.split_talk(session, args.talk, args.before)
        result = {"id": args.talk, "new_talk": {"id": new_talk.id, "title": new_talk.title}}
    if args.json:
        print_json(result)
    else:
        print(f"#{args.talk} split; the rest is now #{new_talk.id} {new_talk.title}")
    return 0


def cmd_merge(args: argparse.Namespace, ctx: CliContext) -> int:
    with ctx.library.session() as session:
        talk = lib.merge_talks(session, args.first, args.second)
        result = {"id": talk.id, "title": talk.title, "deleted": args.second}
    print_json(result) if args.json else print(f"#{args.second} merged into #{args.first}")
    return 0


def cmd_delete(args: argparse.Namespace, ctx: CliContext) -> int:
    with ctx.library.session() as session:
        lib.delete_talk(session, args.talk)
    print_json({"deleted": args.talk}) if args.json else print(f"#{args.talk} deleted")
    return 0


def cmd_speakers(args: argparse.Namespace, ctx: CliContext) -> int:
    with ctx.library.read_session() as session:
        speakers = spk.list_speakers(session, args.talk)
    if args.json:
        print_json([info.to_json() for info in speakers])
        return 0
    if not speakers:
        print(f"#{args.talk} names no speakers")
        return 0
    width = max(_display_width(info.name) for info in speakers)
    for info in speakers:
        turns = f"{info.turns} turn{'s' if info.turns != 1 else ''}"
        sentences = f"{info.segments} sentence{'s' if info.segments != 1 else ''}"
        padding = " " * (width - _display_width(info.name))
        print(f"{info.name}{padding}  {turns}, {sentences}")
    return 0


def _display_width(text: str) -> int:
    """Terminal columns of *text*: Chinese characters take two, so the columns line up."""
    return sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in text)


def cmd_rename_speaker(args: argparse.Namespace, ctx: CliContext) -> int:
    with ctx.library.session() as session:
        result = spk.rename_speaker(session, args.talk, args.old, args.new)
    if args.json:
        print_json(result.to_json())
    elif result.old == result.new:
        print(f"#{args.talk}: {result.old} keeps its name")
    else:
        verb = "merged into" if result.merged else "renamed to"
        print(f"#{args.talk}: {result.old} {verb} {result.new} ({result.segments} sentences)")
    return 0
