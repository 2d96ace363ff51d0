"""Shared pytest fixtures for translation: tiny real-format model packages.

Registered for the whole suite from ``tests/conftest.py`` (``pytest_plugins``).

* ``tiny_package_files`` - the two ``.argosmodel`` files (zh→en gives ``ZH_EN_MARKER``,
  en→zh gives ``EN_ZH_MARKER`` for any input), built once per session, not installed.
* ``tiny_packages`` - the same, installed once per session into the test sandbox's
  ``ARGOS_PACKAGES_DIR`` through the command users run (``talk-reader models install``).
  Tests that add or remove packages must point ``ARGOS_PACKAGES_DIR`` elsewhere first.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.support.tiny_model import EN_ZH_MARKER, ZH_EN_MARKER, build_tiny_package


@dataclass(frozen=True)
class TinyPackages:
    zh_en: Path
    en_zh: Path
    zh_en_marker: str = ZH_EN_MARKER
    en_zh_marker: str = EN_ZH_MARKER


@pytest.fixture(scope="session")
def tiny_package_files(tmp_path_factory: pytest.TempPathFactory) -> TinyPackages:
    folder = tmp_path_factory.mktemp("tiny-packages")
    return TinyPackages(
        zh_en=build_tiny_package(folder, "zh", "en", ZH_EN_MARKER),
        en_zh=build_tiny_package(folder, "en", "zh", EN_ZH_MARKER),
    )


@pytest.fixture(scope="session")
def tiny_packages(tiny_package_files: TinyPackages) -> TinyPackages:
    from reader.cli import run

    for archive in (tiny_package_files.zh_en, tiny_package_files.en_zh):
        status = run(["models", "install", str(archive)])
        assert status == 0, f"installing {archive} failed"
    return tiny_package_files
