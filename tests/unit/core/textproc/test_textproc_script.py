"""Traditional Chinese read as Simplified: one character for one, so spans carry over."""

from __future__ import annotations

from reader.core.textproc.script import simplified
from reader.core.textproc.talk_cues import find_cues
from reader.core.textproc.talk_titles import _extract_speaker, _extract_title


def test_traditional_characters_become_simplified_in_place() -> None:
    text = "掌聲歡迎王院長上台致詞，謝謝大家。Hello 123"
    converted = simplified(text)
    assert converted == "掌声欢迎王院长上台致词，谢谢大家。Hello 123"
    assert len(converted) == len(text)
    assert simplified("我们今天讨论大语言模型") == "我们今天讨论大语言模型"  # Simplified stays


def test_cues_are_heard_in_traditional_text() -> None:
    assert find_cues("下面有請李教授為我們演講。").intro >= 1.5
    assert find_cues("再次掌聲謝謝高教授，").closing == 1.0
    assert find_cues("謝謝大家的聆聽，我就分享到這裡。").ending


def test_names_and_titles_are_taken_as_written() -> None:
    assert _extract_speaker("下面有請陳國華老師。") == "陳國華"
    assert _extract_title("他報告的題目是《智慧醫療的未來》。") == "智慧醫療的未來"


def test_key_phrase_titles_of_a_traditional_talk_join_with_traditional_characters() -> None:
    from reader.core.textproc.key_phrases import phrase_title

    assert phrase_title(["治療", "中西", "人文"], "zh") == "治療、中西與人文"
    # Phrases that read the same in both scripts, in a talk written in Traditional characters.
    assert phrase_title(["美金", "五毛"], "zh", traditional=True) == "美金與五毛"
    assert phrase_title(["芯片", "内存"], "zh") == "芯片与内存"
