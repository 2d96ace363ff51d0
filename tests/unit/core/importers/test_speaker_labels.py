"""Plain text speaker labels, turn markers and sound tags."""

from __future__ import annotations

from pathlib import Path

from reader.core.importers import parse
from reader.core.textproc.language import detect_language


def _blocks(tmp_path: Path, content: str) -> list[tuple[str | None, str]]:
    return [(b.speaker, b.text) for b in parse(tmp_path / "t.txt", content).blocks]


def test_label_speaks_for_the_wrapped_lines_under_it(tmp_path: Path) -> None:
    content = "Ines: the first part of a long answer\nthat wraps onto a second line.\n\nIntro text.\nInes: short.\n"
    assert _blocks(tmp_path, content) == [
        ("Ines", "the first part of a long answer"),
        ("Ines", "that wraps onto a second line."),
        (None, "Intro text."),
        ("Ines", "short."),
    ]


def test_bracketed_speaker_labels(tmp_path: Path) -> None:
    content = "[Speaker 3]: 我们开始吧，\n[Speaker 3]:  next slide please.\n[Speaker 1]: 好的。\n"
    assert _blocks(tmp_path, content) == [
        ("Speaker 3", "我们开始吧，"),
        ("Speaker 3", "next slide please."),
        ("Speaker 1", "好的。"),
    ]


def test_english_behind_a_chinese_label_is_english(tmp_path: Path) -> None:
    content = "主持人：欢迎大家。\n主持人：So let us begin with the first question.\n嘉宾：好。\n"
    doc = parse(tmp_path / "t.txt", content)
    assert [b.speaker for b in doc.blocks] == ["主持人", "主持人", "嘉宾"]
    assert detect_language(doc.blocks[1].text) == "en"


def test_label_line_above_its_text(tmp_path: Path) -> None:
    content = "Speaker 1 00:01:02\nThe river was high.\nWe waited.\n\nSpeaker 2 00:01:30\nFor how long?\n"
    assert _blocks(tmp_path, content) == [
        ("Speaker 1", "The river was high."),
        ("Speaker 1", "We waited."),
        ("Speaker 2", "For how long?"),
    ]


def test_bold_labels_and_question_answer(tmp_path: Path) -> None:
    content = "**Lena**: First.\n**主持人**：第二。\n**Lena**: Third.\n**主持人**：第四。\nQ: Why?\nA: Because.\n"
    assert _blocks(tmp_path, content) == [
        ("Lena", "First."),
        ("主持人", "第二。"),
        ("Lena", "Third."),
        ("主持人", "第四。"),
        ("Q", "Why?"),
        ("A", "Because."),
    ]


def test_turn_markers_start_turns(tmp_path: Path) -> None:
    doc = parse(tmp_path / "t.txt", "It was cold that year.\n>> Colder than now?\n>> \n>> Much colder.\n")
    assert [(b.text, b.turn, b.speaker) for b in doc.blocks] == [
        ("It was cold that year.", False, None),
        ("Colder than now?", True, None),
        ("Much colder.", True, None),
    ]


def test_plain_prefix_counts_only_when_it_recurs(tmp_path: Path) -> None:
    content = (
        "Note: the hall was full.\nUpdate: slides are online.\nSee https://example.org/a for more.\n"
        "Meeting at 10:30 today.\nOscar: hello there.\nMaya: hi.\nOscar: shall we?\nMaya: yes.\n"
    )
    assert _blocks(tmp_path, content) == [
        (None, "Note: the hall was full."),
        (None, "Update: slides are online."),
        (None, "See https://example.org/a for more."),
        (None, "Meeting at 10:30 today."),
        ("Oscar", "hello there."),
        ("Maya", "hi."),
        ("Oscar", "shall we?"),
        ("Maya", "yes."),
    ]


def test_single_plain_prefix_is_text(tmp_path: Path) -> None:
    content = "Summary of the day.\nTodo: buy bread.\nRemember: water the plants.\nThe end.\n"
    assert [speaker for speaker, _ in _blocks(tmp_path, content)] == [None, None, None, None]
    assert _blocks(tmp_path, content)[2] == (None, "Remember: water the plants.")


def test_sound_tags_are_not_text(tmp_path: Path) -> None:
    content = (
        "[Music]\nWelcome back. [Applause]\n[Speaker 0]: 谢谢大家 [掌声]\n(笑)\n（音乐）\n\nYes [laughs] indeed.\n"
    )
    assert _blocks(tmp_path, content) == [
        (None, "Welcome back."),
        ("Speaker 0", "谢谢大家"),
        (None, "Yes indeed."),
    ]


def test_brackets_that_are_not_sounds_stay(tmp_path: Path) -> None:
    content = "他上了一档播客（Deep Talk）\n标题是 [草稿]\n第三行\n"
    expected = ["他上了一档播客（Deep Talk）", "标题是 [草稿]", "第三行"]
    assert [text for _, text in _blocks(tmp_path, content)] == expected


def test_label_removal_keeps_offsets(tmp_path: Path) -> None:
    content = "[Speaker 2]: Rain soon. [Music] Bring boots.\n"
    block = parse(tmp_path / "t.txt", content).blocks[0]
    assert block.text == "Rain soon. Bring boots."
    boots = block.text.index("Bring")
    assert content[block.source_offset(0) :].startswith("Rain soon.")
    assert content[block.source_offset(boots) :].startswith("Bring boots.")
