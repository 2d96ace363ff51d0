"""SRT as real tools write it: numbered from 0, short hours, bilingual cues, joined files."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.errors import ImportFailed
from reader.core.hashing import document_hash
from reader.core.importers import detect_format, parse

ONE = "1\n00:00:01,000 --> 00:00:02,000\nKites fly high.\n\n2\n00:00:02,000 --> 00:00:03,000\nStrings hold them.\n"
TWO = "1\n00:00:00,500 --> 00:00:01,500\nWind drops.\n\n2\n00:00:01,500 --> 00:00:02,500\nKites fall.\n"


def test_cues_numbered_from_zero_with_short_hours(tmp_path: Path) -> None:
    content = "0\n0:00:00.000 --> 0:00:01.040\n第一句话\n\n1\n0:00:01.040 --> 0:00:03.080\n第二句话\n"
    doc = parse(tmp_path / "z.srt", content)
    assert [(b.text, b.start_ms, b.end_ms) for b in doc.blocks] == [("第一句话", 0, 1040), ("第二句话", 1040, 3080)]


def test_cue_holding_original_and_translation_lines(tmp_path: Path) -> None:
    content = (
        "1\n00:00:01,000 --> 00:00:03,000\nThe bridge opens at noon.\n桥在中午开放。\n\n"
        "2\n00:00:03,000 --> 00:00:05,000\nBring a coat,\nit gets windy.\n带件外套，\n会起风。\n\n"
        "3\n00:00:05,000 --> 00:00:06,000\nSee you there.\n到时见。\n"
    )
    doc = parse(tmp_path / "b.srt", content)
    assert [(b.text, b.translation) for b in doc.blocks] == [
        ("The bridge opens at noon.", "桥在中午开放。"),
        ("Bring a coat,\nit gets windy.", "带件外套，\n会起风。"),
        ("See you there.", "到时见。"),
    ]
    assert (doc.blocks[1].first_line, doc.blocks[1].last_line) == (6, 11)


def test_two_line_cues_in_one_language_stay_text(tmp_path: Path) -> None:
    content = (
        "1\n00:00:01,000 --> 00:00:03,000\nWe tried GPT first,\nthen a smaller model.\n\n"
        "2\n00:00:03,000 --> 00:00:05,000\n我们先试了\n小一点的模型。\n"
    )
    doc = parse(tmp_path / "m.srt", content)
    assert [b.translation for b in doc.blocks] == [None, None]
    assert doc.blocks[0].text == "We tried GPT first,\nthen a smaller model."


def test_two_files_joined_with_a_bom_in_the_middle(tmp_path: Path) -> None:
    doc = parse(tmp_path / "j.srt", "\ufeff" + ONE + "\n\ufeff" + TWO)
    assert [b.text for b in doc.blocks] == ["Kites fly high.", "Strings hold them.", "Wind drops.", "Kites fall."]


def test_lone_cue_number_is_not_text(tmp_path: Path) -> None:
    content = ONE + "\n3\n\n4\n00:00:04,000 --> 00:00:05,000\nLast line.\n\n5\n"
    doc = parse(tmp_path / "l.srt", content)
    assert [b.text for b in doc.blocks] == ["Kites fly high.", "Strings hold them.", "Last line."]


def test_cue_number_without_blank_line_before_it(tmp_path: Path) -> None:
    content = "1\n00:00:01,000 --> 00:00:02,000\nOne.\n2\n00:00:02,000 --> 00:00:03,000\nTwo.\n"
    doc = parse(tmp_path / "n.srt", content)
    assert [b.text for b in doc.blocks] == ["One.", "Two."]


@pytest.mark.parametrize("timing", ["00:99:99,000 --> 00:99:99,500", "00:00:01,000 --> 00:00:75,000"])
def test_minutes_or_seconds_past_59_are_refused(tmp_path: Path, timing: str) -> None:
    with pytest.raises(ImportFailed, match=r"line 2: .*below 60"):
        parse(tmp_path / "t.srt", f"1\n{timing}\nHello\n")


def test_blank_lines_at_the_end_do_not_make_a_new_document() -> None:
    assert document_hash(ONE) == document_hash(ONE + "\n\n  \n\n")
    assert document_hash(ONE) == document_hash(ONE.rstrip("\n"))
    assert document_hash(ONE) == document_hash(ONE.replace("\n", "\r\n"))
    assert document_hash(ONE) != document_hash(ONE.replace("high", "low"))


def test_text_file_holding_subtitles_is_read_as_subtitles(tmp_path: Path) -> None:
    assert detect_format(tmp_path / "captions.txt", ONE) == "srt"
    assert detect_format(tmp_path / "captions.txt", "WEBVTT\n\n00:01.000 --> 00:02.000\nhi\n") == "vtt"
    assert detect_format(tmp_path / "notes.txt", "1\nThe first point.\n") == "txt"
    doc = parse(tmp_path / "captions.txt", ONE)
    assert doc.format == "srt"
    assert doc.blocks[0].start_ms == 1000


def test_cue_text_keeps_file_offsets(tmp_path: Path) -> None:
    doc = parse(tmp_path / "o.srt", ONE)
    for block in doc.blocks:
        start = block.source_offset(0)
        assert start is not None
        assert ONE[start : start + len(block.text)] == block.text
