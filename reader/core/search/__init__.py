"""Full-text search over the library: word-aware (jieba for Chinese), ranked, always in sync.

Public API (Qt-free; pass a SQLAlchemy ``Session``/``Connection`` or a ``sqlite3.Connection``)::

    search(session, "扩散模型 lang:zh", limit=20, markers=("<mark>", "</mark>"), escape=html.escape)
        -> SearchResults  (ranked hits with snippets, grouped by talk with hit counts)
    find_in_talk(session, talk_id, "transformer*") -> list[Hit]  (every hit, reading order)
    reindex(session) / check(session) -> IndexReport

Modules: :mod:`.segmenter` (jieba), :mod:`.schema` (FTS5 table, SQL functions, triggers),
:mod:`.query` (query language → MATCH), :mod:`.snippets`, :mod:`.engine`, :mod:`.maintenance`.
"""

from reader.core.errors import SearchQueryError
from reader.core.search.engine import Hit, SearchResults, TalkHits, find_in_talk, search
from reader.core.search.maintenance import IndexReport, check, reindex

__all__ = [
    "Hit",
    "IndexReport",
    "SearchQueryError",
    "SearchResults",
    "TalkHits",
    "check",
    "find_in_talk",
    "reindex",
    "search",
]
