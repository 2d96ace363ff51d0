"""The desktop entry and AppStream metadata: valid, and consistent with the app."""

from __future__ import annotations

import configparser
import shutil
import subprocess
import xml.etree.ElementTree as ET

import pytest

from reader import __version__
from tests.packaging.packaging_support import ROOT

APP_ID = "io.github.talk_reader.TalkReader"
DESKTOP = ROOT / "packaging" / f"{APP_ID}.desktop"
METAINFO = ROOT / "packaging" / f"{APP_ID}.metainfo.xml"


def _tool(name: str) -> str:
    found = shutil.which(name)
    if not found:
        pytest.fail(f"{name} is not installed (Debian: desktop-file-utils, appstream)")
    return found


def test_desktop_entry_validates() -> None:
    result = subprocess.run([_tool("desktop-file-validate"), str(DESKTOP)], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


def test_metainfo_validates() -> None:
    result = subprocess.run(
        [_tool("appstreamcli"), "validate", "--no-net", str(METAINFO)], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_desktop_entry_opens_subtitles_and_matches_the_app() -> None:
    from reader.gui.app import DESKTOP_ID

    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # keys are case-sensitive
    entry.read(DESKTOP, encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Exec"] == "talk-reader %F"  # several files, each imported and opened
    mime = set(filter(None, section["MimeType"].split(";")))
    assert {"application/x-subrip", "text/vtt"} <= mime
    assert section["Icon"] == APP_ID == DESKTOP_ID  # Wayland matches windows to entries by this
    assert section["StartupWMClass"] == "talk-reader"  # X11: the executable's name


def test_metainfo_names_this_release_and_the_desktop_entry() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == DESKTOP.name
    assert __version__ in [release.get("version") for release in root.iter("release")]
    assert {"application/x-subrip", "text/vtt"} <= {m.text for m in root.iter("mediatype")}
