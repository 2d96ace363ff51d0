"""The reader: alignment highlights, copying, correcting a translation, toggles, zoom, find."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog

from reader.core.db import Library
from reader.core.models import Translation
from reader.core.translate import set_user_translation
from reader.gui.models.reader_model import ORIGINAL, TRANSLATION, PartKind
from tests.gui.gui_helpers import find_top_level, hover, sentence_point


def _translate_first_rows(path: Path, talk_id: int, rows: int = 3) -> dict[int, str]:
    """Give the first rows' segments a translation, as a user would have typed it."""
    from reader.gui.models.talk_data import load_talk

    with Library.open(path) as library:
        document = load_talk(library, talk_id)
        texts = {}
        with library.session() as session:
            for paragraph in document.paragraphs[:rows]:
                for segment in paragraph.segments:
                    texts[segment.id] = f"T{segment.id} translated."
                    set_user_translation(session, segment.id, texts[segment.id])
    return texts


def test_hover_and_click_highlight_a_sentence_and_its_counterpart(
    make_app, sample_library_path, settings, big_talk_id, qtbot
) -> None:
    texts = _translate_first_rows(sample_library_path, big_talk_id, rows=12)
    settings.last_talk = big_talk_id
    settings.auto_translate = False  # nothing may move the rows while the mouse points at them
    window = make_app(sample_library_path).window
    qtbot.waitUntil(lambda: window.reader_model.talk_id == big_talk_id, timeout=10_000)
    view = window.reader_view
    # A paragraph of several sentences, so the highlight must pick the right one.
    row = next(r for r in range(12) if len(window.reader_model.paragraph(r).segments) >= 2)
    paragraph = window.reader_model.paragraph(row)
    segment = paragraph.segments[1]
    view.scroll_to_segment(segment.id)
    point = sentence_point(view, row, ORIGINAL, segment.id)
    assert view.viewport().rect().contains(point)
    hover(view.viewport(), point)
    qtbot.waitUntil(lambda: view.delegate.hover_segment == segment.id, timeout=3000)
    # The counterpart exists in the translation cell of the same row, under the same id.
    translation_cell = view.delegate.layout(row, TRANSLATION)
    span = translation_cell.span_of(segment.id)
    assert span is not None and span.kind is not PartKind.PLACEHOLDER
    assert translation_cell.document.toPlainText()[span.start : span.end] == texts[segment.id]
    # Hovering the translation highlights the original sentence.
    other = paragraph.segments[0]
    view.scroll_to_segment(other.id)
    point = sentence_point(view, row, TRANSLATION, other.id)
    assert view.viewport().rect().contains(point), point
    hover(view.viewport(), point)
    qtbot.waitUntil(lambda: view.delegate.hover_segment == other.id, timeout=3000)
    # Clicking makes it the active sentence; Copy gives the pair.
    with qtbot.waitSignal(view.segment_clicked, timeout=3000) as clicked:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=sentence_point(view, row, ORIGINAL, other.id))
    assert clicked.args == [other.id]
    assert view.active_segment() == other.id
    view.copy()
    copied = QGuiApplication.clipboard().text()
    assert texts[other.id] in copied and other.text.strip()[:5] in copied


def test_drag_selects_text_inside_a_cell_and_copies_it(app, qtbot) -> None:
    view = app.window.reader_view
    segment = app.window.reader_model.paragraph(0).segments[0]
    start = sentence_point(view, 0, ORIGINAL, segment.id)
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=start)
    end = start + type(start)(60, 0)
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QMouseEvent

    move = QMouseEvent(
        QMouseEvent.Type.MouseMove,
        QPointF(end),
        QPointF(view.viewport().mapToGlobal(end)),
        Qt.MouseButton.NoButton,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QGuiApplication.sendEvent(view.viewport(), move)
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=end)
    selected = view.selected_text()
    assert selected and selected in app.window.reader_model.cell(0, ORIGINAL).text
    view.copy()
    assert QGuiApplication.clipboard().text() == selected


def test_double_click_a_translation_to_correct_it(make_app, sample_library_path, settings, big_talk_id, qtbot) -> None:
    _translate_first_rows(sample_library_path, big_talk_id, rows=1)
    settings.last_talk = big_talk_id
    settings.auto_translate = False
    window = make_app(sample_library_path).window
    qtbot.waitUntil(lambda: window.reader_model.talk_id == big_talk_id, timeout=10_000)
    view = window.reader_view
    segment = window.reader_model.paragraph(0).segments[0]
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=sentence_point(view, 0, TRANSLATION, segment.id))
    dialog = find_top_level(QDialog, "correctionDialog")
    assert dialog is not None
    dialog.editor.setPlainText("  我的更好的翻译。 ")
    with qtbot.waitSignal(window.reader_model.dataChanged, timeout=5000):
        dialog.accept()
    stored = window.reader_model.segment(segment.id)
    assert stored.translation == "我的更好的翻译。" and stored.edited
    cell = window.reader_model.cell(0, TRANSLATION)
    assert any(p.kind is PartKind.EDITED and p.segment_id == segment.id for p in cell.parts)
    with Library.open(sample_library_path) as library, library.read_session() as session:
        row = session.get(Translation, segment.id)
        assert row.text == "我的更好的翻译。" and row.edited
    # Hovering the corrected sentence says whose translation it is.
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QToolTip

    point = sentence_point(view, 0, TRANSLATION, segment.id)
    QGuiApplication.sendEvent(
        view.viewport(), QHelpEvent(QHelpEvent.Type.ToolTip, point, view.viewport().mapToGlobal(point))
    )
    assert "correction" in QToolTip.text()
    QToolTip.hideText()


def test_view_toggles_zoom_and_swap(app, qtbot) -> None:
    window = app.window
    view = window.reader_view
    window.act_original.trigger()
    assert view.isColumnHidden(TRANSLATION) and not view.isColumnHidden(ORIGINAL)
    window.act_translation.trigger()
    assert view.isColumnHidden(ORIGINAL) and not view.isColumnHidden(TRANSLATION)
    window.act_both.trigger()
    assert not view.isColumnHidden(ORIGINAL) and not view.isColumnHidden(TRANSLATION)
    window.act_swap.trigger()
    assert view.header().logicalIndex(0) == TRANSLATION
    window.act_swap.trigger()
    assert view.header().logicalIndex(0) == ORIGINAL
    size = view.delegate.font.pointSizeF()
    window.act_zoom_in.trigger()
    assert view.delegate.font.pointSizeF() == size + 1
    window.act_zoom_out.trigger()
    window.act_zoom_out.trigger()
    assert view.delegate.font.pointSizeF() == size - 1
    window.act_zoom_reset.trigger()
    assert view.delegate.font.pointSizeF() == size
    assert window.settings.zoom == 0
    # Clean/verbatim switches what the original column shows, without resetting the model.
    with qtbot.assertNotEmitted(window.reader_model.modelReset):
        window.act_clean.setChecked(not window.act_clean.isChecked())
    assert window.reader_model.clean == window.act_clean.isChecked()


def test_find_in_talk_highlights_every_hit_and_steps_with_f3(app, qtbot) -> None:
    window = app.window
    model = window.reader_model
    text = model.cell(5, ORIGINAL).text
    needle = next(word for word in text.split() if len(word) >= 3 and word.isalpha())
    expected = sum(model.cell(r, ORIGINAL).text.casefold().count(needle.casefold()) for r in range(model.rowCount()))
    window.act_find.trigger()
    assert window.find_bar.isVisible()
    window.find_bar.edit.setText(needle)  # QTest can only type ASCII
    bar = window.find_bar
    assert len(bar.hits) == expected >= 1
    assert sum(len(h) for h in window.reader_view.delegate.hits.values()) == expected
    first = bar.current
    window.act_find_next.trigger()
    assert bar.current == (first + 1) % expected
    window.act_find_prev.trigger()
    assert bar.current == first
    assert bar.count.text().endswith(str(expected))
    qtbot.keyClick(bar.edit, Qt.Key.Key_Escape)
    assert not bar.isVisible() and not window.reader_view.delegate.hits


# One model per test: a ModelTester stays connected to the model it checked first, so checking
# two models with one fixture would judge the first model's signals by the second's shape.
def test_reader_model_passes_the_model_tester(app, qtmodeltester) -> None:
    qtmodeltester.check(app.window.reader_model, force_py=True)


def test_talk_model_passes_the_model_tester(app, qtmodeltester) -> None:
    qtmodeltester.check(app.window.talk_model, force_py=True)


def test_filler_only_sentences_leave_the_clean_view_and_never_wait_for_a_model(
    make_app, settings, tmp_path, qtbot
) -> None:
    from reader.core import library as lib

    path = tmp_path / "fillers.md"
    path.write_text("# Fillers\n\n大家稍等片刻。嗯。我们马上开始今天的报告。\n\n2023.\n", encoding="utf-8")
    library_path = tmp_path / "lib.sqlite3"
    with Library.open(library_path) as library:
        talk_id = lib.import_file(library, path).talks[0].id
        with library.read_session() as session:
            segments = {s.text: s for s in lib.talk_segments(session, talk_id)}
    filler, number = segments["嗯。"], segments["2023."]
    settings.last_talk = talk_id
    settings.auto_translate = False
    window = make_app(library_path).window
    qtbot.waitUntil(lambda: window.reader_model.talk_id == talk_id, timeout=10_000)
    model = window.reader_model
    row_of_filler = model.row_of_segment(filler.id)
    original = model.cell(row_of_filler, ORIGINAL)
    translation = model.cell(row_of_filler, TRANSLATION)
    assert "嗯" not in original.text and filler.id not in {p.segment_id for p in original.parts}
    assert filler.id not in {p.segment_id for p in translation.parts}  # nothing to wait for
    assert any(p.kind is PartKind.PLACEHOLDER for p in translation.parts)  # the real sentences still wait
    # Once the real sentences are translated, nothing in the row waits: the number reads as is.
    others = [s for s in segments.values() if s.id not in (filler.id, number.id)]
    model.update_translations({s.id: (f"T{s.id}", False) for s in others})
    number_cell = model.cell(model.row_of_segment(number.id), TRANSLATION)
    assert "2023." in number_cell.text
    assert not any(p.kind is PartKind.PLACEHOLDER for p in number_cell.parts)
    model.set_clean(False)
    assert "嗯。" in model.cell(row_of_filler, ORIGINAL).text  # the verbatim view shows everything
