"""Speakers of a talk: listing with turn counts, renaming, merging, and the talk's speakers field."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core import library as lib
from reader.core.db import Library
from reader.core.errors import InvalidOperation, NotFound
from reader.core.models import Talk
from reader.core.speakers import (
    assign_speaker,
    list_speakers,
    rename_in_list,
    rename_speaker,
    turn_starts,
)
from reader.core.textproc.paragraphs import assign_paragraphs
from reader.core.textproc.units import Unit
from tests.support.speakers import SpeakerTalk, make_speaker_talk


@pytest.fixture
def panel(library: Library, tmp_path: Path) -> SpeakerTalk:
    return make_speaker_talk(library, tmp_path)


def _speakers(library: Library, talk_id: int) -> list[str | None]:
    with library.read_session() as session:
        return [s.speaker for s in lib.talk_segments(session, talk_id)]


def test_turn_starts_mark_each_change_of_speaker_not_every_sentence() -> None:
    assert turn_starts(["A", "A", "B", None, "B", "B", "A"]) == [True, False, True, False, True, False, True]
    assert turn_starts([None, None]) == [False, False]


def test_list_speakers_in_order_of_first_turn_with_counts(library: Library, panel: SpeakerTalk) -> None:
    with library.read_session() as session:
        found = [(s.name, s.turns, s.segments, s.first_segment_id) for s in list_speakers(session, panel.talk_id)]
    assert found == [("Host", 2, 3, panel.segment_ids[0]), ("Speaker 3", 2, 3, panel.segment_ids[2])]


def test_rename_changes_every_turn_of_one_talk_only(library: Library, panel: SpeakerTalk, tmp_path: Path) -> None:
    other = make_speaker_talk(library, tmp_path, "second.srt")
    with library.session() as session:
        result = rename_speaker(session, panel.talk_id, "speaker 3", "  赵老师 ")  # any case; spaces trimmed
    assert (result.old, result.new, result.segments, result.merged) == ("Speaker 3", "赵老师", 3, False)
    assert _speakers(library, panel.talk_id) == ["Host", "Host", "赵老师", "赵老师", "Host", "赵老师"]
    assert "Speaker 3" in _speakers(library, other.talk_id)


def test_renaming_to_an_existing_name_merges(library: Library, panel: SpeakerTalk) -> None:
    with library.session() as session:
        result = rename_speaker(session, panel.talk_id, "Speaker 3", "host")
    assert result.merged and result.new == "Host"  # the talk's own spelling wins
    with library.read_session() as session:
        assert [(s.name, s.turns, s.segments) for s in list_speakers(session, panel.talk_id)] == [("Host", 1, 6)]


def test_the_talk_speakers_field_follows_the_rename(library: Library, panel: SpeakerTalk) -> None:
    with library.session() as session:
        session.get(Talk, panel.talk_id).speakers = "Host、Speaker 3"
    with library.session() as session:
        assert rename_speaker(session, panel.talk_id, "Speaker 3", "赵老师").talk_speakers == "Host、赵老师"
    with library.read_session() as session:
        assert lib.list_talks(session, [panel.talk_id])[0].speakers == "Host、赵老师"
    with library.session() as session:
        rename_speaker(session, panel.talk_id, "赵老师", "Host")
    with library.read_session() as session:
        assert lib.get_talk(session, panel.talk_id).speakers == "Host"


def test_rename_in_list_replaces_whole_names_only() -> None:
    assert rename_in_list("Ana, Anabel", "ana", "Bo") == "Bo, Anabel"
    assert rename_in_list("Anabel", "Ana", "Bo") == "Anabel"
    assert rename_in_list(None, "Ana", "Bo") is None
    assert rename_in_list("Ana and Bo", "Ana", "Bo") == "Bo"


def test_bad_renames_say_why_and_change_nothing(library: Library, panel: SpeakerTalk) -> None:
    before = _speakers(library, panel.talk_id)
    with pytest.raises(NotFound, match="Speaker 3"), library.session() as session:
        rename_speaker(session, panel.talk_id, "Speaker 9", "Ana")  # the message lists who there is
    with pytest.raises(InvalidOperation), library.session() as session:
        rename_speaker(session, panel.talk_id, "Host", "   ")
    with pytest.raises(InvalidOperation), library.session() as session:
        rename_speaker(session, panel.talk_id, "Host", "x" * 500)
    with pytest.raises(NotFound), library.session() as session:
        rename_speaker(session, 999, "Host", "Ana")
    assert _speakers(library, panel.talk_id) == before


def test_assign_speaker_refuses_segments_of_another_talk(library: Library, panel: SpeakerTalk, tmp_path: Path) -> None:
    other = make_speaker_talk(library, tmp_path, "second.srt")
    with pytest.raises(NotFound), library.session() as session:
        assign_speaker(session, panel.talk_id, [panel.segment_ids[0], other.segment_ids[0]], "Ana")
    assert _speakers(library, other.talk_id)[0] == "Host"
    with library.session() as session:
        assert assign_speaker(session, panel.talk_id, panel.segment_ids[:2], None) == 2
    assert _speakers(library, panel.talk_id)[:3] == [None, None, "Speaker 3"]


def test_a_change_of_speaker_starts_a_paragraph() -> None:
    def unit(block: int, speaker: str | None) -> Unit:
        return Unit("we looked at the results of the run.", "en", block + 1, block + 1, block, speaker=speaker)

    same = [unit(i, "Ana") for i in range(3)]
    assert assign_paragraphs(same) == [0, 0, 0]
    changing = [unit(0, "Ana"), unit(1, "Ana"), unit(2, "Bo"), unit(3, "Bo"), unit(4, None)]
    assert assign_paragraphs(changing) == [0, 0, 1, 1, 2]
