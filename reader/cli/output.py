"""Everything the CLI prints goes through here, so text from files never drives the terminal.

Transcript lines, titles and file names are data. Printed raw, an ESC sequence in them can
retitle the terminal window, move the cursor, hide the text after it; a bidi override
reverses what follows. :func:`neutralise` turns such characters into visible escapes
(``\\x1b``, ``\\u202e``): C0 controls except tab and newline, DEL, C1 controls, and the
bidi embedding/override/isolate marks. File names that are not valid UTF-8 reach Python as
lone surrogates; they are shown as the bytes they stand for (``\\xff``) instead of making
``print`` fail.

:func:`run <reader.cli.run>` wraps ``sys.stdout`` and ``sys.stderr`` in
:class:`SafeStream` for the whole command, so every ``print`` of every command is covered;
the progress bar, which draws with ``\\r`` and an erase sequence of its own, writes to the
stream underneath (:func:`raw`). JSON output escapes the same characters inside its strings
(:func:`json_text`), so it stays valid JSON and never carries a raw ESC either.
"""

from __future__ import annotations

import json
import re
from typing import Any, TextIO

_BIDI = "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
#: What must not reach a terminal raw (tab and newline are kept).
UNSAFE = re.compile(f"[\x00-\x08\x0b-\x1f\x7f-\x9f{_BIDI}\ud800-\udfff]")


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    if 0xDC80 <= code <= 0xDCFF:  # a byte that was not UTF-8 (surrogateescape)
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


def neutralise(text: str) -> str:
    """*text* with control, bidi-override and undecodable characters made visible."""
    return UNSAFE.sub(_escape, text)


def _json_escape(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group()):04x}"


def json_text(data: Any) -> str:
    """*data* as indented JSON, readable (non-ASCII kept) but with no raw control characters.

    ``json.dumps`` escapes C0 controls but, with ``ensure_ascii=False``, leaves DEL, C1
    controls, bidi overrides and lone surrogates raw; they can only occur inside strings,
    where ``\\uXXXX`` is their valid JSON spelling.
    """
    return UNSAFE.sub(_json_escape, json.dumps(data, ensure_ascii=False, indent=2))


class SafeStream:
    """A text stream that passes everything written through :func:`neutralise`."""

    def __init__(self, stream: TextIO) -> None:
        self.raw = stream

    def write(self, text: str) -> int:
        self.raw.write(neutralise(text))
        return len(text)

    def writelines(self, lines: Any) -> None:
        for line in lines:
            self.write(line)

    def __getattr__(self, name: str) -> Any:  # flush, isatty, fileno, encoding, close...
        return getattr(self.raw, name)


def raw(stream: TextIO) -> TextIO:
    """The stream under a :class:`SafeStream` (for output the CLI itself composes)."""
    return stream.raw if isinstance(stream, SafeStream) else stream
