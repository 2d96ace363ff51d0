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


def test_the_window_module_starts_without_the_import_pipeline() -> None:
    # Importing, talk splitting and charset detection load on the first import, not at start.
    out = _run(
        """
        import os, sys
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        import reader.gui.app, reader.gui.main_window
        print(sorted(m for m in sys.modules if m.startswith(("reader.core", "charset_normalizer"))))
        """
    )
    loaded = eval(out)  # a list of module names
    assert "reader.core.library" in loaded and "reader.gui" not in loaded
    assert [m for m in loaded if m.startswith(("reader.core.importing", "reader.core.importers", "charset"))] == []
    assert "reader.core.textproc.talks" not in loaded


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


# Stutters the clean view removes: one needs jieba's dictionary (大家 doubled is a stutter,
# 研究研究 is a verb doubled on purpose: part of speech), one only repeats a word.
_CHINESE_TALK = """\
大家大家好，今天我们来聊一聊扩散模型。
我们先研究研究这个问题，其实其实很简单。
这个这个模型的训练数据从哪里来呢？
"""

_FIRST_PAINT_CHILD = """
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from reader.core.db import Library
from reader.gui.app import AppController, ensure_app
from reader.gui.settings import Settings

library, settings_path = sys.argv[1], sys.argv[2]
seen = []

class FirstRows(QObject):
    def eventFilter(self, obj, event):
        model = controller.window.reader_model
        if event.type() == QEvent.Type.Paint and not seen and model.rowCount():
            loaded = sorted(m for m in sys.modules if m.split(".")[0] in ("jieba", "pkg_resources"))
            texts = [model.data(model.index(row, 0)) for row in range(model.rowCount())]
            seen.append((loaded, texts))
            QTimer.singleShot(0, controller.app.quit)
        return False

app = ensure_app()
settings = Settings.at(settings_path)
settings.auto_translate = False
controller = AppController(Library.open(library), settings, app)
probe = FirstRows()
controller.window.reader_view.viewport().installEventFilter(probe)
controller.window.show()
app.exec()
print(repr(seen))
"""


def test_a_chinese_talk_s_first_rows_paint_clean_without_loading_jieba(tmp_path) -> None:
    # Clean-up asks the dictionary table, not jieba (a second of loading on the GUI thread);
    # the first screen is cleaned before it paints, not shown verbatim and swapped later.
    from reader.core import library as lib
    from reader.core.db import Library
    from reader.core.textproc.cleanup import clean_text

    source = tmp_path / "talk.txt"
    source.write_text(_CHINESE_TALK, encoding="utf-8")
    path = tmp_path / "library.sqlite3"
    with Library.open(path) as library:
        assert lib.import_file(library, source).status == "imported"
    result = subprocess.run(
        [sys.executable, "-c", _FIRST_PAINT_CHILD, str(path), str(tmp_path / "settings.ini")],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    [(loaded, texts)] = eval(result.stdout.strip().splitlines()[-1])  # a list of (names, texts)
    assert loaded == []
    shown = "".join(texts)
    assert "大家好，今天" in shown and "研究研究" in shown and "其实很简单" in shown
    assert "大家大家" not in shown and "其实其实" not in shown and "这个这个" not in shown
    assert shown == "".join(clean_text(line, "zh") for line in _CHINESE_TALK.splitlines())
