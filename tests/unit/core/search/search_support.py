"""Helpers for the search tests: the sample, extra texts, and inserting talks with plain SQL."""

from __future__ import annotations

import shutil
from pathlib import Path

from sqlalchemy import text

from reader.core.db import Library

SAMPLE = Path(__file__).parents[3] / "data" / "baai-2023-notes-6-part1.txt"

#: Texts for words the sample lacks, and traps for the segmenter. Each line is a segment.
EXTRA_TALK = [
    ("zh", "今天我们讨论扩散模型和语音合成。"),
    ("zh", "扩散模型的采样速度越来越快了。"),
    ("zh", "这个语音合成器的声音很自然。"),
    ("zh", "大模型的对齐问题非常重要，对齐需要人类反馈。"),
    ("zh", "我们先讲扩散，模型的部分以后再说。"),
    ("zh", "芯片带宽决定了推理速度。"),
    ("en", "Transformers replaced recurrent networks, and every transformer layer has attention."),
    ("en", "Score-based diffusion models learn the score of the data distribution."),
    ("en", "Alignment of large models with human values is hard; misalignment is a risk."),
    ("en", "The café served crème brûlée to the GPUs."),
    ("en", "We trained OPT on 992 GPUs, developingOPT took months."),
]


def add_talk(library: Library, title: str, segments: list[tuple[str, str]]) -> tuple[int, list[int]]:
    """Insert a talk with plain SQL (the triggers index it like any import); returns the ids."""
    with library.session() as session:
        talk_id = session.execute(
            text(
                "INSERT INTO talks (title, position, created_at, updated_at)"
                " VALUES (:title, 0, '2024-01-01', '2024-01-01') RETURNING id"
            ),
            {"title": title},
        ).scalar_one()
        ids = []
        for ordinal, (lang, body) in enumerate(segments):
            ids.append(
                session.execute(
                    text(
                        "INSERT INTO segments (talk_id, ordinal, paragraph, lang, text)"
                        " VALUES (:talk, :ordinal, 0, :lang, :text) RETURNING id"
                    ),
                    {"talk": talk_id, "ordinal": ordinal, "lang": lang, "text": body},
                ).scalar_one()
            )
    return talk_id, ids


def copy_library(template: Path, folder: Path) -> Path:
    target = folder / "library.sqlite3"
    shutil.copy(template, target)
    return target
