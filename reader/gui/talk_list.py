"""The library pane's list of talks, read off the GUI thread and kept in step with edits.

:class:`TalkListController` reads the talk list on the read lane and hands it to the
:class:`TalkListModel`; it counts segments and translations only where they may have
changed, or where the list is about to show them (a library of thousands of talks opens
with a screenful counted). After every load it keeps the open talk selected, or opens the
first talk when none is open; that is why it knows the :class:`TalkViewController`.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from reader.core.library import TalkSummary, list_talks

if TYPE_CHECKING:
    from reader.gui.models.talk_list import TalkListModel
    from reader.gui.operations import LibraryChange, Operations
    from reader.gui.talk_view import TalkViewController
    from reader.gui.widgets.library_pane import LibraryPane


class TalkListController(QObject):
    """Fills the talk list and keeps its selection on the open talk."""

    #: The list was read and holds talks (True) or is empty: emitted before the selection is
    #: restored, so that the window shows the library (or the welcome view) first.
    listed = Signal(bool)
    #: The list was (re)loaded and its selection restored.
    loaded = Signal()

    #: Talks counted so far that a refresh of everything recounts with the list; past that,
    #: their counts are forgotten and read again as their rows are shown.
    RECOUNT_LIMIT = 400

    def __init__(
        self,
        ops: Operations,
        model: TalkListModel,
        pane: LibraryPane,
        talk_view: TalkViewController,
        parent: QObject,
    ) -> None:
        super().__init__(parent)
        self.ops = ops
        self.model = model
        self.pane = pane
        self.talk_view = talk_view
        model.counts_wanted.connect(self._count)

    def refresh(self, select: int | None = None, changed: Collection[int] | None = None) -> None:
        """Read the talk list again, off the GUI thread: every talk's own row, and the counts
        (segments, languages, translated) only of the talks they may have changed for —
        *changed* (what an edit says it touched), or when that is not known (an undo, another
        program) every talk counted so far — and of *select* and the open talk. The list asks
        for the others' counts as it shows them (:meth:`_count`)."""
        keep = True
        if changed is None:
            recount = set(self.model.counted_ids())
            if len(recount) > self.RECOUNT_LIMIT:
                recount, keep = set(), False
        else:
            recount = set(changed)
        recount.update(t for t in (select, self.talk_view.talk_id) if t is not None)
        self.ops.read(
            lambda session: list_talks(session, counts=recount),
            lambda talks: self._show(talks, select, keep_counts=keep),
        )

    def on_library_changed(self, change: LibraryChange) -> None:
        """An edit, undo or redo: read the list again if the change touched talks."""
        if change.talks or change.everything:
            self.refresh(select=change.select, changed=None if change.everything else change.talk_ids)

    def _count(self, talk_ids: list[int]) -> None:
        """The counts of the rows the list shows without them (see :class:`TalkListModel`)."""
        self.ops.read(lambda session: list_talks(session, talk_ids), self.model.set_counts)

    def _show(self, talks: list[TalkSummary], select: int | None, *, keep_counts: bool = True) -> None:
        self.model.set_talks(talks, keep_counts=keep_counts)
        self.listed.emit(bool(talks))
        ids = {t.id for t in talks}
        current = self.talk_view.talk_id
        if select is not None and select in ids:
            if select != current:
                self.pane.select_talk(select)
            else:
                self.pane.select_talk(select, quiet=True)
        elif current is not None and current not in ids:
            self.talk_view.clear()
        elif current is not None:
            self.pane.select_talk(current, quiet=True)
        if talks and self.talk_view.talk_id is None and not self.talk_view.loading:
            self.pane.select_talk(talks[0].id)
        self.loaded.emit()
