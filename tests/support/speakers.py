"""A small subtitled talk whose segments are given speakers, for the speaker tests.

The lines are written for these tests (no corpus text). Speakers are set through the core
(:func:`reader.core.speakers.assign_speaker`), so the tests do not depend on how an importer
reads speaker labels.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from reader.core import library as lib
from reader.core.db import Library
from reader.core.speakers import assign_speaker

#: (speaker, cue text): one sentence per cue, so one segment per cue.
CUES: tuple[tuple[str | None, str], ...] = (
    ("Host", "Good afternoon, the session on memory starts now."),
    ("Host", "Our guest builds retrieval systems for long documents."),
    ("Speaker 3", "Thanks, it is good to be here with all of you."),
    ("Speaker 3", "Long documents break most of the models we use."),
    ("Host", "We have time for one question from the room."),
    ("Speaker 3", "我们的实验表明检索可以减少幻觉。"),
)


def srt_text(variant: str = "") -> str:
    """The talk as SRT; *variant* changes the first line, so a second copy is a new file."""
    blocks = []
    for number, (_speaker, text) in enumerate(CUES, start=1):
        if number == 1 and variant:
            text = text.replace("the session", f"the {variant} session")
        start, end = number * 4000, number * 4000 + 3000
        blocks.append(f"{number}\n{_clock(start)} --> {_clock(end)}\n{text}\n")
    return "\n".join(blocks)


def _clock(ms: int) -> str:
    seconds, millis = divmod(ms, 1000)
    minutes, seconds = divmod(seconds, 60)
    return f"00:{minutes:02d}:{seconds:02d},{millis:03d}"


@dataclass(frozen=True)
class SpeakerTalk:
    talk_id: int
    segment_ids: tuple[int, ...]


def make_speaker_talk(library: Library, folder: Path, name: str = "panel.srt") -> SpeakerTalk:
    """Import the talk and give its segments the speakers of :data:`CUES`."""
    path = folder / name
    path.write_text(srt_text(path.stem if name != "panel.srt" else ""), encoding="utf-8")
    result = lib.import_file(library, path)
    assert result.status == "imported", result.message
    assert len(result.talks) == 1, [t.title for t in result.talks]
    talk_id = result.talks[0].id
    with library.session() as session:
        segments = lib.talk_segments(session, talk_id)
        assert len(segments) == len(CUES), [s.text for s in segments]
        ids = tuple(s.id for s in segments)
        for speaker in {speaker for speaker, _ in CUES}:
            assign_speaker(
                session, talk_id, [i for i, (who, _) in zip(ids, CUES, strict=True) if who == speaker], speaker
            )
    return SpeakerTalk(talk_id, ids)
