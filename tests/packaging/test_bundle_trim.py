"""The rules that keep the frozen bundle lean (packaging/bundle_trim.py), on real files."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import PySide6
import pytest

from tests.packaging.packaging_support import ROOT


def _load_bundle_trim():
    import importlib.util

    spec = importlib.util.spec_from_file_location("bundle_trim", ROOT / "packaging" / "bundle_trim.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


bundle_trim = _load_bundle_trim()

QT = Path(PySide6.__file__).parent / "Qt"
PLUGINS = "PySide6/Qt/plugins"


@pytest.mark.parametrize(
    ("dest", "kept"),
    [
        (f"{PLUGINS}/platforms/libqxcb.so", True),
        (f"{PLUGINS}/platforms/libqwayland.so", True),
        (f"{PLUGINS}/platforms/libqoffscreen.so", True),
        (f"{PLUGINS}/platforms/libqvnc.so", False),
        (f"{PLUGINS}/platforms/libqeglfs.so", False),
        (f"{PLUGINS}/platformthemes/libqgtk3.so", False),
        (f"{PLUGINS}/platformthemes/libqxdgdesktopportal.so", True),
        (f"{PLUGINS}/platforminputcontexts/libibusplatforminputcontextplugin.so", True),
        (f"{PLUGINS}/platforminputcontexts/libqtvirtualkeyboardplugin.so", False),
        (f"{PLUGINS}/imageformats/libqsvg.so", True),
        (f"{PLUGINS}/imageformats/libqpdf.so", False),
        (f"{PLUGINS}/tls/libqopensslbackend.so", False),
        ("PySide6/plugins/platforms/qwindows.dll", True),  # Windows wheels' layout
        ("PySide6/Qt/lib/libQt6Core.so.6", True),  # not a plugin
    ],
)
def test_plugin_rules(dest: str, kept: bool) -> None:
    assert bundle_trim.keep_plugin(dest) is kept


@pytest.mark.parametrize(
    ("dest", "kept"),
    [
        ("jieba/dict.txt", True),
        ("jieba/analyse/idf.txt", False),
        ("jieba/posseg/prob_emit.p", False),
        ("jieba/finalseg/prob_emit.p", False),
        ("PySide6/Qt/translations/qtbase_zh_CN.qm", True),
        ("PySide6/Qt/translations/qtbase_de.qm", False),
        ("resources/sample/opt-175b-excerpt.md", True),
        ("resources/i18n/talk_reader_zh_CN.qm", True),
        ("resources/i18n/talk_reader_zh_CN.ts", False),
        ("resources/i18n/update.sh", False),
        ("py3langid/data/model.npz.xz", True),
    ],
)
def test_data_rules(dest: str, kept: bool) -> None:
    assert bundle_trim.keep_data(dest) is kept


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ldd-based pruning is Linux-only")
def test_libraries_only_a_dropped_plugin_linked_are_dropped() -> None:
    xcb = QT / "plugins" / "platforms" / "libqxcb.so"
    vnc = QT / "plugins" / "platforms" / "libqvnc.so"
    entries = [
        (f"{PLUGINS}/platforms/libqxcb.so", str(xcb), "BINARY"),
        ("PySide6/Qt/lib/libQt6XcbQpa.so.6", str(QT / "lib" / "libQt6XcbQpa.so.6"), "BINARY"),
        ("PySide6/Qt/lib/libQt6Gui.so.6", str(QT / "lib" / "libQt6Gui.so.6"), "BINARY"),
        # Only the VNC platform links QtNetwork.
        ("PySide6/Qt/lib/libQt6Network.so.6", str(QT / "lib" / "libQt6Network.so.6"), "BINARY"),
    ]
    assert "libQt6Network.so.6" in bundle_trim.linked_names(str(vnc))[0]
    dropped, _missing = bundle_trim.unreachable_libraries(entries, [entries[0][0]])
    assert dropped == {"PySide6/Qt/lib/libQt6Network.so.6"}


@pytest.mark.skipif(
    shutil.which("strip") is None or not sys.platform.startswith("linux"), reason="needs binutils' strip on Linux"
)
def test_debug_info_is_stripped_and_the_library_still_loads(tmp_path: Path) -> None:
    import ctranslate2

    ext = next(Path(ctranslate2.__file__).parent.glob("_ext*.so"))
    if ".debug_info" not in bundle_trim.elf_section_names(str(ext)):
        pytest.skip("this ctranslate2 wheel ships without debug info")
    entries, saved = bundle_trim.strip_debug_info([("ctranslate2/" + ext.name, str(ext), "EXTENSION")], str(tmp_path))
    stripped = Path(entries[0][1])
    assert stripped.parent != ext.parent and saved > 0
    assert ".debug_info" not in bundle_trim.elf_section_names(str(stripped))
    assert ".dynsym" in bundle_trim.elf_section_names(str(stripped))  # the symbols the loader needs stay
    # The stripped extension still imports and works.
    package = tmp_path / "pkg" / "ctranslate2"
    shutil.copytree(ext.parent, package, ignore=shutil.ignore_patterns("_ext*.so", "__pycache__"))
    shutil.copy(stripped, package / ext.name)
    libs = ext.parent.parent / "ctranslate2.libs"  # found through the extension's $ORIGIN run path
    if libs.is_dir():
        (package.parent / libs.name).symlink_to(libs)
    code = "import ctranslate2; print(ctranslate2.__file__, ctranslate2.get_cuda_device_count())"
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=tmp_path / "pkg", capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert str(package) in result.stdout
