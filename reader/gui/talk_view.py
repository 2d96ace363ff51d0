"""The open talk: loaded off the GUI thread, shown in the reader, kept in step with edits.

:class:`TalkViewController` is the one place that decides which talk the reader shows. It
reads a talk on the read lane (:func:`load_talk`), puts it into the reader's model, scrolls
to where the reader was (a saved position, a search hit, a sentence kept across a rebuilt
window), and loads it again in place when a :class:`LibraryChange` touches it. It owns no
widgets: the window lays them out and hands over the ones the open talk is shown in.
Translation and the talk list follow it through its signals, so it knows neither.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QStackedWidget, QWidget

from reader.core.errors import NotFound
from reader.gui.dialogs.errors import report_failure
from reader.gui.models.talk_data import TalkDocument, clean_texts, load_talk
from reader.gui.models.talk_list import LANGUAGE_NAMES
from reader.gui.settings import ReadingPosition, Settings
from reader.gui.tasks import Failure, Lane, Op

if TYPE_CHECKING:
    from reader.gui.models.reader_model import ReaderModel
    from reader.gui.operations import LibraryChange, Operations
    from reader.gui.widgets.find_bar import FindBar
    from reader.gui.widgets.reader_view import ReaderView, SentenceAnchor
    from reader.gui.widgets.talk_header import TalkHeader


def freeze_long_lived_objects() -> None:
    """Keep the cyclic GC from rescanning what a talk keeps alive for as long as it is open.

    A full (generation 2) collection walks every tracked object; with a long talk loaded it
    took ~75 ms, and whichever thread triggered it held the GIL meanwhile, so the window
    froze. Young garbage is collected first (cheap), then the survivors are frozen; frozen
    objects are still freed by reference counting when they go.
    """
    gc.collect(1)
    gc.freeze()


def _row_of(document: TalkDocument, segment_id: int, default: int) -> int:
    """The row of *document* holding a segment (*default* when it is gone)."""
    for row, paragraph in enumerate(document.paragraphs):
        if any(segment.id == segment_id for segment in paragraph.segments):
            return row
    return default


class TalkViewController(QObject):
    """Loads the talk the user opens and shows it; reloads it when an edit changes it."""

    #: The talk's rows are on screen (benchmarks, tests, start-up work wait for it): talk id.
    talk_shown = Signal(int)
    #: A talk (or none) is about to be shown: what was said about the previous one goes.
    about_to_show = Signal()
    #: The reader leaves this talk for another one (its translation can stop): talk id.
    leaving = Signal(int)
    #: A talk could not be read (gone meanwhile, or an error): the talk list may be stale.
    load_failed = Signal()
    #: The open talk's translated and translatable counts are known anew: talk id, counts.
    translated_counted = Signal(int, int, int)

    def __init__(
        self,
        ops: Operations,
        settings: Settings,
        model: ReaderModel,
        view: ReaderView,
        header: TalkHeader,
        pages: QStackedWidget,
        empty_page: QWidget,
        find_bar: FindBar,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.library = ops.library
        self.manager = ops.manager
        self.settings = settings
        self.model = model
        self.view = view
        self.header = header
        self.pages = pages
        self.empty_page = empty_page
        self.find_bar = find_bar
        #: How long the last talk took from the request to its rows on screen (benchmarks).
        self.last_open_ms: float | None = None
        self._loading: int | None = None
        self._pending_position: ReadingPosition | None = None
        self._pending_segment: int | None = None
        self._pending_anchor: SentenceAnchor | None = None
        self._opened_at = 0.0

    @property
    def talk_id(self) -> int | None:
        """The talk on screen (None before the first one, or after it was deleted)."""
        return self.model.talk_id

    @property
    def loading(self) -> bool:
        """A talk is being read and will replace what is on screen."""
        return self._loading is not None

    # -- opening -------------------------------------------------------------------------
    def open(self, talk_id: int, *, segment_id: int | None = None) -> None:
        """Show *talk_id* where it was last read, or at *segment_id* (a search hit)."""
        current = self.model.talk_id
        if current == talk_id and self._loading is None:
            if segment_id is not None:
                self.view.set_active_segment(segment_id, scroll=True)
            return
        if current is not None:
            row, offset = self.view.reading_position()
            self.settings.set_position(current, ReadingPosition(row, offset))
            self.leaving.emit(current)
        self._loading = talk_id
        self._pending_segment = segment_id
        self._pending_position = None if segment_id is not None else self.settings.position(talk_id)
        self._opened_at = time.perf_counter()
        self._load(talk_id, self._loaded)

    def reload(self) -> None:
        """Load the open talk again (its text changed) and keep the reading position."""
        talk_id = self.model.talk_id
        if talk_id is None or self._loading is not None:
            return
        row, offset = self.view.reading_position()
        ids = self.model.segment_ids([row])
        anchor = ids[0] if ids else None
        active = self.view.active_segment()

        def loaded(document: TalkDocument) -> None:
            if self._loading != talk_id:
                return
            self._loading = None
            self._pending_position = ReadingPosition(row, offset)
            if anchor is not None:
                # Rows may merge or split when turns change: find the same sentence again.
                self._pending_position = ReadingPosition(_row_of(document, anchor, row), offset)
            self._show(document)
            if active is not None and self.model.row_of_segment(active) is not None:
                self.view.set_active_segment(active)

        self._loading = talk_id
        self._load(talk_id, loaded)

    def clear(self) -> None:
        """Show no talk (the open one is gone)."""
        self._show(None)

    def resume_at(self, anchor: SentenceAnchor | None) -> None:
        """Show *anchor*'s sentence where it was once its talk is shown (a rebuilt window)."""
        self._pending_anchor = anchor
        if anchor is not None and self.model.row_of_segment(anchor.segment_id) is not None:
            self._pending_anchor = None
            self.view.restore_anchor(anchor)

    def save_position(self) -> None:
        """Remember the open talk and where in it the reader is (for the next start)."""
        talk_id = self.model.talk_id
        if talk_id is not None:
            self.settings.last_talk = talk_id
            row, offset = self.view.reading_position()
            self.settings.set_position(talk_id, ReadingPosition(row, offset))

    def on_library_changed(self, change: LibraryChange) -> None:
        """An edit, undo or redo: read the open talk again if the change touched it."""
        if change.touches(self.model.talk_id):
            self.reload()

    # -- loading -------------------------------------------------------------------------
    def _load(self, talk_id: int, on_loaded: Callable[[TalkDocument], None]) -> None:
        library = self.library
        Op(self, lambda _ctx: load_talk(library, talk_id), lane=Lane.READ, manager=self.manager).on_success(
            on_loaded
        ).on_failure(self._failed).run()

    def _failed(self, failure: Failure) -> None:
        self._loading = None
        if isinstance(failure.exception, NotFound):
            # Gone meanwhile (deleted, an import undone, the CLI): nothing to report.
            if self.model.talk_id == getattr(failure.exception, "params", {}).get("id"):
                self._show(None)
        else:
            report_failure(self, failure)
        self.load_failed.emit()

    def _loaded(self, document: TalkDocument) -> None:
        if document.talk_id != self._loading:
            return  # the user already picked another talk
        self._loading = None
        self._show(document)

    # -- showing -------------------------------------------------------------------------
    def _show(self, document: TalkDocument | None) -> None:
        self.about_to_show.emit()
        self.model.set_document(document)
        if document is None:
            self.header.set_talk("", "")
            self.pages.setCurrentWidget(self.empty_page)
            return
        self.pages.setCurrentWidget(self.view)
        self.settings.last_talk = document.talk_id
        self.header.set_talk(document.title, self._details(document))
        if self._pending_segment is not None:
            segment_id, self._pending_segment = self._pending_segment, None
            self.view.set_active_segment(segment_id, scroll=True)
        elif self._pending_position is not None:
            position, self._pending_position = self._pending_position, None
            self.view.scroll_to_row(position.row, position.offset)
        else:
            self.view.scroll_to_row(0)
        self.view.ensure_measured()
        anchor, self._pending_anchor = self._pending_anchor, None
        if anchor is not None and self.model.row_of_segment(anchor.segment_id) is not None:
            self.view.restore_anchor(anchor)
        self.find_bar.refresh()
        talk_id = document.talk_id
        Op(self, lambda _ctx: clean_texts(document), lane=Lane.READ, manager=self.manager).on_success(
            lambda texts: self._apply_clean_texts(talk_id, texts)
        ).run()
        freeze_long_lived_objects()
        self.last_open_ms = (time.perf_counter() - self._opened_at) * 1000
        self.talk_shown.emit(talk_id)

    def _apply_clean_texts(self, talk_id: int, texts: Mapping[int, str]) -> None:
        """Show the clean reading texts without moving what the reader is looking at.

        They arrive after the first paint and may change row heights; the sentence a search
        hit, a restored position or the reader put on screen stays where it is.
        """
        if talk_id != self.model.talk_id:
            return
        with self.view.keeping_place():
            self.model.set_clean_texts(talk_id, texts)
        self.translated_counted.emit(talk_id, *self.model.translated_count())  # fillers now known

    def _details(self, document: TalkDocument) -> str:
        bits = []
        if document.speakers:
            bits.append(document.speakers)
        if document.source:
            bits.append(document.source)
        bits.append(self.tr("%n segment(s)", "", document.segment_count))
        langs = [LANGUAGE_NAMES.get(lang, lang) for lang in document.languages() if lang != "und"][:2]
        if langs:
            bits.append(" / ".join(langs))
        return " · ".join(bits)
