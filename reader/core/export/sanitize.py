"""An allow-list sanitiser for the HTML the exports make: what is not known safe is dropped.

Notes are Markdown, and Markdown lets raw HTML through in more places than any pattern on
the input can follow (``~~~`` and four-backtick fences, fences inside list items, entity
encoded ``java&#115;cript:`` links...). So the *rendered* HTML is parsed again and written
back out keeping only the tags and attributes the exports use, with every text and
attribute value re-escaped. Links keep only ``http``, ``https``, ``mailto`` and
``#fragment`` targets, checked after entities are decoded and the characters browsers
ignore in a URL are removed. The exported page must load nothing: an image keeps its
source only when it is inline (``data:image/png`` and the like); a remote image becomes a
link with its alt text.

Every fragment is balanced on its own: an unclosed element is closed at its end, and an
end tag that closes nothing is dropped, so one note cannot swallow the rest of a page.
"""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

#: Tags the Markdown converter and the export writers produce.
ALLOWED_TAGS = frozenset(
    {
        "a", "aside", "blockquote", "br", "code", "div", "em", "h1", "h2", "h3", "h4", "h5", "h6",
        "header", "hr", "img", "li", "mark", "ol", "p", "pre", "span", "strong", "table", "tbody",
        "td", "th", "thead", "tr", "ul",
    }
)  # fmt: skip
VOID_TAGS = frozenset({"br", "hr", "img"})
#: Elements whose content is not text for the reader (code, styles, embedded documents):
#: dropped with everything inside them.
DROPPED_WITH_CONTENT = frozenset(
    {
        "script", "style", "template", "svg", "math", "iframe", "object", "embed", "noscript",
        "noembed", "noframes", "frameset", "frame", "applet", "textarea", "select", "title",
        "xmp", "plaintext", "head", "audio", "video", "canvas",
    }
)  # fmt: skip

GLOBAL_ATTRIBUTES = frozenset({"class", "lang", "title"})
TAG_ATTRIBUTES: dict[str, frozenset[str]] = {
    "a": frozenset({"href"}),
    "img": frozenset({"src", "alt"}),
    "ol": frozenset({"start"}),
    "th": frozenset({"align"}),
    "td": frozenset({"align"}),
}
LINK_SCHEMES = frozenset({"http", "https", "mailto"})

_TOKEN_LIST = re.compile(r"^[A-Za-z0-9_ -]*$")
_LANG = re.compile(r"^[A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8})*$")
_NUMBER = re.compile(r"^-?\d{1,9}$")
_ALIGN = frozenset({"left", "right", "center"})
#: Browsers drop ASCII tab and line breaks anywhere in a URL, and C0 controls and spaces
#: around it: ``java\tscript:`` is ``javascript:``.
_URL_IGNORED = re.compile(r"[\x00-\x20\x7f]+")
_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.\-]*):")
_INLINE_IMAGE = re.compile(r"^data:image/(?:png|jpeg|gif|webp);base64,[A-Za-z0-9+/=]*$", re.IGNORECASE)


def _normalized_url(value: str) -> str:
    """*value* as a browser reads it (entities are already decoded by the parser)."""
    return _URL_IGNORED.sub("", value).replace("\\", "/")


def safe_link(value: str) -> str | None:
    """The link target if it is safe to keep in an exported page, else ``None``."""
    url = _normalized_url(value)
    if url.startswith("#"):
        return url
    match = _SCHEME.match(url)
    if match and match.group(1).lower() in LINK_SCHEMES:
        if match.group(1).lower() in ("http", "https") and not url[match.end() :].startswith("//"):
            return None  # "http:evil" is a relative path in disguise
        return url
    return None


def inline_image(value: str) -> str | None:
    """The image source if it is embedded in the page (nothing to fetch), else ``None``."""
    url = _normalized_url(value)
    return url if _INLINE_IMAGE.match(url) else None


def _attribute(tag: str, name: str, value: str) -> str | None:
    """The value to keep for attribute *name* of *tag*, or ``None`` to drop it."""
    if name not in GLOBAL_ATTRIBUTES and name not in TAG_ATTRIBUTES.get(tag, ()):
        return None
    if name == "class":
        return value if _TOKEN_LIST.match(value) else None
    if name == "lang":
        return value if _LANG.match(value) else None
    if name == "href":
        return safe_link(value)
    if name == "start":
        return value if _NUMBER.match(value) else None
    if name == "align":
        return value.lower() if value.lower() in _ALIGN else None
    return value  # title, alt: plain text, escaped on output


class _Sanitizer(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.open: list[str] = []
        #: Depth inside dropped-with-content elements (their own nesting counted too).
        self.skipping: list[str] = []

    # -- tags ---------------------------------------------------------------------------

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._start(tag, attrs, self_closing=False)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._start(tag, attrs, self_closing=True)

    def _start(self, tag: str, attrs: list[tuple[str, str | None]], *, self_closing: bool) -> None:
        if self.skipping:
            if tag == self.skipping[-1] and not self_closing:
                self.skipping.append(tag)
            return
        if tag in DROPPED_WITH_CONTENT:
            if not self_closing and tag not in VOID_TAGS:
                self.skipping.append(tag)
            return
        if tag not in ALLOWED_TAGS:
            return  # the tag goes, its text stays
        kept: dict[str, str] = {}
        for name, value in attrs:
            name = name.lower()
            if name in kept or value is None and name not in ("class", "lang", "title", "alt"):
                continue
            if tag == "img" and name == "src":
                continue  # decided below
            cleaned = _attribute(tag, name, value or "")
            if cleaned is not None:
                kept[name] = cleaned
        if tag == "img":
            self._image(dict(attrs), kept)
            return
        self.out.append(_start_tag(tag, kept))
        if tag not in VOID_TAGS and not self_closing:
            self.open.append(tag)

    def _image(self, attrs: dict[str, str | None], kept: dict[str, str]) -> None:
        source = attrs.get("src") or ""
        if (inline := inline_image(source)) is not None:
            self.out.append(_start_tag("img", {"src": inline, **kept}))
            return
        # Nothing may be fetched: the image becomes its description, linked when it can be.
        alt = kept.get("alt") or ""
        link = safe_link(source)
        if link is not None and not link.startswith("#"):
            label = html.escape(alt or link, quote=False)
            self.out.append(f'<a class="remote-image" href="{html.escape(link, quote=True)}">{label}</a>')
        elif alt:
            self.out.append(html.escape(alt, quote=False))

    def handle_endtag(self, tag: str) -> None:
        if self.skipping:
            if tag == self.skipping[-1]:
                self.skipping.pop()
            return
        if tag not in self.open:
            return  # closes nothing we opened
        while self.open:
            name = self.open.pop()
            self.out.append(f"</{name}>")
            if name == tag:
                break

    # -- text ---------------------------------------------------------------------------

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.out.append(html.escape(data))

    # Comments, declarations, processing instructions and CDATA sections are dropped
    # (HTMLParser's defaults ignore them).

    def result(self) -> str:
        self.close()
        self.out.extend(f"</{name}>" for name in reversed(self.open))
        self.open.clear()
        return "".join(self.out)


def _start_tag(tag: str, attrs: dict[str, str]) -> str:
    rendered = "".join(f' {name}="{html.escape(value, quote=True)}"' for name, value in attrs.items())
    return f"<{tag}{rendered}>"


def sanitize_html(fragment: str) -> str:
    """*fragment* with only allowed tags, attributes and link targets, balanced and re-escaped."""
    parser = _Sanitizer()
    parser.feed(fragment)
    return parser.result()
