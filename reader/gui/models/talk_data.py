"""Qt-free snapshots of library data that cross from worker threads to the GUI.

Workers build these frozen dataclasses inside one read session and hand them over; the GUI
never holds an ORM object or a session.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from reader.core import library as lib
from reader.core.corrections import possibly_stale_translations
from reader.core.db import Library
from reader.core.glossary import TermIssue, issues_by_segment
from reader.core.notes import NoteInfo, list_notes
from reader.core.reading import MadeBy, talk_rows
from reader.core.speakers import turn_starts


def wide_chars(text: str) -> int:
    """About how many characters of *text* are CJK-wide, counted at C speed.

    CJK characters take three bytes in UTF-8, ASCII one: the surplus over one byte per
    character, halved, is exact for Chinese/English text (accented Latin counts as half).
    """
    if text.isascii():
        return 0
    return (len(text.encode("utf-8", "surrogatepass")) - len(text)) // 2


@dataclass(frozen=True, slots=True)
class SegmentRow:
    id: int
    lang: str
    text: str
    start_ms: int | None
    translation: str | None = None
    edited: bool = False
    speaker: str | None = None
    #: The user's own translation, written before the sentence was corrected.
    stale: bool = False
    #: What the glossary check found in the translation (see :mod:`reader.core.glossary`).
    glossary_issues: tuple[TermIssue, ...] = ()
    #: Which engine and model made the translation (None: unknown, or no translation).
    made_by: MadeBy | None = None

    def with_translation(
        self,
        text: str | None,
        edited: bool,
        glossary_issues: tuple[TermIssue, ...] = (),
        made_by: MadeBy | None = None,
    ) -> SegmentRow:
        return replace(
            self, translation=text, edited=edited, stale=False, glossary_issues=glossary_issues, made_by=made_by
        )


@dataclass(frozen=True)
class ParagraphRow:
    """One reader row: the segments of one paragraph, in order.

    ``chars`` and ``wide`` (characters, and how many of them are CJK-wide) of the original
    text are counted once by the worker that loads the talk, so the view can estimate the
    height of thousands of rows without touching their text on the GUI thread.
    """

    segments: tuple[SegmentRow, ...]
    chars: int = 0
    wide: int = 0
    #: The name shown above the row: set where a turn starts (see :func:`load_talk`).
    speaker: str | None = None

    @classmethod
    def of(cls, segments: tuple[SegmentRow, ...], speaker: str | None = None) -> ParagraphRow:
        text = " ".join(s.text for s in segments)
        return cls(segments, len(text), wide_chars(text), speaker)

    def with_segments(self, segments: tuple[SegmentRow, ...]) -> ParagraphRow:
        """The same paragraph with updated segments (translations); the original is unchanged."""
        return replace(self, segments=segments)

    @property
    def start_ms(self) -> int | None:
        return self.segments[0].start_ms if self.segments else None

    @property
    def translated(self) -> int:
        return sum(1 for s in self.segments if s.translation is not None)


@dataclass(frozen=True)
class TalkDocument:
    talk_id: int
    title: str
    speakers: str | None
    source: str | None
    paragraphs: tuple[ParagraphRow, ...]
    #: The talk's highlights and notes, in reading order (read in the same session as the text).
    notes: tuple[NoteInfo, ...] = ()

    @property
    def has_timestamps(self) -> bool:
        return any(p.start_ms is not None for p in self.paragraphs)

    @property
    def segment_count(self) -> int:
        return sum(len(p.segments) for p in self.paragraphs)

    def languages(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for paragraph in self.paragraphs:
            for segment in paragraph.segments:
                counts[segment.lang] = counts.get(segment.lang, 0) + 1
        return dict(sorted(counts.items(), key=lambda item: -item[1]))


def load_talk(library: Library, talk_id: int) -> TalkDocument:
    """Everything the reader shows for one talk, in one query (no per-row ORM objects).

    A row is a stored paragraph, cut again where a turn starts (a paragraph stored before its
    speakers were named may hold two), so the name above a row is true of the whole row.
    """
    with library.read_session() as session:
        talk = lib.get_talk(session, talk_id)
        source = talk.source.name if talk.source is not None else None
        rows = talk_rows(session, talk_id)  # tuples: no per-row ORM objects
        stale = possibly_stale_translations(session, talk_id)
        issues = issues_by_segment(session, talk_id)
        title, speakers = talk.title, talk.speakers
        notes = tuple(list_notes(session, talk_id))
    paragraphs: list[ParagraphRow] = []
    current: list[SegmentRow] = []
    previous: int | None = None
    name: str | None = None  # shown above the row being built
    starts = turn_starts([row[7] for row in rows])
    for (seg_id, paragraph, lang, text, start_ms, translation, edited, speaker, made_by), turn in zip(
        rows, starts, strict=True
    ):
        if current and (paragraph != previous or turn):
            paragraphs.append(ParagraphRow.of(tuple(current), name))
            current, name = [], None
        previous = paragraph
        if turn:
            name = speaker
        current.append(
            SegmentRow(
                seg_id,
                lang,
                text,
                start_ms,
                translation,
                bool(edited),
                speaker,
                seg_id in stale,
                issues.get(seg_id, ()),
                made_by,
            )
        )
    if current:
        paragraphs.append(ParagraphRow.of(tuple(current), name))
    return TalkDocument(talk_id, title, speakers, source, tuple(paragraphs), notes)


def list_talks(library: Library) -> list[lib.TalkSummary]:
    with library.read_session() as session:
        return lib.list_talks(session)


def clean_texts(document: TalkDocument) -> dict[int, str]:
    """Every segment's clean reading text (run on a worker: the clean-up is not free)."""
    from reader.core.textproc.cleanup import clean_text

    return {
        segment.id: clean_text(segment.text, segment.lang)
        for paragraph in document.paragraphs
        for segment in paragraph.segments
    }


def load_notes(library: Library, talk_id: int) -> tuple[NoteInfo, ...]:
    """A talk's notes in reading order (to refresh the reader after a change made elsewhere)."""
    with library.read_session() as session:
        return tuple(list_notes(session, talk_id))
