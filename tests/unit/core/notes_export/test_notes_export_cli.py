"""The notes and export commands as a user runs them, on a real library file."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from notes_export_support import SampleTalk, build_sample_talk

from reader.cli import run
from reader.core.db import Library


@pytest.fixture
def sample(library: Library, tmp_path: Path) -> SampleTalk:
    sample = build_sample_talk(library, tmp_path)
    library.close()
    return sample


def cli(capsys: pytest.CaptureFixture[str], library_path: Path, *args: str) -> tuple[int, str, str]:
    status = run(["--library", str(library_path), *args])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_note_lifecycle(capsys: pytest.CaptureFixture[str], library_path: Path, sample: SampleTalk) -> None:
    ids = sample.segment_ids
    status, out, err = cli(
        capsys,
        library_path,
        "note",
        "add",
        str(sample.talk_id),
        "--segments",
        f"{ids[2]}-{ids[3]}",
        "--text",
        "A *good* point",
        "--color",
        "Blue",
        "--json",
    )
    assert status == 0, err
    added = json.loads(out)
    assert (added["first_segment_id"], added["last_segment_id"], added["color"]) == (ids[2], ids[3], "blue")

    status, out, _ = cli(capsys, library_path, "notes", str(sample.talk_id), "--json")
    listed = json.loads(out)
    starts = [n["first_ordinal"] for n in listed]
    assert len(listed) == 4 and starts == sorted(starts)  # reading order
    mine = next(n for n in listed if n["id"] == added["id"])
    assert mine["text"] == "A *good* point" and sample.texts[ids[2]] in mine["passage"]

    status, out, _ = cli(capsys, library_path, "notes", str(sample.talk_id))
    assert f"#{added['id']}  segments {ids[2]}-{ids[3]} (2) · blue" in out and "    A *good* point" in out

    status, out, err = cli(capsys, library_path, "note", "edit", str(added["id"]), "--text", "", "--color", "pink")
    assert status == 0 and out.startswith(f"Changed note #{added['id']}")
    status, out, _ = cli(capsys, library_path, "notes", str(sample.talk_id), "--json")
    assert next(n for n in json.loads(out) if n["id"] == added["id"])["text"] == ""

    status, out, _ = cli(capsys, library_path, "note", "delete", str(added["id"]))
    assert (status, out) == (0, f"Note #{added['id']} deleted\n")
    status, _, err = cli(capsys, library_path, "note", "delete", str(added["id"]))
    assert status == 1 and err == f"talk-reader: error: no note with id {added['id']}\n"


def test_bad_note_input(capsys: pytest.CaptureFixture[str], library_path: Path, sample: SampleTalk) -> None:
    ids = sample.segment_ids
    talk = str(sample.talk_id)
    status, _, err = cli(capsys, library_path, "note", "add", talk, "--segments", f"{ids[3]}-{ids[1]}")
    assert status == 1 and "comes before" in err
    status, _, err = cli(capsys, library_path, "note", "add", talk, "--segments", str(ids[0]), "--color", "red")
    assert status == 1 and "unknown colour 'red'; choose one of: yellow, green, blue, pink, purple" in err
    status, _, err = cli(capsys, library_path, "note", "edit", str(sample.note_ids[0]))
    assert status == 1 and "nothing to change" in err
    with pytest.raises(SystemExit) as caught:
        run(["--library", str(library_path), "note", "add", talk, "--segments", "three"])
    assert caught.value.code == 2
    assert "is not a segment id or a range like 12-15" in capsys.readouterr().err


def test_export_to_file_and_stdout(
    capsys: pytest.CaptureFixture[str], library_path: Path, sample: SampleTalk, tmp_path: Path
) -> None:
    talk = str(sample.talk_id)
    target = tmp_path / "talk.md"
    status, out, err = cli(
        capsys, library_path, "export", talk, "--format", "md", "--layout", "table", "-o", str(target)
    )
    assert status == 0, err
    assert out == f"Exported talk #{talk} (md, 3 note(s)) to {target}\n"
    assert "talk-reader: warning: 2 passage(s) are not translated yet" in err
    assert "| Original | Translation |" in target.read_text(encoding="utf-8")

    status, _, err = cli(capsys, library_path, "export", talk, "--format", "html", "-o", str(target))
    assert status == 1
    assert err == f"talk-reader: error: {target}: already exists; not overwritten; use --force to replace it\n"
    assert "| Original |" in target.read_text(encoding="utf-8")
    status, out, _ = cli(
        capsys, library_path, "export", talk, "--format", "html", "-o", str(target), "--force", "--json"
    )
    assert status == 0 and json.loads(out)["format"] == "html"
    assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")

    status, out, _ = cli(capsys, library_path, "export", "--all", "--format", "notes", "-o", "-")
    assert status == 0 and out.startswith("# Highlights and notes\n") and "bandwidth" in out


def test_export_refusals(
    capsys: pytest.CaptureFixture[str], library_path: Path, sample: SampleTalk, tmp_path: Path
) -> None:
    talk = str(sample.talk_id)
    cases = [
        (["export", talk, "--format", "srt", "-o", str(tmp_path / "x.srt")], "has no subtitle timings"),
        (["export", "--all", "--format", "vtt", "-o", str(tmp_path / "x.vtt")], "one talk at a time"),
        (["export", talk, "--all", "-o", str(tmp_path / "x.md")], "give talk ids or --all, not both"),
        (["export", "-o", str(tmp_path / "x.md")], "name the talk(s) to export, or use --all"),
        (["export", "999", "-o", str(tmp_path / "x.md")], "no talk with id 999"),
        (["export", talk, "-o", str(tmp_path / "no-such-folder" / "x.md")], "does not exist"),
    ]
    for args, message in cases:
        status, _, err = cli(capsys, library_path, *args)
        assert status == 1 and message in err, (args, err)
    assert not list(tmp_path.rglob("x.*")) and not list(tmp_path.rglob("*.part"))


def test_note_text_from_stdin_in_a_real_process(library_path: Path, sample: SampleTalk) -> None:
    note = "Line one\n\n- a list item\n"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "reader",
            "--library",
            str(library_path),
            "note",
            "add",
            str(sample.talk_id),
            "--segments",
            str(sample.segment_ids[-1]),
            "--text",
            "-",
            "--json",
        ],
        input=note,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["text"] == "Line one\n\n- a list item"
