"""The ``talk-reader`` command line: every core job, scriptable with ``--json``.

Each command module registers its sub-commands with :func:`register`; handlers get the
parsed arguments and a :class:`~reader.cli.context.CliContext` and return an exit status.
User-facing problems (:class:`~reader.core.errors.ReaderError`, and ``OSError`` from the
file system: a folder that cannot be entered, a name too long) become one line on stderr
and a non-zero status; anything else is a bug and keeps its traceback. All output passes
through :mod:`reader.cli.output`, so text from files never reaches the terminal raw.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from reader import __version__
from reader.cli.args import file_name
from reader.cli.context import CliContext
from reader.cli.output import SafeStream
from reader.core.errors import Cancelled, ReaderError

#: Modules that add sub-commands; each has ``register(subparsers)``.
COMMAND_MODULES = (
    "reader.cli.library_cmds",
    "reader.cli.translate_cmds",
    "reader.cli.notes_export_cmds",
    "reader.cli.search_cmds",
    "reader.cli.history_cmds",
    "reader.cli.glossary_cmds",
    "reader.cli.engine_cmds",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="talk-reader",
        description="Read, translate and search talk transcripts side by side.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--library",
        metavar="PATH",
        type=file_name,
        help="library file (default: $TALK_READER_LIBRARY, else the user data folder)",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(subparsers)
    return parser


def run(argv: Sequence[str] | None = None) -> int:
    streams = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = SafeStream(sys.stdout), SafeStream(sys.stderr)  # type: ignore[assignment]
    try:
        return _run(argv)
    finally:
        sys.stdout, sys.stderr = streams


def _os_error_message(exc: OSError) -> str:
    what = exc.strerror or str(exc)
    names = [name for name in (exc.filename, exc.filename2) if name is not None]
    return f"{': '.join(str(n) for n in names)}: {what.lower()}" if names else what


def _run(argv: Sequence[str] | None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "handler", None):
        parser.print_help()
        return 2
    context = CliContext(library_path=args.library)
    try:
        return int(args.handler(args, context) or 0)
    except ReaderError as exc:
        print(f"talk-reader: error: {exc}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        # The reader of our output went away (e.g. `| head`); that is not an error.
        sys.stderr.close()
        return 0
    except OSError as exc:
        # The file system said no (permission, name too long, no space): the user's to fix.
        print(f"talk-reader: error: {_os_error_message(exc)}", file=sys.stderr)
        return 1
    except (KeyboardInterrupt, Cancelled):
        print("talk-reader: interrupted; finished work is saved", file=sys.stderr)
        return 130
    finally:
        context.close()
