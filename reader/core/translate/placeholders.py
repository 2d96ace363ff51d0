"""Glossary placeholders: terms swapped for tokens a translation model carries through.

Before a sentence is tokenized, each glossary term found in it (:class:`~reader.core.glossary.Hit`)
becomes a placeholder such as ``QZ1``; after decoding, each placeholder becomes the
required translation (or the term itself, for a term kept as is).

Why this form. What a model copies is what it saw copied in training: Latin acronyms and
codes ("GPU", "A100") pass through zh↔en models in both directions. Other forms break:

* rare symbols (``⟦1⟧``, ``§1``) may be missing from a package's SentencePiece vocabulary,
  become ``<unk>``, and come back as whatever source token ``replace_unknowns`` picks;
* word-like tokens get translated ("xx1xx" → "xx1 次" from a CJK engine, tolgee-platform
  #3779), and ``${DNT1}`` came back lower-cased or dropped from an en→zh engine
  (modernmt #414); OPUS-MT models are reported to insert spaces into "Gx48"-style tokens.

So a placeholder is two upper-case letters and a number, letters chosen so that the
sentence does not already contain them, and reading it back is lenient: any case, spaces
or a hyphen between letters and digits, full-width forms (``ＱＺ１``). A placeholder the
model lost is reported (:func:`restore` returns its number), and the caller translates
the sentence around the term instead, so the required words are still there.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import permutations

from reader.core.glossary import Hit

#: Two-letter prefixes tried in turn; none is a word, a unit or a Roman numeral.
PREFIXES: tuple[str, ...] = tuple(a + b for a, b in permutations("QZJXKW", 2) if a + b not in {"KW"})


@dataclass(frozen=True)
class Slot:
    """One placeholder: its number, where it sits in the protected text, and its hit."""

    number: int
    start: int
    end: int
    hit: Hit


@dataclass(frozen=True)
class Protected:
    """A sentence with its glossary terms swapped for placeholders."""

    text: str
    prefix: str
    slots: tuple[Slot, ...]

    def token(self, number: int) -> str:
        return f"{self.prefix}{number}"

    @property
    def spans(self) -> list[tuple[int, int]]:
        """Where the placeholders are in :attr:`text` (to keep them whole if the sentence is
        translated in pieces)."""
        return [(slot.start, slot.end) for slot in self.slots]


def _is_edge(char: str) -> bool:
    return char.isascii() and char.isalnum()


def protect(text: str, hits: Sequence[Hit]) -> Protected | None:
    """*text* with each of *hits* (left to right, not overlapping) as a placeholder."""
    if not hits:
        return None
    folded = text.upper()
    prefix = next((p for p in PREFIXES if p not in folded), PREFIXES[0])
    out: list[str] = []
    slots: list[Slot] = []
    position = 0
    length = 0
    for number, hit in enumerate(hits, 1):
        before = text[position : hit.start]
        token = f"{prefix}{number}"
        # Never glue a placeholder to a neighbouring letter or digit ("用LLM3" → "用QZ1 3").
        if before and _is_edge(before[-1]):
            before += " "
        elif not before and out and _is_edge(out[-1][-1:]):
            before = " "
        out.append(before)
        length += len(before)
        slots.append(Slot(number, length, length + len(token), hit))
        out.append(token)
        length += len(token)
        position = hit.end
        if position < len(text) and _is_edge(text[position]):
            out.append(" ")
            length += 1
    out.append(text[position:])
    return Protected("".join(out), prefix, tuple(slots))


def _fullwidth(char: str) -> str:
    return chr(ord(char) + 0xFEE0)


#: What a model may put between a placeholder's letters and digits: a space, a hyphen, an
#: underscore (full-width ones too).
_SEP = r"[\s\-_\uff0d\uff3f]?"


def _lenient(prefix: str) -> re.Pattern[str]:
    letters = _SEP.join(f"[{c}{c.lower()}{_fullwidth(c)}{_fullwidth(c.lower())}]" for c in prefix)
    return re.compile(rf"(?<![A-Za-z]){letters}{_SEP}([0-9\uff10-\uff19]{{1,3}})(?![0-9\uff10-\uff19])")


def _number(digits: str) -> int:
    return int("".join(chr(ord(d) - 0xFEE0) if d >= "\uff10" else d for d in digits))


def _wide(char: str) -> bool:
    return char >= "\u2e80"


def restore(translation: str, protected: Protected) -> tuple[str, list[int]]:
    """*translation* with every placeholder replaced by its required words, and the numbers
    of the placeholders the model lost (left out, or mangled past recognition).

    A required translation written in Chinese sheds the spaces a model put around a Latin
    placeholder in Chinese text ("用 QZ1 训练" → "用大语言模型训练").
    """
    by_number = {slot.number: slot for slot in protected.slots}
    seen: set[int] = set()
    pattern = re.compile(r"( ?)(?:" + _lenient(protected.prefix).pattern + r")( ?)")

    def replace(match: re.Match[str]) -> str:
        slot = by_number.get(_number(match.group(2)))
        if slot is None:
            return match.group()
        seen.add(slot.number)
        words = slot.hit.required
        left, right = match.group(1), match.group(3)
        before = match.string[match.start() - 1] if match.start() > 0 else ""
        after = match.string[match.end()] if match.end() < len(match.string) else ""
        if left and _wide(words[0]) and (not before or _wide(before)):
            left = ""
        if right and _wide(words[-1]) and (not after or _wide(after)):
            right = ""
        return left + words + right

    restored = pattern.sub(replace, translation)
    return restored, [number for number in by_number if number not in seen]


def canonical(translation: str, protected: Protected) -> str:
    """*translation* with each recognisable placeholder written as :func:`protect` wrote it
    (``qz 1`` → ``QZ1``), so the sentence can be checked and cut around them."""
    numbers = {slot.number for slot in protected.slots}

    def replace(match: re.Match[str]) -> str:
        number = _number(match.group(1))
        return protected.token(number) if number in numbers else match.group()

    return _lenient(protected.prefix).sub(replace, translation)
