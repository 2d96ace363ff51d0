"""The talk list at library scale: counts read a screenful at a time, filtering and sorting in
Python over the talks' own rows, and a refresh after an edit that recounts only what it changed."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QListView

from reader.core.library import TalkSummary
from reader.gui.models.talk_list import COUNTING, SortOrder, TalkFilterModel, TalkListModel, TalkRole


def talk(talk_id: int, title: str, *, speakers: str | None = None, folder: str | None = None) -> TalkSummary:
    """A talk as listed without counts."""
    return TalkSummary(
        id=talk_id,
        title=title,
        speakers=speakers,
        source=f"talks-{talk_id}.txt",
        source_lines=(1, 10),
        segments=0,
        languages={},
        translated=0,
        counted=False,
        folder=folder,
    )


def counted_as(summary: TalkSummary, segments: int, translated: int = 0) -> TalkSummary:
    return replace(summary, segments=segments, languages={"en": segments}, translated=translated, counted=True)


TALKS = [
    talk(1, "Scaling laws revisited", speakers="Ana Ruiz", folder="/talks/2023 Beijing"),
    talk(2, "Memory walls", folder="/talks/2023 Beijing"),
    talk(3, "Robots that fold laundry", speakers="Li Wei", folder="/talks/2024 Paris"),
    talk(4, "Alignment panel", folder="/talks/2022 Online"),
]


@pytest.fixture
def model(qapp) -> TalkListModel:
    model = TalkListModel()
    model.set_talks(list(TALKS))
    return model


def shown_titles(proxy: TalkFilterModel) -> list[str]:
    return [proxy.index(row).data() for row in range(proxy.rowCount())]


def test_a_row_shown_without_counts_asks_for_them_once(model: TalkListModel, qtbot) -> None:
    assert model.index(0).data(TalkRole.DETAILS) == f"Ana Ruiz · {COUNTING}"
    model.index(2).data(TalkRole.PROGRESS)
    model.index(2).data(TalkRole.DETAILS)
    assert model.index(3).data() == "Alignment panel"  # the title needs no counts
    with qtbot.waitSignal(model.counts_wanted, timeout=2000) as asked:
        pass
    assert asked.args == [[1, 3]]
    # Asked once: painting the rows again while the answer is on its way asks nothing more.
    with qtbot.assertNotEmitted(model.counts_wanted, wait=50):
        model.index(0).data(TalkRole.DETAILS)
    with qtbot.waitSignal(model.dataChanged, timeout=2000) as changed:
        model.set_counts([counted_as(TALKS[0], 120, 30), counted_as(TALKS[2], 40)])
    assert (changed.args[0].row(), changed.args[1].row()) == (0, 2)
    assert model.index(0).data(TalkRole.DETAILS).startswith("Ana Ruiz · English · 120 segment")
    assert model.index(0).data(TalkRole.PROGRESS) == pytest.approx(0.25)
    assert model.counted_ids() == [1, 3]


def test_a_new_list_keeps_the_counts_it_was_not_asked_to_forget(model: TalkListModel) -> None:
    model.set_counts([counted_as(TALKS[0], 120), counted_as(TALKS[1], 50)])
    renamed = replace(TALKS[1], title="Memory walls, again")
    model.set_talks([TALKS[0], counted_as(renamed, 55), *TALKS[2:]])
    assert [t.segments for t in model.talks] == [120, 55, 0, 0]
    assert model.talks[1].title == "Memory walls, again"
    # An undo or another program may have changed anything: the counts go, asked for again.
    model.set_talks(list(TALKS), keep_counts=False)
    assert model.counted_ids() == []


def test_row_of_follows_resets(model: TalkListModel) -> None:
    assert model.row_of(3) == 2
    model.set_talks([TALKS[3], TALKS[2]])
    assert model.row_of(3) == 1
    assert model.row_of(1) is None


def test_filter_words_each_match_title_speakers_file_or_folder(model: TalkListModel) -> None:
    proxy = TalkFilterModel()
    proxy.setSourceModel(model)
    proxy.set_filter("ROBOTS")
    assert shown_titles(proxy) == ["Robots that fold laundry"]
    proxy.set_filter("wei laundry")  # both words, anywhere, in any order
    assert shown_titles(proxy) == ["Robots that fold laundry"]
    proxy.set_filter("beijing")  # the folder the files came from
    assert shown_titles(proxy) == ["Scaling laws revisited", "Memory walls"]
    proxy.set_filter("talks-4")  # the file name
    assert shown_titles(proxy) == ["Alignment panel"]
    proxy.set_filter("memory robots")
    assert shown_titles(proxy) == []
    proxy.set_filter("")
    assert proxy.rowCount() == len(TALKS)


def test_orders_and_the_mapping_between_rows(model: TalkListModel) -> None:
    proxy = TalkFilterModel()
    proxy.setSourceModel(model)
    proxy.set_order(SortOrder.TITLE)
    assert shown_titles(proxy) == [
        "Alignment panel",
        "Memory walls",
        "Robots that fold laundry",
        "Scaling laws revisited",
    ]
    assert proxy.mapToSource(proxy.index(0)).row() == 3
    assert proxy.mapFromSource(model.index(3)).row() == 0
    proxy.set_order(SortOrder.NEWEST)
    assert [proxy.index(row).data(TalkRole.TALK_ID) for row in range(4)] == [4, 3, 2, 1]
    proxy.set_order(SortOrder.FOLDER)
    assert [proxy.index(row).data(TalkRole.TALK_ID) for row in range(4)] == [4, 1, 2, 3]
    proxy.set_filter("paris")
    assert not proxy.mapFromSource(model.index(0)).isValid()
    assert not proxy.mapToSource(QModelIndex()).isValid()


def test_a_renamed_talk_leaves_the_filter_and_counts_pass_through(model: TalkListModel, qtbot) -> None:
    proxy = TalkFilterModel()
    proxy.setSourceModel(model)
    proxy.set_filter("walls")
    assert shown_titles(proxy) == ["Memory walls"]
    with qtbot.waitSignal(proxy.dataChanged, timeout=2000) as changed:
        model.set_counts([counted_as(TALKS[1], 77)])
    assert changed.args[0].row() == 0 and proxy.index(0).data(TalkRole.SUMMARY).segments == 77
    with qtbot.waitSignal(proxy.modelReset, timeout=2000):
        model.set_talks([TALKS[0], replace(TALKS[1], title="Bandwidth"), *TALKS[2:]])
    assert shown_titles(proxy) == []


def test_the_filter_model_passes_the_model_tester(model: TalkListModel, qtmodeltester) -> None:
    proxy = TalkFilterModel()
    proxy.setSourceModel(model)
    proxy.set_filter("a")
    proxy.set_order(SortOrder.TITLE)
    qtmodeltester.check(proxy, force_py=True)


def test_the_list_lays_out_without_measuring_each_row(app) -> None:
    """10,000 rows measured one by one (a Python sizeHint each) took most of a second."""
    view: QListView = app.window.library_pane.list
    assert view.uniformItemSizes()
    assert view.model() is app.window.library_pane.proxy


def test_the_window_counts_the_rows_it_shows(app, qtbot) -> None:
    window = app.window
    window.show()
    qtbot.waitUntil(lambda: all(t.counted for t in window.talk_model.talks), timeout=10_000)
    assert all(t.segments > 0 for t in window.talk_model.talks)


def test_an_edit_recounts_only_the_talks_it_changed(app, qtbot, monkeypatch) -> None:
    import reader.gui.talk_list as talk_list

    window = app.window
    asked: list[object] = []
    real = talk_list.list_talks

    def listing(session, talk_ids=None, *, counts=True):
        asked.append(counts if talk_ids is None else ("ids", tuple(talk_ids)))
        return real(session, talk_ids, counts=counts)

    qtbot.waitUntil(lambda: all(t.counted for t in window.talk_model.talks), timeout=10_000)
    monkeypatch.setattr(talk_list, "list_talks", listing)
    opened = window.reader_model.talk_id
    other = next(t.id for t in window.talk_model.talks if t.id != opened)
    window.apply_rename(other, "Renamed elsewhere")
    qtbot.waitUntil(lambda: window.talk_model.talks[window.talk_model.row_of(other)].title == "Renamed elsewhere")
    refreshes = [counts for counts in asked if not isinstance(counts, tuple)]
    assert refreshes == [{other, opened}]  # the renamed talk and the open one: not all five
    renamed = window.talk_model.talks[window.talk_model.row_of(other)]
    assert renamed.counted and renamed.segments > 0


def test_selecting_a_talk_in_a_sorted_list_opens_it(app, qtbot) -> None:
    window = app.window
    pane = window.library_pane
    pane.set_order(SortOrder.NEWEST)
    assert pane.current_talk() == window.reader_model.talk_id  # the open talk stays current
    first = pane.proxy.index(0)
    assert first.data(TalkRole.TALK_ID) == max(t.id for t in window.talk_model.talks)
    pane.list.setCurrentIndex(first)
    qtbot.waitUntil(lambda: window.reader_model.talk_id == first.data(TalkRole.TALK_ID), timeout=10_000)
    pane.set_order(SortOrder.LIBRARY)
    assert pane.proxy.index(0).data(TalkRole.TALK_ID) == window.talk_model.talks[0].id
    assert pane.list.currentIndex().data(TalkRole.TALK_ID) == window.reader_model.talk_id
    assert Qt.ItemFlag.ItemIsSelectable in pane.proxy.flags(first)


def test_the_sort_menu_orders_the_pane_and_by_folder_names_each_rows_folder(app, qtbot) -> None:
    window = app.window
    pane = window.library_pane
    assert pane.sort_actions[SortOrder.LIBRARY].isChecked()
    pane.sort_actions[SortOrder.TITLE].trigger()
    assert pane.proxy.order() is SortOrder.TITLE and pane.sort_actions[SortOrder.TITLE].isChecked()
    titles = [pane.proxy.index(row).data() for row in range(pane.proxy.rowCount())]
    assert titles == sorted(titles, key=str.casefold)
    pane.sort_actions[SortOrder.FOLDER].trigger()
    folder = window.talk_model.talks[0].folder
    assert folder
    name = folder.replace("\\", "/").rstrip("/").rsplit("/", 1)[-1]
    assert pane.proxy.index(0).data(TalkRole.DETAILS).startswith(f"{name} · ")
    assert not window.talk_model.index(0).data(TalkRole.DETAILS).startswith(f"{name} · ")
    pane.set_order(SortOrder.LIBRARY)
    assert pane.sort_actions[SortOrder.LIBRARY].isChecked()
    assert not pane.proxy.index(0).data(TalkRole.DETAILS).startswith(f"{name} · ")


def test_a_renamed_talk_moves_in_a_sorted_list(model: TalkListModel) -> None:
    proxy = TalkFilterModel()
    proxy.setSourceModel(model)
    proxy.set_order(SortOrder.TITLE)
    assert shown_titles(proxy)[0] == "Alignment panel"
    model.set_talks([*TALKS[:3], replace(TALKS[3], title="Zebra crossings")])
    assert shown_titles(proxy) == [
        "Memory walls",
        "Robots that fold laundry",
        "Scaling laws revisited",
        "Zebra crossings",
    ]
    model.set_counts([replace(counted_as(TALKS[0], 5), title="Aardvarks")])  # counts may bring a new title too
    assert shown_titles(proxy)[0] == "Aardvarks"
