"""Markdown and notes-only exports of a real talk: every passage, translation, marker and note in place."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import cmarkgfm
import markdown as markdown_lib
import pytest
from cmarkgfm.cmark import Options
from hypothesis import given, settings
from hypothesis import strategies as st
from notes_export_support import (
    EDITED_TEXT,
    TEST_MODEL,
    SampleTalk,
    build_sample_talk,
    import_single_talk,
)

from reader.core import notes
from reader.core.db import Library
from reader.core.errors import NotFound
from reader.core.export import ExportDocument, ExportOptions, build_document, render
from reader.core.export.markup import EDITED_MARK, UNTRANSLATED_MARK, escape_text, join_texts
from reader.core.textproc.cleanup import clean_text

MARKER = f"_{UNTRANSLATED_MARK}_"


class _Text(HTMLParser):
    """Text content and tag names of an HTML fragment."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.tags: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def to_html(markdown: str, renderer: str) -> str:
    """HTML from the ``markdown`` package, or from cmark-gfm (GitHub's own renderer, raw HTML kept)."""
    if renderer == "github":
        return str(cmarkgfm.github_flavored_markdown_to_html(markdown, options=Options.CMARK_OPT_UNSAFE))
    return str(markdown_lib.markdown(markdown, extensions=["tables"]))


def rendered_text(markdown: str, renderer: str = "python") -> tuple[str, list[str]]:
    parser = _Text()
    parser.feed(to_html(markdown, renderer))
    return "".join(parser.parts), parser.tags


RENDERERS = pytest.mark.parametrize("renderer", ["python", "github"])


@pytest.fixture
def sample(library: Library, tmp_path: Path) -> SampleTalk:
    return build_sample_talk(library, tmp_path)


@pytest.fixture
def doc(library: Library, sample: SampleTalk) -> ExportDocument:
    with library.read_session() as session:
        return build_document(session, [sample.talk_id])


def paragraphs_of(doc: ExportDocument) -> list[list[int]]:
    return [[s.id for s in p.segments] for p in doc.talks[0].paragraphs]


def plain(text: str) -> str:
    """The escaped form a passage takes in the Markdown."""
    return escape_text(text)


def test_interleaved_has_every_passage_then_its_translation(doc: ExportDocument, sample: SampleTalk) -> None:
    out = render(doc, ExportOptions(format="md")).text
    lines = out.split("\n")
    assert lines[0] == "# Memory walls and AI chips"
    header = out.split("\n\n")[1]
    assert "**Source:** memory-walls.md" in header
    assert TEST_MODEL in header and "1 corrected by hand" in header and "2 passage(s) not translated yet" in header
    assert "**Exported:**" in header

    position = 0
    for paragraph in paragraphs_of(doc):
        originals = [plain(sample.texts[i]) for i in paragraph]
        start = out.index(originals[0], position)  # passages appear in reading order
        original_line = next(line for line in lines if originals[0] in line and not line.startswith(">"))
        for text in originals:
            assert text in original_line
        translation_line = lines[lines.index(original_line) + 2]
        assert translation_line.startswith("> "), "the translation is the quote right under its paragraph"
        for segment_id in paragraph:
            if segment_id in sample.translations:
                assert plain(sample.translations[segment_id]) in translation_line
        if all(i in sample.untranslated_ids for i in paragraph):
            assert translation_line == f"> {MARKER}"
        else:
            assert UNTRANSLATED_MARK not in translation_line
        position = start
    assert out.count(UNTRANSLATED_MARK) == 1
    edited_line = next(line for line in lines if plain(EDITED_TEXT) in line)
    assert f"{plain(EDITED_TEXT)} {EDITED_MARK}" in edited_line
    assert out.count(EDITED_MARK) == 2  # the passage and the header's legend


def test_notes_sit_next_to_their_passage(doc: ExportDocument, sample: SampleTalk) -> None:
    out = render(doc, ExportOptions(format="md")).text
    blocks = out.split("\n\n")
    note_block = next(b for b in blocks if "bandwidth" in b)
    assert note_block.split("\n")[0] == "> [!NOTE]"
    assert "> Why memory **bandwidth** matters" in note_block
    assert "> - second &lt;b>point&lt;/b>" in note_block  # the note's HTML shows as text
    first_paragraph = paragraphs_of(doc)[0]
    index = blocks.index(note_block)
    assert plain(sample.texts[first_paragraph[0]]) in blocks[index - 2]  # original, translation, note
    assert blocks[index - 1].startswith("> ")
    # The highlighted passage is marked in both languages.
    assert blocks[index - 2].startswith("<mark>") and blocks[index - 1].startswith("> <mark>")
    # A highlight without a note adds a mark but no box.
    assert out.count("[!NOTE]") == 2


@RENDERERS
def test_user_text_renders_literally(doc: ExportDocument, sample: SampleTalk, renderer: str) -> None:
    out = render(doc, ExportOptions(format="md")).text
    assert "<script>" not in out and "<img" not in out and "<b>" not in out
    text, tags = rendered_text(out, renderer)
    owned = next(t for t in sample.texts.values() if 'alert("owned")' in t)  # as the importer kept it
    assert owned in text and "| pipe and *stars* too." in owned
    assert '<img src=x onerror="alert(1)">' in text
    assert "script" not in tags and "img" not in tags and "em" not in tags[: tags.index("blockquote")]
    assert "mark" in tags


@RENDERERS
def test_table_layout_escapes_cells(doc: ExportDocument, sample: SampleTalk, renderer: str) -> None:
    out = render(doc, ExportOptions(format="md", layout="table")).text
    rows = [line for line in out.split("\n") if line.startswith("|")]
    assert rows[:2] == ["| Original | Translation |", "| :-- | :-- |"]
    notes_with_text = 2
    assert len(rows) == 2 + len(paragraphs_of(doc)) + notes_with_text
    for row in rows:
        assert len(re.findall(r"(?<!\\)\|", row)) == 3, row  # user pipes are escaped
    assert any("\\| pipe" in row for row in rows)
    note_row = next(row for row in rows if "bandwidth" in row)
    assert note_row.startswith("| **Note** | Why memory **bandwidth** matters<br><br>- first point<br>")
    untranslated_row = next(row for row in rows if plain(sample.texts[sample.untranslated_ids[-1]]) in row)
    assert untranslated_row.endswith(f"| {MARKER} |")
    text, tags = rendered_text(out, renderer)
    assert tags.count("tr") == len(rows) - 1
    assert tags.count("td") == 2 * (len(rows) - 2)
    owned = next(t for t in sample.texts.values() if 'alert("owned")' in t)  # as the importer kept it
    assert owned.split(" and a | pipe")[0] + " and a | pipe" in text


def test_one_language_only(doc: ExportDocument, sample: SampleTalk) -> None:
    original = render(doc, ExportOptions(format="md", lang="original")).text
    body = original.split("\n\n", 2)[2]
    for text in sample.texts.values():
        assert plain(text) in body
    for translation in sample.translations.values():
        assert plain(translation) not in body
    assert UNTRANSLATED_MARK not in body and "bandwidth" in body

    translation = render(doc, ExportOptions(format="md", lang="translation")).text
    body = translation.split("\n\n", 2)[2]
    for translated in sample.translations.values():
        assert plain(translated) in body
    translated_originals = [t for i, t in sample.texts.items() if i in sample.translations]
    assert not any(plain(text) in body for text in translated_originals)
    # Untranslated text is shown as it was said, with the marker: never dropped.
    untranslated = join_texts(sample.texts[i] for i in sample.untranslated_ids)
    line = next(line for line in body.split("\n") if MARKER in line)
    assert line.endswith(f"{plain(sample.texts[sample.untranslated_ids[-1]])} {MARKER}")
    assert re.sub("</?mark>", "", line) == f"{plain(untranslated)} {MARKER}"


def test_clean_text_is_what_the_cleanup_gives(library: Library, doc: ExportDocument, sample: SampleTalk) -> None:
    out = render(doc, ExportOptions(format="md", lang="original", clean=True)).text
    with library.read_session() as session:
        lazy = build_document(session, [sample.talk_id], clean=False, exported_at=doc.exported_at)
    assert lazy.talks[0].segments[0].clean_text is None
    assert render(lazy, ExportOptions(format="md", lang="original", clean=True)).text == out
    verbatim = render(doc, ExportOptions(format="md", lang="original")).text
    changed = 0
    for segment in doc.talks[0].segments:
        cleaned = clean_text(segment.text, segment.lang)
        if cleaned.strip():
            assert plain(cleaned.strip()) in out
        if cleaned != segment.text:
            changed += 1
            assert plain(segment.text) in verbatim
    first = sample.texts[sample.segment_ids[0]]
    assert first.startswith("呃，")
    if clean_text(first, "zh") != first:  # the clean-up drops this filler
        assert plain(first) not in out
        assert changed


def test_header_names_imported_and_missing_translations(library: Library, tmp_path: Path) -> None:
    from tests.support.transcripts import BILINGUAL_SRT

    path = tmp_path / "bilingual.srt"
    path.write_text(BILINGUAL_SRT, encoding="utf-8")
    talk_id = import_single_talk(library, path)
    with library.read_session() as session:
        doc = build_document(session, [talk_id])
    out = render(doc, ExportOptions(format="md")).text
    assert "**Translation:** imported with the file" in out
    assert UNTRANSLATED_MARK not in out and "大家好，欢迎来到这个报告。" in out
    assert "`00:01` Hello everyone" in out  # subtitle talks show where each passage starts


def test_whole_library_is_one_document(library: Library, sample: SampleTalk, tmp_path: Path) -> None:
    other = tmp_path / "second.md"
    other.write_text("# Second talk\n\nA different talk about compilers.\n", encoding="utf-8")
    second_id = import_single_talk(library, other)
    with library.read_session() as session:
        doc = build_document(session)
        chosen = build_document(session, [second_id, sample.talk_id])
    out = render(doc, ExportOptions(format="md")).text
    assert out.startswith("# Talk Reader library\n\n2 talk(s), exported ")
    assert out.index("## Memory walls and AI chips") < out.index("## Second talk")
    assert [t.id for t in chosen.talks] == [second_id, sample.talk_id]
    assert render(chosen, ExportOptions()).text.startswith("# Talk Reader export")
    with pytest.raises(NotFound, match="no talk with id 999, 998"), library.read_session() as session:
        build_document(session, [second_id, 999, 998])


def test_notes_only_groups_passages_by_talk(library: Library, sample: SampleTalk, tmp_path: Path) -> None:
    other = tmp_path / "second.md"
    other.write_text("# Quiet talk\n\nNobody highlighted this.\n", encoding="utf-8")
    import_single_talk(library, other)
    with library.read_session() as session:
        doc = build_document(session)
        talk_notes = notes.list_notes(session, sample.talk_id)
    out = render(doc, ExportOptions(format="notes")).text
    assert out.startswith("# Highlights and notes\n\n_3 note(s) from 1 talk(s)")
    assert "## Memory walls and AI chips" in out and "Quiet talk" not in out
    sections = out.split("\n### ")[1:]
    assert [s.split("\n")[0] for s in sections] == [f"{i} · {n.color}" for i, n in enumerate(talk_notes, 1)]
    first = sections[0]
    quote = [line for line in first.split("\n") if line.startswith(">")]
    passage = [sample.texts[i] for i in sample.segment_ids[:2]]
    assert quote[0] == f"> {plain(join_texts(passage))}"
    assert quote[-1] == "> " + plain(join_texts(sample.translations[i] for i in sample.segment_ids[:2]))
    assert "Why memory **bandwidth** matters\n\n- first point" in first
    assert "SRAM is fast" in sections[1] and EDITED_MARK in sections[1]
    assert f"> {MARKER}" in sections[2] and "&lt;img src=x" in sections[2]
    # Nothing that was not highlighted.
    assert "Second paragraph in English" not in out

    only_original = render(doc, ExportOptions(format="notes", lang="original")).text
    assert "EN[0]" not in only_original.replace("\\", "") and plain(passage[0]) in only_original


def test_notes_only_without_notes_says_so(library: Library, tmp_path: Path) -> None:
    path = tmp_path / "plain.md"
    path.write_text("# Plain\n\nNo notes here.\n", encoding="utf-8")
    talk_id = import_single_talk(library, path)
    with library.read_session() as session:
        doc = build_document(session, [talk_id])
    assert "_No highlights or notes yet._" in render(doc, ExportOptions(format="notes")).text


_PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"
_TEXT = (
    # A URL ends at a space: GitHub's autolinker shows an entity glued to a URL verbatim.
    st.lists(st.sampled_from([*_PUNCTUATION, *"ab1 中文。", "&amp;", "<b>", "http://x.y ", "1. ", "- "]), max_size=25)
    .map(lambda parts: "".join(parts).strip())
    .filter(bool)
)


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_escaped_text_renders_as_itself(text: str) -> None:
    """Whatever a transcript says, the Markdown shows exactly that, not markup, on both renderers."""
    for renderer in ("python", "github"):
        shown, tags = rendered_text(escape_text(text), renderer)
        assert " ".join(shown.split()) == " ".join(text.split()), renderer
        assert set(tags) <= {"p", "a"}, renderer  # GitHub links bare URLs
