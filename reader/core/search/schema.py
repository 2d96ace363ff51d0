"""The search index table, the SQL functions that fill it and the triggers that keep it in sync.

**One FTS5 table, ``search_index``**, one row per segment (``rowid`` = segment id) and one per
note (``rowid`` = −note id). Each kind of text has one column per language —
``original_zh``, ``original_en``, ``original_xx`` (any other or undetermined language), and
the same for ``translation`` and ``note`` — and a row fills the one that fits:

``original_*``
    the segment's verbatim text, plus its clean reading text when that differs, in the
    column of the segment's language;
``translation_*``
    the segment's translation, in the column of its target language;
``note_*``
    a note's text (note rows only), in the column of its detected language;
``tags``
    ``talk<id>``, never matched by user words.

So every filter is part of the MATCH expression and costs nothing extra: ``in:`` and
``lang:`` choose columns, ``talk:12`` intersects with the tag. (Language tags would work
too, but bm25 walks every phrase's whole posting list for its IDF, and a tag on most rows
made ranked ``lang:`` queries ten times slower.)

**Why a regular (content-storing) FTS5 table**, not external-content or contentless: Python's
``sqlite3`` cannot register an FTS5 tokenizer, so what the index holds is a *derived* text
(jieba words separated by spaces, see :mod:`.segmenter`), not a column of ``segments``. An
external-content table would need a view recomputing that text on every read and every
delete, and a contentless one (SQLite 3.40 has no ``contentless_delete``) must be told the
exact old tokens to delete a row. Both make a delete depend on jieba, its dictionary and
``clean_text`` producing byte-identical output forever; the day one of them changes, deletes
remove the wrong tokens and the index silently rots. Storing the derived text costs disk
space (see the benchmark) but makes every delete exact, lets ``check`` detect drift by
comparing stored with recomputed text, and ``reindex`` repair it.

**Sync by triggers** on ``segments``, ``translations`` and ``notes``, calling Python SQL
functions that :mod:`reader.core.db` registers on every connection it opens
(:func:`register_functions`), so any code that writes those tables (import,
translation, editing, notes, deletes and their cascades) updates the index in the same
statement and transaction without knowing search exists. The functions never raise: an
exception inside a trigger would abort the user's write, so on any failure they fall back to
the raw text (still searchable word by word) and log the error.
"""

from __future__ import annotations

import logging
import re
import sqlite3
from collections.abc import Callable
from functools import lru_cache
from typing import Any

from sqlalchemy import Connection

from reader.core.search import segmenter

log = logging.getLogger(__name__)

TABLE = "search_index"
#: Kinds of text, and the language slots each kind is split into (``xx``: any other language).
KINDS = ("original", "translation", "note")
LANG_SLOTS = ("zh", "en", "xx")
#: Searchable columns in table order; ``tags`` follows them and is never searched by words.
CONTENT_COLUMNS = tuple(f"{kind}_{slot}" for kind in KINDS for slot in LANG_SLOTS)
COLUMNS = (*CONTENT_COLUMNS, "tags")
_KIND_WEIGHTS = {"original": 2.0, "translation": 1.0, "note": 1.5}
#: bm25 weight of every column: the speaker's words rank first, then notes, then translations.
RANK_WEIGHTS = tuple(_KIND_WEIGHTS[c.rsplit("_", 1)[0]] for c in CONTENT_COLUMNS) + (0.0,)


def _as_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bytes):
        return value.decode("utf-8", errors="replace")
    return str(value)


def _safe_index_text(text: str) -> str:
    try:
        return segmenter.index_text(text)
    except Exception:  # must never abort the triggering write
        log.exception("search: could not segment a text; indexing it unsegmented")
        return re.sub(r"[\x00-\x1f\x7f]+", " ", text)


@lru_cache(maxsize=64)
def _clean_text(text: str, lang: str) -> str:
    """The clean reading text, remembered briefly: both indexes' triggers ask for the same
    segment's one after the other, and clean-up is the costliest part of indexing."""
    from reader.core.textproc.cleanup import clean_text

    return clean_text(text, lang)


def index_text_sql(text: Any) -> str:
    """``tr_index_text(text)``: the segmented text of a translation or note."""
    return _safe_index_text(_as_text(text))


def _with_clean_text(text: Any, lang: Any, cut: Callable[[str], str]) -> str:
    """The verbatim text as *cut* indexes it, plus the clean reading text when it differs
    (cached: both indexes' triggers ask for the same segment's clean text)."""
    raw = _as_text(text)
    indexed = cut(raw)
    try:
        clean = _clean_text(raw, _as_text(lang))
    except Exception:  # a clean-up bug must not block writing segments
        log.exception("search: clean_text failed; indexing the verbatim text only")
        return indexed
    if clean and clean != raw:
        return f"{indexed} {segmenter.BARRIER} {cut(clean)}"
    return indexed


def index_segment_sql(text: Any, lang: Any) -> str:
    """``tr_index_segment(text, lang)``: verbatim text plus the clean text when different."""
    return _with_clean_text(text, lang, _safe_index_text)


def _safe_bigram_text(text: str) -> str:
    try:
        return segmenter.bigram_text(text)
    except Exception:  # must never abort the triggering write
        log.exception("search: could not cut a text into bigrams; indexing it as it is")
        return re.sub(r"[\x00-\x1f\x7f]+", " ", text)


def bigram_text_sql(text: Any) -> str:
    """``tr_bigram_text(text)``: a translation or note as the bigram index holds it."""
    return _safe_bigram_text(_as_text(text))


def bigram_segment_sql(text: Any, lang: Any) -> str:
    """``tr_bigram_segment(text, lang)``: verbatim text plus the clean text when different."""
    return _with_clean_text(text, lang, _safe_bigram_text)


def text_lang_sql(text: Any) -> str:
    """``tr_text_lang(text)``: the detected language of a note (``zh``, ``en`` or ``und``)."""
    try:
        from reader.core.textproc.language import detect_language

        return detect_language(_as_text(text))
    except Exception:  # never abort the triggering write
        log.exception("search: could not detect a note's language")
        return "und"


def _old_segment_tags(talk_id: Any, lang: Any, translation_lang: Any) -> str:
    tags = [f"talk{_as_text(talk_id)}", f"orig{_as_text(lang)}"]
    if translation_lang is not None:
        tags.append(f"tran{_as_text(translation_lang)}")
    return " ".join(tags)


def _old_note_tags(talk_id: Any, text: Any) -> str:
    return f"talk{_as_text(talk_id)} note{text_lang_sql(text)}"


def register_functions(dbapi_conn: sqlite3.Connection) -> None:
    """The SQL functions the search triggers call; every library connection needs them."""
    dbapi_conn.create_function("tr_index_text", 1, index_text_sql, deterministic=True)
    dbapi_conn.create_function("tr_index_segment", 2, index_segment_sql, deterministic=True)
    dbapi_conn.create_function("tr_text_lang", 1, text_lang_sql, deterministic=True)
    dbapi_conn.create_function("tr_bigram_text", 1, bigram_text_sql, deterministic=True)
    dbapi_conn.create_function("tr_bigram_segment", 2, bigram_segment_sql, deterministic=True)
    # Called by the triggers of the first, briefly published layout (language tags): such a
    # library keeps accepting writes; search asks for a reindex.
    dbapi_conn.create_function("tr_segment_tags", 3, _old_segment_tags, deterministic=True)
    dbapi_conn.create_function("tr_note_tags", 2, _old_note_tags, deterministic=True)


#: Prefix indexes for 4–6 characters: English words of that length are matched as prefixes
#: (``model`` → models, modeling) and are the frequent ones; without an index FTS5 merges the
#: posting lists of every matching term before returning the first row (~3 ms for model*).
CREATE_TABLE = f"""CREATE VIRTUAL TABLE {TABLE} USING fts5(
    {", ".join(COLUMNS)},
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '4 5 6'
)"""
SET_RANK = f"INSERT INTO {TABLE}({TABLE}, rank) VALUES ('rank', 'bm25({', '.join(map(str, RANK_WEIGHTS))})')"


def _by_language(value: str, lang: str) -> str:
    """SQL for one kind's three language columns: *value* goes in the one *lang* selects.

    Exactly one branch is taken, so *value* (a Python function call) is computed once.
    """
    return (
        f"CASE WHEN {lang} = 'zh' THEN {value} ELSE '' END, "
        f"CASE WHEN {lang} = 'en' THEN {value} ELSE '' END, "
        f"CASE WHEN {lang} IS 'zh' OR {lang} IS 'en' THEN '' ELSE {value} END"
    )


_NO_TEXT = "'', '', ''"
_TALK_TAG = "coalesce('talk' || {talk}, '')"

#: The index row of one segment, computed from the tables (``{where}`` selects segments).
SEGMENT_ROWS = f"""SELECT s.id,
    {_by_language("tr_index_segment(s.text, s.lang)", "s.lang")},
    {_by_language("coalesce(tr_index_text(t.text), '')", "t.target_lang")},
    {_NO_TEXT},
    {_TALK_TAG.format(talk="s.talk_id")}
FROM segments AS s LEFT JOIN translations AS t ON t.segment_id = s.id
WHERE {{where}}"""
NOTE_ROWS = f"""SELECT -n.id, {_NO_TEXT}, {_NO_TEXT},
    {_by_language("tr_index_text(n.text)", "tr_text_lang(n.text)")},
    {_TALK_TAG.format(talk="n.talk_id")}
FROM notes AS n
WHERE {{where}}"""
_INSERT = f"INSERT OR REPLACE INTO {TABLE}(rowid, {', '.join(COLUMNS)}) "
_TRANSLATION_COLUMNS = ", ".join(f"translation_{slot}" for slot in LANG_SLOTS)

TRIGGERS: dict[str, str] = {
    "search_segment_insert": f"""AFTER INSERT ON segments BEGIN
    {_INSERT}{SEGMENT_ROWS.format(where="s.id = NEW.id")};
END""",
    "search_segment_text": f"""AFTER UPDATE OF id, text, lang ON segments
WHEN OLD.id IS NOT NEW.id OR OLD.text IS NOT NEW.text OR OLD.lang IS NOT NEW.lang BEGIN
    DELETE FROM {TABLE} WHERE rowid = OLD.id AND OLD.id IS NOT NEW.id;
    {_INSERT}{SEGMENT_ROWS.format(where="s.id = NEW.id")};
END""",
    "search_segment_talk": f"""AFTER UPDATE OF talk_id ON segments
WHEN OLD.talk_id IS NOT NEW.talk_id AND OLD.id IS NEW.id BEGIN
    UPDATE {TABLE} SET tags = {_TALK_TAG.format(talk="NEW.talk_id")} WHERE rowid = NEW.id;
END""",
    "search_segment_delete": f"""AFTER DELETE ON segments BEGIN
    DELETE FROM {TABLE} WHERE rowid = OLD.id;
END""",
    "search_translation_insert": f"""AFTER INSERT ON translations BEGIN
    UPDATE {TABLE} SET ({_TRANSLATION_COLUMNS}) =
        (SELECT {_by_language("tr_index_text(NEW.text)", "NEW.target_lang")})
    WHERE rowid = NEW.segment_id;
END""",
    "search_translation_update": f"""AFTER UPDATE OF segment_id, text, target_lang ON translations
WHEN OLD.segment_id IS NOT NEW.segment_id OR OLD.text IS NOT NEW.text
    OR OLD.target_lang IS NOT NEW.target_lang BEGIN
    UPDATE {TABLE} SET ({_TRANSLATION_COLUMNS}) = ({_NO_TEXT})
    WHERE rowid = OLD.segment_id AND OLD.segment_id IS NOT NEW.segment_id;
    UPDATE {TABLE} SET ({_TRANSLATION_COLUMNS}) =
        (SELECT {_by_language("tr_index_text(NEW.text)", "NEW.target_lang")})
    WHERE rowid = NEW.segment_id;
END""",
    # When the segment itself is being deleted (a cascade), its row goes anyway: skip the work.
    "search_translation_delete": f"""AFTER DELETE ON translations
WHEN EXISTS (SELECT 1 FROM segments WHERE id = OLD.segment_id) BEGIN
    UPDATE {TABLE} SET ({_TRANSLATION_COLUMNS}) = ({_NO_TEXT}) WHERE rowid = OLD.segment_id;
END""",
    "search_note_insert": f"""AFTER INSERT ON notes BEGIN
    {_INSERT}{NOTE_ROWS.format(where="n.id = NEW.id")};
END""",
    "search_note_update": f"""AFTER UPDATE OF id, talk_id, text ON notes
WHEN OLD.id IS NOT NEW.id OR OLD.talk_id IS NOT NEW.talk_id OR OLD.text IS NOT NEW.text BEGIN
    DELETE FROM {TABLE} WHERE rowid = -OLD.id AND OLD.id IS NOT NEW.id;
    {_INSERT}{NOTE_ROWS.format(where="n.id = NEW.id")};
END""",
    "search_note_delete": f"""AFTER DELETE ON notes BEGIN
    DELETE FROM {TABLE} WHERE rowid = -OLD.id;
END""",
}


# --- The character-bigram index --------------------------------------------------------
#
# jieba cuts a string by its context, so the word index may hold 多语言 as 多/语言模型 in one
# sentence and 多语 言 in another: a query of Han characters cannot be sure to find every
# sentence containing it. ``search_bigrams`` holds the same rows and columns with every Han
# run as its overlapping character pairs (see :func:`.segmenter.bigram_text`); a query with
# Chinese in it runs there (see :mod:`.engine`), and the word index serves the rest. Same
# weights, same tags, same filters; its own triggers, built from the word index's by
# swapping the table and the functions, so the two can never disagree on which rows exist.

BIGRAM_TABLE = "search_bigrams"
CREATE_BIGRAM_TABLE = CREATE_TABLE.replace(f"TABLE {TABLE} USING", f"TABLE {BIGRAM_TABLE} USING")
SET_BIGRAM_RANK = SET_RANK.replace(TABLE, BIGRAM_TABLE)


def _bigram_sql(sql: str) -> str:
    return (
        sql.replace(TABLE, BIGRAM_TABLE)
        .replace("tr_index_segment(", "tr_bigram_segment(")
        .replace("tr_index_text(", "tr_bigram_text(")
    )


BIGRAM_SEGMENT_ROWS = _bigram_sql(SEGMENT_ROWS)
BIGRAM_NOTE_ROWS = _bigram_sql(NOTE_ROWS)
BIGRAM_TRIGGERS: dict[str, str] = {
    name.replace("search_", "bigram_", 1): _bigram_sql(body) for name, body in TRIGGERS.items()
}
#: Every trigger that keeps an index in sync (tools that bulk-load without indexing drop these).
ALL_TRIGGERS: tuple[str, ...] = (*TRIGGERS, *BIGRAM_TRIGGERS)


def _exec(conn: Connection | sqlite3.Connection, sql: str, params: tuple[Any, ...] = ()) -> None:
    if isinstance(conn, sqlite3.Connection):
        conn.execute(sql, params)
    else:
        conn.exec_driver_sql(sql, params)


def drop_search_schema(conn: Connection | sqlite3.Connection) -> None:
    """Drop both indexes and their triggers."""
    for name in ALL_TRIGGERS:
        _exec(conn, f"DROP TRIGGER IF EXISTS {name}")
    _exec(conn, f"DROP TABLE IF EXISTS {TABLE}")
    _exec(conn, f"DROP TABLE IF EXISTS {BIGRAM_TABLE}")


def populate_segments(
    conn: Connection | sqlite3.Connection, first_id: int | None = None, last_id: int | None = None
) -> None:
    """Index the segments with ids in [first_id, last_id] (all of them by default)."""
    populate_word_segments(conn, first_id, last_id)
    populate_bigram_segments(conn, first_id, last_id)


def populate_word_segments(
    conn: Connection | sqlite3.Connection, first_id: int | None = None, last_id: int | None = None
) -> None:
    """The word index's rows of segments with ids in [first_id, last_id] (all by default)."""
    if first_id is None or last_id is None:
        _exec(conn, f"{_INSERT}{SEGMENT_ROWS.format(where='1')}")
    else:
        _exec(conn, f"{_INSERT}{SEGMENT_ROWS.format(where='s.id BETWEEN ? AND ?')}", (first_id, last_id))


def populate_bigram_segments(
    conn: Connection | sqlite3.Connection, first_id: int | None = None, last_id: int | None = None
) -> None:
    """The bigram index's rows of segments with ids in [first_id, last_id] (all by default)."""
    insert = _bigram_sql(_INSERT)
    if first_id is None or last_id is None:
        _exec(conn, f"{insert}{BIGRAM_SEGMENT_ROWS.format(where='1')}")
    else:
        _exec(conn, f"{insert}{BIGRAM_SEGMENT_ROWS.format(where='s.id BETWEEN ? AND ?')}", (first_id, last_id))


def populate_notes(conn: Connection | sqlite3.Connection) -> None:
    _exec(conn, f"{_INSERT}{NOTE_ROWS.format(where='1')}")
    _exec(conn, f"{_bigram_sql(_INSERT)}{BIGRAM_NOTE_ROWS.format(where='1')}")


def create_search_schema(conn: Connection | sqlite3.Connection, *, fill: bool = True) -> None:
    """Create the word index table and its triggers, and index what the library already holds.

    This is the body of schema upgrade step 3, so a new library and an upgraded one end in
    the same state; :func:`create_bigram_schema` (step 5) adds the bigram index.
    """
    _exec(conn, CREATE_TABLE)
    _exec(conn, SET_RANK)
    for name, body in TRIGGERS.items():
        _exec(conn, f"CREATE TRIGGER {name} {body}")
    if fill:
        populate_word_segments(conn)
        _exec(conn, f"{_INSERT}{NOTE_ROWS.format(where='1')}")
        _exec(conn, f"INSERT INTO {TABLE}({TABLE}) VALUES ('optimize')")


def create_bigram_schema(conn: Connection | sqlite3.Connection, *, fill: bool = True) -> None:
    """Create the bigram index and its triggers, and fill it (schema upgrade step 5)."""
    _exec(conn, CREATE_BIGRAM_TABLE)
    _exec(conn, SET_BIGRAM_RANK)
    for name, body in BIGRAM_TRIGGERS.items():
        _exec(conn, f"CREATE TRIGGER {name} {body}")
    if fill:
        populate_bigram_segments(conn)
        _exec(conn, f"{_bigram_sql(_INSERT)}{BIGRAM_NOTE_ROWS.format(where='1')}")
        _exec(conn, f"INSERT INTO {BIGRAM_TABLE}({BIGRAM_TABLE}) VALUES ('optimize')")


def create_all_search_schema(conn: Connection | sqlite3.Connection, *, fill: bool = True) -> None:
    """Both indexes with their triggers: what :func:`reader.core.search.maintenance.reindex` builds."""
    create_search_schema(conn, fill=fill)
    create_bigram_schema(conn, fill=fill)


def optimize(conn: Connection | sqlite3.Connection) -> None:
    """Merge each index's b-trees into one: faster queries after a bulk build."""
    _exec(conn, f"INSERT INTO {TABLE}({TABLE}) VALUES ('optimize')")
    _exec(conn, f"INSERT INTO {BIGRAM_TABLE}({BIGRAM_TABLE}) VALUES ('optimize')")
