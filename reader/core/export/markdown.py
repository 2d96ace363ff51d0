"""Markdown export: bilingual (interleaved or a two-column table) or one language.

The ``plain`` flavour is the file users get: it renders well on GitHub and in Obsidian
(highlights as ``<mark>``, notes as ``> [!NOTE]`` callouts, which both show as boxes; the
translation of a paragraph is the quote right under it). The ``html`` flavour is the source
the HTML writer feeds to the ``markdown`` package: the same text, with ``md_in_html``
wrappers that carry CSS classes and ``lang`` attributes for a side-by-side page.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from itertools import groupby
from typing import Literal

from reader.core.export.document import ExportDocument, ExportNote, ExportParagraph, ExportSegment, ExportTalk
from reader.core.export.markup import (
    EDITED_MARK,
    UNTRANSLATED_MARK,
    clock,
    escape_cell,
    escape_text,
    flatten,
    join_rendered,
    join_texts,
    neutralize_html,
    quote,
)

Layout = Literal["interleaved", "table"]
Lang = Literal["both", "original", "translation"]
Flavour = Literal["plain", "html"]

LAYOUTS: tuple[str, ...] = ("interleaved", "table")
LANGS: tuple[str, ...] = ("both", "original", "translation")


def _attr(value: str) -> str:
    return html.escape(value, quote=True)


@dataclass(frozen=True)
class Marks:
    """How one flavour spells highlights, markers and language changes."""

    flavour: Flavour

    @property
    def html(self) -> bool:
        return self.flavour == "html"

    def highlight(self, rendered: str, color: str) -> str:
        if self.html:
            return f'<mark class="hl-{_attr(color)}">{rendered}</mark>'
        return f"<mark>{rendered}</mark>"

    def untranslated(self) -> str:
        if self.html:
            return f'<span class="untranslated">{UNTRANSLATED_MARK}</span>'
        return f"_{UNTRANSLATED_MARK}_"

    def edited(self) -> str:
        if self.html:
            return f'<span class="edited" title="translation corrected by hand">{EDITED_MARK}</span>'
        return EDITED_MARK

    def lang_span(self, rendered: str, lang: str | None, outer: str | None) -> str:
        if self.html and lang and lang != "und" and lang != outer:
            return f'<span lang="{_attr(lang)}">{rendered}</span>'
        return rendered

    def time(self, ms: int) -> str:
        if self.html:
            return f'<span class="time">{clock(ms)}</span>'
        return f"`{clock(ms)}`"

    def speaker_line(self, name: str) -> str:
        """The name above a paragraph where a turn starts: a bold line of its own."""
        if self.html:
            return f'<p class="speaker"><strong>{html.escape(flatten(name))}</strong></p>'
        return f"**{escape_text(flatten(name))}**"

    def speaker_cell(self, name: str) -> str:
        if self.html:
            return f'<strong class="speaker">{html.escape(flatten(name))}</strong>'
        return f"**{escape_text(flatten(name))}**"


#: Most segments the HTML flavour puts in one block (see :meth:`TalkRenderer.runs`).
HTML_RUN_SEGMENTS = 40


class TalkRenderer:
    """Renders one talk; holds what every paragraph needs (highlights, options)."""

    def __init__(self, talk: ExportTalk, *, lang: Lang, clean: bool, marks: Marks, highlights: bool = True) -> None:
        self.talk = talk
        self.lang = lang
        self.clean = clean
        self.marks = marks
        self.show_times = talk.timed
        self.colors: dict[int, str] = {}
        for note in talk.notes if highlights else ():
            for segment in note.passage:
                self.colors.setdefault(segment.id, note.color)

    # -- pieces -------------------------------------------------------------------------

    def visible(self, paragraph: ExportParagraph) -> list[ExportSegment]:
        """Segments with something to show: clean text may empty a filler-only segment."""
        return [s for s in paragraph.segments if flatten(s.original(self.clean))]

    def _join(self, pieces: list[tuple[str, str, str | None]]) -> str:
        """Join ``(raw, rendered, highlight colour)`` pieces, one ``<mark>`` per run of a colour."""
        runs: list[tuple[str, str]] = []
        for color, group in groupby(pieces, key=lambda piece: piece[2]):
            members = [(raw, rendered) for raw, rendered, _ in group]
            raw = join_texts(raw for raw, _ in members)
            rendered = join_rendered(members)
            runs.append((raw, self.marks.highlight(rendered, color) if color else rendered))
        return join_rendered(runs)

    def _original_pieces(
        self, segments: list[ExportSegment], outer_lang: str | None
    ) -> list[tuple[str, str, str | None]]:
        pieces = []
        for segment in segments:
            raw = flatten(segment.original(self.clean))
            rendered = self.marks.lang_span(escape_text(raw), segment.lang, outer_lang)
            pieces.append((raw, rendered, self.colors.get(segment.id)))
        return pieces

    def original_text(self, segments: list[ExportSegment], outer_lang: str | None) -> str:
        return self._join(self._original_pieces(segments, outer_lang))

    def translation_text(self, segments: list[ExportSegment], outer_lang: str | None) -> str:
        """The translation of *segments*; gaps are marked, never skipped.

        In translation-only exports a gap shows the original text before the marker, so
        nothing said in the talk is lost.
        """
        pieces: list[tuple[str, str, str | None]] = []
        gap: list[ExportSegment] = []

        def close_gap() -> None:
            if gap:
                if self.lang == "translation":
                    pieces.extend(self._original_pieces(gap, outer_lang))
                pieces.append((UNTRANSLATED_MARK, self.marks.untranslated(), None))
                gap.clear()

        for segment in segments:
            if segment.untranslated:
                gap.append(segment)
                continue
            close_gap()
            if segment.translation is None:  # language-neutral text reads the same
                raw = flatten(segment.original(self.clean))
                rendered = escape_text(raw)
            else:
                raw = flatten(segment.translation)
                rendered = self.marks.lang_span(escape_text(raw), segment.translation_lang, outer_lang)
                if segment.edited:
                    raw += " " + EDITED_MARK  # so the next sentence keeps its distance from the mark
                    rendered += " " + self.marks.edited()
            pieces.append((raw, rendered, self.colors.get(segment.id)))
        close_gap()
        return self._join(pieces)

    def time_prefix(self, segments: list[ExportSegment]) -> str:
        if self.show_times and segments and segments[0].start_ms is not None:
            return self.marks.time(segments[0].start_ms) + " "
        return ""

    # -- blocks ---------------------------------------------------------------------------

    def note_block(self, note: ExportNote) -> str | None:
        if not note.text:
            return None  # a bare highlight: the <mark> in the text says it all
        body = neutralize_html(note.text)
        if self.marks.html:
            label = f'<span class="note-label">Note · {_attr(note.color)}</span>'
            return f'<aside class="note note-{_attr(note.color)}" markdown="1">\n\n{label}\n\n{body}\n\n</aside>'
        return quote(f"[!NOTE]\n{body}")

    def wrap(self, css_class: str, lang: str | None, body: str) -> str:
        if not self.marks.html:
            return body
        lang_attr = f' lang="{_attr(lang)}"' if lang and lang != "und" else ""
        return f'<div class="{css_class}"{lang_attr} markdown="1">\n\n{body}\n\n</div>'

    def runs(self, paragraph: ExportParagraph) -> list[list[ExportSegment]]:
        """The paragraph's visible segments, in runs of at most :data:`HTML_RUN_SEGMENTS` for HTML.

        A Markdown converter's work on one paragraph grows with its length squared: a talk
        with no paragraph breaks (100,000 caption lines) took minutes. Runs keep every
        conversion small, and keep original and translation side by side close together.
        """
        segments = self.visible(paragraph)
        if not self.marks.html or len(segments) <= HTML_RUN_SEGMENTS:
            return [segments] if segments else []
        return [segments[i : i + HTML_RUN_SEGMENTS] for i in range(0, len(segments), HTML_RUN_SEGMENTS)]

    def paragraph_blocks(self, paragraph: ExportParagraph) -> list[str]:
        blocks: list[str] = []
        if paragraph.speaker:
            blocks.append(self.marks.speaker_line(paragraph.speaker))
        original_lang = paragraph.lang  # worked out once: each is a count over the paragraph
        translation_lang = paragraph.translation_lang
        for segments in self.runs(paragraph):
            time = self.time_prefix(segments)
            if self.lang == "original":
                blocks.append(self.wrap("para", original_lang, time + self.original_text(segments, original_lang)))
            elif self.lang == "translation":
                text = self.translation_text(segments, translation_lang)
                blocks.append(self.wrap("para", translation_lang, time + text))
            else:
                original = time + self.original_text(segments, original_lang)
                translation = self.translation_text(segments, translation_lang)
                if self.marks.html:
                    blocks.append(
                        '<div class="pair" markdown="1">\n'
                        + self.wrap("orig", original_lang, original)
                        + "\n"
                        + self.wrap("tran", translation_lang, translation)
                        + "\n</div>"
                    )
                else:
                    blocks.append(original)
                    blocks.append(quote(translation))
        blocks.extend(block for note in paragraph.notes if (block := self.note_block(note)))
        return blocks

    def table(self) -> str:
        rows = ["| Original | Translation |", "| :-- | :-- |"]
        for paragraph in self.talk.paragraphs:
            if paragraph.speaker:
                rows.append(f"| {escape_cell(self.marks.speaker_cell(paragraph.speaker))} | |")
            original_lang, translation_lang = paragraph.lang, paragraph.translation_lang
            for segments in self.runs(paragraph):
                original = self.time_prefix(segments) + self.original_text(segments, original_lang)
                translation = self.translation_text(segments, translation_lang)
                if self.marks.html:
                    original = self.marks.lang_span(original, original_lang, None)
                    translation = self.marks.lang_span(translation, translation_lang, None)
                rows.append(f"| {escape_cell(original)} | {escape_cell(translation)} |")
            for note in paragraph.notes:
                if note.text:
                    label = "**Note**"
                    if self.marks.html:
                        label = f'<span class="note-label note-{_attr(note.color)}">Note</span>'
                    rows.append(f"| {label} | {escape_cell(neutralize_html(note.text))} |")
        return "\n".join(rows)


def _header(talk: ExportTalk, level: int, exported: str | None, marks: Marks) -> str:
    lines = [f"{'#' * level} {escape_text(flatten(talk.title))}", ""]
    facts: list[tuple[str, str]] = []
    if talk.speakers:
        facts.append(("Speaker", escape_text(flatten(talk.speakers))))
    if talk.source_name:
        source = escape_text(talk.source_name)
        if talk.source_lines:
            source += f", lines {talk.source_lines[0]}–{talk.source_lines[1]}"
        facts.append(("Source", source))
    translation: list[str] = [escape_text(model) for model in talk.models]
    if talk.has_imported_translations:
        translation.append("imported with the file")
    if not translation:
        translation.append("none yet")
    if talk.edited_count:
        translation.append(f"{talk.edited_count} corrected by hand ({EDITED_MARK})")
    if talk.untranslated_count:
        translation.append(f"{talk.untranslated_count} passage(s) not translated yet")
    if talk.glossary_missing_count:
        translation.append(f"{talk.glossary_missing_count} lacking a glossary term")
    facts.append(("Translation", " · ".join(translation)))
    if exported:
        facts.append(("Exported", exported))
    lines.extend(f"- **{name}:** {value}" for name, value in facts)
    body = "\n".join(lines)
    if marks.html:
        return f'<header class="talk-header" markdown="1">\n\n{body}\n\n</header>'
    return body


def exported_line(doc: ExportDocument) -> str:
    return f"{doc.exported_at:%Y-%m-%d %H:%M} with Talk Reader {doc.app_version}"


def document_title(doc: ExportDocument) -> str:
    if len(doc.talks) == 1:
        return flatten(doc.talks[0].title)
    return "Talk Reader library" if doc.whole_library else "Talk Reader export"


def render_talk(
    talk: ExportTalk,
    *,
    level: int,
    exported: str | None,
    layout: Layout,
    lang: Lang,
    clean: bool,
    flavour: Flavour,
) -> list[str]:
    marks = Marks(flavour)
    renderer = TalkRenderer(talk, lang=lang, clean=clean, marks=marks)
    blocks = [_header(talk, level, exported, marks)]
    if not talk.paragraphs:
        blocks.append("_This talk has no text._")
    elif layout == "table" and lang == "both":
        blocks.append(renderer.table())
    else:
        for paragraph in talk.paragraphs:
            blocks.extend(renderer.paragraph_blocks(paragraph))
    return blocks


def render_markdown(
    doc: ExportDocument,
    *,
    layout: Layout = "interleaved",
    lang: Lang = "both",
    clean: bool = False,
    flavour: Flavour = "plain",
) -> str:
    """The whole document as Markdown. ``layout`` only matters when both languages are shown."""
    return "\n\n".join(markdown_blocks(doc, layout=layout, lang=lang, clean=clean, flavour=flavour)) + "\n"


def markdown_blocks(
    doc: ExportDocument,
    *,
    layout: Layout = "interleaved",
    lang: Lang = "both",
    clean: bool = False,
    flavour: Flavour = "plain",
) -> list[str]:
    """The document as Markdown blocks, each complete on its own (joined by a blank line).

    The HTML writer converts them one by one: Markdown converters slow down with the size
    of what they are given (``md_in_html`` more than linearly), and a block cannot leak
    into the next.
    """
    if layout not in LAYOUTS:
        raise ValueError(f"unknown layout {layout!r}")
    if lang not in LANGS:
        raise ValueError(f"unknown language choice {lang!r}")
    blocks: list[str] = []
    single = len(doc.talks) == 1

    def talk_blocks(talk: ExportTalk) -> list[str]:
        return render_talk(
            talk,
            level=1 if single else 2,
            exported=exported_line(doc) if single else None,
            layout=layout,
            lang=lang,
            clean=clean,
            flavour=flavour,
        )

    if single:
        blocks.extend(talk_blocks(doc.talks[0]))
    else:
        blocks.append(f"# {escape_text(document_title(doc))}")
        blocks.append(f"{len(doc.talks)} talk(s), exported {exported_line(doc)}.")
        if not doc.talks:
            blocks.append("_The library has no talks._")
        for talk in doc.talks:
            if flavour == "plain":
                blocks.append("---")
            blocks.extend(talk_blocks(talk))
    return blocks
