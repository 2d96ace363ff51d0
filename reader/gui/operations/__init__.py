"""User actions as operations: one core call off the GUI thread, then one "library changed".

In the manner of Anki's ``aqt/operations``: each edit a user can make is a small function in
this package. It runs one core function (:mod:`reader.core.library`, ``notes``,
``corrections``, ``history``…) in a write transaction on the write lane, and reports what
changed as a :class:`LibraryChange` through :attr:`Operations.changed`. Panes subscribe to
that one signal and refresh themselves; nothing refreshes a pane by hand after a write, so
an edit, its undo and its redo all end in the same place. The GUI never talks SQL: the
session the core function receives is opened here and nowhere else in the GUI's edits.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, Signal

from reader.core.db import Library
from reader.gui.tasks import Failure, Lane, Op, OpContext, OpHandle, TaskManager

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

T = TypeVar("T")


@dataclass(frozen=True)
class LibraryChange:
    """What one operation changed, so that each pane decides for itself what to refresh."""

    #: The talk list: talks added, removed, renamed, re-counted.
    talks: bool = False
    #: Talks whose text, speakers or segments changed (an open one is reloaded in place).
    talk_ids: frozenset[int] = field(default_factory=frozenset)
    #: Highlights and notes.
    notes: bool = False
    #: The translation engines or the engine chosen for a direction.
    engines: bool = False
    #: Anything at all (an undo or redo may touch any table).
    everything: bool = False
    #: A talk to select in the list afterwards.
    select: int | None = None

    def touches(self, talk_id: int | None) -> bool:
        return talk_id is not None and (self.everything or talk_id in self.talk_ids)


class Operations(QObject):
    """The window's operations runner: where edits start, and the one signal they end in."""

    #: A :class:`LibraryChange`, emitted on the GUI thread after every successful edit.
    changed = Signal(object)

    def __init__(self, library: Library, manager: TaskManager, parent: QObject) -> None:
        super().__init__(parent)
        self.library = library
        self.manager = manager

    def edit(
        self,
        work: Callable[[Session], T],
        change: Callable[[T], LibraryChange],
        *,
        on_done: Callable[[T], Any] | None = None,
        on_failure: Callable[[Failure], Any] | None = None,
        progress: str = "",
    ) -> OpHandle:
        """Run ``work(session)`` in one write transaction on the write lane; then announce
        ``change(result)`` and call *on_done* with the result (both on the GUI thread)."""
        library = self.library

        def run(_ctx: OpContext) -> T:
            with library.session() as session:
                return work(session)

        def succeeded(result: T) -> None:
            self.changed.emit(change(result))
            if on_done is not None:
                on_done(result)

        op = Op(self.parent(), run, lane=Lane.WRITE, manager=self.manager).on_success(succeeded)
        if on_failure is not None:
            op.on_failure(on_failure)
        if progress:
            op.with_progress(progress, cancellable=False)
        return op.run()

    def read(self, work: Callable[[Session], T], on_done: Callable[[T], Any]) -> OpHandle:
        """Run ``work(session)`` in a read transaction on the read lane; *on_done* gets the result."""
        library = self.library

        def run(_ctx: OpContext) -> T:
            with library.read_session() as session:
                return work(session)

        return Op(self.parent(), run, lane=Lane.READ, manager=self.manager).on_success(on_done).run()
