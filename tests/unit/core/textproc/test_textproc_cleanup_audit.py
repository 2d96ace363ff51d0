"""The clean-up audit: removals it excuses (fillers, stutters, emoji, stray marks) and the content
losses it must report — checked on hand-made (verbatim, clean) pairs, then on the real clean-up."""

from __future__ import annotations

import pytest

from reader.core.textproc.cleanup import clean_text
from reader.core.textproc.cleanup_audit import unexplained_removals
from reader.core.textproc.language import detect_language

EXPLAINED = [
    ("so um I think", "so I think"),
    ("I think, uh, that works", "I think, that works"),
    ("呃,这个嗯,问题", "这个问题"),
    ("You know, it works", "it works"),
    ("我我我们走吧", "我们走吧"),
    ("大家大家好", "大家好"),
    ("是啊,是啊,走吧", "是啊,走吧"),
    ("对啊对啊对啊,", "对啊,"),
    ("if you, if you look", "if you look"),
    ("WhenWhen when it runs", "When it runs"),
    ("the the plan the plan is ready", "the plan is ready"),
    ("and what I like um about sorry uh what I like about it", "and what I like about sorry what I like about it"),
    ("the answer is is is simple", "the answer is simple"),
    ("谢谢谢谢大家", "谢谢大家"),
    ("Okay。Okay。", "Okay。"),
    ("😊 [Music] Welcome", "Welcome"),
    ("[掌声] 谢谢", "谢谢"),
    ("好,,我们", "好,我们"),
    ("what?。", "what?"),
    ("我们找了三家三家公司", "我们找了三家公司"),
    ("一个s嗯o词", "一个so词"),
    ("", ""),
]

UNEXPLAINED = [
    ("december of twenty twenty five", "december of twenty five", ["twenty"]),
    ("the vector is one one zero", "the vector is one zero", ["one"]),
    ("二零二零年", "二零年", ["二零"]),
    ("一一对应", "一对应", ["一"]),
    ("Andrej Karpathy", "rej Karpathy", ["Andrej → rej"]),
    ("I think that that is", "I think that is", ["that"]),
    ("they had had enough", "they had enough", ["had"]),
    ("你看看这个", "你看这个", ["看"]),
    ("我们研究研究", "我们研究", ["研究"]),
    ("你说说看", "你说看", ["说"]),
    ("我们一步一步走", "我们一步走", ["一步"]),
    ("现在在做什么", "现在做什么", ["在"]),
    ("自我我们", "自我们", ["我"]),
    ("uh-huh, right", "-huh, right", ["uh"]),
    ("a gap of 10 um", "a gap of 10", ["um"]),
    ("金额很大", "金很大", ["额"]),
    ("Node.js works", "Nodejs works", ["Node.js → Nodejs"]),
    ("Dr. Zhang", "Dr Zhang", ["."]),
    ("we met the team", "we met team", ["the"]),
    ("我们今天开会", "我们开会", ["今天"]),
    ("keep this", "keep this and more", ["+ and more"]),
]


@pytest.mark.parametrize(("verbatim", "clean"), EXPLAINED)
def test_noise_removals_are_explained(verbatim: str, clean: str) -> None:
    assert unexplained_removals(verbatim, clean, detect_language(verbatim)) == []


@pytest.mark.parametrize(("verbatim", "clean", "pieces"), UNEXPLAINED)
def test_content_removals_are_reported(verbatim: str, clean: str, pieces: list[str]) -> None:
    assert unexplained_removals(verbatim, clean, detect_language(verbatim)) == pieces


def test_pieces_come_in_reading_order() -> None:
    assert unexplained_removals("one red fish and two blue fish", "one fish and two fish", "en") == ["red", "blue"]


REAL_SPEECH = [
    "呃,我我我们今天讲一下大家大家关心的问题,嗯嗯,就是那个模型。",
    "So um we we started in twenty twenty one, uh, and and the the model got better.",
    "I think that that is what it is is, you know, the point, the point.",
    "你看看,我们研究研究,一步一步来,谢谢谢谢大家。",
    "Andrej Karpathy and Jennifer said uh-huh to the umbrella error. 😊😊",
    "二零二零年他们一一对应地检查了三家三家公司,给他给他打了电话。",
    "这个这个这个问题啊,很很重要,,对吧?。",
]


@pytest.mark.parametrize("verbatim", REAL_SPEECH)
def test_the_clean_up_removes_nothing_unexplained(verbatim: str) -> None:
    clean = clean_text(verbatim, detect_language(verbatim))
    assert clean != verbatim, "each line holds noise the clean-up must take out"
    assert unexplained_removals(verbatim, clean, detect_language(verbatim)) == []
