"""Ranked search across the library and every-hit search within one talk.

:func:`search` returns the best hits (bm25; original text weighted above notes above
translations) with snippets, grouped by talk with each talk's hit count.
:func:`find_in_talk` returns every hit of one talk in reading order, for a find bar.

**Very common words.** Ranking means scoring every match, and FTS5's bm25 also walks each
term's whole posting list for its IDF: ranking 130k matches of "the" or 的 cost a prototype
200–300 ms. So a search first takes the first :data:`RANK_LIMIT` matches *without* scoring
(in library order: FTS5 iterates lazily, so a common word costs no more than a rare one) and
counts them per talk, then:

* at most :data:`RANK_LIMIT` matches: all are ranked by bm25 (``ranked_all``); totals and
  per-talk counts are exact;
* more: the total is counted (no scoring) up to :data:`COUNT_LIMIT` for a single word, up
  to :data:`PHRASE_COUNT_LIMIT` for several words or a phrase (each of their matches costs
  an intersection of lists or a comparison of positions to find), per-talk counts cover
  the first :data:`RANK_LIMIT` (``count_capped``), and a one-term query has those ranked
  (its posting list is the matches, so bm25's IDF costs little) when it was counted to the
  end; with several terms, or more matches than counted, or a function word (the, 的: see
  :data:`~reader.core.search.query.COMMON_WORDS`) among other words, nothing is scored and
  hits come in library order. A query that common has no useful ranking anyway; the reader
  still gets real hits at once and can add words.

**One pass.** The counting, the per-talk counts and the unranked hits come from one
statement (:func:`_matches`), and ranking is a second. At 2.5 million segments a word of
more than six letters (``training``, looked up as a prefix, which has no prefix index that
long) costs FTS5 ~2 ms to set up each time its MATCH runs, before the first row: running it
once instead of three times kept such searches near 5 ms rather than 15.

**Speakers.** ``speaker:`` filters are not in the index (renaming a speaker would mean
re-indexing every turn): each match's speaker is looked up by its rowid — a segment's own,
a note's first segment's — and compared ignoring case. That costs a primary-key lookup per
match, and only for queries that use the filter.

Everything here works on the caller's connection and transaction: pass a SQLAlchemy
``Session`` or ``Connection`` (or a raw ``sqlite3.Connection``). Results are frozen
dataclasses holding plain values, safe to hand to another thread.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import Connection
from sqlalchemy.orm import Session

from reader.core.errors import LibraryError, SearchQueryError
from reader.core.search import query as query_language
from reader.core.search import snippets
from reader.core.search.schema import BIGRAM_TABLE, RANK_WEIGHTS, TABLE
from reader.core.speakers import speaker_key

Connectable = Session | Connection | sqlite3.Connection

#: At most this many matches (the first, in library order) are ranked and counted per talk.
RANK_LIMIT = 300
#: Totals are exact up to this many matches; a query matching more is too common to rank.
COUNT_LIMIT = 10_000
#: The same for a query of several words or a phrase, whose every match costs more to find
#: (lists intersected, positions compared): counting 10,000 took 4–7 ms at 2.5M segments.
PHRASE_COUNT_LIMIT = 1_000
MAX_LIMIT = 1000

_WEIGHTS = ", ".join(str(w) for w in RANK_WEIGHTS)


@dataclass(frozen=True)
class Hit:
    """One place a query matched: a segment (or a note on segments) of a talk.

    ``segment_id`` and ``ordinal`` (the segment's position in its talk, from 0) say where to
    jump; for a note, they are those of the note's first segment and ``note_id`` is set.
    ``field`` names the text the snippet comes from: ``original`` (verbatim), ``clean`` (the
    clean reading text, when only it matched), ``translation`` or ``note``. ``spans`` are the
    matched character ranges within that whole text, for highlighting it in place.
    ``score`` is bm25 relevance (higher is better; 0 when unranked).
    """

    talk_id: int
    segment_id: int
    ordinal: int
    field: str
    snippet: str
    spans: tuple[tuple[int, int], ...] = ()
    score: float = 0.0
    lang: str = ""
    note_id: int | None = None

    def to_json(self) -> dict[str, object]:
        return {
            "talk_id": self.talk_id,
            "segment_id": self.segment_id,
            "ordinal": self.ordinal,
            "note_id": self.note_id,
            "field": self.field,
            "lang": self.lang,
            "score": round(self.score, 4),
            "snippet": self.snippet,
            "spans": [list(span) for span in self.spans],
        }


@dataclass(frozen=True)
class TalkHits:
    """The hits of one talk among the results, and how many the talk has in all.

    With ``count_capped`` the count covers only the first matches in library order (the
    query matched too many rows to count per talk), so it is a lower bound.
    """

    talk_id: int
    title: str
    hit_count: int
    hits: tuple[Hit, ...]
    count_capped: bool = False

    def to_json(self) -> dict[str, object]:
        return {
            "talk_id": self.talk_id,
            "title": self.title,
            "hit_count": self.hit_count,
            "count_capped": self.count_capped,
            "hits": [hit.to_json() for hit in self.hits],
        }


@dataclass(frozen=True)
class SearchResults:
    """Ranked hits, best first, and the same hits grouped by talk (best talk first).

    ``total`` counts every matching segment and note in the library (notes count apart from
    their segments); when ``total_capped`` it is a lower bound (:data:`COUNT_LIMIT`).
    ``ranked`` says the hits are in bm25 order, ``ranked_all`` that every match was ranked
    (with ``ranked`` alone, the best of the first :data:`RANK_LIMIT` matches); unranked hits
    (very common words) come in library order.
    """

    query: str
    hits: tuple[Hit, ...]
    talks: tuple[TalkHits, ...]
    total: int
    total_capped: bool = False
    ranked: bool = True
    ranked_all: bool = True

    def to_json(self) -> dict[str, object]:
        return {
            "query": self.query,
            "total": self.total,
            "total_capped": self.total_capped,
            "ranked": self.ranked,
            "ranked_all": self.ranked_all,
            "talks": [talk.to_json() for talk in self.talks],
        }


def dbapi(conn: Connectable) -> sqlite3.Connection:
    """The sqlite3 connection behind a Session or Connection, in its current transaction."""
    if isinstance(conn, sqlite3.Connection):
        return conn
    if isinstance(conn, Session):
        conn = conn.connection()
    if isinstance(conn, Connection):
        raw = conn.connection.dbapi_connection
        if isinstance(raw, sqlite3.Connection):
            return raw
    raise TypeError(f"expected a Session, Connection or sqlite3.Connection, not {type(conn).__name__}")


@contextmanager
def _sql_errors() -> Iterator[None]:
    """A MATCH expression we built being rejected is our bug, but the user gets a sentence."""
    try:
        yield
    except sqlite3.OperationalError as exc:
        text = str(exc)
        if f"no such table: {TABLE}" in text or f"no such table: {BIGRAM_TABLE}" in text:
            raise LibraryError(
                "the library has no search index; run: talk-reader reindex", code="library.no-index"
            ) from exc
        if "no such column" in text:
            raise LibraryError(
                "the search index was built by another version of Talk Reader; run: talk-reader reindex",
                code="library.index-outdated",
            ) from exc
        if "fts5" in text or "MATCH" in text or "syntax error" in text or "unknown special query" in text:
            raise SearchQueryError(
                "this query cannot be searched; try fewer or simpler words", code="search.unsearchable"
            ) from exc
        raise


@dataclass(frozen=True)
class _Place:
    talk_id: int
    title: str
    segment_id: int
    ordinal: int
    lang: str
    texts: tuple[str, str, str]  # original, translation, note
    translation_lang: str | None = None


def _in_list(values: Sequence[int]) -> str:
    return ",".join(str(int(v)) for v in values)


def _places(db: sqlite3.Connection, rowids: Sequence[int]) -> dict[int, _Place]:
    """Where each index row points: talk, segment, position and the texts to show."""
    places: dict[int, _Place] = {}
    segment_ids = [r for r in rowids if r > 0]
    note_ids = [-r for r in rowids if r < 0]
    if segment_ids:
        for seg_id, talk_id, title, ordinal, lang, text, translation, target in db.execute(
            "SELECT s.id, s.talk_id, k.title, s.ordinal, s.lang, s.text, t.text, t.target_lang"
            " FROM segments AS s JOIN talks AS k ON k.id = s.talk_id"
            " LEFT JOIN translations AS t ON t.segment_id = s.id"
            f" WHERE s.id IN ({_in_list(segment_ids)})"
        ):
            places[seg_id] = _Place(talk_id, title, seg_id, ordinal, lang, (text, translation or "", ""), target)
    if note_ids:
        for note_id, talk_id, title, seg_id, ordinal, lang, text in db.execute(
            "SELECT n.id, n.talk_id, k.title, n.first_segment_id, s.ordinal, s.lang, n.text"
            " FROM notes AS n JOIN talks AS k ON k.id = n.talk_id"
            " JOIN segments AS s ON s.id = n.first_segment_id"
            f" WHERE n.id IN ({_in_list(note_ids)})"
        ):
            places[-note_id] = _Place(talk_id, title, seg_id, ordinal, lang, ("", "", text))
    return places


@dataclass(frozen=True)
class _Plan:
    """A compiled query: the MATCH expression and how to mark and pick snippet texts."""

    match: str
    matcher: snippets.Matcher
    fields: tuple[str, ...]
    langs: tuple[str, ...]
    #: The query has a function-word term (the, 的) and more than that: too common to rank.
    common_words: bool = False
    #: One term, nothing excluded: its posting list is the matches, so ranking the first of many
    #: costs little (with several terms bm25 would walk each term's whole list).
    single_term: bool = False
    #: One term of one index word (a phrase's words must be checked at each match, several
    #: terms' lists intersected): its matches are counted up to :data:`COUNT_LIMIT`, others
    #: up to :data:`PHRASE_COUNT_LIMIT`.
    single_word: bool = False
    #: ``speaker:`` names (spaces collapsed); matched ignoring case, see :meth:`where`.
    speakers: tuple[str, ...] = ()
    #: The index the MATCH expression is for: the bigram index when the query has Chinese
    #: (jieba's cut of a sentence depends on its context, so only character pairs find every
    #: sentence containing a string), else the word index.
    table: str = TABLE

    def where(self, db: sqlite3.Connection) -> tuple[str, tuple[object, ...]]:
        """The WHERE clause (and its parameters) selecting this plan's index rows.

        SQLite's NOCASE folds ASCII letters, which is all a name needs unless it has other
        cased letters (Émile, Дарья); only then is each row's speaker folded in Python,
        at about ten times the cost per match.
        """
        table = self.table
        if not self.speakers:
            return f"{table} MATCH ?", (self.match,)
        marks = ", ".join("?" * len(self.speakers))
        if all(_ascii_foldable(name) for name in self.speakers):
            return (
                f"{table} MATCH ? AND ({_row_speaker(table)}) COLLATE NOCASE IN ({marks})",
                (self.match, *self.speakers),
            )
        db.create_function(_SPEAKER_KEY, 1, _speaker_key, deterministic=True)
        keys = tuple(speaker_key(name) for name in self.speakers)
        return f"{table} MATCH ? AND {_SPEAKER_KEY}({_row_speaker(table)}) IN ({marks})", (self.match, *keys)


_SPEAKER_KEY = "reader_speaker_key"


def _row_speaker(table: str) -> str:
    """The speaker of an index row: the segment's, or for a note (negative rowid) its first segment's."""
    return (
        f"CASE WHEN {table}.rowid > 0 THEN (SELECT speaker FROM segments WHERE id = {table}.rowid)"
        f" ELSE (SELECT s.speaker FROM notes AS n JOIN segments AS s ON s.id = n.first_segment_id"
        f" WHERE n.id = -{table}.rowid) END"
    )


def _ascii_foldable(name: str) -> bool:
    """Whether SQLite's NOCASE compares *name* as casefolding would (no non-ASCII cased letters)."""
    return all(char.isascii() or char.lower() == char.upper() for char in name)


def _speaker_key(name: str | None) -> str | None:
    return speaker_key(name) if name is not None else None


def _compile(query: str, talk_id: int | None, lang: str | None, fields: Sequence[str] | None) -> _Plan:
    parsed = query_language.parse(query)
    own_fields = tuple(fields or ())
    own_langs = (lang,) if lang else ()
    bigrams = query_language.has_han_terms(parsed)
    match = query_language.to_match(
        parsed,
        talk_ids=(talk_id,) if talk_id is not None else (),
        langs=own_langs,
        fields=own_fields,
        bigrams=bigrams,
    )
    field_sets = [set(f) for f in (parsed.fields, own_fields) if f]
    lang_sets = [set(f) for f in (parsed.langs, own_langs) if f]
    filtered = bool(
        parsed.talk_ids or parsed.langs or parsed.fields or parsed.speakers or talk_id is not None or lang or fields
    )
    # A lone function word is counted like any word (its total tells whether it is too common);
    # with other words or filters its own frequency is hidden, so assume the worst.
    alone = len(parsed.terms) == 1 and not parsed.excluded and not filtered
    return _Plan(
        match=match,
        matcher=query_language.matcher(parsed),
        common_words=not alone and any(query_language.is_common(t) for t in parsed.terms),
        single_term=len(parsed.terms) == 1 and not parsed.excluded,
        single_word=len(parsed.terms) == 1 and not parsed.excluded and _one_word(parsed.terms[0], bigrams),
        speakers=parsed.speakers,
        table=BIGRAM_TABLE if bigrams else TABLE,
        fields=tuple(f for f in query_language.FIELDS if all(f in s for s in field_sets)),
        langs=tuple(x for x in query_language.LANGS if all(x in s for s in lang_sets)) if lang_sets else (),
    )


def _one_word(term: query_language.Term, bigrams: bool) -> bool:
    """Whether every way *term* is looked up is a single index word (no phrase to check)."""
    alternatives = query_language.bigram_alternatives(term) if bigrams else query_language.term_alternatives(term)
    return all(len(tokens) == 1 for tokens, _prefix in alternatives)


def _clean(text: str, lang: str) -> str:
    try:
        from reader.core.textproc.cleanup import clean_text

        return clean_text(text, lang)
    except Exception:  # a clean-up bug must not break search
        return text


def _first_marked(
    candidates: Sequence[tuple[str, Callable[[], str]]], matcher: snippets.Matcher
) -> tuple[str, str, list[tuple[int, int]]] | None:
    for name, get_text in candidates:
        text = get_text()
        spans = matcher.spans(text)
        if spans:
            return name, text, spans
    return None


def _hit(
    rowid: int,
    score: float,
    place: _Place,
    plan: _Plan,
    *,
    markers: tuple[str, str],
    escape: Callable[[str], str] | None,
    snippet_chars: int,
) -> Hit:
    """The hit of one index row: the first text (original, clean, translation) showing a match."""
    original, translation, note = place.texts
    if rowid < 0:
        candidates: list[tuple[str, Callable[[], str]]] = [("note", lambda: note)]
    else:
        candidates = []
        if "original" in plan.fields and (not plan.langs or place.lang in plan.langs):
            candidates.append(("original", lambda: original))
        if "translation" in plan.fields and (not plan.langs or place.translation_lang in plan.langs):
            candidates.append(("translation", lambda: translation))
        if candidates and candidates[0][0] == "original":
            # Clean text only deletes, so it rarely shows a match the verbatim lacks: try it last.
            candidates.append(("clean", lambda: _clean(original, place.lang)))
    shown = _first_marked(candidates, plan.matcher)
    if shown is None:
        # Matched through something the marker cannot see (e.g. words the clean-up joined):
        # show the first allowed text unmarked.
        field, get_text = candidates[0] if candidates else ("original", lambda: original)
        shown = field, get_text(), []
    field, text, spans = shown
    return Hit(
        talk_id=place.talk_id,
        segment_id=place.segment_id,
        ordinal=place.ordinal,
        field=field,
        snippet=snippets.make_snippet(text, spans, markers=markers, escape=escape, max_chars=snippet_chars),
        spans=tuple(spans),
        score=-score if score else 0.0,
        lang=place.lang,
        note_id=-rowid if rowid < 0 else None,
    )


# A CTE used three times is computed once (SQLite 3.35+ honours the keyword; older ones may
# run the MATCH again for each use, which is slower but gives the same answer).
_MATERIALIZED = "MATERIALIZED " if sqlite3.sqlite_version_info >= (3, 35, 0) else ""


@dataclass(frozen=True)
class _Matches:
    """What one pass over a query's matches (library order, no scoring) tells."""

    #: Matching index rows, counted no further than the limit asked for.
    total: int
    #: Matches per talk among the first *window* matches.
    counts: dict[int, int]
    #: The last rowid of those (bm25 ranks no further, see :func:`search`).
    last: int
    #: The first matches' rowids, in library order: the hits when nothing is ranked.
    first: list[int]


def _matches(db: sqlite3.Connection, plan: _Plan, count_limit: int, window: int, hits: int) -> _Matches:
    """Count the matches (up to *count_limit*), per talk among the first *window*, and list the
    first *hits*, in one statement.

    The matches are kept (materialised) and counted there: a word of more than six letters is
    looked up as a prefix without a prefix index, and FTS5 then merges the lists of every
    index word with that prefix before the first row, each time the MATCH runs
    (``training*`` ~2 ms at 2.5 million segments). A single word's list is walked again to be
    counted instead: cheaper than keeping 10,000 rowids.
    """
    where, params = plan.where(db)
    match = f"SELECT rowid AS id FROM {plan.table} WHERE {where} LIMIT ?"
    if plan.single_word:
        kept, total_sql, total_params = window, f"SELECT count(*) FROM ({match})", (*params, count_limit)
    else:
        kept, total_sql, total_params = count_limit, "SELECT count(*) FROM m", ()
    rows = db.execute(
        f"WITH m AS {_MATERIALIZED}({match}), w AS (SELECT id FROM m LIMIT ?)"
        f" SELECT 0, ({total_sql}), 0"
        f" UNION ALL SELECT 1, coalesce(s.talk_id, n.talk_id), count(*) FROM w"
        f"  LEFT JOIN segments AS s ON s.id = w.id LEFT JOIN notes AS n ON n.id = -w.id GROUP BY 2"
        f" UNION ALL SELECT 2, max(id), 0 FROM w"
        f" UNION ALL SELECT * FROM (SELECT 3, id, 0 FROM m LIMIT ?)",
        (*params, kept, window, *total_params, hits),
    ).fetchall()
    total = next(value for kind, value, _ in rows if kind == 0)
    counts = {talk: count for kind, talk, count in rows if kind == 1 and talk is not None}
    last = next((value for kind, value, _ in rows if kind == 2 and value is not None), 0)
    first = sorted(value for kind, value, _ in rows if kind == 3)
    return _Matches(total, counts, last, first)


def search(
    conn: Connectable,
    query: str,
    *,
    talk_id: int | None = None,
    lang: str | None = None,
    fields: Sequence[str] | None = None,
    limit: int = 20,
    markers: tuple[str, str] = ("[", "]"),
    escape: Callable[[str], str] | None = None,
    snippet_chars: int = snippets.DEFAULT_CHARS,
) -> SearchResults:
    """The best *limit* hits of *query* in the library, with snippets, grouped by talk.

    *talk_id*, *lang* (``zh``/``en``: the language of the text that matched) and *fields*
    (``original``, ``translation``, ``note``) narrow the search like the ``talk:``,
    ``lang:`` and ``in:`` filters of the query. *markers* wrap matched words in snippets;
    *escape* (e.g. ``html.escape``) is applied to the snippet text around them.

    Raises :class:`~reader.core.errors.SearchQueryError` for a query that cannot be searched.
    """
    limit = max(1, min(int(limit), MAX_LIMIT))
    plan = _compile(query, talk_id, lang, fields)
    db = dbapi(conn)
    count_limit = COUNT_LIMIT if plan.single_word else PHRASE_COUNT_LIMIT
    with _sql_errors():
        window = max(RANK_LIMIT, limit)
        found = _matches(db, plan, count_limit + 1, window, limit)
        counts, total = found.counts, found.total
        capped = total > window
        # bm25 walks every term's whole posting list (for its IDF): only where that is cheap.
        ranked = total > 0 and not plan.common_words and (not capped or (plan.single_term and total <= count_limit))
        if not total:
            scored: list[tuple[int, float]] = []
        elif not ranked:
            scored = [(rowid, 0.0) for rowid in found.first]
        else:
            where, params = plan.where(db)
            bound = f" AND rowid <= {int(found.last)}" if capped else ""
            scored = db.execute(
                f"SELECT rowid, bm25({plan.table}, {_WEIGHTS}) AS score FROM {plan.table}"
                f" WHERE {where}{bound} ORDER BY score LIMIT ?",
                (*params, limit),
            ).fetchall()
        places = _places(db, [rowid for rowid, _ in scored])
    hits = [
        _hit(rowid, score, places[rowid], plan, markers=markers, escape=escape, snippet_chars=snippet_chars)
        for rowid, score in scored
        if rowid in places
    ]
    titles = {place.talk_id: place.title for place in places.values()}
    talks = tuple(
        TalkHits(
            talk_id=tid,
            title=titles[tid],
            hit_count=counts.get(tid, 0),
            hits=tuple(hit for hit in hits if hit.talk_id == tid),
            count_capped=capped,
        )
        for tid in dict.fromkeys(hit.talk_id for hit in hits)
    )
    return SearchResults(
        query=query,
        hits=tuple(hits),
        talks=talks,
        total=min(total, count_limit),
        total_capped=total > count_limit,
        ranked=ranked or not total,
        ranked_all=(ranked and not capped) or not total,
    )


def find_in_talk(
    conn: Connectable,
    talk_id: int,
    query: str,
    *,
    lang: str | None = None,
    fields: Sequence[str] | None = None,
    markers: tuple[str, str] = ("[", "]"),
    escape: Callable[[str], str] | None = None,
    snippet_chars: int = snippets.DEFAULT_CHARS,
) -> list[Hit]:
    """Every hit of *query* in one talk, in reading order (a note after its first segment)."""
    plan = _compile(query, talk_id, lang, fields)
    db = dbapi(conn)
    with _sql_errors():
        where, params = plan.where(db)
        rowids = [r[0] for r in db.execute(f"SELECT rowid FROM {plan.table} WHERE {where}", params)]
        places = _places(db, rowids)
    hits = [
        _hit(rowid, 0.0, places[rowid], plan, markers=markers, escape=escape, snippet_chars=snippet_chars)
        for rowid in rowids
        if rowid in places and places[rowid].talk_id == talk_id
    ]
    hits.sort(key=lambda h: (h.ordinal, h.note_id is not None, h.note_id or 0))
    return hits
