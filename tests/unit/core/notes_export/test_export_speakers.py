"""Exports name the speaker where a turn starts: Markdown and HTML a name line, SRT a prefix, VTT voice tags."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from reader.core.db import Library
from reader.core.export import ExportOptions, build_document, render
from reader.core.speakers import rename_speaker
from tests.support.speakers import CUES, SpeakerTalk, make_speaker_talk


@pytest.fixture
def panel(library: Library, tmp_path: Path) -> SpeakerTalk:
    return make_speaker_talk(library, tmp_path)


def _render(library: Library, talk_id: int, **options: object) -> str:
    with library.read_session() as session:
        doc = build_document(session, [talk_id])
    return render(doc, ExportOptions(**options)).text  # type: ignore[arg-type]


def _cue_bodies(text: str) -> list[str]:
    """The text line of each cue block (the one after the timing line)."""
    lines = text.splitlines()
    return [lines[i + 1] for i, line in enumerate(lines) if "-->" in line]


def test_document_splits_paragraphs_at_turns(library: Library, panel: SpeakerTalk) -> None:
    with library.read_session() as session:
        talk = build_document(session, [panel.talk_id]).talks[0]
    # Stored as one paragraph and one more (the speakers were named after import).
    assert [p.speaker for p in talk.paragraphs] == ["Host", "Speaker 3", "Host", "Speaker 3"]
    assert [len(p.segments) for p in talk.paragraphs] == [2, 2, 1, 1]


def test_markdown_has_a_bold_name_line_at_each_turn_only(library: Library, panel: SpeakerTalk) -> None:
    text = _render(library, panel.talk_id, format="md", lang="original")
    assert text.count("**Host**") == 2 and text.count("**Speaker 3**") == 2
    name_then_text = re.findall(r"^\*\*(.+?)\*\*\n\n(.+)$", text, flags=re.MULTILINE)
    assert [(name, body.split(" ", 1)[1][:12]) for name, body in name_then_text] == [
        ("Host", CUES[0][1][:12]),
        ("Speaker 3", CUES[2][1][:12]),
        ("Host", CUES[4][1][:12]),
        ("Speaker 3", CUES[5][1][:12]),
    ]  # each name stands right above its turn (after the cue's time)
    table = _render(library, panel.talk_id, format="md", layout="table")
    assert table.count("| **Host** | |") == 2


def test_html_names_are_escaped_text(library: Library, panel: SpeakerTalk) -> None:
    with library.session() as session:
        rename_speaker(session, panel.talk_id, "Host", '<img src=x onerror="alert(1)"> & Co')
    page = _render(library, panel.talk_id, format="html")
    assert page.count('<p class="speaker"><strong>&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; Co') == 2
    assert "<img" not in page
    assert page.count('<p class="speaker"><strong>Speaker 3</strong></p>') == 2


def test_srt_prefixes_the_first_cue_of_each_turn(library: Library, panel: SpeakerTalk) -> None:
    bodies = _cue_bodies(_render(library, panel.talk_id, format="srt", lang="original"))
    expected = [
        f"{who}: {text}" if start else text
        for (who, text), start in zip(CUES, [True, False, True, False, True, True], strict=True)
    ]
    assert bodies == expected


def test_vtt_gives_every_cue_its_voice(library: Library, panel: SpeakerTalk) -> None:
    with library.session() as session:
        rename_speaker(session, panel.talk_id, "Speaker 3", "Dr <Li> &amp;")
    bodies = _cue_bodies(_render(library, panel.talk_id, format="vtt", lang="original"))
    assert bodies[0] == f"<v Host>{CUES[0][1]}"
    assert bodies[1].startswith("<v Host>")
    assert bodies[2] == f"<v Dr &lt;Li&gt; &amp;amp;>{CUES[2][1]}"
