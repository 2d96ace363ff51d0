"""WebVTT as YouTube, yt-dlp and Whisper write it: metadata, settings, tags, voices, rolling lines."""

from __future__ import annotations

import re
from pathlib import Path

from reader.core.importers import parse

ROLLING = """WEBVTT
Kind: captions
Language: en

00:00:00.100 --> 00:00:02.000 align:start position:0%
\x20
Robots<00:00:00.500><c> can</c><00:00:00.900><c> fold</c><00:00:01.300><c> laundry</c>

00:00:02.000 --> 00:00:02.010 align:start position:0%
Robots can fold laundry
\x20

00:00:02.010 --> 00:00:04.000 align:start position:0%
Robots can fold laundry
now.<00:00:02.400><c> Tomorrow</c><00:00:02.800><c> they</c><00:00:03.100><c> cook.</c>

00:00:04.000 --> 00:00:04.010 align:start position:0%
now. Tomorrow they cook.
\x20

00:00:04.010 --> 00:00:06.000 align:start position:0%
now. Tomorrow they cook.
Maybe
"""


def _words(text: str) -> list[str]:
    return re.findall(r"\S+", text)


def test_rolling_captions_give_each_word_once(tmp_path: Path) -> None:
    doc = parse(tmp_path / "r.vtt", ROLLING)
    words = [word for block in doc.blocks for word in _words(block.text)]
    assert words == "Robots can fold laundry now. Tomorrow they cook. Maybe".split()


def test_rolling_captions_take_times_from_inline_timestamps(tmp_path: Path) -> None:
    doc = parse(tmp_path / "r.vtt", ROLLING)
    first, second, third = doc.blocks
    assert first.text == "Robots can fold laundry now."
    assert (first.start_ms, first.end_ms) == (100, 2400)
    assert second.text == "Tomorrow they cook."
    assert second.start_ms == 2400
    assert third.text == "Maybe"
    assert third.start_ms == 4010


def test_rolling_words_know_their_lines_and_offsets(tmp_path: Path) -> None:
    doc = parse(tmp_path / "r.vtt", ROLLING)
    first = doc.blocks[0]
    now = first.text.index("now.")
    assert first.line_of_offset(0) == 7
    assert first.line_of_offset(now) == 15
    assert ROLLING[first.source_offset(now) :].startswith("now.")
    fold = first.text.index("fold")
    assert ROLLING[first.source_offset(fold) :].startswith("fold")


def test_header_settings_identifiers_notes_and_blank_looking_lines(tmp_path: Path) -> None:
    content = (
        "WEBVTT - made by hand\nKind: captions\nLanguage: en\n\n"
        "STYLE\n::cue { color: lime }\n\n"
        "REGION\nid:left width:40%\n\n"
        "NOTE a comment\nover two lines\n\n"
        "cue-1\n00:01.000 --> 00:02.500 align:start position:0% line:90%\n \nFirst words here.\n\n"
        "NOTE between cues\n\n"
        "2\n01:02.000 --> 01:03.000\nSecond words.\n"
    )
    doc = parse(tmp_path / "h.vtt", content)
    assert [(b.text, b.start_ms, b.end_ms) for b in doc.blocks] == [
        ("First words here.", 1000, 2500),
        ("Second words.", 62000, 63000),
    ]


def test_voice_tags_become_speakers(tmp_path: Path) -> None:
    content = (
        "WEBVTT\n\n00:00.000 --> 00:01.000\n<v Ada Lovelace>Engines can weave patterns.</v>\n\n"
        "00:01.000 --> 00:02.000\n<v.loud Charles>They can.\n"
    )
    doc = parse(tmp_path / "v.vtt", content)
    assert [(b.speaker, b.text) for b in doc.blocks] == [
        ("Ada Lovelace", "Engines can weave patterns."),
        ("Charles", "They can."),
    ]


def test_sound_tags_leave_cues(tmp_path: Path) -> None:
    content = "WEBVTT\n\n00:00.000 --> 00:01.000\n[Music]\n\n00:01.000 --> 00:02.000\nHi all. [Applause]\n"
    doc = parse(tmp_path / "s.vtt", content)
    assert [b.text for b in doc.blocks] == ["Hi all."]


def test_hourless_times_past_an_hour(tmp_path: Path) -> None:
    doc = parse(tmp_path / "w.vtt", "WEBVTT\n\n75:00.000 --> 75:02.500\nlate words\n")
    assert (doc.blocks[0].start_ms, doc.blocks[0].end_ms) == (4_500_000, 4_502_500)


def test_plain_vtt_cues_are_not_deduplicated(tmp_path: Path) -> None:
    content = (
        "WEBVTT\n\n00:00.000 --> 00:01.000\nThank you.\n\n"
        "00:01.000 --> 00:02.000\nThank you.\n\n00:02.000 --> 00:03.000\nBye.\n"
    )
    doc = parse(tmp_path / "p.vtt", content)
    assert [b.text for b in doc.blocks] == ["Thank you.", "Thank you.", "Bye."]
