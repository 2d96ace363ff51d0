"""The shipped UI translations cover every string in the code, and the .qm files are current."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "resources" / "i18n"
BIN = Path(sys.executable).parent


def _tool(name: str) -> str:
    found = BIN / name if (BIN / name).exists() else shutil.which(name)
    if not found:
        pytest.fail(f"{name} is not installed (it comes with PySide6)")
    return str(found)


def test_every_ui_string_has_a_chinese_translation(tmp_path: Path) -> None:
    ts = tmp_path / "talk_reader_zh_CN.ts"
    shutil.copy(I18N / "talk_reader_zh_CN.ts", ts)
    sources = sorted(str(p) for p in (ROOT / "reader" / "gui").rglob("*.py"))
    subprocess.run(
        [_tool("pyside6-lupdate"), "-no-obsolete", *sources, "-ts", str(ts)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    root = ET.parse(ts).getroot()
    messages = root.findall(".//message")
    assert len(messages) > 100
    untranslated = [m.findtext("source") for m in messages if m.find("translation").get("type") == "unfinished"]
    assert not untranslated, f"strings without a zh_CN translation: {untranslated}"


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_compiled_translations_match_their_sources(tmp_path: Path, lang: str) -> None:
    qm = tmp_path / f"{lang}.qm"
    subprocess.run(
        [_tool("pyside6-lrelease"), str(I18N / f"talk_reader_{lang}.ts"), "-qm", str(qm)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    assert qm.read_bytes() == (I18N / f"talk_reader_{lang}.qm").read_bytes(), "run resources/i18n/update.sh"
