"""The library's glossary: ``glossary list|add|edit|remove|import|export``.

Every change is one undoable action (``talk-reader undo``). A change applies to the next
``translate`` run, which re-translates only the sentences holding a changed term (never
the user's own translations: those are checked and marked instead).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from reader.cli.args import file_name, row_id
from reader.cli.context import CliContext, print_json
from reader.core import glossary
from reader.core.glossary import Entry

_LANGS = list(glossary.LANGS)
_AFTER = "run `talk-reader translate --all` to bring the translations in line"


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parent = subparsers.add_parser(
        "glossary",
        help="terms every translation must honour (LLM → 大语言模型; GAN kept as is)",
        description=(
            "A glossary per library: a term found in a sentence must come out as its translation, "
            "or unchanged for a term kept as is. Changes apply on the next `translate`."
        ),
    )
    sub = parent.add_subparsers(dest="glossary_command", metavar="ACTION")
    parent.set_defaults(handler=lambda args, ctx: _usage(parent))

    p = sub.add_parser("list", help="list the glossary's entries")
    p.add_argument("--from", dest="source_lang", choices=_LANGS, help="only entries for this source language")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_list)

    p = sub.add_parser(
        "add",
        help="add a term and its required translation (no translation: keep the term as it is)",
    )
    p.add_argument("term", metavar="TERM")
    p.add_argument("translation", metavar="TRANSLATION", nargs="?", help="omit to keep the term as it is")
    _entry_options(p)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_add)

    p = sub.add_parser("edit", help="change an entry (named by its term, or --id)")
    _which(p)
    p.add_argument("--term", dest="new_term", metavar="TERM", help="a new spelling of the term")
    what = p.add_mutually_exclusive_group()
    what.add_argument("--translation", metavar="TEXT", help="the required translation")
    what.add_argument("--keep", action="store_true", help="keep the term as it is (no translation)")
    case = p.add_mutually_exclusive_group()
    case.add_argument("--case-sensitive", dest="case", action="store_const", const=True, help="match case")
    case.add_argument("--ignore-case", dest="case", action="store_const", const=False, help="ignore case")
    p.add_argument("--note", metavar="TEXT")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_edit, parser=p)

    p = sub.add_parser("remove", help="remove an entry (named by its term, or --id)")
    _which(p)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_remove, parser=p)

    p = sub.add_parser(
        "import",
        help="add the entries of a CSV, TSV or text file (a term already there takes the file's translation)",
    )
    p.add_argument("file", metavar="FILE", type=file_name)
    p.add_argument("--format", choices=glossary.FORMATS, help="the file's format (default: from its suffix)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_import)

    p = sub.add_parser("export", help="write the glossary to a CSV, TSV or text file")
    p.add_argument("file", metavar="FILE", type=file_name, help="the file to write, or - for standard output")
    p.add_argument("--format", choices=glossary.FORMATS, help="the file's format (default: from its suffix)")
    p.add_argument("--force", action="store_true", help="replace FILE if it exists")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_export)


def _entry_options(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--from",
        dest="source_lang",
        choices=_LANGS,
        help="the language the term is found in (default: zh for Chinese characters, else en)",
    )
    p.add_argument("--case-sensitive", action="store_true", help="match the term's case exactly")
    p.add_argument("--note", default="", metavar="TEXT", help="a note for yourself")


def _which(p: argparse.ArgumentParser) -> None:
    p.add_argument("term", metavar="TERM", nargs="?", help="the entry's term")
    p.add_argument("--id", dest="entry_id", type=row_id, metavar="ID", help="the entry's id (see `glossary list`)")
    p.add_argument("--from", dest="source_lang", choices=_LANGS, help="the entry's source language")


def _usage(parser: argparse.ArgumentParser) -> int:
    parser.print_help()
    return 2


def _describe(entry: Entry) -> str:
    target = "(keep as is)" if entry.keep else entry.translation
    flags = " [case-sensitive]" if entry.case_sensitive else ""
    note = f"  # {entry.note}" if entry.note else ""
    return f"{entry.id:>4}  {entry.source_lang}→{entry.target_lang}  {entry.term} → {target}{flags}{note}"


def cmd_list(args: argparse.Namespace, ctx: CliContext) -> int:
    with ctx.library.read_session() as session:
        entries = glossary.list_entries(session, source_lang=args.source_lang)
    if args.json:
        print_json([entry.to_json() for entry in entries])
        return 0
    if not entries:
        print("The glossary is empty. Add a term with: talk-reader glossary add LLM 大语言模型")
    for entry in entries:
        print(_describe(entry))
    return 0


def cmd_add(args: argparse.Namespace, ctx: CliContext) -> int:
    with ctx.library.session() as session:
        entry = glossary.add_entry(
            session,
            args.term,
            args.translation,
            source_lang=args.source_lang,
            case_sensitive=args.case_sensitive,
            note=args.note,
        )
    _changed(args, "Added", entry)
    return 0


def _resolve(args: argparse.Namespace, session: Any) -> Entry:
    if (args.term is None) == (args.entry_id is None):
        args.parser.error("name the entry by its TERM or by --id")
    if args.entry_id is not None:
        return glossary.get_entry(session, args.entry_id)
    return glossary.find_entry(session, args.term, source_lang=args.source_lang)


def cmd_edit(args: argparse.Namespace, ctx: CliContext) -> int:
    changes: dict[str, Any] = {}
    if args.new_term is not None:
        changes["term"] = args.new_term
    if args.keep:
        changes["translation"] = None
    elif args.translation is not None:
        changes["translation"] = args.translation
    if args.case is not None:
        changes["case_sensitive"] = args.case
    if args.note is not None:
        changes["note"] = args.note
    if not changes:
        args.parser.error(
            "nothing to change: give --term, --translation, --keep, --case-sensitive, --ignore-case or --note"
        )
    with ctx.library.session() as session:
        entry = _resolve(args, session)
        edited = glossary.edit_entry(session, entry.id, **changes)
    _changed(args, "Changed", edited)
    return 0


def cmd_remove(args: argparse.Namespace, ctx: CliContext) -> int:
    with ctx.library.session() as session:
        entry = glossary.remove_entry(session, _resolve(args, session).id)
    _changed(args, "Removed", entry)
    return 0


def _changed(args: argparse.Namespace, verb: str, entry: Entry) -> None:
    if args.json:
        print_json(entry.to_json())
        return
    print(f"{verb}: {_describe(entry).strip()}")
    print(f"talk-reader: note: {_AFTER}", file=sys.stderr)


def cmd_import(args: argparse.Namespace, ctx: CliContext) -> int:
    path = Path(args.file)
    drafts = glossary.read_glossary_file(path, args.format)  # every line checked before the library is opened
    with ctx.library.session() as session:
        summary = glossary.import_entries(session, drafts, name=path.name)
    if args.json:
        print_json({"file": str(path), **summary.to_json()})
        return 0
    print(f"Imported {path.name}: {summary.added} added, {summary.updated} updated, {summary.unchanged} already there.")
    if summary.added or summary.updated:
        print(f"talk-reader: note: {_AFTER}", file=sys.stderr)
    return 0


def cmd_export(args: argparse.Namespace, ctx: CliContext) -> int:
    if args.file == "-":
        with ctx.library.read_session() as session:
            entries = glossary.list_entries(session)
        sys.stdout.write(glossary.format_glossary(entries, args.format or "csv"))
        return 0
    with ctx.library.read_session() as session:
        count = glossary.export_glossary(session, args.file, args.format, force=args.force)
    if args.json:
        print_json({"path": str(Path(args.file).expanduser()), "entries": count})
    else:
        print(f"Wrote {count} glossary entr{'y' if count == 1 else 'ies'} to {args.file}")
    return 0
