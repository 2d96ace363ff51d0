"""Undo, redo, history and corrections from the command line: real processes, one library file."""

from __future__ import annotations

import json
from pathlib import Path

from tests.e2e.test_cli_library import run_cli
from tests.support.fixtures import TinyPackages

NOTES = "# Walls\n\nThe open eye models are large. Memory bandwidth matters.\n"


def test_edit_undo_redo_and_history_across_processes(tmp_path: Path, tiny_packages: TinyPackages) -> None:
    library = tmp_path / "lib.sqlite3"
    notes = tmp_path / "walls.md"
    notes.write_text(NOTES, encoding="utf-8")
    run_cli("import", str(notes), library=library)
    segment = json.loads(run_cli("show", "1", "--json", library=library).stdout)["segments"][0]

    fixed = json.loads(
        run_cli("edit", str(segment["id"]), "--text", "The OpenAI models are large.", "--json", library=library).stdout
    )
    assert fixed["text"] == "The OpenAI models are large." and fixed["imported_text"] == segment["text"]
    assert fixed["translated"] == 1  # the corrected sentence was translated again, by the real tiny model
    assert "OpenAI" in run_cli("search", "OpenAI", library=library).stdout

    entries = json.loads(run_cli("history", "--json", library=library).stdout)
    assert [e["kind"] for e in entries] == ["edit-source", "import"]

    assert "Undone: Correct" in run_cli("undo", library=library).stdout
    shown = json.loads(run_cli("show", "1", "--json", library=library).stdout)["segments"][0]
    assert shown["text"] == segment["text"]
    assert "Redone: Correct" in run_cli("redo", library=library).stdout
    run_cli("undo", library=library)
    run_cli("undo", library=library)
    assert "empty" in run_cli("talks", library=library).stdout
    refused = run_cli("undo", library=library, check=False)
    assert refused.returncode != 0 and "nothing to undo" in refused.stderr
    assert "(undone)" in run_cli("history", library=library).stdout


def test_edit_refuses_an_empty_sentence_and_a_missing_segment(tmp_path: Path) -> None:
    library = tmp_path / "lib.sqlite3"
    notes = tmp_path / "walls.md"
    notes.write_text(NOTES, encoding="utf-8")
    run_cli("import", str(notes), library=library)
    empty = run_cli("edit", "1", "--text", "   ", "--no-translate", library=library, check=False)
    assert empty.returncode != 0 and "cannot be empty" in empty.stderr
    missing = run_cli("edit", "999", "--text", "x", library=library, check=False)
    assert missing.returncode != 0 and "no segment with id 999" in missing.stderr


def test_import_a_folder_then_again_only_new_files(tmp_path: Path) -> None:
    library = tmp_path / "lib.sqlite3"
    root = tmp_path / "talks"
    (root / "day1").mkdir(parents=True)
    (root / "day1" / "walls.md").write_text(NOTES, encoding="utf-8")
    (root / "cover.png").write_bytes(b"\x89PNG")
    (root / "broken.srt").write_text("   \n", encoding="utf-8")
    first = run_cli("import", str(root), "--json", library=library, check=False)
    assert first.returncode == 1  # one file could not be imported
    data = json.loads(first.stdout)
    assert [Path(r["path"]).name for r in data["imported"]] == ["walls.md"]
    assert [Path(r["path"]).name for r in data["errors"]] == ["broken.srt"]
    folder = data["folders"][0]
    assert folder["not_transcripts"] == {".png": 1} and Path(folder["report"]).is_file()
    (root / "broken.srt").unlink()
    (root / "day1" / "more.md").write_text("# More\n\nAnother talk, added later.\n", encoding="utf-8")
    second = run_cli("import", str(root), library=library)
    assert "imported 1 file(s) as 1 talk(s); 1 already in the library" in second.stdout
    assert "report:" in second.stdout
