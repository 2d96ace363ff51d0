"""The main window: lays out the panes, wires menus and shortcuts to what carries them out.

The window itself loads, translates and searches nothing: each of those is a controller of
its own, given the widgets it drives (:mod:`reader.gui.talk_list`, :mod:`reader.gui.talk_view`,
:mod:`reader.gui.talk_translation`, :mod:`reader.gui.library_search`, :mod:`reader.gui.notes`),
and every edit is an operation (:mod:`reader.gui.operations`) whose :class:`LibraryChange`
each of them follows. None of them runs database or translation work on the GUI thread
(see :mod:`reader.gui.tasks`). ``tests/unit/test_layers.py`` keeps it that way.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDockWidget,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from reader import APP_NAME
from reader.gui.dialogs.confirm import ask
from reader.gui.dialogs.errors import report_failure
from reader.gui.engines import EngineStatus, fill_again_menu
from reader.gui.history_actions import HistoryController
from reader.gui.importing import ImportController
from reader.gui.library_search import LibrarySearchController
from reader.gui.models.reader_model import ReaderModel
from reader.gui.models.talk_list import TalkListModel
from reader.gui.notes import NotesController
from reader.gui.operations import Operations
from reader.gui.operations import talks as talk_ops
from reader.gui.operations import text as text_ops
from reader.gui.reading_options import ReadingOptionsController
from reader.gui.settings import Settings
from reader.gui.shortcuts import key_sequences
from reader.gui.talk_list import TalkListController
from reader.gui.talk_translation import TalkTranslationController
from reader.gui.talk_view import TalkViewController
from reader.gui.tasks import Failure, TaskManager
from reader.gui.translation import TranslationController
from reader.gui.widgets.find_bar import FindBar
from reader.gui.widgets.library_pane import LibraryPane
from reader.gui.widgets.notes_panel import NotesPanel
from reader.gui.widgets.progress import ProgressWidget
from reader.gui.widgets.reader_view import ReaderView
from reader.gui.widgets.search_panel import SearchPanel
from reader.gui.widgets.talk_header import Banner, TalkHeader
from reader.gui.widgets.welcome import WelcomeView

if TYPE_CHECKING:
    from reader.core.db import Library


def elided(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


IMPORT_SUFFIXES = {".txt", ".md", ".markdown", ".srt", ".vtt", ".text"}


class MainWindow(QMainWindow):
    """Lays out the panes and wires menus, shortcuts and the panes' requests to the
    controllers and operations that carry them out."""

    #: The user picked another UI language or theme in preferences.
    preferences_applied = Signal(str, str)
    #: Emitted after a talk's rows are on screen (benchmarks, tests): talk id.
    talk_shown = Signal(int)
    #: The talk list was (re)loaded.
    talks_loaded = Signal()

    def __init__(
        self,
        library: Library,
        settings: Settings,
        manager: TaskManager | None = None,
        translator: TranslationController | None = None,
    ) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.library = library
        self.settings = settings
        self.manager = manager or TaskManager.instance()
        self.translation = translator or TranslationController(library, self.manager, self)
        #: Where every edit starts, and the one "library changed" signal it ends in.
        self.ops = Operations(library, self.manager, self)
        self.setWindowTitle(APP_NAME)
        self.setAcceptDrops(True)
        self.talk_model = TalkListModel(self)
        self.reader_model = ReaderModel(self)
        self.reader_model.headers = (self.tr("Original"), self.tr("Translation"))
        self._build_widgets()
        self._build_controllers()
        self._build_actions()
        self._build_menus()
        self._connect()
        self._restore_state()
        self.talk_list.refresh(select=self.settings.last_talk or None)
        self.history.refresh()
        self.engine_status.refresh()

    # -- construction --------------------------------------------------------------------
    def _build_widgets(self) -> None:
        self.library_pane = LibraryPane(self.talk_model, self)
        self.reader_view = ReaderView(self)
        self.reader_view.setModel(self.reader_model)
        self.find_bar = FindBar(self.reader_view, self)
        self.header = TalkHeader(self)
        self.banner = Banner(self)
        self.empty_reader = QLabel(self.tr("Select a talk to start reading."), self)
        self.empty_reader.setObjectName("emptyReader")
        self.empty_reader.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_reader.setEnabled(False)
        reader_area = QWidget(self)
        reader_area.setObjectName("readerArea")
        layout = QVBoxLayout(reader_area)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(self.banner)
        self.reader_stack = QStackedWidget(reader_area)
        self.reader_stack.addWidget(self.empty_reader)
        self.reader_stack.addWidget(self.reader_view)
        layout.addWidget(self.reader_stack, 1)
        layout.addWidget(self.find_bar)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.library_pane)
        self.splitter.addWidget(reader_area)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([280, 920])
        self.splitter.setChildrenCollapsible(False)
        self.library_pane.setMinimumWidth(200)
        self.welcome = WelcomeView(self)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.welcome)
        self.stack.addWidget(self.splitter)
        self.setCentralWidget(self.stack)
        self.search_panel = SearchPanel(self)
        self.search_dock = QDockWidget(self.tr("Search Results"), self)
        self.search_dock.setObjectName("searchDock")
        self.search_dock.setWidget(self.search_panel)
        self.search_dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetClosable | QDockWidget.DockWidgetFeature.DockWidgetMovable
        )
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.search_dock)
        self.search_dock.hide()
        self.notes_panel = NotesPanel(self.reader_model, self)
        self.notes_dock = QDockWidget(self.tr("Notes"), self)
        self.notes_dock.setObjectName("notesDock")
        self.notes_dock.setWidget(self.notes_panel)
        self.notes_dock.setFeatures(self.search_dock.features())
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.notes_dock)
        self.tabifyDockWidget(self.search_dock, self.notes_dock)
        self.notes_dock.hide()
        self.search_field = QLineEdit(self)
        self.search_field.setObjectName("searchField")
        self.search_field.setPlaceholderText(self.tr("Search library (Ctrl+K)"))
        self.search_field.setClearButtonEnabled(True)
        self.search_field.setMinimumWidth(240)
        self.search_field.setMaximumWidth(360)
        self.progress = ProgressWidget(self.manager, self)
        self.statusBar().addPermanentWidget(self.progress)
        self.statusBar().setSizeGripEnabled(False)
        self.resize(1240, 800)

    def _build_controllers(self) -> None:
        """What the panes do, each in a controller given the widgets it drives."""
        #: The open talk: loads it off the GUI thread and shows it.
        self.talk_view = TalkViewController(
            self.ops,
            self.settings,
            self.reader_model,
            self.reader_view,
            self.header,
            self.reader_stack,
            self.empty_reader,
            self.find_bar,
            self,
        )
        # Before anyone else follows the talk view: the list selects the talk first.
        self.talk_view.talk_shown.connect(lambda talk_id: self.library_pane.select_talk(talk_id, quiet=True))
        self.talk_view.talk_shown.connect(self.talk_shown)
        #: The library pane's list, kept on the open talk.
        self.talk_list = TalkListController(self.ops, self.talk_model, self.library_pane, self.talk_view, self)
        #: Background translation of the open talk.
        self.talk_translation = TalkTranslationController(
            self.translation, self.settings, self.reader_model, self.reader_view, self.banner, self.talk_view, self
        )
        #: The toolbar's library search and its results dock.
        self.library_search = LibrarySearchController(
            self.ops, self.search_field, self.search_panel, self.search_dock, self
        )
        #: The View menu's reading options.
        self.reading_options = ReadingOptionsController(
            self.settings, self.reader_model, self.reader_view, self.find_bar, self
        )
        #: The translation engines and whether each is ready, for "Translate Again With".
        self.engine_status = EngineStatus(self.ops, self)
        self.reader_view.again_offers = self.engine_status.offers
        #: Importing files and folders, and the report of how it went.
        self.importer = ImportController(self.ops, self)
        #: Highlights and notes.
        self.notes = NotesController(
            self.ops, self.reader_model, self.reader_view, self.notes_panel, self.notes_dock, self
        )

    def _action(self, text: str, slot, shortcut=None, *, checkable: bool = False, name: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            # Every platform binding of a standard key, each key once (see reader.gui.shortcuts).
            action.setShortcuts(key_sequences(*(shortcut if isinstance(shortcut, list) else [shortcut])))
        action.setCheckable(checkable)
        if name:
            action.setObjectName(name)
        if slot is None:
            pass  # a controller connects it
        elif checkable:
            action.toggled.connect(slot)
        else:
            action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        S = QKeySequence.StandardKey
        self.act_import = self._action(
            self.tr("&Import Transcripts…"), self.importer.choose_files, S.Open, name="actImport"
        )
        self.act_import_folder = self._action(
            self.tr("Import &Folder…"),
            self.importer.choose_folder,
            QKeySequence("Ctrl+Shift+O"),
            name="actImportFolder",
        )
        self.act_models = self._action(self.tr("Translation &Models…"), self.open_models, name="actModels")
        self.act_engines = self._action(self.tr("Translation &Engines…"), self.open_engines, name="actEngines")
        self.act_prefs = self._action(
            self.tr("&Preferences…"), self.open_preferences, [S.Preferences, "Ctrl+,"], name="actPrefs"
        )
        self.act_quit = self._action(self.tr("&Quit"), self.close, [S.Quit, "Ctrl+Q"], name="actQuit")
        self.act_undo = self._action(self.tr("&Undo"), None, S.Undo, name="actUndo")
        self.act_undo.setEnabled(False)
        self.act_redo = self._action(self.tr("&Redo"), None, ["Ctrl+Shift+Z", S.Redo], name="actRedo")
        self.act_redo.setEnabled(False)
        #: Undo and Redo: runs them, names them after what they would do.
        self.history = HistoryController(self.ops, self.act_undo, self.act_redo, self)
        self.act_correct_source = self._action(
            self.tr("Correct &Sentence…"),
            self.correct_source_active,
            QKeySequence("Ctrl+Shift+E"),
            name="actCorrectSource",
        )
        self.act_copy = self._action(self.tr("&Copy"), self.reader_view.copy, name="actCopy")
        self.act_find = self._action(self.tr("&Find in Talk…"), self.find_bar.open_bar, S.Find, name="actFind")
        self.act_find_next = self._action(
            self.tr("Find &Next"), self.find_bar.find_next, [S.FindNext, "F3"], name="actFindNext"
        )
        self.act_find_prev = self._action(
            self.tr("Find Pre&vious"), self.find_bar.find_previous, [S.FindPrevious, "Shift+F3"], name="actFindPrev"
        )
        self.act_search = self._action(
            self.tr("&Search Library…"), self.library_search.focus, QKeySequence("Ctrl+K"), name="actSearch"
        )
        self.act_correct = self._action(self.tr("C&orrect Translation…"), self.correct_active, name="actCorrect")
        self.act_glossary = self._action(self.tr("&Glossary…"), self.open_glossary, name="actGlossary")
        self.act_highlight = self._action(
            self.tr("&Highlight"), self.notes.highlight_selection, QKeySequence("Ctrl+H"), name="actHighlight"
        )
        self.act_add_note = self._action(
            self.tr("Add &Note…"), self.notes.note_on_selection, QKeySequence("Ctrl+Shift+N"), name="actAddNote"
        )
        self.act_notes = self.notes_dock.toggleViewAction()
        self.act_notes.setText(self.tr("&Notes"))
        self.act_notes.setShortcuts(key_sequences("Ctrl+Shift+M"))
        self.act_export = self._action(self.tr("&Export…"), self.open_export, QKeySequence("Ctrl+E"), name="actExport")
        self.view_modes = QActionGroup(self)
        self.act_both = self._action(
            self.tr("&Both Languages"),
            lambda on: on and self.reading_options.set_view_mode("both"),
            QKeySequence("Ctrl+1"),
            checkable=True,
            name="actBoth",
        )
        self.act_original = self._action(
            self.tr("&Original Only"),
            lambda on: on and self.reading_options.set_view_mode("original"),
            QKeySequence("Ctrl+2"),
            checkable=True,
            name="actOriginal",
        )
        self.act_translation = self._action(
            self.tr("&Translation Only"),
            lambda on: on and self.reading_options.set_view_mode("translation"),
            QKeySequence("Ctrl+3"),
            checkable=True,
            name="actTranslationOnly",
        )
        for action in (self.act_both, self.act_original, self.act_translation):
            self.view_modes.addAction(action)
        self.act_swap = self._action(
            self.tr("&Swap Sides"), self.reading_options.set_swapped, checkable=True, name="actSwap"
        )
        self.act_clean = self._action(
            self.tr("&Clean Up Speech Noise"),
            self.reading_options.set_clean,
            QKeySequence("Ctrl+L"),
            checkable=True,
            name="actClean",
        )
        self.act_timestamps = self._action(
            self.tr("Show &Timestamps"), self.reading_options.set_timestamps, checkable=True, name="actTimestamps"
        )
        self.act_zoom_in = self._action(
            self.tr("Zoom &In"), lambda: self.reading_options.zoom(1), ["Ctrl+=", S.ZoomIn], name="actZoomIn"
        )
        self.act_zoom_out = self._action(
            self.tr("Zoom &Out"), lambda: self.reading_options.zoom(-1), [S.ZoomOut, "Ctrl+-"], name="actZoomOut"
        )
        self.act_zoom_reset = self._action(
            self.tr("&Actual Size"),
            lambda: self.reading_options.zoom(None),
            QKeySequence("Ctrl+0"),
            name="actZoomReset",
        )
        self.act_library = self._action(
            self.tr("&Library Pane"),
            self.library_pane.setVisible,
            QKeySequence("Ctrl+Shift+L"),
            checkable=True,
            name="actLibrary",
        )
        self.act_results = self.search_dock.toggleViewAction()
        self.act_results.setText(self.tr("Search &Results"))
        self.act_rename = self._action(self.tr("&Rename…"), self.rename_current, QKeySequence("F2"), name="actRename")
        self.act_rename_speaker = self._action(
            self.tr("Rename S&peaker…"), self.rename_speaker_current, name="actRenameSpeaker"
        )
        self.act_split = self._action(self.tr("&Split Before Selected Sentence"), self.split_at_active, name="actSplit")
        self.act_merge = self._action(self.tr("&Merge With Next Talk"), self.merge_current_with_next, name="actMerge")
        self.act_delete = self._action(self.tr("&Delete…"), self.delete_current, name="actDelete")
        self.act_translate = self._action(
            self.tr("&Translate Talk"), self.talk_translation.translate_now, QKeySequence("Ctrl+T"), name="actTranslate"
        )
        self.act_stop = self._action(self.tr("Sto&p Translating"), self.translation.cancel, name="actStop")
        self.act_stop.setEnabled(False)
        self.act_about = self._action(self.tr("&About Talk Reader"), self.show_about, name="actAbout")
        self.act_about_qt = self._action(self.tr("About &Qt"), self._about_qt, name="actAboutQt")

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.setObjectName("menuFile")
        file_menu.addActions(
            [self.act_import, self.act_import_folder, self.act_export, self.act_models, self.act_engines]
        )
        file_menu.addSeparator()
        file_menu.addAction(self.act_prefs)
        file_menu.addSeparator()
        file_menu.addAction(self.act_quit)
        edit = bar.addMenu(self.tr("&Edit"))
        edit.addActions([self.act_undo, self.act_redo])
        edit.addSeparator()
        edit.addActions([self.act_copy, self.act_correct_source, self.act_correct])
        edit.addActions([self.act_highlight, self.act_add_note])
        edit.addSeparator()
        edit.addActions([self.act_find, self.act_find_next, self.act_find_prev])
        edit.addSeparator()
        edit.addAction(self.act_search)
        edit.addAction(self.act_glossary)
        view = bar.addMenu(self.tr("&View"))
        view.addActions([self.act_both, self.act_original, self.act_translation])
        view.addSeparator()
        view.addActions([self.act_swap, self.act_clean, self.act_timestamps])
        view.addSeparator()
        view.addActions([self.act_zoom_in, self.act_zoom_out, self.act_zoom_reset])
        view.addSeparator()
        view.addActions([self.act_library, self.act_results, self.act_notes])
        talk = bar.addMenu(self.tr("&Talk"))
        talk.addActions([self.act_translate, self.act_stop])
        self.again_menu = talk.addMenu(self.tr("Translate Talk &Again With"))
        self.again_menu.setObjectName("translateTalkAgainMenu")
        self.again_menu.aboutToShow.connect(
            lambda: fill_again_menu(
                self.again_menu, self.engine_status.offers(), self.talk_translation.translate_talk_again
            )
        )
        talk.addAction(self.act_engines)
        talk.addSeparator()
        talk.addActions([self.act_rename, self.act_rename_speaker, self.act_split, self.act_merge])
        talk.addSeparator()
        talk.addAction(self.act_delete)
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addActions([self.act_about, self.act_about_qt])
        toolbar = self.addToolBar(self.tr("Toolbar"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.addAction(self.act_import)
        toolbar.addSeparator()
        toolbar.addActions([self.act_original, self.act_both, self.act_translation])
        toolbar.addSeparator()
        toolbar.addActions([self.act_swap, self.act_clean])
        spacer = QWidget(toolbar)
        spacer.setSizePolicy(
            spacer.sizePolicy().horizontalPolicy().Expanding, spacer.sizePolicy().verticalPolicy().Preferred
        )
        toolbar.addWidget(spacer)
        toolbar.addWidget(self.search_field)
        self.toolbar = toolbar
        # Short toolbar labels; menus keep the long ones.
        for action, short in (
            (self.act_import, self.tr("Import")),
            (self.act_original, self.tr("Original")),
            (self.act_both, self.tr("Both")),
            (self.act_translation, self.tr("Translation")),
            (self.act_swap, self.tr("Swap")),
            (self.act_clean, self.tr("Clean")),
        ):
            action.setIconText(short)

    def _connect(self) -> None:
        self.library_pane.talk_selected.connect(self.talk_view.open)
        self.library_pane.rename_requested.connect(self.rename_talk)
        self.library_pane.delete_requested.connect(self.delete_talk)
        self.library_pane.merge_requested.connect(self.merge_talks)
        self.welcome.import_requested.connect(self.importer.choose_files)
        self.welcome.models_requested.connect(self.open_models)
        self.reader_view.correction_requested.connect(self.correct_translation)
        self.reader_view.source_correction_requested.connect(self.correct_source)
        # Every edit, undo and redo ends in one signal; each pane refreshes what it touched
        # (in this order: the list, the open talk, its notes, then the history's names).
        self.ops.changed.connect(self.talk_list.on_library_changed)
        self.ops.changed.connect(self.talk_view.on_library_changed)
        self.ops.changed.connect(self.notes.on_library_changed)
        self.ops.changed.connect(self.history.on_library_changed)
        self.ops.changed.connect(self.engine_status.on_library_changed)
        self.ops.changed.connect(self.talk_translation.on_library_changed)
        self.talk_translation.status.connect(self.statusBar().showMessage)
        self.talk_translation.engine_settings_requested.connect(self.open_engines)
        self.reader_view.split_requested.connect(self.split_talk)
        self.reader_view.glossary_requested.connect(self.add_to_glossary)
        self.reader_view.speaker_rename_requested.connect(self.rename_speaker)
        self.search_panel.result_activated.connect(self.open_result)
        self.talk_list.listed.connect(self._show_library)
        self.talk_list.loaded.connect(self.talks_loaded)
        self.talk_view.load_failed.connect(self.talk_list.refresh)
        self.talk_view.translated_counted.connect(self.talk_model.set_translated)
        self.talk_translation.translated_counted.connect(self.talk_model.set_translated)
        self.translation.running_changed.connect(self.act_stop.setEnabled)
        self.notes.status.connect(self.statusBar().showMessage)
        self.history.status.connect(self.statusBar().showMessage)
        self.importer.status.connect(self.statusBar().showMessage)
        self.banner.action_triggered.connect(self.open_models)
        self.reader_model.dataChanged.connect(lambda *_: self.find_bar.schedule_refresh())

    def _show_library(self, has_talks: bool) -> None:
        """The library once it holds talks, else the welcome view."""
        self.stack.setCurrentWidget(self.splitter if has_talks else self.welcome)
        self.toolbar.setVisible(has_talks)  # view toggles mean nothing before there is a talk

    def open_result(self, talk_id: int, segment_id: int) -> None:
        """A search result: open its talk at the sentence, and select the talk in the list."""
        self.talk_view.open(talk_id, segment_id=segment_id)
        self.library_pane.select_talk(talk_id, quiet=True)

    def _restore_state(self) -> None:
        s = self.settings
        if not s.geometry.isEmpty():
            self.restoreGeometry(s.geometry)
        if not s.window_state.isEmpty():
            self.restoreState(s.window_state)
        if not s.splitter.isEmpty():
            self.splitter.restoreState(s.splitter)
        self.act_clean.setChecked(s.clean)
        self.act_timestamps.setChecked(s.show_timestamps)
        {"both": self.act_both, "original": self.act_original, "translation": self.act_translation}[
            s.view_mode
        ].setChecked(True)
        self.act_swap.setChecked(s.swap_sides)
        self.act_library.setChecked(True)
        self.reading_options.apply_settings()

    def save_state(self) -> None:
        s = self.settings
        s.geometry = self.saveGeometry()
        s.window_state = self.saveState()
        s.splitter = QByteArray(self.splitter.saveState())
        self.talk_view.save_position()
        s.sync()

    # -- editing -------------------------------------------------------------------------
    def correct_active(self) -> None:
        segment_id = self.reader_view.active_segment()
        if segment_id is not None:
            self.correct_translation(segment_id)
        else:
            self.statusBar().showMessage(self.tr("Click a sentence first."), 3000)

    def correct_translation(self, segment_id: int) -> None:
        from reader.gui.dialogs.correction import CorrectionDialog

        segment = self.reader_model.segment(segment_id)
        if segment is None:
            return
        dialog = CorrectionDialog(segment_id, segment.text, segment.translation, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.corrected.connect(self.save_correction)
        dialog.open()

    def save_correction(self, segment_id: int, text: str) -> None:
        talk_id = self.reader_model.talk_id

        def done(value: tuple[str | None, bool]) -> None:
            self.reader_model.update_translations({segment_id: value})
            self.statusBar().showMessage(self.tr("Translation saved."), 3000)
            if value[0] is None:
                self.talk_translation.translate_now()

        text_ops.save_translation(self.ops, talk_id or 0, segment_id, text, done)

    def correct_source_active(self) -> None:
        segment_id = self.reader_view.active_segment()
        if segment_id is not None:
            self.correct_source(segment_id)
        else:
            self.statusBar().showMessage(self.tr("Click a sentence first."), 3000)

    def correct_source(self, segment_id: int) -> None:
        """Open the dialog that fixes an ASR error in the original sentence."""
        from reader.gui.dialogs.correction import SourceCorrectionDialog

        segment = self.reader_model.segment(segment_id)
        if segment is None:
            return
        dialog = SourceCorrectionDialog(segment_id, segment.text, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.corrected.connect(self.apply_source_correction)
        dialog.open()

    def apply_source_correction(self, segment_id: int, text: str) -> None:
        talk_id = self.reader_model.talk_id

        def done(fixed) -> None:
            self.statusBar().showMessage(self.tr("Sentence corrected. Undo with Ctrl+Z."), 5000)
            if talk_id is not None and not fixed.translation_may_be_stale:
                # The machine translation of the old wording is stale: translate this one first.
                self.talk_translation.translate_sentence(talk_id, segment_id)

        text_ops.correct_source(self.ops, segment_id, text, done)

    def current_talk(self) -> int | None:
        return self.reader_model.talk_id or self.library_pane.current_talk()

    def rename_current(self) -> None:
        talk_id = self.current_talk()
        if talk_id is not None:
            self.rename_talk(talk_id)

    def rename_talk(self, talk_id: int) -> None:
        row = self.talk_model.row_of(talk_id)
        if row is None:
            return
        dialog = QInputDialog(self)
        dialog.setObjectName("renameDialog")
        dialog.setWindowTitle(self.tr("Rename Talk"))
        dialog.setLabelText(self.tr("Title:"))
        dialog.setTextValue(self.talk_model.talks[row].title)
        dialog.resize(520, dialog.height())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.textValueSelected.connect(lambda title: self.apply_rename(talk_id, title))
        dialog.open()

    def apply_rename(self, talk_id: int, title: str) -> None:
        talk_ops.rename_talk(self.ops, talk_id, title)

    def rename_speaker_current(self) -> None:
        """Talk menu: rename the clicked sentence's speaker, else the talk's first speaker."""
        names = self.reader_model.speaker_names()
        if self.reader_model.talk_id is None or not names:
            self.statusBar().showMessage(self.tr("This talk names no speakers."), 4000)
            return
        active = self.reader_view.speaker_of_segment(self.reader_view.active_segment())
        self.rename_speaker(active or names[0])

    def rename_speaker(self, name: str) -> None:
        from reader.gui.dialogs.rename_speaker import RenameSpeakerDialog

        talk_id = self.reader_model.talk_id
        names = self.reader_model.speaker_names()
        if talk_id is None or not names:
            return
        dialog = RenameSpeakerDialog(names, name, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.renamed.connect(lambda old, new: self.apply_rename_speaker(talk_id, old, new))
        dialog.open()

    def apply_rename_speaker(self, talk_id: int, old: str, new: str) -> None:
        """Rename on the write worker; the change reloads the talk where the reader is."""

        def done(result) -> None:
            message = self.tr("“%1” merged into “%2”.") if result.merged else self.tr("“%1” renamed to “%2”.")
            self.statusBar().showMessage(message.replace("%1", result.old).replace("%2", result.new), 4000)

        talk_ops.rename_talk_speaker(self.ops, talk_id, old, new, done)

    def split_at_active(self) -> None:
        segment_id = self.reader_view.active_segment()
        if segment_id is None:
            self.statusBar().showMessage(self.tr("Click the sentence the new talk should start with."), 4000)
            return
        self.split_talk(segment_id)

    def split_talk(self, segment_id: int) -> None:
        talk_id = self.reader_model.talk_id
        if talk_id is None:
            return

        def done(_new_id: int) -> None:
            self.statusBar().showMessage(self.tr("Split: the rest is now a talk of its own."), 4000)

        def split() -> None:
            talk_ops.split_talk(self.ops, talk_id, segment_id, done)

        segment = self.reader_model.segment(segment_id)
        first_words = elided(" ".join(segment.text.split()), 60) if segment is not None else ""
        ask(
            self,
            self.tr("Split Talk"),
            self.tr("Start a new talk at “%1”?").replace("%1", first_words),
            split,
            yes_text=self.tr("Split"),
            informative=self.tr("This sentence and everything after it become a talk of their own."),
        )

    def merge_current_with_next(self) -> None:
        talk_id = self.current_talk()
        row = self.talk_model.row_of(talk_id) if talk_id is not None else None
        if row is None or row + 1 >= len(self.talk_model.talks):
            return
        self.merge_talks(talk_id, self.talk_model.talks[row + 1].id)

    def merge_talks(self, first: int, second: int) -> None:
        titles = {t.id: t.title for t in self.talk_model.talks}

        def merge() -> None:
            if self.reader_model.talk_id == second:
                self.talk_view.open(first)
            talk_ops.merge_talks(self.ops, first, second)

        ask(
            self,
            self.tr("Merge Talks"),
            self.tr("Append “%1” to “%2”?").replace("%1", titles.get(second, "")).replace("%2", titles.get(first, "")),
            merge,
            yes_text=self.tr("Merge"),
        )

    def delete_current(self) -> None:
        talk_id = self.current_talk()
        if talk_id is not None:
            self.delete_talk(talk_id)

    def delete_talk(self, talk_id: int) -> None:
        row = self.talk_model.row_of(talk_id)
        if row is None:
            return
        title = self.talk_model.talks[row].title

        def delete() -> None:
            if self.reader_model.talk_id == talk_id:
                self.talk_translation.stop_for(talk_id)

            def done(_none: None) -> None:
                self.statusBar().showMessage(self.tr("Talk deleted. Undo with Ctrl+Z."), 8000)

            talk_ops.delete_talk(self.ops, talk_id, done)

        ask(
            self,
            self.tr("Delete Talk"),
            self.tr("Delete “%1”?").replace("%1", title),
            delete,
            yes_text=self.tr("Delete"),
            informative=self.tr(
                "Its text, translations and notes are removed from the library. "
                "You can undo this with Ctrl+Z, also after restarting."
            ),
            destructive=True,
        )

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if self.importer.import_paths(paths):
            event.acceptProposedAction()

    # -- dialogs -------------------------------------------------------------------------
    def open_models(self) -> None:
        from reader.gui.dialogs.models import ModelManagerDialog

        dialog = ModelManagerDialog(self.manager, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.models_changed.connect(self.talk_translation.models_changed)
        dialog.open()

    def open_engines(self) -> None:
        """The translation engines (Talk menu, Preferences, an engine's error message)."""
        from reader.gui.dialogs.engines import EnginesDialog

        for dialog in self.findChildren(QDialog, "enginesDialog"):
            if dialog.isVisible():
                dialog.raise_()
                dialog.activateWindow()
                return
        dialog = EnginesDialog(self.ops, self, actions=(self.act_undo, self.act_redo))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.checked.connect(self.engine_status.update)
        dialog.open()

    def open_glossary(self) -> None:
        from reader.gui.dialogs.glossary import GlossaryDialog

        dialog = GlossaryDialog(self.ops, lambda: self.reader_model.talk_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.changed.connect(self.talk_translation.glossary_changed)
        dialog.open()

    def add_to_glossary(self, words: str) -> None:
        """The reader's "Add to Glossary…": the selected words as a new entry's term."""
        from reader.gui.dialogs.glossary import GlossaryEntryDialog
        from reader.gui.operations import glossary as glossary_ops

        dialog = GlossaryEntryDialog(self, term=words)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted_entry.connect(
            lambda term, translation, source, case, note: glossary_ops.add(
                self.ops,
                self.reader_model.talk_id,
                term,
                translation,
                source_lang=source,
                case_sensitive=case,
                note=note,
                on_done=lambda _entry: self.talk_translation.glossary_changed(),
            )
        )
        dialog.open()

    def open_export(self) -> None:
        from reader.gui.dialogs.export_dialog import ExportDialog

        dialog = ExportDialog(
            self.library,
            self.talk_model.talks,
            self.current_talk(),
            manager=self.manager,
            clean=self.settings.clean,
            parent=self,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.exported.connect(
            lambda path: self.statusBar().showMessage(self.tr("Exported to %1").replace("%1", path), 8000)
        )
        dialog.open()

    def open_preferences(self) -> None:
        from reader.gui.dialogs.preferences import PreferencesDialog

        dialog = PreferencesDialog(self.settings, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.applied.connect(self.preferences_applied)
        dialog.engines_requested.connect(self.open_engines)
        dialog.open()

    def show_about(self) -> None:
        from reader.gui.dialogs.about import show_about

        show_about(self)

    def _about_qt(self) -> None:
        from PySide6.QtWidgets import QApplication

        QApplication.aboutQt()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        self.translation.cancel()
        super().closeEvent(event)

    def report(self, failure: Failure) -> None:
        report_failure(self, failure)
