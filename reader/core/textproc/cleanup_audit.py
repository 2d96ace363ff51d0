"""What the ASR clean-up removed that it had no right to remove.

The clean-up (:mod:`.cleanup`) hides fillers, stutters, emoji and stray punctuation from the
reading text. A bug there silently deletes content ("twenty twenty five" read as "twenty
five"), and nobody notices a missing word. This audit is the independent check a benchmark
runs over real transcripts: it aligns the verbatim text with its clean text token by token and
returns every removed or changed piece that is not one of

* a filler word (its own short lists below, matched as whole words only),
* a stutter: a removed piece that repeats its neighbour (``我我我们``, ``we we``, ``if you, if
  you``), unless the repeat is content — a number, a year, a grammatical English double
  (``that that``, ``had had``), a Chinese reduplication (``看看``, ``研究研究``), or a character
  that also belongs to the word before it (``现在在做``),
* an emoji or a bracketed sound tag (``[Music]``, ``[掌声]``),
* a punctuation mark that touches another mark, a text edge or another explained removal.

It deliberately shares no pattern with the clean-up: the two must disagree for a bug to show.
It does use jieba's dictionary, the same authority a Chinese reader's word sense comes from.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from functools import lru_cache

from reader.core.textproc.language import HAN_CLASS
from reader.core.textproc.words import is_dictionary_word

_TOKEN = re.compile(
    f"[{HAN_CLASS}]"  # one Han character: Chinese stutters and fillers are character-sized
    f"|[^\\W_{HAN_CLASS}]+(?:['’][^\\W_{HAN_CLASS}]+)*"  # a word or number in any other script
    r"|\S"  # any other mark: punctuation, emoji, symbols
)
# A caption repeat glued into one word: "WhenWhen", "InIn".
_GLUED_COPIES = re.compile(r"([A-Z][a-z]+)\1+")
_HAN = re.compile(f"[{HAN_CLASS}]")
_WORDISH = re.compile(f"[^\\W_{HAN_CLASS}]")

_EN_FILLERS = re.compile(r"(?:u+m+|u+h+|uhm+|e+rm*|a+h+|e+h+|h+m+|m+h*m+|mhm+)", re.IGNORECASE)
_EN_FILLER_PHRASES = (("you", "know"),)
_ZH_FILLERS = frozenset("呃嗯啊哎唉额诶噢哦")
_NUMBER_WORDS = frozenset(
    """zero oh one two three four five six seven eight nine ten eleven twelve thirteen fourteen
    fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty
    ninety hundred thousand million billion trillion""".split()
)
_GRAMMAR_VERBS = frozenset("是有会要能让没叫如像")
_ZH_NUMERALS = frozenset("〇零一二三四五六七八九十百千万亿两壹贰叁肆伍陆柒捌玖拾")
# English words whose double is grammatical ("I think that that is", "had had", "what it is is").
_EN_GRAMMATICAL_DOUBLES = frozenset("that had is".split())
_SOUND_TAG = re.compile(
    r"[\[（(【]\s*(?:music|applause|laughter|laughs|laughing|inaudible|noise|silence|crosstalk|"
    r"音乐|掌声|笑声|背景音乐|听不清|杂音)\s*[\]）)】]",
    re.IGNORECASE,
)
_EMOJI = re.compile("[\U0001f000-\U0001faff\u2600-\u27bf\u2b00-\u2bff\ufe0f\u200d\u20e3]")

# Token kinds.
_WORD, _HANCHAR, _PUNCT, _EMOJI_KIND = "word", "han", "punct", "emoji"


@dataclass
class _Token:
    text: str
    norm: str
    start: int
    end: int
    kind: str


def unexplained_removals(original: str, clean: str, lang: str) -> list[str]:
    """Every piece of *original* removed or changed in *clean* that is not a filler, a stutter
    repeat, an emoji or sound tag, or a stray punctuation mark, in reading order.

    Removed pieces are given as the verbatim span ("twenty"); changed ones as ``"old → new"``;
    text in *clean* that *original* does not hold as ``"+ new"``. *lang* is accepted for
    symmetry with ``clean_text``: code-switched text needs both languages' rules anyway.
    """
    del lang
    if original == clean:
        return []
    old, new = _tokens(original), _tokens(clean)
    best = _audit(original, clean, old, new, _opcodes(old, new))
    if best and _unmatched_if_subsequence(old, new) is not None:
        # Repeated phrases make the alignment ambiguous ("what I like um about sorry what I
        # like about"): a removal is unexplained only if no alignment explains it.
        for opcodes in (_greedy(old, new, reverse=False), _greedy(old, new, reverse=True)):
            found = _audit(original, clean, old, new, opcodes)
            if len(found) < len(best):
                best = found
    return best


_Opcode = tuple[str, int, int, int, int]


def _opcodes(old: list[_Token], new: list[_Token]) -> list[_Opcode]:
    matcher = difflib.SequenceMatcher(None, [t.norm for t in old], [t.norm for t in new], autojunk=False)
    return [(tag, i1, i2, j1, j2) for tag, i1, i2, j1, j2 in matcher.get_opcodes()]


def _greedy(old: list[_Token], new: list[_Token], *, reverse: bool) -> list[_Opcode]:
    """Opcodes matching *new* into *old* as a subsequence, earliest (or latest) match first."""
    order = range(len(old) - 1, -1, -1) if reverse else range(len(old))
    targets = list(range(len(new) - 1, -1, -1)) if reverse else list(range(len(new)))
    matched: dict[int, int] = {}
    position = 0
    for i in order:
        if position < len(targets) and old[i].norm == new[targets[position]].norm:
            matched[i] = targets[position]
            position += 1
    return [("equal", i, i + 1, matched[i], matched[i] + 1) if i in matched else ("delete", i, i + 1, 0, 0)
            for i in range(len(old))]  # fmt: skip


def _audit(original: str, clean: str, old: list[_Token], new: list[_Token], opcodes: list[_Opcode]) -> list[str]:
    deleted: list[int] = []
    found: list[tuple[int, str]] = []
    for op, i1, i2, j1, j2 in opcodes:
        if op == "delete":
            deleted.extend(range(i1, i2))
        elif op == "insert":
            found.append((old[i1].start if i1 < len(old) else len(original), "+ " + _span(clean, new, j1, j2)))
        elif op == "replace":
            unmatched = _unmatched_if_subsequence(old[i1:i2], new[j1:j2])
            if unmatched is None and _only_fillers_removed(_span(original, old, i1, i2), _span(clean, new, j1, j2)):
                unmatched = []  # "s嗯or" → "sor": a filler inside a word fragment
            if unmatched is None:
                found.append((old[i1].start, f"{_span(original, old, i1, i2)} → {_span(clean, new, j1, j2)}"))
            else:
                deleted.extend(i1 + k for k in unmatched)
    gone = _best_alignment(original, old, set(deleted))
    explained = _explain(original, old, gone)
    run: list[int] = []
    for index in sorted(gone) + [-1]:
        if index >= 0 and index not in explained and (not run or index == run[-1] + 1):
            run.append(index)
            continue
        if run:
            found.append((old[run[0]].start, _span(original, old, run[0], run[-1] + 1)))
            run = []
        if index >= 0 and index not in explained:
            run = [index]
    return [piece for _, piece in sorted(found, key=lambda item: item[0])]


def _only_fillers_removed(old: str, new: str) -> bool:
    squeezed = re.sub(f"[{''.join(_ZH_FILLERS)}]+[,，、]?|\\s+", "", old)
    return squeezed == re.sub(r"\s+", "", new)


def _tokens(text: str) -> list[_Token]:
    tokens: list[_Token] = []
    for match in _TOKEN.finditer(text):
        piece, start = match.group(), match.start()
        glued = _GLUED_COPIES.fullmatch(piece)
        if glued:
            size = len(glued.group(1))
            for offset in range(0, len(piece), size):
                part = piece[offset : offset + size]
                tokens.append(_Token(part, part.lower(), start + offset, start + offset + size, _WORD))
            continue
        if _HAN.fullmatch(piece):
            kind = _HANCHAR
        elif _WORDISH.match(piece):
            kind = _WORD
        elif _EMOJI.match(piece):
            kind = _EMOJI_KIND
        else:
            kind = _PUNCT
        tokens.append(_Token(piece, piece.lower(), start, match.end(), kind))
    return tokens


def _span(text: str, tokens: list[_Token], i1: int, i2: int) -> str:
    if i1 >= i2:
        return ""
    return text[tokens[i1].start : tokens[i2 - 1].end]


def _unmatched_if_subsequence(old: list[_Token], new: list[_Token]) -> list[int] | None:
    """Indices of *old* left over when *new* is matched into it in order, or None if a new token
    is not there at all (a changed word)."""
    unmatched: list[int] = []
    position = 0
    for token in new:
        while position < len(old) and old[position].norm != token.norm:
            unmatched.append(position)
            position += 1
        if position == len(old):
            return None
        position += 1
    unmatched.extend(range(position, len(old)))
    return unmatched


def _best_alignment(text: str, tokens: list[_Token], deleted: set[int]) -> set[int]:
    """*deleted*, each run slid to the equivalent place that explains the most.

    Removing "you know, you" from "a, you know, you" or "you, know you" is the same edit; the
    alignment picks one arbitrarily, and only one reads as a filler phrase.
    """
    unexplained = deleted - _explain(text, tokens, deleted)
    if not unexplained:
        return deleted
    for run in _runs(sorted(deleted)):
        if not unexplained & set(run):
            continue
        size, best = len(run), (len(unexplained), deleted)
        for step in (-1, 1):
            first = run[0]
            while 0 <= first + step and first + step + size <= len(tokens):
                leaving, entering = (first + size - 1, first - 1) if step < 0 else (first, first + size)
                if tokens[leaving].norm != tokens[entering].norm:
                    break
                first += step
                candidate = (deleted - set(run)) | set(range(first, first + size))
                left = len(candidate - _explain(text, tokens, candidate))
                if left < best[0]:
                    best = (left, candidate)
        deleted = best[1]
        unexplained = deleted - _explain(text, tokens, deleted)
    return deleted


def _runs(indices: list[int]) -> list[list[int]]:
    runs: list[list[int]] = []
    for index in indices:
        if runs and runs[-1][-1] == index - 1:
            runs[-1].append(index)
        else:
            runs.append([index])
    return runs


def _explain(text: str, tokens: list[_Token], deleted: set[int]) -> set[int]:
    """The deleted token indices that are fillers, stutters, emoji, tags or stray marks."""
    words = [i for i, t in enumerate(tokens) if t.kind in (_WORD, _HANCHAR)]
    explained = _stutters(text, tokens, words, deleted)  # 对啊对啊: 啊 is part of the repeat
    in_tag = _tag_tokens(text, tokens)
    for index in deleted - explained:
        token = tokens[index]
        if token.kind == _EMOJI_KIND or index in in_tag or _is_filler(text, tokens, index, deleted):
            explained.add(index)
    # Stutters are found among the words alone: punctuation between copies ("if you, if you")
    # and fillers inside a repeat do not break it.
    content = [i for i, t in enumerate(tokens) if t.kind in (_WORD, _HANCHAR) and i not in explained]
    explained |= _stutters(text, tokens, content, deleted - explained)
    # Punctuation last: a mark is stray when what it touches is punctuation, an edge, or gone.
    changed = True
    while changed:
        changed = False
        for index in sorted(deleted - explained):
            if tokens[index].kind == _PUNCT and _is_stray_mark(tokens, index, explained, deleted):
                explained.add(index)
                changed = True
    return explained


def _tag_tokens(text: str, tokens: list[_Token]) -> set[int]:
    spans = [match.span() for match in _SOUND_TAG.finditer(text)]
    if not spans:
        return set()
    return {i for i, t in enumerate(tokens) if any(a <= t.start and t.end <= b for a, b in spans)}


def _is_filler(text: str, tokens: list[_Token], index: int, deleted: set[int]) -> bool:
    token = tokens[index]
    if token.kind == _WORD:
        if _EN_FILLERS.fullmatch(token.text):
            return _standalone(text, token)
        for phrase in _EN_FILLER_PHRASES:
            for offset in range(len(phrase)):
                first = index - offset
                window = range(first, first + len(phrase))
                if first >= 0 and window[-1] < len(tokens) and all(i in deleted for i in window):
                    if tuple(tokens[i].norm for i in window) == phrase:
                        return True
        return False
    if token.kind == _HANCHAR and token.text in _ZH_FILLERS:
        before = text[max(0, token.start - 1) : token.start]
        after = text[token.end : token.end + 1]
        # 额 in 金额/额外, 哎 in 哎呀: part of a word, not a filler.
        return not (before and is_dictionary_word(before + token.text)) and not (
            after and is_dictionary_word(token.text + after)
        )
    return False


def _standalone(text: str, token: _Token) -> bool:
    """A filler is a whole word: not glued to letters, digits, hyphens or apostrophes (uh-huh),
    nor a unit after a number ("10 um", "5 mm")."""
    if text[: token.start].rstrip(" ")[-1:].isdigit():
        return False
    before = text[token.start - 1] if token.start else " "
    after = text[token.end] if token.end < len(text) else " "
    glue = "-'’"
    return not (before in glue or after in glue or (before.isalnum() and not _HAN.match(before))) and not (
        after.isalnum() and not _HAN.match(after)
    )


def _is_stray_mark(tokens: list[_Token], index: int, explained: set[int], deleted: set[int]) -> bool:
    for neighbour in (index - 1, index + 1):
        if neighbour < 0 or neighbour >= len(tokens):
            return True
        other = tokens[neighbour]
        if other.kind in (_PUNCT, _EMOJI_KIND) or neighbour in explained:
            return True
        if neighbour in deleted:
            continue
    return False


def _stutters(text: str, tokens: list[_Token], content: list[int], pending: set[int]) -> set[int]:
    """Deleted content tokens that are spare copies of a repeat, found by undoing one copy at a
    time: "the the beginning the beginning" loses "the", then "the beginning"."""
    explained: set[int] = set()
    norms = [tokens[i].norm for i in content]
    live = list(range(len(content)))  # positions in *content* still present
    progress = True
    while progress:
        progress = False
        for period in range(1, 9):
            for k in range(len(live) - period + 1):
                window = live[k : k + period]
                if not all(content[c] in pending and content[c] not in explained for c in window):
                    continue
                start, end = k, k + period
                while start > 0 and norms[live[start - 1]] == norms[live[start - 1 + period]]:
                    start -= 1
                while end < len(live) and norms[live[end]] == norms[live[end - period]]:
                    end += 1
                if end - start < 2 * period:
                    continue
                # Any phase of the repeat will do: "这个那个那个" is 个那 twice only by accident.
                verbatim_copies = _original_run(norms, live[k], period)
                if any(
                    _allowed(text, [tokens[content[c]] for c in live[first : first + period]], (end - first) // period,
                             verbatim_copies)
                    for first in range(start, min(k, end - 2 * period) + 1)
                ):  # fmt: skip
                    explained.update(content[c] for c in window)
                    del live[k : k + period]
                    progress = True
                    break
            if progress:
                break
    return explained


def _original_run(norms: list[str], position: int, period: int) -> int:
    """How many copies of the unit at *position* stand in a row in the verbatim text."""
    start = position
    while start - period >= 0 and norms[start - period : start] == norms[position : position + period]:
        start -= period
    end = position + period
    while norms[end : end + period] == norms[position : position + period]:
        end += period
    return (end - start) // period


def _allowed(text: str, unit: list[_Token], copies: int, verbatim_copies: int) -> bool:
    """Whether one of *copies* repeats of *unit* (*verbatim_copies* in the verbatim text) can go
    without losing content."""
    words = [token.norm for token in unit]
    if all(token.kind == _WORD for token in unit):
        if any(_is_number(word) for word in words):
            return False  # "twenty twenty", "one one zero", "two plus six plus six"
        if len(words) == 1 and words[0] in _EN_GRAMMATICAL_DOUBLES:
            return verbatim_copies >= 3  # "that that" is English; "is is is" is not
        return True
    chars = "".join(words)
    if not all(token.kind == _HANCHAR for token in unit):
        return not any(_is_number(word) for word in words)
    if all(c in _ZH_NUMERALS for c in chars):
        return False  # 二零二零, 一一, 三三: copies of a numeral make one number
    needed = 1
    run_start = unit[0].start
    # The first copy may end the previous word (现在在做 = 现在 + 在): it is not a spare copy.
    for length in range(2, 5):
        for begin in range(run_start - length + 1, run_start):
            end = begin + length
            if begin >= 0 and run_start < end <= run_start + len(chars):
                word = text[begin:end]
                if _HAN.fullmatch(word[0]) and all(_HAN.match(c) for c in word) and is_dictionary_word(word):
                    needed = 2
    if _reduplication(chars):
        needed = max(needed, 2)  # 看看, 谢谢, 研究研究, 一步一步: the doubled form is the word
    if len(chars) > 1 and _word_across_copies(text, run_start, len(chars)):
        needed = max(needed, 2)  # 看一看一个 is 看一看 + 一个, not 看一 twice
    return copies > needed


def _word_across_copies(text: str, start: int, size: int) -> bool:
    """Whether a dictionary word of three or four characters starts with the first copy and
    ends inside the second (看一看, 试一试)."""
    return any(is_dictionary_word(text[start:end]) for end in range(max(start + 3, start + size + 1), start + 5))


@lru_cache(maxsize=4096)
def _reduplication(chars: str) -> bool:
    if is_dictionary_word(chars * 2) or (len(chars) == 2 and chars[0] == "一"):
        return True
    if len(chars) == 1:
        # 说说, 聊聊: a verb said twice; 是是, 有有 are only stutters.
        return chars not in _GRAMMAR_VERBS and _pos(chars)[:1] in ("v", "a")
    return len(chars) == 2 and _pos(chars)[:1] in ("v", "a")


def _pos(word: str) -> str:
    """jieba's part of speech for *word* (``""`` when unknown): ABAB doubling is for verbs and
    adjectives (研究研究, 讨论讨论), while a doubled pronoun or noun (我们我们, 大家大家) is a stutter."""
    import jieba.posseg

    table: dict[str, str] = jieba.posseg.dt.word_tag_tab
    return table.get(word, "")


def _is_number(word: str) -> bool:
    return any(c.isdigit() for c in word) or word in _NUMBER_WORDS
