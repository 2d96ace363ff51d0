"""Typed options over :class:`QSettings`, with numbered upgrades (Picard's habit).

Each :class:`Option` names its key, type and default once; code reads and writes plain
Python values (``settings.zoom += 1``) and never sees QVariant quirks such as booleans
stored as ``"true"``. When a key is renamed or its meaning changes, append an upgrade step
to :data:`UPGRADES` instead of sprinkling compatibility code around.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

from reader import APP_ID

T = TypeVar("T")

#: UI languages offered in preferences; "" follows the system locale.
UI_LANGUAGES = ("", "en", "zh_CN")
THEMES = ("system", "light", "dark")
VIEW_MODES = ("both", "original", "translation")
MAX_REMEMBERED_POSITIONS = 200


class Option(Generic[T]):
    """One setting: a key, a default and a type used to coerce what QSettings returns."""

    def __init__(self, key: str, default: T, *, choices: tuple[T, ...] | None = None) -> None:
        self.key = key
        self.default = default
        self.choices = choices
        self.kind: type = type(default)

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __get__(self, obj: Settings | None, objtype: type | None = None) -> T:
        if obj is None:
            return self  # type: ignore[return-value]
        return obj.read(self)

    def __set__(self, obj: Settings, value: T) -> None:
        obj.write(self, value)


def _coerce(option: Option[Any], raw: Any) -> Any:
    if raw is None:
        return option.default
    kind = option.kind
    try:
        if kind is bool:
            value: Any = raw if isinstance(raw, bool) else str(raw).lower() in ("1", "true", "yes")
        elif kind is QByteArray:
            value = raw if isinstance(raw, QByteArray) else QByteArray(raw)
        elif kind is dict:
            value = json.loads(raw) if isinstance(raw, str) else dict(raw)
        else:
            value = kind(raw)
    except (TypeError, ValueError):
        return option.default
    if option.choices is not None and value not in option.choices:
        return option.default
    return value


@dataclass(frozen=True)
class ReadingPosition:
    """Where the reader was in a talk: the paragraph at the top and how far it was scrolled."""

    row: int
    offset: int = 0


class Settings:
    """The app's preferences and remembered state."""

    geometry = Option("window/geometry", QByteArray())
    window_state = Option("window/state", QByteArray())
    splitter = Option("window/splitter", QByteArray())
    last_talk = Option("reader/last_talk", 0)
    positions = Option("reader/positions", {})
    zoom = Option("reader/zoom", 0)
    clean = Option("reader/clean", True)
    view_mode = Option("reader/view_mode", "both", choices=VIEW_MODES)
    swap_sides = Option("reader/swap_sides", False)
    show_timestamps = Option("reader/show_timestamps", True)
    auto_translate = Option("reader/auto_translate", True)
    ui_language = Option("ui/language", "", choices=UI_LANGUAGES)
    theme = Option("ui/theme", "system", choices=THEMES)
    search_visible = Option("ui/search_visible", False)

    def __init__(self, qsettings: QSettings | None = None) -> None:
        self.qsettings = qsettings or QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, APP_ID, APP_ID)
        upgrade(self.qsettings)

    @classmethod
    def at(cls, path: str | Path) -> Settings:
        """Settings kept in a given INI file (tests, portable installs)."""
        return cls(QSettings(str(path), QSettings.Format.IniFormat))

    def read(self, option: Option[T]) -> T:
        return _coerce(option, self.qsettings.value(option.key))

    def write(self, option: Option[T], value: T) -> None:
        if option.kind is dict:
            self.qsettings.setValue(option.key, json.dumps(value))
        else:
            self.qsettings.setValue(option.key, value)

    def sync(self) -> None:
        self.qsettings.sync()

    # Reading positions are kept per talk, most recent last, so reopening any talk resumes.
    def position(self, talk_id: int) -> ReadingPosition | None:
        found = self.positions.get(str(talk_id))
        if not isinstance(found, list) or len(found) != 2:
            return None
        return ReadingPosition(int(found[0]), int(found[1]))

    def set_position(self, talk_id: int, position: ReadingPosition) -> None:
        positions = dict(self.positions)
        positions.pop(str(talk_id), None)
        positions[str(talk_id)] = [position.row, position.offset]
        while len(positions) > MAX_REMEMBERED_POSITIONS:
            positions.pop(next(iter(positions)))
        self.positions = positions


def _upgrade_1_zoom_steps(qs: QSettings) -> None:
    """Version 0 had no zoom key under ``reader/``; a stray ``zoom`` at top level moves there."""
    if qs.contains("zoom"):
        qs.setValue("reader/zoom", qs.value("zoom"))
        qs.remove("zoom")


#: UPGRADES[i] brings settings from version i to i + 1. Append only.
UPGRADES: list[Callable[[QSettings], None]] = [_upgrade_1_zoom_steps]
VERSION_KEY = "settings/version"


def upgrade(qs: QSettings) -> None:
    try:
        found = int(qs.value(VERSION_KEY, 0))
    except (TypeError, ValueError):
        found = 0
    for number in range(found, len(UPGRADES)):
        UPGRADES[number](qs)
    if found != len(UPGRADES):
        qs.setValue(VERSION_KEY, len(UPGRADES))
