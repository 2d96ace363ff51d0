"""Hand-over cues: every pattern fires on its phrase (through the anchor gate), and the look-alikes
a speaker says inside a talk do not."""

from __future__ import annotations

import pytest

from reader.core.textproc import talk_cues
from reader.core.textproc.talk_cues import find_cues

EXAMPLES = {
    "INTRO_STRONG": [
        "下面我们有请张伟教授",
        "热烈欢迎李娜研究员",
        "他报告的题目是图学习",
        "下一位讲者是王强",
        "So, we're gonna welcome our very own Dana Lee",
        "Up next we have Sarah",
        "Coming to the stage is Dana",
        "好，那我们下一位",
        "那我们下一个Cindy。",
        "Next is a question central to risk management today.",
        "Yong Shen will now walk us through how the team uses agents.",
        "We will close our program tonight on one of the most important topics.",
        "好，我们压轴的 Sophia，准备好了吗？",
        "Let's welcome Bob",
        "please join me in welcoming Carol",
        "joining me in welcoming our guest",
        "Our next speaker is Bob",
        "the next talk is given by Carol",
        "next up we have Dan",
        "it is my pleasure to introduce professor Smith",
        "we are happy to have with us",
        "The title of his talk is",
        "her talk is titled",
        "so let's welcome him to give the talk",
        "the floor is yours",
        "please give a big round of applause to Maya",
        "our next guest needs no introduction",
        "put your hands together for our guest",
        "coming up, we have a game",
        "check out this video from Ann",
        "could I ask you to take a seat for a panel",
        "now taking the stage is Leo",
        "I'd like to invite Sam to tell us more",
        "let's hear a message from our sponsor",
        "那我们进行下一位",
        "我们邀请下一位刘老师",
        "我邀请你上来讲一讲",
        "掌声欢迎周董事长",
        "欢迎清华大学前校长上台",
    ],
    "TALK_LABEL": ["Talk 3: Diffusion models", "报告三：大模型的对齐"],
    "INTRO_MEDIUM": [
        "他毕业于清华大学",
        "介绍一下我们的李老师",
        "报告来自华为",
        "she is currently an associate professor",
        "Bob is an assistant professor",
        "she received her PhD from MIT",
        "his research focuses on robots",
        "he is the founder of a startup",
        "so without further ado",
        "Dana joins her on stage",
        "你可以打开你的屏幕分享",
        "下一个是小林",
        "welcome back to the studio",
        "she co-founded a lab",
        "we now move from chips to software",
        "we will now take a 30 minute break",
        "你准备好了吗",
    ],
    "SPEAKER_START": [
        "thanks for the kind introduction",
        "My name is Bob",
        "today I'm going to talk about robots",
        "in this talk",
        "it's a pleasure to be here",
        "谢谢主持人的介绍",
        "大家好,我是张伟",
        "我今天报告的题目是",
        "今天我想跟大家分享的是",
        "很荣幸能够来到这里",
    ],
    "SPEAKER_SETUP": [
        "thanks for having me",
        "Can you see my screen",
        "let me share my screen",
        "大家能看到我的屏幕吗",
    ],
    "GREETING": [
        "Good morning everyone",
        "hello everyone",
        "大家上午好",
        "各位贵宾，",
        "if you're just joining us",
        "开场：一个问题",
    ],
    "CLOSING": [
        "thank you so much for your wonderful talk",
        "thank you for giving us this great presentation",
        "let's thank her",
        "give him a big hand",
        "thank him again",
        "感谢张老师的精彩报告",
        "让我们再次用掌声感谢",
        "Thank you so much, Maya.",
        "give her another huge round of applause",
        "好，谢谢谢谢小林。",
        "也邀请董事长先请回座休息。",
    ],
    "CLOSING_WEAK": ["thank you again", "okay bye"],
    "ENDING": [
        "that's all for me",
        "thanks for watching",
        "I'll stop here",
        "in conclusion",
        "this is my last slide",
        "谢谢大家",
        "分享完毕",
    ],
    "QUESTIONS": ["any questions", "let's take some questions", "good question", "有没有问题"],
}


@pytest.mark.parametrize("family", sorted(EXAMPLES))
def test_every_pattern_fires_through_its_anchor_gate(family: str) -> None:
    patterns = getattr(talk_cues, family)
    covered: set[int] = set()
    for example in EXAMPLES[family]:
        hits = {index for index, pattern in enumerate(patterns) if pattern.search(example)}
        assert hits, example
        assert talk_cues._hits(patterns, example, example.lower()) == len(hits), f"gate blocks {example!r}"
        covered |= hits
    assert covered == set(range(len(patterns))), "an example per pattern"


@pytest.mark.parametrize(
    ("text", "field"),
    [
        ("下面我们有请张伟教授。", "intro"),
        ("Thanks for the introduction, today I'm going to talk about robots.", "start"),
        ("感谢张老师的精彩报告。", "closing"),
        ("再次掌声谢谢高教授，", "closing"),
        ("好，感谢王院长。", "closing"),
        ("I'm happy to take questions.", "ending"),
        ("大家有没有问题?", "question"),
        ("大家上午好。", "greeting"),
        ("各位贵宾，", "greeting"),
    ],
)
def test_find_cues_fields(text: str, field: str) -> None:
    assert getattr(find_cues(text), field)


@pytest.mark.parametrize(
    ("text", "field"),
    [
        ("jeffrey，你可以打开你的呃屏幕分享。", "intro"),
        ("Our, um, next speaker is Bob.", "intro"),
        ("thanks for the uh kind introduction", "start"),
    ],
)
def test_hesitations_inside_a_phrase_do_not_hide_the_cue(text: str, field: str) -> None:
    assert getattr(find_cues(text), field)


@pytest.mark.parametrize(
    "text",
    [
        "I'm happy to introduce our new method",
        "as the next speaker will probably tell you",
        "in the next talk you will hear more",
        "we welcome contributions from anyone",
        "you will hear from me in a week",
        "欢迎各位老师批评指正",
        "也欢迎感兴趣的老师同学加入我们",
        "我们做了一个问答系统",
        "有请张老师来回答一下这个问题",
        "我们董事会只有请一个外面的董事",
        "那天我们没有请他来",
        "当时他也邀请到了你，",
        "我特别感谢我的导师张教授对我的帮助",
        "下一个Transformer模型会更大",
        "这个压轴戏很好看",
        "the next step is to train the model",
        "at the end of the day we close the loop",
        "thank you for the question",
        "give a huge round of applause to Nikolai and his team for their commitment",
        "the model learns the score of the data",
        "扩散模型的训练非常稳定",
    ],
)
def test_lookalikes_inside_a_talk_are_not_introductions(text: str) -> None:
    cues = find_cues(text)
    assert cues.intro < 1.5 and not cues.closing and not cues.question, cues
