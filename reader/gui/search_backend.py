"""The seam between the search panel and the core's full-text search.

The panel calls :func:`run_search` on a worker and gets frozen results grouped by talk,
with HTML snippets (matched words in ``<b>``). :mod:`reader.core.search` does the work
(FTS5, jieba, ranking); the substring scan below is only a fallback for a build without it.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from sqlalchemy import or_, select

from reader.core.db import Library
from reader.core.models import Segment, Talk, Translation

MARK_OPEN = "\x02"
MARK_CLOSE = "\x03"


@dataclass(frozen=True)
class SearchHit:
    segment_id: int
    snippet_html: str
    ordinal: int


@dataclass(frozen=True)
class TalkResults:
    talk_id: int
    title: str
    hits: tuple[SearchHit, ...]
    total: int


@dataclass(frozen=True)
class SearchResults:
    query: str
    talks: tuple[TalkResults, ...]
    message: str | None = None
    total_hint: int | None = None

    @property
    def total(self) -> int:
        return self.total_hint if self.total_hint is not None else sum(t.total for t in self.talks)


def marked_to_html(text: str, mark_open: str = MARK_OPEN, mark_close: str = MARK_CLOSE) -> str:
    """Escape *text* and turn the match markers into ``<b>`` tags."""
    escaped = html.escape(text, quote=False)
    return escaped.replace(html.escape(mark_open), "<b>").replace(html.escape(mark_close), "</b>")


def _snippet(text: str, needle: str, width: int = 60) -> str:
    match = re.search(re.escape(needle), text, re.IGNORECASE)
    if match is None:
        return html.escape(text[: width * 2], quote=False)
    start = max(0, match.start() - width)
    end = min(len(text), match.end() + width)
    marked = re.sub(re.escape(needle), lambda m: f"{MARK_OPEN}{m.group(0)}{MARK_CLOSE}", text[start:end],
                    flags=re.IGNORECASE)
    return ("…" if start else "") + marked_to_html(marked) + ("…" if end < len(text) else "")


def _substring_search(library: Library, query: str, limit: int) -> SearchResults:
    needle = query.strip()
    if not needle:
        return SearchResults(query, ())
    pattern = f"%{needle}%"
    with library.read_session() as session:
        rows = session.execute(
            select(Segment.talk_id, Talk.title, Segment.id, Segment.ordinal, Segment.text, Translation.text)
            .join(Talk, Talk.id == Segment.talk_id)
            .outerjoin(Translation, Translation.segment_id == Segment.id)
            .where(or_(Segment.text.ilike(pattern), Translation.text.ilike(pattern)))
            .order_by(Segment.talk_id, Segment.ordinal)
        ).all()
    grouped: dict[int, tuple[str, list[SearchHit]]] = {}
    for talk_id, title, segment_id, ordinal, text, translation in rows:
        source = text if needle.casefold() in text.casefold() else (translation or text)
        grouped.setdefault(talk_id, (title, []))[1].append(SearchHit(segment_id, _snippet(source, needle), ordinal))
    talks = tuple(
        TalkResults(talk_id, title, tuple(hits[:limit]), len(hits)) for talk_id, (title, hits) in grouped.items()
    )
    return SearchResults(query, tuple(sorted(talks, key=lambda t: -t.total)))


def run_search(library: Library, query: str, *, limit: int = 200) -> SearchResults:
    """Search the whole library; hits are grouped by talk, best talk first.

    A query the search language cannot take comes back as ``message``, never an exception.
    """
    try:
        from reader.core import search as core_search
    except ImportError:  # pragma: no cover - the core search is part of the app
        return _substring_search(library, query, limit)
    from reader.core.errors import SearchQueryError

    if not query.strip():
        return SearchResults(query, ())
    try:
        with library.read_session() as session:
            found = core_search.search(
                session, query, limit=limit, markers=("<b>", "</b>"), escape=lambda t: html.escape(t, quote=False)
            )
    except SearchQueryError as exc:
        return SearchResults(query, (), message=str(exc))
    talks = []
    for talk in found.talks:
        hits = tuple(
            SearchHit(hit.segment_id, _labelled(hit.field, hit.snippet), hit.ordinal)
            for hit in sorted(talk.hits, key=lambda h: h.ordinal)
        )
        talks.append(TalkResults(talk.talk_id, talk.title, hits, talk.hit_count))
    return SearchResults(query, tuple(talks), total_hint=found.total)


def _labelled(field: str, snippet: str) -> str:
    """Mark snippets that come from a translation or a note, so the reader knows what matched."""
    if field == "translation":
        return "<span style='color:gray'>→</span> " + snippet
    if field == "note":
        return "<span style='color:gray'>✎</span> " + snippet
    return snippet
