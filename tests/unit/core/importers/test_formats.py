"""Each importer turns its format into blocks with the right lines, times and headings."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.errors import ImportFailed
from reader.core.importers import BlockKind, detect_format, parse
from tests.support.transcripts import BILINGUAL_SRT, MARKDOWN, SRT, VTT


def test_srt_cues_keep_times_and_lines(tmp_path: Path) -> None:
    doc = parse(tmp_path / "a.srt", SRT)
    assert [b.text for b in doc.blocks] == [
        "Hello everyone, welcome to the talk.",
        "Today I'm going to talk about\ndiffusion models.",
    ]
    assert [(b.start_ms, b.end_ms) for b in doc.blocks] == [(1000, 3500), (3600, 7250)]
    assert [(b.first_line, b.last_line) for b in doc.blocks] == [(1, 3), (5, 8)]


def test_bilingual_srt_merges_translation(tmp_path: Path) -> None:
    doc = parse(tmp_path / "a.srt", BILINGUAL_SRT)
    assert len(doc.blocks) == 2
    assert doc.blocks[0].translation == "大家好，欢迎来到这个报告。"
    assert doc.blocks[1].text.startswith("Today")
    assert doc.blocks[1].translation == "今天我要讲的是扩散模型。"


def test_vtt_strips_tags_and_notes(tmp_path: Path) -> None:
    doc = parse(tmp_path / "a.vtt", VTT)
    assert [b.text for b in doc.blocks] == [
        "Okay, thanks for the introduction.",
        "So today we talk about score-based models.",
    ]
    assert doc.blocks[0].start_ms == 1000
    assert doc.blocks[1].end_ms == 8000


def test_markdown_headings_and_paragraphs(tmp_path: Path) -> None:
    doc = parse(tmp_path / "a.md", MARKDOWN)
    kinds = [(b.kind, b.text) for b in doc.blocks]
    assert kinds[0] == (BlockKind.HEADING, "BAAI 2023 notes")
    assert (BlockKind.HEADING, "Talk one: AI chips") in kinds
    paragraph = next(b for b in doc.blocks if b.text.startswith("First paragraph"))
    assert paragraph.text == "First paragraph of the\nfirst talk."
    assert (paragraph.first_line, paragraph.last_line) == (8, 9)
    assert any(b.text == "a bullet point" for b in doc.blocks)
    assert not any("date:" in b.text for b in doc.blocks)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("1\nnot a time\nHello\n", "malformed subtitle"),
        ("1\n00:00:01,000 --> 00:0x:03,500\nHello\n", "malformed subtitle time"),
        ("1\n00:00:05,000 --> 00:00:03,000\nHello\n", "ends before it starts"),
        ("1\n00:00:01,000 --> 00:00:03,000\n\n", "no subtitle cues"),
    ],
)
def test_broken_srt_names_the_problem(tmp_path: Path, content: str, message: str) -> None:
    with pytest.raises(ImportFailed, match=message):
        parse(tmp_path / "broken.srt", content)


def test_vtt_needs_header(tmp_path: Path) -> None:
    with pytest.raises(ImportFailed, match="WEBVTT"):
        parse(tmp_path / "x.vtt", "00:01.000 --> 00:02.000\nhi\n")


def test_unknown_suffix_is_sniffed(tmp_path: Path) -> None:
    assert detect_format(tmp_path / "x.sub", SRT) == "srt"
    assert detect_format(tmp_path / "x", VTT) == "vtt"
    assert detect_format(tmp_path / "x.notes", MARKDOWN.split("---\n", 2)[2]) == "md"
    assert detect_format(tmp_path / "x.notes", "just text") == "txt"


def test_blank_line_inside_a_cue_keeps_the_text(tmp_path: Path) -> None:
    content = "1\n00:00:01,000 --> 00:00:02,000\nfirst line\n\nsecond line\n\n2\n00:00:03,000 --> 00:00:04,000\nnext\n"
    doc = parse(tmp_path / "a.srt", content)
    assert [b.text for b in doc.blocks] == ["first line\nsecond line", "next"]
    assert doc.blocks[0].last_line == 5


def test_whisper_style_srt_with_bom_and_dots(tmp_path: Path) -> None:
    content = (
        "\ufeff1\n00:00:00.000 --> 00:00:05.120\n Hello everyone.\n\n2\n00:00:05.120 --> 00:00:09.000\n Welcome.\n"
    )
    doc = parse(tmp_path / "w.srt", content)
    assert [(b.text, b.start_ms, b.end_ms) for b in doc.blocks] == [
        ("Hello everyone.", 0, 5120),
        ("Welcome.", 5120, 9000),
    ]


def test_markdown_html_comments_are_skipped(tmp_path: Path) -> None:
    doc = parse(tmp_path / "a.md", "# Title\n\n<!-- a note\nover lines -->\n\nBody text.\n")
    assert [b.text for b in doc.blocks] == ["Title", "Body text."]


def test_vtt_entities_are_decoded(tmp_path: Path) -> None:
    doc = parse(tmp_path / "a.vtt", "WEBVTT\n\n00:01.000 --> 00:02.000\nQ&amp;A: a &lt; b &gt; c\n")
    assert doc.blocks[0].text == "Q&A: a < b > c"
