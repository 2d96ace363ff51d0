"""The core must import (and work) without Qt: the CLI and tests depend on it."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import reader.core


def test_core_modules_do_not_import_qt() -> None:
    modules = sorted(info.name for info in pkgutil.walk_packages(reader.core.__path__, prefix="reader.core."))
    assert "reader.core.db" in modules
    script = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "bad = sorted(m for m in sys.modules if m.startswith(('PySide6', 'PyQt', 'shiboken')))\n"
        "print(','.join(bad))\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""
