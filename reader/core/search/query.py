"""The search query language, parsed by hand into a safe FTS5 MATCH expression.

What users type::

    芯片 带宽             both words (in any order, anywhere in the segment)
    "diffusion model"     this exact phrase
    GPU OR TPU            either word (OR binds tighter than the implicit AND)
    attention -self       exclude segments with a word (also: NOT self)
    transform*            words starting with "transform"
    lang:zh  lang:en      only text in that language (original or translation)
    talk:12               only talk #12
    in:original  in:translation  in:notes    only that kind of text
    speaker:赵老师  speaker:"Speaker 3"        only what that speaker says (any case)

Words match as words, not substrings, case- and accent-insensitively.

**Chinese** is cut by jieba like the index. A run of Chinese characters is found as written:
its words in a row, the last one allowed to continue (语音合成 finds 语音合成器), or the run as
one word where the text's context kept it whole; punctuation between the words breaks the
match (扩散，模型 is not 扩散模型). A single word also finds longer words containing it through
the index's search sub-words (模型 finds 大模型). Separate words with spaces to find them
anywhere in a segment.

**English plurals and derived forms.** A Latin word of four or more letters matches as a
prefix (``transformer`` → transformers, ``align`` → alignment), and a plural also matches its
singular (``models`` → model*). Prefixes rather than a suffix list or a stemmer because ASR
text glues words (``modelto``, ``trainingset``) and coins forms no list foresees
(``tokenizer``, ``agentic``): a prefix finds what a substring scan finds, short of the rare
infix (``misalignment``). They stop at four letters because shorter ones explode into
unrelated words and thousands of index terms (``art`` → artificial; ``the`` → them, there,
theory); short words match their regular plural instead (``GPU`` → GPUs, ``box`` → boxes).
The price is a few false friends (``mode`` → model), which a substring scan has too. The
index keeps prefix indexes for 4–6 letters, where frequent words are, so ``model*`` costs
no more than ``model``.

**Safety.** User text never reaches MATCH raw. Every word becomes an FTS5 string literal
(double quotes doubled); operators, columns and filters are produced only by this module.
Anything unusable — nothing searchable, only exclusions, a bad filter, an over-long query —
raises :class:`~reader.core.errors.SearchQueryError` with a message for the user.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from reader.core.errors import SearchQueryError
from reader.core.search import segmenter
from reader.core.search.schema import CONTENT_COLUMNS, LANG_SLOTS
from reader.core.search.snippets import Matcher

#: Longer queries are almost certainly a paste by mistake; FTS5 also limits expression depth.
MAX_QUERY_CHARS = 1000
MAX_TERMS = 32
MAX_TOKENS = 96
#: Latin words at least this long match as prefixes (see the module docstring).
AUTO_PREFIX_MIN = 4
#: Explicit ``x*`` prefixes shorter than this are taken as plain words (``a*`` would be every a-word).
EXPLICIT_PREFIX_MIN = 2

FIELDS = ("original", "translation", "note")
LANGS = ("zh", "en")
_LANG_NAMES = {
    "zh": "zh", "cn": "zh", "chinese": "zh", "中文": "zh", "汉语": "zh", "zh-cn": "zh", "zh-hans": "zh",
    "en": "en", "english": "en", "英文": "en", "英语": "en",
}  # fmt: skip
_FIELD_NAMES = {
    "original": "original", "orig": "original", "text": "original", "source": "original",
    "translation": "translation", "translations": "translation", "translated": "translation",
    "trans": "translation",
    "notes": "note", "note": "note",
}  # fmt: skip

_QUOTES = '"“”„«»「」『』＂'
_FILTER = re.compile(r"^(lang|talk|in|speaker):(.*)$", re.IGNORECASE | re.DOTALL)
_SPACE = re.compile(r"\s")


@dataclass(frozen=True)
class Term:
    """One thing to find: a word, or a phrase when quoted."""

    text: str
    phrase: bool = False
    prefix: bool = False


@dataclass(frozen=True)
class Query:
    """A parsed query: all ``groups`` must match (each group: any of its terms), none of ``excluded``."""

    text: str
    groups: tuple[tuple[Term, ...], ...]
    excluded: tuple[Term, ...] = ()
    talk_ids: tuple[int, ...] = ()
    langs: tuple[str, ...] = ()
    fields: tuple[str, ...] = ()
    #: ``speaker:`` names (any of them); the engine matches them ignoring case. Not part of
    #: the MATCH expression: speakers are not in the index (a rename would mean re-indexing).
    speakers: tuple[str, ...] = ()

    @property
    def terms(self) -> tuple[Term, ...]:
        return tuple(term for group in self.groups for term in group)


@dataclass
class _Lexer:
    text: str
    pos: int = 0
    items: list[tuple[str, Term | None, bool]] = field(default_factory=list)

    def run(self) -> list[tuple[str, Term | None, bool]]:
        """Items: ("term", Term, negated), ("or", None, False) or ("filter", Term(key:value), negated)."""
        text, n = self.text, len(self.text)
        negate_next = False
        while self.pos < n:
            char = text[self.pos]
            if char.isspace():
                self.pos += 1
                continue
            negated = negate_next
            negate_next = False
            if char in "-−" and self.pos + 1 < n and not text[self.pos + 1].isspace():
                negated = True
                self.pos += 1
                char = text[self.pos]
            elif char == "+" and self.pos + 1 < n and not text[self.pos + 1].isspace():
                self.pos += 1
                char = text[self.pos]
            if char in _QUOTES:
                end = self.pos + 1
                while end < n and text[end] not in _QUOTES:
                    end += 1
                phrase = text[self.pos + 1 : end]
                self.pos = end + 1
                prefix = self.pos < n and text[self.pos] == "*"
                if prefix:
                    self.pos += 1
                elif end >= n and phrase and not phrase[-1].isspace():
                    # An unclosed quote is a phrase still being typed: its last word may go on
                    # ("diffusion mod → diffusion model), as search-as-you-type shows it.
                    prefix = True
                self.items.append(("term", Term(phrase, phrase=True, prefix=prefix), negated))
                continue
            end = self.pos
            while end < n and not text[end].isspace() and text[end] not in _QUOTES:
                end += 1
            word = text[self.pos : end]
            self.pos = end
            if not negated and word in ("OR", "|", "||"):
                self.items.append(("or", None, False))
            elif not negated and word in ("AND", "&", "&&"):
                continue
            elif not negated and word == "NOT":
                negate_next = True
            elif _FILTER.match(word):
                if word.lower() == "speaker:" and self.pos < n and text[self.pos] in _QUOTES:
                    # speaker:"Speaker 3": the quoted name is the filter's value.
                    end = self.pos + 1
                    while end < n and text[end] not in _QUOTES:
                        end += 1
                    word += text[self.pos + 1 : end]
                    self.pos = end + 1
                self.items.append(("filter", Term(word), negated))
            else:
                prefix = word.endswith("*")
                core = word.rstrip("*")
                if prefix and len(core) < EXPLICIT_PREFIX_MIN:
                    prefix = False
                self.items.append(("term", Term(core, prefix=prefix), negated))
        return self.items


def _parse_filter(
    word: str, negated: bool, talk_ids: list[int], langs: list[str], fields: list[str], speakers: list[str]
) -> None:
    match = _FILTER.match(word)
    assert match is not None
    key, value = match.group(1).lower(), match.group(2).strip().lower()
    if negated:
        raise SearchQueryError(
            f"filters cannot be excluded: remove the minus before {key}:",
            code="search.excluded-filter",
            params={"filter": f"{key}:"},
        )
    if key == "speaker":
        name = " ".join(match.group(2).split())
        if not name:
            raise SearchQueryError(
                'speaker: needs a name, e.g. speaker:赵老师 or speaker:"Speaker 3"', code="search.speaker-name"
            )
        speakers.append(name)
    elif key == "talk":
        number = value.lstrip("#")
        if not number.isdigit() or not number.isascii() or len(number) > 18:
            raise SearchQueryError(
                f"talk: needs a talk number, e.g. talk:12 (got {word!r})",
                code="search.talk-number",
                params={"got": word},
            )
        talk_ids.append(int(number))
    elif key == "lang":
        if value not in _LANG_NAMES:
            raise SearchQueryError(f"lang: must be zh or en (got {word!r})", code="search.lang", params={"got": word})
        langs.append(_LANG_NAMES[value])
    else:
        if value not in _FIELD_NAMES:
            raise SearchQueryError(
                f"in: must be original, translation or notes (got {word!r})", code="search.field", params={"got": word}
            )
        fields.append(_FIELD_NAMES[value])


def parse(text: str) -> Query:
    """Parse what the user typed; raises :class:`SearchQueryError` when nothing can be searched."""
    if not isinstance(text, str):
        raise SearchQueryError("the query must be text", code="search.not-text")
    if len(text) > MAX_QUERY_CHARS:
        raise SearchQueryError(
            f"the query is too long ({len(text):,} characters; at most {MAX_QUERY_CHARS:,})",
            code="search.too-long",
            params={"count": len(text), "limit": MAX_QUERY_CHARS},
        )
    text = text.replace("\x00", " ")
    groups: list[list[Term]] = []
    excluded: list[Term] = []
    talk_ids: list[int] = []
    langs: list[str] = []
    fields: list[str] = []
    speakers: list[str] = []
    pending_or = False
    for kind, term, negated in _Lexer(text).run():
        if kind == "or":
            pending_or = bool(groups)
            continue
        assert term is not None
        if kind == "filter":
            _parse_filter(term.text, negated, talk_ids, langs, fields, speakers)
            pending_or = False
            continue
        if not has_words(term.text):
            continue
        if negated:
            excluded.append(term)
            pending_or = False
        elif pending_or and groups:
            groups[-1].append(term)
            pending_or = False
        else:
            groups.append([term])
    if not groups:
        if excluded:
            raise SearchQueryError(
                "add a word to search for: a query cannot only exclude words", code="search.only-excluded"
            )
        raise SearchQueryError("there is nothing to search for: type a word or a phrase", code="search.empty")
    count = sum(len(g) for g in groups) + len(excluded)
    if count > MAX_TERMS:
        raise SearchQueryError(
            f"the query has too many words ({count}; at most {MAX_TERMS})",
            code="search.too-many-words",
            params={"count": count, "limit": MAX_TERMS},
        )
    return Query(
        text=text,
        groups=tuple(tuple(g) for g in groups),
        excluded=tuple(excluded),
        talk_ids=tuple(dict.fromkeys(talk_ids)),
        langs=tuple(dict.fromkeys(langs)),
        fields=tuple(dict.fromkeys(fields)),
        speakers=tuple(dict.fromkeys(speakers)),
    )


def has_words(text: str) -> bool:
    """Whether *text* holds anything the index has words for (emoji and punctuation do not)."""
    return segmenter.WORD.search(text) is not None or segmenter.has_han(text)


# --- FTS5 expression -------------------------------------------------------------------


def _string(tokens: list[str] | tuple[str, ...], prefix: bool = False) -> str:
    """An FTS5 string literal: a phrase of *tokens*, each quoted, optionally a prefix phrase."""
    body = " ".join(tokens).replace('"', '""')
    return f'"{body}"' + ("*" if prefix else "")


def _pieces(text: str) -> list[tuple[str, str]]:
    """("han"|"word", text) in reading order."""
    pieces: list[tuple[str, str]] = []
    for match in re.finditer(f"[{segmenter.HAN_CLASS}]+|{segmenter.WORD.pattern}", text):
        token = match.group()
        pieces.append(("han" if segmenter.has_han(token) else "word", token))
    return pieces


def _singulars(word: str) -> list[str]:
    lower = segmenter.fold(word)
    if not lower.isascii() or not lower.isalpha() or len(lower) < 4:
        return []
    if lower.endswith("ies") and len(lower) > 4:
        return [lower[:-3] + "y"]
    if lower.endswith("es") and lower[:-2].endswith(("s", "x", "z", "ch", "sh")):
        return [lower[:-2]]
    if lower.endswith("s") and not lower.endswith(("ss", "us", "is")):
        return [lower[:-1]]
    return []


def _plurals(word: str) -> list[str]:
    lower = segmenter.fold(word)
    if not lower.isascii() or not lower.isalpha() or len(lower) < 2:
        return []
    if lower.endswith(("s", "x", "z", "ch", "sh")):
        return [lower + "es"]
    if lower.endswith("y") and len(lower) > 2 and lower[-2] not in "aeiou":
        return [lower[:-1] + "ies", lower + "s"]
    return [lower + "s"]


#: One way a term can occur in the index: a phrase of index words, the last one maybe a prefix.
Alternative = tuple[tuple[str, ...], bool]


def _latin_alternatives(word: str, term: Term) -> list[Alternative]:
    alternatives: list[Alternative] = []
    if term.phrase:
        alternatives.append(((word,), term.prefix))
    else:
        auto = term.prefix or (len(word) >= AUTO_PREFIX_MIN and not word.isdigit())
        alternatives.append(((word,), auto))
        for singular in _singulars(word):
            alternatives.append(((singular,), len(singular) >= AUTO_PREFIX_MIN))
        if not auto:
            alternatives.extend(((plural,), False) for plural in _plurals(word))
    parts = segmenter.glued_parts(word)
    if parts:
        alternatives.append((tuple(parts), term.prefix))
    return alternatives


def _han_alternatives(run: str, term: Term) -> list[Alternative]:
    """Ways a run of Chinese characters occurs in the index.

    A run of several words is a phrase whose last word may continue: 语音合成 is found in
    语音合成器 (cut 语音/合成器), as a substring search would. The text may also hold the run
    as one word (its context made jieba keep it whole). A single word needs no prefix: a
    longer word containing it brings it along as a search sub-word (see :mod:`.segmenter`),
    but its context may have cut it in two (语音合成 → 语音/合成).
    """
    words = tuple(segmenter.cut_words(run))
    if len(words) > 1:
        return [(words, True), ((run,), True)]
    alternatives: list[Alternative] = [(words, term.prefix)]
    if len(run) >= 3:
        for cut in range(1, len(run)):
            head, tail = run[:cut], run[cut:]
            if (
                (len(head) > 1 or len(tail) > 1)
                and segmenter.is_dictionary_word(head)
                and segmenter.is_dictionary_word(tail)
            ):
                alternatives.append(((head, tail), term.prefix))
    return alternatives


def term_tokens(term: Term) -> list[str]:
    """The index words a term is looked up as (Han cut by jieba), in reading order."""
    tokens: list[str] = []
    for kind, text in _pieces(term.text):
        tokens.extend(segmenter.cut_words(text) if kind == "han" else [text])
    return tokens


def term_alternatives(term: Term) -> list[Alternative]:
    """The ways *term* may occur in the index; any of them is a match."""
    pieces = _pieces(term.text)
    if not pieces:
        return []
    if len(pieces) == 1:
        kind, text = pieces[0]
        options = _latin_alternatives(text, term) if kind == "word" else _han_alternatives(text, term)
    else:
        options = [(tuple(term_tokens(term)), term.prefix)]
    return list(dict.fromkeys(options))


def has_han_terms(query: Query) -> bool:
    """Whether any term (or exclusion) has Chinese characters: then the bigram index answers."""
    return any(segmenter.has_han(term.text) for term in (*query.terms, *query.excluded))


def bigram_alternatives(term: Term) -> list[Alternative]:
    """The ways *term* occurs in the bigram index (:func:`.segmenter.bigram_text`).

    A term with Chinese is one phrase: its Latin words as in the word index, each Han run as
    its character pairs (closed by its last character where more of the term follows), so it
    matches exactly where the text contains it, however jieba would cut the text. A term
    without Chinese is looked up as in the word index.
    """
    pieces = _pieces(term.text)
    if not any(kind == "han" for kind, _ in pieces):
        return term_alternatives(term)
    tokens: list[str] = []
    prefix = False
    for number, (kind, text) in enumerate(pieces):
        last = number == len(pieces) - 1
        if kind == "han":
            run_tokens, prefix = segmenter.bigram_query_tokens(text, ends=not last, alone=len(pieces) == 1)
            tokens.extend(run_tokens)
        else:
            tokens.append(text)
            prefix = term.prefix and last
    return [(tuple(tokens), prefix)]


def term_expression(term: Term, *, bigrams: bool = False) -> str:
    """The FTS5 expression of one term: a phrase, or alternatives joined by OR.

    With *bigrams*, for the bigram index (see :func:`bigram_alternatives`).
    """
    alternatives = bigram_alternatives(term) if bigrams else term_alternatives(term)
    options = [_string(tokens, prefix=prefix) for tokens, prefix in alternatives]
    if not options:
        raise SearchQueryError("there is nothing to search for: type a word or a phrase", code="search.empty")
    return options[0] if len(options) == 1 else "(" + " OR ".join(options) + ")"


def matcher(query: Query) -> Matcher:
    """What a snippet should mark for *query*: the words of its terms (not the excluded ones)."""
    words: list[str] = []
    prefixes: list[str] = []
    for term in query.terms:
        for tokens, prefix in term_alternatives(term):
            if len(tokens) > 1 and all(segmenter.has_han(t) for t in tokens):
                # A Chinese phrase: mark it where its words stand together, not each word anywhere.
                joined = "".join(tokens)
                (prefixes if prefix else words).append(joined)
                continue
            words.extend(tokens[:-1] if prefix else tokens)
            if prefix:
                prefixes.append(tokens[-1])
    return Matcher.build(words, prefixes)


def _group_expression(group: tuple[Term, ...], bigrams: bool) -> str:
    parts = [term_expression(term, bigrams=bigrams) for term in group]
    return parts[0] if len(parts) == 1 else "(" + " OR ".join(parts) + ")"


def to_match(
    query: Query,
    *,
    talk_ids: tuple[int, ...] = (),
    langs: tuple[str, ...] = (),
    fields: tuple[str, ...] = (),
    bigrams: bool = False,
) -> str:
    """The FTS5 MATCH expression for *query*, AND-ed with the caller's own filters.

    Filters from the query and from the caller must both hold (``--talk 3`` with
    ``talk:4`` finds nothing); several values of one filter are alternatives. With
    *bigrams* the expression is for the bigram index (same columns and tags).
    """
    for lang in langs:
        if lang not in LANGS:
            raise SearchQueryError(
                f"language must be zh or en (got {lang!r})", code="search.lang", params={"got": lang}
            )
    for name in fields:
        if name not in FIELDS:
            raise SearchQueryError(
                f"field must be original, translation or note (got {name!r})", code="search.field", params={"got": name}
            )
    token_count = sum(len(term_tokens(t)) for t in query.terms) + sum(len(term_tokens(t)) for t in query.excluded)
    if token_count > MAX_TOKENS:
        raise SearchQueryError(
            f"the query has too many words ({token_count}; at most {MAX_TOKENS})",
            code="search.too-many-words",
            params={"count": token_count, "limit": MAX_TOKENS},
        )
    body = " AND ".join(_group_expression(group, bigrams) for group in query.groups)
    if query.excluded:
        body = f"({body}) NOT ({' OR '.join(term_expression(t, bigrams=bigrams) for t in query.excluded)})"
    kinds = [k for k in FIELDS if (not query.fields or k in query.fields) and (not fields or k in fields)]
    lang_sets = [s for s in (query.langs, langs) if s]
    slots = [lang for lang in LANGS if all(lang in s for s in lang_sets)] if lang_sets else list(LANG_SLOTS)
    if not kinds or not slots:
        return _NOTHING
    columns = [f"{kind}_{slot}" for kind in kinds for slot in slots]
    if len(columns) == len(CONTENT_COLUMNS):
        # Every text column: only the tags are left out, and only when a word could match one
        # (talk12, talk*): checking each match's column costs 10–25% of a search.
        expression = f"- {{tags}} : ({body})" if _may_match_tags(query, bigrams) else f"({body})"
    else:
        expression = f"{{{' '.join(columns)}}} : ({body})"
    for ids in (query.talk_ids, talk_ids):
        if ids:
            expression += " AND tags : (" + " OR ".join(_string([f"talk{i}"]) for i in ids) + ")"
    return expression


_TAG = re.compile(r"talk[0-9]*")


def _may_match_tags(query: Query, bigrams: bool) -> bool:
    """Whether a word of *query* (excluded ones too) could match a talk tag (``talk12``).

    The tags column holds one index word per row, so only one-word alternatives can; a
    prefix matches one when it is the start of ``talk`` or ``talk`` and digits.
    """
    for term in (*query.terms, *query.excluded):
        alternatives = bigram_alternatives(term) if bigrams else term_alternatives(term)
        for tokens, prefix in alternatives:
            if len(tokens) != 1:
                continue
            token = segmenter.fold(tokens[0])
            if _TAG.fullmatch(token) and (prefix or token != "talk") or (prefix and "talk".startswith(token)):
                return True
    return False


def is_common(term: Term) -> bool:
    """Whether every word of *term* is a function word (the, and, 的, 我们): in most segments."""
    tokens = term_tokens(term)
    return bool(tokens) and all(segmenter.fold(token) in COMMON_WORDS for token in tokens)


#: Words so frequent in talks that ranking a query containing them is not worth scanning their
#: postings (bm25 reads a term's whole posting list for its IDF). Function words only: a topic
#: word that is common in one library ("model") is caught by counting the query's matches.
COMMON_WORDS = frozenset(
    """a an and are as at be but by do for from have he i if in is it its me my no not of on or our
    so that the their them there these they this to up us was we were what when which who will
    with would you your yeah um uh just like know think mean okay oh well right really very
    的 了 是 在 我 你 他 她 它 我们 你们 他们 这 那 这个 那个 就 也 和 都 有 一个 不 说 要 会 对 嗯 呃 啊 吧 呢
    吗 就是 然后 所以 因为 但是 我们的 可以 没有 什么 还 很 把 被 从 到 着 过 给 让""".split()
)


#: A MATCH expression that matches nothing (contradictory filters).
_NOTHING = 'tags : "nothing"'
