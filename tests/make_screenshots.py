"""Render the main window offscreen to PNGs: light and dark, English and Chinese UI.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/make_screenshots.py [OUT_DIR]

The library is built fresh in a temporary folder: the shared sample notes (Chinese ASR
transcript) plus a short bilingual subtitle talk whose cues carry their translations, so
the reader shows both languages side by side, timestamps, and a partly translated talk.
Nothing touches the user's library or settings. Chinese needs a CJK font (fonts-noto-cjk).
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

SAMPLE = ROOT / "tests" / "data" / "baai-2023-notes-6-part1.txt"

#: (start seconds, English, Chinese): a talk on AI chips, as a bilingual subtitle file gives it.
CUES = [
    (3, "Thank you very much, it's a real pleasure to be here in Beijing.", "非常感谢，很高兴来到北京。"),
    (
        8,
        "Today I want to talk about why memory, not arithmetic, limits AI chips.",
        "今天我想谈谈，为什么限制 AI 芯片的是内存，而不是算力。",
    ),
    (
        15,
        "A modern processor can do far more multiplications than it can feed with data.",
        "现代处理器能做的乘法运算，远远多于它能供给数据的速度。",
    ),
    (
        22,
        "So the question is how close we can put the memory to the logic.",
        "所以问题在于，我们能把存储放得离逻辑电路多近。",
    ),
    (
        29,
        "SRAM cells on the chip are fast, but each bit needs six transistors.",
        "芯片上的 SRAM 单元很快，但每一位需要六个晶体管。",
    ),
    (
        36,
        "And SRAM has stopped getting denser with each new process node.",
        "而且 SRAM 已经不再随着每一代新工艺变得更密集。",
    ),
    (43, "High bandwidth memory stacks DRAM dies next to the processor.", "高带宽内存把 DRAM 裸片堆叠在处理器旁边。"),
    (
        50,
        "That gives us bandwidth, but at a real cost in power and in price.",
        "这给了我们带宽，但在功耗和价格上代价不小。",
    ),
    (
        57,
        "Wafer-scale integration is one of the most ambitious answers so far.",
        "晶圆级集成是迄今为止最雄心勃勃的答案之一。",
    ),
    (
        64,
        "In the end, the model architecture and the silicon have to be designed together.",
        "归根结底，模型架构和芯片必须协同设计。",
    ),
]


def _stamp(seconds: int) -> str:
    return f"00:{seconds // 60:02d}:{seconds % 60:02d},000"


def write_bilingual_srt(path: Path) -> Path:
    lines: list[str] = []
    number = 1
    for index, (start, english, chinese) in enumerate(CUES):
        end = CUES[index + 1][0] if index + 1 < len(CUES) else start + 6
        for text in (english, chinese):
            lines += [str(number), f"{_stamp(start)} --> {_stamp(end)}", text, ""]
            number += 1
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def build_library(folder: Path) -> Path:
    from reader.core import library as lib
    from reader.core.db import Library

    path = folder / "library.sqlite3"
    with Library.open(path) as library:
        for source in (SAMPLE, write_bilingual_srt(folder / "ai-chips-knowles.srt")):
            result = lib.import_file(library, source)
            if result.status != "imported":
                raise SystemExit(f"import failed: {source}: {result.message}")
        with library.session() as session:
            talks = lib.list_talks(session)
            srt_talk = next(t for t in talks if t.source == "ai-chips-knowles.srt")
            lib.rename_talk(session, srt_talk.id, "Simon Knowles — Memory, not arithmetic, limits AI chips")
            add_notes(session, srt_talk.id)
    return path


def add_notes(session, talk_id: int) -> None:
    """Highlights a reader would have made: one with a written note, one plain, one over two cues."""
    from reader.core import library as lib
    from reader.core.notes import add_note

    ids = [segment.id for segment in lib.talk_segments(session, talk_id)]
    add_note(
        session, talk_id, ids[2], text="The key claim: **bandwidth**, not FLOPs, is the bottleneck.", color="yellow"
    )
    add_note(session, talk_id, ids[4], ids[5], color="green")
    add_note(
        session, talk_id, ids[8], text="Follow up: Cerebras WSE-2 numbers\n\n- on-chip SRAM\n- power", color="purple"
    )


def settle(app, seconds: float = 0.6) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.02)


def shoot(out: Path) -> list[Path]:
    from PySide6.QtWidgets import QDialog

    from reader.gui.app import AppController, ensure_app
    from reader.gui.settings import Settings

    out.mkdir(parents=True, exist_ok=True)
    app = ensure_app()
    shots: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="talk-reader-shots-") as temp:
        folder = Path(temp)
        library_path = build_library(folder)
        from reader.core import library as lib
        from reader.core.db import Library

        for theme in ("light", "dark"):
            for language in ("en", "zh_CN"):
                settings = Settings.at(folder / f"settings-{theme}-{language}.ini")
                settings.theme = theme
                settings.ui_language = language
                settings.auto_translate = False
                library = Library.open(library_path)
                with library.read_session() as session:
                    talks = lib.list_talks(session)
                srt = next(t for t in talks if t.source == "ai-chips-knowles.srt")
                settings.last_talk = srt.id
                controller = AppController(library, settings, app)
                window = controller.window
                window.resize(1280, 800)
                window.show()
                deadline = time.monotonic() + 10
                while window.reader_model.talk_id != srt.id and time.monotonic() < deadline:
                    settle(app, 0.05)
                settle(app)
                first = window.reader_model.paragraph(1).segments[0].id
                window.reader_view.set_active_segment(first)
                settle(app, 0.2)
                path = out / f"main-{theme}-{language}.png"
                window.grab().save(str(path))
                shots.append(path)
                if theme == "light" and language == "en":
                    # The long Chinese transcript, untranslated rows waiting, find bar open.
                    big = max(talks, key=lambda t: t.segments)
                    window.talk_view.open(big.id)
                    deadline = time.monotonic() + 10
                    while window.reader_model.talk_id != big.id and time.monotonic() < deadline:
                        settle(app, 0.05)
                    window.find_bar.open_bar("models")
                    settle(app)
                    path = out / "reader-find-light-en.png"
                    window.grab().save(str(path))
                    shots.append(path)
                    window.find_bar.close_bar()
                    window.library_search.search("memory")
                    settle(app, 1.0)
                    path = out / "search-light-en.png"
                    window.grab().save(str(path))
                    shots.append(path)
                    shots += shoot_notes_and_export(app, window, out)
                    for opener, name in (
                        (window.open_models, "modelManager"),
                        (window.open_preferences, "preferencesDialog"),
                    ):
                        opener()
                        settle(app, 0.5)
                        dialog = window.findChild(QDialog, name)
                        path = out / f"dialog-{name}-light-en.png"
                        dialog.grab().save(str(path))
                        shots.append(path)
                        dialog.reject()
                window.close()
                controller.shutdown()
                window.deleteLater()
                settle(app, 0.1)
        # The welcome view of an empty library.
        settings = Settings.at(folder / "settings-welcome.ini")
        settings.ui_language = "zh_CN"
        controller = AppController(Library.open(folder / "empty.sqlite3"), settings, app)
        controller.window.resize(1000, 680)
        controller.window.show()
        settle(app)
        path = out / "welcome-light-zh_CN.png"
        controller.window.grab().save(str(path))
        shots.append(path)
        controller.window.close()
        controller.shutdown()
    return shots


def shoot_notes_and_export(app, window, out: Path) -> list[Path]:
    """The notes panel beside the reader, the note editor, and the export dialog with its preview."""
    from PySide6.QtWidgets import QDialog

    shots = []
    talk_id = next(t.id for t in window.talk_model.talks if t.source == "ai-chips-knowles.srt")
    window.talk_view.open(talk_id)
    deadline = time.monotonic() + 10
    while window.reader_model.talk_id != talk_id and time.monotonic() < deadline:
        settle(app, 0.05)
    window.search_dock.hide()
    window.notes_dock.show()
    window.notes_dock.raise_()
    settle(app)
    notes = window.reader_model.notes()
    window.notes.show(notes[0].id)
    window.notes_panel.select_note(notes[0].id)
    settle(app, 0.3)
    path = out / "notes-panel-light-en.png"
    window.grab().save(str(path))
    shots.append(path)
    window.notes.edit(notes[-1].id)
    settle(app, 0.4)
    editor = next(d for d in window.findChildren(QDialog, "noteEditor") if d.isVisible())
    path = out / "dialog-noteEditor-light-en.png"
    editor.grab().save(str(path))
    shots.append(path)
    editor.reject()
    window.notes_dock.hide()
    for fmt in ("md", "html"):
        window.open_export()
        settle(app, 0.2)
        dialog = next(d for d in window.findChildren(QDialog, "exportDialog") if d.isVisible())
        deadline = time.monotonic() + 10
        while dialog.preview is None and time.monotonic() < deadline:
            settle(app, 0.05)
        if fmt != "md":
            dialog.set_format(fmt)
            dialog.layout_combo.setCurrentIndex(dialog.layout_combo.findData("table"))
        settle(app, 0.8)
        path = out / f"dialog-export-{fmt}-light-en.png"
        dialog.grab().save(str(path))
        shots.append(path)
        dialog.reject()
        settle(app, 0.1)
    return shots


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(tempfile.gettempdir()) / "talk-reader-shots"
    for path in shoot(out):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
