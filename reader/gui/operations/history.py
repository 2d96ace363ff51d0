"""Undo and redo: the core's persistent history, named in the UI language."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication

from reader.core import history
from reader.core.history import ActionKind, HistoryEntry
from reader.gui.language_names import direction_label
from reader.gui.operations import LibraryChange, Operations
from reader.gui.tasks import Failure, OpHandle

#: (next to undo, next to redo)
Pending = tuple[HistoryEntry | None, HistoryEntry | None]


def _names() -> dict[ActionKind, tuple[str, str]]:
    """Each kind's name (with %1 for the value it shows) and which parameter fills %1."""
    return {
        ActionKind.IMPORT: (QCoreApplication.translate("History", "Import “%1”"), "name"),
        ActionKind.RENAME_TALK: (QCoreApplication.translate("History", "Rename “%1”"), "new"),
        ActionKind.SPLIT_TALK: (QCoreApplication.translate("History", "Split “%1”"), "title"),
        ActionKind.MERGE_TALKS: (QCoreApplication.translate("History", "Merge into “%1”"), "title"),
        ActionKind.DELETE_TALK: (QCoreApplication.translate("History", "Delete “%1”"), "title"),
        ActionKind.EDIT_SOURCE: (QCoreApplication.translate("History", "Correct “%1”"), "text"),
        ActionKind.EDIT_TRANSLATION: (QCoreApplication.translate("History", "Edit Translation “%1”"), "text"),
        ActionKind.CLEAR_TRANSLATION: (QCoreApplication.translate("History", "Clear Translation “%1”"), "text"),
        ActionKind.ADD_NOTE: (QCoreApplication.translate("History", "Add Note “%1”"), "text"),
        ActionKind.EDIT_NOTE: (QCoreApplication.translate("History", "Edit Note “%1”"), "text"),
        ActionKind.DELETE_NOTE: (QCoreApplication.translate("History", "Delete Note “%1”"), "text"),
        ActionKind.RENAME_SPEAKER: (QCoreApplication.translate("History", "Rename Speaker “%1”"), "old"),
        ActionKind.ASSIGN_SPEAKER: (QCoreApplication.translate("History", "Set Speaker “%1”"), "name"),
        ActionKind.ADD_GLOSSARY_ENTRY: (QCoreApplication.translate("History", "Add “%1” to Glossary"), "term"),
        ActionKind.EDIT_GLOSSARY_ENTRY: (QCoreApplication.translate("History", "Edit Glossary Entry “%1”"), "term"),
        ActionKind.REMOVE_GLOSSARY_ENTRY: (
            QCoreApplication.translate("History", "Remove “%1” from Glossary"),
            "term",
        ),
        ActionKind.IMPORT_GLOSSARY: (QCoreApplication.translate("History", "Import Glossary “%1”"), "name"),
        ActionKind.ADD_ENGINE: (QCoreApplication.translate("History", "Add Engine “%1”"), "name"),
        ActionKind.EDIT_ENGINE: (QCoreApplication.translate("History", "Edit Engine “%1”"), "name"),
        ActionKind.REMOVE_ENGINE: (QCoreApplication.translate("History", "Remove Engine “%1”"), "name"),
        ActionKind.CHOOSE_ENGINE: (QCoreApplication.translate("History", "Use “%1” for %2"), "name"),
    }


def action_name(entry: HistoryEntry) -> str:
    """The action's name in the UI language ("Rename “Scaling laws”")."""
    template, key = _names()[entry.kind]
    name = template.replace("%1", str(entry.params.get(key, "")))
    if "%2" in name:  # the direction of an engine's choice: "zh-en" → "Chinese → English"
        source, _, target = str(entry.params.get("direction", "")).partition("-")
        name = name.replace("%2", direction_label(source, target))
    return name


def _change(entry: HistoryEntry) -> LibraryChange:
    """Anything may have changed; the talk the action was about is shown."""
    talk = entry.params.get("talk")
    return LibraryChange(everything=True, select=talk if isinstance(talk, int) else None)


def load_pending(ops: Operations, on_done: Callable[[Pending], Any]) -> OpHandle:
    """What Undo and Redo would do now (another process may have edited since)."""
    return ops.read(lambda s: (history.next_undo(s), history.next_redo(s)), on_done)


def undo(
    ops: Operations, on_done: Callable[[HistoryEntry], Any], on_failure: Callable[[Failure], Any] | None = None
) -> OpHandle:
    return ops.edit(history.undo, _change, on_done=on_done, on_failure=on_failure)


def redo(
    ops: Operations, on_done: Callable[[HistoryEntry], Any], on_failure: Callable[[Failure], Any] | None = None
) -> OpHandle:
    return ops.edit(history.redo, _change, on_done=on_done, on_failure=on_failure)
