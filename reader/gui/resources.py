"""Finding the files under ``resources/`` (icons, styles, UI translations).

In a source checkout they sit next to the ``reader`` package; a frozen build (PyInstaller)
unpacks them under ``sys._MEIPASS``; ``TALK_READER_RESOURCES`` overrides both, for packagers.
"""

from __future__ import annotations

import os
import sys
from functools import cache
from pathlib import Path

RESOURCES_ENV = "TALK_READER_RESOURCES"


@cache
def resources_dir() -> Path:
    override = os.environ.get(RESOURCES_ENV)
    candidates = [Path(override)] if override else []
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        candidates.append(Path(frozen) / "resources")
    here = Path(__file__).resolve().parent
    candidates += [here.parent.parent / "resources", here / "resources"]
    for candidate in candidates:
        if (candidate / "icons").is_dir():
            return candidate
    return candidates[-1]


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
