"""Key bindings: every shortcut registered once, and a way to find collisions.

Qt drops a key that two enabled shortcuts in the same context claim (it warns "Ambiguous
shortcut overload" and triggers neither). That happens silently when an action lists a
literal key beside the platform's standard key and both are the same key on this platform
(``F3`` and ``FindNext`` on Linux), or when two actions claim one key. :func:`key_sequences`
expands standard keys to all their platform bindings and drops repeats, so an action's list
never collides with itself; :func:`collisions` finds keys that two actions of a window claim.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QWidget

Key = QKeySequence.StandardKey | QKeySequence | str


def key_sequences(*keys: Key) -> list[QKeySequence]:
    """The key sequences for *keys* (standard keys expanded to every platform binding),
    each once, in the order given; empty ones (a standard key this platform lacks) dropped."""
    found: list[QKeySequence] = []
    seen: set[str] = set()
    for key in keys:
        if isinstance(key, QKeySequence.StandardKey):
            sequences = QKeySequence.keyBindings(key)
        else:
            sequences = [QKeySequence(key)]
        for sequence in sequences:
            text = sequence.toString(QKeySequence.SequenceFormat.PortableText)
            if text and text not in seen:
                seen.add(text)
                found.append(sequence)
    return found


def local_action(widget: QWidget, keys: Iterable[Key], slot: Callable[[], object], name: str = "") -> QAction:
    """An action whose keys work only while *widget* (or a child of it) has the focus.

    Keys like Delete mean different things in different panes (a talk in the library, a
    note in the notes panel), so they must not be window-wide shortcuts.
    """
    action = QAction(widget)
    action.setShortcuts(key_sequences(*keys))
    action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    if name:
        action.setObjectName(name)
    action.triggered.connect(lambda _checked=False: slot())
    widget.addAction(action)
    return action


def window_actions(window: QMainWindow) -> list[QAction]:
    """The actions whose shortcuts work anywhere in *window*: its own and its menus'."""
    actions: list[QAction] = []

    def add(action: QAction) -> None:
        if action not in actions:
            actions.append(action)
        menu = action.menu()
        if isinstance(menu, QMenu):
            for child in menu.actions():
                add(child)

    for action in window.actions():
        add(action)
    for action in window.menuBar().actions():
        add(action)
    return [
        a
        for a in actions
        if a.shortcutContext() in (Qt.ShortcutContext.WindowShortcut, Qt.ShortcutContext.ApplicationShortcut)
    ]


def collisions(actions: Iterable[QAction]) -> dict[str, list[str]]:
    """Keys claimed more than once among *actions* (also twice by one action): key -> names."""
    claims: dict[str, list[str]] = {}
    for action in actions:
        for sequence in action.shortcuts():
            text = sequence.toString(QKeySequence.SequenceFormat.PortableText)
            if text:
                claims.setdefault(text, []).append(action.objectName() or action.text())
    return {key: names for key, names in claims.items() if len(names) > 1}
