"""What the app does before its first paint: only what that paint needs.

Each check runs in a fresh interpreter, since what a module imports is only visible in a
process that has not imported it yet.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap


def _run(code: str) -> str:
    result = subprocess.run([sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_error_texts_import_without_the_import_pipeline() -> None:
    # The app installs its error texts at start; the importers and text processing (regexes
    # compiled at import time, dictionaries) are not needed for that.
    out = _run(
        """
        import sys
        import reader.gui.error_text
        print(sorted(m for m in sys.modules if m.startswith(("reader.core", "sqlalchemy", "jieba"))))
        """
    )
    loaded = eval(out)  # a list of module names
    assert "reader.core.errors" in loaded
    heavy = [
        m for m in loaded if m.startswith(("reader.core.importing", "reader.core.importers", "reader.core.textproc"))
    ]
    assert heavy == []
    assert not [m for m in loaded if m.startswith(("sqlalchemy", "jieba"))]
