"""The library's talks as a list model (title, speakers, languages, size, translation progress)."""

from __future__ import annotations

import enum
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from reader.core.library import TalkSummary
from reader.gui.language_names import LanguageNames, language_name
from reader.gui.widgets.plain_text import tooltip

Index = QModelIndex | QPersistentModelIndex

#: Language names in the UI language (the talk list and the reader's header).
LANGUAGE_NAMES = LanguageNames()


class TalkRole(enum.IntEnum):
    SUMMARY = Qt.ItemDataRole.UserRole + 1
    TALK_ID = Qt.ItemDataRole.UserRole + 2
    FILTER_TEXT = Qt.ItemDataRole.UserRole + 3
    PROGRESS = Qt.ItemDataRole.UserRole + 4  #: translated fraction 0.0–1.0
    DETAILS = Qt.ItemDataRole.UserRole + 5  #: the grey second line


class TalkListModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.talks: list[TalkSummary] = []
        # Talk id -> sentences a model is asked for, where the reader counted them (fillers
        # and numbers are never sent, so they do not hold the progress bar short of full).
        self._translatable: dict[int, int] = {}

    def set_talks(self, talks: list[TalkSummary]) -> None:
        """Replace the list; when only the details changed, update in place (keeps selection)."""
        if [t.id for t in talks] == [t.id for t in self.talks]:
            self.talks = list(talks)
            if talks:
                self.dataChanged.emit(self.index(0), self.index(len(talks) - 1))
            return
        self.beginResetModel()
        self.talks = list(talks)
        self.endResetModel()

    def row_of(self, talk_id: int) -> int | None:
        return next((row for row, talk in enumerate(self.talks) if talk.id == talk_id), None)

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

    def details(self, talk: TalkSummary) -> str:
        """The grey line under a title: speakers · languages · size."""
        bits = []
        if talk.speakers:
            bits.append(talk.speakers)
        langs = [language_name(lang) for lang in talk.languages if lang != "und"][:2]
        if langs:
            bits.append(" / ".join(langs))
        count = talk.segments  # a plain name: lupdate skips calls with `a.b` arguments
        bits.append(self.tr("%n segment(s)", "", count))
        return " · ".join(bits)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.talks)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self.talks)):
            return None
        talk = self.talks[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return talk.title
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [talk.title, self.details(talk)]
            if talk.source:
                first_last = f" ({talk.source_lines[0]}–{talk.source_lines[1]})" if talk.source_lines else ""
                lines.append(f"{talk.source}{first_last}")
            return tooltip("\n".join(lines))
        if role == TalkRole.SUMMARY:
            return talk
        if role == TalkRole.TALK_ID:
            return talk.id
        if role == TalkRole.FILTER_TEXT:
            return " ".join(filter(None, (talk.title, talk.speakers, talk.source)))
        if role == TalkRole.PROGRESS:
            total = self._translatable.get(talk.id, talk.segments)
            return min(1.0, talk.translated / total) if total else 0.0
        if role == TalkRole.DETAILS:
            return self.details(talk)
        return None
