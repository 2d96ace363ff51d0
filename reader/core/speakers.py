"""Who speaks in a talk: listing its speakers, renaming one (or merging two), assigning turns.

Transcripts name speakers the way their tool did (``[Speaker 3]:``, ``<v Ana>``,
``**主持人**：``); the importers store that name on each segment (``segments.speaker``). A
*turn* is a run of consecutive segments with the same speaker: the reader, ``show`` and the
exports print a name where a turn starts, not on every sentence, so :func:`turn_starts`
is the one place that decides where that is.

Renaming works within one talk: "Speaker 3" of one recording is nobody in particular in
another. Renaming to a name the talk already has merges the two speakers, because that is
what a user who finds out "Speaker 2 and Speaker 5 are both 赵老师" means. The talk's own
``speakers`` field (the speaker shown in the library list) follows the rename.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from reader.core.errors import InvalidOperation, NotFound
from reader.core.history import ActionKind, preview, records
from reader.core.models import Segment, Talk

#: Longer "names" are a paste by mistake (or a whole sentence caught as a label).
MAX_NAME_CHARS = 120

#: Separators between names in a talk's ``speakers`` field ("Ana, Bo", "赵老师、钱老师").
_LIST_SEPARATOR = re.compile(r"(\s*[,，、;；&/]\s*|\s+and\s+|\s+和\s*)")


@dataclass(frozen=True)
class SpeakerInfo:
    """One speaker of a talk: how many turns and sentences are theirs, and where they first speak."""

    name: str
    turns: int
    segments: int
    first_segment_id: int

    def to_json(self) -> dict[str, object]:
        return {
            "name": self.name,
            "turns": self.turns,
            "segments": self.segments,
            "first_segment_id": self.first_segment_id,
        }


@dataclass(frozen=True)
class RenameResult:
    """What a rename did: ``merged`` when *new* was already a speaker of the talk."""

    talk_id: int
    old: str
    new: str
    segments: int
    merged: bool
    talk_speakers: str | None

    def to_json(self) -> dict[str, object]:
        return {
            "talk_id": self.talk_id,
            "old": self.old,
            "new": self.new,
            "segments": self.segments,
            "merged": self.merged,
            "talk_speakers": self.talk_speakers,
        }


def normalize_name(name: str) -> str:
    """A speaker name as stored: whitespace collapsed; an empty or over-long name is refused."""
    cleaned = " ".join(str(name).split())
    if not cleaned:
        raise InvalidOperation("a speaker's name cannot be empty", code="invalid.empty", params={"what": "speaker"})
    if len(cleaned) > MAX_NAME_CHARS:
        raise InvalidOperation(
            f"a speaker's name can have at most {MAX_NAME_CHARS} characters",
            code="invalid.too-long",
            params={"what": "speaker", "count": len(cleaned), "limit": MAX_NAME_CHARS},
        )
    return cleaned


def speaker_key(name: str) -> str:
    """What names are compared by: case and runs of spaces do not matter ("speaker  3" is "Speaker 3")."""
    return " ".join(name.split()).casefold()


def same_name(a: str | None, b: str | None) -> bool:
    if a is None or b is None:
        return a is b
    return speaker_key(a) == speaker_key(b)


def turn_starts(speakers: Sequence[str | None]) -> list[bool]:
    """For each segment (in reading order), whether a new turn starts there and its name is shown.

    A turn starts where the speaker differs from the previous segment's; a segment nobody is
    named for starts no turn (there is no name to show), but the next named one does.
    """
    starts: list[bool] = []
    previous: str | None = None
    for speaker in speakers:
        starts.append(speaker is not None and speaker != previous)
        previous = speaker
    return starts


def _talk(session: Session, talk_id: int) -> Talk:
    talk = session.get(Talk, talk_id)
    if talk is None:
        raise NotFound(f"no talk with id {talk_id}", code="not-found.talk", params={"id": talk_id})
    return talk


def _talk_speaker_rows(session: Session, talk_id: int) -> list[tuple[int, str | None]]:
    _talk(session, talk_id)
    return [
        (row.id, row.speaker)
        for row in session.execute(
            select(Segment.id, Segment.speaker).where(Segment.talk_id == talk_id).order_by(Segment.ordinal)
        )
    ]


def list_speakers(session: Session, talk_id: int) -> list[SpeakerInfo]:
    """The talk's speakers in the order they first speak, with their turn and sentence counts."""
    rows = _talk_speaker_rows(session, talk_id)
    turns: dict[str, int] = {}
    segments: dict[str, int] = {}
    first: dict[str, int] = {}
    for (segment_id, speaker), starts in zip(rows, turn_starts([s for _, s in rows]), strict=True):
        if speaker is None:
            continue
        first.setdefault(speaker, segment_id)
        segments[speaker] = segments.get(speaker, 0) + 1
        turns[speaker] = turns.get(speaker, 0) + int(starts)
    return [SpeakerInfo(name, turns[name], segments[name], first[name]) for name in first]


def _resolve(names: Iterable[str], wanted: str, talk_id: int) -> str:
    """The talk's spelling of *wanted*: exact, else the one name equal to it ignoring case."""
    known = list(names)
    if wanted in known:
        return wanted
    matches = [name for name in known if same_name(name, wanted)]
    if len(matches) == 1:
        return matches[0]
    if not known:
        raise NotFound(f"talk {talk_id} has no named speakers", code="not-found.no-speakers", params={"talk": talk_id})
    listed = ", ".join(f"“{name}”" for name in known[:12]) + (" …" if len(known) > 12 else "")
    raise NotFound(
        f"talk {talk_id} has no speaker “{wanted}” (its speakers: {listed})",
        code="not-found.speaker",
        params={"talk": talk_id, "name": wanted, "speakers": listed},
    )


def rename_in_list(speakers: str | None, old: str, new: str) -> str | None:
    """A talk's ``speakers`` field with *old* replaced by *new* (kept once if *new* is already there).

    The field is free text ("Ana Li", "赵老师、钱老师"): only whole names between separators
    are replaced, so renaming "Ana" leaves "Anabel" alone.
    """
    if not speakers:
        return speakers
    pieces = _LIST_SEPARATOR.split(speakers)
    names, separators = pieces[0::2], pieces[1::2]
    if not any(same_name(n.strip(), old) for n in names):
        return speakers
    out: list[str] = []
    seen: list[str] = []
    for index, name in enumerate(names):
        value = new if same_name(name.strip(), old) else name.strip()
        if any(same_name(value, s) for s in seen):
            continue  # merged into a name already listed
        if out:
            out.append(separators[index - 1] if index - 1 < len(separators) else ", ")
        out.append(value)
        seen.append(value)
    return "".join(out)


def _renaming(_session: Session, talk_id: int, old: str, new: str) -> dict[str, object]:
    return {"old": preview(str(old)), "new": preview(str(new)), "talk": talk_id}


def _naming(_session: Session, talk_id: int, _segment_ids: object, name: str | None) -> dict[str, object]:
    return {"name": preview(name or ""), "talk": talk_id}


@records(ActionKind.RENAME_SPEAKER, _renaming)
def rename_speaker(session: Session, talk_id: int, old: str, new: str) -> RenameResult:
    """Rename a speaker in one talk: every turn, and the talk's ``speakers`` field.

    *old* must be one of the talk's speakers (case does not matter when it is unambiguous);
    when *new* is another of them (again ignoring case), the two become one speaker with
    that speaker's spelling: a merge. Runs in the caller's transaction.
    """
    talk = _talk(session, talk_id)
    new = normalize_name(new)
    names = [info.name for info in list_speakers(session, talk_id)]
    old = _resolve(names, " ".join(str(old).split()), talk_id)
    target = next((name for name in names if same_name(name, new) and name != old), None)
    merged = target is not None
    if target is None:
        target = new
    changed = 0
    if target != old:
        result = session.execute(
            update(Segment)
            .where(Segment.talk_id == talk_id, Segment.speaker == old)
            .values(speaker=target)
            .execution_options(synchronize_session=False)
        )
        changed = int(getattr(result, "rowcount", 0) or 0)
        talk.speakers = rename_in_list(talk.speakers, old, target)
        session.flush()
        session.expire_all()
    return RenameResult(talk_id, old, target, changed, merged, talk.speakers)


@records(ActionKind.ASSIGN_SPEAKER, _naming)
def assign_speaker(session: Session, talk_id: int, segment_ids: Iterable[int], name: str | None) -> int:
    """Say who speaks these segments of a talk (``None``: nobody named); returns how many changed.

    For files whose labels the importer could not read, and for building libraries in tests.
    Segment ids of other talks are refused, so a slip cannot relabel another talk.
    """
    ids = list(dict.fromkeys(int(i) for i in segment_ids))
    _talk(session, talk_id)
    value = normalize_name(name) if name is not None else None
    found = set(session.scalars(select(Segment.id).where(Segment.talk_id == talk_id, Segment.id.in_(ids))))
    foreign = [str(i) for i in ids if i not in found]
    if foreign:
        raise NotFound(
            f"segment(s) {', '.join(foreign[:10])} are not in talk {talk_id}",
            code="not-found.segment-in-talk",
            params={"segment": ", ".join(foreign[:10]), "talk": talk_id},
        )
    if not ids:
        return 0
    result = session.execute(
        update(Segment).where(Segment.id.in_(ids)).values(speaker=value).execution_options(synchronize_session=False)
    )
    session.expire_all()
    return int(getattr(result, "rowcount", 0) or 0)


def speaker_names(session: Session, talk_id: int) -> list[str]:
    """The talk's speakers' names in the order they first speak."""
    return [info.name for info in list_speakers(session, talk_id)]


__all__ = [
    "MAX_NAME_CHARS",
    "RenameResult",
    "SpeakerInfo",
    "assign_speaker",
    "list_speakers",
    "normalize_name",
    "rename_in_list",
    "rename_speaker",
    "same_name",
    "speaker_key",
    "speaker_names",
    "turn_starts",
]
