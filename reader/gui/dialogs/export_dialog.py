"""File → Export: the CLI's choices (which talks, format, layout, languages, clean text) with a preview.

The chosen talks are read once, off the GUI thread, into a frozen
:class:`~reader.core.export.ExportDocument`; every option change re-renders the preview from
that snapshot with the pure :func:`~reader.core.export.render` (on a worker too: HTML of a
long talk takes longer than a frame), never going back to the database. Exporting runs
:func:`~reader.core.export.export` in the background: it reads the library afresh, writes
atomically and never replaces a file the user has not agreed to replace — the save dialog
asks about a file that is there when it is chosen, and one that turns up later is refused
by the core (:class:`~reader.core.export.ExportTargetExists`) and asked about here.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from PySide6.QtCore import QLocale, QStandardPaths, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFontDatabase, QPalette, QStandardItemModel
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from reader.core.db import Library
from reader.core.errors import ExportError, ReaderError
from reader.core.export import (
    SUFFIXES,
    ExportDocument,
    ExportOptions,
    ExportResult,
    ExportTargetExists,
    build_document,
    default_filename,
    export,
    render,
)
from reader.core.export.warnings import ExportWarningKind
from reader.core.library import TalkSummary
from reader.gui.dialogs.confirm import ask
from reader.gui.dialogs.errors import report_failure, show_message
from reader.gui.tasks import Failure, Lane, Op, OpContext, OpHandle, TaskManager
from reader.gui.widgets.plain_text import plain, tooltip

#: What the preview shows at most: plain text beyond this costs the GUI thread more than a
#: frame to lay out, and nobody reads a 2 MB preview; the exported file has everything.
TEXT_PREVIEW_CHARS = 60_000
#: The HTML preview is rendered from the document's beginning only: HTML of a whole library
#: takes the worker most of a second, and a rich-text widget lays out ~16 K chars per frame.
HTML_PREVIEW_TEXT = 6_000  # characters of original and translation text
SUBTITLE_FORMATS = ("srt", "vtt")
CHOSEN_DEBOUNCE_MS = 300
#: The exported page's own colours (see ``reader.core.export.html.CSS``).
PAGE_BACKGROUND, PAGE_TEXT = "#ffffff", "#1f2328"


@dataclass(frozen=True)
class Preview:
    """What the preview pane shows for one set of options."""

    text: str
    html: bool
    warnings: tuple[str, ...] = ()
    truncated: bool = False
    total_bytes: int = 0  #: the whole export's size in UTF-8 (0: not worked out, HTML cut short)
    error: str | None = None


def trimmed(doc: ExportDocument, budget: int) -> tuple[ExportDocument, bool]:
    """The document's beginning: whole paragraphs (across talks) holding about *budget*
    characters of text, with the notes that end in them; and whether anything was left out."""
    talks = []
    left = budget
    cut = False
    for talk in doc.talks:
        if left <= 0:
            cut = True
            break
        kept = []
        for paragraph in talk.paragraphs:
            if left <= 0:
                cut = True
                break
            kept.append(paragraph)
            left -= sum(len(s.text) + len(s.translation or "") for s in paragraph.segments)
        ids = {segment.id for paragraph in kept for segment in paragraph.segments}
        notes = tuple(note for note in talk.notes if note.passage[-1].id in ids)
        # The header still counts the whole talk, as the file and the dialog's own counts do.
        talks.append(replace(talk, paragraphs=tuple(kept), notes=notes, whole=talk.counted))
    return replace(doc, talks=tuple(talks)), cut


def make_preview(doc: ExportDocument, options: ExportOptions) -> Preview:
    """Render for the preview pane (runs on a worker): the export, or its beginning when long."""
    try:
        if options.format == "html":
            part, cut = trimmed(doc, HTML_PREVIEW_TEXT)
            rendered = render(part, options)
            size = 0 if cut else len(rendered.text.encode("utf-8"))
            return Preview(rendered.text, True, rendered.warnings, cut, size)
        rendered = render(doc, options)
    except ExportError as exc:
        return Preview("", False, error=str(exc))
    text, total = rendered.text, len(rendered.text)
    size = len(text.encode("utf-8"))
    if total > TEXT_PREVIEW_CHARS:
        cut = text.rfind("\n", 0, TEXT_PREVIEW_CHARS)
        text = text[: cut if cut > TEXT_PREVIEW_CHARS // 2 else TEXT_PREVIEW_CHARS]
    return Preview(text, False, rendered.warnings, total > TEXT_PREVIEW_CHARS, size)


def page_palette(palette: QPalette) -> QPalette:
    """*palette* with the exported page's colours: dark text on white, links in blue."""
    page = QPalette(palette)
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive, QPalette.ColorGroup.Disabled):
        page.setColor(group, QPalette.ColorRole.Base, QColor(PAGE_BACKGROUND))
        page.setColor(group, QPalette.ColorRole.Window, QColor(PAGE_BACKGROUND))
        page.setColor(group, QPalette.ColorRole.Text, QColor(PAGE_TEXT))
        page.setColor(group, QPalette.ColorRole.WindowText, QColor(PAGE_TEXT))
        page.setColor(group, QPalette.ColorRole.Link, QColor("#0969da"))
        page.setColor(group, QPalette.ColorRole.PlaceholderText, QColor("#59636e"))
    return page


def _read_document(library: Library, talk_ids: list[int] | None, ctx: OpContext) -> ExportDocument:
    with library.read_session() as session:
        # Clean texts included, so the clean/verbatim toggle re-renders without another read.
        return build_document(session, talk_ids, clean=True, cancel=ctx.cancel, report=ctx.report)


class ExportDialog(QDialog):
    #: The path of a finished export.
    exported = Signal(str)
    #: A preview was shown (tests, screenshots).
    preview_shown = Signal()

    #: Where the last export went, so the next one starts there (for this session).
    last_folder: str | None = None

    def __init__(
        self,
        library: Library,
        talks: list[TalkSummary],
        current_talk: int | None,
        *,
        manager: TaskManager | None = None,
        clean: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export"))
        self.library = library
        self.manager = manager or TaskManager.instance()
        self.talks = list(talks)
        self.current_talk = current_talk if any(t.id == current_talk for t in self.talks) else None
        self.doc: ExportDocument | None = None
        self.preview: Preview | None = None
        self._build_generation = 0
        self._render_generation = 0
        self._build_handle: OpHandle | None = None
        self._export_handle: OpHandle | None = None
        self._build_ui(clean)
        self.resize(1000, 660)
        self._progress_timer = QTimer(self)
        self._progress_timer.setInterval(100)
        self._progress_timer.timeout.connect(self._poll_progress)
        self._chosen_timer = QTimer(self)
        self._chosen_timer.setSingleShot(True)
        self._chosen_timer.setInterval(CHOSEN_DEBOUNCE_MS)
        self._chosen_timer.timeout.connect(self._read)
        (self.scope_current if self.current_talk is not None else self.scope_library).setChecked(True)
        self._update_controls()
        self._read()

    # -- construction --------------------------------------------------------------------
    def _build_ui(self, clean: bool) -> None:
        current = next((t for t in self.talks if t.id == self.current_talk), None)
        self.scope_current = QRadioButton(self.tr("This talk"), self)
        self.scope_current.setObjectName("scopeCurrent")
        self.scope_current.setEnabled(current is not None)
        self.current_title = plain(QLabel(current.title if current else self.tr("No talk is open."), self))
        self.current_title.setObjectName("exportCurrentTitle")
        self.current_title.setWordWrap(True)
        self.current_title.setEnabled(False)
        self.current_title.setContentsMargins(22, 0, 0, 4)
        self.scope_chosen = QRadioButton(self.tr("Chosen talks"), self)
        self.scope_chosen.setObjectName("scopeChosen")
        self.talk_list = QListWidget(self)
        self.talk_list.setObjectName("exportTalks")
        self.talk_list.setMinimumHeight(110)
        self.talk_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.talk_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        for talk in self.talks:
            item = QListWidgetItem(talk.title, self.talk_list)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if talk.id == self.current_talk else Qt.CheckState.Unchecked)
            item.setData(Qt.ItemDataRole.UserRole, talk.id)
            item.setToolTip(tooltip(talk.title))
        self.talk_list.itemChanged.connect(lambda _item: self._chosen_timer.start())
        self.scope_library = QRadioButton(self.tr("The whole library (%n talk(s))", "", len(self.talks)), self)
        self.scope_library.setObjectName("scopeLibrary")
        self.scope = QButtonGroup(self)
        for button in (self.scope_current, self.scope_chosen, self.scope_library):
            self.scope.addButton(button)
        self.scope.buttonToggled.connect(self._on_scope)
        talks_box = QGroupBox(self.tr("Talks"), self)
        talks_layout = QVBoxLayout(talks_box)
        talks_layout.addWidget(self.scope_current)
        talks_layout.addWidget(self.current_title)
        talks_layout.addWidget(self.scope_chosen)
        talks_layout.addWidget(self.talk_list, 1)
        talks_layout.addWidget(self.scope_library)

        self.format_combo = QComboBox(self)
        self.format_combo.setObjectName("exportFormat")
        for code, label, tip in (
            ("md", self.tr("Markdown"), self.tr("Bilingual or one language, with your notes next to their passages")),
            (
                "notes",
                self.tr("Notes only (Markdown)"),
                self.tr("Just the highlighted passages, their translations and your notes"),
            ),
            ("html", self.tr("HTML page"), self.tr("A self-contained, printable page, side by side")),
            ("srt", self.tr("SubRip subtitles (.srt)"), self.tr("Bilingual subtitles with the original timings")),
            ("vtt", self.tr("WebVTT subtitles (.vtt)"), self.tr("Bilingual subtitles with the original timings")),
        ):
            self.format_combo.addItem(label, code)
            self.format_combo.setItemData(self.format_combo.count() - 1, tip, Qt.ItemDataRole.ToolTipRole)
        self.subtitle_hint = QLabel(
            self.tr("Subtitles are available for one talk imported from an SRT or VTT file, which has the timings."),
            self,
        )
        self.subtitle_hint.setObjectName("subtitleHint")
        self.subtitle_hint.setWordWrap(True)
        self.subtitle_hint.setEnabled(False)
        self.layout_combo = QComboBox(self)
        self.layout_combo.setObjectName("exportLayout")
        self.layout_combo.addItem(self.tr("Interleaved"), "interleaved")
        self.layout_combo.setItemData(0, self.tr("Each paragraph, then its translation"), Qt.ItemDataRole.ToolTipRole)
        self.layout_combo.addItem(self.tr("Side by side"), "table")
        self.layout_combo.setItemData(
            1, self.tr("A two-column table: original and translation"), Qt.ItemDataRole.ToolTipRole
        )
        self.lang_combo = QComboBox(self)
        self.lang_combo.setObjectName("exportLang")
        self.lang_combo.addItem(self.tr("Original and translation"), "both")
        self.lang_combo.addItem(self.tr("Original only"), "original")
        self.lang_combo.addItem(self.tr("Translation only"), "translation")
        self.clean_check = QCheckBox(self.tr("Clean up speech noise"), self)
        self.clean_check.setObjectName("exportClean")
        self.clean_check.setToolTip(
            self.tr("Fillers, stutters and repeats removed. Off: the verbatim transcript, as imported.")
        )
        self.clean_check.setChecked(clean)
        for combo in (self.format_combo, self.layout_combo, self.lang_combo):
            combo.currentIndexChanged.connect(self._on_option)
        self.clean_check.toggled.connect(self._on_option)
        options_box = QGroupBox(self.tr("Format"), self)
        form = QFormLayout(options_box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Format:"), self.format_combo)
        form.addRow("", self.subtitle_hint)
        form.addRow(self.tr("Layout:"), self.layout_combo)
        form.addRow(self.tr("Languages:"), self.lang_combo)
        form.addRow("", self.clean_check)
        left = QVBoxLayout()
        left.addWidget(talks_box, 1)
        left.addWidget(options_box)
        left_widget = QWidget(self)
        left_widget.setLayout(left)
        left.setContentsMargins(0, 0, 0, 0)
        left_widget.setFixedWidth(360)

        preview_title = QLabel(self.tr("Preview"), self)
        font = preview_title.font()
        font.setWeight(font.Weight.DemiBold)
        preview_title.setFont(font)
        self.preview_info = QLabel(self)
        self.preview_info.setObjectName("previewInfo")
        self.preview_info.setEnabled(False)
        self.preview_info.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        header = QHBoxLayout()
        header.addWidget(preview_title)
        header.addStretch(1)
        header.addWidget(self.preview_info)
        self.preview_text = QPlainTextEdit(self)
        self.preview_text.setObjectName("previewText")
        self.preview_text.setReadOnly(True)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(max(7.0, self.font().pointSizeF() * 0.95))
        self.preview_text.setFont(mono)
        self.preview_html = QTextBrowser(self)
        self.preview_html.setObjectName("previewHtml")
        self.preview_html.setOpenLinks(False)
        # The page has its own (light) colours, as in a browser and in print; the app's dark
        # palette would put its light text on the page's light highlights.
        self.preview_html.setPalette(page_palette(self.preview_html.palette()))
        self.preview_message = QLabel(self)
        self.preview_message.setObjectName("previewMessage")
        self.preview_message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview_message.setWordWrap(True)
        self.preview_message.setEnabled(False)
        self.preview_stack = QStackedWidget(self)
        for page in (self.preview_message, self.preview_text, self.preview_html):
            self.preview_stack.addWidget(page)
        self.warnings = QLabel(self)
        self.warnings.setObjectName("exportWarnings")
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet("QLabel#exportWarnings { color: #b7791f; }")
        self.warnings.hide()
        right = QVBoxLayout()
        right.addLayout(header)
        right.addWidget(self.preview_stack, 1)
        right.addWidget(self.warnings)

        body = QHBoxLayout()
        body.setSpacing(14)
        body.addWidget(left_widget)
        body.addLayout(right, 1)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("exportProgress")
        self.progress.setMaximumWidth(220)
        self.progress.setMaximumHeight(14)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.status = QLabel(self)
        self.status.setObjectName("exportStatus")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.export_button = QPushButton(self.tr("Export…"), self)
        self.export_button.setObjectName("exportButton")
        self.export_button.setDefault(True)
        self.buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button.clicked.connect(self.choose_file)
        self.buttons.rejected.connect(self.reject)
        footer = QHBoxLayout()
        footer.addWidget(self.status)
        footer.addWidget(self.progress)
        footer.addStretch(1)
        footer.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addLayout(body, 1)
        layout.addLayout(footer)

    # -- choices -------------------------------------------------------------------------
    def talk_ids(self) -> list[int] | None:
        """The talks to export; ``None`` is the whole library."""
        if self.scope_library.isChecked():
            return None
        if self.scope_current.isChecked() and self.current_talk is not None:
            return [self.current_talk]
        return [
            int(item.data(Qt.ItemDataRole.UserRole))
            for item in (self.talk_list.item(row) for row in range(self.talk_list.count()))
            if item.checkState() == Qt.CheckState.Checked
        ]

    def options(self) -> ExportOptions:
        return ExportOptions(
            format=self.format_combo.currentData(),
            layout=self.layout_combo.currentData(),
            lang=self.lang_combo.currentData(),
            clean=self.clean_check.isChecked(),
        )

    def set_format(self, code: str) -> None:
        self.format_combo.setCurrentIndex(self.format_combo.findData(code))

    def subtitles_available(self) -> bool:
        doc = self.doc
        return doc is not None and len(doc.talks) == 1 and doc.talks[0].timed

    def _on_scope(self, _button: QRadioButton, checked: bool) -> None:
        if checked:
            self._update_controls()
            self._read()

    def _on_option(self, *_args: object) -> None:
        self._update_controls()
        self._render()

    def _update_controls(self) -> None:
        self.talk_list.setEnabled(self.scope_chosen.isChecked())
        subtitles = self.subtitles_available()
        model = self.format_combo.model()
        assert isinstance(model, QStandardItemModel)
        for code in SUBTITLE_FORMATS:
            item = model.item(self.format_combo.findData(code))
            item.setEnabled(subtitles)
        self.subtitle_hint.setVisible(not subtitles and self.doc is not None)
        if not subtitles and self.format_combo.currentData() in SUBTITLE_FORMATS and self.doc is not None:
            self.format_combo.blockSignals(True)
            self.set_format("md")
            self.format_combo.blockSignals(False)
        fmt, lang = self.format_combo.currentData(), self.lang_combo.currentData()
        self.layout_combo.setEnabled(fmt in ("md", "html") and lang == "both")
        busy = self._export_handle is not None
        ids = self.talk_ids()
        self.export_button.setEnabled(not busy and self.doc is not None and (ids is None or bool(ids)))
        for widget in (
            self.scope_current,
            self.scope_chosen,
            self.scope_library,
            self.format_combo,
            self.lang_combo,
            self.clean_check,
        ):
            widget.setEnabled(not busy and (widget is not self.scope_current or self.current_talk is not None))
        if busy:
            self.layout_combo.setEnabled(False)
            self.talk_list.setEnabled(False)

    # -- reading and rendering -----------------------------------------------------------
    def _show_message(self, text: str) -> None:
        self.preview_message.setText(text)
        self.preview_stack.setCurrentWidget(self.preview_message)
        self.preview_info.clear()
        self.warnings.hide()

    def _read(self) -> None:
        """Snapshot the chosen talks (once per choice of talks), then render the preview."""
        self._build_generation += 1
        generation = self._build_generation
        if self._build_handle is not None:
            self._build_handle.cancel()
        self.doc = None
        self._update_controls()
        ids = self.talk_ids()
        if ids is not None and not ids:
            self._build_handle = None
            self._show_message(self.tr("Choose at least one talk."))
            return
        self._show_message(self.tr("Reading the talks…"))
        library = self.library
        self._build_handle = (
            Op(self, lambda ctx: _read_document(library, ids, ctx), lane=Lane.READ, manager=self.manager)
            .on_success(lambda doc: self._on_read(generation, doc))
            .on_failure(lambda failure: self._on_read_failed(generation, failure))
            .run()
        )
        self._progress_timer.start()

    def _on_read(self, generation: int, doc: ExportDocument) -> None:
        if generation != self._build_generation:
            return
        self._build_handle = None
        self.doc = doc
        self._update_controls()
        self._render()

    def _on_read_failed(self, generation: int, failure: Failure) -> None:
        if generation != self._build_generation:
            return
        self._build_handle = None
        exc = failure.exception
        if isinstance(exc, ReaderError):
            self._show_message(str(exc))
        else:
            self._show_message(self.tr("The preview could not be made."))
            report_failure(self, failure)

    def _render(self) -> None:
        doc = self.doc
        if doc is None:
            return
        self._render_generation += 1
        generation = self._render_generation
        options = self.options()
        Op(self, lambda _ctx: make_preview(doc, options), lane=Lane.READ, manager=self.manager).on_success(
            lambda preview: self._show_preview(generation, options, preview)
        ).run()

    def _show_preview(self, generation: int, options: ExportOptions, preview: Preview) -> None:
        if generation != self._render_generation or self.doc is None:
            return
        self.preview = preview
        if preview.error is not None:
            self._show_message(preview.error)
            self.preview_shown.emit()
            return
        if preview.html:
            self.preview_html.setHtml(preview.text)
            self.preview_stack.setCurrentWidget(self.preview_html)
        else:
            self.preview_text.setPlainText(preview.text)
            self.preview_stack.setCurrentWidget(self.preview_text)
        info = self.tr("%n talk(s)", "", len(self.doc.talks)) + " · " + self.tr("%n note(s)", "", self.doc.note_count)
        if preview.total_bytes:
            info += " · " + QLocale().formattedDataSize(preview.total_bytes, 1, QLocale.DataSizeFormat.DataSizeSIFormat)
        if preview.truncated:
            info += " · " + self.tr("the preview shows the beginning")
        self.preview_info.setText(info)
        warnings = self._warnings(options, preview)
        self.warnings.setText("\n".join(warnings))
        self.warnings.setVisible(bool(warnings))
        self.preview_shown.emit()

    def _warnings(self, options: ExportOptions, preview: Preview) -> list[str]:
        """The core's warnings, with the common one (untranslated passages) in the UI language."""
        doc = self.doc
        assert doc is not None
        shown = []
        untranslated = sum(talk.untranslated_count for talk in doc.talks)
        if untranslated and options.lang != "original" and options.format != "notes":
            if options.format in SUBTITLE_FORMATS:
                shown.append(
                    self.tr(
                        "%n passage(s) are not translated yet; their cues show the original only.", "", untranslated
                    )
                )
            else:
                shown.append(
                    self.tr("%n passage(s) are not translated yet; the export marks them as such.", "", untranslated)
                )
        for warning in preview.warnings:
            if warning.kind is ExportWarningKind.GLOSSARY_MISSING:
                shown.append(self.tr("%n translated passage(s) lack a term the glossary requires.", "", warning.count))
            if warning.kind is ExportWarningKind.SAME_LANGUAGE_CUES:
                shown.append(
                    self.tr(
                        "%n cue(s) have a translation in the same language as the original; "
                        "importing this file again will show them as separate cues.",
                        "",
                        warning.count,
                    )
                )
        if options.format == "notes" and doc.note_count == 0:
            shown.append(self.tr("No highlights in these talks yet: the notes export would be empty."))
        return shown

    def _poll_progress(self) -> None:
        handle = self._export_handle or self._build_handle
        if handle is None or handle.finished:
            self.progress.hide()
            if self._export_handle is None:
                self.status.clear()
            self._progress_timer.stop()
            return
        done, total = handle.progress
        if self._export_handle is None and total:
            self.preview_message.setText(
                self.tr("Reading the talks… %1 of %2").replace("%1", str(done)).replace("%2", str(total))
            )
        self.progress.setRange(0, total)
        self.progress.setValue(min(done, total))
        self.progress.show()

    # -- exporting -----------------------------------------------------------------------
    def _folder(self) -> str:
        if ExportDialog.last_folder and Path(ExportDialog.last_folder).is_dir():
            return ExportDialog.last_folder
        documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        return documents if documents and Path(documents).is_dir() else str(Path.home())

    def default_name(self) -> str:
        assert self.doc is not None
        return default_filename(self.doc, self.options())

    def choose_file(self) -> QFileDialog | None:
        """The save dialog, with the suggested file name; it asks before replacing a file."""
        if self.doc is None:
            return None
        options = self.options()
        suffix = SUFFIXES[options.format]
        names = {
            "md": self.tr("Markdown (*.md)"),
            "notes": self.tr("Markdown (*.md)"),
            "html": self.tr("HTML page (*.html)"),
            "srt": self.tr("SubRip subtitles (*.srt)"),
            "vtt": self.tr("WebVTT subtitles (*.vtt)"),
        }
        dialog = QFileDialog(self, self.tr("Export As"))
        dialog.setObjectName("exportFileDialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        dialog.setNameFilters([names[options.format], self.tr("All files (*)")])
        dialog.setDefaultSuffix(suffix.lstrip("."))
        dialog.setDirectory(self._folder())
        dialog.selectFile(self.default_name())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(self._file_chosen)
        dialog.open()
        return dialog

    def _file_chosen(self, path: str) -> None:
        # A file that is there now was shown to the user, and the save dialog asked before
        # replacing it; one that appears later is refused by the core and asked about below.
        self.export_to(path, force=Path(path).is_file())

    def export_to(self, path: str | Path, *, force: bool = False) -> OpHandle:
        """Export with the current choices to *path* in the background."""
        target = str(path)
        ids, options, library = self.talk_ids(), self.options(), self.library

        def work(ctx: OpContext) -> ExportResult:
            return export(library, ids, options, target, force=force, cancel=ctx.cancel, report=ctx.report)

        self.status.setText(self.tr("Exporting…"))
        self._export_handle = (
            Op(self, work, lane=Lane.READ, manager=self.manager)
            .with_progress(self.tr("Exporting"))
            .on_success(self._on_exported)
            .on_failure(lambda failure: self._on_export_failed(target, failure))
            .on_finished(self._on_export_finished)
            .run()
        )
        self._update_controls()
        self._progress_timer.start()
        return self._export_handle

    def _on_export_finished(self) -> None:
        self._export_handle = None
        self.status.clear()
        self.progress.hide()
        self._update_controls()

    def _on_exported(self, result: ExportResult) -> None:
        ExportDialog.last_folder = str(result.path.parent)
        self.exported.emit(str(result.path))
        self.accept()

    def _on_export_failed(self, path: str, failure: Failure) -> None:
        exc = failure.exception
        if isinstance(exc, ExportTargetExists):
            ask(
                self,
                self.tr("Replace File?"),
                self.tr("“%1” already exists. Replace it?").replace("%1", Path(path).name),
                lambda: self.export_to(path, force=True),
                yes_text=self.tr("Replace"),
                informative=self.tr("The file in %1 will be overwritten.").replace("%1", str(Path(path).parent)),
                destructive=True,
            )
        elif isinstance(exc, ReaderError):
            box = show_message(self, self.tr("Export Failed"), self.tr("The export could not be written."))
            box.setObjectName("exportErrorDialog")
            box.setInformativeText(str(exc))
        else:
            report_failure(self, failure)

    def reject(self) -> None:
        for handle in (self._build_handle, self._export_handle):
            if handle is not None:
                handle.cancel()
        super().reject()
