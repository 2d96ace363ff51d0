"""A document's hash, taken a stretch at a time, is the hash of the whole normalised text."""

from __future__ import annotations

import hashlib
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core import hashing


def _whole(text: str) -> str:
    """The hash as one string: line ends made LF, the BOM and trailing blank lines dropped, one LF added."""
    normalized = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    normalized = re.sub(r"(?:\n[ \t]*)+\Z", "", normalized)
    return hashlib.sha256((normalized + "\n").encode("utf-8")).hexdigest()


_TEXTS = st.text(alphabet=st.sampled_from(["a", "Z", " ", "\t", "\n", "\r", "\ufeff", "字", "é", "😀"]), max_size=60)


@settings(max_examples=400, deadline=None)
@given(_TEXTS, st.integers(min_value=1, max_value=7))
def test_hashed_in_stretches_as_in_one_piece(text: str, stretch: int) -> None:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(hashing, "_HASH_CHARS", stretch)
        assert hashing.document_hash(text) == _whole(text)


def test_line_ends_bom_and_trailing_blank_lines_do_not_count() -> None:
    assert hashing.document_hash("\ufeffone\r\ntwo\n\n  \n") == hashing.document_hash("one\ntwo")
    assert hashing.document_hash("one\ntwo") != hashing.document_hash("one\ntwo.")
