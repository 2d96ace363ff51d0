"""Small transcripts in each supported format, shared by tests."""

SRT = """1
00:00:01,000 --> 00:00:03,500
Hello everyone, welcome to the talk.

2
00:00:03,600 --> 00:00:07,250
Today I'm going to talk about
diffusion models.

"""

BILINGUAL_SRT = """1
00:00:01,000 --> 00:00:03,500
Hello everyone, welcome to the talk.

1
00:00:01,000 --> 00:00:03,500
大家好，欢迎来到这个报告。

2
00:00:03,600 --> 00:00:07,250
Today I'm going to talk about diffusion models.

2
00:00:03,600 --> 00:00:07,250
今天我要讲的是扩散模型。
"""

VTT = """WEBVTT
Kind: captions
Language: en

NOTE this is a comment

intro
00:01.000 --> 00:04.000 align:start position:10%
<v Stefano>Okay, thanks for the introduction.</v>

00:00:04.500 --> 00:00:08.000
So today we talk about <c.yellow>score-based</c> models.
"""

MARKDOWN = """---
date: 2023-06-09
---
# BAAI 2023 notes

## Talk one: AI chips

First paragraph of the
first talk.

- a bullet point

## Talk two: Diffusion

Second talk text.
"""
