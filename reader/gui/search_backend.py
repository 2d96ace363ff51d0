"""The seam between the search panel and the core's full-text search.

The panel calls :func:`run_search` on a worker and gets frozen results grouped by talk,
with HTML snippets (matched words in ``<b>``). :mod:`reader.core.search` does the work
(FTS5, jieba, ranking); this module only shapes its results for the panel.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from reader.core.db import Library


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
    #: The count stopped at the search's limit: ``total`` is a lower bound.
    total_capped: bool = False

    @property
    def total(self) -> int:
        return self.total_hint if self.total_hint is not None else sum(t.total for t in self.talks)


def run_search(library: Library, query: str, *, limit: int = 200) -> SearchResults:
    """Search the whole library; hits are grouped by talk, best talk first.

    A query the search language cannot take comes back as ``message``, never an exception.
    """
    from reader.core import search as core_search
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
    return SearchResults(query, tuple(talks), total_hint=found.total, total_capped=found.total_capped)


def _labelled(field: str, snippet: str) -> str:
    """Mark snippets that come from a translation or a note, so the reader knows what matched."""
    if field == "translation":
        return "<span style='color:gray'>→</span> " + snippet
    if field == "note":
        return "<span style='color:gray'>✎</span> " + snippet
    return snippet
