"""The library's talks as a list model (title, speakers, languages, size, translation progress).

**At 10,000 talks.** The list holds every talk's own row (title, speakers, file: what the
filter and the sort need), read in a few milliseconds, but not its counts (segments per
language, translated), which mean reading every segment of the talk. A row painted without
its counts asks for them: :attr:`TalkListModel.counts_wanted` carries the ids of the rows
just painted, coalesced, and the window answers with :meth:`TalkListModel.set_counts`. So
opening the library reads a screenful of talks' segments, not 2.5 million, and an edit
recounts only the talks it changed.

The pane shows the list through :class:`TalkFilterModel`, which filters and sorts in Python
over keys computed once per talk: a ``QSortFilterProxyModel`` asks for each row's filter text
through Qt, about 20 µs a row from Python, so each keystroke cost 0.2–0.6 s at 10,000 talks.
"""

from __future__ import annotations

import enum
from collections.abc import Collection, Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal

from reader.core.library import TalkSummary
from reader.gui.language_names import LanguageNames, language_name
from reader.gui.widgets.plain_text import tooltip

Index = QModelIndex | QPersistentModelIndex

#: Language names in the UI language (the talk list and the reader's header).
LANGUAGE_NAMES = LanguageNames()
#: What the details line shows while a talk's counts are on their way.
COUNTING = "…"


class TalkRole(enum.IntEnum):
    SUMMARY = Qt.ItemDataRole.UserRole + 1
    TALK_ID = Qt.ItemDataRole.UserRole + 2
    FILTER_TEXT = Qt.ItemDataRole.UserRole + 3
    PROGRESS = Qt.ItemDataRole.UserRole + 4  #: translated fraction 0.0–1.0
    DETAILS = Qt.ItemDataRole.UserRole + 5  #: the grey second line


#: Roles whose value depends on a talk's counts: asking for one of an uncounted row asks for its counts.
COUNT_ROLES = (TalkRole.DETAILS, TalkRole.PROGRESS, TalkRole.SUMMARY, Qt.ItemDataRole.ToolTipRole)


class SortOrder(enum.Enum):
    """How the pane orders the talks."""

    LIBRARY = "library"  #: by file, then as the talks follow each other in it
    TITLE = "title"
    NEWEST = "newest"  #: the last imported first
    FOLDER = "folder"  #: by the folder the file was imported from, then in library order


def _folder_name(folder: str | None) -> str:
    """The last part of a folder path (an event, a year): what a user would type to find it."""
    if not folder:
        return ""
    return folder.rstrip("/\\").rsplit("/", 1)[-1].rsplit("\\", 1)[-1]


def _filter_text(talk: TalkSummary) -> str:
    return " ".join(filter(None, (talk.title, talk.speakers, talk.source, _folder_name(talk.folder))))


def _with_counts_of(talk: TalkSummary, counted: TalkSummary | None) -> TalkSummary:
    """*talk* as listed now, with the counts *counted* (the same talk, read before) has."""
    if talk.counted or counted is None or not counted.counted:
        return talk
    return replace(
        talk,
        segments=counted.segments,
        languages=counted.languages,
        translated=counted.translated,
        source_chars=counted.source_chars,
        counted=True,
    )


class TalkListModel(QAbstractListModel):
    """Every talk in library order; counts arrive a screenful at a time (see the module)."""

    #: Ids of talks whose counts a view asked for (rows painted without them).
    counts_wanted = Signal(list)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.talks: list[TalkSummary] = []
        self._rows: dict[int, int] = {}
        self._keys: list[str] | None = None
        #: Goes up whenever a title, speakers, file or folder changes (what filters and sorts).
        self.keys_version = 0
        self._order_keys: dict[SortOrder, tuple[int, list[Any]]] = {}
        # Talk id -> sentences a model is asked for, where the reader counted them (fillers
        # and numbers are never sent, so they do not hold the progress bar short of full).
        self._translatable: dict[int, int] = {}
        self._wanted: set[int] = set()  # asked for by a view, not yet sent
        self._asked: set[int] = set()  # sent with counts_wanted, no answer yet
        self._want_timer = QTimer(self)
        self._want_timer.setSingleShot(True)
        self._want_timer.setInterval(0)
        self._want_timer.timeout.connect(self._send_wanted)

    # -- the list ------------------------------------------------------------------------
    def set_talks(self, talks: list[TalkSummary], *, keep_counts: bool = True) -> None:
        """Replace the list; when only the details changed, update in place (keeps selection).

        A talk listed without counts keeps those this model has for it (*keep_counts*): the
        caller recounts the talks it knows changed. Without *keep_counts* they are forgotten
        and asked for again as rows are painted.
        """
        if keep_counts:
            rows, old = self._rows, self.talks
            talks = [_with_counts_of(talk, old[rows[talk.id]] if talk.id in rows else None) for talk in talks]
        if [t.id for t in talks] == [t.id for t in self.talks]:
            changed = [row for row, (new, old) in enumerate(zip(talks, self.talks, strict=True)) if new != old]
            if any(_filter_text(talks[row]) != _filter_text(self.talks[row]) for row in changed):
                self._forget_keys()
            self.talks = list(talks)
            if changed:
                self.dataChanged.emit(self.index(changed[0]), self.index(changed[-1]))
            return
        self.beginResetModel()
        self.talks = list(talks)
        self._rows = {talk.id: row for row, talk in enumerate(self.talks)}
        self._forget_keys()
        self._asked.clear()
        self.endResetModel()

    def _forget_keys(self) -> None:
        self._keys = None
        self.keys_version += 1

    def set_counts(self, talks: Collection[TalkSummary]) -> None:
        """Counted summaries of some talks (an answer to :attr:`counts_wanted`); others are ignored."""
        rows = []
        for talk in talks:
            self._asked.discard(talk.id)
            row = self._rows.get(talk.id)
            if row is None or not talk.counted:
                continue
            if talk != self.talks[row]:
                if _filter_text(talk) != _filter_text(self.talks[row]):
                    self._forget_keys()
                self.talks[row] = talk
                rows.append(row)
        if rows:
            self.dataChanged.emit(self.index(min(rows)), self.index(max(rows)))

    def counted_ids(self) -> list[int]:
        """The talks whose counts this model holds (what a refresh of everything must recount)."""
        return [talk.id for talk in self.talks if talk.counted]

    def row_of(self, talk_id: int) -> int | None:
        row = self._rows.get(talk_id)
        # self._rows is rebuilt on every reset; rows only change then.
        return row if row is not None and row < len(self.talks) and self.talks[row].id == talk_id else None

    def filter_keys(self) -> list[str]:
        """Each row's filter text, case-folded (title, speakers, file and folder names)."""
        if self._keys is None:
            self._keys = [_filter_text(talk).casefold() for talk in self.talks]
        return self._keys

    def order_keys(self, order: SortOrder) -> list[Any]:
        """Each row's sort key in *order* (kept until a title, file or folder changes)."""
        cached = self._order_keys.get(order)
        if cached is not None and cached[0] == self.keys_version:
            return cached[1]
        if order is SortOrder.TITLE:
            keys: list[Any] = [talk.title.casefold() for talk in self.talks]
        elif order is SortOrder.NEWEST:
            keys = [-talk.id for talk in self.talks]
        elif order is SortOrder.FOLDER:
            keys = [(talk.folder or "").casefold() for talk in self.talks]
        else:
            keys = list(range(len(self.talks)))
        self._order_keys[order] = (self.keys_version, keys)
        return keys

    def set_translated(self, talk_id: int, translated: int, translatable: int | None = None) -> None:
        row = self.row_of(talk_id)
        if row is None:
            return
        if translatable is not None and self._translatable.get(talk_id) != translatable:
            self._translatable[talk_id] = translatable
        elif self.talks[row].translated == translated:
            return
        self.talks[row] = replace(self.talks[row], translated=translated)
        index = self.index(row)
        self.dataChanged.emit(index, index, [TalkRole.PROGRESS, TalkRole.SUMMARY])

    # -- counts on demand ----------------------------------------------------------------
    def _want(self, talk: TalkSummary) -> None:
        if talk.id in self._asked or talk.id in self._wanted:
            return
        self._wanted.add(talk.id)
        if not self._want_timer.isActive():
            self._want_timer.start()

    def _send_wanted(self) -> None:
        ids = sorted(self._wanted)
        self._wanted.clear()
        self._asked.update(ids)
        if ids:
            self.counts_wanted.emit(ids)

    # -- Qt ------------------------------------------------------------------------------
    def details(self, talk: TalkSummary) -> str:
        """The grey line under a title: speakers · languages · size."""
        bits = []
        if talk.speakers:
            bits.append(talk.speakers)
        if not talk.counted:
            bits.append(COUNTING)
            return " · ".join(bits)
        langs = [language_name(lang) for lang in talk.languages if lang != "und"][:2]
        if langs:
            bits.append(" / ".join(langs))
        count = talk.segments  # a plain name: lupdate skips calls with `a.b` arguments
        bits.append(self.tr("%n segment(s)", "", count))
        return " · ".join(bits)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.talks)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        return self.row_data(index.row(), role)

    def row_data(self, row: int, role: int) -> Any:
        """``data()`` of a row (what a proxy forwards without building an index)."""
        if not 0 <= row < len(self.talks):
            return None
        talk = self.talks[row]
        if not talk.counted and role in COUNT_ROLES:
            self._want(talk)
        if role == Qt.ItemDataRole.DisplayRole:
            return talk.title
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [talk.title, self.details(talk)]
            if talk.source:
                first_last = f" ({talk.source_lines[0]}–{talk.source_lines[1]})" if talk.source_lines else ""
                lines.append(f"{talk.source}{first_last}")
            if talk.folder:
                lines.append(talk.folder)
            return tooltip("\n".join(lines))
        if role == TalkRole.SUMMARY:
            return talk
        if role == TalkRole.TALK_ID:
            return talk.id
        if role == TalkRole.FILTER_TEXT:
            return _filter_text(talk)
        if role == TalkRole.PROGRESS:
            total = self._translatable.get(talk.id, talk.segments)
            return min(1.0, talk.translated / total) if total else 0.0
        if role == TalkRole.DETAILS:
            return self.details(talk)
        return None


class TalkFilterModel(QAbstractListModel):
    """The talks the pane shows: those matching the filter, in the chosen order.

    Filtering and sorting are list operations over :meth:`TalkListModel.filter_keys` and
    each talk's title, id or folder — milliseconds at 10,000 talks — followed by one reset.
    Every word of the filter must occur (ignoring case) in the title, the speakers, the file
    name or its folder's name. Data is forwarded row by row to the source; its changes that
    leave the filter and order as they were are forwarded as changes of the rows shown.
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._source: TalkListModel | None = None
        self._filter = ""
        self._order = SortOrder.LIBRARY
        self._rows: list[int] = []  # shown row -> source row
        self._shown: dict[int, int] = {}  # source row -> shown row
        self._keys_version = -1  # the source's keys_version when the rows were chosen

    def setSourceModel(self, model: TalkListModel) -> None:
        self.beginResetModel()
        if self._source is not None:
            self._source.modelAboutToBeReset.disconnect(self.beginResetModel)
            self._source.modelReset.disconnect(self._source_reset)
            self._source.dataChanged.disconnect(self._source_changed)
        self._source = model
        model.modelAboutToBeReset.connect(self.beginResetModel)
        model.modelReset.connect(self._source_reset)
        model.dataChanged.connect(self._source_changed)
        self._compute()
        self.endResetModel()

    def sourceModel(self) -> TalkListModel | None:
        return self._source

    # -- filter and order ----------------------------------------------------------------
    def filter_text(self) -> str:
        return self._filter

    def set_filter(self, text: str) -> None:
        if text == self._filter:
            return
        self._filter = text
        self._update()

    def order(self) -> SortOrder:
        return self._order

    def set_order(self, order: SortOrder) -> None:
        if order == self._order:
            return
        self._order = order
        self._update()

    def _update(self) -> None:
        self.beginResetModel()
        self._compute()
        self.endResetModel()

    def _matching(self) -> list[int]:
        source = self._source
        if source is None:
            return []
        words = self._filter.casefold().split()
        if not words:
            rows = list(range(len(source.talks)))
        elif len(words) == 1:
            word = words[0]
            rows = [row for row, key in enumerate(source.filter_keys()) if word in key]
        else:
            rows = [row for row, key in enumerate(source.filter_keys()) if all(word in key for word in words)]
        if self._order is not SortOrder.LIBRARY:
            rows.sort(key=source.order_keys(self._order).__getitem__)  # stable: library order within
        return rows

    def _compute(self) -> None:
        self._set_rows(self._matching())

    def _set_rows(self, rows: list[int]) -> None:
        self._rows = rows
        self._shown = {source_row: row for row, source_row in enumerate(rows)}
        self._keys_version = self._source.keys_version if self._source is not None else -1

    def _source_reset(self) -> None:
        self._compute()
        self.endResetModel()

    def _source_changed(self, top: QModelIndex, bottom: QModelIndex, roles: Sequence[int] = ()) -> None:
        source = self._source
        if source is not None and source.keys_version != self._keys_version:
            rows = self._matching()
            if rows != self._rows:  # a renamed talk moves, or leaves the filter
                self.beginResetModel()
                self._set_rows(rows)
                self.endResetModel()
                return
            self._keys_version = source.keys_version
        shown = [self._shown[row] for row in range(top.row(), bottom.row() + 1) if row in self._shown]
        if shown:
            self.dataChanged.emit(self.index(min(shown)), self.index(max(shown)), list(roles))

    # -- mapping -------------------------------------------------------------------------
    def mapToSource(self, index: Index) -> QModelIndex:
        if self._source is None or not index.isValid() or not 0 <= index.row() < len(self._rows):
            return QModelIndex()
        return self._source.index(self._rows[index.row()])

    def mapFromSource(self, index: Index) -> QModelIndex:
        row = self._shown.get(index.row()) if index.isValid() else None
        return self.index(row) if row is not None else QModelIndex()

    # -- Qt ------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self._source is None or not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        value = self._source.row_data(row, role)
        if role == TalkRole.DETAILS and self._order is SortOrder.FOLDER:
            # Grouped by folder: each row says which (the grey line starts with its name).
            folder = _folder_name(self._source.talks[row].folder)
            return f"{folder} · {value}" if folder else value
        return value
