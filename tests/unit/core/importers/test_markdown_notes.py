"""Markdown notes: front matter, HTML, <details> originals, and never dropping text silently."""

from __future__ import annotations

from pathlib import Path

from reader.core.importers import BlockKind, parse

BILINGUAL = """---
title: 'Night Market Talk: Lamps'' Light'
summary: a longer summary
  that goes on
tags:
  - lamps
---
### Opening

**Mia Chen**: 今晚我们聊聊灯笼。

<details>
<summary>Original English</summary>

**Mia Chen**: Tonight we talk about lanterns.

</details>

**Mia Chen**: 它们很古老。

<details>
<summary>View/Hide Original English</summary>
<p class="english-text">They are very old &amp; bright.</p>
</details>
"""


def test_front_matter_title_and_multiline_values(tmp_path: Path) -> None:
    doc = parse(tmp_path / "n.md", BILINGUAL)
    assert doc.title == "Night Market Talk: Lamps' Light"
    assert not any("summary" in b.text or "lamps" == b.text for b in doc.blocks)


def test_details_original_carries_the_passage_before_as_translation(tmp_path: Path) -> None:
    doc = parse(tmp_path / "n.md", BILINGUAL)
    assert [(b.kind, b.text, b.translation, b.speaker) for b in doc.blocks] == [
        (BlockKind.HEADING, "Opening", None, None),
        (BlockKind.TEXT, "Tonight we talk about lanterns.", "今晚我们聊聊灯笼。", "Mia Chen"),
        (BlockKind.TEXT, "They are very old & bright.", "它们很古老。", "Mia Chen"),
    ]
    assert doc.blocks[1].first_line == 15
    assert not doc.warnings


def test_details_without_an_original_summary_stay_text(tmp_path: Path) -> None:
    content = "Intro line.\n\n<details>\n<summary>Show more</summary>\n\nHidden detail.\n\n</details>\n"
    doc = parse(tmp_path / "d.md", content)
    assert [(b.text, b.translation) for b in doc.blocks] == [
        ("Intro line.", None),
        ("Show more", None),
        ("Hidden detail.", None),
    ]


def test_html_blocks_are_reduced_to_their_text(tmp_path: Path) -> None:
    content = '<div align="center">\n<p>Fish &amp; chips <b>today</b></p>\n</div>\n\nPlain words.\n'
    doc = parse(tmp_path / "h.md", content)
    assert [b.text for b in doc.blocks] == ["Fish & chips today", "Plain words."]


def test_unclosed_code_fence_keeps_the_text_and_warns(tmp_path: Path) -> None:
    content = "# Notes\n\nFirst point.\n\n```\nSecond point.\n\nThird point.\n"
    doc = parse(tmp_path / "f.md", content)
    texts = [b.text for b in doc.blocks if b.kind is BlockKind.TEXT]
    assert texts == ["First point.", "Second point.", "Third point."]
    assert [(w.code, w.line) for w in doc.warnings] == [("unclosed-code-fence", 5)]


def test_closed_code_fence_is_still_skipped(tmp_path: Path) -> None:
    doc = parse(tmp_path / "c.md", "Before.\n\n```\ncode()\n```\n\nAfter.\n")
    assert [b.text for b in doc.blocks] == ["Before.", "After."]
    assert not doc.warnings


def test_unclosed_comment_keeps_the_text_and_warns(tmp_path: Path) -> None:
    content = "Alpha.\n\n<!-- draft note\n\nBeta.\n\nGamma.\n"
    doc = parse(tmp_path / "u.md", content)
    assert [b.text for b in doc.blocks][-2:] == ["Beta.", "Gamma."]
    assert [w.code for w in doc.warnings] == ["unclosed-comment"]


def test_dashes_on_line_one_that_are_not_front_matter(tmp_path: Path) -> None:
    paragraphs = [f"Paragraph number {n} has words." for n in range(1, 9)]
    content = "---\n\n" + "\n\n".join(paragraphs[:4]) + "\n\n---\n\n" + "\n\n".join(paragraphs[4:]) + "\n"
    doc = parse(tmp_path / "x.md", content)
    assert [b.text for b in doc.blocks] == paragraphs
    assert [(w.code, w.line) for w in doc.warnings] == [("front-matter-not-yaml", 1)]


def test_headings_keep_their_levels(tmp_path: Path) -> None:
    content = "# Day\n\n## Morning\n\nText.\n\nAfternoon\n---------\n\nMore.\n\n#### Small\n"
    doc = parse(tmp_path / "l.md", content)
    assert [(b.text, b.level) for b in doc.blocks if b.kind is BlockKind.HEADING] == [
        ("Day", 1),
        ("Morning", 2),
        ("Afternoon", 2),
        ("Small", 4),
    ]


def test_single_bold_lead_in_is_emphasis_not_a_speaker(tmp_path: Path) -> None:
    content = "**Price effects**: prices rose.\n\n**Ann**: hello.\n\n**Ann**: again.\n"
    doc = parse(tmp_path / "b.md", content)
    assert [(b.speaker, b.text) for b in doc.blocks] == [
        (None, "Price effects: prices rose."),
        ("Ann", "hello."),
        ("Ann", "again."),
    ]


def test_offsets_step_over_inline_markup_and_entities(tmp_path: Path) -> None:
    content = "Intro **bold** and `code` then [a link](https://x.org) &amp; the end.\n"
    block = parse(tmp_path / "o.md", content).blocks[0]
    assert block.text == "Intro bold and code then a link & the end."
    for word in ("bold", "code", "then", "link", "the end"):
        at = block.text.index(word)
        assert content[block.source_offset(at) :].startswith(word), word
