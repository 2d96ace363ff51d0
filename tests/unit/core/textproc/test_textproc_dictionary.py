"""The dictionary table answers exactly as jieba does, and its cache never breaks a start.

Clean-up asks the table (not jieba) whether a string is a dictionary word and what a word's
part of speech is; any difference would change what clean-up removes. So the table is
compared with jieba's own tables: the installed dictionary in full, and small dictionaries
with the shapes jieba's parser tolerates (repeated words, frequency 0, CRLF, no final newline).
"""

from __future__ import annotations

import os
import random
from pathlib import Path

import jieba
import jieba.posseg
import pytest

from reader.core.textproc import dictionary, words
from reader.core.textproc.dictionary import CACHE_NAME, WordTable, jieba_dict_file, load, read_cache, source_key


def _jieba_tables(dict_file: Path, tmp_path: Path) -> tuple[dict[str, int], dict[str, str]]:
    """jieba's FREQ and posseg's word → tag table for *dict_file*, built by jieba itself."""
    tokenizer = jieba.Tokenizer(str(dict_file))
    tokenizer.tmp_dir = str(tmp_path)  # jieba's own cache stays in the test's folder
    tokenizer.initialize()
    return tokenizer.FREQ, jieba.posseg.POSTokenizer(tokenizer).word_tag_tab


def _non_words(known: set[str]) -> list[str]:
    """Strings a dictionary lookup meets: random Han pairs and triples, doubled characters,
    Latin words, the empty string; all absent from *known*."""
    rng = random.Random(7)
    candidates = ["", " ", "abc", "Hello", "12", "嗯嗯嗯嗯", "我我", "的的", "\u3000"]
    candidates += ["".join(chr(rng.randint(0x4E00, 0x9FA5)) for _ in range(rng.choice((2, 3)))) for _ in range(3000)]
    return [c for c in candidates if c not in known]


def _assert_same(table: WordTable, freq: dict[str, int], tags: dict[str, str], extra: list[str]) -> None:
    differing = [
        w for w in [*freq, *tags, *extra] if table.is_word(w) != bool(freq.get(w, 0)) or table.tag(w) != tags.get(w, "")
    ]
    assert differing == []


def test_the_installed_dictionary_answers_as_jieba_for_every_word_and_prefix(tmp_path: Path) -> None:
    jieba.dt.initialize()
    freq: dict[str, int] = jieba.dt.FREQ
    tags: dict[str, str] = jieba.posseg.dt.word_tag_tab
    dict_file = jieba_dict_file()
    assert dict_file is not None and Path(jieba.__file__).parent / "dict.txt" == dict_file
    assert any(value == 0 for value in freq.values())  # prefix entries: not words
    extra = _non_words(set(freq))
    built = load(dict_file, tmp_path / CACHE_NAME)
    cached = load(dict_file, tmp_path / CACHE_NAME)
    assert built is not None and cached is not None
    _assert_same(built, freq, tags, extra)
    _assert_same(cached, freq, tags, extra)
    # The process-wide table behind clean-up (built in the sandboxed cache folder).
    sample = random.Random(3).sample(sorted(freq), 3000) + extra[:500]
    assert [words.is_dictionary_word(w) for w in sample] == [bool(freq.get(w, 0)) for w in sample]
    assert [words.part_of_speech(w) for w in sample] == [tags.get(w, "") for w in sample]


SHAPES = (
    "你好 10 l\n"
    "你好 0 v\n"  # repeated with frequency 0: no longer a word, its tag is the last line's
    "研究 5 vn\n"
    "研究 7 v\n"  # repeated: the last tag
    "大家 0 r\n"  # frequency 0 from the start
    "大家 3 n\n"  # ... then a word again
    "B超 3 n\r\n"  # CRLF
    "c# 3 nz \t\n"  # trailing ASCII white space
    "\u3000空格 4 x\n"  # leading Unicode white space is kept, as jieba keeps it
    "说说 +2 v\n"  # int() accepts a sign
    "最后 1 f"  # no final newline
)


def test_dictionary_shapes_jieba_tolerates_give_jieba_s_answers(tmp_path: Path) -> None:
    dict_file = tmp_path / "dict.txt"
    dict_file.write_bytes(SHAPES.encode("utf-8"))
    freq, tags = _jieba_tables(dict_file, tmp_path)
    table = load(dict_file, tmp_path / "cache" / CACHE_NAME)
    assert table is not None
    _assert_same(table, freq, tags, ["你", "研", "大家 ", "B超\r", "空格", "c#\t", "x"])
    assert not table.is_word("你好") and table.tag("你好") == "v"
    assert table.is_word("大家") and table.tag("研究") == "v"


# jieba leaves a dictionary it rejects open; the warning for that is jieba's, not ours.
@pytest.mark.filterwarnings("ignore::ResourceWarning", "ignore::pytest.PytestUnraisableExceptionWarning")
@pytest.mark.parametrize(
    "content",
    [b"ok 1 n\nbroken 1\n", b"ok 1 n\nbad x n\n", b"ok 1 n\n\nok 2 n\n", b"ok 1 n extra\n", b"\xff\xfe 1 n\n"],
    ids=["two fields", "frequency not a number", "empty line", "four fields", "not UTF-8"],
)
def test_a_dictionary_jieba_rejects_gives_no_table_so_jieba_is_asked(tmp_path: Path, content: bytes) -> None:
    dict_file = tmp_path / "dict.txt"
    dict_file.write_bytes(content)
    with pytest.raises(ValueError):
        _jieba_tables(dict_file, tmp_path)
    cache = tmp_path / "cache" / CACHE_NAME
    assert load(dict_file, cache) is None
    assert not cache.exists()


def _small_dictionary(tmp_path: Path) -> Path:
    dict_file = tmp_path / "dict.txt"
    dict_file.write_text("研究 5 vn\n大家 3 r\n", encoding="utf-8")
    return dict_file


def test_the_cache_is_read_back_and_rebuilt_when_the_dictionary_changes(tmp_path: Path) -> None:
    dict_file = _small_dictionary(tmp_path)
    cache = tmp_path / "cache" / CACHE_NAME
    assert read_cache(cache, source_key(dict_file)) is None
    assert load(dict_file, cache) is not None
    assert read_cache(cache, source_key(dict_file)) is not None
    assert [p.name for p in cache.parent.iterdir()] == [CACHE_NAME]  # no temporary file left
    dict_file.write_text("研究 5 vn\n大家 3 r\n模型 9 n\n", encoding="utf-8")
    os.utime(dict_file, ns=(1, 1))
    assert read_cache(cache, source_key(dict_file)) is None  # stale
    table = load(dict_file, cache)
    assert table is not None and table.is_word("模型")
    reread = read_cache(cache, source_key(dict_file))
    assert reread is not None and reread.tag("模型") == "n"


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: b"",
        lambda data: data[: len(data) // 2],  # torn
        lambda data: data[:-1] + bytes([data[-1] ^ 1]),  # one bit flipped
        lambda data: b"not a cache at all",
        lambda data: data[:12] + b"\x00" * (len(data) - 12),
    ],
    ids=["empty", "truncated", "bit flipped", "garbage", "zeroed payload"],
)
def test_a_corrupt_cache_is_rebuilt_not_an_error(tmp_path: Path, damage) -> None:
    dict_file = _small_dictionary(tmp_path)
    cache = tmp_path / "cache" / CACHE_NAME
    load(dict_file, cache)
    cache.write_bytes(damage(cache.read_bytes()))
    assert read_cache(cache, source_key(dict_file)) is None
    table = load(dict_file, cache)
    assert table is not None and table.is_word("研究") and table.tag("大家") == "r"
    assert read_cache(cache, source_key(dict_file)) is not None  # rewritten whole


def test_a_cache_folder_that_cannot_be_written_costs_only_the_rebuild(tmp_path: Path) -> None:
    dict_file = _small_dictionary(tmp_path)
    blocker = tmp_path / "cache"
    blocker.write_text("a file where the cache folder should be", encoding="utf-8")
    table = load(dict_file, blocker / CACHE_NAME)
    assert table is not None and table.is_word("大家") and not table.is_word("大")


def test_without_a_table_the_words_module_asks_jieba(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(dictionary, "_loaded", True)
    monkeypatch.setattr(dictionary, "_table", None)
    assert dictionary.table() is None
    jieba.dt.initialize()
    prefix = next(w for w, f in jieba.dt.FREQ.items() if f == 0 and len(w) > 1)
    assert words.is_dictionary_word("研究") and not words.is_dictionary_word(prefix)
    assert not words.is_dictionary_word("研研究")
    assert words.part_of_speech("研究") == jieba.posseg.dt.word_tag_tab["研究"]
    assert words.part_of_speech(prefix) == ""
