"""HTML export: one self-contained, printable page made from the Markdown export.

The page has no external resources (fonts fall back through a CJK-aware stack; styles are
inline), shows original and translation side by side, and prints cleanly. Everything a user
wrote reaches the page as text: transcript text is escaped before conversion, raw HTML in
notes is shown as text, and the converted HTML goes through an allow-list sanitiser
(:mod:`reader.core.export.sanitize`) whatever Markdown let through.
"""

from __future__ import annotations

import html
from collections.abc import Iterable

import markdown as markdown_lib  # type: ignore[import-untyped]

from reader.core.export.document import ExportDocument
from reader.core.export.markdown import Lang, Layout, document_title, markdown_blocks
from reader.core.export.sanitize import sanitize_html
from reader.core.notes import NOTE_COLORS

_FONTS = (
    'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", '
    '"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Hiragino Sans GB", '
    '"Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif'
)
_CJK_FONTS = (
    '"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Hiragino Sans GB", '
    '"Microsoft YaHei", "WenQuanYi Micro Hei", system-ui, sans-serif'
)

_NOTE_BORDERS = {
    "yellow": "#d4a800",
    "green": "#3f9f3f",
    "blue": "#2f7fd8",
    "pink": "#d9488f",
    "purple": "#7f56d9",
}


def _color_rules() -> str:
    rules = []
    for name, tint in NOTE_COLORS.items():
        border = _NOTE_BORDERS.get(name, "#888888")
        rules.append(f"mark.hl-{name} {{ background: {tint}; }}")
        rules.append(f"aside.note-{name} {{ border-left-color: {border}; }}")
        rules.append(f".note-label.note-{name} {{ border-left: 4px solid {border}; padding-left: .4em; }}")
    return "\n".join(rules)


CSS = f"""
html {{ font-family: {_FONTS}; line-height: 1.65; color: #1f2328; background: #fff; }}
:lang(zh) {{ font-family: {_CJK_FONTS}; }}
body {{ margin: 0; }}
main {{ max-width: 76rem; margin: 0 auto; padding: 2rem 2.5rem 4rem; }}
h1 {{ font-size: 1.7rem; line-height: 1.3; margin: 0 0 .6rem; }}
h2 {{ font-size: 1.35rem; line-height: 1.3; margin: 2.5rem 0 .6rem; }}
.talk-header {{ border-bottom: 1px solid #d1d9e0; margin-bottom: 1.6rem; padding-bottom: .6rem; }}
.talk-header ul {{ list-style: none; padding: 0; margin: 0; color: #59636e; font-size: .92rem; }}
.pair {{ display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 2.2rem;
         margin: 0 0 .2rem; }}
.pair p, .para p {{ margin: 0 0 .9rem; }}
.tran {{ color: #2d3640; }}
.time {{ color: #59636e; font-size: .82em; font-variant-numeric: tabular-nums; margin-right: .35em; }}
.untranslated {{ color: #8c959f; font-style: italic; font-size: .92em; }}
.edited {{ color: #8c959f; font-size: .8em; }}
mark {{ background: {NOTE_COLORS["yellow"]}; color: inherit; padding: 0 .08em; border-radius: 2px; }}
aside.note {{ border-left: 4px solid #d4a800; background: #f6f8fa; margin: .1rem 0 1.3rem;
              padding: .35rem 1rem; border-radius: 0 4px 4px 0; }}
aside.note p {{ margin: .35rem 0; }}
.note-label {{ font-size: .78rem; font-weight: 600; letter-spacing: .02em; color: #59636e;
               text-transform: uppercase; }}
table {{ border-collapse: collapse; width: 100%; table-layout: fixed; margin: 0 0 1.5rem; }}
th, td {{ border: 1px solid #d1d9e0; padding: .45rem .7rem; vertical-align: top; text-align: left; }}
th {{ background: #f6f8fa; }}
blockquote {{ border-left: 3px solid #d1d9e0; margin: .5rem 0; padding: 0 0 0 .9rem; color: #59636e; }}
code {{ font-size: .9em; background: #f6f8fa; padding: .1em .3em; border-radius: 3px; }}
hr {{ border: 0; border-top: 1px solid #d1d9e0; margin: 2rem 0; }}
{_color_rules()}
@media (max-width: 720px) {{
  main {{ padding: 1rem; }}
  .pair {{ grid-template-columns: minmax(0, 1fr); gap: 0; }}
  .pair .tran {{ margin-bottom: .6rem; }}
}}
@media print {{
  @page {{ margin: 16mm 14mm; }}
  html {{ font-size: 10.5pt; }}
  main {{ max-width: none; padding: 0; }}
  p {{ orphans: 3; widows: 3; }}
  aside.note {{ break-inside: avoid; }}
  h1, h2 {{ break-after: avoid; }}
  header.talk-header ~ header.talk-header {{ break-before: page; }}
  mark, aside.note, th {{ -webkit-print-color-adjust: exact; print-color-adjust: exact; }}
  a {{ color: inherit; }}
}}
""".strip()


def _converter() -> markdown_lib.Markdown:
    return markdown_lib.Markdown(extensions=["tables", "md_in_html"], output_format="html")


def markdown_to_html(source: str) -> str:
    """Convert Markdown to a sanitised HTML fragment (see :mod:`.sanitize`)."""
    return sanitize_html(str(_converter().convert(source)))


def blocks_to_html(blocks: Iterable[str]) -> str:
    """Convert Markdown blocks one at a time, with one converter: linear in the export's size.

    Each block is sanitised on its own, so whatever a note holds ends with its block.
    """
    converter = _converter()
    parts: list[str] = []
    for block in blocks:
        converter.reset()
        parts.append(sanitize_html(str(converter.convert(block))))
    return "\n".join(parts)


def _page_lang(doc: ExportDocument, lang: Lang) -> str:
    if not doc.talks:
        return "und"
    talk = doc.talks[0]
    if lang == "translation":
        langs = [s.translation_lang for s in talk.segments if s.translation_lang]
        if langs:
            return max(set(langs), key=langs.count)
    return talk.lang


def render_html(
    doc: ExportDocument,
    *,
    layout: Layout = "interleaved",
    lang: Lang = "both",
    clean: bool = False,
) -> str:
    """A complete HTML page; interleaved bilingual text is laid out as two columns."""
    body = blocks_to_html(markdown_blocks(doc, layout=layout, lang=lang, clean=clean, flavour="html"))
    title = html.escape(document_title(doc))
    page_lang = html.escape(_page_lang(doc, lang), quote=True)
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{page_lang}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f'<meta name="generator" content="Talk Reader {html.escape(doc.app_version)}">\n'
        f"<title>{title}</title>\n<style>\n{CSS}\n</style>\n</head>\n"
        f'<body class="layout-{layout} lang-{lang}">\n<main>\n{body}\n</main>\n</body>\n</html>\n'
    )
