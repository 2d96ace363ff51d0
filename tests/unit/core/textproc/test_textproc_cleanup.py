"""ASR clean-up: what goes (fillers, stutters, repeats, emoji), what stays (meaning), and the
guarantee that the clean text is always a subsequence of the verbatim text."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.importers.encoding import split_lines
from reader.core.textproc.cleanup import clean_text
from reader.core.textproc.language import detect_language

REMOVED = [
    # Chinese fillers, anywhere for 呃/嗯, at clause edges for the others.
    ("呃,在GPU等更成熟的技术上采用,嗯嗯,呃,这是个很好的问题", "在GPU等更成熟的技术上采用,这是个很好的问题"),
    ("所以呃,为了一家新公司的成功崛起", "所以为了一家新公司的成功崛起"),
    ("这是我的呃,职业经历。", "这是我的职业经历。"),
    ("随便你怎么称呼它,嗯。", "随便你怎么称呼它。"),
    ("介绍一下我们的呃苏usan老师", "介绍一下我们的苏usan老师"),
    ("啊。So in October that's when", "So in October that's when"),
    ("啊,我们开始吧", "我们开始吧"),
    ("哎,我们开始吧", "我们开始吧"),
    ("额,这个问题", "这个问题"),
    ("嗯。", ""),
    # Stutters and repeats.
    ("我我我们今天讲一下", "我们今天讲一下"),
    ("这这个问题", "这个问题"),
    ("那那个模型", "那个模型"),
    ("我们我们可以做", "我们可以做"),
    ("谢谢谢谢大家", "谢谢大家"),
    ("是啊,是啊,对齐", "是啊,对齐"),
    ("它是to to to检查这些属性", "它是to检查这些属性"),
    (
        "InIn most of computer science field, we we especially in academia。",
        "In most of computer science field, we especially in academia。",
    ),
    ("WhenWhen when G2 generates", "When G2 generates"),
    ("Hi hi everyone。", "Hi everyone。"),
    ("the the the know success cannot be planned。", "the know success cannot be planned。"),
    ("we can we can do it", "we can do it"),
    ("if you, if you look at it", "if you look at it"),
    # English fillers.
    ("so um I think that", "so I think that"),
    ("Um, so the model", "so the model"),
    ("I think, uh, that works", "I think, that works"),
    ("it is erm ready.", "it is ready."),
    ("You know, quite successful models", "quite successful models"),
    # Emoji, markers, repeated short sentences, doubled punctuation.
    ("😊,But I would love to hear", "But I would love to hear"),
    ("Okay。Okay。", "Okay。"),
    ("Okay。😊。", "Okay。"),
    ("🎼 [Music] Welcome back", "Welcome back"),
    ("Thank you。 Thank you。", "Thank you。"),
    ("好,,我们", "好,我们"),
    ("what?。", "what?"),
    ("😊", ""),
    # Stutters the dictionary does not excuse: repeated pronouns, nouns and phrases.
    ("大家大家好,今天开会", "大家好,今天开会"),
    ("我想给他给他打电话", "我想给他打电话"),
    ("他们他们他们都来了", "他们都来了"),
    ("我们要问一个这个这个问题", "我们要问一个这个问题"),  # 个这个这 is seen first
    ("这个灯很很亮", "这个灯很亮"),
    ("我们找了三家三家公司", "我们找了三家公司"),  # a quantity said twice, not a number
    ("the answer is is is simple", "the answer is simple"),
    ("so we we tried again", "so we tried again"),
    ("I'm I'm not sure", "I'm not sure"),
    ("the the plan the plan is ready", "the plan is ready"),
    ("我觉得说说说看", "我觉得说说看"),
]

KEPT = [
    "是啊。",  # sentence-final particle
    "好啊,我们走吧",
    "很好啊",
    "哎呀,太好了",
    "就是说那个模型很大",  # 就是 / 那个 as words
    "我们常常这样做",
    "谢谢大家",
    "现在在做什么",  # 现在 + 在
    "自我我们",  # 自我 + 我们
    "不了了之",
    "高高兴兴",
    "的的确确",
    "目的的实现",
    "额外的工作",
    "一步一步来",
    "讨论讨论",
    "呃逆是一种病",
    "I had had enough",
    "I think that that is right",
    "it's like a cat",
    "do you know what I mean",
    "very very very specific task",
    "Yeah, yeah, yeah",
    "10 mm wide",
    "Dr. Zhang, 你好",
    "version 1.1.1 is out",
    "UM is a university",
    "Node.js and .NET",
    "Bora Bora and Coco",
    # Numbers and years: every word counts.
    "it shipped in december of twenty twenty five",
    "the flood of nineteen nineteen",
    "dial one one two now",
    "the vector is one one zero",
    "five plus six plus six is seventeen",
    "zero, zero, zero, one",
    "two hundred hundred-dollar bills",
    "Thirty. Thirty.",
    "writing a a1 contract",  # "a" next to "a1" is no repeat
    "the Quest 3S s line",
    "二零二零年的春天",
    "一一对应的关系",
    "电话是二二三四",
    "她排第二二十名",
    # Legitimate English doubles and emphasis.
    "he said that that was fine",
    "they had had a long day",
    "what it is is a tool",
    "bye bye",
    "no no no, the other one",
    # Chinese reduplications: dictionary words, verbs said twice, 一X一X.
    "你看看这个",
    "他天天跑步",
    "人人都知道",
    "谢谢你",
    "我们常常见面",
    "慢慢来",
    "你试试这个",
    "我们研究研究再说",
    "大家讨论讨论",
    "你说说你的想法",
    "一步一步地走",
    "我们一个一个检查",
    # Placeholders said twice, and a clause said again after a pause.
    "将来会怎么怎么样",
    "买了什么什么的东西",
    "我笃定它会怎么怎么样，会怎么怎么样。",
    # Names and words that hold a filler's letters.
    "Andrej Karpathy gave the talk",
    "And Andrej Karpathy said so",
    "an umbrella for Uhura",
    "Jennifer found an error",
    "uh-huh, that is right",
    "a gap of 10 um between them",
    "Erik and Umar met Ernst",
]


@pytest.mark.parametrize(("verbatim", "clean"), REMOVED)
def test_removes_noise(verbatim: str, clean: str) -> None:
    assert clean_text(verbatim, detect_language(verbatim)) == clean


@pytest.mark.parametrize("verbatim", KEPT)
def test_keeps_meaning(verbatim: str) -> None:
    assert clean_text(verbatim, detect_language(verbatim)) == verbatim


def _is_subsequence(small: str, big: str) -> bool:
    it = iter(big)
    return all(char in it for char in small)


_PIECES = st.sampled_from(
    list("我们的是啊呃嗯哎额了在要谢常这那个 ,，。.!?！？;、😊🎼\n")
    + ["to ", "the ", "um ", "uh, ", "Okay。", "you know, ", "InIn ", "When", "had ", "[Music]", "e.g.", "3.5", "  "]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(_PIECES, max_size=60).map("".join), st.sampled_from(["zh", "en", "und"]))
def test_clean_text_is_a_subsequence_of_the_verbatim_text(text: str, lang: str) -> None:
    clean = clean_text(text, lang)
    assert _is_subsequence(clean, text)
    assert clean == clean.strip()


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=80), st.sampled_from(["zh", "en"]))
def test_clean_text_is_a_subsequence_for_any_text(text: str, lang: str) -> None:
    assert _is_subsequence(clean_text(text, lang), text)


def test_clean_text_is_idempotent_on_the_sample(sample_notes: Path) -> None:
    lines = [line for line in split_lines(sample_notes.read_text(encoding="utf-8")) if line.strip()]
    changed = 0
    for line in lines:
        lang = detect_language(line)
        once = clean_text(line, lang)
        assert _is_subsequence(once, line)
        assert clean_text(once, lang) == once
        changed += once != line
    assert changed > len(lines) // 8, "the sample is full of fillers; clean-up must touch many lines"
