"""Undo, redo and history of edits, and correcting a sentence of the source text."""

from __future__ import annotations

import argparse
import sys

from reader.cli.args import count, row_id
from reader.cli.context import CliContext, print_json
from reader.core import history
from reader.core.corrections import correct_segment
from reader.core.errors import ModelError


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = subparsers.add_parser("undo", help="take back the last edit (import, rename, split, note, correction…)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_undo)

    p = subparsers.add_parser("redo", help="do again the edit undone last")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_redo)

    p = subparsers.add_parser("history", help="list recent edits, newest first (undone ones marked)")
    p.add_argument("--limit", type=count, default=20, metavar="N")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_history)

    p = subparsers.add_parser(
        "edit",
        help="correct a sentence of a talk (an ASR error); the file's words are kept, undo with `undo`",
    )
    p.add_argument("segment", type=row_id, metavar="SEGMENT")
    p.add_argument("--text", required=True, help="the corrected sentence")
    p.add_argument("--no-translate", action="store_true", help="do not translate the corrected sentence now")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_edit)


def _report(entry: history.HistoryEntry, verb: str, as_json: bool) -> None:
    if as_json:
        print_json(entry.to_json())
    else:
        print(f"{verb}: {entry.describe()}")


def cmd_undo(args: argparse.Namespace, ctx: CliContext) -> int:
    with ctx.library.session() as session:
        entry = history.undo(session)
    _report(entry, "Undone", args.json)
    return 0


def cmd_redo(args: argparse.Namespace, ctx: CliContext) -> int:
    with ctx.library.session() as session:
        entry = history.redo(session)
    _report(entry, "Redone", args.json)
    return 0


def cmd_history(args: argparse.Namespace, ctx: CliContext) -> int:
    with ctx.library.read_session() as session:
        entries = history.history(session, limit=args.limit)
    if args.json:
        print_json([entry.to_json() for entry in entries])
        return 0
    if not entries:
        print("No edits yet.")
    for entry in entries:
        mark = " (undone)" if entry.state is history.ActionState.UNDONE else ""
        print(f"{entry.created_at:%Y-%m-%d %H:%M}  {entry.describe()}{mark}")
    return 0


def cmd_edit(args: argparse.Namespace, ctx: CliContext) -> int:
    with ctx.library.session() as session:
        fixed = correct_segment(session, args.segment, args.text)
    translated = 0
    note = None
    if not args.no_translate and not fixed.translation_may_be_stale:
        from reader.core.translate.runner import translate_library

        try:
            translated = translate_library(ctx.library, segment_ids=[fixed.segment_id]).translated
        except ModelError as exc:
            note = f"not translated again: {exc.message}"
    if args.json:
        print_json({**fixed.to_json(), "translated": translated})
    else:
        print(f"Segment {fixed.segment_id} of talk #{fixed.talk_id} now reads: {fixed.text}")
        if fixed.imported_text is not None:
            print(f"  the file said: {fixed.imported_text}")
        if translated:
            print("  translated again")
    if fixed.translation_may_be_stale:
        print(
            "talk-reader: note: your own translation of this sentence was kept; check that it still fits",
            file=sys.stderr,
        )
    if note:
        print(f"talk-reader: note: {note}", file=sys.stderr)
    return 0
