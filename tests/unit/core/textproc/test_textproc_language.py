"""Language per segment on code-switched lines, and the embedded runs translation keeps."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from reader.core.textproc.language import detect_language, mixed_runs


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("我们用 transformer 做 diffusion 的 decoder", "zh"),
        ("So Dr. Zhang, 你好", "en"),
        ("第一个元素十四,2000年被Broadcom收购,第二个ICE A是英伟达在2011年收购的", "zh"),
        ("These model where it just started to be eerily human like in some ways。", "en"),
        ("呃,下面我们有请苏usan。Hi hi everyone。", "zh"),
        ("Okay。", "en"),
        ("OPT 175B 的训练", "zh"),
        ("GPT-4 is better than GPT-3 的 model", "en"),
        ("😊", "und"),
        ("2023 — 42", "und"),
        ("", "und"),
        ("Bonjour à tous, je suis très heureux de vous présenter nos travaux aujourd'hui", "fr"),
        ("Das ist ein sehr gutes Modell für die Verarbeitung natürlicher Sprache", "de"),
        ("Привет всем, сегодня я расскажу о больших языковых моделях", "ru"),
        ("今日は大規模言語モデルについてお話しします", "ja"),
        ("안녕하세요 여러분, 오늘은 언어 모델에 대해 이야기하겠습니다", "ko"),
    ],
)
def test_detect_language(text: str, lang: str) -> None:
    assert detect_language(text) == lang


def test_short_or_noisy_latin_text_defaults_to_english() -> None:
    # Too short for a statistical guess: ASR English fragments must not become Xhosa or Afrikaans.
    for text in ("Okay", "Hong Jg okay", "So Dr Jianang", "ICE A", "G这 care"):
        assert detect_language(text) == "en", text


def _runs(text: str, lang: str) -> list[tuple[str, str]]:
    return [(text[start:end], run_lang) for start, end, run_lang in mixed_runs(text, lang)]


def test_mixed_runs_in_chinese_are_the_latin_terms() -> None:
    text = "我们用 transformer 做 diffusion 的 decoder"
    assert _runs(text, "zh") == [("transformer", "en"), ("diffusion", "en"), ("decoder", "en")]


def test_mixed_runs_keep_multiword_terms_and_initialisms_whole() -> None:
    assert _runs("GPT-4 在 U.S. 很火", "zh") == [("GPT-4", "en"), ("U.S.", "en")]
    assert _runs("我们提出了 large language model 的新方法。", "zh") == [("large language model", "en")]
    assert _runs("这是 Broadcom.", "zh") == [("Broadcom", "en")]


def test_mixed_runs_in_english_are_the_han_runs() -> None:
    assert _runs("So Dr. Zhang, 你好", "en") == [("你好", "zh")]
    assert _runs("We call it 扩散模型 or diffusion", "en") == [("扩散模型", "zh")]


def test_mixed_runs_none_for_single_language_or_unknown() -> None:
    assert mixed_runs("我们今天讲扩散模型", "zh") == []
    assert mixed_runs("plain English text", "en") == []
    assert mixed_runs("😊 ...", "und") == []


def test_mixed_runs_span_offsets_index_the_text() -> None:
    text = "呃,下面我们有请苏usan。Hi hi everyone。"
    for start, end, _lang in mixed_runs(text, "zh"):
        assert text[start:end].strip() == text[start:end]
        assert text[start:end].isascii()


def test_zh_en_transcripts_never_load_the_statistical_detector(sample_notes: Path) -> None:
    # The detector costs about a second to load; Chinese/English notes are settled by script.
    script = (
        "import sys\n"
        "from reader.core.textproc import language\n"
        "for line in open(sys.argv[1], encoding='utf-8'):\n"
        "    language.detect_language(line)\n"
        "print(language._detector is None)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script, str(sample_notes)], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "True"
