"""Stored translations: what still needs translating, saving batches, user edits.

A translation row remembers the model that made it (package name and version) and the
hash of the exact text that was translated (the segment's clean text). So:

* re-opening a talk re-translates nothing;
* an edited source, a changed clean-up, or a new version of the model invalidates exactly
  the rows concerned;
* a row the user edited (``edited``) or that came with the imported file (model
  ``"imported"``) is never overwritten by the machine;
* a row also remembers which engine made it (``engine_kind``, ``engine_name``, and the
  ``prompt_hash`` of a chat model's prompt): a row made by another engine than today's
  choice is kept as it is, and only re-translated when the user asks (``again``);
* a row also remembers which glossary entries it honoured (``glossary_state``, see
  :func:`reader.core.glossary.state_of`): editing the glossary makes due exactly the
  machine rows whose source contains a changed term, and :func:`recheck_protected`
  re-checks the user's and imported rows against it (marking, never rewriting them).

Writes are short: :func:`save_batch` is one transaction per batch, so an interrupted run
keeps every finished batch and the next run resumes. It re-checks each row at write time
(the user may have edited the segment or its translation while the batch was computed).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from reader.core import glossary
from reader.core.errors import InvalidOperation, NotFound
from reader.core.hashing import text_hash
from reader.core.history import ActionKind, preview, records
from reader.core.models import NOT_MACHINE_MODELS, USER_MODEL, Segment, Talk, Translation, utcnow
from reader.core.textproc.cleanup import clean_text
from reader.core.translate.engine import (
    DEFAULT_TARGETS,
    DRAFT_SUFFIX,
    UNTRANSLATED_LANGS,
    Provenance,
    SourceSegment,
    TranslatedSegment,
)

#: Models whose rows the machine must leave alone.
PROTECTED_MODELS = NOT_MACHINE_MODELS

LabelFor = Callable[[str], "str | None"]
TargetFor = Callable[[str], "str | None"]
ProvenanceFor = Callable[[str], "Provenance | None"]

#: The engine of a machine row from before engines could be chosen.
LEGACY_ENGINE = "argos"


def _from_labels(labels: LabelFor) -> ProvenanceFor:
    def provenance(lang: str) -> Provenance | None:
        label = labels(lang)
        return None if label is None else Provenance(LEGACY_ENGINE, LEGACY_ENGINE, label)

    return provenance


def is_current(row: Translation, provenance: Provenance, *, again: bool = False) -> bool:
    """Whether a machine row (same source, same glossary) may stay, given the engine that
    would translate it now.

    A row from the same engine stays while that engine's model is the same (a new package
    version re-translates its rows, as it always did). A row from another engine stays:
    a change of engine re-translates only what the user asks for — with *again*, every
    row whose engine, model or prompt differs from *provenance* is due.
    """
    engine = row.engine_name or LEGACY_ENGINE
    if again:
        return (engine, row.model, row.prompt_hash) == (provenance.name, provenance.model, provenance.prompt_hash)
    if engine != provenance.name:
        return not row.model.endswith(DRAFT_SUFFIX)
    return row.model == provenance.model


def translation_source(text: str, lang: str) -> str:
    """The exact text sent to the model for a segment: its clean reading text."""
    return clean_text(text, lang).strip()


def _is_protected(row: Translation) -> bool:
    return bool(row.edited) or row.model in PROTECTED_MODELS


def _terms_of(
    matchers: Mapping[tuple[str, str], glossary.Matcher], targets: TargetFor, cache: dict[str, str | None]
) -> Callable[[str, str], list[glossary.Hit]]:
    """``hits(source, lang)``: the glossary terms of a *lang* sentence (none without a glossary)."""

    def hits(source: str, lang: str) -> list[glossary.Hit]:
        if not matchers:
            return []
        if lang not in cache:
            cache[lang] = targets(lang)
        target = cache[lang]
        matcher = matchers.get((lang, target)) if target is not None else None
        return matcher.find(source) if matcher else []

    return hits


def pending_work(
    session: Session,
    *,
    talk_ids: Sequence[int] | None = None,
    segment_ids: Sequence[int] | None = None,
    labels: LabelFor | None = None,
    targets: TargetFor | None = None,
    provenance: ProvenanceFor | None = None,
    again: bool = False,
) -> list[SourceSegment]:
    """Segments (of *talk_ids*, or these *segment_ids*, or all) whose translation is missing or stale.

    *provenance(lang)* is what a new translation would be stamped with
    (``engine.provenance_for``; or *labels(lang)*, the Argos model label alone); None means
    no engine can translate that language, so only rows whose source changed (or that have
    none) are due. *again*: also rows another engine, model or prompt made (see
    :func:`is_current`); the user's and imported rows never. A machine row is stale too
    when the glossary entries found in its source are not those it honoured. *targets(lang)* is the language a *lang*
    sentence is translated into (``engine.target_for``; default zh↔en), which picks the
    glossary's direction.
    """
    query = select(Segment.id, Segment.lang, Segment.text, Translation).outerjoin(
        Translation, Translation.segment_id == Segment.id
    )
    if talk_ids is not None:
        query = query.where(Segment.talk_id.in_(list(talk_ids)))
    if segment_ids is not None:
        query = query.where(Segment.id.in_(list(segment_ids)))
    query = query.join(Talk, Talk.id == Segment.talk_id).order_by(Talk.id, Segment.ordinal)
    if provenance is None:
        if labels is None:
            raise TypeError("pending_work needs provenance or labels")
        provenance = _from_labels(labels)
    label_cache: dict[str, Provenance | None] = {}
    terms = _terms_of(glossary.matchers(session), targets or DEFAULT_TARGETS.get, {})
    work = []
    for segment_id, lang, text, row in session.execute(query):
        if lang in UNTRANSLATED_LANGS:
            continue
        source = translation_source(text, lang)
        if not source:
            continue
        if row is not None and _is_protected(row):
            continue
        hits = terms(source, lang)
        state = glossary.state_of(hits)
        if row is not None:
            if lang not in label_cache:
                label_cache[lang] = provenance(lang)
            made_by = label_cache[lang]
            if row.source_hash == text_hash(source) and (
                made_by is None or (row.glossary_state == state and is_current(row, made_by, again=again))
            ):
                continue
        drafted = (
            row is not None
            and row.model.endswith(DRAFT_SUFFIX)
            and row.source_hash == text_hash(source)
            and row.glossary_state == state
        )
        work.append(
            SourceSegment(
                segment_id=segment_id,
                lang=lang,
                text=source,
                drafted=drafted,
                terms=tuple(hits),
                glossary_state=state,
            )
        )
    return work


def recheck_protected(
    session: Session,
    *,
    talk_ids: Sequence[int] | None = None,
    segment_ids: Sequence[int] | None = None,
    targets: TargetFor | None = None,
) -> int:
    """Check the user's own and imported translations against today's glossary (in the
    caller's transaction); returns how many rows' marks changed.

    These rows are never re-translated; a row whose source holds a glossary term its text
    lacks is marked (``glossary_issues``), and the mark goes once the glossary or the text
    changes. Only rows checked against another glossary state are looked at again.
    """
    matchers = glossary.matchers(session)
    query = (
        select(Segment.lang, Segment.text, Translation)
        .join(Translation, Translation.segment_id == Segment.id)
        .where((Translation.edited.is_(True)) | (Translation.model.in_(list(PROTECTED_MODELS))))
    )
    if talk_ids is not None:
        query = query.where(Segment.talk_id.in_(list(talk_ids)))
    if segment_ids is not None:
        query = query.where(Segment.id.in_(list(segment_ids)))
    if not matchers:
        query = query.where(Translation.glossary_state.is_not(None) | Translation.glossary_issues.is_not(None))
    terms = _terms_of(matchers, targets or DEFAULT_TARGETS.get, {})
    changed = 0
    for lang, text, row in session.execute(query):
        hits = terms(translation_source(text, lang), lang)
        state = glossary.state_of(hits)
        issues = glossary.issues_json(glossary.check(row.text, hits))
        if (row.glossary_state, row.glossary_issues) != (state, issues):
            row.glossary_state, row.glossary_issues = state, issues
            changed += 1
    session.flush()
    return changed


def save_batch(session: Session, batch: Iterable[TranslatedSegment]) -> int:
    """Store a batch of machine translations in the caller's transaction; returns rows written.

    Skipped: segments deleted meanwhile, segments whose text changed since the batch was
    planned, and protected rows (user-edited or imported).
    """
    results = {result.segment_id: result for result in batch}
    if not results:
        return 0
    segments = {
        segment_id: (lang, text)
        for segment_id, lang, text in session.execute(
            select(Segment.id, Segment.lang, Segment.text).where(Segment.id.in_(list(results)))
        )
    }
    rows = {
        row.segment_id: row
        for row in session.scalars(select(Translation).where(Translation.segment_id.in_(list(results))))
    }
    now = utcnow()
    written = 0
    for segment_id, result in results.items():
        current = segments.get(segment_id)
        if current is None or text_hash(translation_source(current[1], current[0])) != result.source_hash:
            continue
        row = rows.get(segment_id)
        if row is None:
            session.add(
                Translation(
                    segment_id=segment_id,
                    text=result.text,
                    target_lang=result.target_lang,
                    model=result.model,
                    source_hash=result.source_hash,
                    edited=False,
                    created_at=now,
                    updated_at=now,
                    glossary_state=result.glossary_state,
                    glossary_issues=glossary.issues_json(result.issues),
                    engine_kind=result.engine_kind,
                    engine_name=result.engine_name,
                    prompt_hash=result.prompt_hash,
                )
            )
        elif _is_protected(row):
            continue
        else:
            row.text = result.text
            row.target_lang = result.target_lang
            row.model = result.model
            row.source_hash = result.source_hash
            row.updated_at = now
            row.glossary_state = result.glossary_state
            row.glossary_issues = glossary.issues_json(result.issues)
            row.engine_kind = result.engine_kind
            row.engine_name = result.engine_name
            row.prompt_hash = result.prompt_hash
        written += 1
    session.flush()
    return written


def _sentence(session: Session, segment_id: int, *_args: object) -> dict[str, object]:
    segment = session.get(Segment, segment_id)
    return {"text": preview(segment.text if segment else ""), "talk": segment.talk_id if segment else None}


@records(ActionKind.EDIT_TRANSLATION, _sentence)
def set_user_translation(session: Session, segment_id: int, text: str) -> Translation:
    """Store the user's own translation of a segment; the machine will never overwrite it.

    Empty *text* is refused: use :func:`clear_user_translation` to hand the segment back to
    the machine.
    """
    text = text.strip()
    if not text:
        raise InvalidOperation(
            "a translation cannot be empty (to let the model translate it again, clear it)",
            code="invalid.empty",
            params={"what": "translation"},
        )
    segment = session.get(Segment, segment_id)
    if segment is None:
        raise NotFound(f"no segment with id {segment_id}", code="not-found.segment", params={"id": segment_id})
    row = session.get(Translation, segment_id)
    source = translation_source(segment.text, segment.lang)
    source_hash = text_hash(source)
    # The user's words are kept as they are; a glossary term they lack is only marked.
    hits = _terms_of(glossary.matchers(session), DEFAULT_TARGETS.get, {})(source, segment.lang)
    state, issues = glossary.state_of(hits), glossary.issues_json(glossary.check(text, hits))
    now = utcnow()
    if row is None:
        row = Translation(
            segment_id=segment_id,
            text=text,
            target_lang=DEFAULT_TARGETS.get(segment.lang, "en"),
            model=USER_MODEL,
            source_hash=source_hash,
            edited=True,
            created_at=now,
            updated_at=now,
            glossary_state=state,
            glossary_issues=issues,
        )
        session.add(row)
    else:
        row.text = text
        row.edited = True
        row.source_hash = source_hash
        row.updated_at = now
        row.glossary_state = state
        row.glossary_issues = issues
    session.flush()
    return row


@records(ActionKind.CLEAR_TRANSLATION, _sentence)
def clear_user_translation(session: Session, segment_id: int) -> None:
    """Forget a segment's translation (edited or not) so the next run translates it afresh."""
    row = session.get(Translation, segment_id)
    if row is not None:
        session.delete(row)
        session.flush()
