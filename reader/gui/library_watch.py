"""Showing what another process changed in the library: new talks, translations, renames.

The CLI works beside the app on the same library file (``talk-reader import``, ``translate``,
``rename`` while the window is open). SQLite tells a connection that *another* connection
committed through ``PRAGMA data_version``: the number changes, and reading it costs no I/O
beyond the WAL index. :class:`LibraryWatch` keeps one connection of its own for that, asks
on a timer on the read lane (never on the GUI thread), and when the number moved reads what
the window shows — the talk list, and the open talk's segments and translations — and
compares it there too, with what the window showed when the poll began. The GUI thread only
applies what really differs:

* a different talk list (new, deleted, renamed talks, other counts) → the list is refreshed;
* the open talk's text or title changed (split, merge, rename) → it is reloaded in place,
  keeping the reading position;
* only translations changed → they are applied row by row, as a translation batch would be.

Our own writes move the number too (the app's connections are others to this one): while
the app translates, every poll finds the batches it stored itself. The comparison is then a
walk over the whole open talk — thousands of segments — which stalled the window for tens
of milliseconds each second when the GUI thread did it; on the worker it costs the window
nothing, and what it finds is mostly already shown, so the GUI thread has little to apply.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Collection
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from reader.core import library as lib
from reader.core.db import Library
from reader.core.library import TalkSummary
from reader.core.reading import CommitCounter, talk_rows
from reader.gui.models.talk_data import ParagraphRow
from reader.gui.tasks import Lane, Op, TaskManager

if TYPE_CHECKING:
    from reader.gui.main_window import MainWindow

log = logging.getLogger(__name__)

#: How often the library is asked whether another process committed.
POLL_MS = 1000


@dataclass(frozen=True)
class OpenTalk:
    """The open talk as stored now: its title, segments and translations."""

    talk_id: int
    title: str
    segments: tuple[tuple[int, str], ...]
    translations: dict[int, tuple[str | None, bool]]


@dataclass(frozen=True)
class LibraryState:
    """What the window shows, read after another connection committed."""

    talks: list[TalkSummary]
    open_talk: OpenTalk | None


#: At most this many talks are recounted per look (those the window shows counts for).
RECOUNT_LIMIT = 400


def read_state(library: Library, talk_id: int | None, counted: Collection[int] = ()) -> LibraryState:
    """The talk list and the open talk as stored now (on a worker thread).

    Counting every talk's segments takes seconds in a library of 10,000 talks, and this
    runs each time another program commits: only the talks in *counted* (those whose
    counts the window shows) are counted; the others are compared by their own row.
    """
    with library.read_session() as session:
        talks = lib.list_talks(session, counts=set(list(counted)[:RECOUNT_LIMIT]))
    open_talk = None
    if talk_id is not None and any(t.id == talk_id for t in talks):
        with library.read_session() as session:
            rows = talk_rows(session, talk_id)
        title = next(t.title for t in talks if t.id == talk_id)
        open_talk = OpenTalk(
            talk_id,
            title,
            tuple((row[0], row[3]) for row in rows),
            {row[0]: (row[5], bool(row[6])) for row in rows},
        )
    return LibraryState(talks, open_talk)


@dataclass(frozen=True)
class Shown:
    """What the window showed when a poll began. Taken on the GUI thread, so only references
    to immutable rows: the worker compares against it without touching the window."""

    talks: tuple[TalkSummary, ...]
    talk_id: int | None
    title: str
    paragraphs: tuple[ParagraphRow, ...]


@dataclass(frozen=True)
class Changes:
    """What differs between the library and the window (computed on the worker)."""

    state: LibraryState
    talks: bool = False
    reload: bool = False
    #: Only translations of the open talk changed: ``{segment_id: (text, edited)}``.
    translations: dict[int, tuple[str | None, bool]] | None = None

    @property
    def any(self) -> bool:
        return self.talks or self.reload or bool(self.translations)


def _comparable(talk: TalkSummary) -> object:
    """What must agree between the window and the library: the counts only where both have them."""
    return talk if talk.counted else (talk.id, talk.title, talk.speakers, talk.source, talk.source_lines, talk.folder)


def compare(shown: Shown, state: LibraryState) -> Changes:
    """What the window must do to show *state*, given that it showed *shown* (on a worker)."""
    talks = [_comparable(t) for t in state.talks] != [_comparable(t) for t in shown.talks]
    talk = state.open_talk
    if talk is None or talk.talk_id != shown.talk_id:
        return Changes(state, talks=talks)
    segments = tuple(segment for paragraph in shown.paragraphs for segment in paragraph.segments)
    texts = tuple((segment.id, segment.text) for segment in segments)
    if texts != talk.segments or shown.title != talk.title:
        return Changes(state, talks=talks, reload=True)
    updates = {}
    for segment in segments:
        value = talk.translations.get(segment.id)
        if value is not None and (segment.translation, segment.edited) != value:
            updates[segment.id] = value
    return Changes(state, talks=talks, translations=updates)


class LibraryWatch(QObject):
    """Polls the library for other processes' commits and brings the window up to date."""

    #: Another process changed the library and the window was updated (the new state).
    updated = Signal(object)

    def __init__(
        self,
        library: Library,
        manager: TaskManager,
        window: Callable[[], MainWindow | None],
        parent: QObject | None = None,
        interval_ms: int = POLL_MS,
    ) -> None:
        super().__init__(parent)
        self.library = library
        self.manager = manager
        self._window = window
        self._version = CommitCounter(library.path)
        self._busy = False
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.poll)
        self.timer.start()
        self.poll()  # the first look only records the version

    def poll(self) -> None:
        if self._busy:
            return
        first = self._version.last is None
        shown = self._shown()
        version, library = self._version, self.library

        def work(_ctx: object) -> Changes | None:
            if not version.changed() or first:
                return None
            counted = [talk.id for talk in shown.talks if talk.counted]
            changes = compare(shown, read_state(library, shown.talk_id, counted))
            return changes if changes.any else None

        self._busy = True
        (
            Op(self, work, lane=Lane.READ, manager=self.manager)
            .on_success(self._apply)
            .on_failure(self._failed)
            .on_finished(self._finished)
            .run()
        )

    def _shown(self) -> Shown:
        """What the window shows now: references only, so it costs the GUI thread next to nothing."""
        window = self._window()
        if window is None:
            return Shown((), None, "", ())
        model = window.reader_model
        return Shown(
            tuple(window.talk_model.talks),
            model.talk_id,
            window.header.title.text(),
            tuple(model.paragraph(row) for row in range(model.rowCount())),
        )

    def _failed(self, failure: object) -> None:
        # Said once, not every second: the window still works, it just won't follow others.
        log.warning("stopped looking for changes by other programs: %s", getattr(failure, "exception", failure))
        self.timer.stop()

    def _finished(self) -> None:
        self._busy = False

    def _apply(self, changes: Changes | None) -> None:
        """Apply what the worker found; only the segments it names are looked at here."""
        window = self._window()
        if changes is None or window is None:
            return
        changed = False
        if changes.talks:
            window.talk_list.refresh()
            changed = True
        shown = window.reader_model
        talk = changes.state.open_talk
        if talk is not None and talk.talk_id == shown.talk_id:
            if changes.reload:
                window.talk_view.reload()
                changed = True
            elif changes.translations:
                # The app may have shown some of them since the poll began (its own batches).
                updates = {}
                for sid, value in changes.translations.items():
                    segment = shown.segment(sid)
                    if segment is not None and (segment.translation, segment.edited) != value:
                        updates[sid] = value
                if updates:
                    shown.update_translations(updates)
                    window.talk_model.set_translated(talk.talk_id, shown.translated_count()[0])
                    changed = True
        if changed:
            self.updated.emit(changes.state)

    def stop(self) -> None:
        self.timer.stop()
        self._version.close()
