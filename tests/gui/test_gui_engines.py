"""The reader translates with the engine the library chose: a chat server on 127.0.0.1 fills
the rows on screen, and a server that is gone is a clear message, not a fake translation."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from reader.core.db import Library
from reader.core.translate import engine_settings as es
from tests.gui.gui_helpers import find_top_level
from tests.support.translation_servers import ChatServer, LibreTranslateServer, running


def _choose(path, config: es.EngineConfig) -> None:
    with Library.open(path) as library, library.session() as session:
        es.add_engine(session, config)
        for direction in es.DIRECTIONS:
            es.choose_engine(session, direction, config.name)


def test_the_reader_fills_in_from_the_chosen_chat_server(
    make_app, sample_library_path, settings, big_talk_id, qtbot
) -> None:
    with running(ChatServer()) as server:
        _choose(sample_library_path, es.EngineConfig(name="llm", kind=es.CHAT, url=server.url, model="tiny-chat"))
        settings.last_talk = big_talk_id
        controller = make_app(sample_library_path)
        window = controller.window
        arrived: list[dict] = []
        window.translation.translated.connect(arrived.append)
        qtbot.waitUntil(lambda: bool(arrived), timeout=30_000)
        window.translation.cancel()
        qtbot.waitUntil(lambda: window.translation.idle, timeout=30_000)
        model = window.reader_model
        shown = {s.id: (s.lang, s.text, s.translation) for p in model._rows for s in p.segments}
        rows = {segment_id: text for batch in arrived for segment_id, (text, *_rest) in batch.items()}
        assert rows
        for segment_id, text in rows.items():
            lang = shown[segment_id][0]
            assert text.startswith("en: " if lang == "zh" else "zh: "), text
            assert shown[segment_id][2] == text


def test_a_server_that_is_gone_says_so_and_translates_nothing(
    make_app, sample_library_path, settings, big_talk_id, qtbot
) -> None:
    with running(LibreTranslateServer()) as gone:
        url = gone.url
    _choose(sample_library_path, es.EngineConfig(name="dead", kind=es.LIBRETRANSLATE, url=url))
    settings.last_talk = big_talk_id
    controller = make_app(sample_library_path)
    window = controller.window
    qtbot.waitUntil(lambda: find_top_level(QMessageBox, "errorDialog") is not None, timeout=60_000)
    box = find_top_level(QMessageBox, "errorDialog")
    assert "cannot connect" in box.text() and "dead" in box.text(), box.text()
    box.accept()
    assert window.reader_model.translated_count()[0] == 0
    # Scrolling does not ask the dead server again; Translate does, and says so again.
    qtbot.waitUntil(lambda: window.translation.idle, timeout=30_000)
    with qtbot.waitSignal(window.reader_view.visible_rows_changed, timeout=10_000):
        window.reader_view.scroll_to_row(window.reader_model.rowCount() - 5)
    assert not window.translation.running
    window.act_translate.trigger()
    assert window.translation.running
    qtbot.waitUntil(lambda: find_top_level(QMessageBox, "errorDialog") is not None, timeout=60_000)
    find_top_level(QMessageBox, "errorDialog").accept()
    qtbot.waitUntil(lambda: window.translation.idle, timeout=30_000)
