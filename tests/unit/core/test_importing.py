"""Importing files into a real library: talks, segments, re-import and bad input."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from reader.core import library as lib
from reader.core.db import Library
from reader.core.importers.encoding import MAX_FILE_BYTES
from reader.core.importing import IMPORTED_MODEL
from tests.support.transcripts import BILINGUAL_SRT, MARKDOWN, SRT


def dump(path: Path) -> list[tuple[object, ...]]:
    """Every row of every table, to prove a failed import changed nothing."""
    with sqlite3.connect(path) as conn:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
        rows: list[tuple[object, ...]] = []
        for table in tables:
            rows.extend((table, *row) for row in conn.execute(f'SELECT * FROM "{table}" ORDER BY 1'))
        return rows


def test_sample_imports_with_source_lines(library: Library, sample_notes: Path) -> None:
    result = lib.import_file(library, sample_notes)
    assert result.status == "imported"
    assert result.talks
    first, last = result.talks[0].source_lines
    assert first == 4  # line 2 is the document title, not part of a talk
    assert result.talks[-1].source_lines[1] == 1842
    with library.read_session() as session:
        summaries = lib.list_talks(session)
        assert sum(s.segments for s in summaries) == sum(t.segments for t in result.talks)
        segments = lib.talk_segments(session, summaries[0].id)
        assert segments[0].source_line == 4
        assert [s.ordinal for s in segments] == list(range(len(segments)))
        assert all(s.text.strip() for s in segments)


def test_reimport_is_skipped(library: Library, sample_notes: Path, tmp_path: Path) -> None:
    assert lib.import_file(library, sample_notes).status == "imported"
    before = dump(library.path)
    # Same content under another name and with CRLF line ends is still the same content.
    copy = tmp_path / "copy.txt"
    copy.write_bytes(sample_notes.read_bytes().replace(b"\n", b"\r\n"))
    result = lib.import_file(library, copy)
    assert result.status == "skipped"
    assert dump(library.path) == before


def test_deleting_all_talks_allows_reimport(library: Library, tmp_path: Path) -> None:
    path = tmp_path / "talk.srt"
    path.write_text(SRT, encoding="utf-8")
    talk_id = lib.import_file(library, path).talks[0].id
    with library.session() as session:
        lib.delete_talk(session, talk_id)
    assert lib.import_file(library, path).status == "imported"


def test_subtitle_times_are_kept(library: Library, tmp_path: Path) -> None:
    path = tmp_path / "talk.srt"
    path.write_text(SRT, encoding="utf-8")
    talk = lib.import_file(library, path).talks[0]
    with library.read_session() as session:
        segments = lib.talk_segments(session, talk.id)
    assert segments[0].start_ms == 1000
    assert segments[-1].end_ms == 7250
    assert all(s.start_ms is not None and s.end_ms is not None for s in segments)


def test_bilingual_srt_imports_given_translation(library: Library, tmp_path: Path) -> None:
    path = tmp_path / "bilingual.srt"
    path.write_text(BILINGUAL_SRT, encoding="utf-8")
    result = lib.import_file(library, path)
    assert len(result.talks) == 1
    with library.read_session() as session:
        segments = lib.talk_segments(session, result.talks[0].id)
    assert len(segments) == 2
    assert [s.lang for s in segments] == ["en", "en"]
    assert segments[0].translation is not None
    assert segments[0].translation.text == "大家好，欢迎来到这个报告。"
    assert segments[0].translation.model == IMPORTED_MODEL
    assert segments[0].translation.target_lang == "zh"


def test_markdown_headings_start_talks(library: Library, tmp_path: Path) -> None:
    path = tmp_path / "notes.md"
    path.write_text(MARKDOWN, encoding="utf-8")
    result = lib.import_file(library, path)
    assert [t.title for t in result.talks] == ["Talk one: AI chips", "Talk two: Diffusion"]
    assert result.talks[0].source_lines == (6, 11)


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.txt", b"", "empty"),
        ("image.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)), "PNG"),
        ("broken.srt", b"1\n00:00:01,000 --> nonsense\nhello\n", "malformed"),
        ("zeros.txt", bytes(1000), "empty"),
        ("junk.txt", b"\x00\x01\x02binary\xff\xfe" * 200, "binary"),
    ],
)
def test_bad_files_fail_and_change_nothing(
    library: Library, sample_notes: Path, tmp_path: Path, name: str, content: bytes, message: str
) -> None:
    lib.import_file(library, sample_notes)
    before = dump(library.path)
    path = tmp_path / name
    path.write_bytes(content)
    result = lib.import_file(library, path)
    assert result.status == "failed"
    assert message in (result.message or "")
    assert name in (result.message or "")
    assert dump(library.path) == before


def test_missing_path_and_directory(library: Library, tmp_path: Path) -> None:
    assert "no such file" in (lib.import_file(library, tmp_path / "nope.txt").message or "")
    assert "directory" in (lib.import_file(library, tmp_path).message or "")


def test_huge_file_is_refused_quickly(library: Library, tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:  # sparse: no 100 MB written to disk
        handle.truncate(MAX_FILE_BYTES + 1)
    result = lib.import_file(library, path)
    assert result.status == "failed"
    assert "MB" in (result.message or "")


def test_failure_mid_store_rolls_back(library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A crash while writing (here: the disk filling up) leaves no half-imported talk."""
    import reader.core.importing as importing

    path = tmp_path / "talk.srt"
    path.write_text(SRT, encoding="utf-8")
    original = importing.store_import

    def failing_store(session, prepared, **kwargs):  # type: ignore[no-untyped-def]
        original(session, prepared, **kwargs)
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr("reader.core.importing.store_import", failing_store)
    with pytest.raises(Exception, match="full"):
        lib.import_file(library, path)
    with sqlite3.connect(library.path) as conn:
        assert conn.execute("SELECT count(*) FROM talks").fetchone()[0] == 0
        assert conn.execute("SELECT count(*) FROM segments").fetchone()[0] == 0


def test_single_talk_file_takes_its_title(library: Library, tmp_path: Path) -> None:
    path = tmp_path / "one.md"
    path.write_text("# My single talk\n\nHello everyone.\n\nToday we talk about memory.\n", encoding="utf-8")
    assert [t.title for t in lib.import_file(library, path).talks] == ["My single talk"]


def test_progress_moves_forward_to_the_end(library: Library, sample_notes: Path) -> None:
    seen: list[tuple[int, int]] = []
    lib.import_file(library, sample_notes, report=lambda done, total: seen.append((done, total)))
    fractions = [done / total for done, total in seen]
    assert fractions == sorted(fractions)
    assert fractions[-1] == 1.0 and len(seen) > 2


def test_cancel_while_storing_keeps_nothing(library: Library, sample_notes: Path) -> None:
    import threading

    from reader.core.errors import Cancelled

    cancel = threading.Event()

    def report(done: int, total: int) -> None:
        if done > total // 2:  # in the storing phase
            cancel.set()

    with pytest.raises(Cancelled):
        lib.import_file(library, sample_notes, cancel=cancel, report=report)
    with library.read_session() as session:
        assert lib.list_talks(session) == []
    assert lib.import_file(library, sample_notes).status == "imported"


def test_list_talks_for_some_ids_matches_the_full_list(library: Library, sample_notes: Path) -> None:
    lib.import_file(library, sample_notes)
    with library.read_session() as session:
        everything = lib.list_talks(session)
        chosen = [everything[3].id, everything[1].id]
        assert lib.list_talks(session, chosen) == [everything[1], everything[3]]  # library order
        assert lib.list_talks(session, []) == []


def test_talks_of_a_one_line_transcript_are_told_apart_by_character_offsets(
    library: Library, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import importlib.util
    import sys

    from reader.cli import run

    # The synthetic conference of the talk-splitting tests, written on one line.
    source = Path(__file__).resolve().parent / "textproc" / "textproc_transcripts.py"
    spec = importlib.util.spec_from_file_location("conference_transcripts", source)
    assert spec is not None and spec.loader is not None
    transcripts = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, spec.name, transcripts)
    spec.loader.exec_module(transcripts)
    conference = transcripts.english_conference()
    path = tmp_path / "one-line.txt"
    path.write_text(" ".join(conference.lines) + "\n", encoding="utf-8")
    result = lib.import_file(library, path)
    assert result.status == "imported" and len(result.talks) >= 2
    chars = [talk.source_chars for talk in result.talks]
    assert all(span is not None for span in chars)
    assert [span[0] for span in chars if span] == sorted({span[0] for span in chars if span})
    with library.read_session() as session:
        summaries = lib.list_talks(session)
    assert [summary.source_chars for summary in summaries] == chars
    assert all(summary.source_lines == (1, 1) for summary in summaries)
    library.close()
    assert run(["--library", str(library.path), "talks"]) == 0
    out = capsys.readouterr().out
    assert out.count("line 1, characters ") == len(chars)
