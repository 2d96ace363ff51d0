"""The HTML export, parsed: both languages side by side, notes, markers, and no live user HTML."""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

import pytest
from notes_export_support import EDITED_TEXT, SampleTalk, build_sample_talk

from reader.core.db import Library
from reader.core.export import ExportDocument, ExportOptions, build_document, render
from reader.core.export.markup import UNTRANSLATED_MARK, join_texts


@dataclass
class Element:
    tag: str
    attrs: dict[str, str]
    children: list[Element] = field(default_factory=list)
    text: list[str] = field(default_factory=list)

    @property
    def classes(self) -> set[str]:
        return set(self.attrs.get("class", "").split())

    def all_text(self) -> str:
        return "".join(self.text) + "".join(child.all_text() for child in self.children)

    def walk(self) -> list[Element]:
        found = [self]
        for child in self.children:
            found.extend(child.walk())
        return found

    def find(self, tag: str, css_class: str | None = None) -> list[Element]:
        return [e for e in self.walk() if e.tag == tag and (css_class is None or css_class in e.classes)]


_VOID = {"meta", "br", "hr", "img", "link", "input"}


class Tree(HTMLParser):
    """A small DOM: enough to ask where things are. Text order inside an element is kept per element."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Element("#root", {})
        self.stack = [self.root]
        self.decl: str | None = None

    def handle_decl(self, decl: str) -> None:
        self.decl = decl

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        element = Element(tag, {k: v or "" for k, v in attrs})
        self.stack[-1].children.append(element)
        if tag not in _VOID:
            self.stack.append(element)

    def handle_endtag(self, tag: str) -> None:
        for index in range(len(self.stack) - 1, 0, -1):
            if self.stack[index].tag == tag:
                del self.stack[index:]
                return

    def handle_data(self, data: str) -> None:
        # Keep text in document order relative to children by attaching it as a text child.
        text = Element("#text", {})
        text.text.append(data)
        self.stack[-1].children.append(text)


def parse(page: str) -> Tree:
    tree = Tree()
    tree.feed(page)
    tree.close()
    return tree


@pytest.fixture
def sample(library: Library, tmp_path: Path) -> SampleTalk:
    return build_sample_talk(library, tmp_path)


@pytest.fixture
def doc(library: Library, sample: SampleTalk) -> ExportDocument:
    with library.read_session() as session:
        return build_document(session, [sample.talk_id])


def test_page_is_self_contained_and_printable(doc: ExportDocument) -> None:
    page = render(doc, ExportOptions(format="html")).text
    tree = parse(page)
    assert tree.decl is not None and tree.decl.lower() == "doctype html"
    html = tree.root.find("html")[0]
    assert html.attrs["lang"] == "zh"
    assert tree.root.find("title")[0].all_text() == "Memory walls and AI chips"
    assert tree.root.find("meta")[0].attrs == {"charset": "utf-8"}
    css = tree.root.find("style")[0].all_text()
    for font in ('"Noto Sans CJK SC"', '"PingFang SC"', '"Microsoft YaHei"', "sans-serif"):
        assert font in css
    assert "@media print" in css and "break-inside: avoid" in css
    assert "grid-template-columns" in css  # side by side
    # Nothing is fetched from elsewhere.
    assert not tree.root.find("link") and not tree.root.find("script") and "url(" not in css
    assert all("src" not in e.attrs for e in tree.root.walk())


def test_both_languages_side_by_side_with_lang(doc: ExportDocument, sample: SampleTalk) -> None:
    tree = parse(render(doc, ExportOptions(format="html")).text)
    pairs = tree.root.find("div", "pair")
    assert len(pairs) == len(doc.talks[0].paragraphs)
    for pair, paragraph in zip(pairs, doc.talks[0].paragraphs, strict=True):
        columns = [child for child in pair.children if child.tag == "div"]
        assert [sorted(c.classes) for c in columns] == [["orig"], ["tran"]]
        original, translation = columns
        assert original.attrs.get("lang") == paragraph.lang
        shown = original.all_text().strip()
        assert shown == join_texts(sample.texts[s.id] for s in paragraph.segments)
        translated = [s for s in paragraph.segments if s.id in sample.translations]
        if translated:
            assert translation.attrs["lang"] == ("en" if paragraph.lang == "zh" else "zh")
            for segment in translated:
                assert sample.translations[segment.id] in translation.all_text()
            assert UNTRANSLATED_MARK not in translation.all_text()
        else:
            marker = translation.find("span", "untranslated")
            assert [m.all_text() for m in marker] == [UNTRANSLATED_MARK]
            assert "lang" not in translation.attrs
    # In a mixed paragraph, a sentence in the other language is tagged with its own language.
    tagged = 0
    for pair, paragraph in zip(pairs, doc.talks[0].paragraphs, strict=True):
        original = pair.find("div", "orig")[0]
        spans = [(s.attrs["lang"], s.all_text()) for s in original.find("span") if s.attrs.get("lang")]
        for segment in paragraph.segments:
            if segment.lang not in (paragraph.lang, "und"):
                assert (segment.lang, segment.text) in spans
                tagged += 1
    assert tagged, "the sample talk has a mixed paragraph"
    # The hand-corrected translation carries the subtle mark.
    edited = next(p for p in pairs if EDITED_TEXT in p.all_text())
    assert edited.find("span", "edited") and len(tree.root.find("span", "edited")) == 1


def test_notes_and_highlights(doc: ExportDocument, sample: SampleTalk) -> None:
    tree = parse(render(doc, ExportOptions(format="html")).text)
    asides = tree.root.find("aside", "note")
    assert [sorted(a.classes) for a in asides] == [["note", "note-green"], ["note", "note-pink"]]
    green = asides[0]
    assert [e.all_text() for e in green.find("strong")] == ["bandwidth"]
    assert [li.all_text() for li in green.find("li")] == ["first point", "second <b>point</b>"]
    marks = tree.root.find("mark")
    assert {sorted(m.classes)[0] for m in marks} == {"hl-green", "hl-yellow", "hl-pink"}
    first_text = sample.texts[sample.segment_ids[0]]
    assert any(first_text in m.all_text() and "hl-green" in m.classes for m in marks)
    # The note comes right after the passage it is about.
    body = tree.root.find("main")[0]
    blocks = [c for c in body.children if c.tag in ("div", "aside", "header")]
    assert blocks[1].tag == "div" and first_text in blocks[1].all_text()
    assert blocks[2] is green


def test_user_html_is_shown_not_run(doc: ExportDocument, sample: SampleTalk) -> None:
    page = render(doc, ExportOptions(format="html")).text
    tree = parse(page)
    everything = tree.root.walk()
    assert not [e for e in everything if e.tag in ("script", "img", "iframe", "b")]
    for element in everything:
        for name, value in element.attrs.items():
            assert not name.startswith("on"), element
            assert "javascript:" not in value.lower(), element
    text = tree.root.find("main")[0].all_text()
    # The sentence as the importer stored it (whatever it kept of the tags) reads verbatim.
    owned = next(t for t in sample.texts.values() if 'alert("owned")' in t)
    assert owned in text
    assert '<img src=x onerror="alert(1)">' in text
    link = [a for a in tree.root.find("a") if a.all_text() == "click"]
    assert link and "href" not in link[0].attrs  # the javascript: link lost its target


def test_table_layout_and_single_language(doc: ExportDocument, sample: SampleTalk) -> None:
    tree = parse(render(doc, ExportOptions(format="html", layout="table")).text)
    rows = tree.root.find("tr")
    assert len(rows) == 1 + len(doc.talks[0].paragraphs) + 2
    header = [th.all_text() for th in tree.root.find("th")]
    assert header == ["Original", "Translation"]
    cells = [[td for td in row.children if td.tag == "td"] for row in rows[1:]]
    assert all(len(row) == 2 for row in cells)
    assert any(UNTRANSLATED_MARK in row[1].all_text() for row in cells)
    assert any("|" in row[0].all_text() for row in cells)  # the user's pipe, kept inside its cell

    original_only = parse(render(doc, ExportOptions(format="html", lang="original")).text)
    assert not original_only.root.find("div", "pair")
    text = original_only.root.find("main")[0].all_text()
    assert all(t in text for t in sample.texts.values())
    assert not any(t in text for t in sample.translations.values())
    paras = original_only.root.find("div", "para")
    assert [p.attrs.get("lang") for p in paras] == [p.lang for p in doc.talks[0].paragraphs]

    translated = parse(render(doc, ExportOptions(format="html", lang="translation")).text)
    assert translated.root.find("html")[0].attrs["lang"] in ("en", "zh")
    assert UNTRANSLATED_MARK in translated.root.find("main")[0].all_text()
