"""``talk-reader search / reindex / check`` end to end on a real library file."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from search_support import SAMPLE

from reader.cli import run


@pytest.fixture
def cli_library(tmp_path: Path) -> Path:
    path = tmp_path / "cli.sqlite3"
    assert run(["--library", str(path), "import", str(SAMPLE)]) == 0
    return path


def test_search_check_and_reindex(cli_library: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lib = ["--library", str(cli_library)]
    capsys.readouterr()
    assert run([*lib, "search", "芯片"]) == 0
    out = capsys.readouterr().out
    assert "[芯片]" in out and "hits" in out

    assert run([*lib, "search", "diffusion 模型"]) == 0
    assert run([*lib, "search", "lang:en transformer*"]) == 0
    out = capsys.readouterr().out
    assert "[transformer]" in out.lower()

    assert run([*lib, "search", '"AND (']) == 0
    capsys.readouterr()

    assert run([*lib, "search", "transformer", "--json", "--limit", "3"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert 0 < len([h for t in data["talks"] for h in t["hits"]]) <= 3
    talk_id = data["talks"][0]["talk_id"]
    hit = data["talks"][0]["hits"][0]
    assert {"segment_id", "ordinal", "snippet", "field", "spans"} <= set(hit)

    assert run([*lib, "search", "the", "--talk", str(talk_id), "--json"]) == 0
    within = json.loads(capsys.readouterr().out)
    ordinals = [h["ordinal"] for h in within["hits"]]
    assert ordinals == sorted(ordinals) and len(ordinals) > 20

    assert run([*lib, "check"]) == 0
    assert "OK" in capsys.readouterr().out
    assert run([*lib, "reindex"]) == 0
    assert "rebuilt" in capsys.readouterr().out
    assert run([*lib, "check", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["ok"] is True


def test_bad_query_is_one_line_error(cli_library: Path, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert run(["--library", str(cli_library), "search", "talk:abc", "x"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("talk-reader: error:") and "talk number" in err and "Traceback" not in err
    assert run(["--library", str(cli_library), "search", "--", "-only"]) == 1


def test_check_fails_on_a_stale_index(cli_library: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with sqlite3.connect(cli_library) as conn:
        conn.execute("DELETE FROM search_index WHERE rowid = (SELECT max(id) FROM segments)")
    capsys.readouterr()
    assert run(["--library", str(cli_library), "check"]) == 1
    err = capsys.readouterr().err
    assert "not in the index" in err and "reindex" in err
    assert run(["--library", str(cli_library), "reindex"]) == 0
    assert run(["--library", str(cli_library), "check"]) == 0
