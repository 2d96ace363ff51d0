"""The glossary in the window: the dialog's table and buttons (each change undoable), "Add to
Glossary…" from the reader, and the mark on a translation that lacks a required term."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtWidgets import QDialogButtonBox

from reader.core import glossary
from reader.core.db import Library
from reader.gui.dialogs.glossary import GlossaryDialog, GlossaryEntryDialog
from reader.gui.models.reader_model import TRANSLATION, PartKind


def _entries(path: Path) -> list[tuple[str, str | None]]:
    with Library.open(path) as library, library.read_session() as session:
        return [(e.term, e.translation) for e in glossary.list_entries(session)]


def _ok(dialog: GlossaryEntryDialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def test_the_glossary_dialog_changes_entries_as_undoable_actions(app, qtbot, sample_library_path, tmp_path) -> None:
    window = app.window
    window.act_glossary.trigger()
    dialog = window.findChild(GlossaryDialog, "glossaryDialog")
    assert dialog is not None and dialog.isVisible()
    entry = dialog.add_entry()
    entry.term.setText("LLM")
    entry.translation.setText("大语言模型")
    _ok(entry)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=5000)
    assert [dialog.table.item(0, column).text() for column in range(2)] == ["LLM", "大语言模型"]
    qtbot.waitUntil(lambda: "Add “LLM” to Glossary" in window.act_undo.text(), timeout=5000)

    dialog.table.selectRow(0)
    edit = dialog.edit_selected()
    assert edit is not None and edit.term.text() == "LLM"
    edit.translation.clear()  # empty: keep as is
    edit.case.setChecked(True)
    _ok(edit)
    qtbot.waitUntil(lambda: dialog.table.item(0, 1).text() == "(keep as is)", timeout=5000)
    assert dialog.table.item(0, 3).text() == "match case"

    terms = tmp_path / "terms.txt"
    terms.write_text("GAN\n\n大模型\nlarge model\n", encoding="utf-8")
    dialog.import_file(str(terms))
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 3, timeout=5000)
    qtbot.waitUntil(lambda: dialog.status.text() == "3 entries · Imported: 2 added, 0 updated, 0 already there.")
    exported = tmp_path / "out.csv"
    dialog.export_file(str(exported))
    qtbot.waitUntil(lambda: "Wrote 3 entries to" in dialog.status.text(), timeout=5000)
    assert exported.read_text(encoding="utf-8").splitlines()[0] == "term,translation,note,case_sensitive,from,to"

    dialog.table.selectRow(next(row for row in range(3) if dialog.table.item(row, 0).text() == "GAN"))
    dialog.remove_selected()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2, timeout=5000)
    assert ("GAN", None) not in _entries(sample_library_path)
    dialog.reject()
    qtbot.waitUntil(lambda: "Remove “GAN” from Glossary" in window.act_undo.text(), timeout=5000)
    window.act_undo.trigger()
    qtbot.waitUntil(lambda: ("GAN", None) in _entries(sample_library_path), timeout=5000)


def test_add_to_glossary_from_the_reader(app, qtbot, sample_library_path) -> None:
    window = app.window
    window.add_to_glossary("  memory\n bandwidth ")
    dialog = window.findChild(GlossaryEntryDialog, "glossaryEntryDialog")
    assert dialog is not None and dialog.term.text() == "memory bandwidth"
    dialog.translation.setText("内存带宽")
    _ok(dialog)
    qtbot.waitUntil(lambda: ("memory bandwidth", "内存带宽") in _entries(sample_library_path), timeout=5000)
    qtbot.waitUntil(lambda: "Add “memory bandwidth” to Glossary" in window.act_undo.text(), timeout=5000)


def _first_word(text: str) -> str:
    return next(w for w in re.findall(r"[A-Za-z]{5,}", text))


def test_a_translation_lacking_a_glossary_term_is_marked(
    make_app, sample_library_path, settings, big_talk_id, qtbot
) -> None:
    from reader.core.translate import set_user_translation
    from reader.gui.models.talk_data import load_talk

    with Library.open(sample_library_path) as library:
        segment = load_talk(library, big_talk_id).paragraphs[0].segments[0]
        term = _first_word(segment.text)
        with library.session() as session:
            glossary.add_entry(session, term, "术语甲")
            set_user_translation(session, segment.id, "我自己的译文。")
    settings.last_talk = big_talk_id
    settings.auto_translate = False
    window = make_app(sample_library_path).window
    qtbot.waitUntil(lambda: window.reader_model.talk_id == big_talk_id, timeout=10_000)

    def kind() -> PartKind:
        cell = window.reader_model.cell(0, TRANSLATION)
        return next(p.kind for p in cell.parts if p.segment_id == segment.id)

    assert kind() is PartKind.GLOSSARY
    tip = window.reader_view.glossary_tip(segment.id)
    assert f"“{term}” should be translated “术语甲”" in tip
    window.save_correction(segment.id, "含有术语甲的译文。")
    qtbot.waitUntil(lambda: kind() is PartKind.EDITED, timeout=5000)
    window.save_correction(segment.id, "又没有了。")
    qtbot.waitUntil(lambda: kind() is PartKind.GLOSSARY, timeout=5000)
    # The export counts it.
    from reader.gui.dialogs.export_dialog import ExportDialog

    window.open_export()
    dialog = next(w for w in window.findChildren(ExportDialog))
    qtbot.waitUntil(lambda: "lack a term the glossary requires" in dialog.warnings.text(), timeout=20_000)
    assert "1 translated passage(s) lack a term the glossary requires." in dialog.warnings.text()
    dialog.reject()


def test_the_window_translates_with_the_glossary(
    tiny_packages, make_app, sample_library_path, settings, big_talk_id, qtbot
) -> None:
    """The suite's tiny models answer a fixed marker, so every placeholder is lost: the term is
    put back by translating around it, and the sentence is marked for a look."""
    from reader.gui.models.talk_data import load_talk

    with Library.open(sample_library_path) as library:
        segment = load_talk(library, big_talk_id).paragraphs[0].segments[0]
        term = _first_word(segment.text)
        with library.session() as session:
            glossary.add_entry(session, term, "术语乙")
    settings.last_talk = big_talk_id
    window = make_app(sample_library_path).window
    qtbot.waitUntil(lambda: window.reader_model.talk_id == big_talk_id, timeout=10_000)
    model = window.reader_model
    qtbot.waitUntil(lambda: (model.segment(segment.id).translation or "").find("术语乙") >= 0, timeout=60_000)
    assert tiny_packages.en_zh_marker in model.segment(segment.id).translation
    qtbot.waitUntil(lambda: window.translation.idle, timeout=60_000)
    window.talk_view.reload()
    qtbot.waitUntil(lambda: bool(model.segment(segment.id).glossary_issues), timeout=10_000)
    assert "the model lost" in window.reader_view.glossary_tip(segment.id)
