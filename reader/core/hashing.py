"""Stable content hashes (hex SHA-256) used to recognise the same text again."""

from __future__ import annotations

import hashlib


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def document_hash(text: str) -> str:
    """Hash of a whole document, blind to line-end style and a byte-order mark."""
    normalized = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    return text_hash(normalized)
