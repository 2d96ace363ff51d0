"""Bilingual SubRip (.srt) and WebVTT (.vtt) with the original timings.

Each cue is written twice with the same index and times, first the original and then the
translation: the layout :mod:`reader.core.importers.subtitles` reads back as one cue with
its translation, so exporting and importing again round-trips cues and texts.

The importer cuts a cue into sentence segments and shares the cue's time between them,
keeping the cue's source line on each; consecutive segments of one paragraph and one
source line are therefore put back together into the original cue, with its original
start and end. A cue whose segments are only partly translated is written segment by
segment instead, so no translation is glued to the wrong words.

Speakers: WebVTT has voice tags, so every VTT cue of a named speaker starts with
``<v Name>`` (a voice belongs to the cue, and the importer reads it back per cue); SRT has
no such thing, so the first cue of each turn starts with ``Name: ``, as subtitlers write it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from reader.core.errors import ExportError
from reader.core.export.document import ExportDocument, ExportSegment, ExportTalk
from reader.core.export.markdown import Lang
from reader.core.export.markup import flatten, join_texts, timestamp
from reader.core.export.warnings import ExportWarning, ExportWarningKind
from reader.core.speakers import turn_starts
from reader.core.textproc.language import detect_language


@dataclass(frozen=True)
class SubtitleCue:
    start_ms: int
    end_ms: int
    text: str
    translation: str | None = None
    translation_lang: str | None = None
    #: Who speaks the cue, and whether a turn starts here (see :func:`build_cues`).
    speaker: str | None = None
    turn_start: bool = False


def _groups(segments: tuple[ExportSegment, ...]) -> list[list[ExportSegment]]:
    """Runs of segments cut from the same source cue."""
    groups: list[list[ExportSegment]] = []
    for segment in segments:
        previous = groups[-1][-1] if groups else None
        if (
            previous is not None
            and segment.source_line is not None
            and (previous.paragraph, previous.source_line) == (segment.paragraph, segment.source_line)
            and previous.speaker == segment.speaker
        ):
            groups[-1].append(segment)
        else:
            groups.append([segment])
    return groups


def _translation(group: list[ExportSegment]) -> str | None:
    if not any(s.translation is not None for s in group):
        return None
    return join_texts(flatten(s.translation if s.translation is not None else s.text) for s in group)


def _cue(group: list[ExportSegment], clean: bool) -> SubtitleCue | None:
    text = join_texts(flatten(s.original(clean)) for s in group)
    if not text:
        return None  # only filler words, dropped by the clean-up the user asked for
    start, end = group[0].start_ms, group[-1].end_ms
    assert start is not None and end is not None  # checked by build_cues
    langs = [s.translation_lang for s in group if s.translation_lang]
    return SubtitleCue(start, end, text, _translation(group), langs[0] if langs else None, group[0].speaker)


def build_cues(talk: ExportTalk, *, clean: bool = False) -> list[SubtitleCue]:
    """The talk's cues; raises :class:`ExportError` when the talk has no subtitle times."""
    untimed = [s for s in talk.segments if not s.timed]
    if not talk.segments or untimed:
        raise ExportError(
            f"talk {talk.id} ({talk.title}) has no subtitle timings"
            + (
                f" for {len(untimed)} of its {len(talk.segments)} segments"
                if talk.segments and len(untimed) < len(talk.segments)
                else ""
            )
            + "; SRT/VTT export needs a talk imported from SRT or VTT (export it as md, notes or html)",
            code="export.untimed",
            params={"talk": talk.id, "title": talk.title, "untimed": len(untimed), "total": len(talk.segments)},
        )
    cues: list[SubtitleCue] = []
    for group in _groups(talk.segments):
        relevant = [s for s in group if s.needs_translation or s.translation is not None]
        translated = sum(s.translation is not None for s in relevant)
        pieces = [group] if translated in (0, len(relevant)) else [[s] for s in group]
        cues.extend(cue for piece in pieces if (cue := _cue(piece, clean)) is not None)
    # Turns are counted on the cues written: a filler-only cue the clean-up dropped must not
    # take the speaker's name with it.
    starts = turn_starts([cue.speaker for cue in cues])
    return [replace(cue, turn_start=True) if start else cue for cue, start in zip(cues, starts, strict=True)]


_ENTITY_LIKE = re.compile(r"&(?=#?[0-9A-Za-z]+;)")


def _safe(text: str, *, vtt: bool) -> str:
    """Cue text that cannot end the cue early or be read as a time line.

    In WebVTT, ``<`` would open a tag and ``&amp;``-like text would become a character, so
    they are escaped; a plain ``&`` (as in "Q&A") is shown as is by players and stays, so
    the importer, which reads cue text verbatim, gets it back unchanged.
    """
    text = text.replace("-->", "→")
    if vtt:
        text = _ENTITY_LIKE.sub("&amp;", text).replace("<", "&lt;")
    return text


def _voice(name: str) -> str:
    """A WebVTT voice tag; the name cannot close the tag or read as a character reference."""
    name = _ENTITY_LIKE.sub("&amp;", flatten(name)).replace("<", "&lt;").replace(">", "&gt;")
    return f"<v {name}>"


def _with_speaker(text: str, cue: SubtitleCue, *, vtt: bool, first: bool) -> str:
    """Cue text (already made safe) with the speaker: a voice tag (VTT) or ``Name: `` (SRT)."""
    if cue.speaker is None:
        return text
    if vtt:
        return _voice(cue.speaker) + text
    if first and cue.turn_start:
        return f"{_safe(flatten(cue.speaker), vtt=False)}: {text}"
    return text


def _single_talk(doc: ExportDocument) -> ExportTalk:
    if len(doc.talks) != 1:
        raise ExportError("subtitles are exported one talk at a time; name a single talk", code="export.one-talk")
    return doc.talks[0]


def render_subtitles(
    doc: ExportDocument, *, fmt: str, lang: Lang = "both", clean: bool = False
) -> tuple[str, list[ExportWarning]]:
    """``(text, warnings)`` of the document's one talk as ``srt`` or ``vtt``."""
    if fmt not in ("srt", "vtt"):
        raise ValueError(f"unknown subtitle format {fmt!r}")
    vtt = fmt == "vtt"
    talk = _single_talk(doc)
    cues = build_cues(talk, clean=clean)
    separator = "." if vtt else ","
    blocks: list[str] = []
    if vtt:
        title = _safe(flatten(talk.title), vtt=True)
        blocks.append("WEBVTT")
        blocks.append(f"NOTE\nExported by Talk Reader {doc.app_version}: {title}")
    untranslated = same_language = 0
    for index, cue in enumerate(cues, start=1):
        times = f"{timestamp(cue.start_ms, separator=separator)} --> {timestamp(cue.end_ms, separator=separator)}"
        texts: list[tuple[str, str]] = []
        if cue.translation is None:
            untranslated += 1
        if lang == "original" or (lang == "both" and cue.translation is None):
            texts.append((str(index), cue.text))
        elif lang == "translation":
            texts.append((str(index), cue.translation if cue.translation is not None else cue.text))
        else:
            assert cue.translation is not None
            texts.append((str(index), cue.text))
            if cue.translation.strip() != cue.text.strip():
                if detect_language(cue.translation) == detect_language(cue.text):
                    same_language += 1
                label = f"{index}-{cue.translation_lang or 'tr'}" if vtt else str(index)
                texts.append((label, cue.translation))
        for number, (label, text) in enumerate(texts):
            body = _with_speaker(_safe(text, vtt=vtt), cue, vtt=vtt, first=number == 0)
            blocks.append(f"{label}\n{times}\n{body}")
    warnings: list[ExportWarning] = []
    if untranslated and lang != "original":
        warnings.append(ExportWarning(ExportWarningKind.UNTRANSLATED_CUES, untranslated, len(cues)))
    if same_language:
        warnings.append(ExportWarning(ExportWarningKind.SAME_LANGUAGE_CUES, same_language))
    return "\n\n".join(blocks) + "\n", warnings
