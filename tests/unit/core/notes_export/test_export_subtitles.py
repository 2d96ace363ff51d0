"""Bilingual SRT/VTT export with the original timings, and importing it again gives the same cues."""

from __future__ import annotations

from pathlib import Path

import pytest
from notes_export_support import TEST_MODEL, import_single_talk, talk_ids

from reader.core import library as lib
from reader.core.db import Library
from reader.core.errors import ExportError
from reader.core.export import ExportOptions, build_document, export, render
from reader.core.export.markup import join_texts
from reader.core.export.subtitles import SubtitleCue, build_cues
from reader.core.export.warnings import ExportWarningKind
from reader.core.hashing import text_hash
from reader.core.models import Translation
from reader.core.translate.store import set_user_translation

SOURCE_SRT = """1
00:00:01,000 --> 00:00:04,000
Hello everyone, welcome to the Q&A. Today we look at memory.

2
00:00:04,200 --> 00:00:07,900
今天我们讨论内存墙。这个问题非常重要。

3
00:00:08,000 --> 00:00:10,500
我们用 GPU 训练模型。

4
00:00:10,600 --> 00:01:12,250
SRAM is fast. DRAM is dense.

5
00:01:12,300 --> 01:02:03,456
最后一句还没有翻译。
"""

#: The cue times of SOURCE_SRT, which whole cues must keep exactly.
SOURCE_TIMES = [(1000, 4000), (4200, 7900), (8000, 10500), (10600, 72250), (72300, 3723456)]


def _translated_library(library: Library, tmp_path: Path) -> int:
    """Import SOURCE_SRT; translate cues 1-3 fully, cue 4 partly (one sentence), cue 5 not at all."""
    path = tmp_path / "talk.srt"
    path.write_text(SOURCE_SRT, encoding="utf-8")
    talk_id = import_single_talk(library, path)
    with library.session() as session:
        segments = lib.talk_segments(session, talk_id)
        for segment in segments:
            if segment.start_ms is not None and segment.start_ms >= 10600:
                if segment.text == "SRAM is fast.":
                    set_user_translation(session, segment.id, "SRAM 很快。")
                continue
            lang = "en" if segment.lang == "zh" else "zh"
            text = f"Sentence {segment.ordinal} in English." if lang == "en" else f"第{segment.ordinal}句中文翻译。"
            session.add(
                Translation(
                    segment_id=segment.id,
                    text=text,
                    target_lang=lang,
                    model=TEST_MODEL,
                    source_hash=text_hash(segment.text),
                )
            )
    return talk_id


def _cue_translation(library: Library, talk_id: int, start_ms: int, end_ms: int) -> str:
    """What the translation line of the source cue at these times must say: its sentences' translations."""
    with library.read_session() as session:
        segments = [s for s in lib.talk_segments(session, talk_id) if start_ms <= (s.start_ms or -1) < end_ms]
        assert segments and all(s.translation is not None for s in segments)
        return join_texts(s.translation.text for s in segments if s.translation is not None)


def _cues(library: Library, talk_id: int) -> list[SubtitleCue]:
    with library.read_session() as session:
        return build_cues(build_document(session, [talk_id]).talks[0])


def _key(cue: SubtitleCue) -> tuple[int, int, str, str | None]:
    return cue.start_ms, cue.end_ms, cue.text, cue.translation


@pytest.mark.parametrize("fmt", ["srt", "vtt"])
def test_export_then_import_gives_the_same_cues(library: Library, tmp_path: Path, fmt: str) -> None:
    talk_id = _translated_library(library, tmp_path)
    cues = _cues(library, talk_id)
    # Whole cues keep their original times; the partly translated cue 4 is written sentence by sentence.
    whole = [(c.start_ms, c.end_ms) for c in cues if (c.start_ms, c.end_ms) in SOURCE_TIMES]
    assert whole == [t for t in SOURCE_TIMES if t[0] != 10600]
    cue4 = [c for c in cues if 10600 <= c.start_ms < 72250]
    assert [c.text for c in cue4] == ["SRAM is fast.", "DRAM is dense."]
    assert (cue4[0].start_ms, cue4[-1].end_ms) == (10600, 72250)
    assert [c.translation for c in cue4] == ["SRAM 很快。", None]
    assert cues[0].text == "Hello everyone, welcome to the Q&A. Today we look at memory."
    assert cues[0].translation == _cue_translation(library, talk_id, 1000, 4000)
    assert cues[0].translation.startswith("第0句中文翻译。")
    assert cues[1].text == "今天我们讨论内存墙。这个问题非常重要。"
    assert cues[-1].translation is None

    out = tmp_path / f"exported.{fmt}"
    result = export(library, [talk_id], ExportOptions(format=fmt), out)
    assert result.warnings and f"2 of {len(cues)} cue(s) are not translated yet" in result.warnings[0].message
    assert result.warnings[0].kind is ExportWarningKind.UNTRANSLATED_CUES and result.warnings[0].count == 2

    again = Library.open(tmp_path / "again.sqlite3")
    try:
        reimported = import_single_talk(again, out)
        assert _cues(again, reimported) == cues
        with again.read_session() as session:
            segments = lib.talk_segments(session, reimported)
            given = [(s.text, s.translation.text if s.translation else None) for s in segments]
        assert ("今天我们讨论内存墙。这个问题非常重要。", cues[1].translation) in given
        assert cues[1].translation == _cue_translation(library, talk_id, 4200, 7900)
        # Exporting the re-imported talk gives the same file again.
        second = tmp_path / f"second.{fmt}"
        export(again, [reimported], ExportOptions(format=fmt), second)

        def cue_blocks(path: Path) -> list[str]:  # a VTT's NOTE names the talk, whose title may differ
            return [b for b in path.read_text(encoding="utf-8").split("\n\n") if not b.startswith("NOTE")]

        assert cue_blocks(second) == cue_blocks(out)
    finally:
        again.close()


def test_srt_and_vtt_text(library: Library, tmp_path: Path) -> None:
    talk_id = _translated_library(library, tmp_path)
    with library.read_session() as session:
        doc = build_document(session, [talk_id])
    srt = render(doc, ExportOptions(format="srt")).text
    blocks = srt.strip().split("\n\n")
    assert blocks[0] == (
        "1\n00:00:01,000 --> 00:00:04,000\nHello everyone, welcome to the Q&A. Today we look at memory."
    )
    cue1 = _cue_translation(library, talk_id, 1000, 4000)
    assert blocks[1] == f"1\n00:00:01,000 --> 00:00:04,000\n{cue1}"
    assert blocks[-1] == "6\n00:01:12,300 --> 01:02:03,456\n最后一句还没有翻译。"

    vtt = render(doc, ExportOptions(format="vtt")).text
    head, first, translation = vtt.split("\n\n")[:3]
    assert head == "WEBVTT"
    assert first.startswith("NOTE\nExported by Talk Reader")
    assert translation == (
        "1\n00:00:01.000 --> 00:00:04.000\nHello everyone, welcome to the Q&A. Today we look at memory."
    )
    assert vtt.split("\n\n")[3] == f"1-zh\n00:00:01.000 --> 00:00:04.000\n{cue1}"

    original = render(doc, ExportOptions(format="srt", lang="original")).text
    count = len(_cues(library, talk_id))
    assert cue1 not in original and original.count("-->") == count
    translated = render(doc, ExportOptions(format="srt", lang="translation")).text
    assert translated.count("-->") == count
    assert cue1 in translated and "最后一句还没有翻译。" in translated
    assert "Hello everyone" not in translated


def test_cue_text_cannot_break_the_file(library: Library, tmp_path: Path) -> None:
    path = tmp_path / "tricky.srt"
    path.write_text("1\n00:00:01,000 --> 00:00:02,000\nA --> B: Q&A, AT&amp;T, 1 &lt; 2\n", encoding="utf-8")
    talk_id = import_single_talk(library, path)
    with library.read_session() as session:
        doc = build_document(session, [talk_id])
        assert doc.talks[0].segments[0].text == "A --> B: Q&A, AT&amp;T, 1 &lt; 2"
    vtt = render(doc, ExportOptions(format="vtt")).text
    cue = vtt.strip().split("\n\n")[-1].split("\n")
    assert cue[1:] == ["00:00:01.000 --> 00:00:02.000", "A → B: Q&A, AT&amp;amp;T, 1 &amp;lt; 2"]
    srt = render(doc, ExportOptions(format="srt")).text
    assert srt.split("\n")[2] == "A → B: Q&A, AT&amp;T, 1 &lt; 2"


def test_talks_without_timings_are_refused(library: Library, tmp_path: Path, sample_notes: Path) -> None:
    talk_id = import_single_talk(library, sample_notes)
    for fmt in ("srt", "vtt"):
        with pytest.raises(ExportError, match="has no subtitle timings.*imported from SRT or VTT"):
            export(library, [talk_id], ExportOptions(format=fmt), tmp_path / f"x.{fmt}")
        assert not (tmp_path / f"x.{fmt}").exists()
    subtitle_talk = _translated_library(library, tmp_path)
    for ids in (None, [talk_id, subtitle_talk]):
        with pytest.raises(ExportError, match="one talk at a time"):
            export(library, ids, ExportOptions(format="srt"), tmp_path / "all.srt")
    assert sorted(talk_ids(library)) == sorted([talk_id, subtitle_talk])


def test_merged_text_segments_are_refused(library: Library, tmp_path: Path) -> None:
    subtitle_talk = _translated_library(library, tmp_path)
    text = tmp_path / "plain.md"
    text.write_text("# Plain\n\nNo times here.\n", encoding="utf-8")
    text_talk = import_single_talk(library, text)
    with library.session() as session:
        lib.merge_talks(session, subtitle_talk, text_talk)
        total = len(lib.talk_segments(session, subtitle_talk))
    with pytest.raises(ExportError, match=f"for 1 of its {total} segments"):
        export(library, [subtitle_talk], ExportOptions(format="vtt"), tmp_path / "x.vtt")
