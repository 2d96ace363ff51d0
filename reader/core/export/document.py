"""The export document: a frozen, Qt-free snapshot of talks, translations and notes.

It is built once from the library (in one read session) and handed to the writers, which
are pure functions of it. Building it off the GUI thread and re-rendering a preview from it
for every option change never touches the database again.
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from reader import __version__
from reader.core.errors import NotFound
from reader.core.glossary import MISSING, parse_issues
from reader.core.models import IMPORTED_MODEL, NOT_MACHINE_MODELS, Segment, Source, Talk
from reader.core.notes import NoteInfo, notes_by_talk
from reader.core.progress import ProgressCallback, check_cancelled, no_progress
from reader.core.speakers import turn_starts
from reader.core.textproc.cleanup import clean_text

#: Segments in this "language" (numbers, punctuation, symbols) read the same in both
#: languages, so a missing translation is not worth flagging.
LANGUAGE_NEUTRAL = frozenset({"und", ""})

#: Translation "models" that are not machine translation: given by the file, or typed by the
#: user (see ``reader.core.translate.store.PROTECTED_MODELS``).
NOT_MACHINE = NOT_MACHINE_MODELS


@dataclass(frozen=True)
class ExportSegment:
    id: int
    ordinal: int
    paragraph: int
    lang: str
    text: str
    #: The ASR-cleaned reading text; ``None`` when the document was built without it
    #: (``build_document(..., clean=False)``), and then worked out on first use.
    clean_text: str | None
    translation: str | None = None
    translation_lang: str | None = None
    translation_model: str | None = None
    edited: bool = False
    start_ms: int | None = None
    end_ms: int | None = None
    source_line: int | None = None
    #: Who says it, where the file or the user named them.
    speaker: str | None = None
    #: A turn starts here: the writers show :attr:`speaker` before this segment.
    turn_start: bool = False
    #: The glossary's required words its translation lacks (see :mod:`reader.core.glossary`).
    glossary_missing: tuple[str, ...] = ()

    @property
    def needs_translation(self) -> bool:
        """Whether a model is ever asked for it: words in a language, not only fillers
        (``嗯。``, ``Um.``), whose clean text is empty and which are never sent."""
        return self.lang not in LANGUAGE_NEUTRAL and bool(self.original(True).strip())

    @property
    def untranslated(self) -> bool:
        """True when the reader would miss a translation here (the exports mark these)."""
        return self.translation is None and self.needs_translation

    @property
    def timed(self) -> bool:
        return self.start_ms is not None and self.end_ms is not None

    def original(self, clean: bool) -> str:
        if not clean:
            return self.text
        if self.clean_text is None:
            return clean_text(self.text, self.lang)
        return self.clean_text


@dataclass(frozen=True)
class ExportNote:
    """A note with the passage it highlights."""

    id: int
    color: str
    text: str
    passage: tuple[ExportSegment, ...]

    @property
    def first_segment_id(self) -> int:
        return self.passage[0].id

    @property
    def last_segment_id(self) -> int:
        return self.passage[-1].id


@dataclass(frozen=True)
class ExportParagraph:
    """A paragraph as exported. A change of speaker always starts one (even inside a stored
    paragraph, e.g. after a rename or a speaker assigned by hand), so a name shown above a
    paragraph is true of all of it."""

    index: int
    segments: tuple[ExportSegment, ...]
    #: Notes whose passage ends in this paragraph: writers put them right after it.
    notes: tuple[ExportNote, ...] = ()

    @property
    def speaker(self) -> str | None:
        """The name to show above this paragraph: set where a turn starts, else ``None``."""
        first = self.segments[0] if self.segments else None
        return first.speaker if first is not None and first.turn_start else None

    @property
    def lang(self) -> str:
        return majority_lang(s.lang for s in self.segments)

    @property
    def translation_lang(self) -> str | None:
        langs = [s.translation_lang for s in self.segments if s.translation_lang]
        return majority_lang(langs) if langs else None


@dataclass(frozen=True)
class ExportTalk:
    id: int
    title: str
    speakers: str | None
    source_name: str | None
    source_format: str | None
    source_lines: tuple[int, int] | None
    paragraphs: tuple[ExportParagraph, ...]
    notes: tuple[ExportNote, ...]
    #: Every segment of the talk when :attr:`paragraphs` hold only its beginning (a preview):
    #: the header's counts are the whole talk's, as in the exported file.
    whole: tuple[ExportSegment, ...] | None = None

    @property
    def segments(self) -> tuple[ExportSegment, ...]:
        return tuple(s for p in self.paragraphs for s in p.segments)

    @property
    def counted(self) -> tuple[ExportSegment, ...]:
        """The segments the header counts (the whole talk, even in a preview)."""
        return self.whole if self.whole is not None else self.segments

    @property
    def lang(self) -> str:
        return majority_lang(s.lang for s in self.segments)

    @property
    def models(self) -> tuple[str, ...]:
        """Machine translation models used, most used first (imported and typed ones excluded)."""
        counts = Counter(
            s.translation_model for s in self.counted if s.translation_model and s.translation_model not in NOT_MACHINE
        )
        return tuple(model for model, _ in counts.most_common())

    @property
    def has_imported_translations(self) -> bool:
        return any(s.translation_model == IMPORTED_MODEL for s in self.counted)

    @property
    def edited_count(self) -> int:
        return sum(1 for s in self.counted if s.translation is not None and s.edited)

    @property
    def glossary_missing_count(self) -> int:
        """Translated segments lacking a term the glossary requires."""
        return sum(1 for s in self.counted if s.translation is not None and s.glossary_missing)

    @property
    def untranslated_count(self) -> int:
        return sum(1 for s in self.counted if s.untranslated)

    @property
    def highlighted_ids(self) -> frozenset[int]:
        return frozenset(s.id for note in self.notes for s in note.passage)

    @property
    def timed(self) -> bool:
        """Every segment carries subtitle times (the talk came from an SRT/VTT file)."""
        segments = self.segments
        return bool(segments) and all(s.timed for s in segments)


@dataclass(frozen=True)
class ExportDocument:
    talks: tuple[ExportTalk, ...]
    exported_at: datetime
    #: The whole library was asked for (the title says so), rather than chosen talks.
    whole_library: bool = False
    app_version: str = __version__

    @property
    def note_count(self) -> int:
        return sum(len(talk.notes) for talk in self.talks)


def majority_lang(langs: Iterable[str]) -> str:
    """The most frequent real language of *langs* (``und`` when there is none)."""
    counts = Counter(lang for lang in langs if lang not in LANGUAGE_NEUTRAL)
    if not counts:
        return "und"
    return counts.most_common(1)[0][0]


def _segment(segment: Segment, clean: bool, turn_start: bool) -> ExportSegment:
    translation = segment.translation
    return ExportSegment(
        id=segment.id,
        ordinal=segment.ordinal,
        paragraph=segment.paragraph,
        lang=segment.lang,
        text=segment.text,
        clean_text=clean_text(segment.text, segment.lang) if clean else None,
        translation=translation.text if translation is not None else None,
        translation_lang=translation.target_lang if translation is not None else None,
        translation_model=translation.model if translation is not None else None,
        edited=bool(translation.edited) if translation is not None else False,
        glossary_missing=tuple(
            issue.required for issue in parse_issues(translation.glossary_issues) if issue.how == MISSING
        )
        if translation is not None
        else (),
        start_ms=segment.start_ms,
        end_ms=segment.end_ms,
        source_line=segment.source_line,
        speaker=segment.speaker,
        turn_start=turn_start,
    )


def _talk(talk: Talk, source: Source | None, notes: list[NoteInfo], clean: bool) -> ExportTalk:
    stored = talk.segments
    starts = turn_starts([s.speaker for s in stored])
    segments = [_segment(s, clean, start) for s, start in zip(stored, starts, strict=True)]
    by_ordinal = {s.ordinal: i for i, s in enumerate(segments)}
    export_notes: list[ExportNote] = []
    for note in notes:
        start, end = by_ordinal.get(note.first_ordinal), by_ordinal.get(note.last_ordinal)
        if start is None or end is None:
            continue  # a range the talk no longer has; list_notes would show it, export cannot
        export_notes.append(ExportNote(note.id, note.color, note.text, tuple(segments[start : end + 1])))
    grouped: list[list[ExportSegment]] = []
    for segment in segments:
        if not grouped or segment.paragraph != grouped[-1][-1].paragraph or segment.turn_start:
            grouped.append([])
        grouped[-1].append(segment)
    group_of = {segment.id: number for number, members in enumerate(grouped) for segment in members}
    ending_in: dict[int, list[ExportNote]] = {}
    for export_note in export_notes:
        ending_in.setdefault(group_of[export_note.passage[-1].id], []).append(export_note)
    paragraphs = tuple(
        ExportParagraph(members[0].paragraph, tuple(members), tuple(ending_in.get(number, ())))
        for number, members in enumerate(grouped)
    )
    source_lines = (
        (talk.first_line, talk.last_line) if talk.first_line is not None and talk.last_line is not None else None
    )
    return ExportTalk(
        id=talk.id,
        title=talk.title,
        speakers=talk.speakers,
        source_name=source.name if source is not None else None,
        source_format=source.format if source is not None else None,
        source_lines=source_lines,
        paragraphs=paragraphs,
        notes=tuple(export_notes),
    )


def build_document(
    session: Session,
    talk_ids: Sequence[int] | None = None,
    *,
    clean: bool = True,
    exported_at: datetime | None = None,
    cancel: threading.Event | None = None,
    report: ProgressCallback = no_progress,
) -> ExportDocument:
    """Snapshot the given talks (in the order given), or every talk in library order.

    With ``clean`` (the default) the ASR-cleaned text of every segment is worked out here,
    so a preview can switch between clean and verbatim text without further work; a
    one-off verbatim export passes ``clean=False`` and skips that cost. Unknown talk ids
    raise :class:`~reader.core.errors.NotFound` naming them all.
    """
    query = (
        select(Talk, Source)
        .outerjoin(Source, Talk.source_id == Source.id)
        .options(selectinload(Talk.segments).selectinload(Segment.translation))
    )
    if talk_ids is None:
        query = query.order_by(Talk.source_id.is_(None), Talk.source_id, Talk.position, Talk.id)
        rows = [(talk, source) for talk, source in session.execute(query)]
    else:
        wanted = list(dict.fromkeys(talk_ids))
        found = {talk.id: (talk, source) for talk, source in session.execute(query.where(Talk.id.in_(wanted)))}
        missing = [str(talk_id) for talk_id in wanted if talk_id not in found]
        if missing:
            raise NotFound(
                f"no talk with id {', '.join(missing)}", code="not-found.talk", params={"id": ", ".join(missing)}
            )
        rows = [found[talk_id] for talk_id in wanted]
    notes = notes_by_talk(session, [talk.id for talk, _ in rows])
    talks = []
    for done, (talk, source) in enumerate(rows):
        check_cancelled(cancel)
        report(done, len(rows))
        talks.append(_talk(talk, source, notes.get(talk.id, []), clean))
    report(len(rows), len(rows))
    return ExportDocument(
        talks=tuple(talks),
        exported_at=exported_at or datetime.now().astimezone(),
        whole_library=talk_ids is None,
    )
