"""Highlights and notes in the reader and the notes panel; File → Export with its preview."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from reader.core import library as lib
from reader.core import notes as core_notes
from reader.core.db import Library
from reader.core.search import search
from reader.gui.models.reader_model import ORIGINAL, TRANSLATION, Role
from tests.gui.gui_helpers import find_top_level, sentence_point


def _stored_notes(path: Path, talk_id: int) -> list[core_notes.NoteInfo]:
    with Library.open(path) as library, library.read_session() as session:
        return core_notes.list_notes(session, talk_id)


def _two_sentence_row(window) -> int:
    model = window.reader_model
    return next(r for r in range(model.rowCount()) if len(model.paragraph(r).segments) >= 3)


def _visible_dialog(window, name: str) -> QDialog:
    """The open dialog of that name (closed ones may linger until their deferred delete)."""
    found = [d for d in window.findChildren(QDialog, name) if d.isVisible()]
    assert len(found) == 1, found
    return found[0]


def _note_editor(window) -> QDialog:
    return _visible_dialog(window, "noteEditor")


def _confirm(qtbot, yes: bool) -> None:
    qtbot.waitUntil(lambda: find_top_level(QMessageBox, "confirmDialog") is not None, timeout=3000)
    box = find_top_level(QMessageBox, "confirmDialog")
    if yes:
        box.findChild(type(box.defaultButton()), "confirmYes").click()
    else:
        box.reject()


def test_highlight_a_shift_click_range_stores_it_marks_both_sides_and_lists_it(
    app, qtbot, sample_library_path, big_talk_id
) -> None:
    window = app.window
    view, model = window.reader_view, window.reader_model
    row = _two_sentence_row(window)
    view.scroll_to_row(row)
    segments = model.paragraph(row).segments
    first, last = segments[0], segments[2]
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=sentence_point(view, row, ORIGINAL, first.id))
    qtbot.mouseClick(
        view.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.ShiftModifier,
        pos=sentence_point(view, row, ORIGINAL, last.id),
    )
    assert view.selected_range() == (first.id, last.id)
    assert view.selected_segments() == [s.id for s in segments[:3]]
    changed: list[tuple[int, int]] = []
    model.dataChanged.connect(lambda top, bottom, _roles=(): changed.append((top.row(), bottom.row())))
    with qtbot.assertNotEmitted(model.modelReset):
        window.act_highlight.trigger()  # Ctrl+H
        qtbot.waitUntil(lambda: bool(model.notes()), timeout=5000)
    # Stored through the core, on the writer.
    stored = _stored_notes(sample_library_path, big_talk_id)
    assert [(n.first_segment_id, n.last_segment_id, n.color, n.text) for n in stored] == [
        (first.id, last.id, "yellow", "")
    ]
    # Only the passage's row was repainted, and both sides say it is highlighted.
    assert changed == [(row, row)]
    for column in (ORIGINAL, TRANSLATION):
        marks = model.index(row, column).data(Role.NOTES)
        assert len(marks) == 1 and marks[0].segment_ids == (first.id, segments[1].id, last.id)
        assert marks[0].color == "yellow" and marks[0].starts and marks[0].ends
    assert not model.index(row + 1, ORIGINAL).data(Role.NOTES)
    # The margin bar is where the tooltip finds the note.
    _mark, bar = view.delegate.marker_rects(row, ORIGINAL)[0]
    rect = view.visualRect(model.index(row, ORIGINAL))
    from reader.gui.widgets.reader_view import PAD_X, PAD_Y

    point = rect.topLeft() + bar.center().toPoint() + type(rect.topLeft())(PAD_X, PAD_Y)
    assert view.marker_at(point) is not None and view.marker_at(point).note_id == stored[0].id
    assert "Right-click to add a note" in view.note_tip(point, model.index(row, ORIGINAL), None)
    # The notes panel lists it with its passage.
    panel = window.notes_panel
    assert panel.model.rowCount() == 1
    excerpt = panel.model.index(0).data()
    assert model.passage(first.id, last.id)[:20] in excerpt
    assert window.act_notes.isCheckable()


def test_write_edit_and_delete_a_note_from_the_reader_and_the_panel(
    app, qtbot, sample_library_path, big_talk_id
) -> None:
    window = app.window
    view, model, panel = window.reader_view, window.reader_model, window.notes_panel
    window.act_notes.trigger()  # View → Notes
    assert window.notes_dock.isVisible()
    row = _two_sentence_row(window)
    segment = model.paragraph(row).segments[1]
    view.set_active_segment(segment.id)
    window.act_add_note.trigger()  # Ctrl+Shift+N
    dialog = _note_editor(window)
    dialog.findChild(type(dialog.colors.buttons()[0]), "noteColor_green").click()
    dialog.editor.setPlainText("Worth **quoting**: the zebrafish connectome")
    dialog.accept()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=5000)
    note = _stored_notes(sample_library_path, big_talk_id)[0]
    assert (note.first_segment_id, note.last_segment_id, note.color) == (segment.id, segment.id, "green")
    assert note.text == "Worth **quoting**: the zebrafish connectome"
    assert model.index(row, TRANSLATION).data(Role.NOTES)[0].color == "green"
    assert panel.model.index(0).data().endswith("Worth quoting: the zebrafish connectome")
    # The search index has the note.
    with Library.open(sample_library_path) as library, library.read_session() as session:
        found = search(session, "zebrafish in:notes")
    assert [(hit.talk_id, hit.note_id, hit.field) for hit in found.hits] == [(big_talk_id, note.id, "note")]
    # So does the window's search, whose results come to the front of the tab they share with the notes.
    window.library_search.search("zebrafish in:notes")
    qtbot.waitUntil(lambda: window.search_panel.results is not None, timeout=10_000)
    assert [h.segment_id for t in window.search_panel.results.talks for h in t.hits] == [segment.id]
    assert not window.search_dock.visibleRegion().isEmpty()
    window.act_notes.trigger()  # View → Notes brings the panel back to the front
    window.act_notes.trigger()
    assert not window.notes_dock.visibleRegion().isEmpty()
    # Edit from the panel: colour and text.
    assert panel.select_note(note.id)
    panel.edit_button.click()
    dialog = _note_editor(window)
    assert dialog.text() == note.text and dialog.color() == "green"
    dialog.set_color("purple")
    dialog.editor.setPlainText("A different thought")
    dialog.tabs.setCurrentIndex(1)  # the Markdown preview renders
    assert "A different thought" in dialog.preview.toPlainText()
    dialog.accept()
    qtbot.waitUntil(lambda: model.note(note.id).color == "purple", timeout=5000)
    stored = _stored_notes(sample_library_path, big_talk_id)
    assert [(n.id, n.color, n.text) for n in stored] == [(note.id, "purple", "A different thought")]
    assert model.index(row, ORIGINAL).data(Role.NOTES)[0].text == "A different thought"
    # Delete from the panel: asks first; "Cancel" keeps it.
    panel.delete_button.click()
    _confirm(qtbot, yes=False)
    qtbot.wait(50)
    assert len(_stored_notes(sample_library_path, big_talk_id)) == 1
    panel.delete_button.click()
    _confirm(qtbot, yes=True)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 0, timeout=5000)
    assert _stored_notes(sample_library_path, big_talk_id) == []
    assert not model.index(row, ORIGINAL).data(Role.NOTES)
    assert panel.empty.isVisible()
    # Undo puts it back (Ctrl+Z).
    qtbot.waitUntil(lambda: "Delete Note" in window.act_undo.text(), timeout=5000)
    window.act_undo.trigger()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=5000)
    restored = _stored_notes(sample_library_path, big_talk_id)
    assert [(n.first_segment_id, n.color, n.text, n.created_at) for n in restored] == [
        (segment.id, "purple", "A different thought", note.created_at)
    ]


def test_reader_context_menu_requests_and_panel_activation_shows_the_passage(
    make_app, qtbot, sample_library_path, settings, big_talk_id
) -> None:
    # A note far down the talk, stored before the app opens (as the CLI would).
    with Library.open(sample_library_path) as library:
        from reader.gui.models.talk_data import load_talk

        document = load_talk(library, big_talk_id)
        paragraph = document.paragraphs[-3]
        with library.session() as session:
            core_notes.add_note(
                session,
                big_talk_id,
                paragraph.segments[0].id,
                paragraph.segments[-1].id,
                text="Late in the talk",
                color="blue",
            )
    settings.last_talk = big_talk_id
    window = make_app(sample_library_path).window
    qtbot.waitUntil(lambda: window.reader_model.talk_id == big_talk_id, timeout=10_000)
    panel, view, model = window.notes_panel, window.reader_view, window.reader_model
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=3000)
    row = model.rowCount() - 3
    assert not view.visible_range()[0] <= row <= view.visible_range()[1]
    panel.list.clicked.emit(panel.model.index(0))
    first, last = view.visible_range()
    assert first <= row <= last
    assert view.selected_range() == (paragraph.segments[0].id, paragraph.segments[-1].id)
    # The reader's signals reach the same operations: highlight another sentence in pink.
    other = model.paragraph(row - 1).segments[0].id
    view.highlight_requested.emit(other, other, "pink")
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2, timeout=5000)
    assert [n.color for n in model.notes()] == ["pink", "blue"]  # reading order
    assert model.index(row - 1, ORIGINAL).data(Role.NOTES)[0].color == "pink"
    view.note_delete_requested.emit(model.notes()[0].id)
    _confirm(qtbot, yes=True)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=5000)


# -- export ------------------------------------------------------------------------------


def _open_export(window, qtbot):
    window.act_export.trigger()  # Ctrl+E
    dialog = _visible_dialog(window, "exportDialog")
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10_000)
    return dialog


def _wait_preview(dialog, qtbot, action) -> None:
    with qtbot.waitSignal(dialog.preview_shown, timeout=10_000):
        action()


def test_export_preview_follows_the_options_without_reading_again(app, qtbot, big_talk_id) -> None:
    window = app.window
    dialog = _open_export(window, qtbot)
    assert dialog.talk_ids() == [big_talk_id] and dialog.scope_current.isChecked()
    title = window.header.title.text()
    markdown = dialog.preview_text.toPlainText()
    assert markdown.startswith("# " + title[:10]) and dialog.preview_stack.currentWidget() is dialog.preview_text
    reads = dialog._build_generation
    # The sample talk has no timings: no subtitles, and the dialog says why.
    model = dialog.format_combo.model()
    assert not model.item(dialog.format_combo.findData("srt")).isEnabled()
    assert dialog.subtitle_hint.isVisible()
    # Layout: a table.
    _wait_preview(dialog, qtbot, lambda: dialog.layout_combo.setCurrentIndex(dialog.layout_combo.findData("table")))
    table = dialog.preview_text.toPlainText()
    assert table != markdown and "| Original | Translation |" in table and "| Original |" not in markdown
    # One language only: no layout to choose.
    _wait_preview(dialog, qtbot, lambda: dialog.lang_combo.setCurrentIndex(dialog.lang_combo.findData("original")))
    assert not dialog.layout_combo.isEnabled()
    original = dialog.preview_text.toPlainText()
    # Verbatim text keeps the speech noise the clean text drops.
    _wait_preview(dialog, qtbot, lambda: dialog.clean_check.setChecked(not dialog.clean_check.isChecked()))
    assert dialog.preview_text.toPlainText() != original
    # HTML is rendered.
    _wait_preview(dialog, qtbot, lambda: dialog.set_format("html"))
    assert dialog.preview_stack.currentWidget() is dialog.preview_html
    assert title[:8] in dialog.preview_html.toPlainText()
    # None of that read the library again.
    assert dialog._build_generation == reads
    # Notes only: says there is nothing yet.
    _wait_preview(dialog, qtbot, lambda: dialog.set_format("notes"))
    assert "No highlights" in dialog.warnings.text()
    # Choosing talks reads again, once.
    _wait_preview(dialog, qtbot, lambda: dialog.scope_library.setChecked(True))
    assert dialog._build_generation == reads + 1 and dialog.talk_ids() is None
    assert len(dialog.doc.talks) == window.talk_model.rowCount()
    dialog.reject()


def _import_subtitles(path: Path, folder: Path) -> int:
    srt = folder / "bilingual.srt"
    srt.write_text(
        "1\n00:00:01,000 --> 00:00:04,000\nMemory limits AI chips.\n\n"
        "2\n00:00:01,000 --> 00:00:04,000\n内存限制了 AI 芯片。\n\n"
        "3\n00:00:05,000 --> 00:00:09,000\nSo we move memory closer to the logic.\n\n"
        "4\n00:00:05,000 --> 00:00:09,000\n所以我们把存储放得离逻辑更近。\n",
        encoding="utf-8",
    )
    with Library.open(path) as library:
        result = lib.import_file(library, srt)
        assert result.status == "imported", result.message
        return result.talks[0].id


def test_export_writes_the_file_and_never_overwrites_without_asking(
    make_app, qtbot, sample_library_path, settings, tmp_path: Path
) -> None:
    talk_id = _import_subtitles(sample_library_path, tmp_path)
    settings.last_talk = talk_id
    window = make_app(sample_library_path).window
    qtbot.waitUntil(lambda: window.reader_model.talk_id == talk_id, timeout=10_000)
    dialog = _open_export(window, qtbot)
    # A subtitle talk can be exported as subtitles.
    assert dialog.format_combo.model().item(dialog.format_combo.findData("vtt")).isEnabled()
    assert not dialog.subtitle_hint.isVisible()
    _wait_preview(dialog, qtbot, lambda: dialog.set_format("vtt"))
    assert dialog.preview_text.toPlainText().startswith("WEBVTT")
    assert "内存限制了 AI 芯片。" in dialog.preview_text.toPlainText()
    # The save dialog suggests the talk's name.
    file_dialog = dialog.choose_file()
    assert dialog.default_name() == "Memory limits AI chips.vtt"
    assert file_dialog.selectedFiles()[0].endswith("/Memory limits AI chips.vtt")
    file_dialog.reject()
    target = tmp_path / "out" / dialog.default_name()
    target.parent.mkdir()
    with qtbot.waitSignal(dialog.exported, timeout=10_000) as done:
        dialog.export_to(target)
    assert done.args == [str(target)]
    text = target.read_text(encoding="utf-8")
    assert text.startswith("WEBVTT") and "00:00:05.000 --> 00:00:09.000" in text
    assert not dialog.isVisible()
    # Again, to the same file: refused until the user agrees.
    target.write_text("keep me", encoding="utf-8")
    dialog = _open_export(window, qtbot)
    dialog.export_to(target)
    _confirm(qtbot, yes=False)
    qtbot.waitUntil(lambda: dialog._export_handle is None, timeout=5000)
    assert target.read_text(encoding="utf-8") == "keep me" and dialog.isVisible()
    with qtbot.waitSignal(dialog.exported, timeout=10_000):
        dialog.export_to(target)
        _confirm(qtbot, yes=True)
    assert target.read_text(encoding="utf-8").startswith("# ")  # Markdown this time
    # A file chosen in the save dialog was confirmed there: replaced without asking twice.
    target.write_text("old", encoding="utf-8")
    dialog = _open_export(window, qtbot)
    with qtbot.waitSignal(dialog.exported, timeout=10_000):
        dialog._file_chosen(str(target))
    assert target.read_text(encoding="utf-8").startswith("# ")
    assert list(target.parent.iterdir()) == [target]  # no temporary files left


@pytest.mark.parametrize("where", ["under-a-file", "missing-folder"])
def test_export_to_an_unwritable_path_shows_an_error(app, qtbot, tmp_path: Path, where: str) -> None:
    window = app.window
    dialog = _open_export(window, qtbot)
    blocker = tmp_path / "a-file.txt"
    blocker.write_text("not a folder", encoding="utf-8")
    target = blocker / "talk.md" if where == "under-a-file" else tmp_path / "no" / "such" / "talk.md"
    dialog.export_to(target)
    qtbot.waitUntil(lambda: find_top_level(QMessageBox, "exportErrorDialog") is not None, timeout=10_000)
    box = find_top_level(QMessageBox, "exportErrorDialog")
    assert "could not be written" in box.text()
    assert str(target.parent) in box.informativeText()
    assert not target.exists() and dialog.isVisible()
    assert dialog.export_button.isEnabled()
    box.accept()
    dialog.reject()


def test_note_is_exported_next_to_its_passage(app, qtbot, tmp_path: Path) -> None:
    window = app.window
    model = window.reader_model
    segment = model.paragraph(0).segments[0]
    window.reader_view.highlight_requested.emit(segment.id, segment.id, "blue")
    qtbot.waitUntil(lambda: window.notes_panel.model.rowCount() == 1, timeout=5000)
    note_id = model.notes()[0].id
    window.notes.save(note_id, "blue", "An exported thought")
    qtbot.waitUntil(lambda: model.note(note_id).text == "An exported thought", timeout=5000)
    dialog = _open_export(window, qtbot)
    _wait_preview(dialog, qtbot, lambda: dialog.set_format("notes"))
    assert "An exported thought" in dialog.preview_text.toPlainText()
    assert not dialog.warnings.isVisible()
    target = tmp_path / dialog.default_name()
    assert target.name.endswith("(notes).md")
    with qtbot.waitSignal(dialog.exported, timeout=10_000):
        dialog.export_to(target)
    assert "An exported thought" in target.read_text(encoding="utf-8")


def test_reader_rows_say_nothing_about_notes_without_notes(app) -> None:
    model = app.window.reader_model
    assert model.index(0, ORIGINAL).data(Role.NOTES) == ()
    assert model.data(QModelIndex(), Role.NOTES) is None
    # The panel of a talk without notes says how to make one (not that no talk is open).
    panel = app.window.notes_panel
    assert panel.model.rowCount() == 0 and "Ctrl+H" in panel.empty.text()


def test_reader_context_menu_offers_colours_and_the_notes_of_the_sentence(app, qtbot) -> None:
    from PySide6.QtWidgets import QMenu

    window = app.window
    view, model = window.reader_view, window.reader_model
    row = _two_sentence_row(window)
    segments = model.paragraph(row).segments
    # Dragged text marks the sentences it touches, in either direction.
    cell = view.delegate.layout(row, ORIGINAL)
    view.delegate.selection = (
        row,
        ORIGINAL,
        cell.span_of(segments[2].id).start + 1,
        cell.span_of(segments[1].id).end - 1,
    )
    assert view.selected_segments() == [segments[1].id, segments[2].id]
    view.select_passage(segments[0].id, segments[1].id, scroll=False)
    assert view.delegate.selection is None
    menu = QMenu(view)
    view._add_note_actions(menu, segments[0].id, None)
    colours = menu.findChild(QMenu, "highlightMenu")
    assert colours.title() == "Highlight 2 Sentences"
    assert [a.data() for a in colours.actions()] == ["yellow", "green", "blue", "pink", "purple"]
    with qtbot.waitSignal(view.highlight_requested, timeout=1000) as requested:
        colours.actions()[3].trigger()
    assert requested.args == [segments[0].id, segments[1].id, "pink"]
    qtbot.waitUntil(lambda: len(model.notes()) == 1, timeout=5000)
    # On a highlighted sentence the menu offers to write on it and to remove it.
    menu = QMenu(view)
    view._add_note_actions(menu, segments[1].id, None)
    texts = [a.text() for a in menu.actions()]
    assert "Write a Note on This Highlight…" in texts and "Remove Highlight" in texts
    # Ctrl+Shift+N on exactly that passage opens it for writing rather than adding another.
    window.act_add_note.trigger()
    dialog = _note_editor(window)
    assert dialog.windowTitle() == "Edit Note" and dialog.color() == "pink"
    qtbot.keyClicks(dialog.editor, "Pink thoughts")
    qtbot.keyClick(dialog.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # saves
    qtbot.waitUntil(lambda: model.notes()[0].text == "Pink thoughts", timeout=5000)
    assert len(model.notes()) == 1


def test_preview_of_a_long_export_is_its_beginning(sample_library_path: Path) -> None:
    from reader.core.export import ExportOptions, build_document, render
    from reader.gui.dialogs.export_dialog import TEXT_PREVIEW_CHARS, make_preview

    with Library.open(sample_library_path) as library, library.read_session() as session:
        doc = build_document(session, None, clean=True)
    options = ExportOptions("md", "interleaved", "both", True)
    full = render(doc, options).text
    preview = make_preview(doc, options)
    assert len(full) > TEXT_PREVIEW_CHARS and preview.truncated
    assert full.startswith(preview.text) and len(preview.text) <= TEXT_PREVIEW_CHARS
    assert preview.total_bytes == len(full.encode("utf-8")) and not preview.html
    html = make_preview(doc, ExportOptions("html", "table", "both", True))
    assert html.html and html.truncated and html.total_bytes == 0
    assert doc.talks[0].title[:12] in html.text and doc.talks[-1].title not in html.text
    # Subtitles of untimed talks: the reason, not an exception.
    subtitles = make_preview(doc, ExportOptions("srt"))
    assert subtitles.error and "one talk at a time" in subtitles.error
