"""Search commands: search, reindex, check."""

from __future__ import annotations

import argparse
import sys

from reader.cli.args import count, row_id
from reader.cli.context import CliContext, ProgressBar, print_json
from reader.core import search as core_search


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = subparsers.add_parser(
        "search",
        help='search the library (words, "phrases", OR, -exclude, prefix*, lang:, talk:, in:)',
        description=(
            'Search talks, translations and notes. Words must all match; use "exact phrases", '
            "OR, -word to exclude, prefix*, and the filters lang:zh|en, talk:ID, "
            "in:original|translation|notes. Quote the whole query for the shell; put -- before a "
            "query that starts with a minus."
        ),
    )
    p.add_argument("query", nargs="+", metavar="QUERY")
    p.add_argument("--talk", type=row_id, metavar="ID", help="only this talk (lists every hit in reading order)")
    p.add_argument("--lang", choices=("zh", "en"), help="only text in this language")
    p.add_argument("--limit", type=count, metavar="N", help="best N hits (default 20; with --talk, all)")
    p.add_argument("--json", action="store_true", help="print results as JSON")
    p.set_defaults(handler=cmd_search)

    p = subparsers.add_parser("reindex", help="rebuild the search index")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_reindex)

    p = subparsers.add_parser("check", help="verify the search index agrees with the library")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_check)


def _hits_line(count: int, capped: bool) -> str:
    return f"{count}{'+' if capped else ''} hit{'s' if count != 1 or capped else ''}"


def cmd_search(args: argparse.Namespace, ctx: CliContext) -> int:
    query = " ".join(args.query)
    with ctx.library.read_session() as session:
        if args.talk is not None:
            from reader.core.library import get_talk

            title = get_talk(session, args.talk).title
            hits = core_search.find_in_talk(session, args.talk, query, lang=args.lang)
            if args.json:
                print_json({"query": query, "talk_id": args.talk, "title": title, "hits": [h.to_json() for h in hits]})
                return 0
            if not hits:
                print(f"No matches in #{args.talk} {title}.")
                return 0
            print(f"#{args.talk}  {title}  ({_hits_line(len(hits), False)})")
            shown = hits[: max(1, args.limit)] if args.limit else hits
            for hit in shown:
                print(f"  {_where(hit)}  {hit.snippet}")
            if len(shown) < len(hits):
                print(f"  … {len(hits) - len(shown)} more")
            return 0
        results = core_search.search(session, query, lang=args.lang, limit=args.limit or 20)
    if args.json:
        print_json(results.to_json())
        return 0
    if not results.hits:
        print("No matches.")
        return 0
    summary = _hits_line(results.total, results.total_capped)
    if not results.ranked:
        summary += " (too common to rank: shown in library order; add words to narrow the search)"
    elif not results.ranked_all:
        summary += f" (the best of the first {core_search.engine.RANK_LIMIT} shown)"
    print(summary)
    for talk in results.talks:
        print(f"\n#{talk.talk_id}  {talk.title}  ({_hits_line(talk.hit_count, talk.count_capped)})")
        for hit in talk.hits:
            print(f"  {_where(hit)}  {hit.snippet}")
    return 0


def _where(hit: core_search.Hit) -> str:
    kind = {"translation": " →", "note": " ✎", "clean": ""}.get(hit.field, "")
    return f"¶{hit.ordinal + 1:<4}{kind}"


def cmd_reindex(args: argparse.Namespace, ctx: CliContext) -> int:
    bar = ProgressBar("Indexing")
    try:
        with ctx.library.session() as session:
            rows = core_search.reindex(session, report=bar)
    finally:
        bar.finish()
    if args.json:
        print_json({"indexed_rows": rows})
    else:
        print(f"Search index rebuilt: {rows} segments and notes indexed.")
    return 0


def cmd_check(args: argparse.Namespace, ctx: CliContext) -> int:
    bar = ProgressBar("Checking")
    try:
        with ctx.library.read_session() as session:
            report = core_search.check(session, report=bar)
    finally:
        bar.finish()
    if args.json:
        print_json(report.to_json())
    elif report.ok:
        print(f"Search index OK: {report.segments} segments and {report.notes} notes indexed.")
    else:
        print("talk-reader: the search index does not match the library:", file=sys.stderr)
        for problem in report.problems:
            print(f"  {problem}", file=sys.stderr)
    return 0 if report.ok else 1
