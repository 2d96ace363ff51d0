"""The library's translation engines as the window's menus offer them, and whether each is ready.

:class:`EngineStatus` keeps the list of engines (read again after every change of engines,
undo included) and the answer of each engine's readiness check, asked off the GUI thread
(:func:`reader.gui.operations.engines.check`). The reader's "Translate Again With" submenu
and the Talk menu's "Translate Talk Again With" offer the ready engines from it
(:func:`fill_again_menu`); the menus are built at once from what is known, and an answer
older than :data:`STALE_AFTER_S` is asked again in the background when a menu opens.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from reader.gui.operations import engines as engine_ops

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMenu

    from reader.core.translate.engines import Readiness
    from reader.gui.operations import LibraryChange, Operations
    from reader.gui.tasks import OpHandle

#: A readiness answer older than this is asked again when a menu that offers engines opens.
STALE_AFTER_S = 60.0
#: The built-in engine's name (:data:`reader.core.translate.engine_settings.ARGOS`; not
#: imported from there, so that the reader's widgets start without the translation core).
BUILTIN_NAME = "argos"


def engine_label(name: str | None) -> str:
    """An engine as the UI names it: the user's name, or "Argos (built in)" (None: a row
    from before engines could be chosen, made by Argos)."""
    from PySide6.QtCore import QCoreApplication

    if name is None or name == BUILTIN_NAME:
        return QCoreApplication.translate("Engines", "Argos (built in)")
    return name


@dataclass(frozen=True)
class EngineOffer:
    """One engine in a "Translate Again With" menu."""

    name: str
    #: True: ready; False: not ready; None: not known yet (being checked).
    ready: bool | None
    #: Why it is not ready (the check's error in the UI language), for the item's tooltip.
    reason: str = ""


class EngineStatus(QObject):
    """The engines and their readiness, for the menus that offer them."""

    #: The list of engines or an engine's readiness changed.
    changed = Signal()

    def __init__(self, ops: Operations, parent: QObject) -> None:
        super().__init__(parent)
        self.ops = ops
        self.engines: engine_ops.EngineList | None = None
        self.readiness: dict[str, Readiness] = {}
        self._checked_at = 0.0
        self._checking: OpHandle | None = None

    def refresh(self) -> None:
        """Read the engines again, then ask each whether it is ready."""
        engine_ops.load(self.ops, self._loaded)

    def on_library_changed(self, change: LibraryChange) -> None:
        if change.engines or change.everything:
            self.refresh()

    def _loaded(self, engines: engine_ops.EngineList) -> None:
        self.engines = engines
        names = {config.name for config in engines.engines}
        self.readiness = {name: r for name, r in self.readiness.items() if name in names}
        self.changed.emit()
        self.check()

    def check(self) -> None:
        """Ask every engine again (the answers replace the old ones as they come)."""
        if self.engines is None:
            return
        if self._checking is not None and not self._checking.finished:
            self._checking.cancel()
        self._checked_at = time.monotonic()
        self._checking = engine_ops.check(self, self.ops, self.engines.engines, self.update)

    def update(self, name: str, readiness: Readiness) -> None:
        """An answer to a readiness check (also the engines dialog's: it asks on its own)."""
        self.readiness[name] = readiness
        self.changed.emit()

    def offers(self) -> list[EngineOffer]:
        """Each engine with what is known of its readiness; asks again if that is old."""
        if self.engines is None:
            return []
        if time.monotonic() - self._checked_at > STALE_AFTER_S:
            self.check()
        offers = []
        for config in self.engines.engines:
            readiness = self.readiness.get(config.name)
            if readiness is None:
                offers.append(EngineOffer(config.name, None))
            else:
                reason = str(readiness.error) if readiness.error is not None else readiness.detail
                offers.append(EngineOffer(config.name, readiness.ready, "" if readiness.ready else reason))
        return offers


def fill_again_menu(menu: QMenu, offers: list[EngineOffer], chosen: Callable[[str], object]) -> None:
    """Put one item per engine in *menu*: ready engines call ``chosen(name)``; the others
    are shown disabled, saying why (or that they are being checked)."""
    from PySide6.QtCore import QCoreApplication

    menu.clear()
    if not offers:
        empty = menu.addAction(QCoreApplication.translate("Engines", "No engines"))
        empty.setEnabled(False)
        return
    for offer in offers:
        label = engine_label(offer.name)
        if offer.ready:
            text = label
        elif offer.ready is None:
            text = QCoreApplication.translate("Engines", "%1 (checking…)").replace("%1", label)
        else:
            text = QCoreApplication.translate("Engines", "%1 (not ready)").replace("%1", label)
        action = menu.addAction(text)
        action.setObjectName(f"againWith:{offer.name}")
        action.setEnabled(bool(offer.ready))
        if offer.reason:
            action.setToolTip(offer.reason)
        action.triggered.connect(lambda _checked=False, name=offer.name: chosen(name))
    menu.setToolTipsVisible(True)
