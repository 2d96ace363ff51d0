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


def test_the_model_watch_takes_its_first_look_after_the_first_talk_is_shown(
    make_app, sample_library_path, settings, tmp_path, qtbot, monkeypatch
) -> None:
    # Finding argostranslate's folder imports the translation package and the first look
    # reads every package's metadata: nothing the first paint needs.
    folder = tmp_path / "argos-packages"
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(folder))
    controller = make_app(sample_library_path)
    watch = controller.model_watch
    started_when_shown: list[bool] = []
    controller.window.talk_shown.connect(lambda _talk: started_when_shown.append(watch.started))
    assert not watch.started and watch.folder is None
    qtbot.waitUntil(lambda: watch.known is not None, timeout=20_000)
    assert started_when_shown[:1] == [False]
    assert watch.folder == folder
    assert watch.known == ()  # no packages in the test's folder
