"""Language of a segment, decided by script share."""

from __future__ import annotations

import re

_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_LATIN_WORD = re.compile(r"[A-Za-z]+(?:'[A-Za-z]+)?")


def detect_language(text: str) -> str:
    """``zh``, ``en`` or ``und`` for *text*."""
    han = len(_HAN.findall(text))
    latin_words = len(_LATIN_WORD.findall(text))
    if han == 0 and latin_words == 0:
        return "und"
    # A Chinese character carries about as much as an English word of 1.5 syllables.
    return "zh" if han >= latin_words * 1.5 else "en"
