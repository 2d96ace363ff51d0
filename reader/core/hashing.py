"""Stable content hashes (hex SHA-256) used to recognise the same text again."""

from __future__ import annotations

import hashlib
import re

#: Blank (or whitespace-only) lines at the very end of a file: an editor adds or drops them
#: without changing the transcript.
_TRAILING_BLANK = re.compile(r"(?:\n[ \t]*)+\Z")


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def document_hash(text: str) -> str:
    """Hash of a whole document, blind to line-end style, a byte-order mark and blank lines at
    the end (a file saved with one trailing newline hashes as it always did)."""
    normalized = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    return text_hash(_TRAILING_BLANK.sub("", normalized) + "\n")
