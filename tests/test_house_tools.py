"""The house tools pass on the whole tree: ruff's lint and format, and mypy (strict on the core).

Run by the README's test command, so CI and every contributor's test run check them too.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", *args], cwd=ROOT, capture_output=True, text=True, timeout=600)


@pytest.mark.parametrize(
    "command",
    [
        ("ruff", "check", "reader", "tests"),
        ("ruff", "format", "--check", "reader", "tests"),
        ("mypy",),  # settings (strict, over reader/core) in pyproject.toml
    ],
    ids=["ruff-check", "ruff-format", "mypy"],
)
def test_house_tool_passes(command: tuple[str, ...]) -> None:
    result = _run(*command)
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
