"""Engines from the command line, as a user runs them: real processes, a real library file,
real HTTP servers on 127.0.0.1 speaking the LibreTranslate and OpenAI chat APIs."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from reader.core.db import Library
from reader.core.translate import store
from tests.e2e.test_cli_library import run_cli
from tests.support.translation_servers import ChatServer, LibreTranslateServer, running

TRANSCRIPT = """Engines test

我们今天讨论大模型的对齐问题。这是第二句话。

Thank you for having me. Today I will talk about scaling.
"""


@pytest.fixture
def servers() -> Iterator[tuple[LibreTranslateServer, ChatServer]]:
    lt = LibreTranslateServer(translate=lambda text, source, target: f"LT-{target}: {text}", api_key="secret")
    with running(lt), running(ChatServer(api_key="sk-local")) as chat:
        assert isinstance(chat, ChatServer)
        yield lt, chat


def _segments(library: Path, talk: int) -> list[dict[str, object]]:
    shown = json.loads(run_cli("show", str(talk), "--json", library=library).stdout)
    return [s for s in shown["segments"] if s["lang"] in ("zh", "en")]


def test_engines_added_chosen_used_and_asked_again(tmp_path: Path, servers) -> None:
    lt, chat = servers
    library = tmp_path / "lib.sqlite3"
    source = tmp_path / "talk.txt"
    source.write_text(TRANSCRIPT, encoding="utf-8")
    imported = json.loads(run_cli("import", str(source), "--json", library=library).stdout)
    talk = int(imported["imported"][0]["talks"][0]["id"])

    run_cli("engines", "add-libretranslate", "lt", "--url", lt.url, "--api-key", "secret", library=library)
    prompt = tmp_path / "prompt.txt"
    prompt.write_text("From {source_lang} to {target_lang}:\nSentences:\n{sentences}\n", encoding="utf-8")
    added = run_cli(
        "engines", "add-chat", "llm", "--url", chat.url, "--model", "tiny-chat", "--api-key", "sk-local",
        "--prompt-file", str(prompt), library=library,
    )  # fmt: skip
    assert "engines check llm" in added.stdout
    listed = json.loads(run_cli("engines", "list", "--json", library=library).stdout)
    assert [e["name"] for e in listed] == ["argos", "llm", "lt"]
    by_name = {e["name"]: e for e in listed}
    assert by_name["lt"]["readiness"]["ready"] and by_name["llm"]["readiness"]["ready"]
    assert by_name["lt"]["api_key"] is True and "secret" not in json.dumps(listed)
    assert by_name["argos"]["used_for"] == ["zh-en", "en-zh"]

    run_cli("engines", "use", "lt", "--direction", "zh-en", library=library)
    run_cli("engines", "use", "llm", "--direction", "en-zh", library=library)
    summary = json.loads(run_cli("translate", "--all", "--json", library=library).stdout)
    segments = _segments(library, talk)
    assert summary["translated"] == len(segments) == 4
    for segment in segments:
        if segment["lang"] == "zh":
            assert segment["translation"] == f"LT-en: {segment['clean_text']}"
            assert segment["translation_engine"] == "lt"
        else:
            assert segment["translation"] == f"zh: {segment['clean_text']}"
            assert (segment["translation_engine"], segment["translation_model"]) == ("llm", "tiny-chat")
    assert chat.prompts()[0].startswith("From English to Chinese")

    # The user corrects one row; then the chat model redoes what LibreTranslate made.
    zh_rows = [s for s in segments if s["lang"] == "zh"]
    with Library.open(library) as opened, opened.session() as session:
        store.set_user_translation(session, int(zh_rows[0]["id"]), "My own words.")  # type: ignore[arg-type]
    assert (
        "Everything is already translated." in run_cli("translate", "--all", "--engine", "llm", library=library).stdout
    )
    again = json.loads(run_cli("translate", "--all", "--engine", "llm", "--again", "--json", library=library).stdout)
    assert again["translated"] == 1
    after = {s["id"]: s for s in _segments(library, talk)}
    assert after[zh_rows[0]["id"]]["translation"] == "My own words."
    assert after[zh_rows[1]["id"]]["translation"] == f"en: {zh_rows[1]['clean_text']}"


def test_a_server_that_is_gone_is_a_clear_error_and_changes_nothing(tmp_path: Path) -> None:
    library = tmp_path / "lib.sqlite3"
    source = tmp_path / "talk.txt"
    source.write_text(TRANSCRIPT, encoding="utf-8")
    run_cli("import", str(source), library=library)
    with running(LibreTranslateServer()) as gone:
        url = gone.url
    run_cli("engines", "add-libretranslate", "dead", "--url", url, library=library)
    checked = run_cli("engines", "check", "dead", "--timeout", "2", library=library, check=False)
    assert checked.returncode == 1 and "dead: not ready" in checked.stdout and "cannot connect" in checked.stdout
    run_cli("engines", "use", "dead", library=library)
    failed = run_cli("translate", "--all", library=library, check=False)
    assert failed.returncode == 1
    assert "talk-reader: error: engine “dead”: cannot connect to" in failed.stderr
    assert "Traceback" not in failed.stderr
    shown = json.loads(run_cli("show", "1", "--json", library=library).stdout)
    assert all(s["translation"] is None for s in shown["segments"])

    bad = run_cli("engines", "use", "nowhere", "--direction", "zh-fr", library=library, check=False)
    assert bad.returncode == 1 and "unknown direction" in bad.stderr
    removed = run_cli("engines", "remove", "dead", library=library)
    assert "Removed engine “dead”" in removed.stdout
    listed = json.loads(run_cli("engines", "list", "--no-check", "--json", library=library).stdout)
    assert [e["name"] for e in listed] == ["argos"] and listed[0]["used_for"] == ["zh-en", "en-zh"]
