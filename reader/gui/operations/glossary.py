"""The glossary's edits as operations: add, edit, remove, import (each one undoable action),
reading the entries, and writing them to a file.

After an edit, the open talk's own and imported translations are checked against the new
glossary (marked, never rewritten), and the change names the open talk so the reader shows
the marks; the window then translates again what the change made due.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from reader.core import glossary
from reader.core.glossary import Entry, ImportSummary
from reader.core.translate.store import recheck_protected
from reader.gui.operations import LibraryChange, Operations
from reader.gui.tasks import Failure, OpHandle

Done = Callable[[Any], Any] | None
Failed = Callable[[Failure], Any] | None


def _change(talk_id: int | None) -> Callable[[object], LibraryChange]:
    return lambda _result: LibraryChange(talk_ids=frozenset({talk_id}) if talk_id is not None else frozenset())


def _then_recheck(talk_id: int | None, work: Callable[[Any], Any]) -> Callable[[Any], Any]:
    def run(session: Any) -> Any:
        result = work(session)
        if talk_id is not None:
            recheck_protected(session, talk_ids=[talk_id])
        return result

    return run


def load(ops: Operations, on_done: Callable[[list[Entry]], Any]) -> OpHandle:
    return ops.read(glossary.list_entries, on_done)


def add(
    ops: Operations,
    talk_id: int | None,
    term: str,
    translation: str | None,
    *,
    source_lang: str | None = None,
    case_sensitive: bool = False,
    note: str = "",
    on_done: Done = None,
    on_failure: Failed = None,
) -> OpHandle:
    def work(session: Any) -> Entry:
        return glossary.add_entry(
            session, term, translation, source_lang=source_lang, case_sensitive=case_sensitive, note=note
        )

    return ops.edit(_then_recheck(talk_id, work), _change(talk_id), on_done=on_done, on_failure=on_failure)


def edit(
    ops: Operations,
    talk_id: int | None,
    entry_id: int,
    changes: dict[str, Any],
    *,
    on_done: Done = None,
    on_failure: Failed = None,
) -> OpHandle:
    return ops.edit(
        _then_recheck(talk_id, lambda s: glossary.edit_entry(s, entry_id, **changes)),
        _change(talk_id),
        on_done=on_done,
        on_failure=on_failure,
    )


def remove(ops: Operations, talk_id: int | None, entry_id: int, *, on_done: Done = None) -> OpHandle:
    return ops.edit(
        _then_recheck(talk_id, lambda s: glossary.remove_entry(s, entry_id)), _change(talk_id), on_done=on_done
    )


def import_file(
    ops: Operations, talk_id: int | None, path: str, *, on_done: Callable[[ImportSummary], Any] | None = None
) -> OpHandle:
    def work(session: Any) -> ImportSummary:
        drafts = glossary.read_glossary_file(path)
        return glossary.import_entries(session, drafts, name=Path(path).name)

    return ops.edit(_then_recheck(talk_id, work), _change(talk_id), on_done=on_done)


def export_file(ops: Operations, path: str, on_done: Callable[[int], Any]) -> OpHandle:
    """Write the glossary to *path* (the save dialog asked before replacing a file)."""
    return ops.read(lambda s: glossary.export_glossary(s, path, force=True), on_done)
