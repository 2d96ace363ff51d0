"""A generated corpus of hostile notes, titles and sentences: the HTML export runs nothing and loads nothing.

Every payload (script tags, event handlers, SVG, ``<style>``, refresh meta tags, frames...)
is put into every Markdown construct a note can use (fences of each kind, fences inside
list items, quotes, tables, headings, links, images), and every dangerous URL scheme in
every spelling (entities, mixed case, control characters) into links, images and
autolinks. The page is parsed and checked element by element.
"""

from __future__ import annotations

import html
import re
from datetime import datetime
from html.parser import HTMLParser

import pytest

from reader.core.export import ExportDocument, ExportOptions, render
from reader.core.export.document import ExportNote, ExportParagraph, ExportSegment, ExportTalk
from reader.core.export.sanitize import ALLOWED_TAGS, inline_image, safe_link, sanitize_html

PAYLOADS = [
    "<script>alert(1)</script>",
    "<SCRIPT SRC=https://evil.example/x.js></SCRIPT>",
    "<img src=x onerror=alert(1)>",
    "<img src=https://evil.example/pixel.png>",
    '<svg onload="alert(1)"><script>alert(2)</script></svg>',
    "<svg><a xlink:href=javascript:alert(1)><text>x</text></a></svg>",
    "<math><mi xlink:href=javascript:alert(1)>x</mi></math>",
    "<style>body { background: url(https://evil.example/bg.png) }</style>",
    '<meta http-equiv="refresh" content="0; url=https://evil.example/">',
    '<link rel="stylesheet" href="https://evil.example/s.css">',
    '<iframe src="https://evil.example/"></iframe>',
    '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
    '<object data="https://evil.example/x.swf"></object><embed src="https://evil.example/x">',
    '<base href="https://evil.example/">',
    '<form action="javascript:alert(1)"><button formaction="javascript:alert(2)">go</button></form>',
    '<p onclick="alert(1)" style="background:url(//evil.example/x)">click</p>',
    "<div onmouseover=alert(1)>hover</div>",
    '<a href="javascript:alert(1)">a</a>',
    '<a href="java&#115;cript:alert(1)">b</a>',
    "<video><source onerror=alert(1)></video><audio src=x onerror=alert(1)>",
    "<details open ontoggle=alert(1)><summary>s</summary></details>",
    "<template><script>alert(1)</script></template>",
    "<!--<script>alert(1)</script>--><![CDATA[<script>alert(1)</script>]]>",
    "<textarea><script>alert(1)</script></textarea>",
    '<table background="https://evil.example/x.png"><tr><td>t</td></tr></table>',
    "<scr<script>ipt>alert(1)</scr</script>ipt>",
    "<x onclick=alert(1)>custom</x>",
    "<div>unclosed <span>spans <svg>and svg",
]

URLS = [
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    "java&#115;cript:alert(1)",
    "&#106;avascript:alert(1)",
    "java&#x73;cript:alert(1)",
    "&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1)",
    "javascript&colon;alert(1)",
    "java\tscript:alert(1)",
    " javascript:alert(1)",
    "\x01javascript:alert(1)",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "DATA:text/html,<script>alert(1)</script>",
    "data:image/svg+xml,<svg onload=alert(1)>",
    "vbscript:msgbox(1)",
    "VbScRiPt:msgbox(1)",
    "file:///etc/passwd",
    "//evil.example/x.png",
    "\\\\evil.example/x.png",
    "https://evil.example/x.png",
    "http:evil.example",
]


def _wrappers(payload: str) -> list[str]:
    return [
        payload,
        f"text before {payload} text after",
        f"~~~\n{payload}\n~~~",
        f"````\n{payload}\n````",
        f"```html\n{payload}\n```",
        f"- item\n\n  ~~~\n  {payload}\n  ~~~",
        f"1. item\n\n    ```\n    {payload}\n    ```",
        f"- {payload}",
        f"> {payload}",
        f"> ~~~\n> {payload}\n> ~~~",
        f"# {payload}",
        f"| a | b |\n| - | - |\n| {payload} | x |",
        f"    {payload}",
        f"`{payload}`",
        f"*{payload}*",
        f"<div>\n{payload}\n</div>",
        f'<div markdown="1">\n\n{payload}\n\n</div>',
        f"[{payload}](#frag)",
    ]


def _url_wrappers(url: str) -> list[str]:
    return [
        f"[link]({url})",
        f"![image]({url})",
        f"<{url}>",
        f"[ref][r]\n\n[r]: {url}",
        f'<a href="{url}">raw</a>',
        f'~~~\n<a href="{url}">fenced</a>\n~~~',
        f'- item\n\n  ~~~\n  <img src="{url}">\n  ~~~',
    ]


def hostile_notes() -> list[str]:
    notes = [w for payload in PAYLOADS for w in _wrappers(payload)]
    notes += [w for url in URLS for w in _url_wrappers(url)]
    return notes


def _document(notes: list[str]) -> ExportDocument:
    segments: list[ExportSegment] = []
    paragraphs: list[ExportParagraph] = []
    export_notes: list[ExportNote] = []
    for index, text in enumerate(notes):
        hostile = PAYLOADS[index % len(PAYLOADS)]
        segment = ExportSegment(
            id=index + 1,
            ordinal=index,
            paragraph=index,
            lang="en",
            text=f"Sentence {index} says {hostile}.",
            clean_text=None,
            translation=f"第{index}句 {hostile}",
            translation_lang="zh",
            translation_model="test",
        )
        note = ExportNote(id=index + 1, color="yellow", text=text, passage=(segment,))
        segments.append(segment)
        export_notes.append(note)
        paragraphs.append(ExportParagraph(index, (segment,), (note,)))
    talk = ExportTalk(
        id=1,
        title="<h1>Title</h1><script>alert(1)</script>",
        speakers="<img src=x onerror=alert(1)>",
        source_name="<svg onload=alert(1)>.md",
        source_format="md",
        source_lines=None,
        paragraphs=tuple(paragraphs),
        notes=tuple(export_notes),
    )
    return ExportDocument(talks=(talk, talk), exported_at=datetime(2026, 1, 2, 3, 4))


class _Collect(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict[str, str]]] = []
        self.comments: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append((tag, {k: v or "" for k, v in attrs}))

    def handle_comment(self, data: str) -> None:
        self.comments.append(data)


_PAGE_TAGS = {"html", "head", "meta", "title", "style", "body", "main"}
_IGNORED_IN_URL = re.compile(r"[\x00-\x20\x7f]+")


def assert_harmless(page: str) -> None:
    parser = _Collect()
    parser.feed(page)
    parser.close()
    assert not parser.comments
    assert not re.search(r"<\s*/?\s*(script|iframe|svg|math|object|embed|base|form|link)\b", page, re.I)
    head, body = page.split("<body", 1)
    assert body.count("<style") == 0 and head.count("<style") == 1
    metas = [attrs for tag, attrs in parser.elements if tag == "meta"]
    assert [sorted(m) for m in metas] == [["charset"], ["content", "name"], ["content", "name"]]
    assert [m.get("name") for m in metas[1:]] == ["viewport", "generator"]
    for tag, attrs in parser.elements:
        assert tag in ALLOWED_TAGS | _PAGE_TAGS, tag
        for name, value in attrs.items():
            assert not name.startswith("on"), (tag, name, value)
            assert name not in ("style", "srcdoc", "formaction", "action", "background", "srcset", "data")
            if name == "href":
                url = _IGNORED_IN_URL.sub("", value).lower()
                assert url.startswith(("https://", "http://", "mailto:", "#")), (tag, value)
            if name == "src":
                assert tag == "img" and re.match(r"data:image/(png|jpeg|gif|webp);base64,", value), value


@pytest.mark.parametrize("layout", ["interleaved", "table"])
@pytest.mark.parametrize("lang", ["both", "original", "translation"])
def test_hostile_corpus_runs_and_loads_nothing(layout: str, lang: str) -> None:
    notes = hostile_notes()
    assert len(notes) > 600
    page = render(_document(notes), ExportOptions(format="html", layout=layout, lang=lang)).text  # type: ignore[arg-type]
    assert_harmless(page)
    # What users wrote is still there to read, as text.
    assert "alert(1)" in page and "Title" in page


def test_each_hostile_note_alone() -> None:
    """Every note on its own page: no payload depends on its neighbours being broken."""
    for note in hostile_notes():
        page = render(_document([note]), ExportOptions(format="html")).text
        assert_harmless(page)


def test_remote_images_become_links_to_them() -> None:
    page = render(_document(["![a diagram](https://example.org/diagram.png)"]), ExportOptions(format="html")).text
    assert_harmless(page)
    assert '<a class="remote-image" href="https://example.org/diagram.png">a diagram</a>' in page


def test_inline_images_stay() -> None:
    pixel = "data:image/png;base64,iVBORw0KGgo="
    page = render(_document([f"![pixel]({pixel})"]), ExportOptions(format="html")).text
    assert_harmless(page)
    assert f'<img src="{pixel}" alt="pixel">' in page


def test_safe_links_survive_and_fragments_are_kept() -> None:
    page = render(
        _document(["[site](https://example.org/a?b=1&c=2) [mail](mailto:a@example.org) [top](#top)"]),
        ExportOptions(format="html"),
    ).text
    assert_harmless(page)
    assert '<a href="https://example.org/a?b=1&amp;c=2">site</a>' in page
    assert '<a href="mailto:a@example.org">mail</a>' in page
    assert '<a href="#top">top</a>' in page


@pytest.mark.parametrize("url", URLS)
def test_url_checks_after_decoding(url: str) -> None:
    decoded = html.unescape(url)  # as the parser hands attribute values over
    keep = safe_link(decoded)
    assert keep is None or keep.startswith("https://evil.example/")
    assert inline_image(decoded) is None


def test_fragments_are_balanced_and_closed() -> None:
    assert sanitize_html("<p>open <strong>bold") == "<p>open <strong>bold</strong></p>"
    assert sanitize_html("</div></p>text<em>x</em></aside>") == "text<em>x</em>"
    assert sanitize_html("<p>a<svg><p>b</p></svg>c</p>") == "<p>ac</p>"
    assert sanitize_html('<span class="x" lang="en" onclick="y" id="z">t</span>') == (
        '<span class="x" lang="en">t</span>'
    )
    assert sanitize_html('<span class="x&quot; onclick=&quot;y">t</span>') == "<span>t</span>"
    assert sanitize_html("<p>1 &lt; 2 &amp; 3 &gt; 2</p>") == "<p>1 &lt; 2 &amp; 3 &gt; 2</p>"
