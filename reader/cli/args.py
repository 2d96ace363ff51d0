"""Argument types that turn hopeless values into a usage error (exit 2), not a traceback.

SQLite integers are signed 64-bit: an id past that range raises ``OverflowError`` deep in
the driver, so ids are bounded here. A file name that is not valid UTF-8 cannot be stored
in the library (SQLite text is UTF-8) nor shown; it is refused with a hint to rename it.
"""

from __future__ import annotations

import argparse
import re

SQLITE_MAX_INT = 2**63 - 1
_ID = re.compile(r"^\s*\+?\d+\s*$")


def row_id(value: str) -> int:
    """A talk, segment or note id: a whole number from 1 to SQLite's largest integer."""
    if not _ID.match(value):
        raise argparse.ArgumentTypeError(f"{value!r} is not an id (a whole number such as 12)")
    number = int(value)
    if not 1 <= number <= SQLITE_MAX_INT:
        raise argparse.ArgumentTypeError(f"{value.strip()} is not an id (ids run from 1 to {SQLITE_MAX_INT})")
    return number


def file_name(value: str) -> str:
    """A path given on the command line, refused if it is not valid UTF-8."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise argparse.ArgumentTypeError(
            f"{value!r} is not a valid UTF-8 file name; rename the file (e.g. with convmv) and try again"
        ) from None
    return value


def beam_size(value: str) -> int:
    """A beam size for decoding: 1 (greedy, fastest) to 64."""
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number") from None
    if not 1 <= number <= 64:
        raise argparse.ArgumentTypeError(f"{value} is not a beam size from 1 to 64")
    return number


def count(value: str) -> int:
    """A positive number of things (``--limit``), bounded like ids."""
    if not _ID.match(value) or not 1 <= int(value) <= SQLITE_MAX_INT:
        raise argparse.ArgumentTypeError(f"{value!r} is not a positive whole number")
    return int(value)
