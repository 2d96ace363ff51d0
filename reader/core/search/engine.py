"""Ranked search across the library and every-hit search within one talk.

:func:`search` returns the best hits (bm25; original text weighted above notes above
translations) with snippets, grouped by talk with each talk's hit count.
:func:`find_in_talk` returns every hit of one talk in reading order, for a find bar.

**Very common words.** Ranking means scoring every match, and FTS5's bm25 also scans each
phrase's whole posting list for its IDF: 130k matches of "the" or 的 cost a prototype
200–300 ms. So a query is first matched without scoring, up to :data:`RANK_LIMIT` + 1 rows
(cheap: FTS5 iterates lazily). With at most :data:`RANK_LIMIT` matches they are all ranked by
bm25; with more, ranking is skipped: the hits come in library order, per-talk counts are
taken over the first :data:`COUNT_LIMIT` matches, and the results say so (``ranked_all``,
``total_capped``). A query that common has no useful ranking anyway; the reader gets real
hits at once and can narrow the query.

Everything here works on the caller's connection and transaction: pass a SQLAlchemy
``Session`` or ``Connection`` (or a raw ``sqlite3.Connection``). Results are frozen
dataclasses holding plain values, safe to hand to another thread.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import Connection
from sqlalchemy.orm import Session

from reader.core.errors import LibraryError, SearchQueryError
from reader.core.search import query as query_language
from reader.core.search import snippets
from reader.core.search.schema import RANK_WEIGHTS, TABLE

Connectable = Session | Connection | sqlite3.Connection

#: Queries with more matches than this are not ranked (see the module docstring).
RANK_LIMIT = 500
#: Hit counts are exact up to this many matches, "COUNT_LIMIT+" beyond.
COUNT_LIMIT = 1000
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
    """The hits of one talk among the results, and how many the talk has in all."""

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
    ``ranked_all`` is False when there were too many matches to rank them all.
    """

    query: str
    hits: tuple[Hit, ...]
    talks: tuple[TalkHits, ...]
    total: int
    total_capped: bool = False
    ranked_all: bool = True

    def to_json(self) -> dict[str, object]:
        return {
            "query": self.query,
            "total": self.total,
            "total_capped": self.total_capped,
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
        if f"no such table: {TABLE}" in text:
            raise LibraryError("the library has no search index; run: talk-reader reindex") from exc
        if "fts5" in text or "MATCH" in text or "syntax error" in text or "unknown special query" in text:
            raise SearchQueryError("this query cannot be searched; try fewer or simpler words") from exc
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


def _compile(query: str, talk_id: int | None, lang: str | None, fields: Sequence[str] | None) -> _Plan:
    parsed = query_language.parse(query)
    own_fields = tuple(fields or ())
    own_langs = (lang,) if lang else ()
    match = query_language.to_match(
        parsed,
        talk_ids=(talk_id,) if talk_id is not None else (),
        langs=own_langs,
        fields=own_fields,
    )
    field_sets = [set(f) for f in (parsed.fields, own_fields) if f]
    lang_sets = [set(f) for f in (parsed.langs, own_langs) if f]
    return _Plan(
        match=match,
        matcher=query_language.matcher(parsed),
        fields=tuple(f for f in query_language.FIELDS if all(f in s for s in field_sets)),
        langs=tuple(x for x in query_language.LANGS if all(x in s for s in lang_sets)) if lang_sets else (),
    )


def _clean(text: str, lang: str) -> str:
    try:
        from reader.core.textproc.cleanup import clean_text

        return clean_text(text, lang)
    except Exception:  # a clean-up bug must not break search
        return text


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
    field, text, spans = candidates[0][0] if candidates else "original", original, []
    if candidates:
        text = candidates[0][1]()
    for name, get_text in candidates:
        candidate = get_text()
        found = plan.matcher.spans(candidate)
        if found:
            field, text, spans = name, candidate, found
            break
    if field == "clean" and not spans:
        field, text = "original", original
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


def _first_matches(db: sqlite3.Connection, match: str, limit: int) -> list[tuple[int, int | None]]:
    """(rowid, talk id) of the first *limit* matches in library order, without scoring them."""
    return db.execute(
        f"SELECT m.id, coalesce(s.talk_id, n.talk_id)"
        f" FROM (SELECT rowid AS id FROM {TABLE} WHERE {TABLE} MATCH ? LIMIT ?) AS m"
        f" LEFT JOIN segments AS s ON s.id = m.id LEFT JOIN notes AS n ON n.id = -m.id",
        (match, limit),
    ).fetchall()


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
    with _sql_errors():
        matches = _first_matches(db, plan.match, COUNT_LIMIT + 1)
        ranked_all = len(matches) <= RANK_LIMIT
        if ranked_all and matches:
            scored = db.execute(
                f"SELECT rowid, bm25({TABLE}, {_WEIGHTS}) AS score FROM {TABLE} WHERE {TABLE} MATCH ?"
                f" ORDER BY score LIMIT ?",
                (plan.match, limit),
            ).fetchall()
        else:
            scored = [(rowid, 0.0) for rowid, _ in matches[:limit]]
        places = _places(db, [rowid for rowid, _ in scored])
    hits = [
        _hit(rowid, score, places[rowid], plan, markers=markers, escape=escape, snippet_chars=snippet_chars)
        for rowid, score in scored
        if rowid in places
    ]
    capped = len(matches) > COUNT_LIMIT
    counts = Counter(talk for _, talk in matches[:COUNT_LIMIT] if talk is not None)
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
        total=min(len(matches), COUNT_LIMIT),
        total_capped=capped,
        ranked_all=ranked_all,
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
        rowids = [r[0] for r in db.execute(f"SELECT rowid FROM {TABLE} WHERE {TABLE} MATCH ?", (plan.match,))]
        places = _places(db, rowids)
    hits = [
        _hit(rowid, 0.0, places[rowid], plan, markers=markers, escape=escape, snippet_chars=snippet_chars)
        for rowid in rowids
        if rowid in places and places[rowid].talk_id == talk_id
    ]
    hits.sort(key=lambda h: (h.ordinal, h.note_id is not None, h.note_id or 0))
    return hits
