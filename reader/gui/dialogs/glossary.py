"""The library's glossary (Edit → Glossary…): terms every translation must honour.

A table of the entries with Add, Edit, Remove, Import and Export. Every change runs as an
operation (:mod:`reader.gui.operations.glossary`), so it is one undoable action, and the
window translates again the sentences holding a changed term. :class:`GlossaryEntryDialog`
asks for one entry; the reader's "Add to Glossary…" opens it with the selected words.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reader.core import glossary
from reader.core.glossary import Entry
from reader.gui.language_names import direction_label
from reader.gui.operations import Operations
from reader.gui.operations import glossary as glossary_ops

TERM, TRANSLATION, DIRECTION, CASE, NOTE = range(5)


class GlossaryEntryDialog(QDialog):
    """Asks for one entry: the term, its translation (empty: keep as is), its language, case, note."""

    # (term, translation or None, source language or None for "from the term", case sensitive, note)
    accepted_entry = Signal(str, object, object, bool, str)

    def __init__(self, parent: QWidget | None = None, entry: Entry | None = None, term: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("glossaryEntryDialog")
        self.setWindowTitle(self.tr("Edit Glossary Entry") if entry else self.tr("Add to Glossary"))
        self.term = QLineEdit(entry.term if entry else " ".join(term.split()), self)
        self.term.setObjectName("glossaryTerm")
        self.term.setMaxLength(glossary.TERM_LIMIT)
        self.translation = QLineEdit((entry.translation or "") if entry else "", self)
        self.translation.setObjectName("glossaryTranslation")
        self.translation.setMaxLength(glossary.TERM_LIMIT)
        self.translation.setPlaceholderText(self.tr("empty: keep the term as it is"))
        self.direction = QComboBox(self)
        self.direction.setObjectName("glossaryDirection")
        self.direction.addItem(self.tr("From the term's script"), None)
        for source in glossary.LANGS:
            target = "en" if source == "zh" else "zh"
            self.direction.addItem(direction_label(source, target), source)
        if entry is not None:
            self.direction.setCurrentIndex(self.direction.findData(entry.source_lang))
        self.case = QCheckBox(self.tr("Match case"), self)
        self.case.setObjectName("glossaryCase")
        self.case.setChecked(bool(entry and entry.case_sensitive))
        self.note = QLineEdit(entry.note if entry else "", self)
        self.note.setObjectName("glossaryNote")
        self.note.setMaxLength(glossary.NOTE_LIMIT)
        form = QFormLayout()
        form.addRow(self.tr("Term:"), self.term)
        form.addRow(self.tr("Translation:"), self.translation)
        form.addRow(self.tr("Found in:"), self.direction)
        form.addRow("", self.case)
        form.addRow(self.tr("Note:"), self.note)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.term.textChanged.connect(self._update)
        self._update()
        self.resize(460, self.sizeHint().height())
        (self.translation if term or entry else self.term).setFocus()

    def _update(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.term.text().strip()))

    def _accept(self) -> None:
        if not self.term.text().strip():
            return
        self.accepted_entry.emit(
            self.term.text(),
            self.translation.text().strip() or None,
            self.direction.currentData(),
            self.case.isChecked(),
            self.note.text(),
        )
        self.accept()


class GlossaryDialog(QDialog):
    """The glossary's entries, with the buttons that change them."""

    # The glossary changed (an entry added, edited, removed, or a file imported).
    changed = Signal()

    def __init__(self, ops: Operations, talk_id: Callable[[], int | None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("glossaryDialog")
        self.setWindowTitle(self.tr("Glossary"))
        self.ops = ops
        self.talk_id = talk_id
        self.entries: list[Entry] = []
        # What the last import or export did, shown after the count of entries.
        self.note = ""
        intro = QLabel(
            self.tr(
                "Terms every translation must honour: a term found in a sentence comes out as its translation, "
                "or unchanged when it has none. Sentences holding a changed term are translated again; "
                "your own translations are never replaced, only marked when they lack a term."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("glossaryTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Term"), self.tr("Translation"), self.tr("Languages"), self.tr("Case"), self.tr("Note")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(NOTE, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemDoubleClicked.connect(lambda _item: self.edit_selected())
        self.status = QLabel(self)
        self.status.setObjectName("glossaryStatus")
        buttons = QHBoxLayout()
        self.add_button = self._button(self.tr("&Add…"), self.add_entry, "glossaryAdd")
        self.edit_button = self._button(self.tr("&Edit…"), self.edit_selected, "glossaryEdit")
        self.remove_button = self._button(self.tr("&Remove"), self.remove_selected, "glossaryRemove")
        self.import_button = self._button(self.tr("&Import…"), self.choose_import, "glossaryImport")
        self.export_button = self._button(self.tr("E&xport…"), self.choose_export, "glossaryExport")
        for button in (self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.export_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addWidget(close)
        self.resize(720, 460)
        self._update_buttons()
        # An undo or redo (or an edit made elsewhere) may change the glossary too.
        self._closed = False
        ops.changed.connect(self._library_changed)
        self.finished.connect(self._closing)
        self.reload()

    def _library_changed(self, _change: object) -> None:
        if not self._closed:
            self.reload()

    def _closing(self, _result: int) -> None:
        self._closed = True
        self.ops.changed.disconnect(self._library_changed)

    def _button(self, text: str, slot: Callable[[], None], name: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    # -- showing -------------------------------------------------------------------------

    def reload(self) -> None:
        glossary_ops.load(self.ops, self._show)

    def _show(self, entries: list[Entry]) -> None:
        if self._closed:  # the entries were read while the dialog closed
            return
        selected = self.selected()
        self.entries = entries
        self.table.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            cells = (
                entry.term,
                entry.translation if entry.translation is not None else self.tr("(keep as is)"),
                direction_label(entry.source_lang, entry.target_lang),
                self.tr("match case") if entry.case_sensitive else "",
                entry.note,
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == TRANSLATION and entry.keep:
                    item.setForeground(self.palette().placeholderText())
                item.setData(Qt.ItemDataRole.UserRole, entry.id)
                self.table.setItem(row, column, item)
            if selected is not None and entry.id == selected.id:
                self.table.selectRow(row)
        self.table.resizeColumnsToContents()
        self._show_status()
        self._update_buttons()

    def _show_status(self) -> None:
        count = self.tr("%n entries", "", len(self.entries))
        self.status.setText(f"{count} · {self.note}" if self.note else count)

    def selected(self) -> Entry | None:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        return self.entries[min(rows)] if rows and min(rows) < len(self.entries) else None

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        self.edit_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    def _done(self, _result: object = None) -> None:
        if not self._closed:
            self.changed.emit()

    # -- changing ------------------------------------------------------------------------

    def add_entry(self, term: str = "") -> GlossaryEntryDialog:
        dialog = GlossaryEntryDialog(self, term=term)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted_entry.connect(self.apply_add)
        dialog.open()
        return dialog

    def apply_add(self, term: str, translation: str | None, source: str | None, case: bool, note: str) -> None:
        glossary_ops.add(
            self.ops,
            self.talk_id(),
            term,
            translation,
            source_lang=source,
            case_sensitive=case,
            note=note,
            on_done=self._done,
        )

    def edit_selected(self) -> GlossaryEntryDialog | None:
        entry = self.selected()
        if entry is None:
            return None
        dialog = GlossaryEntryDialog(self, entry=entry)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted_entry.connect(
            lambda term, translation, source, case, note: self.apply_edit(entry, term, translation, source, case, note)
        )
        dialog.open()
        return dialog

    def apply_edit(
        self, entry: Entry, term: str, translation: str | None, source: str | None, case: bool, note: str
    ) -> None:
        changes: dict[str, object] = {"term": term, "translation": translation, "case_sensitive": case, "note": note}
        if source is not None and source != entry.source_lang:
            changes["source_lang"] = source
        glossary_ops.edit(self.ops, self.talk_id(), entry.id, changes, on_done=self._done)

    def remove_selected(self) -> None:
        entry = self.selected()
        if entry is not None:
            glossary_ops.remove(self.ops, self.talk_id(), entry.id, on_done=self._done)

    def choose_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import Glossary"), "", self.tr("Glossaries (*.csv *.tsv *.txt);;All files (*)")
        )
        if path:
            self.import_file(path)

    def import_file(self, path: str) -> None:
        def imported(summary: glossary.ImportSummary) -> None:
            if self._closed:
                return
            self.changed.emit()
            self.note = (
                self.tr("Imported: %1 added, %2 updated, %3 already there.")
                .replace("%1", str(summary.added))
                .replace("%2", str(summary.updated))
                .replace("%3", str(summary.unchanged))
            )
            self._show_status()

        glossary_ops.import_file(self.ops, self.talk_id(), path, on_done=imported)

    def choose_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export Glossary"),
            "glossary.csv",
            self.tr("CSV (*.csv);;Tab-separated (*.tsv);;Text, two lines per entry (*.txt)"),
        )
        if path:
            self.export_file(path)

    def export_file(self, path: str) -> None:
        def written(count: int) -> None:
            if self._closed:
                return
            self.note = self.tr("Wrote %n entries to %1", "", count).replace("%1", path)
            self._show_status()

        glossary_ops.export_file(self.ops, path, written)
