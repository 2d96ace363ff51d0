"""Translation engines (Talk ▸ Translation Engines…, or Preferences): which engine
translates each direction, and the servers the user added.

A table of the library's engines — the built-in Argos packages, then the LibreTranslate and
chat servers added — with what each is, where it is, the directions it is used for and
whether it is ready. Readiness is asked off the GUI thread (:func:`engine_ops.check`), each
answer filling its row as it comes; closing the dialog stops the checks. Every change
(add, edit, remove, the choice of a direction) is an operation, one undoable action named in
Edit ▸ Undo, and ends in a ``LibraryChange`` the dialog follows like every other pane — so
Ctrl+Z here takes back a choice and the table shows it. A setting the core refuses (a bad
address, a name taken, a prompt without ``{sentences}``) is said in the engine's own
dialog, which stays open to fix it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reader.core.errors import ReaderError
from reader.core.translate import engine_settings as es
from reader.core.translate.engine_settings import EngineConfig
from reader.gui.dialogs.errors import report_failure
from reader.gui.engines import engine_label
from reader.gui.language_names import direction_label
from reader.gui.operations import LibraryChange, Operations
from reader.gui.operations import engines as engine_ops

if TYPE_CHECKING:
    from reader.core.translate.engines import Readiness
    from reader.gui.tasks import Failure, OpHandle

NAME, KIND, WHERE, USED_FOR, STATUS = range(5)


def kind_name(kind: str) -> str:
    return {
        es.ARGOS: QCoreApplication.translate("EnginesDialog", "Argos packages"),
        es.LIBRETRANSLATE: QCoreApplication.translate("EnginesDialog", "LibreTranslate"),
        es.CHAT: QCoreApplication.translate("EnginesDialog", "Chat server"),
    }.get(kind, kind)


def kind_description(kind: str) -> str:
    """What an engine of *kind* can do, in a sentence (the CLI's ``engines list`` says the same)."""
    return {
        es.ARGOS: QCoreApplication.translate(
            "EnginesDialog",
            "Argos Translate packages on this computer: offline and fast, the rows on screen first; "
            "glossary terms are kept through placeholders.",
        ),
        es.LIBRETRANSLATE: QCoreApplication.translate(
            "EnginesDialog",
            "A LibreTranslate server you run: sentences sent in batches, retried when the server is busy; "
            "glossary terms are kept through placeholders.",
        ),
        es.CHAT: QCoreApplication.translate(
            "EnginesDialog",
            "An OpenAI-compatible chat server you run (Ollama, llama-server, LM Studio, vLLM): numbered "
            "sentences with their context, streamed; the glossary goes into the prompt.",
        ),
    }.get(kind, "")


def directions_text(directions: Sequence[tuple[str, str]]) -> str:
    return ", ".join(direction_label(*d) for d in directions)


class EngineEditDialog(QDialog):
    """Asks for one server engine's settings: name, address, API key, and for a chat server
    the model and the prompt template. The owner saves them (:attr:`submitted`) and either
    closes the dialog or shows what was wrong (:meth:`show_error`)."""

    #: The settings to save: an :class:`EngineConfig`.
    submitted = Signal(object)

    def __init__(self, kind: str, parent: QWidget | None = None, engine: EngineConfig | None = None) -> None:
        from reader.core.translate.prompt import DEFAULT_PROMPT

        super().__init__(parent)
        self.setObjectName("engineEditDialog")
        self.kind = kind
        self.engine = engine
        self.default_prompt = DEFAULT_PROMPT
        chat = kind == es.CHAT
        if engine is not None:
            self.setWindowTitle(self.tr("Edit Engine “%1”").replace("%1", engine.name))
        else:
            self.setWindowTitle(self.tr("Add Chat Server") if chat else self.tr("Add LibreTranslate Server"))
        about = QLabel(kind_description(kind), self)
        about.setWordWrap(True)
        self.name = QLineEdit(engine.name if engine else "", self)
        self.name.setObjectName("engineName")
        self.name.setMaxLength(es.NAME_LIMIT)
        self.name.setPlaceholderText(self.tr("e.g. ollama"))
        self.name.setEnabled(engine is None)  # a name is how history and the CLI know it
        self.url = QLineEdit(engine.url if engine else "", self)
        self.url.setObjectName("engineUrl")
        self.url.setPlaceholderText("http://localhost:11434" if chat else "http://localhost:5000")
        self.api_key = QLineEdit((engine.api_key or "") if engine else "", self)
        self.api_key.setObjectName("engineApiKey")
        self.api_key.setEchoMode(QLineEdit.EchoMode.Password)
        self.api_key.setPlaceholderText(self.tr("only if the server asks for one"))
        form = QFormLayout()
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Server address:"), self.url)
        form.addRow(self.tr("API key:"), self.api_key)
        key_note = QLabel(self.tr("The key is stored in the library file, as typed."), self)
        key_note.setEnabled(False)
        key_note.setWordWrap(True)
        form.addRow("", key_note)
        self.model: QLineEdit | None = None
        self.prompt: QPlainTextEdit | None = None
        if chat:
            self.model = QLineEdit((engine.model or "") if engine else "", self)
            self.model.setObjectName("engineModel")
            self.model.setPlaceholderText(self.tr("e.g. qwen2.5:7b"))
            form.addRow(self.tr("Model:"), self.model)
            self.prompt = QPlainTextEdit(self)
            self.prompt.setObjectName("enginePrompt")
            self.prompt.setPlainText((engine.prompt if engine else None) or DEFAULT_PROMPT)
            self.prompt.setMinimumHeight(160)
            self.reset_prompt = QPushButton(self.tr("Reset to Default"), self)
            self.reset_prompt.setObjectName("engineResetPrompt")
            self.reset_prompt.clicked.connect(lambda _checked=False: self.prompt.setPlainText(DEFAULT_PROMPT))
            fields = QLabel(
                self.tr("Fields: %1. Only {sentences} is required.").replace(
                    "%1", "{source_lang} {target_lang} {glossary} {context} {sentences}"
                ),
                self,
            )
            fields.setWordWrap(True)
            fields.setEnabled(False)
            # Two lines at the dialog's width: a form row would otherwise get one (and clip).
            fields.setMinimumHeight(fields.fontMetrics().lineSpacing() * 2 + 4)
            prompt_row = QHBoxLayout()
            prompt_row.addWidget(fields, 1)
            prompt_row.addWidget(self.reset_prompt)
            form.addRow(self.tr("Prompt:"), self.prompt)
            form.addRow("", prompt_row)
        self.error = QLabel(self)
        self.error.setObjectName("engineError")
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setStyleSheet("color: palette(bright-text); background: #b3261e; padding: 6px; border-radius: 4px")
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addLayout(form, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        for field in (self.name, self.url, self.api_key, self.model):
            if field is not None:
                field.textChanged.connect(self._update)
                # Return saves from any field, also after a refusal disabled Save for a moment.
                field.returnPressed.connect(self.submit)
        self._update()
        self.resize(620 if chat else 480, self.sizeHint().height())
        (self.url if engine else self.name).setFocus()

    def _update(self) -> None:
        self.error.hide()
        needed = [self.name, self.url] + ([self.model] if self.model is not None else [])
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setEnabled(all(field.text().strip() for field in needed))

    def config(self) -> EngineConfig:
        """The settings as typed (the core checks them when they are saved)."""
        prompt = self.prompt.toPlainText() if self.prompt is not None else None
        return EngineConfig(
            name=self.name.text().strip(),
            kind=self.kind,
            url=self.url.text().strip(),
            model=self.model.text().strip() if self.model is not None else None,
            api_key=self.api_key.text().strip() or None,
            # The default template is stored as "the default", so a better default reaches it.
            prompt=None if prompt is None or prompt.strip() == self.default_prompt.strip() else prompt,
        )

    def submit(self) -> None:
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        if save.isEnabled():
            save.setEnabled(False)  # until the core answered
            self.submitted.emit(self.config())

    def show_error(self, text: str) -> None:
        """The core refused the settings: say why, and let the user fix them."""
        self._update()
        self.error.setText(text)
        self.error.show()
        # Room for the message: the form keeps its height rather than squeezing the prompt's notes.
        self.resize(self.width(), max(self.height(), self.sizeHint().height()))


class EnginesDialog(QDialog):
    """The engines, their readiness, and the engine of each direction."""

    #: A readiness check answered: engine name, :class:`Readiness` (the window's menus use it too).
    checked = Signal(str, object)
    #: The engines or a direction's choice changed (an edit made here).
    changed = Signal()

    def __init__(self, ops: Operations, parent: QWidget | None = None, *, actions: Sequence[QAction] = ()) -> None:
        super().__init__(parent)
        self.setObjectName("enginesDialog")
        self.setWindowTitle(self.tr("Translation Engines"))
        self.ops = ops
        self.engines: engine_ops.EngineList | None = None
        self.readiness: dict[str, Readiness | None] = {}
        #: The settings each engine had when it was last checked (a change asks again).
        self._checked_as: dict[str, EngineConfig] = {}
        self._checks: list[OpHandle] = []
        self._closed = False
        #: An engine to select once the table shows it (one just added).
        self._select_after: str | None = None
        # Edit ▸ Undo and Redo work here too: a choice made here is taken back here.
        self.addActions(list(actions))
        intro = QLabel(
            self.tr(
                "Talks are translated on this computer with Argos packages, unless you choose a server you run "
                "for a direction. Rows another engine made stay as they are: use “Translate Again With” in the "
                "reader to redo them. Your own translations are never replaced."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("enginesTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Kind"), self.tr("Address and model"), self.tr("Used for"), self.tr("Status")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for column in (NAME, KIND, WHERE, USED_FOR):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(STATUS, QHeaderView.ResizeMode.Stretch)  # what room is left
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.itemDoubleClicked.connect(lambda _item: self.edit_selected())
        self.about = QLabel(self)
        self.about.setObjectName("engineAbout")
        self.about.setWordWrap(True)
        self.about.setMinimumHeight(self.fontMetrics().lineSpacing() * 2)
        buttons = QHBoxLayout()
        self.add_lt_button = self._button(self.tr("Add &LibreTranslate…"), self.add_libretranslate, "addLibreTranslate")
        self.add_chat_button = self._button(self.tr("Add C&hat Server…"), self.add_chat, "addChatServer")
        self.edit_button = self._button(self.tr("&Edit…"), self.edit_selected, "editEngine")
        self.remove_button = self._button(self.tr("&Remove"), self.remove_selected, "removeEngine")
        self.check_button = self._button(self.tr("Chec&k Again"), self.check_selected, "checkEngine")
        for button in (self.add_lt_button, self.add_chat_button, self.edit_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.check_button)
        choices = QGroupBox(self.tr("Translate each direction with"), self)
        choice_form = QFormLayout(choices)
        self.choosers: dict[tuple[str, str], QComboBox] = {}
        for direction in es.DIRECTIONS:
            combo = QComboBox(choices)
            combo.setObjectName(f"chooser-{es.direction_text(direction)}")
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.activated.connect(lambda _index, d=direction: self._chosen(d))
            self.choosers[direction] = combo
            choice_form.addRow(direction_label(*direction) + ":", combo)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.about)
        layout.addLayout(buttons)
        layout.addWidget(choices)
        layout.addWidget(close)
        self.resize(820, 520)
        self._selection_changed()
        ops.changed.connect(self._library_changed)
        self.finished.connect(self._closing)
        self.reload()

    def _button(self, text: str, slot: Callable[[], object], name: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    # -- following the library -----------------------------------------------------------

    def _library_changed(self, change: LibraryChange) -> None:
        if not self._closed and (change.engines or change.everything):
            self.reload()

    def _closing(self, _result: int) -> None:
        self._closed = True
        self.ops.changed.disconnect(self._library_changed)
        for handle in self._checks:
            handle.cancel()  # a server that takes its time is not waited for

    def reload(self) -> None:
        engine_ops.load(self.ops, self._show)

    def _show(self, engines: engine_ops.EngineList) -> None:
        if self._closed:
            return
        selected = self.selected()
        if self._select_after is not None:
            selected, self._select_after = engines.named(self._select_after) or selected, None
        self.engines = engines
        self.table.setRowCount(len(engines.engines))
        for row, config in enumerate(engines.engines):
            where = self.tr("this computer")
            if config.url:
                where = config.url + (f" · {config.model}" if config.model else "")
            cells = (
                engine_label(config.name),
                kind_name(config.kind),
                where,
                directions_text(engines.uses(config.name)) or "—",
                "",
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, config.name)
                self.table.setItem(row, column, item)
            self._show_readiness(row, config.name)
            if selected is not None and config.name == selected.name:
                self.table.selectRow(row)
        for direction, combo in self.choosers.items():
            combo.clear()
            for config in engines.engines:
                combo.addItem(engine_label(config.name), config.name)
            combo.setCurrentIndex(max(0, combo.findData(engines.chosen[direction].name)))
        self._selection_changed()
        stale = [c for c in engines.engines if self._checked_as.get(c.name) != c]
        if stale:
            self.check(stale)

    def _show_readiness(self, row: int, name: str) -> None:
        item = self.table.item(row, STATUS)
        if item is None:
            return
        if name not in self.readiness or self.readiness[name] is None:
            item.setText(self.tr("Checking…"))
            item.setToolTip("")
            return
        readiness = self.readiness[name]
        assert readiness is not None
        if readiness.ready:
            item.setText(self.tr("Ready: %1").replace("%1", directions_text(readiness.directions)))
            item.setToolTip(readiness.detail)
        else:
            reason = str(readiness.error) if readiness.error is not None else readiness.detail
            item.setText(self.tr("Not ready: %1").replace("%1", reason))
            item.setToolTip(reason)

    def row_of(self, name: str) -> int | None:
        if self.engines is None:
            return None
        return next((row for row, c in enumerate(self.engines.engines) if c.name == name), None)

    def status_text(self, name: str) -> str:
        """What the Status column says of the engine *name* (tests, screenshots)."""
        row = self.row_of(name)
        item = self.table.item(row, STATUS) if row is not None else None
        return item.text() if item is not None else ""

    def selected(self) -> EngineConfig | None:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        if not rows or self.engines is None or min(rows) >= len(self.engines.engines):
            return None
        return self.engines.engines[min(rows)]

    def _selection_changed(self) -> None:
        config = self.selected()
        editable = config is not None and not config.builtin
        self.edit_button.setEnabled(editable)
        self.remove_button.setEnabled(editable)
        self.check_button.setEnabled(config is not None)
        if config is None:
            self.about.setText(self.tr("Select an engine."))
            return
        # The status in full (the column may be too narrow for a server's error).
        status = self.status_text(config.name)
        self.about.setText(kind_description(config.kind) + ("\n" + status if status else ""))

    # -- readiness -----------------------------------------------------------------------

    def check(self, configs: Sequence[EngineConfig]) -> None:
        """Ask these engines whether they are ready; each row says so when its answer comes."""
        for config in configs:
            self.readiness[config.name] = None
            self._checked_as[config.name] = config
            row = self.row_of(config.name)
            if row is not None:
                self._show_readiness(row, config.name)
        self._checks = [h for h in self._checks if not h.finished]
        label = self.tr("Checking engines")
        self._checks.append(engine_ops.check(self, self.ops, configs, self._checked, label=label))

    def _checked(self, name: str, readiness: Readiness) -> None:
        if self._closed:
            return
        self.readiness[name] = readiness
        row = self.row_of(name)
        if row is not None:
            self._show_readiness(row, name)
            selected = self.selected()
            if selected is not None and selected.name == name:
                self._selection_changed()
        self.checked.emit(name, readiness)

    def check_selected(self) -> None:
        config = self.selected()
        if config is not None:
            self.check([config])

    # -- changing ------------------------------------------------------------------------

    def _done(self, _result: object = None) -> None:
        if not self._closed:
            self.changed.emit()

    def add_libretranslate(self) -> EngineEditDialog:
        return self._open_editor(es.LIBRETRANSLATE, None)

    def add_chat(self) -> EngineEditDialog:
        return self._open_editor(es.CHAT, None)

    def edit_selected(self) -> EngineEditDialog | None:
        config = self.selected()
        if config is None or config.builtin:
            return None
        return self._open_editor(config.kind, config)

    def _open_editor(self, kind: str, engine: EngineConfig | None) -> EngineEditDialog:
        dialog = EngineEditDialog(kind, self, engine)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.submitted.connect(lambda config: self._save(dialog, engine, config))
        dialog.open()
        return dialog

    def _save(self, dialog: EngineEditDialog, before: EngineConfig | None, config: EngineConfig) -> None:
        def saved(result: EngineConfig) -> None:
            dialog.accept()
            self._done()
            self._select(result.name)

        def failed(failure: Failure) -> None:
            if isinstance(failure.exception, ReaderError):
                dialog.show_error(str(failure.exception))
            else:
                dialog.show_error("")
                report_failure(self, failure)

        if before is None:
            engine_ops.add(self.ops, config, on_done=saved, on_failure=failed)
            return
        changes = {"url": config.url, "api_key": config.api_key}
        if config.kind == es.CHAT:
            changes |= {"model": config.model, "prompt": config.prompt}
        engine_ops.edit(self.ops, before.name, changes, on_done=saved, on_failure=failed)

    def _select(self, name: str) -> None:
        """Select *name* now, or once the reload under way shows it."""
        row = self.row_of(name)
        if row is not None:
            self.table.selectRow(row)
        self._select_after = name

    def remove_selected(self) -> None:
        config = self.selected()
        if config is not None and not config.builtin:
            engine_ops.remove(self.ops, config.name, on_done=self._done)

    def _chosen(self, direction: tuple[str, str]) -> None:
        name = self.choosers[direction].currentData()
        if self.engines is not None and name != self.engines.chosen[direction].name:
            engine_ops.choose(self.ops, direction, name, on_done=self._done)
