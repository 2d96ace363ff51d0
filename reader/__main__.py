"""Entry point: ``talk-reader`` / ``python -m reader``.

With a sub-command it runs the CLI; without one it opens the desktop app on the library
(``--library PATH`` before any sub-command, else ``$TALK_READER_LIBRARY``, else the
default). ``talk-reader FILE...`` (existing files, not sub-commands) opens the app and
imports them. Qt is imported only when the app opens, so CLI commands stay quick.

``talk-reader [--library PATH] --smoke-test`` (hidden; or ``TALK_READER_SMOKE_TEST=1``)
opens the app, opens the bundled sample, and exits 0 once the reader painted it, non-zero
with a message otherwise: how packaging checks a build (see :mod:`reader.gui.smoke`).
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path


def _command_names() -> set[str]:
    from reader.cli import build_parser

    parser = build_parser()
    names: set[str] = set()
    for action in parser._subparsers._group_actions if parser._subparsers else []:
        names.update(getattr(action, "choices", {}) or {})
    return names


def gui_request(args: Sequence[str]) -> tuple[str | None, list[str]] | None:
    """``(library, files)`` when *args* ask for the desktop app, else None (run the CLI)."""
    library: str | None = None
    index = 0
    while index < len(args):
        arg = args[index]
        if arg == "--library" and index + 1 < len(args):
            library = args[index + 1]
            index += 2
        elif arg.startswith("--library="):
            library = arg.split("=", 1)[1]
            index += 1
        else:
            break
    rest = list(args[index:])
    if not rest:
        return library, []
    if rest[0].startswith("-"):
        return None
    if all(Path(arg).is_file() for arg in rest) and rest[0] not in _command_names():
        return library, rest
    return None


SMOKE_FLAG = "--smoke-test"  # reader.gui.smoke.SMOKE_FLAG, without importing Qt here


def main(argv: Sequence[str] | None = None) -> int:
    # A frozen build starts its import worker processes through this entry point.
    import multiprocessing

    multiprocessing.freeze_support()
    args = list(sys.argv[1:] if argv is None else argv)
    smoke_flag = SMOKE_FLAG in args
    if smoke_flag:
        args.remove(SMOKE_FLAG)
    request = gui_request(args)
    if request is not None:
        from reader.gui.app import run as run_gui
        from reader.gui.smoke import smoke_requested_by_env

        library, files = request
        return run_gui(library, files, smoke_test=smoke_flag or smoke_requested_by_env())
    if smoke_flag:
        print(f"talk-reader: {SMOKE_FLAG} opens the app; it takes no sub-command", file=sys.stderr)
        return 2
    from reader.cli import run

    return run(args)


if __name__ == "__main__":
    sys.exit(main())
