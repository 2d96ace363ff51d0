"""Every imported sentence knows where it is in the file; warnings travel from parser to CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reader.cli import run
from reader.core.importers import ParseWarning
from reader.core.importing import FileImportResult, ImportStatus, prepare_import

SINGLE_LINE = "今天天气很好。我们去公园散步。公园里有很多人。" * 3 + " Then we went home. It was late."
MD_UNCLOSED = "# Notes\n\nFirst point is here.\n\n```\nSecond point is here.\n\nThird point is here.\n"


def _units(path: Path):
    return [unit for talk in prepare_import(path).talks for unit in talk.units]


def test_units_on_one_line_are_told_apart_by_offsets(tmp_path: Path) -> None:
    path = tmp_path / "one-line.txt"
    path.write_text(SINGLE_LINE, encoding="utf-8")
    units = _units(path)
    assert len(units) > 5
    assert {unit.line for unit in units} == {1}
    offsets = [unit.offset for unit in units]
    assert offsets == sorted(set(offsets))
    for unit in units:
        assert SINGLE_LINE[unit.offset : unit.offset + len(unit.text)] == unit.text


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("labels.txt", "[Speaker 1]: 第一句话。第二句话。\n\n[Speaker 2]:  Third one. Fourth one.\n"),
        (
            "cues.srt",
            "1\r\n00:00:01,000 --> 00:00:02,000\r\nAlpha beta. Gamma delta.\r\n\r\n"
            "2\r\n00:00:02,000 --> 00:00:03,000\r\nEpsilon.\r\n",
        ),
        (
            "notes.md",
            "---\ntitle: A\n---\n# Head\n\n- **Kai**: one item here.\n- **Kai**: another item.\n\n"
            "A paragraph\nover two lines.\n",
        ),
        ("words.txt", "\n".join(["Alpha", " beta.", " Gamma", " delta", " epsilon."] * 4) + "\n"),
    ],
)
def test_every_unit_starts_where_its_text_is_in_the_file(tmp_path: Path, name: str, content: str) -> None:
    path = tmp_path / name
    path.write_bytes(content.encode("utf-8"))
    lines = content.replace("\r\n", "\n").split("\n")
    for unit in _units(path):
        assert unit.offset is not None
        first_word = unit.text.split()[0][:2]
        assert content[unit.offset :].startswith(first_word), (unit.text, content[unit.offset : unit.offset + 20])
        assert first_word in lines[unit.line - 1]


def test_warnings_reach_the_prepared_import(tmp_path: Path) -> None:
    path = tmp_path / "notes.md"
    path.write_text(MD_UNCLOSED, encoding="utf-8")
    prepared = prepare_import(path)
    assert prepared.warnings == [ParseWarning("unclosed-code-fence", 5, "code fence never closed; read as text")]
    assert sum(len(talk.units) for talk in prepared.talks) == 3


def test_file_result_json_carries_warnings(tmp_path: Path) -> None:
    warning = ParseWarning("unclosed-comment", 3, "'<!--' never closed; read as text")
    result = FileImportResult(tmp_path / "a.md", ImportStatus.IMPORTED, warnings=(warning,))
    assert result.to_json()["warnings"] == [{"code": "unclosed-comment", "line": 3, "detail": warning.detail}]
    assert str(warning) == "line 3: '<!--' never closed; read as text"


def test_cli_prints_warnings_per_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "notes.md"
    path.write_text(MD_UNCLOSED, encoding="utf-8")
    library = tmp_path / "lib.sqlite3"
    assert run(["--library", str(library), "import", str(path)]) == 0
    captured = capsys.readouterr()
    assert f"warning: {path}: line 5: code fence never closed" in captured.err

    other = tmp_path / "more.md"
    other.write_text(MD_UNCLOSED.replace("Notes", "More notes"), encoding="utf-8")
    assert run(["--library", str(library), "import", str(other), "--json"]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed["imported"][0]["warnings"][0]["code"] == "unclosed-code-fence"


def test_decoding_notes_become_warnings(tmp_path: Path) -> None:
    path = tmp_path / "cut.txt"
    path.write_bytes(("今天下雨了。我们在家看书。" * 5).encode("utf-8")[:-1])
    prepared = prepare_import(path)
    assert [(w.code, w.line) for w in prepared.warnings] == [("decode", None)]
    assert "middle of a character" in prepared.warnings[0].detail
