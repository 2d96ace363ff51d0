"""Converted CTranslate2 models from the command line, as a user runs them: a Marian folder
and an NLLB archive installed with ``models install``, listed with family and directions,
chosen per direction with ``engines``, and translating a talk with their provenance."""

from __future__ import annotations

import json
import tarfile
from pathlib import Path

from tests.e2e.test_cli_library import run_cli
from tests.support.tiny_ct2 import MARIAN_MARKER, build_marian_folder, build_nllb_folder

TRANSCRIPT = """Models test

我们今天讨论大模型的对齐问题。这是第二句话。

Thank you for having me. Today I will talk about scaling.
"""


def test_models_installed_listed_chosen_and_translating(tmp_path: Path) -> None:
    env = {"TALK_READER_MODELS_DIR": str(tmp_path / "models")}
    library = tmp_path / "lib.sqlite3"
    marian = build_marian_folder(tmp_path / "src")
    nllb = tmp_path / "nllb.tar.gz"
    with tarfile.open(nllb, "w:gz") as tar:
        tar.add(build_nllb_folder(tmp_path / "src"), arcname="nllb-200-tiny")

    installed = run_cli("models", "install", str(marian), library=library, env=env)
    assert "opus-mt-zh-en" in installed.stdout and "marian, zh→en" in installed.stdout
    assert "engines add-model" in installed.stdout
    nllb_installed = json.loads(run_cli("models", "install", str(nllb), "--json", library=library, env=env).stdout)
    assert nllb_installed["installed"]["directions"] == ["zh-en", "en-zh"]
    listed = json.loads(run_cli("models", "list", "--json", library=library, env=env).stdout)
    assert {(m["name"], m["family"], tuple(m["directions"])) for m in listed["models"]} == {
        ("opus-mt-zh-en", "marian", ("zh-en",)),
        ("nllb-200-tiny", "nllb", ("zh-en", "en-zh")),
    }
    assert "nllb-200-tiny" in run_cli("models", "list", library=library, env=env).stdout

    source = tmp_path / "talk.txt"
    source.write_text(TRANSCRIPT, encoding="utf-8")
    imported = json.loads(run_cli("import", str(source), "--json", library=library).stdout)
    talk = int(imported["imported"][0]["talks"][0]["id"])
    run_cli("engines", "add-model", "opus", "--model", "opus-mt-zh-en", library=library, env=env)
    run_cli("engines", "add-model", "nllb", "--model", "nllb-200-tiny", library=library, env=env)
    run_cli("engines", "use", "opus", "--direction", "zh-en", library=library, env=env)
    run_cli("engines", "use", "nllb", "--direction", "en-zh", library=library, env=env)
    engines = {e["name"]: e for e in json.loads(run_cli("engines", "list", "--json", library=library, env=env).stdout)}
    assert engines["opus"]["readiness"]["directions"] == ["zh-en"]
    assert engines["nllb"]["used_for"] == ["en-zh"] and engines["nllb"]["readiness"]["ready"]

    summary = json.loads(run_cli("translate", "--all", "--json", library=library, env=env).stdout)
    shown = json.loads(run_cli("show", str(talk), "--json", library=library).stdout)
    segments = [s for s in shown["segments"] if s["lang"] in ("zh", "en")]
    assert summary["translated"] == len(segments) == 4
    for segment in segments:
        if segment["lang"] == "zh":
            assert segment["translation"] == MARIAN_MARKER
            assert segment["translation_engine"] == "opus"
            assert segment["translation_model"].startswith("opus-mt-zh-en sha256:")
        else:  # the tiny NLLB model copies its input
            assert segment["translation"] == segment["clean_text"]
            assert segment["translation_engine"] == "nllb"
            assert segment["translation_model"].startswith("nllb-200-tiny sha256:")

    broken = tmp_path / "broken" / "opus-mt-zh-en"
    broken.mkdir(parents=True)
    (broken / "model.bin").write_bytes(b"not a model")
    (broken / "config.json").write_text("{}", encoding="utf-8")
    refused = run_cli("models", "install", str(broken), library=library, env=env, check=False)
    assert refused.returncode != 0 and "nothing was installed" in refused.stderr
    assert "opus-mt-zh-en" in run_cli("models", "list", library=library, env=env).stdout
    removed = run_cli("models", "remove", "opus-mt-zh-en", library=library, env=env)
    assert "Removed opus-mt-zh-en" in removed.stdout
