"""How the reader shows a talk: which languages, which side first, clean or verbatim,
timestamps, and the text size.

:class:`ReadingOptionsController` carries out the View menu's toggles and remembers each in
the settings. Every toggle keeps the sentence being read where it is on screen
(:meth:`ReaderView.keeping_place`): changing how a talk looks must not lose the reader's
place in it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QObject
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QWidget

from reader.gui.models.reader_model import ORIGINAL, TRANSLATION

if TYPE_CHECKING:
    from reader.gui.models.reader_model import ReaderModel
    from reader.gui.settings import Settings
    from reader.gui.widgets.find_bar import FindBar
    from reader.gui.widgets.reader_view import ReaderView

#: Zoom steps (points) below and above the reader's base size.
MIN_ZOOM, MAX_ZOOM = -6, 12


class ReadingOptionsController(QObject):
    """The View menu's reading options, applied to the reader and kept in the settings."""

    def __init__(
        self, settings: Settings, model: ReaderModel, view: ReaderView, find_bar: FindBar, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.model = model
        self.view = view
        self.find_bar = find_bar

    def apply_settings(self) -> None:
        """Show the reader as the settings say (the window's toggles are set already)."""
        self.model.set_clean(self.settings.clean)
        self.view.delegate.show_timestamps = self.settings.show_timestamps
        self._apply_zoom()

    def set_view_mode(self, mode: str) -> None:
        """Both languages, the original only, or the translation only."""
        self.settings.view_mode = mode
        with self.view.keeping_place():
            self.view.setColumnHidden(ORIGINAL, mode == "translation")
            self.view.setColumnHidden(TRANSLATION, mode == "original")
            self.view.relayout()
        self.find_bar.refresh()

    def set_swapped(self, swapped: bool) -> None:
        """The translation on the left (swapped) or the right."""
        self.settings.swap_sides = swapped
        header = self.view.header()
        want = [TRANSLATION, ORIGINAL] if swapped else [ORIGINAL, TRANSLATION]
        if header.logicalIndex(0) != want[0]:
            header.swapSections(0, 1)
        self.view.viewport().update()

    def set_clean(self, clean: bool) -> None:
        """Fillers, stutters and repeats left out (clean), or the verbatim transcript."""
        self.settings.clean = clean
        with self.view.keeping_place():
            self.model.set_clean(clean)
        self.find_bar.refresh()

    def set_timestamps(self, show: bool) -> None:
        self.settings.show_timestamps = show
        with self.view.keeping_place():
            self.view.delegate.show_timestamps = show
            self.view.relayout()

    def zoom(self, step: int | None) -> None:
        """Make the text *step* points larger (smaller when negative); None: the usual size."""
        zoom = 0 if step is None else max(MIN_ZOOM, min(MAX_ZOOM, self.settings.zoom + step))
        self.settings.zoom = zoom
        self._apply_zoom()

    def reader_font(self) -> QFont:
        """The window's font, two points larger, plus the zoom."""
        font = QFont(cast(QWidget, self.parent()).font())
        base = font.pointSizeF() if font.pointSizeF() > 0 else 10.0
        font.setPointSizeF(max(6.0, base + 2 + self.settings.zoom))
        return font

    def _apply_zoom(self) -> None:
        with self.view.keeping_place():
            self.view.delegate.set_font(self.reader_font())
            if self.model.rowCount():
                self.view.relayout()
