"""Operations on whole talks: rename, split, merge, delete, and renaming a speaker."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from reader.core import library as lib
from reader.core.speakers import RenameResult, rename_speaker
from reader.gui.operations import LibraryChange, Operations
from reader.gui.tasks import OpHandle


def rename_talk(ops: Operations, talk_id: int, title: str, on_done: Callable[[str], Any] | None = None) -> OpHandle:
    return ops.edit(
        lambda s: lib.rename_talk(s, talk_id, title).title,
        lambda _title: LibraryChange(talks=True, talk_ids=frozenset({talk_id}), select=talk_id),
        on_done=on_done,
    )


def split_talk(ops: Operations, talk_id: int, before_segment_id: int, on_done: Callable[[int], Any]) -> OpHandle:
    return ops.edit(
        lambda s: lib.split_talk(s, talk_id, before_segment_id).id,
        lambda new_id: LibraryChange(talks=True, talk_ids=frozenset({talk_id, new_id}), notes=True, select=talk_id),
        on_done=on_done,
    )


def merge_talks(ops: Operations, first: int, second: int, on_done: Callable[[int], Any] | None = None) -> OpHandle:
    return ops.edit(
        lambda s: lib.merge_talks(s, first, second).id,
        lambda _id: LibraryChange(talks=True, talk_ids=frozenset({first, second}), notes=True, select=first),
        on_done=on_done,
    )


def delete_talk(ops: Operations, talk_id: int, on_done: Callable[[None], Any] | None = None) -> OpHandle:
    return ops.edit(
        lambda s: lib.delete_talk(s, talk_id),
        lambda _none: LibraryChange(talks=True, talk_ids=frozenset({talk_id}), notes=True),
        on_done=on_done,
    )


def rename_talk_speaker(
    ops: Operations, talk_id: int, old: str, new: str, on_done: Callable[[RenameResult], Any]
) -> OpHandle:
    return ops.edit(
        lambda s: rename_speaker(s, talk_id, old, new),
        lambda _result: LibraryChange(talks=True, talk_ids=frozenset({talk_id}), select=talk_id),
        on_done=on_done,
    )
