"""Searching the whole library from the toolbar's field, results in the search dock.

:class:`LibrarySearchController` runs a query when the user presses Enter, or once typing
pauses, on the read lane (:func:`run_search`; the core's full-text search does the work),
and shows the results in the :class:`SearchPanel`. Opening a result is the talk view's
business: the window wires the panel's ``result_activated`` to it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer

from reader.gui.search_backend import SearchResults, run_search
from reader.gui.tasks import Lane, Op

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDockWidget, QLineEdit

    from reader.gui.operations import Operations
    from reader.gui.widgets.search_panel import SearchPanel

#: How long typing must pause before the query typed so far is run.
SEARCH_AS_TYPED_MS = 350


class LibrarySearchController(QObject):
    """Runs the search field's queries in the background and shows the results."""

    def __init__(
        self, ops: Operations, field: QLineEdit, panel: SearchPanel, dock: QDockWidget, parent: QObject
    ) -> None:
        super().__init__(parent)
        self.library = ops.library
        self.manager = ops.manager
        self.field = field
        self.panel = panel
        self.dock = dock
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_AS_TYPED_MS)
        self._timer.timeout.connect(self._search_as_typed)
        field.returnPressed.connect(self._search_now)
        field.textEdited.connect(self._typed)

    def focus(self) -> None:
        """Edit ▸ Search Library (Ctrl+K): type a new query, the old one selected."""
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    def search(self, query: str) -> None:
        """Search the library for *query* and show the results dock with them."""
        self._timer.stop()
        query = query.strip()
        if not query:
            return
        self.dock.show()
        self.dock.raise_()  # it may share a tab with the notes panel
        self.panel.show_busy(query)
        library = self.library
        Op(self, lambda _ctx: run_search(library, query), lane=Lane.READ, manager=self.manager).on_success(
            self._show_results
        ).run()

    def _search_now(self) -> None:
        self.search(self.field.text())

    def _typed(self, _text: str) -> None:
        self._timer.start()  # search as you type, once the typing pauses

    def _search_as_typed(self) -> None:
        query = self.field.text().strip()
        shown = self.panel.results
        if shown is not None and shown.query == query and self.dock.isVisible():
            return
        if len(query) >= 2 or (query and not query.isascii()):
            self.search(query)

    def _show_results(self, results: SearchResults) -> None:
        self.panel.show_results(results)
