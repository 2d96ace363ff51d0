"""A real talk for the notes and export tests: Chinese, English and mixed passages, notes,
an edited translation and untranslated rows, imported through the real pipeline.

Imported by the test modules of this folder (pytest puts the folder on ``sys.path``).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from reader.core import library as lib
from reader.core import notes
from reader.core.db import Library
from reader.core.hashing import text_hash
from reader.core.models import Segment, Talk, Translation
from reader.core.translate.store import set_user_translation

TEST_MODEL = "test-model 1.0"

TALK_MARKDOWN = """# Memory walls and AI chips

呃，我们今天讨论内存墙。这是芯片设计里最重要的问题。

Second paragraph in English. It explains why SRAM is fast and DRAM is dense.

我们用 GPU 和 HBM 训练大模型，带宽非常关键。The model weights stream from memory.

User text can contain <script>alert("owned")</script> and a | pipe and *stars* too.

最后一段还没有翻译。也许明天再翻译。
"""

EDITED_TEXT = "SRAM is fast, DRAM is dense: a hand-corrected line."
NOTE_TEXT = "Why memory **bandwidth** matters\n\n- first point\n- second <b>point</b>"
HOSTILE_NOTE = '<img src=x onerror="alert(1)"> [click](javascript:alert(2))'


@dataclass(frozen=True)
class SampleTalk:
    talk_id: int
    segment_ids: list[int]
    texts: dict[int, str]
    translations: dict[int, str]
    edited_id: int
    untranslated_ids: list[int]
    note_ids: list[int]


def import_single_talk(library: Library, path: Path) -> int:
    """Import *path* and merge whatever talks the detector found into one."""
    result = lib.import_file(library, path)
    assert result.status == "imported", result.message
    ids = [talk.id for talk in result.talks]
    with library.session() as session:
        for other in ids[1:]:
            lib.merge_talks(session, ids[0], other)
    return ids[0]


def translate(segment: Segment) -> str:
    """A stand-in machine translation that names its source, so tests can find it."""
    if segment.lang == "zh":
        return f"EN[{segment.ordinal}] translation of a Chinese sentence."
    return f"中文[{segment.ordinal}]：一句英文的翻译。"


def build_sample_talk(library: Library, tmp_path: Path) -> SampleTalk:
    source = tmp_path / "memory-walls.md"
    source.write_text(TALK_MARKDOWN, encoding="utf-8")
    talk_id = import_single_talk(library, source)
    with library.session() as session:
        segments = lib.talk_segments(session, talk_id)
        last_paragraph = segments[-1].paragraph
        untranslated = [s for s in segments if s.paragraph == last_paragraph]
        translations: dict[int, str] = {}
        for segment in segments:
            if segment in untranslated:
                continue
            text = translate(segment)
            session.add(
                Translation(
                    segment_id=segment.id,
                    text=text,
                    target_lang="en" if segment.lang == "zh" else "zh",
                    model=TEST_MODEL,
                    source_hash=text_hash(segment.text),
                )
            )
            translations[segment.id] = text
        session.flush()
        english = [s for s in segments if s.lang == "en" and s.paragraph == segments[0].paragraph + 1]
        edited = english[-1] if english else segments[1]
        set_user_translation(session, edited.id, EDITED_TEXT)
        translations[edited.id] = EDITED_TEXT
        first = notes.add_note(session, talk_id, segments[0].id, segments[1].id, text=NOTE_TEXT, color="green")
        hostile = notes.add_note(session, talk_id, untranslated[0].id, text=HOSTILE_NOTE, color="pink")
        bare = notes.add_note(session, talk_id, edited.id)
        return SampleTalk(
            talk_id=talk_id,
            segment_ids=[s.id for s in segments],
            texts={s.id: s.text for s in segments},
            translations=translations,
            edited_id=edited.id,
            untranslated_ids=[s.id for s in untranslated],
            note_ids=[first.id, hostile.id, bare.id],
        )


def talk_ids(library: Library) -> list[int]:
    with library.read_session() as session:
        return list(session.scalars(select(Talk.id).order_by(Talk.id)))
