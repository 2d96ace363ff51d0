"""Starting the desktop app: QApplication, icon, theme, UI translations and the main window.

:class:`AppController` owns what outlives a window: the open library, the settings, the
task lanes and the translation controller (whose engine caches loaded models). Switching
the UI language installs the new translators and rebuilds the window in place (saving and
restoring its state), which keeps every string correct without per-widget retranslation.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLibraryInfo, QLocale, QObject, Qt, QTimer, QTranslator
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPalette
from PySide6.QtWidgets import QApplication, QMessageBox, QStyleFactory

from reader import APP_ID, APP_NAME, __version__
from reader.core.db import Library
from reader.core.errors import ReaderError
from reader.core.paths import resolve_library_path
from reader.gui import error_text
from reader.gui.first_run import FirstRun
from reader.gui.library_watch import LibraryWatch
from reader.gui.main_window import MainWindow
from reader.gui.model_watch import ModelWatch
from reader.gui.resources import resource_path
from reader.gui.settings import Settings
from reader.gui.tasks import TaskManager
from reader.gui.translation import TranslationController

if TYPE_CHECKING:
    from reader.gui.single_instance import InstanceServer

log = logging.getLogger(__name__)

#: The desktop entry's name (``packaging/<id>.desktop``): Wayland compositors match windows
#: to their launcher and icon by it.
DESKTOP_ID = "io.github.talk_reader.TalkReader"


def app_icon() -> QIcon:
    """The SVG, plus the PNG sizes packaging renders from it (crisp at 16 px, no SVG plugin needed)."""
    icon = QIcon()
    folder = resource_path("icons")
    for path in [folder / "talk-reader.svg", *sorted((folder / "app").glob("talk-reader-*.png"))]:
        if path.exists():
            icon.addFile(str(path))
    return icon


def ui_locale(preference: str) -> QLocale:
    return QLocale(preference) if preference else QLocale.system()


def wants_chinese(locale: QLocale) -> bool:
    return locale.language() == QLocale.Language.Chinese


class Translators:
    """The installed translators for the app's own strings and Qt's standard dialogs."""

    def __init__(self, app: QApplication) -> None:
        self.app = app
        self.installed: list[QTranslator] = []
        self.language = "en"

    def clear(self) -> None:
        for translator in self.installed:
            self.app.removeTranslator(translator)
        self.installed.clear()

    def install(self, preference: str) -> str:
        self.clear()
        locale = ui_locale(preference)
        if not wants_chinese(locale):
            # English needs a translator too, for plural forms ("1 segment", "2 segments").
            plurals = QTranslator(self.app)
            if plurals.load(str(resource_path("i18n", "talk_reader_en.qm"))):
                self.app.installTranslator(plurals)
                self.installed.append(plurals)
            self.language = "en"
            QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
            return self.language
        ours = QTranslator(self.app)
        if ours.load(str(resource_path("i18n", "talk_reader_zh_CN.qm"))):
            self.app.installTranslator(ours)
            self.installed.append(ours)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qtbase = QTranslator(self.app)
        if qtbase.load("qtbase_zh_CN", qt_dir):
            self.app.installTranslator(qtbase)
            self.installed.append(qtbase)
        QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
        self.language = "zh_CN"
        return self.language


def dark_palette() -> QPalette:
    p = QPalette()
    window, base, text = QColor("#1f2023"), QColor("#18191b"), QColor("#e6e6e6")
    roles = {
        QPalette.ColorRole.Window: window,
        QPalette.ColorRole.WindowText: text,
        QPalette.ColorRole.Base: base,
        QPalette.ColorRole.AlternateBase: QColor("#232427"),
        QPalette.ColorRole.ToolTipBase: QColor("#2b2c30"),
        QPalette.ColorRole.ToolTipText: text,
        QPalette.ColorRole.PlaceholderText: QColor("#8a8d93"),
        QPalette.ColorRole.Text: text,
        QPalette.ColorRole.Button: QColor("#2a2b2f"),
        QPalette.ColorRole.ButtonText: text,
        QPalette.ColorRole.BrightText: QColor("#ffffff"),
        QPalette.ColorRole.Light: QColor("#3a3b40"),
        QPalette.ColorRole.Midlight: QColor("#303136"),
        QPalette.ColorRole.Mid: QColor("#45474d"),
        QPalette.ColorRole.Dark: QColor("#111214"),
        QPalette.ColorRole.Shadow: QColor("#000000"),
        QPalette.ColorRole.Highlight: QColor("#4f8cf0"),
        QPalette.ColorRole.HighlightedText: QColor("#ffffff"),
        QPalette.ColorRole.Link: QColor("#7aa7ff"),
    }
    for role, color in roles.items():
        p.setColor(role, color)
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7d8086"))
    return p


def light_palette() -> QPalette:
    p = QApplication.style().standardPalette()
    p.setColor(QPalette.ColorRole.Window, QColor("#f4f4f5"))
    p.setColor(QPalette.ColorRole.Base, QColor("#ffffff"))
    p.setColor(QPalette.ColorRole.AlternateBase, QColor("#f7f7f8"))
    p.setColor(QPalette.ColorRole.Highlight, QColor("#2f6fde"))
    p.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    p.setColor(QPalette.ColorRole.PlaceholderText, QColor("#8b8e94"))
    p.setColor(QPalette.ColorRole.Text, QColor("#1d1d1f"))
    p.setColor(QPalette.ColorRole.WindowText, QColor("#1d1d1f"))
    return p


def system_is_dark() -> bool:
    hints = QGuiApplication.styleHints()
    scheme = getattr(hints, "colorScheme", None)
    return bool(scheme and scheme() == Qt.ColorScheme.Dark)


def apply_theme(app: QApplication, theme: str) -> None:
    dark = theme == "dark" or (theme == "system" and system_is_dark())
    app.setPalette(dark_palette() if dark else light_palette())
    style_file = resource_path("styles", "app.qss")
    app.setStyleSheet(style_file.read_text(encoding="utf-8") if style_file.exists() else "")


#: How long a worker thread may hold the GIL while the GUI thread waits for it. PySide
#: releases the GIL around calls into Qt, so the GUI thread asks for it back many times per
#: event; at Python's default 5 ms, a busy worker (storing a translation batch) turned each
#: of those into a wait and the window stalled for hundreds of milliseconds.
GIL_SWITCH_INTERVAL_S = 0.0002


def ensure_app(argv: Sequence[str] | None = None) -> QApplication:
    sys.setswitchinterval(min(sys.getswitchinterval(), GIL_SWITCH_INTERVAL_S))
    app = QApplication.instance()
    if app is None:
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
        app = QApplication(list(argv) if argv is not None else [sys.argv[0]])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_ID)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_ID)
    app.setDesktopFileName(DESKTOP_ID)
    if "Fusion" in QStyleFactory.keys() and app.style().name().lower() != "fusion":
        app.setStyle("Fusion")
    app.setWindowIcon(app_icon())
    return app


class AppController(QObject):
    """The running app: one library, one settings store, one window at a time."""

    def __init__(self, library: Library, settings: Settings, app: QApplication | None = None) -> None:
        super().__init__()
        self.app = app or ensure_app()
        self.library = library
        self.settings = settings
        self.manager = TaskManager.instance()
        self.translators = Translators(self.app)
        self.translators.install(settings.ui_language)
        error_text.install()  # core errors in the UI language
        apply_theme(self.app, settings.theme)
        self.translation = TranslationController(library, self.manager, self)
        self.window: MainWindow | None = None
        self.first_run: FirstRun | None = None
        # Packages installed or removed by the CLI or argospm while the app is open; its first
        # look waits for the window's first talk (see after_first_content).
        self.model_watch = ModelWatch(self.manager, self, start=False)
        hints = QGuiApplication.styleHints()
        if hasattr(hints, "colorSchemeChanged"):
            hints.colorSchemeChanged.connect(self._on_system_scheme)
        window = self.build_window()
        # What the CLI (or another program) commits to the library shows without a restart.
        self.library_watch = LibraryWatch(library, self.manager, lambda: self.window, self)
        self.instance: InstanceServer | None = None
        after_first_content(window, self.model_watch.start)

    def build_window(self) -> MainWindow:
        window = MainWindow(self.library, self.settings, self.manager, self.translation)
        window.setWindowIcon(self.app.windowIcon())
        window.preferences_applied.connect(self.apply_preferences)
        # The welcome view's sample and model buttons (see reader.gui.first_run).
        self.first_run = FirstRun(window)
        self.first_run.models_changed.connect(window.talk_translation.models_changed)
        self.model_watch.changed.connect(window.talk_translation.models_changed)
        self.model_watch.changed.connect(self.first_run.check_models)
        self.window = window
        return window

    def apply_preferences(self, language: str, theme: str) -> None:
        theme_changed = theme != self.settings.theme
        language_changed = language != self.settings.ui_language
        self.settings.ui_language = language
        self.settings.theme = theme
        if theme_changed:
            apply_theme(self.app, theme)
            if self.window is not None:
                self.window.reader_view.relayout()
        if language_changed:
            self.set_language(language)

    def set_language(self, language: str) -> MainWindow:
        """Install the translators for *language* and rebuild the window with the same state."""
        self.settings.ui_language = language
        self.translators.install(language)
        old = self.window
        visible = old.isVisible() if old is not None else True
        anchor = old.reader_view.reading_anchor() if old is not None else None
        if old is not None:
            old.save_state()
            old.talk_translation.detach()
            old.hide()
            old.deleteLater()
        window = self.build_window()
        if visible:
            window.show()
        window.talk_view.resume_at(anchor)  # the sentence being read stays where it was
        return window

    def _on_system_scheme(self, *_args: object) -> None:
        if self.settings.theme == "system":
            apply_theme(self.app, "system")
            if self.window is not None:
                self.window.reader_view.relayout()

    def serve_other_launches(self, instance: InstanceServer) -> None:
        """Take the files of later launches on this library (see :mod:`reader.gui.single_instance`)."""
        self.instance = instance
        instance.files_received.connect(self.receive_files)

    def receive_files(self, files: list[str]) -> None:
        """Another launch handed over: come to the front and import its files."""
        window = self.window
        if window is None:
            return
        if window.isMinimized():
            window.showNormal()
        window.show()
        window.raise_()
        window.activateWindow()
        existing = [f for f in files if Path(f).is_file()]
        if existing:
            window.importer.import_files(existing)

    def shutdown(self) -> None:
        if self.instance is not None:
            self.instance.close()
        self.library_watch.stop()
        self.model_watch.stop()
        if self.window is not None:
            self.window.save_state()
        self.translation.cancel()
        self.manager.shutdown(timeout=15)
        self.library.close()
        self.translators.clear()
        error_text.uninstall()


#: Start-up work nobody sees waits at most this long for the window's first talk (a talk that
#: fails to load never says it is shown).
FIRST_CONTENT_WAIT_MS = 3000


def after_first_content(window: MainWindow, work: Callable[[], None]) -> None:
    """Run *work* once, after the window shows what it opened with: its first talk, or the
    welcome view of an empty library.

    Start-up work that shows nothing (the model watch's first look imports the translation
    package and reads every package's metadata) would otherwise compete with the first paint
    for the GUI thread, the read lane and Python's GIL. It is posted to run after the paint
    that the talk's arrival scheduled.
    """
    done = False

    def run_once() -> None:
        nonlocal done
        if not done:
            done = True
            QTimer.singleShot(0, window, work)

    def talks_listed() -> None:
        if window.talk_model.rowCount() == 0:
            run_once()  # the welcome view: no talk will be shown

    window.talk_shown.connect(run_once)
    window.talks_loaded.connect(talks_listed)
    QTimer.singleShot(FIRST_CONTENT_WAIT_MS, window, run_once)


def display_problem() -> str | None:
    """Why no window can open here (a Linux session without a display), or None."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return None
    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        return None
    return (
        "talk-reader: no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is set).\n"
        "Run it in a desktop session, or use the command line: talk-reader --help"
    )


def run(library: str | os.PathLike[str] | None = None, files: Sequence[str] = (), *, smoke_test: bool = False) -> int:
    """Open the app on a library (flag > ``TALK_READER_LIBRARY`` > default) and import *files*.

    With *smoke_test* the app opens the bundled sample and quits once the reader painted it
    (status 0), or on the first failure (status 1): see :mod:`reader.gui.smoke`.
    """
    problem = display_problem()
    if problem:
        print(problem, file=sys.stderr)
        return 2
    logging.basicConfig(level=logging.WARNING, format="%(name)s: %(message)s")
    app = ensure_app(sys.argv[:1])
    from reader.gui.dialogs.errors import install_excepthook

    install_excepthook()
    from reader.gui.single_instance import InstanceServer, hand_over, server_name

    settings = Settings()
    path = resolve_library_path(library)
    instance: InstanceServer | None = None
    if not smoke_test:  # a smoke test checks this build, never a running app
        name = server_name(path)
        for _attempt in range(2):
            if hand_over(name, files):
                what = f"{len(files)} file(s) to import" if files else "a request to come to the front"
                print(f"talk-reader: {path} is open in a running window; sent it {what}", file=sys.stderr)
                return 0
            instance = InstanceServer(name)
            if instance.listen():
                break
            instance = None  # another launch became the first just now: hand over to it
    try:
        opened = Library.open(path)
    except ReaderError as exc:
        if smoke_test:
            print(f"smoke test failed: the library cannot be opened: {exc}", file=sys.stderr)
            return 1
        Translators(app).install(settings.ui_language)
        error_text.install()  # a foreign, damaged or too new library is named in the UI language
        QMessageBox.critical(None, APP_NAME, app.translate("Errors", "The library cannot be opened.") + f"\n\n{exc}")
        return 1
    controller = AppController(opened, settings, app)
    if instance is not None:
        controller.serve_other_launches(instance)
    window = controller.window
    assert window is not None
    window.show()
    if files:
        window.importer.import_files([str(Path(f)) for f in files])
    if smoke_test:
        from reader.gui.smoke import SmokeTest

        SmokeTest(controller, files).start()
    try:
        return app.exec()
    finally:
        controller.shutdown()
