"""Translated notes only: each highlighted passage with its translation and the reader's note.

This is what people paste into their own notes app, so it is plain Markdown grouped by
talk (one heading per talk, one per note) and leaves out everything that was not
highlighted.
"""

from __future__ import annotations

from itertools import groupby

from reader.core.export.document import ExportDocument, ExportNote, ExportSegment, ExportTalk
from reader.core.export.markdown import Lang, Marks, TalkRenderer, exported_line
from reader.core.export.markup import clock, escape_text, flatten, neutralize_html, quote


def _paragraphs(segments: tuple[ExportSegment, ...]) -> list[list[ExportSegment]]:
    return [list(group) for _, group in groupby(segments, key=lambda s: s.paragraph)]


def _passage(renderer: TalkRenderer, note: ExportNote) -> str:
    """The passage as one quote: original paragraphs, then their translation."""
    visible = [s for s in note.passage if flatten(s.original(renderer.clean))]
    if not visible:  # only filler words once cleaned: show what was said anyway
        renderer = TalkRenderer(renderer.talk, lang=renderer.lang, clean=False, marks=renderer.marks)
        visible = list(note.passage)
    paragraphs = _paragraphs(tuple(visible))
    parts: list[str] = []
    if renderer.lang in ("both", "original"):
        parts.extend(renderer.original_text(p, None) for p in paragraphs)
    if renderer.lang in ("both", "translation"):
        parts.extend(renderer.translation_text(p, None) for p in paragraphs)
    return quote("\n\n".join(parts))


def _talk_section(talk: ExportTalk, *, lang: Lang, clean: bool) -> list[str]:
    renderer = TalkRenderer(talk, lang=lang, clean=clean, marks=Marks("plain"), highlights=False)
    blocks = [f"## {escape_text(flatten(talk.title))}"]
    facts = [escape_text(flatten(fact)) for fact in (talk.speakers, talk.source_name) if fact]
    if facts:
        blocks.append(" · ".join(facts))
    for number, note in enumerate(talk.notes, start=1):
        heading = f"### {number} · {note.color}"
        start = note.passage[0].start_ms
        if start is not None:
            heading += f" · {clock(start)}"
        blocks.append(heading)
        blocks.append(_passage(renderer, note))
        if note.text:
            blocks.append(neutralize_html(note.text))
    return blocks


def render_notes(doc: ExportDocument, *, lang: Lang = "both", clean: bool = False) -> str:
    """Highlights and notes of the document's talks; talks without notes are left out."""
    talks = [talk for talk in doc.talks if talk.notes]
    blocks = [
        "# Highlights and notes",
        f"_{doc.note_count} note(s) from {len(talks)} talk(s), exported {exported_line(doc)}._",
    ]
    if not talks:
        blocks.append("_No highlights or notes yet._")
    for talk in talks:
        blocks.extend(_talk_section(talk, lang=lang, clean=clean))
    return "\n\n".join(blocks) + "\n"
