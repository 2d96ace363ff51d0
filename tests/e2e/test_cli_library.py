"""The CLI end to end, as a user or a script runs it: a real process and a real library file."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.transcripts import BILINGUAL_SRT


def run_cli(
    *args: str, library: Path, check: bool = True, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [sys.executable, "-m", "reader", "--library", str(library), *args],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, **(env or {})},
    )
    if check and result.returncode != 0:
        raise AssertionError(f"exit {result.returncode}: {result.stderr}")
    return result


def test_import_talks_show_json(tmp_path: Path, sample_notes: Path) -> None:
    library = tmp_path / "lib.sqlite3"
    imported = json.loads(run_cli("import", str(sample_notes), "--json", library=library).stdout)
    assert imported["errors"] == [] and imported["skipped"] == []
    talks_created = imported["imported"][0]["talks"]
    assert talks_created and all(t["title"] for t in talks_created)
    assert talks_created[0]["source_lines"][0] == 4

    talks = json.loads(run_cli("talks", "--json", library=library).stdout)
    assert [t["id"] for t in talks] == [t["id"] for t in talks_created]
    first = talks[0]
    assert set(first) >= {"id", "title", "source", "source_lines", "segments", "languages"}
    assert first["source"] == sample_notes.name
    assert sum(first["languages"].values()) == first["segments"]

    shown = json.loads(run_cli("show", str(first["id"]), "--json", library=library).stdout)
    assert shown["talk"]["id"] == first["id"]
    segment = shown["segments"][0]
    assert set(segment) >= {
        "id",
        "ordinal",
        "paragraph",
        "lang",
        "text",
        "source_line",
        "start_ms",
        "end_ms",
        "translation",
    }
    assert segment["translation"] is None
    assert len(shown["segments"]) == first["segments"]

    again = json.loads(run_cli("import", str(sample_notes), "--json", library=library).stdout)
    assert again["imported"] == [] and len(again["skipped"]) == 1


def test_bilingual_srt_show_has_translation(tmp_path: Path) -> None:
    library = tmp_path / "lib.sqlite3"
    srt = tmp_path / "bi.srt"
    srt.write_text(BILINGUAL_SRT, encoding="utf-8")
    talk = json.loads(run_cli("import", str(srt), "--json", library=library).stdout)["imported"][0]["talks"][0]
    shown = json.loads(run_cli("show", str(talk["id"]), "--json", library=library).stdout)
    assert [s["translation"] for s in shown["segments"]] == ["大家好，欢迎来到这个报告。", "今天我要讲的是扩散模型。"]
    assert shown["segments"][0]["start_ms"] == 1000
    text = run_cli("show", str(talk["id"]), library=library).stdout
    assert "[00:00:01]" in text and "→ 大家好" in text


def test_errors_are_one_line_and_nonzero(tmp_path: Path, sample_notes: Path) -> None:
    library = tmp_path / "lib.sqlite3"
    run_cli("import", str(sample_notes), library=library)
    before = run_cli("talks", "--json", library=library).stdout
    png = tmp_path / "photo.txt"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    result = run_cli("import", str(png), str(tmp_path / "missing.srt"), "--json", library=library, check=False)
    assert result.returncode != 0
    errors = json.loads(result.stdout)["errors"]
    assert [Path(e["path"]).name for e in errors] == ["photo.txt", "missing.srt"]
    assert "PNG" in errors[0]["message"]
    human = run_cli("import", str(png), library=library, check=False)
    assert human.returncode != 0
    assert human.stderr.strip().count("\n") == 0 and "photo.txt" in human.stderr
    assert "Traceback" not in human.stderr
    assert run_cli("talks", "--json", library=library).stdout == before

    missing = run_cli("show", "999", library=library, check=False)
    assert missing.returncode == 1 and "no talk with id 999" in missing.stderr


def test_rename_split_merge_delete(tmp_path: Path, sample_notes: Path) -> None:
    library = tmp_path / "lib.sqlite3"
    run_cli("import", str(sample_notes), library=library)
    talk_id = json.loads(run_cli("talks", "--json", library=library).stdout)[0]["id"]
    run_cli("rename", str(talk_id), "Runtime verification", library=library)
    segments = json.loads(run_cli("show", str(talk_id), "--json", library=library).stdout)["segments"]
    cut = segments[1]["id"]
    split = json.loads(run_cli("split", str(talk_id), "--before", str(cut), "--json", library=library).stdout)
    new_id = split["new_talk"]["id"]
    talks = {t["id"]: t for t in json.loads(run_cli("talks", "--json", library=library).stdout)}
    assert talks[talk_id]["title"] == "Runtime verification"
    assert talks[talk_id]["segments"] == 1
    run_cli("merge", str(talk_id), str(new_id), library=library)
    talks = {t["id"]: t for t in json.loads(run_cli("talks", "--json", library=library).stdout)}
    assert new_id not in talks and talks[talk_id]["segments"] == len(segments)
    run_cli("delete", str(talk_id), library=library)
    remaining = json.loads(run_cli("talks", "--json", library=library).stdout)
    assert talk_id not in {t["id"] for t in remaining}


def test_library_from_environment(tmp_path: Path, sample_notes: Path) -> None:
    library = tmp_path / "env.sqlite3"
    result = subprocess.run(
        [sys.executable, "-m", "reader", "import", str(sample_notes)],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "TALK_READER_LIBRARY": str(library)},
    )
    assert result.returncode == 0, result.stderr
    assert library.exists()


@pytest.mark.parametrize("encoding", ["utf-16", "gb18030", "big5", "utf-8-sig"])
def test_import_encodings_via_cli(tmp_path: Path, encoding: str) -> None:
    text = (
        "下面我們有請張教授。我們今天談擴散模型。\r\n謝謝大家。\r\n"
        if encoding == "big5"
        else "下面我们有请张教授。我们今天谈扩散模型。\r\n谢谢大家。\r\n"
    )
    path = tmp_path / f"talk-{encoding}.txt"
    path.write_bytes(text.encode(encoding))
    library = tmp_path / "lib.sqlite3"
    run_cli("import", str(path), library=library)
    talk_id = json.loads(run_cli("talks", "--json", library=library).stdout)[0]["id"]
    shown = json.loads(run_cli("show", str(talk_id), "--json", library=library).stdout)
    joined = "".join(s["text"] for s in shown["segments"])
    assert joined == text.replace("\r\n", "")
    assert shown["segments"][-1]["source_line"] == 2


def test_killed_import_leaves_library_intact(tmp_path: Path, sample_notes: Path) -> None:
    """SIGKILL in the middle of a long import: the library opens, with no half-imported talk."""
    import signal
    import sqlite3
    import time

    library = tmp_path / "lib.sqlite3"
    run_cli("import", str(sample_notes), library=library)
    big = tmp_path / "big.txt"
    text = sample_notes.read_text(encoding="utf-8")
    big.write_text("\n".join(f"{i} {text}" for i in range(40)), encoding="utf-8")
    process = subprocess.Popen(
        [sys.executable, "-m", "reader", "--library", str(library), "import", str(big)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    time.sleep(2.5)
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)
    with sqlite3.connect(library) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        per_talk = conn.execute(
            "SELECT t.id, count(s.id) FROM talks t LEFT JOIN segments s ON s.talk_id = t.id GROUP BY t.id"
        ).fetchall()
    assert all(count > 0 for _, count in per_talk)
    talks = json.loads(run_cli("talks", "--json", library=library).stdout)
    sources = {t["source"] for t in talks}
    assert sample_notes.name in sources
    if big.name in sources:  # the import finished before the kill: then it must be whole
        shown = [t for t in talks if t["source"] == big.name]
        assert sum(t["segments"] for t in shown) > 40 * 500
