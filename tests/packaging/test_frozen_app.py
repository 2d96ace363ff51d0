"""The frozen one-folder app (``packaging/build.sh``), started as a new user would.

Builds ``dist/talk-reader`` once per session unless a build newer than every input
(``reader/``, ``resources/``, the spec and its helpers, ``pyproject.toml``) is already there,
then checks that the app starts offscreen with an empty HOME, opens the sample and files it
is given, runs CTranslate2 with a model it installed itself, and leaves out what it never
imports. Needs the ``packaging`` extra (PyInstaller): ``pip install -e '.[test,packaging]'``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.packaging.packaging_support import (
    DIST,
    FROZEN_EXE,
    ROOT,
    SRT,
    VTT,
    new_user_env,
    newest_input_mtime,
)
from tests.support.fixtures import TinyPackages

pytestmark = pytest.mark.packaging

BUILD_TIMEOUT_S = 900
#: The issue's limit for the smoke run, start to exit.
SMOKE_LIMIT_S = 20
#: What the bundle measures now plus some slack; a jump means something unused got in.
SIZE_BUDGET_MB = 290


@pytest.fixture(scope="session")
def frozen_app() -> Path:
    if FROZEN_EXE.exists() and FROZEN_EXE.stat().st_mtime > newest_input_mtime():
        return FROZEN_EXE
    started = time.perf_counter()
    result = subprocess.run(
        ["bash", str(ROOT / "packaging" / "build.sh")],
        cwd=ROOT,
        env={**os.environ, "PYTHON": sys.executable},
        capture_output=True,
        text=True,
        timeout=BUILD_TIMEOUT_S,
    )
    assert result.returncode == 0, f"the build failed:\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}"
    assert FROZEN_EXE.exists()
    print(f"built {DIST} in {time.perf_counter() - started:.0f} s")
    return FROZEN_EXE


def run_frozen(exe: Path, home: Path, *args: str, timeout: float = 60, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(exe), *args],
        cwd=home.parent,
        env=new_user_env(home, **env),
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def test_frozen_app_opens_the_sample_offscreen_within_20_s(frozen_app: Path, tmp_path: Path) -> None:
    home = tmp_path / "home"
    started = time.perf_counter()
    result = run_frozen(frozen_app, home, "--smoke-test", timeout=SMOKE_LIMIT_S)
    elapsed = time.perf_counter() - started
    assert result.returncode == 0, result.stderr
    assert "smoke test passed: opened the sample talk" in result.stdout
    assert elapsed < SMOKE_LIMIT_S
    print(f"frozen smoke test: {elapsed:.1f} s")
    # A new user's library, in the default place under HOME.
    assert (home / ".local" / "share" / "talk-reader" / "library.sqlite3").exists()


def test_frozen_app_imports_and_opens_subtitle_files_it_is_given(frozen_app: Path, tmp_path: Path) -> None:
    """What the desktop's "Open with" runs (``talk-reader %F``)."""
    srt = tmp_path / "keynote.srt"
    srt.write_text(SRT, encoding="utf-8")
    vtt = tmp_path / "panel.vtt"
    vtt.write_text(VTT, encoding="utf-8")
    home = tmp_path / "home"
    library = str(tmp_path / "library.sqlite3")
    result = run_frozen(
        frozen_app, home, "--smoke-test", str(srt), str(vtt), timeout=SMOKE_LIMIT_S, TALK_READER_LIBRARY=library
    )
    assert result.returncode == 0, result.stderr
    assert "smoke test passed: opened the talk" in result.stdout
    listed = run_frozen(frozen_app, home, "--library", library, "talks", "--json")
    assert listed.returncode == 0, listed.stderr
    sources = {talk["source"] for talk in json.loads(listed.stdout)}
    assert {"keynote.srt", "panel.vtt"} <= sources


def test_frozen_cli_installs_a_model_and_translates_with_it(
    frozen_app: Path, tmp_path: Path, tiny_package_files: TinyPackages
) -> None:
    home = tmp_path / "home"
    library = ["--library", str(tmp_path / "library.sqlite3")]
    version = run_frozen(frozen_app, home, "--version")
    assert version.returncode == 0 and version.stdout.strip().startswith("talk-reader ")
    empty = run_frozen(frozen_app, home, "models", "list")
    assert empty.returncode == 0 and "No model packages installed" in empty.stdout
    for archive in (tiny_package_files.zh_en, tiny_package_files.en_zh):
        installed = run_frozen(frozen_app, home, "models", "install", str(archive))
        assert installed.returncode == 0, installed.stderr
    listed = run_frozen(frozen_app, home, "models", "list")
    assert "translate-zh_en" in listed.stdout and "translate-en_zh" in listed.stdout
    # Installed where argos-translate keeps packages for this user.
    assert list((home / ".local" / "share" / "argos-translate" / "packages").iterdir())
    sample = ROOT / "resources" / "sample" / "opt-175b-excerpt.md"
    assert run_frozen(frozen_app, home, *library, "import", str(sample)).returncode == 0
    translated = run_frozen(frozen_app, home, *library, "translate", "1", "--beam", "1", timeout=120)
    assert translated.returncode == 0, translated.stderr
    shown = run_frozen(frozen_app, home, *library, "show", "1")
    assert tiny_package_files.zh_en_marker in shown.stdout  # the Chinese introduction, into English
    assert tiny_package_files.en_zh_marker in shown.stdout  # the English talk, into Chinese


def _bundle_files() -> set[str]:
    return {str(p.relative_to(DIST)) for p in DIST.rglob("*") if p.is_file() or p.is_symlink()}


def _bundled_modules(exe: Path) -> set[str]:
    viewer = Path(sys.executable).parent / "pyi-archive_viewer"
    result = subprocess.run(
        [str(viewer), "--list", "--recursive", "--brief", str(exe)],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return {line.strip() for line in result.stdout.splitlines() if line.startswith(" ")}


def test_bundle_has_what_the_app_loads_and_nothing_it_never_imports(frozen_app: Path) -> None:
    files = _bundle_files()
    internal = "_internal/"
    required = [
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/plugins/platforms/libqwayland.so",
        "PySide6/Qt/plugins/platforms/libqoffscreen.so",
        "PySide6/Qt/plugins/imageformats/libqsvg.so",
        "PySide6/Qt/plugins/iconengines/libqsvgicon.so",
        "PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so",
        "PySide6/Qt/plugins/wayland-shell-integration/libxdg-shell.so",
        "PySide6/Qt/translations/qtbase_zh_CN.qm",
        "libxcb-cursor.so.0",  # the xcb platform's helpers travel with the app
        "resources/i18n/talk_reader_zh_CN.qm",
        "resources/i18n/talk_reader_en.qm",
        "resources/icons/app/talk-reader.svg",
        "resources/sample/opt-175b-excerpt.md",
        "resources/styles/app.qss",
        "jieba/dict.txt",
        "py3langid/data/model.npz.xz",
    ]
    missing = [name for name in required if internal + name not in files]
    assert not missing, f"missing from the bundle: {missing}"
    unwanted_parts = (
        "torch",
        "stanza",
        "onnxruntime",
        "minisbd",
        "sacremoses",
        "jieba/analyse",
        "jieba/lac_small",
        "libgtk-3",
        "libQt6Qml",
        "libQt6Quick",
        "libQt6Pdf",
        "platforms/libqvnc",
        "platforms/libqeglfs",
        "libqtvirtualkeyboard",
    )
    unwanted = sorted(name for name in files if any(part in name for part in unwanted_parts))
    assert not unwanted, f"never used, yet bundled: {unwanted[:20]}"
    modules = _bundled_modules(frozen_app)
    assert {
        "reader.gui.app",
        "reader.gui.smoke",
        "argostranslate.settings",
        "ctranslate2",
        "jieba",
        "jieba.posseg",
    } <= modules
    never_imported = sorted(
        module
        for module in modules
        if module.split(".")[0]
        in {"onnxruntime", "minisbd", "sacremoses", "stanza", "torch", "pkg_resources", "yaml", "pygments"}
        or module in {"argostranslate.translate", "argostranslate.package", "jieba.analyse"}
    )
    assert not never_imported, f"modules the app never imports: {never_imported}"


def test_bundle_stays_lean(frozen_app: Path) -> None:
    size = sum(p.stat().st_size for p in DIST.rglob("*") if p.is_file() and not p.is_symlink())
    print(f"bundle size: {size / 2**20:.0f} MB")
    assert size < SIZE_BUDGET_MB * 2**20, f"the bundle grew to {size / 2**20:.0f} MB"


def test_install_helper_integrates_with_the_desktop_and_uninstalls(frozen_app: Path, tmp_path: Path) -> None:
    prefix = tmp_path / "prefix with space"
    script = ROOT / "packaging" / "install-desktop.sh"
    installed = subprocess.run(
        ["bash", str(script), "--prefix", str(prefix)], capture_output=True, text=True, timeout=120
    )
    assert installed.returncode == 0, installed.stderr
    entry = prefix / "share" / "applications" / "io.github.talk_reader.TalkReader.desktop"
    validated = subprocess.run(["desktop-file-validate", str(entry)], capture_output=True, text=True, timeout=60)
    assert validated.returncode == 0 and not validated.stdout.strip(), validated.stdout
    assert f'Exec="{prefix}/bin/talk-reader" %F' in entry.read_text(encoding="utf-8")
    assert (prefix / "share" / "metainfo" / "io.github.talk_reader.TalkReader.metainfo.xml").exists()
    for icon in ("256x256/apps/", "scalable/apps/"):
        assert list((prefix / "share" / "icons" / "hicolor" / icon).glob("io.github.talk_reader.TalkReader.*")), icon
    # "Open with" for subtitles: the desktop database lists the app for both types.
    cache = (prefix / "share" / "applications" / "mimeinfo.cache").read_text(encoding="utf-8")
    for mime in ("application/x-subrip", "text/vtt"):
        assert any(line.startswith(mime + "=") and entry.name in line for line in cache.splitlines()), mime
    # The launcher link starts the installed copy (the app finds its files through the link).
    version = run_frozen(prefix / "bin" / "talk-reader", tmp_path / "home", "--version")
    assert version.returncode == 0 and version.stdout.startswith("talk-reader ")
    removed = subprocess.run(
        ["bash", str(script), "--prefix", str(prefix), "--uninstall"], capture_output=True, text=True, timeout=60
    )
    assert removed.returncode == 0, removed.stderr
    assert not (prefix / "bin" / "talk-reader").exists() and not entry.exists()
    assert not (prefix / "lib" / "talk-reader").exists()
