"""SQLAlchemy 2.0 typed models of the library.

The tables themselves are created by the numbered upgrade steps in :mod:`reader.core.db`
(so a new library and an upgraded old one go through the same code); these classes map
onto them and a unit test checks that both agree.
"""

from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy import DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

#: ``translations.model`` of a translation that came with the file.
IMPORTED_MODEL = "imported"
#: ``translations.model`` of a translation the user wrote.
USER_MODEL = "user"
#: Translations no machine made: never overwritten by a translation run.
NOT_MACHINE_MODELS = frozenset({IMPORTED_MODEL, USER_MODEL})


def utcnow() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


class Base(DeclarativeBase):
    pass


class Source(Base):
    """An imported file. Its content hash makes re-imports of the same text a no-op."""

    __tablename__ = "sources"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    path: Mapped[str] = mapped_column(Text)
    name: Mapped[str] = mapped_column(Text)
    content_hash: Mapped[str] = mapped_column(String(64), unique=True)
    format: Mapped[str] = mapped_column(String(16))
    encoding: Mapped[str] = mapped_column(String(32))
    line_count: Mapped[int] = mapped_column(Integer)
    imported_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)

    talks: Mapped[list[Talk]] = relationship(back_populates="source")


class Talk(Base):
    """One talk: a title, optional speakers and an ordered list of segments."""

    __tablename__ = "talks"
    __table_args__ = (Index("ix_talks_source", "source_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    source_id: Mapped[int | None] = mapped_column(ForeignKey("sources.id", ondelete="SET NULL"))
    title: Mapped[str] = mapped_column(Text)
    speakers: Mapped[str | None] = mapped_column(Text)
    first_line: Mapped[int | None] = mapped_column(Integer)
    last_line: Mapped[int | None] = mapped_column(Integer)
    position: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)

    source: Mapped[Source | None] = relationship(back_populates="talks")
    segments: Mapped[list[Segment]] = relationship(
        back_populates="talk",
        order_by="Segment.ordinal",
        cascade="all, delete-orphan",
        passive_deletes=True,
    )
    notes: Mapped[list[Note]] = relationship(back_populates="talk", cascade="all, delete-orphan", passive_deletes=True)


class Segment(Base):
    """A sentence-sized piece of a talk, stored verbatim as it came from the source."""

    __tablename__ = "segments"
    __table_args__ = (Index("ix_segments_talk_ordinal", "talk_id", "ordinal"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    talk_id: Mapped[int] = mapped_column(ForeignKey("talks.id", ondelete="CASCADE"))
    ordinal: Mapped[int] = mapped_column(Integer)
    paragraph: Mapped[int] = mapped_column(Integer)
    lang: Mapped[str] = mapped_column(String(8))
    text: Mapped[str] = mapped_column(Text)
    source_line: Mapped[int | None] = mapped_column(Integer)
    source_line_end: Mapped[int | None] = mapped_column(Integer)
    start_ms: Mapped[int | None] = mapped_column(Integer)
    end_ms: Mapped[int | None] = mapped_column(Integer)
    speaker: Mapped[str | None] = mapped_column(Text)
    source_offset: Mapped[int | None] = mapped_column(Integer)
    #: What the file said before the user corrected the text (None: never corrected).
    imported_text: Mapped[str | None] = mapped_column(Text)

    talk: Mapped[Talk] = relationship(back_populates="segments")
    translation: Mapped[Translation | None] = relationship(
        back_populates="segment", cascade="all, delete-orphan", passive_deletes=True, uselist=False
    )


class Translation(Base):
    """The translation of one segment and where it came from.

    ``model`` names the package and version that produced it ("imported" for translations
    that came with the file); ``source_hash`` is the hash of the text that was translated, so
    an edited source or a new model version invalidates exactly the rows it affects.
    ``edited`` marks a translation the user corrected: the machine never overwrites it.
    """

    __tablename__ = "translations"

    segment_id: Mapped[int] = mapped_column(ForeignKey("segments.id", ondelete="CASCADE"), primary_key=True)
    text: Mapped[str] = mapped_column(Text)
    target_lang: Mapped[str] = mapped_column(String(8))
    model: Mapped[str] = mapped_column(Text)
    source_hash: Mapped[str] = mapped_column(String(64))
    edited: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
    #: Hash of the glossary entries found in the source when this row was made or checked
    #: (None: none were); a different hash today means a term it contains was changed.
    glossary_state: Mapped[str | None] = mapped_column(String(64))
    #: JSON list of what the glossary check found (:class:`reader.core.glossary.TermIssue`).
    glossary_issues: Mapped[str | None] = mapped_column(Text)
    #: The kind of engine that made it (``argos``, ``libretranslate``, ``chat``); None: a row
    #: from before engines could be chosen (an Argos package), or not a machine's.
    engine_kind: Mapped[str | None] = mapped_column(String(16))
    #: The name of the engine setting that made it (see :class:`EngineSetting`).
    engine_name: Mapped[str | None] = mapped_column(Text)
    #: Hash of the prompt template a chat model was given (None: no prompt).
    prompt_hash: Mapped[str | None] = mapped_column(String(64))

    segment: Mapped[Segment] = relationship(back_populates="translation")


class Note(Base):
    """A highlight over a range of segments of one talk, with an optional Markdown note."""

    __tablename__ = "notes"
    __table_args__ = (
        Index("ix_notes_talk", "talk_id"),
        Index("ix_notes_first_segment", "first_segment_id"),
        Index("ix_notes_last_segment", "last_segment_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    talk_id: Mapped[int] = mapped_column(ForeignKey("talks.id", ondelete="CASCADE"))
    first_segment_id: Mapped[int] = mapped_column(ForeignKey("segments.id", ondelete="CASCADE"))
    last_segment_id: Mapped[int] = mapped_column(ForeignKey("segments.id", ondelete="CASCADE"))
    color: Mapped[str] = mapped_column(String(16), default="yellow")
    text: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)

    talk: Mapped[Talk] = relationship(back_populates="notes")


class HistoryAction(Base):
    """One undoable user action (see :mod:`reader.core.history`)."""

    __tablename__ = "history_actions"
    __table_args__ = (Index("ix_history_actions_state", "state", "id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(32))
    params: Mapped[str] = mapped_column(Text, default="{}")
    state: Mapped[str] = mapped_column(String(8))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class HistoryChange(Base):
    """One row an action inserted, updated or deleted, with the row as it was before."""

    __tablename__ = "history_changes"
    __table_args__ = (Index("ix_history_changes_action", "action_id", "id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    action_id: Mapped[int] = mapped_column(ForeignKey("history_actions.id", ondelete="CASCADE"))
    table_name: Mapped[str] = mapped_column(String(32))
    operation: Mapped[str] = mapped_column(String(8))
    row_id: Mapped[int] = mapped_column(Integer)
    old_row: Mapped[str | None] = mapped_column(Text)


class GlossaryEntry(Base):
    """A term the library's translations must honour (see :mod:`reader.core.glossary`):
    *term* in *source_lang* text becomes *translation* in *target_lang* (None: keep as is)."""

    __tablename__ = "glossary_entries"
    __table_args__ = (Index("ix_glossary_entries_term", "source_lang", "target_lang", "term", unique=True),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    source_lang: Mapped[str] = mapped_column(String(8))
    target_lang: Mapped[str] = mapped_column(String(8))
    term: Mapped[str] = mapped_column(Text)
    translation: Mapped[str | None] = mapped_column(Text)
    case_sensitive: Mapped[bool] = mapped_column(default=False)
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)


class EngineSetting(Base):
    """A translation engine the user set up (:mod:`reader.core.translate.engine_settings`):
    a LibreTranslate server or an OpenAI-compatible chat server. The built-in Argos engine
    has no row. ``api_key`` is stored here, in the library file, as typed."""

    __tablename__ = "engines"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(Text, unique=True)
    kind: Mapped[str] = mapped_column(String(16))
    url: Mapped[str] = mapped_column(Text)
    model: Mapped[str | None] = mapped_column(Text)
    api_key: Mapped[str | None] = mapped_column(Text)
    #: The chat prompt template (None: the default one).
    prompt: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)


class EngineChoice(Base):
    """The engine chosen for one direction (zh→en); no row: the built-in Argos engine."""

    __tablename__ = "engine_choices"
    __table_args__ = (Index("ix_engine_choices_direction", "source_lang", "target_lang", unique=True),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    source_lang: Mapped[str] = mapped_column(String(8))
    target_lang: Mapped[str] = mapped_column(String(8))
    engine_id: Mapped[int] = mapped_column(ForeignKey("engines.id", ondelete="CASCADE"))
