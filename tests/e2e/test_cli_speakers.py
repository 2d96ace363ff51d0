"""``talk-reader speakers``, ``rename-speaker`` and the speaker lines of ``show``, through the CLI's ``run()``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reader.cli import run
from reader.core.db import Library
from tests.support.speakers import CUES, SpeakerTalk, make_speaker_talk


@pytest.fixture
def panel(library: Library, tmp_path: Path) -> SpeakerTalk:
    talk = make_speaker_talk(library, tmp_path)
    library.close()
    return talk


def _cli(library: Library, *args: str) -> list[str]:
    return ["--library", str(library.path), *args]


def test_speakers_lists_turns_and_sentences(
    library: Library, panel: SpeakerTalk, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(_cli(library, "speakers", str(panel.talk_id))) == 0
    assert capsys.readouterr().out.splitlines() == [
        "Host       2 turns, 3 sentences",
        "Speaker 3  2 turns, 3 sentences",
    ]
    assert run(_cli(library, "speakers", str(panel.talk_id), "--json")) == 0
    assert json.loads(capsys.readouterr().out)[1] == {
        "name": "Speaker 3",
        "turns": 2,
        "segments": 3,
        "first_segment_id": panel.segment_ids[2],
    }


def test_rename_then_merge(library: Library, panel: SpeakerTalk, capsys: pytest.CaptureFixture[str]) -> None:
    talk = str(panel.talk_id)
    assert run(_cli(library, "rename-speaker", talk, "Speaker 3", "赵老师")) == 0
    assert capsys.readouterr().out.strip() == f"#{talk}: Speaker 3 renamed to 赵老师 (3 sentences)"
    assert run(_cli(library, "rename-speaker", talk, "host", "赵老师", "--json")) == 0
    result = json.loads(capsys.readouterr().out)
    assert (result["old"], result["new"], result["merged"], result["segments"]) == ("Host", "赵老师", True, 3)
    assert run(_cli(library, "speakers", talk)) == 0
    assert capsys.readouterr().out.strip() == "赵老师  1 turn, 6 sentences"


def test_rename_errors_are_one_line(library: Library, panel: SpeakerTalk, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(_cli(library, "rename-speaker", str(panel.talk_id), "Nobody", "Ana")) == 1
    err = capsys.readouterr().err
    assert err.startswith("talk-reader: error:") and "“Host”" in err and err.count("\n") == 1
    assert run(_cli(library, "rename-speaker", str(panel.talk_id), "Host", " ")) == 1
    assert "empty" in capsys.readouterr().err
    assert run(_cli(library, "speakers", "999")) == 1


def test_show_prints_the_speaker_at_each_change_of_turn(
    library: Library, panel: SpeakerTalk, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(_cli(library, "show", str(panel.talk_id))) == 0
    lines = capsys.readouterr().out.splitlines()
    names = [line for line in lines if line.endswith(":") and not line.startswith("[")]
    assert names == ["Host:", "Speaker 3:", "Host:", "Speaker 3:"]
    assert lines[lines.index("Speaker 3:") + 1].endswith(CUES[2][1])
    assert lines[lines.index("Speaker 3:") - 1] == ""  # a turn reads as its own paragraph

    assert run(_cli(library, "show", str(panel.talk_id), "--json")) == 0
    segments = json.loads(capsys.readouterr().out)["segments"]
    assert [(s["speaker"], s["turn_start"]) for s in segments] == [
        ("Host", True),
        ("Host", False),
        ("Speaker 3", True),
        ("Speaker 3", False),
        ("Host", True),
        ("Speaker 3", True),
    ]


VOICED_VTT = """WEBVTT

00:00:01.000 --> 00:00:04.000
<v Moderator>Good afternoon, the session on memory starts now.

00:00:04.500 --> 00:00:08.000
<v Moderator>Our guest builds retrieval systems for long documents.

00:00:08.500 --> 00:00:12.000
<v Speaker 3>Thanks, it is good to be here with all of you.

00:00:12.500 --> 00:00:16.000
<v Moderator>We have time for one question from the room.
"""


def test_voices_survive_import_rename_export_and_import_again(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source, exported = tmp_path / "panel.vtt", tmp_path / "renamed.vtt"
    source.write_text(VOICED_VTT, encoding="utf-8")
    first, second = ["--library", str(tmp_path / "a.sqlite3")], ["--library", str(tmp_path / "b.sqlite3")]
    assert run([*first, "import", str(source)]) == 0
    assert run([*first, "rename-speaker", "1", "Speaker 3", "赵老师"]) == 0
    assert run([*first, "export", "1", "--format", "vtt", "--lang", "original", "-o", str(exported)]) == 0
    assert run([*second, "import", str(exported)]) == 0
    capsys.readouterr()
    assert run([*second, "speakers", "1"]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "Moderator  2 turns, 3 sentences",
        "赵老师     1 turn, 1 sentence",  # Chinese names take two columns each
    ]
