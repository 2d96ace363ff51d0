"""Highlights and notes in the window: from a request (menu, shortcut, panel) to the library.

:class:`NotesController` turns the reader's and the notes panel's requests into operations
on the database writer (:mod:`reader.core.notes` does the work), and puts each result into
the reader's model, which repaints the passage's rows only and tells the panel. Deleting
is an action of the library's history like any edit: Undo (Ctrl+Z) puts the note back.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QWidget

from reader.core import notes as core_notes
from reader.core.notes import DEFAULT_COLOR, NoteInfo, NoteNotFound
from reader.gui.dialogs.confirm import ask
from reader.gui.dialogs.errors import report_failure
from reader.gui.models.talk_data import load_notes
from reader.gui.operations import LibraryChange, Operations
from reader.gui.tasks import Failure, Lane, Op

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDockWidget

    from reader.gui.models.reader_model import ReaderModel
    from reader.gui.widgets.notes_panel import NotesPanel
    from reader.gui.widgets.reader_view import ReaderView


class NotesController(QObject):
    """The window's notes logic; owns no widgets but the note editor dialogs it opens.

    It is given what it works on — the operations runner, the reader's model and view, the
    notes panel and its dock — and says what it did through :attr:`status`, so it never
    reaches into the window.
    """

    #: A short message for the status bar: text, milliseconds to show it.
    status = Signal(str, int)

    def __init__(
        self,
        ops: Operations,
        model: ReaderModel,
        view: ReaderView,
        panel: NotesPanel,
        dock: QDockWidget,
        parent: QObject,
    ) -> None:
        super().__init__(parent)
        self.last_color = DEFAULT_COLOR
        self.ops = ops
        self.model = model
        self.view = view
        self.panel = panel
        self.dock = dock
        view.highlight_requested.connect(self.add)
        view.note_requested.connect(self.new_note)
        view.note_edit_requested.connect(self.edit)
        view.note_delete_requested.connect(self.delete)
        panel.note_activated.connect(self.show)
        panel.edit_requested.connect(self.edit)
        panel.delete_requested.connect(self.delete)
        # The panel may share a tab with the search results: showing it brings it to the front.
        dock.toggleViewAction().triggered.connect(self._on_panel_toggled)

    def _on_panel_toggled(self, checked: bool) -> None:
        if checked:
            self.dock.raise_()

    def _dialog_parent(self) -> QWidget:
        """The window the reader is in: the editors and questions open over it."""
        return self.view.window()

    def _status(self, text: str, ms: int = 3000) -> None:
        self.status.emit(text, ms)

    def _write(self, fn: Callable[[Any], object], on_done: Callable[[object], object]) -> None:
        # The reader's model takes each result itself (one passage repaints); the change
        # announced is empty but for history, so Undo names this edit.
        self.ops.edit(fn, lambda _result: LibraryChange(), on_done=on_done, on_failure=self._failed)

    def _failed(self, failure: Failure) -> None:
        report_failure(self, failure)
        if isinstance(failure.exception, NoteNotFound):
            self.reload()  # changed elsewhere (the CLI, another window): show what is stored

    def on_library_changed(self, change: LibraryChange) -> None:
        """An edit, undo or redo changed notes: read the open talk's again, unless the talk
        view reloads the whole talk (notes and all) for the same change."""
        if change.notes and not change.touches(self.model.talk_id):
            self.reload()

    def reload(self) -> None:
        """Read the open talk's notes again."""
        talk_id = self.model.talk_id
        if talk_id is None:
            return
        library = self.ops.library
        Op(self, lambda _ctx: load_notes(library, talk_id), lane=Lane.READ, manager=self.ops.manager).on_success(
            lambda notes: self.model.set_notes(talk_id, notes)
        ).run()

    # -- from the reader's selection --------------------------------------------------------
    def _selection(self) -> tuple[int, int] | None:
        selected = self.view.selected_range()
        if selected is None:
            self._status(self.tr("Click a sentence first (shift-click or drag to take several)."), 4000)
        return selected

    def highlight_selection(self, color: str | None = None) -> None:
        selected = self._selection()
        if selected is not None:
            self.add(selected[0], selected[1], color or self.last_color)

    def note_on_selection(self) -> None:
        selected = self._selection()
        if selected is None:
            return
        exact = [n for n in self.model.notes_at(selected[0]) if (n.first_segment_id, n.last_segment_id) == selected]
        if exact:
            self.edit(exact[0].id)  # the sentence is highlighted already: write on that highlight
        else:
            self.new_note(*selected)

    # -- operations ----------------------------------------------------------------------
    def add(self, first_id: int, last_id: int, color: str, text: str = "") -> None:
        talk_id = self.model.talk_id
        if talk_id is None:
            return
        self.last_color = color

        def done(info: NoteInfo) -> None:
            self.model.upsert_note(info)
            self.panel.select_note(info.id)
            self._status(self.tr("Note saved.") if info.text else self.tr("Highlighted."))

        self._write(lambda s: core_notes.add_note(s, talk_id, first_id, last_id, text=text, color=color), done)

    def new_note(self, first_id: int, last_id: int) -> None:
        from reader.gui.dialogs.note_editor import NoteEditorDialog

        passage = self.model.passage(first_id, last_id)
        dialog = NoteEditorDialog(passage, self.last_color, "", new=True, parent=self._dialog_parent())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda color, text: self.add(first_id, last_id, color, text))
        dialog.open()

    def edit(self, note_id: int) -> None:
        from reader.gui.dialogs.note_editor import NoteEditorDialog

        note = self.model.note(note_id)
        if note is None:
            return
        passage = self.model.passage(note.first_segment_id, note.last_segment_id)
        dialog = NoteEditorDialog(passage, note.color, note.text, new=False, parent=self._dialog_parent())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda color, text: self.save(note_id, color, text))
        dialog.open()

    def save(self, note_id: int, color: str, text: str) -> None:
        self.last_color = color

        def done(info: NoteInfo) -> None:
            self.model.upsert_note(info)
            self._status(self.tr("Note saved."))

        self._write(lambda s: core_notes.edit_note(s, note_id, text=text, color=color), done)

    def delete(self, note_id: int) -> None:
        note = self.model.note(note_id)
        if note is None:
            return
        if note.text:
            title, question, yes = (
                self.tr("Delete Note"),
                self.tr("Delete this note and its highlight?"),
                self.tr("Delete"),
            )
        else:
            title, question, yes = (self.tr("Remove Highlight"), self.tr("Remove this highlight?"), self.tr("Remove"))
        ask(
            self._dialog_parent(),
            title,
            question,
            lambda: self._delete(note),
            yes_text=yes,
            informative=self.tr("You can undo this with Ctrl+Z."),
            destructive=True,
        )

    def _delete(self, note: NoteInfo) -> None:
        def done(_result: object) -> None:
            self.model.remove_note(note.id)
            self._status(self.tr("Note deleted. Undo with Ctrl+Z."), 8000)

        self._write(lambda s: core_notes.delete_note(s, note.id), done)

    def show(self, note_id: int) -> None:
        """Bring a note's passage on screen, selected, with the keyboard focus in the reader."""
        note = self.model.note(note_id)
        if note is None:
            return
        self.view.select_passage(note.first_segment_id, note.last_segment_id)
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
