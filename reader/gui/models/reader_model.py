"""The reader's table: one row per paragraph, column 0 the original, column 1 the translation.

The model holds a :class:`~reader.gui.models.talk_data.TalkDocument` (segment ids and raw
text) and builds each cell's display content lazily, on first request, into a row cache;
a toggle (clean/verbatim) or an arriving translation batch drops exactly the cached cells it
affects and emits ``dataChanged`` for exactly those rows, so the view never resets or jumps.

Highlights and notes (:class:`~reader.core.notes.NoteInfo`) ride along with the document;
each row answers :attr:`Role.NOTES` with the :class:`NoteMark` s that tint its sentences, and
adding, editing or removing a note emits ``dataChanged`` for the rows of its passage only.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal

from reader.core.notes import NoteInfo
from reader.core.textproc.cleanup import clean_text
from reader.core.textproc.language import UNDETERMINED
from reader.gui.models.talk_data import ParagraphRow, SegmentRow, TalkDocument

ORIGINAL = 0
TRANSLATION = 1

Index = QModelIndex | QPersistentModelIndex

#: Segment languages no model is asked to translate (see ``reader.core.translate.engine``).
UNTRANSLATED = frozenset({UNDETERMINED, ""})


class Role(enum.IntEnum):
    CELL = Qt.ItemDataRole.UserRole + 1  #: :class:`Cell` (display parts with segment ranges)
    SEGMENT_IDS = Qt.ItemDataRole.UserRole + 2  #: tuple of segment ids in the row
    TIMESTAMP = Qt.ItemDataRole.UserRole + 3  #: start time in ms, or None
    STATE = Qt.ItemDataRole.UserRole + 4  #: :class:`RowState` of the translation
    NOTES = Qt.ItemDataRole.UserRole + 5  #: tuple of :class:`NoteMark` highlighting sentences of the row
    SPEAKER = Qt.ItemDataRole.UserRole + 6  #: the name shown above the row where a turn starts, or None


class RowState(enum.IntEnum):
    UNTRANSLATED = 0
    PARTIAL = 1
    TRANSLATED = 2


class PartKind(enum.IntEnum):
    TEXT = 0
    PLACEHOLDER = 1
    EDITED = 2
    #: The user's own translation of a sentence corrected since: check it still fits.
    STALE = 3
    #: A translation lacking a term the glossary requires, or one the model lost and that
    #: was put back (``SegmentRow.glossary_issues`` says which).
    GLOSSARY = 4


@dataclass(frozen=True)
class Part:
    segment_id: int
    text: str
    kind: PartKind
    lang: str


@dataclass(frozen=True)
class NoteMark:
    """A note as one row shows it: the row's sentences it highlights, and how to draw them."""

    note_id: int
    color: str
    text: str
    segment_ids: tuple[int, ...]  #: the row's sentences inside the note's passage, in reading order
    starts: bool  #: the passage starts in this row
    ends: bool  #: the passage ends in this row


@dataclass(frozen=True)
class Cell:
    """What a cell shows: parts in order, one per segment."""

    parts: tuple[Part, ...]

    @property
    def text(self) -> str:
        return join_parts(self.parts)


def _is_wide(ch: str) -> bool:
    return ch >= "\u2e80"


def separator(left: str, right: str) -> str:
    """Chinese sentences run on; Latin ones need a space between them."""
    if not left or not right:
        return ""
    if _is_wide(left[-1]) and _is_wide(right[0]):
        return ""
    return " "


def join_parts(parts: Iterable[Part]) -> str:
    out = ""
    for part in parts:
        out += separator(out, part.text) + part.text
    return out


PLACEHOLDER = "…"


def no_model_text() -> str:
    """What a translation cell shows when no model is installed for its language (not "…",
    which means a translation is on its way or waits for Ctrl+T)."""
    return QCoreApplication.translate("ReaderModel", "no translation model installed")


class ReaderModel(QAbstractTableModel):
    """Paragraph rows of one talk. Empty until :meth:`set_document`."""

    #: The open talk's notes were added, edited or removed (or another talk was opened).
    notes_changed = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.document: TalkDocument | None = None
        self._rows: list[ParagraphRow] = []
        self._row_of_segment: dict[int, int] = {}
        self._cache: dict[tuple[int, int], Cell] = {}
        self._translated = 0
        self._segments = 0
        self._clean_texts: dict[int, str] = {}
        self.clean = True
        self.headers = ("", "")
        self._notes: dict[int, NoteInfo] = {}
        self._reading: dict[int, int] = {}  # segment id -> position in reading order
        self._segment_order: list[int] = []  # segment ids in reading order
        self._marks: dict[int, tuple[NoteMark, ...]] = {}
        self._missing: frozenset[str] = frozenset()  # languages no installed model translates

    # -- loading -----------------------------------------------------------------------
    def set_document(self, document: TalkDocument | None) -> None:
        self.beginResetModel()
        self.document = document
        self._rows = list(document.paragraphs) if document else []
        self._row_of_segment = {
            segment.id: row for row, paragraph in enumerate(self._rows) for segment in paragraph.segments
        }
        self._cache.clear()
        self._clean_texts = {}
        self._translated = sum(p.translated for p in self._rows)
        # Until the clean texts arrive, every segment in a language counts as waiting.
        self._segments = sum(
            1 for p in self._rows for s in p.segments if s.translation is not None or s.lang not in UNTRANSLATED
        )
        self._segment_order = [segment.id for paragraph in self._rows for segment in paragraph.segments]
        self._reading = {segment_id: position for position, segment_id in enumerate(self._segment_order)}
        self._notes = {note.id: note for note in document.notes} if document else {}
        self._marks.clear()
        self.endResetModel()
        self.notes_changed.emit()

    @property
    def talk_id(self) -> int | None:
        return self.document.talk_id if self.document else None

    def paragraph(self, row: int) -> ParagraphRow:
        return self._rows[row]

    def row_of_segment(self, segment_id: int) -> int | None:
        return self._row_of_segment.get(segment_id)

    def segment(self, segment_id: int) -> SegmentRow | None:
        row = self._row_of_segment.get(segment_id)
        if row is None:
            return None
        return next((s for s in self._rows[row].segments if s.id == segment_id), None)

    def speaker_names(self) -> list[str]:
        """The open talk's speakers in the order they first speak (for renaming one)."""
        names: dict[str, None] = {}
        for paragraph in self._rows:
            for segment in paragraph.segments:
                if segment.speaker is not None:
                    names.setdefault(segment.speaker)
        return list(names)

    def segment_ids(self, rows: Iterable[int] | None = None) -> list[int]:
        rows = range(len(self._rows)) if rows is None else rows
        return [s.id for r in rows if 0 <= r < len(self._rows) for s in self._rows[r].segments]

    def untranslated_ids(self, rows: Iterable[int] | None = None) -> list[int]:
        rows = range(len(self._rows)) if rows is None else rows
        return [s.id for r in rows if 0 <= r < len(self._rows) for s in self._rows[r].segments if s.translation is None]

    def translated_count(self) -> tuple[int, int]:
        """(segments with a translation, segments with one or waiting for one): kept up to date.

        Segments a model is never asked for (numbers, fillers only) are not counted, so a
        talk whose every real sentence is translated counts as done.
        """
        return self._translated, self._segments

    def set_missing_langs(self, langs: Iterable[str]) -> None:
        """The languages no installed model translates (a translation run found out): their
        sentences say so instead of showing "…" as if a translation were coming."""
        missing = frozenset(langs)
        if missing == self._missing:
            return
        self._missing = missing
        self._cache = {key: cell for key, cell in self._cache.items() if key[1] != TRANSLATION}
        if self._rows:
            self.dataChanged.emit(self.index(0, TRANSLATION), self.index(len(self._rows) - 1, TRANSLATION))

    def missing_model(self, segment_id: int) -> bool:
        """Whether this sentence waits for a model that is not installed."""
        segment = self.segment(segment_id)
        return segment is not None and segment.translation is None and segment.lang in self._missing

    # -- notes ---------------------------------------------------------------------------
    def reading_index(self, segment_id: int) -> int | None:
        """Where a segment comes in the talk's reading order (``None``: not in this talk)."""
        return self._reading.get(segment_id)

    def segment_range(self, first_id: int, last_id: int) -> list[int]:
        """The segment ids from one to the other in reading order (either order given)."""
        a, b = self._reading.get(first_id), self._reading.get(last_id)
        if a is None or b is None:
            return []
        return self._segment_order[min(a, b) : max(a, b) + 1]

    def _span(self, note: NoteInfo) -> tuple[int, int] | None:
        a, b = self._reading.get(note.first_segment_id), self._reading.get(note.last_segment_id)
        if a is None or b is None or b < a:
            return None
        return a, b

    def _note_rows(self, note: NoteInfo) -> set[int]:
        span = self._span(note)
        if span is None:
            return set()
        first = self._row_of_segment[self._segment_order[span[0]]]
        last = self._row_of_segment[self._segment_order[span[1]]]
        return set(range(first, last + 1))

    def notes(self) -> list[NoteInfo]:
        """The open talk's notes in reading order (where they start, then end, then age)."""
        placed = [(span, note.id, note) for note in self._notes.values() if (span := self._span(note))]
        return [note for _span, _id, note in sorted(placed, key=lambda item: (item[0], item[1]))]

    def note(self, note_id: int) -> NoteInfo | None:
        return self._notes.get(note_id)

    def notes_at(self, segment_id: int) -> list[NoteInfo]:
        """Notes whose passage holds this sentence, the shortest (most specific) first."""
        position = self._reading.get(segment_id)
        if position is None:
            return []
        found = [
            (span, note)
            for note in self._notes.values()
            if (span := self._span(note)) and span[0] <= position <= span[1]
        ]
        return [note for span, note in sorted(found, key=lambda item: (item[0][1] - item[0][0], item[1].id))]

    def note_rows(self, note_id: int) -> list[int]:
        note = self._notes.get(note_id)
        return sorted(self._note_rows(note)) if note is not None else []

    def passage(self, first_id: int, last_id: int, column: int = ORIGINAL) -> str:
        """The text of a passage as the reader shows it (clean or verbatim; translation side)."""
        parts = []
        for segment_id in self.segment_range(first_id, last_id):
            segment = self.segment(segment_id)
            if segment is None:
                continue
            if column == ORIGINAL:
                text = (self._clean(segment) if self.clean else segment.text) or segment.text
            else:
                text = segment.translation or ""
            if text:
                parts.append(Part(segment_id, text, PartKind.TEXT, segment.lang))
        return join_parts(parts)

    def set_notes(self, talk_id: int, notes: Iterable[NoteInfo]) -> None:
        """Replace the open talk's notes (ignored if another talk is open by now)."""
        if talk_id != self.talk_id:
            return
        rows: set[int] = set()
        for note in self._notes.values():
            rows |= self._note_rows(note)
        self._notes = {note.id: note for note in notes}
        for note in self._notes.values():
            rows |= self._note_rows(note)
        self._notes_touched(rows)

    def upsert_note(self, note: NoteInfo) -> list[int]:
        """Show a new or edited note; returns the rows repainted. Other talks' notes are ignored."""
        if note.talk_id != self.talk_id:
            return []
        old = self._notes.get(note.id)
        rows = self._note_rows(old) if old is not None else set()
        self._notes[note.id] = note
        rows |= self._note_rows(note)
        self._notes_touched(rows)
        return sorted(rows)

    def remove_note(self, note_id: int) -> list[int]:
        old = self._notes.pop(note_id, None)
        if old is None:
            return []
        rows = self._note_rows(old)
        self._notes_touched(rows)
        return sorted(rows)

    def _notes_touched(self, rows: set[int]) -> None:
        for row in rows:
            self._marks.pop(row, None)
        for first, last in _runs(sorted(rows)):
            self.dataChanged.emit(self.index(first, ORIGINAL), self.index(last, TRANSLATION), [int(Role.NOTES)])
        self.notes_changed.emit()

    def marks(self, row: int) -> tuple[NoteMark, ...]:
        """The notes that highlight sentences of *row*, in reading order."""
        cached = self._marks.get(row)
        if cached is not None:
            return cached
        marks: list[tuple[tuple[int, int], NoteMark]] = []
        if self._notes:
            segments = self._rows[row].segments
            first, last = self._reading[segments[0].id], self._reading[segments[-1].id]
            for note in self._notes.values():
                span = self._span(note)
                if span is None or span[1] < first or span[0] > last:
                    continue
                covered = tuple(s.id for s in segments if span[0] <= self._reading[s.id] <= span[1])
                marks.append(
                    (span, NoteMark(note.id, note.color, note.text, covered, span[0] >= first, span[1] <= last))
                )
        result = tuple(mark for _span, mark in sorted(marks, key=lambda item: (item[0], item[1].note_id)))
        self._marks[row] = result
        return result

    # -- changes -------------------------------------------------------------------------
    def set_clean(self, clean: bool) -> None:
        if clean == self.clean:
            return
        self.clean = clean
        self._cache = {key: cell for key, cell in self._cache.items() if key[1] != ORIGINAL}
        if self._rows:
            self.dataChanged.emit(self.index(0, ORIGINAL), self.index(len(self._rows) - 1, ORIGINAL))

    def update_translations(self, translations: Mapping[int, tuple[Any, ...]]) -> list[int]:
        """Apply ``{segment_id: (text, edited[, glossary issues])}``; returns the rows that changed.

        Segments of other talks are ignored (a batch may arrive after the user moved on).
        ``dataChanged`` is emitted once per run of consecutive changed rows, translation
        column only.
        """
        changed: dict[int, dict[int, tuple[Any, ...]]] = {}
        for segment_id, value in translations.items():
            row = self._row_of_segment.get(segment_id)
            if row is not None:
                changed.setdefault(row, {})[segment_id] = value
        rows = sorted(changed)
        for row in rows:
            updates = changed[row]
            paragraph = self._rows[row]
            self._translated -= paragraph.translated
            self._rows[row] = paragraph.with_segments(
                tuple(s.with_translation(*updates[s.id]) if s.id in updates else s for s in paragraph.segments)
            )
            self._translated += self._rows[row].translated
            self._cache.pop((row, TRANSLATION), None)
        for first, last in _runs(rows):
            self.dataChanged.emit(self.index(first, TRANSLATION), self.index(last, TRANSLATION))
        return rows

    # -- Qt model interface ---------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < 2:
            return self.headers[section]
        return None

    def cell(self, row: int, column: int) -> Cell:
        key = (row, column)
        cached = self._cache.get(key)
        if cached is None:
            cached = self._cache[key] = self._build_cell(self._rows[row], column)
        return cached

    def set_clean_texts(self, talk_id: int, texts: Mapping[int, str]) -> None:
        """Clean reading texts computed by a worker, so scanning the talk (find) never runs
        the clean-up on the GUI thread. Ignored if another talk is open by now."""
        if talk_id == self.talk_id:
            self._clean_texts = dict(texts)
            # Now filler-only segments are known: they are never sent, so never counted.
            self._segments = sum(
                1 for p in self._rows for s in p.segments if s.translation is not None or self._awaits_model(s)
            )

    def _clean(self, segment: SegmentRow) -> str:
        found = self._clean_texts.get(segment.id)
        return found if found is not None else clean_text(segment.text, segment.lang)

    def _awaits_model(self, segment: SegmentRow) -> bool:
        """Whether a model would translate this segment (it has words besides fillers)."""
        return segment.lang not in UNTRANSLATED and bool(self._clean(segment).strip())

    def _build_cell(self, paragraph: ParagraphRow, column: int) -> Cell:
        if column == TRANSLATION and paragraph.translated == 0:
            waiting = [s for s in paragraph.segments if self._awaits_model(s)]
            if waiting:
                # One quiet placeholder for a row still waiting, not one per sentence.
                text = no_model_text() if all(s.lang in self._missing for s in waiting) else PLACEHOLDER
                return Cell((Part(paragraph.segments[0].id, text, PartKind.PLACEHOLDER, ""),))
        parts = []
        for segment in paragraph.segments:
            if column == ORIGINAL:
                text = self._clean(segment) if self.clean else segment.text
                if not text.strip():
                    continue  # only fillers ("嗯。"): the clean view leaves it out
                parts.append(Part(segment.id, text, PartKind.TEXT, segment.lang))
            elif segment.translation is None:
                clean = self._clean(segment)
                if not clean.strip():
                    continue  # nothing a model would translate, so nothing to wait for
                if segment.lang in UNTRANSLATED:
                    # Numbers and symbols read the same in both languages.
                    parts.append(Part(segment.id, clean, PartKind.TEXT, segment.lang))
                    continue
                text = no_model_text() if segment.lang in self._missing else PLACEHOLDER
                parts.append(Part(segment.id, text, PartKind.PLACEHOLDER, segment.lang))
            else:
                kind = (
                    PartKind.STALE
                    if segment.stale
                    else PartKind.GLOSSARY
                    if segment.glossary_issues
                    else PartKind.EDITED
                    if segment.edited
                    else PartKind.TEXT
                )
                parts.append(Part(segment.id, segment.translation, kind, segment.lang))
        return Cell(tuple(parts))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)) or index.column() not in (0, 1):
            return None
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            cell = self.cell(row, column)
            if column == TRANSLATION and all(p.kind is PartKind.PLACEHOLDER for p in cell.parts):
                return ""
            return cell.text
        if role == Role.CELL:
            return self.cell(row, column)
        if role == Role.SEGMENT_IDS:
            return tuple(s.id for s in self._rows[row].segments)
        if role == Role.TIMESTAMP:
            return self._rows[row].start_ms
        if role == Role.NOTES:
            return self.marks(row)
        if role == Role.SPEAKER:
            return self._rows[row].speaker
        if role == Role.STATE:
            paragraph = self._rows[row]
            done = paragraph.translated
            if done == 0:
                return int(RowState.UNTRANSLATED)
            return int(RowState.TRANSLATED if done == len(paragraph.segments) else RowState.PARTIAL)
        return None


def _runs(rows: list[int]) -> list[tuple[int, int]]:
    runs: list[tuple[int, int]] = []
    for row in rows:
        if runs and runs[-1][1] == row - 1:
            runs[-1] = (runs[-1][0], row)
        else:
            runs.append((row, row))
    return runs
