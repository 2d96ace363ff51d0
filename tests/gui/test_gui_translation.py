"""Background translation with the tiny real test models: visible rows first, progress, cancel."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from reader.core.db import Library
from reader.core.models import Segment, Translation


@pytest.fixture
def translating_app(tiny_packages, make_app, sample_library_path, settings, big_talk_id, qtbot):
    settings.last_talk = big_talk_id
    controller = make_app(sample_library_path)
    qtbot.waitUntil(lambda: controller.window.reader_model.talk_id == big_talk_id, timeout=10_000)
    return controller


def test_opening_a_talk_translates_visible_rows_first_then_the_rest(
    translating_app, tiny_packages, sample_library_path, qtbot
) -> None:
    window = translating_app.window
    model = window.reader_model
    first, last = window.reader_view.visible_range()
    visible = set(model.untranslated_ids(range(first, last + 1)))
    assert visible
    arrived: list[dict] = []
    window.translation.translated.connect(arrived.append)
    qtbot.waitUntil(lambda: bool(arrived), timeout=30_000)
    # The first stored batch is made of rows on screen.
    assert set(arrived[0]) <= visible or visible <= set(arrived[0])
    qtbot.waitUntil(
        lambda: (
            model.translated_count()[0] == model.translated_count()[1]
            or not window.translation.running
            and window.translation.idle
        ),
        timeout=120_000,
    )
    qtbot.waitUntil(lambda: window.translation.idle, timeout=30_000)
    done, total = model.translated_count()
    markers = {tiny_packages.zh_en_marker, tiny_packages.en_zh_marker}
    shown = [s.translation for p in model._rows for s in p.segments if s.translation is not None]
    # Code-switched sentences keep their embedded terms around the marker.
    assert shown and all(any(m in text for m in markers) for text in shown)
    with Library.open(sample_library_path) as library, library.read_session() as session:
        stored = session.scalar(
            select(func.count()).select_from(Translation).join(Segment).where(Segment.talk_id == model.talk_id)
        )
    assert stored == done > 0
    # Rows that were translated show text in the translation column; the talk list shows progress.
    row = window.talk_model.row_of(model.talk_id)
    assert window.talk_model.talks[row].translated == done


def test_scrolling_reprioritises_and_cancel_stops_cleanly(translating_app, qtbot) -> None:
    window = translating_app.window
    controller = window.translation
    controller.cancel()
    qtbot.waitUntil(lambda: controller.idle, timeout=30_000)
    assert not window.act_stop.isEnabled()
    model = window.reader_model
    done_before = model.translated_count()[0]
    # After a user cancel, scrolling does not restart translation on its own.
    window.reader_view.scroll_to_row(model.rowCount() - 5)
    qtbot.wait(300)
    assert not controller.running
    # Asking explicitly translates what is on screen now, first.
    first, last = window.reader_view.visible_range()
    visible = set(model.untranslated_ids(range(first, last + 1)))
    assert visible, "rows at the end should still be untranslated"
    with qtbot.waitSignal(controller.translated, timeout=30_000) as batch:
        window.act_translate.trigger()
    assert set(batch.args[0]) & visible
    assert window.act_stop.isEnabled() or controller.idle
    # Cancel from the status bar's progress widget path (the handle), mid-run.
    if controller.running:
        controller.handle.cancel()
    qtbot.waitUntil(lambda: controller.idle, timeout=30_000)
    done_after = model.translated_count()[0]
    assert done_after > done_before
    # Visible rows updated in place: their translation cells now carry text.
    assert all(model.segment(i).translation for i in visible if i in batch.args[0])


def test_missing_model_shows_a_banner(
    make_app, sample_library_path, settings, big_talk_id, qtbot, tmp_path, monkeypatch
) -> None:
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(tmp_path / "no-packages"))
    (tmp_path / "no-packages").mkdir()
    settings.last_talk = big_talk_id
    window = make_app(sample_library_path).window
    qtbot.waitUntil(lambda: window.banner.isVisible(), timeout=30_000)
    assert "model" in window.banner.label.text()
    assert window.banner.button.isVisible()
