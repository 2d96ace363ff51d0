"""The glossary from the command line, as a user runs it: real processes, a real library file,
real tiny models. A term added to the glossary comes out as the required words."""

from __future__ import annotations

import json
from pathlib import Path

from tests.e2e.test_cli_library import run_cli
from tests.support.fixtures import TinyPackages
from tests.support.tiny_model import build_copy_package

TRANSCRIPT = """Glossary test

We train the LLM with RLHF. Nothing else here.

我们用大模型做训练。
"""


def _translations(library: Path, talk: int) -> dict[str, str | None]:
    shown = json.loads(run_cli("show", str(talk), "--json", library=library).stdout)
    return {segment["text"]: segment["translation"] for segment in shown["segments"]}


def _imported_talk(tmp_path: Path, library: Path) -> int:
    source = tmp_path / "talk.txt"
    source.write_text(TRANSCRIPT, encoding="utf-8")
    imported = json.loads(run_cli("import", str(source), "--json", library=library).stdout)
    return int(imported["imported"][0]["talks"][0]["id"])


def test_glossary_entries_from_the_command_line(tmp_path: Path) -> None:
    library = tmp_path / "lib.sqlite3"
    added = json.loads(
        run_cli("glossary", "add", "LLM", "大语言模型", "--note", "not 法学硕士", "--json", library=library).stdout
    )
    assert (added["term"], added["translation"], added["from"], added["to"]) == ("LLM", "大语言模型", "en", "zh")
    kept = run_cli("glossary", "add", "GAN", library=library)
    assert "GAN → (keep as is)" in kept.stdout and "translate --all" in kept.stderr
    listed = json.loads(run_cli("glossary", "list", "--json", library=library).stdout)
    assert [(e["term"], e["keep"]) for e in listed] == [("GAN", True), ("LLM", False)]

    again = run_cli("glossary", "add", "llm", "x", library=library, check=False)
    assert again.returncode == 1 and "already has “LLM”" in again.stderr
    missing = run_cli("glossary", "remove", "nothing", library=library, check=False)
    assert missing.returncode == 1 and "no entry “nothing”" in missing.stderr
    usage = run_cli("glossary", "edit", "LLM", library=library, check=False)
    assert usage.returncode == 2 and "nothing to change" in usage.stderr

    run_cli("glossary", "edit", "LLM", "--translation", "大型语言模型", library=library)
    history = run_cli("history", library=library).stdout
    assert "Edit glossary entry “LLM”" in history
    assert "Undone: Edit glossary entry “LLM”" in run_cli("undo", library=library).stdout
    run_cli("glossary", "remove", "--id", str(added["id"]), library=library)
    listed = json.loads(run_cli("glossary", "list", "--json", library=library).stdout)
    assert [e["term"] for e in listed] == ["GAN"]


def test_glossary_files_round_trip_and_bad_files_are_refused(tmp_path: Path) -> None:
    library = tmp_path / "lib.sqlite3"
    text = tmp_path / "terms.txt"
    text.write_text("LLM\n大语言模型\n\nGAN\n\n大模型\nlarge model\n", encoding="utf-8")
    imported = json.loads(run_cli("glossary", "import", str(text), "--json", library=library).stdout)
    assert (imported["added"], imported["updated"], imported["unchanged"]) == (3, 0, 0)
    table = tmp_path / "out.tsv"
    run_cli("glossary", "export", str(table), library=library)
    assert table.read_text(encoding="utf-8").splitlines()[0] == "term\ttranslation\tnote\tcase_sensitive\tfrom\tto"
    exists = run_cli("glossary", "export", str(table), library=library, check=False)
    assert exists.returncode == 1 and "already exists" in exists.stderr
    other = tmp_path / "other.sqlite3"
    again = json.loads(run_cli("glossary", "import", str(table), "--json", library=other).stdout)
    assert again["added"] == 3
    assert run_cli("glossary", "export", "-", "--format", "txt", library=other).stdout == text.read_text(
        encoding="utf-8"
    ).replace("LLM\n大语言模型\n\nGAN\n\n", "GAN\n\nLLM\n大语言模型\n\n")

    bad = tmp_path / "bad.csv"
    bad.write_text("term,case_sensitive\nLLM,perhaps\n", encoding="utf-8")
    refused = run_cli("glossary", "import", str(bad), library=library, check=False)
    assert refused.returncode == 1
    assert (
        refused.stderr.strip() == f"talk-reader: error: {bad}: line 2: case_sensitive must be yes or no (got perhaps)"
    )
    unknown = run_cli("glossary", "import", str(tmp_path / "terms.xlsx"), library=library, check=False)
    assert unknown.returncode == 1 and "unknown glossary format" in unknown.stderr


def test_a_translation_honours_the_glossary(tmp_path: Path, tiny_packages: TinyPackages) -> None:
    """With the suite's tiny models, which answer one fixed marker whatever they are given:
    the placeholder is lost, so the sentence is translated around the term, and the term is
    there all the same."""
    library = tmp_path / "lib.sqlite3"
    talk = _imported_talk(tmp_path, library)
    run_cli("glossary", "add", "LLM", "大语言模型", library=library)
    run_cli("glossary", "add", "大模型", "large model", library=library)
    run_cli("translate", str(talk), library=library)
    rows = _translations(library, talk)
    assert "大语言模型" in rows["We train the LLM with RLHF."]
    assert tiny_packages.en_zh_marker in rows["We train the LLM with RLHF."]
    assert rows["Nothing else here."] == tiny_packages.en_zh_marker
    assert "large model" in rows["我们用大模型做训练。"]


def test_a_glossary_change_retranslates_only_the_rows_holding_the_term(tmp_path: Path) -> None:
    """With a tiny model that copies its input, as real models carry placeholders through."""
    packages = tmp_path / "packages"
    env = {"ARGOS_PACKAGES_DIR": str(packages)}
    for source, target in (("zh", "en"), ("en", "zh")):
        archive = build_copy_package(tmp_path / "archives", source, target)
        run_cli("models", "install", str(archive), library=tmp_path / "unused.sqlite3", env=env)
    library = tmp_path / "lib.sqlite3"
    talk = _imported_talk(tmp_path, library)
    run_cli("glossary", "add", "LLM", "大语言模型", library=library, env=env)
    run_cli("glossary", "add", "RLHF", library=library, env=env)
    first = json.loads(run_cli("translate", str(talk), "--json", library=library, env=env).stdout)
    assert first["translated"] == first["planned"] == 3
    rows = _translations(library, talk)
    assert rows["We train the LLM with RLHF."] == "We train the 大语言模型 with RLHF."
    assert rows["我们用大模型做训练。"] == "我们用大模型做训练。"

    run_cli("glossary", "edit", "LLM", "--translation", "大型语言模型", library=library, env=env)
    again = json.loads(run_cli("translate", str(talk), "--json", library=library, env=env).stdout)
    assert again["planned"] == 1
    assert _translations(library, talk)["We train the LLM with RLHF."] == "We train the 大型语言模型 with RLHF."
    run_cli("glossary", "add", "大模型", "large model", library=library, env=env)
    third = json.loads(run_cli("translate", str(talk), "--json", library=library, env=env).stdout)
    assert third["planned"] == 1
    assert _translations(library, talk)["我们用大模型做训练。"] == "我们用large model做训练。"
