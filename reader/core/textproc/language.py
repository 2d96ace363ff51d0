"""Language of a segment, and the foreign-language runs embedded in it.

Talk transcripts here are Chinese, English, or both at once ("我们用 transformer 做 diffusion
的 decoder"). Scripts settle almost every case cheaply: Han characters against Latin words,
with function words deciding the close calls, because the language that supplies the grammar
(的/是/了 or the/of/is) is the language of the sentence, while the other one only lends terms.
A statistical detector (py3langid, a maintained fork of langid.py) is consulted only where the
script cannot decide — Latin text that does not look English, Cyrillic, Arabic — and is loaded
lazily, so zh/en transcripts never pay its start-up cost.
"""

from __future__ import annotations

import re
import threading
from typing import Any

HAN_CLASS = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_HAN = re.compile(f"[{HAN_CLASS}]")
_KANA = re.compile(r"[\u3040-\u30ff\u31f0-\u31ff]")
_HANGUL = re.compile(r"[\uac00-\ud7af\u1100-\u11ff\u3130-\u318f]")
_LATIN_WORD = re.compile(r"[A-Za-z\u00c0-\u024f]+(?:'[A-Za-z]+)?")
_NON_ASCII_LATIN = re.compile(r"[\u00c0-\u024f]")

# Scripts that name their language outright (or the detector's candidates for that script).
_SCRIPT_LANGS: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...] = (
    (re.compile(r"[\u0400-\u04ff]"), ("ru", "uk", "bg", "sr", "kk", "be", "mk")),
    (re.compile(r"[\u0600-\u06ff]"), ("ar", "fa", "ur")),
    (re.compile(r"[\u0900-\u097f]"), ("hi",)),
    (re.compile(r"[\u0e00-\u0e7f]"), ("th",)),
    (re.compile(r"[\u0370-\u03ff]"), ("el",)),
    (re.compile(r"[\u0590-\u05ff]"), ("he",)),
)
# Latin-script languages the detector may answer; a short list avoids exotic guesses on ASR noise.
_LATIN_LANGS = (
    "en",
    "fr",
    "de",
    "es",
    "it",
    "pt",
    "nl",
    "sv",
    "da",
    "nb",
    "pl",
    "cs",
    "tr",
    "id",
    "vi",
    "ro",
    "hu",
    "fi",
)

_ZH_FUNCTION = re.compile(r"的|了|是|在|我们|你们|他们|这个|那个|就|也|都|和|要|会|有|不|吗|呢|吧|把|被|很|说")
_EN_FUNCTION = frozenset(
    "the a an of to is are was were be been and or but in on at for with that this these those it "
    "we you they i he she not do does did have has had will would can could so if then there what "
    "which who how my our your their its as by from about".split()
)

# Function words of the other Latin-script languages the detector knows (none of them English).
_OTHER_FUNCTION = (
    frozenset(
        "le la les des du et est une un pour dans sur avec qui que pas nous vous sont der die das und ist "
        "nicht mit ein eine den dem sich auch von zu el los las del que y en por con para una es se lo al "
        "il di che della non per sono gli het een van en zijn niet ook och att det som inte och är não "
        "uma com para os ao pela nie jest się że na ve bir ile bu için da ne yang dan di untuk dengan "
        "ini itu".split()
    )
    - _EN_FUNCTION
)
# A Chinese character carries about two thirds of an English word.
_HAN_PER_WORD = 1.5
_MIN_DETECTOR_LETTERS = 20
_DETECTOR_CONFIDENCE = 0.9

#: The language of text with no words to judge by (numbers, punctuation, noise): never translated.
UNDETERMINED = "und"


def han_count(text: str) -> int:
    return len(_HAN.findall(text))


def latin_words(text: str) -> list[str]:
    return _LATIN_WORD.findall(text)


def detect_language(text: str) -> str:
    """``zh``, ``en``, another ISO 639-1 code, or ``und`` when the text has no words."""
    han = han_count(text)
    kana = len(_KANA.findall(text))
    hangul = len(_HANGUL.findall(text))
    if kana >= 2 and kana * 4 >= han:
        return "ja"
    if hangul and hangul >= han:
        return "ko"
    words = latin_words(text)
    zh_weight = han / _HAN_PER_WORD
    en_weight = float(len(words))
    for pattern, langs in _SCRIPT_LANGS:
        count = len(pattern.findall(text))
        if count and count >= han and count >= sum(map(len, words)):
            return _detect_among(text, langs, fallback=langs[0]) if len(langs) > 1 else langs[0]
    if zh_weight == 0 and en_weight == 0:
        return "und"
    if zh_weight >= 2 * en_weight:
        return "zh"
    if en_weight >= 2 * zh_weight:
        return _latin_language(text, words) if zh_weight == 0 else "en"
    # Close call: the language of the grammar words wins.
    zh_function = len(_ZH_FUNCTION.findall(text))
    en_function = sum(1 for word in words if word.lower() in _EN_FUNCTION)
    if zh_function != en_function:
        return "zh" if zh_function > en_function else "en"
    return "zh" if zh_weight >= en_weight else "en"


def _latin_language(text: str, words: list[str]) -> str:
    """English unless the text is long enough and looks like another language (its accents or
    its function words) for the detector to say otherwise. ASR English is full of fragments
    with few function words; they must not wake the detector, let alone be called Afrikaans."""
    letters = sum(map(len, words))
    if letters < _MIN_DETECTOR_LETTERS:
        return "en"
    lowered = [word.lower() for word in words]
    english = sum(1 for word in lowered if word in _EN_FUNCTION)
    foreign = sum(1 for word in lowered if word in _OTHER_FUNCTION)
    if foreign * 3 < len(words) and foreign <= english and not _NON_ASCII_LATIN.search(text):
        return "en"
    return _detect_among(text, _LATIN_LANGS, fallback="en")


_detector_lock = threading.Lock()
_detector: Any = None


def _detect_among(text: str, langs: tuple[str, ...], *, fallback: str) -> str:
    """The detector's answer among *langs*, or *fallback* when it is not confident."""
    global _detector
    with _detector_lock:
        if _detector is None:
            from py3langid.langid import MODEL_FILE, LanguageIdentifier  # type: ignore[import-untyped]

            _detector = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
        ranked = _detector.rank(text)
    allowed = [(lang, score) for lang, score in ranked if lang in langs]
    total = sum(score for _, score in allowed)
    if not allowed or total <= 0:
        return fallback
    lang, score = allowed[0]
    return lang if score / total >= _DETECTOR_CONFIDENCE else fallback


# Runs of one script inside text of another: Latin terms may hold digits, spaces, dots and
# hyphens ("GPT-4", "large language model", "U.S."); Han runs may hold digits.
_LATIN_TERM = r"[A-Za-z\u00c0-\u024f][A-Za-z\u00c0-\u024f0-9'’.\-+_/&]*"
_LATIN_RUN = re.compile(_LATIN_TERM + r"(?:[ \t]+[A-Za-z0-9\u00c0-\u024f][A-Za-z\u00c0-\u024f0-9'’.\-+_/&]*)*")
_HAN_RUN = re.compile(f"[{HAN_CLASS}](?:[{HAN_CLASS}0-9〇·]*[{HAN_CLASS}])?")


def mixed_runs(text: str, lang: str) -> list[tuple[int, int, str]]:
    """Spans ``(start, end, lang)`` of runs in another language than *lang*.

    For Chinese (or Japanese, Korean) text these are the Latin-script terms; for English and
    other Latin-script text, the Han runs. Translation leaves them as they are. Trailing dots
    of a run are not part of it (they end the sentence), unless the run is an initialism.
    """
    if lang == "und":
        return []
    runs: list[tuple[int, int, str]] = []
    if lang not in ("zh", "ja"):
        runs.extend((match.start(), match.end(), "zh") for match in _HAN_RUN.finditer(text))
    if lang != "en" and lang not in _LATIN_LANGS:
        for match in _LATIN_RUN.finditer(text):
            start, end = match.span()
            while end > start and text[end - 1] in ".-/&+_'’" and not _is_initialism(text[start:end]):
                end -= 1
            if end > start:
                runs.append((start, end, "en"))
    return sorted(runs)


def _is_initialism(run: str) -> bool:
    return bool(re.fullmatch(r"(?:[A-Za-z]\.){2,}", run.split()[-1]))
