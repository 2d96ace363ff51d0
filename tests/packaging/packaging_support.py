"""Running Talk Reader as a new user would: an empty HOME, no network, no display."""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DIST = ROOT / "dist" / "talk-reader"
FROZEN_EXE = DIST / "talk-reader"
#: Everything the frozen build is made from: a build older than any of these is rebuilt.
BUILD_INPUTS = (
    ROOT / "reader",
    ROOT / "resources",
    ROOT / "pyproject.toml",
    ROOT / "packaging" / "talk-reader.spec",
    ROOT / "packaging" / "bundle_trim.py",
    ROOT / "packaging" / "launcher.py",
    ROOT / "packaging" / "build.sh",
)

SRT = """1
00:00:01,000 --> 00:00:03,500
大家好，欢迎来到今天的讲座。

2
00:00:03,600 --> 00:00:06,000
Today we talk about scaling laws for language models.
"""

VTT = """WEBVTT

00:00:01.000 --> 00:00:04.000
Good morning, and thanks for coming to this session on retrieval.

00:00:04.500 --> 00:00:07.000
我们先看一下今天的议程。
"""


def new_user_env(home: Path, **extra: str) -> dict[str, str]:
    """The environment of a first start: a fresh HOME, offscreen Qt, an index that refuses.

    ``ARGOS_PACKAGES_DIR`` and ``TALK_READER_LIBRARY`` are unset, so the app uses its
    defaults under HOME, as it would for a real new user.
    """
    home.mkdir(parents=True, exist_ok=True)
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("TALK_READER_", "ARGOS_", "XDG_", "QT_", "PYTHON")) and key != "HOME"
    }
    env.update(
        HOME=str(home),
        QT_QPA_PLATFORM="offscreen",
        ARGOS_PACKAGE_INDEX="http://127.0.0.1:9/",
        LANG="C.UTF-8",
    )
    env.update(extra)
    return env


def newest_input_mtime() -> float:
    newest = 0.0
    for item in BUILD_INPUTS:
        files = [item] if item.is_file() else [p for p in item.rglob("*") if p.is_file()]
        for path in files:
            if "__pycache__" not in path.parts:
                newest = max(newest, path.stat().st_mtime)
    return newest
