"""Correcting the source text: an ASR error ("open eye" for OpenAI) fixed where it was heard.

The corrected sentence becomes the segment's text, so reading, search (by the index's
triggers) and translation all follow it. What the file said is kept in
``segments.imported_text`` the first time a sentence is corrected, so a correction can
always be compared with, or taken back to, the file's words. A machine translation of
the old wording is then stale (its ``source_hash`` no longer matches) and the next
translation run redoes it; a translation the user wrote is never replaced — it is marked
as possibly stale instead (:func:`translation_may_be_stale`).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from reader.core.errors import InvalidOperation, NotFound
from reader.core.hashing import text_hash
from reader.core.history import ActionKind, preview, records
from reader.core.models import Segment, Translation
from reader.core.textproc.language import detect_language
from reader.core.translate.store import translation_source


@dataclass(frozen=True)
class Correction:
    """A segment after a correction, detached from the session."""

    segment_id: int
    talk_id: int
    text: str
    lang: str
    #: What the file said (None when the text is the file's again).
    imported_text: str | None
    #: The user's own translation was kept though it translates the old wording.
    translation_may_be_stale: bool

    def to_json(self) -> dict[str, object]:
        return {
            "segment": self.segment_id,
            "talk": self.talk_id,
            "text": self.text,
            "lang": self.lang,
            "imported_text": self.imported_text,
            "translation_may_be_stale": self.translation_may_be_stale,
        }


def translation_may_be_stale(segment: Segment, translation: Translation | None) -> bool:
    """Whether *translation* is the user's own and was written for other wording of *segment*."""
    if translation is None or not translation.edited:
        return False
    return translation.source_hash != text_hash(translation_source(segment.text, segment.lang))


def possibly_stale_translations(session: Session, talk_id: int) -> set[int]:
    """Segments of a talk whose own-written translation was written for other wording.

    Only corrected sentences can be affected, so only those are checked (a few rows).
    """
    rows = session.execute(
        select(Segment, Translation)
        .join(Translation, Translation.segment_id == Segment.id)
        .where(Segment.talk_id == talk_id, Segment.imported_text.is_not(None), Translation.edited.is_(True))
    ).all()
    return {segment.id for segment, translation in rows if translation_may_be_stale(segment, translation)}


def _sentence(session: Session, segment_id: int, *_args: object) -> dict[str, object]:
    segment = session.get(Segment, segment_id)
    return {"text": preview(segment.text if segment else ""), "talk": segment.talk_id if segment else None}


@records(ActionKind.EDIT_SOURCE, _sentence)
def correct_segment(session: Session, segment_id: int, text: str) -> Correction:
    """Replace a segment's text with the user's correction (one line; empty is refused)."""
    text = " ".join(str(text).split())
    if not text:
        raise InvalidOperation(
            "a sentence cannot be empty (to remove it, split or delete the talk)",
            code="invalid.empty",
            params={"what": "sentence"},
        )
    segment = session.get(Segment, segment_id)
    if segment is None:
        raise NotFound(f"no segment with id {segment_id}", code="not-found.segment", params={"id": segment_id})
    if text != segment.text:
        if segment.imported_text is None:
            segment.imported_text = segment.text
        elif text == segment.imported_text:
            segment.imported_text = None
        segment.text = text
        segment.lang = detect_language(text)
        session.flush()
    translation = session.get(Translation, segment_id)
    return Correction(
        segment_id=segment.id,
        talk_id=segment.talk_id,
        text=segment.text,
        lang=segment.lang,
        imported_text=segment.imported_text,
        translation_may_be_stale=translation_may_be_stale(segment, translation),
    )
