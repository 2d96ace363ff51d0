"""Stable content hashes (hex SHA-256) used to recognise the same text again."""

from __future__ import annotations

import hashlib
import re

#: Blank (or whitespace-only) lines at the very end of a file: an editor adds or drops them
#: without changing the transcript.
_TRAILING_BLANK = re.compile(r"(?:\n[ \t]*)+\Z")
#: Characters encoded and hashed at a time by :func:`document_hash`.
_HASH_CHARS = 1 << 20


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def document_hash(text: str) -> str:
    """Hash of a whole document, blind to line-end style, a byte-order mark and blank lines at
    the end (a file saved with one trailing newline hashes as it always did)."""
    normalized = text.lstrip("\ufeff")
    if "\r" in normalized:
        normalized = normalized.replace("\r\n", "\n").replace("\r", "\n")
    trailing = _TRAILING_BLANK.search(normalized)
    end = len(normalized) if trailing is None else trailing.start()
    # Encoded a stretch at a time: a large file's text is not copied whole, and its UTF-8
    # bytes (as large again) never exist all at once.
    digest = hashlib.sha256()
    for start in range(0, end, _HASH_CHARS):
        digest.update(normalized[start : min(start + _HASH_CHARS, end)].encode("utf-8"))
    digest.update(b"\n")
    return digest.hexdigest()
