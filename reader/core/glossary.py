"""The library's glossary: terms every translation must honour ("LLM" → 大语言模型; "GAN" kept).

An entry says: *term*, found in *source_lang* text (zh or en), must come out as
*translation* in the *target_lang* translation, or — with no translation — stay exactly
as it is ("keep as is": product names, people, acronyms). Matching is case-insensitive
unless the entry says otherwise, and a Latin term is matched as a whole word ("GAN" is
not found in "organ"). Where terms overlap, the longest wins ("large language model"
before "language model"). The optional note is for the user only.

How translation honours it (see :mod:`reader.core.translate.placeholders` and
:mod:`reader.core.translate.store`): each term found in a sentence is replaced by a
placeholder the model carries through, then by the required words; every result is
checked (:func:`check`), and each stored translation remembers which entries it honoured
(:func:`state_of`), so editing the glossary re-translates exactly the rows containing a
changed term, and never the user's own translations.

Every add, edit, removal and import is one undoable action (:mod:`reader.core.history`).

Files (:func:`parse_glossary`, :func:`format_glossary`):

* **CSV / TSV** — a header row ``term, translation, note, case_sensitive, from, to``
  (any order; only ``term`` is required; unknown columns are ignored), or no header and
  the columns ``term, translation[, note]``. An empty translation means keep as is;
  ``case_sensitive`` is yes/no (also true/false, 1/0).
* **Text** (``.txt``, the format of other translation tools' glossaries) — entries
  separated by blank lines; an entry is two lines, the term then its translation, or a
  lone line: a term kept as is. Notes, case sensitivity and languages are not part of
  this format: importing one guesses each term's language from its script (Chinese
  characters: zh; else en), exporting to it leaves them out.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from reader.core.errors import InvalidOperation, NotFound, ReaderError, os_params
from reader.core.hashing import text_hash
from reader.core.history import ActionKind, preview, records
from reader.core.models import GlossaryEntry, utcnow

#: Languages a glossary entry can be written in, and the language each translates into.
LANGS = ("zh", "en")
_OTHER = {"zh": "en", "en": "zh"}
#: Longest term or translation (a glossary holds words and phrases, not passages).
TERM_LIMIT = 200
NOTE_LIMIT = 1000
#: File formats, by name; ``txt`` is the two-lines-per-entry text format.
FORMATS = ("csv", "tsv", "txt")
_SUFFIXES = {".csv": "csv", ".tsv": "tsv", ".tab": "tsv", ".txt": "txt", ".text": "txt"}
#: Largest glossary file read (a glossary of 100,000 terms fits in a few MB).
FILE_LIMIT = 20 * 1024 * 1024

_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_EDGE = "A-Za-z0-9"
_YES = {"yes", "y", "true", "1", "x", "是"}
_NO = {"no", "n", "false", "0", "", "否"}
_GLOSSARY_TABLES = ("glossary_entries",)


@dataclass(frozen=True)
class Entry:
    """A glossary entry, detached from any session."""

    id: int
    term: str
    #: The required translation; None: keep the term as it is.
    translation: str | None
    source_lang: str
    target_lang: str
    case_sensitive: bool = False
    note: str = ""

    @property
    def keep(self) -> bool:
        return self.translation is None

    def to_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "term": self.term,
            "translation": self.translation,
            "keep": self.keep,
            "from": self.source_lang,
            "to": self.target_lang,
            "case_sensitive": self.case_sensitive,
            "note": self.note,
        }


@dataclass(frozen=True)
class Draft:
    """An entry read from a file or typed by the user, not yet checked against the library."""

    term: str
    translation: str | None = None
    source_lang: str | None = None
    target_lang: str | None = None
    case_sensitive: bool = False
    note: str = ""
    #: Where it was read (a file's line number), for error messages.
    line: int | None = None


@dataclass(frozen=True)
class Hit:
    """A glossary term found in a sentence: what translation must make of ``text[start:end]``."""

    start: int
    end: int
    #: The entry's term, as the glossary spells it.
    term: str
    #: What the translation must contain: the entry's translation, or the source's own
    #: spelling of the term for an entry kept as is.
    required: str
    keep: bool


#: :attr:`TermIssue.how`: the translation does not contain the required words.
MISSING = "missing"
#: The model lost the term's placeholder; the words were put back by translating the
#: sentence around the term (present, but check the sentence reads well).
RESTORED = "restored"


@dataclass(frozen=True)
class TermIssue:
    """What the glossary check found wrong with one stored translation."""

    term: str
    required: str
    how: str

    def to_json(self) -> dict[str, str]:
        return {"term": self.term, "required": self.required, "how": self.how}


@dataclass(frozen=True)
class ImportSummary:
    """What an import did."""

    added: int = 0
    updated: int = 0
    unchanged: int = 0
    entries: tuple[Entry, ...] = field(default=(), repr=False)

    def to_json(self) -> dict[str, object]:
        return {"added": self.added, "updated": self.updated, "unchanged": self.unchanged}


# -- matching ------------------------------------------------------------------------------


def guess_lang(term: str) -> str:
    """The language a term is written in: zh if it has Chinese characters, else en."""
    return "zh" if _HAN.search(term) else "en"


def _is_edge(char: str) -> bool:
    return char.isascii() and char.isalnum()


def _trie_pattern(terms: Iterable[str]) -> str:
    """One regular expression finding any of *terms*, longest first, Latin ones as whole words.

    The terms are folded into a trie (``(?:a(?:b|c))``) rather than listed one by one, so a
    glossary of thousands of terms costs one pass per sentence, not one per term.
    """
    trie: dict[str, Any] = {}
    for term in terms:
        node = trie
        for char in term:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: Mapping[str, Any], last: str) -> str:
        branches = [re.escape(char) + emit(node[char], char) for char in sorted(node) if char]
        if "" in node:  # a term ends here; longer ones were tried first
            branches.append(f"(?![{_EDGE}])" if _is_edge(last) else "")
        if len(branches) == 1:
            return branches[0]
        return "(?:" + "|".join(branches) + ")"

    return "|".join(
        (f"(?<![{_EDGE}])" if _is_edge(char) else "") + re.escape(char) + emit(trie[char], char)
        for char in sorted(trie)
    )


class Matcher:
    """The entries of one direction, compiled to find their terms in a sentence."""

    def __init__(self, entries: Iterable[Entry]) -> None:
        self.entries = tuple(entries)
        exact = {e.term: e for e in self.entries if e.case_sensitive}
        folded = {e.term.lower(): e for e in self.entries if not e.case_sensitive}
        self._patterns: list[tuple[re.Pattern[str], dict[str, Entry], bool]] = []
        if exact:
            self._patterns.append((re.compile(_trie_pattern(exact)), exact, False))
        if folded:
            self._patterns.append((re.compile(_trie_pattern(folded), re.IGNORECASE), folded, True))

    def __bool__(self) -> bool:
        return bool(self.entries)

    def find(self, text: str) -> list[Hit]:
        """The terms in *text*, left to right, never overlapping (the longest wins)."""
        found: list[tuple[int, int, Entry]] = []
        for pattern, table, fold in self._patterns:
            for match in pattern.finditer(text):
                entry = table.get(match.group().lower() if fold else match.group())
                if entry is not None:
                    found.append((match.start(), match.end(), entry))
        if len(self._patterns) > 1:
            found.sort(key=lambda item: (item[0], item[0] - item[1]))
        hits: list[Hit] = []
        end = 0
        for start, stop, entry in found:
            if start < end:
                continue
            spelled = text[start:stop]
            required = spelled if entry.translation is None else entry.translation
            hits.append(Hit(start, stop, entry.term, required, entry.translation is None))
            end = stop
        return hits


def state_of(hits: Sequence[Hit]) -> str | None:
    """What a translation honouring *hits* honoured: a hash of the entries found (their
    terms and required translations), or None when the sentence holds no glossary term.

    A translation stores it; when today's hash differs, an entry it contains was added,
    changed or removed, and the row is due again. Notes and unrelated entries do not count.
    """
    if not hits:
        return None
    found = sorted({(hit.term, None if hit.keep else hit.required) for hit in hits}, key=lambda pair: pair[0])
    return text_hash(json.dumps(found, ensure_ascii=False))


def check(text: str, hits: Sequence[Hit], lost: Iterable[int] = ()) -> tuple[TermIssue, ...]:
    """What is wrong with *text* as a translation of a sentence with *hits*.

    A required translation (or a term kept as is) it does not contain is :data:`MISSING`
    (compared case-insensitively: a sentence may start with the term); the hits numbered
    in *lost* (1-based) are those whose placeholder the model lost: :data:`RESTORED` if
    the words are there now.
    """
    folded = text.casefold()
    lost_numbers = set(lost)
    issues: dict[tuple[str, str], TermIssue] = {}
    for number, hit in enumerate(hits, 1):
        if hit.required.casefold() not in folded:
            how = MISSING
        elif number in lost_numbers:
            how = RESTORED
        else:
            continue
        issues.setdefault((hit.term, how), TermIssue(hit.term, hit.required, how))
    return tuple(issues.values())


def issues_json(issues: Sequence[TermIssue]) -> str | None:
    """The stored form of *issues* (None when there are none)."""
    return json.dumps([issue.to_json() for issue in issues], ensure_ascii=False) if issues else None


def parse_issues(stored: str | None) -> tuple[TermIssue, ...]:
    """The issues a translation row stores (nothing for NULL or anything unreadable)."""
    if not stored:
        return ()
    try:
        data = json.loads(stored)
    except ValueError:
        return ()
    if not isinstance(data, list):
        return ()
    return tuple(
        TermIssue(str(item.get("term", "")), str(item.get("required", "")), str(item.get("how", MISSING)))
        for item in data
        if isinstance(item, dict)
    )


def issues_by_segment(session: Session, talk_id: int) -> dict[int, tuple[TermIssue, ...]]:
    """What the glossary check found in a talk's stored translations, by segment id (the
    reader marks these sentences)."""
    rows = session.connection().exec_driver_sql(
        "SELECT t.segment_id, t.glossary_issues FROM translations AS t JOIN segments AS s ON s.id = t.segment_id"
        " WHERE s.talk_id = ? AND t.glossary_issues IS NOT NULL",
        (talk_id,),
    )
    found = {int(segment_id): parse_issues(stored) for segment_id, stored in rows}
    return {segment_id: issues for segment_id, issues in found.items() if issues}


def matchers(session: Session) -> dict[tuple[str, str], Matcher]:
    """The glossary compiled per direction ``(source, target)``; empty without entries."""
    by_direction: dict[tuple[str, str], list[Entry]] = {}
    for entry in list_entries(session):
        by_direction.setdefault((entry.source_lang, entry.target_lang), []).append(entry)
    return {direction: Matcher(entries) for direction, entries in by_direction.items()}


# -- reading and editing -------------------------------------------------------------------


def _entry(row: GlossaryEntry) -> Entry:
    return Entry(
        id=row.id,
        term=row.term,
        translation=row.translation,
        source_lang=row.source_lang,
        target_lang=row.target_lang,
        case_sensitive=bool(row.case_sensitive),
        note=row.note or "",
    )


def list_entries(session: Session, *, source_lang: str | None = None) -> list[Entry]:
    """Every entry (of one source language), by language then term."""
    query = select(GlossaryEntry)
    if source_lang is not None:
        query = query.where(GlossaryEntry.source_lang == source_lang)
    rows = [_entry(row) for row in session.scalars(query)]
    return sorted(rows, key=lambda e: (e.source_lang, e.term.casefold(), e.term))


def get_entry(session: Session, entry_id: int) -> Entry:
    row = session.get(GlossaryEntry, entry_id)
    if row is None:
        raise NotFound(
            f"no glossary entry with id {entry_id}", code="not-found.glossary-entry", params={"id": entry_id}
        )
    return _entry(row)


def find_entry(session: Session, term: str, *, source_lang: str | None = None) -> Entry:
    """The entry for *term* (exactly, else ignoring case); ambiguous without *source_lang*
    when both languages have it."""
    wanted = " ".join(term.split())
    candidates = [e for e in list_entries(session, source_lang=source_lang) if e.term == wanted]
    if not candidates:
        candidates = [
            e for e in list_entries(session, source_lang=source_lang) if e.term.casefold() == wanted.casefold()
        ]
    if not candidates:
        raise NotFound(f"the glossary has no entry “{wanted}”", code="not-found.glossary-term", params={"term": wanted})
    if len(candidates) > 1:
        raise InvalidOperation(
            f"“{wanted}” is in the glossary more than once ({', '.join(str(e.id) for e in candidates)}); "
            "name the entry by its id or its language",
            code="glossary.ambiguous",
            params={"term": wanted, "ids": ", ".join(str(e.id) for e in candidates)},
        )
    return candidates[0]


def _clean(value: str | None) -> str:
    """One line: runs of spaces (and any line break or tab) become one space."""
    return " ".join((value or "").split())


def _checked_langs(term: str, source_lang: str | None, target_lang: str | None) -> tuple[str, str]:
    source = source_lang or guess_lang(term)
    if source not in LANGS:
        raise InvalidOperation(
            f"a glossary language must be zh or en (got {source})", code="glossary.bad-lang", params={"lang": source}
        )
    target = target_lang or _OTHER[source]
    if target not in LANGS:
        raise InvalidOperation(
            f"a glossary language must be zh or en (got {target})", code="glossary.bad-lang", params={"lang": target}
        )
    if target == source:
        raise InvalidOperation(
            "a glossary entry translates from one language into the other (zh → en or en → zh)",
            code="glossary.same-lang",
        )
    return source, target


def _checked_text(term: str, translation: str | None, note: str) -> tuple[str, str | None, str]:
    term, note = _clean(term), (note or "").strip()
    text = _clean(translation) or None
    if not term:
        raise InvalidOperation("a glossary term cannot be empty", code="glossary.empty-term")
    for what, value in (("term", term), ("translation", text or "")):
        if len(value) > TERM_LIMIT:
            raise InvalidOperation(
                f"a glossary {what} can have at most {TERM_LIMIT} characters",
                code="glossary.too-long",
                params={"what": what, "limit": TERM_LIMIT},
            )
    if len(note) > NOTE_LIMIT:
        raise InvalidOperation(
            f"a glossary note can have at most {NOTE_LIMIT} characters",
            code="glossary.too-long",
            params={"what": "note", "limit": NOTE_LIMIT},
        )
    return term, text, note


def _clash(
    session: Session, term: str, source: str, target: str, case_sensitive: bool, own: int | None
) -> Entry | None:
    """The entry *term* would duplicate: the same term, or the same but for case where either
    entry ignores case."""
    for row in session.scalars(
        select(GlossaryEntry).where(GlossaryEntry.source_lang == source, GlossaryEntry.target_lang == target)
    ):
        if row.id == own:
            continue
        if row.term == term or (row.term.lower() == term.lower() and not (case_sensitive and bool(row.case_sensitive))):
            return _entry(row)
    return None


def _duplicate(found: Entry) -> InvalidOperation:
    return InvalidOperation(
        f"the glossary already has “{found.term}” (entry {found.id}); edit that entry instead",
        code="glossary.duplicate",
        params={"term": found.term, "id": found.id},
    )


def _describe_add(session: Session, term: str, *_args: object, **_kwargs: object) -> dict[str, object]:
    return {"term": preview(_clean(term))}


def _describe_entry(session: Session, entry_id: int, *_args: object, **_kwargs: object) -> dict[str, object]:
    row = session.get(GlossaryEntry, entry_id)
    return {"term": preview(row.term if row else "")}


@records(ActionKind.ADD_GLOSSARY_ENTRY, _describe_add, tables=_GLOSSARY_TABLES)
def add_entry(
    session: Session,
    term: str,
    translation: str | None = None,
    *,
    source_lang: str | None = None,
    target_lang: str | None = None,
    case_sensitive: bool = False,
    note: str = "",
) -> Entry:
    """Add *term* → *translation* (None or empty: keep as is); the language defaults to the
    term's script. Refuses a term the glossary already has (edit that entry instead)."""
    term, text, note = _checked_text(term, translation, note)
    source, target = _checked_langs(term, source_lang, target_lang)
    found = _clash(session, term, source, target, case_sensitive, None)
    if found is not None:
        raise _duplicate(found)
    now = utcnow()
    row = GlossaryEntry(
        term=term,
        translation=text,
        source_lang=source,
        target_lang=target,
        case_sensitive=case_sensitive,
        note=note,
        created_at=now,
        updated_at=now,
    )
    session.add(row)
    session.flush()
    return _entry(row)


#: "Leave this field as it is" for :func:`edit_entry` (None means "keep the term as is").
UNCHANGED: Any = object()


@records(ActionKind.EDIT_GLOSSARY_ENTRY, _describe_entry, tables=_GLOSSARY_TABLES)
def edit_entry(
    session: Session,
    entry_id: int,
    *,
    term: str = UNCHANGED,
    translation: str | None = UNCHANGED,
    case_sensitive: bool = UNCHANGED,
    note: str = UNCHANGED,
    source_lang: str = UNCHANGED,
) -> Entry:
    """Change an entry's fields (those given); ``translation=None`` makes it "keep as is"."""
    row = session.get(GlossaryEntry, entry_id)
    if row is None:
        raise NotFound(
            f"no glossary entry with id {entry_id}", code="not-found.glossary-entry", params={"id": entry_id}
        )
    new_term, text, new_note = _checked_text(
        row.term if term is UNCHANGED else term,
        row.translation if translation is UNCHANGED else translation,
        row.note if note is UNCHANGED else note,
    )
    sensitive = bool(row.case_sensitive) if case_sensitive is UNCHANGED else bool(case_sensitive)
    if source_lang is UNCHANGED:
        source, target = row.source_lang, row.target_lang
    else:
        source, target = _checked_langs(new_term, source_lang, None)
    found = _clash(session, new_term, source, target, sensitive, row.id)
    if found is not None:
        raise _duplicate(found)
    values = (new_term, text, sensitive, new_note, source, target)
    if values != (row.term, row.translation, bool(row.case_sensitive), row.note, row.source_lang, row.target_lang):
        row.term, row.translation, row.case_sensitive, row.note, row.source_lang, row.target_lang = values
        row.updated_at = utcnow()
        session.flush()
    return _entry(row)


@records(ActionKind.REMOVE_GLOSSARY_ENTRY, _describe_entry, tables=_GLOSSARY_TABLES)
def remove_entry(session: Session, entry_id: int) -> Entry:
    """Remove an entry; returns it as it was."""
    row = session.get(GlossaryEntry, entry_id)
    if row is None:
        raise NotFound(
            f"no glossary entry with id {entry_id}", code="not-found.glossary-entry", params={"id": entry_id}
        )
    entry = _entry(row)
    session.delete(row)
    session.flush()
    return entry


def _describe_import(session: Session, drafts: object, *, name: str = "", **_kwargs: object) -> dict[str, object]:
    return {"name": preview(name), "count": len(drafts) if isinstance(drafts, Sequence) else 0}


@records(ActionKind.IMPORT_GLOSSARY, _describe_import, tables=_GLOSSARY_TABLES)
def import_entries(session: Session, drafts: Sequence[Draft], *, name: str = "") -> ImportSummary:
    """Add *drafts* to the glossary as one undoable action (*name*: the file, for its name).

    An entry for a term the glossary already has replaces that entry's translation, note
    and case sensitivity (``updated``); every draft is checked before anything is written,
    so a bad one leaves the glossary unchanged.
    """
    checked: list[tuple[Draft, str, str | None, str, str, str]] = []
    for draft in drafts:
        try:
            term, text, note = _checked_text(draft.term, draft.translation, draft.note)
            source, target = _checked_langs(term, draft.source_lang, draft.target_lang)
        except InvalidOperation as exc:
            if draft.line is None:
                raise
            raise _bad_line(draft.line, exc) from exc
        checked.append((draft, term, text, note, source, target))
    added = updated = unchanged = 0
    now = utcnow()
    entries: list[Entry] = []
    for draft, term, text, note, source, target in checked:
        found = _clash(session, term, source, target, draft.case_sensitive, None)
        if found is None:
            row = GlossaryEntry(
                term=term,
                translation=text,
                source_lang=source,
                target_lang=target,
                case_sensitive=draft.case_sensitive,
                note=note,
                created_at=now,
                updated_at=now,
            )
            session.add(row)
            session.flush()
            added += 1
        else:
            row = session.get_one(GlossaryEntry, found.id)
            values = (text, draft.case_sensitive, note or row.note)
            if values == (row.translation, bool(row.case_sensitive), row.note):
                unchanged += 1
            else:
                row.translation, row.case_sensitive, row.note = values
                row.updated_at = now
                session.flush()
                updated += 1
        entries.append(_entry(row))
    return ImportSummary(added, updated, unchanged, tuple(entries))


def _bad_line(line: int, exc: InvalidOperation) -> InvalidOperation:
    return InvalidOperation(
        f"line {line}: {exc.message}",
        code="glossary.bad-line",
        params={"line": line, "cause": exc},
    )


# -- files ---------------------------------------------------------------------------------


def format_of(path: str | Path, given: str | None = None) -> str:
    """The file format: *given*, else the file's suffix (``.csv``, ``.tsv``, ``.txt``)."""
    if given is not None:
        fmt = given.lower()
    else:
        fmt = _SUFFIXES.get(Path(path).suffix.lower(), "")
    if fmt not in FORMATS:
        raise InvalidOperation(
            f"unknown glossary format {fmt or Path(path).suffix or '(none)'}; choose csv, tsv or txt "
            "(give --format for another file name)",
            code="glossary.bad-format",
            params={"format": fmt or Path(path).suffix or "-", "choices": ", ".join(FORMATS)},
        )
    return fmt


def read_glossary_file(path: str | Path, fmt: str | None = None) -> list[Draft]:
    """The entries of a glossary file (UTF-8, with or without a byte-order mark)."""
    path = Path(path)
    fmt = format_of(path, fmt)
    try:
        if path.stat().st_size > FILE_LIMIT:
            raise InvalidOperation(
                f"the glossary file is larger than {FILE_LIMIT // (1024 * 1024)} MB",
                path=path,
                code="glossary.too-large",
                params={"limit_mb": FILE_LIMIT // (1024 * 1024)},
            )
        data = path.read_bytes()
    except OSError as exc:
        raise ReaderError(
            f"cannot read the glossary file ({exc.strerror or exc})",
            path=path,
            code="glossary.unreadable",
            params=os_params(exc),
        ) from exc
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InvalidOperation(
            "the glossary file is not UTF-8 text (save it as UTF-8 and try again)",
            path=path,
            code="glossary.not-utf8",
        ) from exc
    try:
        return parse_glossary(text, fmt)
    except InvalidOperation as exc:
        exc.path = path
        raise


def parse_glossary(text: str, fmt: str) -> list[Draft]:
    """The entries of a glossary written in *fmt*; refuses the whole file at its first bad line."""
    text = text.removeprefix("\ufeff")
    drafts = _parse_text(text) if fmt == "txt" else _parse_table(text, "\t" if fmt == "tsv" else ",")
    if not drafts:
        raise InvalidOperation("the file holds no glossary entries", code="glossary.empty-file")
    seen: dict[tuple[str | None, str], int] = {}
    for draft in drafts:
        key = (draft.source_lang or guess_lang(draft.term), _clean(draft.term).lower())
        if key in seen:
            raise InvalidOperation(
                f"line {draft.line}: “{_clean(draft.term)}” is already on line {seen[key]}",
                code="glossary.twice",
                params={"line": draft.line, "term": _clean(draft.term), "first": seen[key]},
            )
        seen[key] = draft.line or 0
    return drafts


def _parse_text(text: str) -> list[Draft]:
    drafts: list[Draft] = []
    block: list[tuple[int, str]] = []

    def flush() -> None:
        if not block:
            return
        if len(block) > 2:
            raise InvalidOperation(
                f"line {block[2][0]}: an entry is one line (a term kept as is) or two (a term, then its "
                "translation); separate entries with a blank line",
                code="glossary.three-lines",
                params={"line": block[2][0]},
            )
        (line, term), *rest = block
        drafts.append(Draft(term=term, translation=rest[0][1] if rest else None, line=line))
        block.clear()

    for number, line in enumerate(text.splitlines(), 1):
        if line.strip():
            block.append((number, line.strip()))
        else:
            flush()
    flush()
    return drafts


_COLUMNS = {
    "term": "term",
    "source": "term",
    "source term": "term",
    "translation": "translation",
    "target": "translation",
    "target term": "translation",
    "note": "note",
    "notes": "note",
    "comment": "note",
    "description": "note",
    "case_sensitive": "case",
    "case sensitive": "case",
    "case": "case",
    "from": "from",
    "source_lang": "from",
    "to": "to",
    "target_lang": "to",
}


def _parse_table(text: str, delimiter: str) -> list[Draft]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    drafts: list[Draft] = []
    header: dict[str, int] | None = None
    first = True
    try:
        for row in reader:
            line = reader.line_num
            cells = [cell.strip() for cell in row]
            if not any(cells):
                continue
            if first:
                first = False
                names = [_COLUMNS.get(cell.lower()) for cell in cells]
                known = all(name is not None for name, cell in zip(names, cells, strict=True) if cell)
                if names[0] == "term" or ("term" in names and known):
                    header = {name: i for i, name in reversed(list(enumerate(names))) if name}
                    continue
            drafts.append(_table_row(cells, header, line))
    except csv.Error as exc:
        raise InvalidOperation(
            f"line {reader.line_num}: not a valid table row ({exc})",
            code="glossary.bad-row",
            params={"line": reader.line_num},
        ) from exc
    return drafts


def _table_row(cells: list[str], header: Mapping[str, int] | None, line: int) -> Draft:
    def cell(name: str, position: int | None) -> str:
        index = header.get(name) if header is not None else position
        return cells[index] if index is not None and index < len(cells) else ""

    if header is None and len([c for c in cells[3:] if c]) > 0:
        raise InvalidOperation(
            f"line {line}: more columns than term, translation and note (add a header row to name them)",
            code="glossary.columns",
            params={"line": line},
        )
    term = cell("term", 0)
    if not term:
        raise InvalidOperation(f"line {line}: the term is empty", code="glossary.no-term", params={"line": line})
    if any(char in term for char in "\r\n\t"):
        raise InvalidOperation(
            f"line {line}: a term cannot span lines", code="glossary.line-break", params={"line": line}
        )
    case = cell("case", None).lower()
    if case not in _YES | _NO:
        raise InvalidOperation(
            f"line {line}: case_sensitive must be yes or no (got {case})",
            code="glossary.bad-case",
            params={"line": line, "value": case},
        )
    langs = []
    for name in ("from", "to"):
        value = cell(name, None).lower()
        if value and value not in LANGS:
            raise InvalidOperation(
                f"line {line}: {value} is not a glossary language (zh or en)",
                code="glossary.bad-lang-in-file",
                params={"line": line, "lang": value},
            )
        langs.append(value or None)
    return Draft(
        term=term,
        translation=cell("translation", 1) or None,
        note=cell("note", 2),
        case_sensitive=case in _YES,
        source_lang=langs[0],
        target_lang=langs[1],
        line=line,
    )


def format_glossary(entries: Sequence[Entry], fmt: str) -> str:
    """*entries* as a file in *fmt* (see the module docstring); read back by :func:`parse_glossary`."""
    if fmt == "txt":
        blocks = [entry.term if entry.keep else f"{entry.term}\n{entry.translation}" for entry in entries]
        return "\n\n".join(blocks) + ("\n" if blocks else "")
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter="\t" if fmt == "tsv" else ",", lineterminator="\n")
    writer.writerow(["term", "translation", "note", "case_sensitive", "from", "to"])
    for entry in entries:
        writer.writerow(
            [
                entry.term,
                entry.translation or "",
                entry.note,
                "yes" if entry.case_sensitive else "no",
                entry.source_lang,
                entry.target_lang,
            ]
        )
    return out.getvalue()


def export_glossary(session: Session, path: str | Path, fmt: str | None = None, *, force: bool = False) -> int:
    """Write the whole glossary to *path* (atomically; refuses to overwrite unless *force*);
    returns the number of entries written."""
    from reader.core.export.writer import check_target, write_atomic

    target = Path(path).expanduser()
    fmt = format_of(target, fmt)
    check_target(target, force)
    entries = list_entries(session)
    write_atomic(target, format_glossary(entries, fmt), force=force)
    return len(entries)
