"""Entry point: ``talk-reader`` / ``python -m reader``.

With a sub-command it runs the CLI; without one it opens the desktop app.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    from reader.cli import run

    return run(args)


if __name__ == "__main__":
    sys.exit(main())
