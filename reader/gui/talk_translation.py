"""Translating the talk the reader shows: the rows on screen first, in the background.

The app-wide :class:`TranslationController` runs the engine for any talk; this window's
:class:`TalkTranslationController` decides *what* it translates and shows what comes back.
It starts a run when a talk is shown (if the user translates automatically), puts the rows
that scroll into view first, writes each stored batch into the reader's model, and says in
the banner which directions have no model. It also translates sentences, or the whole talk,
again with one engine the user picks ("Translate Again With"). When an engine fails (a
server that is down), the error names it and offers the engine settings. The work itself
never runs on the GUI thread.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from reader.core.errors import EngineError
from reader.gui.dialogs.errors import report_failure
from reader.gui.engines import engine_label
from reader.gui.talk_view import freeze_long_lived_objects

if TYPE_CHECKING:
    from reader.gui.models.reader_model import ReaderModel
    from reader.gui.operations import LibraryChange
    from reader.gui.settings import Settings
    from reader.gui.talk_view import TalkViewController
    from reader.gui.tasks import Failure
    from reader.gui.translation import PlanInfo, TranslationController
    from reader.gui.widgets.reader_view import ReaderView
    from reader.gui.widgets.talk_header import Banner

#: Translated batches shown between two freezes of the objects they leave behind.
FREEZE_EVERY_BATCHES = 8


class TalkTranslationController(QObject):
    """Drives the background translation of the open talk and shows its results."""

    #: The open talk's translated and translatable counts changed: talk id, counts.
    translated_counted = Signal(int, int, int)
    #: A short message for the status bar: text, milliseconds to show it.
    status = Signal(str, int)
    #: The user asked to see the engine settings (from an engine's error message).
    engine_settings_requested = Signal()

    def __init__(
        self,
        translation: TranslationController,
        settings: Settings,
        model: ReaderModel,
        view: ReaderView,
        banner: Banner,
        talk_view: TalkViewController,
        parent: QObject,
    ) -> None:
        super().__init__(parent)
        self.translation = translation
        self.settings = settings
        self.model = model
        self.view = view
        self.banner = banner
        self._batches_shown = 0
        translation.translated.connect(self._on_translated)
        translation.planned.connect(self._on_planned)
        translation.running_changed.connect(view.pause_idle_measuring)
        translation.failed.connect(self._on_failed)
        translation.again_planned.connect(self._on_again_planned)
        view.translate_again_requested.connect(self.translate_again)
        view.visible_rows_changed.connect(self._on_visible_rows)
        talk_view.about_to_show.connect(banner.hide)
        talk_view.leaving.connect(self.stop_for)
        talk_view.talk_shown.connect(self._on_talk_shown)

    def detach(self) -> None:
        """Stop showing the app's translation results here (the window is being replaced)."""
        self.translation.translated.disconnect(self._on_translated)
        self.translation.planned.disconnect(self._on_planned)
        self.translation.failed.disconnect(self._on_failed)
        self.translation.again_planned.disconnect(self._on_again_planned)

    # -- requests ------------------------------------------------------------------------
    def translate_now(self) -> None:
        """Talk ▸ Translate: translate what is missing (again), the rows on screen first."""
        self.translate_visible(force=True)

    def translate_visible(self, force: bool = False) -> None:
        """Translate the open talk, rows on screen first, unless it is done (or *force*)."""
        talk_id = self.model.talk_id
        if talk_id is None:
            return
        done, total = self.model.translated_count()
        if done >= total and not force:
            return
        self.translation.start(talk_id, self._visible_untranslated(), force=force)

    def translate_sentence(self, talk_id: int, segment_id: int) -> None:
        """A sentence's wording changed: its machine translation is stale, translate it first."""
        if self.settings.auto_translate:
            self.translation.start(talk_id, [segment_id], force=True)

    def glossary_changed(self) -> None:
        """Translate again the open talk's sentences holding a changed term (the rest is kept)."""
        if self.settings.auto_translate:
            self.translate_visible(force=True)

    def models_changed(self) -> None:
        """Models were installed or removed: forget what was missing and try again."""
        self.translation.models_changed()
        self.model.set_missing_langs(())  # the next run finds out again
        self.banner.hide()
        if self.settings.auto_translate:
            self.translate_visible()

    def translate_again(self, segment_ids: list[int], engine: str) -> None:
        """The reader's "Translate Again With ▸ engine": these sentences, with that engine."""
        talk_id = self.model.talk_id
        if talk_id is not None and segment_ids:
            self.translation.again(talk_id, engine, segment_ids)

    def translate_talk_again(self, engine: str) -> None:
        """Talk ▸ Translate Talk Again With ▸ engine: the whole open talk, rows on screen first."""
        talk_id = self.model.talk_id
        if talk_id is None:
            return
        first, last = self.view.visible_range()
        on_screen = [s.id for row in range(first, last + 1) for s in self.model.paragraph(row).segments]
        self.translation.again(talk_id, engine, None, first=on_screen)

    def on_library_changed(self, change: LibraryChange) -> None:
        if change.engines:
            self.engines_changed()

    def engines_changed(self) -> None:
        """An engine or a direction's choice changed: translate what is missing with it."""
        self.translation.engines_changed()
        if self.settings.auto_translate:
            self.translate_visible()

    def stop_for(self, talk_id: int) -> None:
        """Stop translating *talk_id* (another talk is opened, or it is deleted)."""
        self.translation.stop_for(talk_id)

    # -- what happens ----------------------------------------------------------------------
    def _visible_untranslated(self) -> list[int]:
        first, last = self.view.visible_range()
        return self.model.untranslated_ids(range(first, last + 1))

    def _on_talk_shown(self, _talk_id: int) -> None:
        if self.settings.auto_translate:
            QTimer.singleShot(0, self, self.translate_visible)  # not after the window is gone

    def _on_visible_rows(self, _first: int, _last: int) -> None:
        talk_id = self.model.talk_id
        if talk_id is not None and self.settings.auto_translate:
            self.translation.prioritise(talk_id, self._visible_untranslated())

    def _on_translated(self, translations: dict[int, tuple[str, bool]]) -> None:
        self.model.update_translations(translations)
        self._batches_shown += 1
        if self._batches_shown % FREEZE_EVERY_BATCHES == 0:
            freeze_long_lived_objects()  # stored rows accumulate: keep full collections away
        talk_id = self.model.talk_id
        if talk_id is not None:
            self.translated_counted.emit(talk_id, *self.model.translated_count())

    def _on_planned(self, info: PlanInfo) -> None:
        freeze_long_lived_objects()  # the engine and its modules are loaded by now
        self.model.set_missing_langs(source for source, _target, _count in info.missing)
        if not info.missing:
            self.banner.hide()
            return
        names = {"zh": self.tr("Chinese"), "en": self.tr("English")}
        directions = ", ".join(f"{names.get(s, s)} → {names.get(d, d)}" for s, d, _n in info.missing)
        count = sum(n for _s, _d, n in info.missing)
        self.banner.show_message(
            self.tr("%1 sentences can't be translated: no model for %2 is installed.")
            .replace("%1", str(count))
            .replace("%2", directions),
            self.tr("Install Models…"),
        )

    def _on_again_planned(self, engine: str, count: int) -> None:
        if count == 0:
            message = self.tr("Nothing to translate again: %1 made these translations, or they are your own.")
        else:
            message = self.tr("Translating %n sentence(s) again with %1…", "", count)
        self.status.emit(message.replace("%1", engine_label(engine)), 6000)

    def _on_failed(self, failure: Failure) -> None:
        action = None
        if isinstance(failure.exception, EngineError):
            # The message names the engine; its settings are where a wrong address is fixed.
            action = (self.tr("Engine Settings…"), self.engine_settings_requested.emit)
        report_failure(self, failure, action=action)
