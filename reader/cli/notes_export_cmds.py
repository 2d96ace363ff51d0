"""Notes and export commands: notes, note add/edit/delete, export."""

from __future__ import annotations

import argparse
import re
import sys

from reader.cli.args import file_name, row_id
from reader.cli.context import CliContext, ProgressBar, print_json
from reader.core import library as lib
from reader.core import notes as notes_core
from reader.core.errors import ExportError
from reader.core.export import (
    FORMATS,
    LANGS,
    LAYOUTS,
    ExportOptions,
    ExportTargetExists,
    build_document,
    export,
    render,
)
from reader.core.export.markup import flatten, join_texts
from reader.core.notes import NOTE_COLORS, NoteInfo

_RANGE = re.compile(r"^\s*(\d+)\s*(?:(?:-|–|\.\.)\s*(\d+))?\s*$")
_COLORS_HELP = f"highlight colour: {', '.join(NOTE_COLORS)} (default {notes_core.DEFAULT_COLOR})"


def segment_range(value: str) -> tuple[int, int]:
    """``A`` or ``A-B`` (segment ids as shown by ``talk-reader show TALK --json``)."""
    match = _RANGE.match(value)
    if not match:
        raise argparse.ArgumentTypeError(f"{value!r} is not a segment id or a range like 12-15")
    first = row_id(match.group(1))
    return first, row_id(match.group(2)) if match.group(2) else first


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = subparsers.add_parser("notes", help="list a talk's highlights and notes")
    p.add_argument("talk", type=row_id, metavar="TALK")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_notes)

    note = subparsers.add_parser("note", help="add, edit or delete a highlight or note")
    actions = note.add_subparsers(dest="note_action", metavar="ACTION", required=True)

    p = actions.add_parser("add", help="highlight segments of a talk, optionally with a note")
    p.add_argument("talk", type=row_id, metavar="TALK")
    p.add_argument(
        "--segments",
        type=segment_range,
        required=True,
        metavar="A[-B]",
        help="segment id or range of ids, in reading order (see: talk-reader show TALK --json)",
    )
    p.add_argument("--text", metavar="TEXT", help="the note, in Markdown ('-' reads it from stdin)")
    p.add_argument("--color", metavar="COLOUR", help=_COLORS_HELP)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_note_add)

    p = actions.add_parser("edit", help="change a note's text, colour or segments")
    p.add_argument("note", type=row_id, metavar="NOTE")
    p.add_argument("--text", metavar="TEXT", help="new text ('' clears it, '-' reads stdin)")
    p.add_argument("--color", metavar="COLOUR", help=_COLORS_HELP)
    p.add_argument("--segments", type=segment_range, metavar="A[-B]", help="new segment range")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_note_edit)

    p = actions.add_parser("delete", help="delete a highlight and its note")
    p.add_argument("note", type=row_id, metavar="NOTE")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_note_delete)

    p = subparsers.add_parser(
        "export",
        help="export talks to Markdown, notes, HTML or subtitles",
        description="Export one or more talks, or the whole library. Formats: "
        + "; ".join(f"{name}: {what}" for name, what in FORMATS.items())
        + ". With --all, md, notes and html write one document holding every talk.",
    )
    p.add_argument("talks", type=row_id, nargs="*", metavar="TALK", help="id(s) of the talk(s) to export")
    p.add_argument("--all", action="store_true", help="export the whole library")
    p.add_argument("--format", choices=list(FORMATS), default="md")
    p.add_argument("--layout", choices=LAYOUTS, default="interleaved", help="bilingual layout (md and html)")
    p.add_argument("--lang", choices=LANGS, default="both", help="which text to include")
    p.add_argument("--clean", action="store_true", help="export the ASR-cleaned reading text")
    p.add_argument("-o", "--output", required=True, metavar="PATH", type=file_name, help="file to write ('-': stdout)")
    p.add_argument("--force", action="store_true", help="replace PATH if it exists")
    p.add_argument("--json", action="store_true", help="print what was written as JSON")
    p.set_defaults(handler=cmd_export)


def _note_text(value: str | None) -> str | None:
    if value == "-":
        return sys.stdin.read()
    return value


def _passages(ctx: CliContext, talk_id: int) -> dict[int, str]:
    with ctx.library.read_session() as session:
        return {s.ordinal: s.text for s in lib.talk_segments(session, talk_id)}


def _passage(texts: dict[int, str], note: NoteInfo) -> str:
    return join_texts(flatten(texts.get(i, "")) for i in range(note.first_ordinal, note.last_ordinal + 1))


def _short(text: str, width: int = 70) -> str:
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def _describe(note: NoteInfo) -> str:
    if note.first_segment_id == note.last_segment_id:
        where = f"segment {note.first_segment_id}"
    else:
        where = f"segments {note.first_segment_id}-{note.last_segment_id} ({note.segment_count})"
    return f"#{note.id}  {where} · {note.color}"


def cmd_notes(args: argparse.Namespace, ctx: CliContext) -> int:
    with ctx.library.read_session() as session:
        found = notes_core.list_notes(session, args.talk)
    texts = _passages(ctx, args.talk)
    if args.json:
        print_json([{**note.to_json(), "passage": _passage(texts, note)} for note in found])
        return 0
    if not found:
        print(f"Talk #{args.talk} has no notes. Add one with: talk-reader note add {args.talk} --segments A-B")
        return 0
    for note in found:
        print(_describe(note))
        print(f"    “{_short(_passage(texts, note))}”")
        for line in note.text.split("\n") if note.text else ():
            print(f"    {line}".rstrip())
    return 0


def _print_note(note: NoteInfo, verb: str, as_json: bool) -> None:
    if as_json:
        print_json(note.to_json())
    else:
        print(f"{verb} note {_describe(note)} in talk #{note.talk_id}")


def cmd_note_add(args: argparse.Namespace, ctx: CliContext) -> int:
    first, last = args.segments
    text = _note_text(args.text)
    with ctx.library.session() as session:
        note = notes_core.add_note(session, args.talk, first, last, text=text, color=args.color)
    _print_note(note, "Added", args.json)
    return 0


def cmd_note_edit(args: argparse.Namespace, ctx: CliContext) -> int:
    if args.text is None and args.color is None and args.segments is None:
        raise notes_core.InvalidNote("nothing to change: give --text, --color or --segments")
    first, last = args.segments if args.segments else (None, None)
    text = _note_text(args.text)
    with ctx.library.session() as session:
        note = notes_core.edit_note(
            session, args.note, text=text, color=args.color, first_segment_id=first, last_segment_id=last
        )
    _print_note(note, "Changed", args.json)
    return 0


def cmd_note_delete(args: argparse.Namespace, ctx: CliContext) -> int:
    with ctx.library.session() as session:
        notes_core.delete_note(session, args.note)
    print_json({"deleted": args.note}) if args.json else print(f"Note #{args.note} deleted")
    return 0


def cmd_export(args: argparse.Namespace, ctx: CliContext) -> int:
    if args.all and args.talks:
        raise ExportError("give talk ids or --all, not both")
    if not args.all and not args.talks:
        raise ExportError("name the talk(s) to export, or use --all for the whole library")
    options = ExportOptions(format=args.format, layout=args.layout, lang=args.lang, clean=args.clean)
    talk_ids = None if args.all else list(args.talks)
    if args.output == "-":
        with ctx.library.read_session() as session:
            rendered = render(build_document(session, talk_ids, clean=options.clean), options)
        sys.stdout.write(rendered.text)
        for warning in rendered.warnings:
            print(f"talk-reader: warning: {warning}", file=sys.stderr)
        return 0
    bar = ProgressBar("Exporting")
    try:
        result = export(ctx.library, talk_ids, options, args.output, force=args.force, report=bar)
    except ExportTargetExists as exc:
        raise ExportTargetExists(f"{exc.message}; use --force to replace it", path=exc.path) from None
    finally:
        bar.finish()
    if args.json:
        print_json(result.to_json())
        return 0
    what = f"{result.talks} talk(s)" if result.talks != 1 else f"talk #{talk_ids[0]}" if talk_ids else "1 talk"
    print(f"Exported {what} ({result.format}, {result.notes} note(s)) to {result.path}")
    for warning in result.warnings:
        print(f"talk-reader: warning: {warning}", file=sys.stderr)
    return 0
