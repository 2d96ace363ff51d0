"""``speaker:`` filters: parsing, matching segments and notes by speaker (any case), in the CLI too."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.cli import run
from reader.core.db import Library
from reader.core.errors import SearchQueryError
from reader.core.notes import add_note
from reader.core.search import find_in_talk, search
from reader.core.search.query import Term, parse
from reader.core.speakers import rename_speaker
from tests.support.speakers import SpeakerTalk, make_speaker_talk


@pytest.fixture
def panel(library: Library, tmp_path: Path) -> SpeakerTalk:
    return make_speaker_talk(library, tmp_path)


def test_parse_speaker_filters() -> None:
    q = parse('documents speaker:赵老师 speaker:"Speaker  3" OR')
    assert q.speakers == ("赵老师", "Speaker 3") and q.groups == ((Term("documents"),),)
    assert parse("speaker:“Speaker 3” x").speakers == ("Speaker 3",)  # typographic quotes too
    for bad in ("-speaker:Ana x", "speaker: x", 'speaker:"" x', "speaker:Ana"):
        with pytest.raises(SearchQueryError):
            parse(bad)


def _segments(library: Library, query: str) -> list[int]:
    with library.read_session() as session:
        return sorted(hit.segment_id for hit in search(session, query).hits)


def test_filter_matches_the_speakers_segments_ignoring_case(library: Library, panel: SpeakerTalk) -> None:
    host_line, guest_line = panel.segment_ids[1], panel.segment_ids[3]  # both say "documents"
    assert _segments(library, "documents") == [host_line, guest_line]
    assert _segments(library, "documents speaker:HOST") == [host_line]
    assert _segments(library, 'documents speaker:"speaker 3"') == [guest_line]
    assert _segments(library, "documents speaker:Host speaker:Nobody") == [host_line]  # alternatives
    assert _segments(library, "documents speaker:Nobody") == []
    with library.read_session() as session:
        hits = find_in_talk(session, panel.talk_id, "documents speaker:host")
    assert [h.segment_id for h in hits] == [host_line]


def test_a_renamed_speaker_is_found_at_once(library: Library, panel: SpeakerTalk) -> None:
    with library.session() as session:
        rename_speaker(session, panel.talk_id, "Speaker 3", "赵老师")
    assert _segments(library, "documents speaker:赵老师") == [panel.segment_ids[3]]
    assert _segments(library, 'documents speaker:"Speaker 3"') == []
    with library.session() as session:
        rename_speaker(session, panel.talk_id, "Host", "ÉMILE Ångström")
    assert _segments(library, 'documents speaker:"émile ångström"') == [panel.segment_ids[1]]  # beyond ASCII


def test_a_note_counts_as_said_by_its_first_sentence_speaker(library: Library, panel: SpeakerTalk) -> None:
    with library.session() as session:
        note = add_note(session, panel.talk_id, panel.segment_ids[2], panel.segment_ids[4], text="worth rereading")
    with library.read_session() as session:
        assert [h.note_id for h in search(session, 'rereading speaker:"Speaker 3"').hits] == [note.id]
        assert search(session, "rereading speaker:Host").hits == ()


def test_cli_search_takes_the_filter(library: Library, panel: SpeakerTalk, capsys: pytest.CaptureFixture[str]) -> None:
    library.close()
    capsys.readouterr()
    assert run(["--library", str(library.path), "search", "documents speaker:host", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [h["segment_id"] for t in data["talks"] for h in t["hits"]] == [panel.segment_ids[1]]


FRAGMENTS = [
    "speaker:",
    'speaker:"',
    "speaker:Host",
    'speaker:"Speaker 3"',
    "-speaker:x",
    "documents",
    '"',
    "OR",
    "*",
    "talk:1",
    "赵老师",
    " ",
]


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=6)), max_size=8).map("".join))
def test_any_speaker_query_gives_results_or_a_message(library: Library, panel: SpeakerTalk, query: str) -> None:
    with library.read_session() as session:
        try:
            search(session, query, limit=5)
            find_in_talk(session, panel.talk_id, query)
        except SearchQueryError as exc:
            assert exc.message
