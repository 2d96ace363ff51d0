"""Listing talks without reading their segments, counting only the talks asked for."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from reader.core import library as lib
from reader.core.db import Library


@pytest.fixture
def imported(library: Library, sample_notes: Path, tmp_path: Path) -> Library:
    folder = tmp_path / "2023 Beijing"
    folder.mkdir()
    (folder / "keynote.txt").write_text(
        "Welcome, everyone, to the keynote on household robots.\nRobots learn to fold laundry from videos.\n",
        encoding="utf-8",
    )
    assert lib.import_file(library, sample_notes).status == "imported"
    assert lib.import_file(library, folder / "keynote.txt").status == "imported"
    return library


def test_without_counts_the_rows_are_those_of_the_full_list(imported: Library) -> None:
    with imported.read_session() as session:
        everything = lib.list_talks(session)
        bare = lib.list_talks(session, counts=False)
    assert all(t.counted for t in everything) and not any(t.counted for t in bare)
    assert [t.id for t in bare] == [t.id for t in everything]
    for full, light in zip(everything, bare, strict=True):
        assert (light.segments, light.languages, light.translated, light.source_chars) == (0, {}, 0, None)
        assert light == replace(full, segments=0, languages={}, translated=0, source_chars=None, counted=False), (
            "the talk's own fields are the same"
        )


def test_counts_of_the_talks_named_only(imported: Library) -> None:
    with imported.read_session() as session:
        everything = lib.list_talks(session)
        chosen = {everything[1].id, everything[-1].id, 999_999}
        listed = lib.list_talks(session, counts=chosen)
        some = lib.list_talks(session, [everything[0].id, everything[1].id], counts={everything[1].id})
    assert [t.id for t in listed if t.counted] == [everything[1].id, everything[-1].id]
    assert listed[1] == everything[1] and listed[-1] == everything[-1]
    assert not listed[0].counted and listed[0].segments == 0
    assert [t.counted for t in some] == [False, True] and some[1] == everything[1]


def test_a_talk_knows_the_folder_its_file_came_from(imported: Library, sample_notes: Path, tmp_path: Path) -> None:
    with imported.read_session() as session:
        talks = lib.list_talks(session, counts=False)
    keynote = next(t for t in talks if t.source == "keynote.txt")
    assert keynote.folder == str(tmp_path / "2023 Beijing")
    assert talks[0].folder == str(sample_notes.resolve().parent)


@pytest.mark.parametrize(
    ("path", "folder"),
    [("/a/b/c.txt", "/a/b"), ("C:\\talks\\x.srt", "C:\\talks"), ("/c.txt", "/"), ("c.txt", None), ("", None)],
)
def test_folder_of_a_stored_path(path: str, folder: str | None) -> None:
    assert lib._folder(path) == folder
