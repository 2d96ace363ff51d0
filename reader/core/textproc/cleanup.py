"""ASR clean-up as a view: the reading text of a segment, never an edit of what is stored."""

from __future__ import annotations


def clean_text(text: str, lang: str) -> str:
    """The reading text of *text*. (Placeholder: returns the text unchanged.)"""
    return text
