"""Cancelling an import while it looks for talks stops it soon and leaves the library as it was."""

from __future__ import annotations

import random
import sqlite3
import threading
from pathlib import Path

import pytest

from reader.core import library as lib
from reader.core.db import Library
from reader.core.errors import Cancelled
from reader.core.importing import WATCH_READS, _Watched
from reader.core.textproc import talks
from reader.core.textproc.units import Unit

_WORDS = "river lantern copper orchard signal harbor meadow quartz ledger violet compass thunder".split()
_HAN = "河灯铜园信港草晶账紫针雷"


def _long_notes(lines: int) -> str:
    """Made-up notes: English and Chinese sentences, one per line."""
    rng = random.Random(lines)
    rows = []
    for number in range(lines):
        if number % 3:
            rows.append(" ".join(rng.choice(_WORDS) for _ in range(9)).capitalize() + ".")
        else:
            rows.append("".join(rng.choice(_HAN) for _ in range(14)) + "。")
    return "\n".join(rows) + "\n"


def _rows(path: Path) -> list[tuple[object, ...]]:
    with sqlite3.connect(path) as conn:
        tables = [
            name
            for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
            if not name.startswith(("search_index_", "search_bigrams_", "sqlite_"))
        ]
        return [(table, *row) for table in tables for row in conn.execute(f'SELECT * FROM "{table}"')]


def test_cancel_during_talk_detection_stops_within_a_few_thousand_sentences(
    library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lines = 4 * WATCH_READS
    path = tmp_path / "long-notes.txt"
    path.write_text(_long_notes(lines), encoding="utf-8")
    before = _rows(library.path)
    cancel = threading.Event()
    cue_reads = 0
    real_find_cues = talks.find_cues

    def counting_find_cues(text: str) -> object:
        nonlocal cue_reads
        cue_reads += 1
        cancel.set()  # the user cancels as talk detection starts reading cue phrases
        return real_find_cues(text)

    monkeypatch.setattr(talks, "find_cues", counting_find_cues)
    with pytest.raises(Cancelled):
        lib.import_file(library, path, cancel=cancel)
    # Reading the cue phrases of every sentence takes one call per line; it stopped long before.
    assert 0 < cue_reads <= WATCH_READS < lines
    assert _rows(library.path) == before


def test_a_watched_list_raises_within_its_reading_budget_and_slices_plainly() -> None:
    cancel = threading.Event()
    units = _Watched(cancel, (Unit(text=f"s{i}", lang="en", line=i + 1, line_end=i + 1, block=i) for i in range(9000)))
    assert [unit.text for unit in units][:2] == ["s0", "s1"]
    assert type(units[10:20]) is list and units[3].text == "s3"
    cancel.set()
    read = 0
    with pytest.raises(Cancelled):
        for index in range(len(units)):
            units[index]
            read += 1
    assert read < WATCH_READS
    with pytest.raises(Cancelled):
        for _ in units:
            pass
    assert len(units[0:9000]) == 9000  # slicing never checks: the copy is read by plain code
