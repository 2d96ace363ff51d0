"""Traditional Chinese read as Simplified, character for character, where patterns look.

The hand-over cues (有请, 致辞, 掌声欢迎, 谢谢…老师) and the name patterns are written in
Simplified characters, while many transcripts — Taiwanese and Hong Kong events, their
subtitles — are in Traditional ones (有請, 致詞, 掌聲歡迎, 謝謝…老師). Rather than writing every
pattern twice, text is mapped to Simplified before patterns read it. The map is OpenCC's
character table (Apache-2.0, the ``opencc-python-reimplemented`` package), one character for one
(where a Traditional character has several Simplified readings, its first), so a converted
string has the same length and every match in it has the same span in the original: names and
titles are still taken from the text as written.
"""

from __future__ import annotations

import functools
from importlib.resources import files


@functools.cache
def _table() -> dict[int, str]:
    text = files("opencc").joinpath("dictionary").joinpath("TSCharacters.txt").read_text(encoding="utf-8")
    table: dict[int, str] = {}
    for line in text.splitlines():
        traditional, _, readings = line.partition("\t")
        simplified = readings.split(" ")[0]
        if len(traditional) == 1 and len(simplified) == 1 and traditional != simplified:
            table[ord(traditional)] = simplified
    return table


@functools.cache
def _traditional() -> frozenset[str]:
    return frozenset(chr(code) for code in _table())


def simplified(text: str) -> str:
    """*text* with its Traditional characters replaced by Simplified ones, one for one (the
    result has the same length, and other characters are left as they are). Cue patterns read
    every sentence through this, so text without a Traditional character is returned as it is
    after a set test (translating it character by character costs several times that)."""
    if text.isascii() or _traditional().isdisjoint(text):
        return text
    return text.translate(_table())
