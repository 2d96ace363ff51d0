"""jieba's dictionary as clean-up asks it: is this a dictionary word, and which part of speech.

Clean-up runs on the GUI thread for the first screen of a talk, and its Chinese stutter rules
only ask whether a few strings are words and what a few words' tags are. jieba proper answers
that after about a second of loading, holding the GIL: its prefix dictionary, ``pkg_resources``
which it imports, and ``jieba.posseg``'s tables. This module reads the file jieba reads (its
``dict.txt``, one ``word frequency tag`` a line) into a word → tag table instead, caches it in
the user's cache folder, and loads the cache in about ten milliseconds. The cache holds one
string per first character (its words' lines) and a shard is parsed on its first lookup, so a
start parses only the few hundred shards its first screen touches. Building the cache (the
first start, or after jieba is upgraded) reads and checks all of ``dict.txt``: about 0.3 s.

The answers are jieba's, exactly (``tests/unit/core/textproc/test_textproc_dictionary.py``
compares them):

* a word is a dictionary word iff ``jieba.dt.FREQ`` gives it a non-zero frequency: the
  frequency on its last line (jieba's prefix entries have frequency 0);
* its tag is ``jieba.posseg.dt.word_tag_tab[word]``: the tag on its last line, ``""`` if none.

Lines are parsed as jieba parses them (bytes stripped of ASCII white space, split on single
spaces, ``int()`` of the frequency). A file jieba would reject, or that has a line only one of
jieba's two readers accepts, gives no table: :func:`table` returns ``None`` and the caller
asks jieba itself, so a difference never reaches the results. The cache is keyed by the
dictionary file's path, size and modification time and by :data:`FORMAT`; it is written
atomically, and a missing, stale, corrupt or unreadable cache is rebuilt (a cache folder that
cannot be written only costs the rebuild at the next start), never an error.
"""

from __future__ import annotations

import importlib.util
import logging
import marshal
import os
import tempfile
import threading
import zlib
from pathlib import Path

from reader.core.paths import cache_dir

log = logging.getLogger(__name__)

#: Raise when the cache's layout or meaning changes: older files are then rebuilt.
FORMAT = 2
CACHE_NAME = f"jieba-dictionary-v{FORMAT}.marshal"
_MAGIC = b"TRJIEBA\x00"
_HEADER = len(_MAGIC) + 4  # magic, then the payload's CRC-32 (a torn or rotten file is rebuilt)
#: What ``bytes.strip()`` removes: jieba strips each line as bytes before decoding it.
_ASCII_SPACE = " \t\n\r\x0b\x0c"

#: (path, size in bytes, modification time in ns) of the dictionary file a table was built from.
SourceKey = tuple[str, int, int]


class WordTable:
    """Word → tag lookups over shards keyed by a word's first character, parsed on first use.

    A shard holds its dictionary lines as jieba reads them, in file order, so a repeated word's
    last line wins as in jieba. Shards are parsed without a lock: two threads parsing the same
    shard build equal dicts, and storing either one is atomic.
    """

    def __init__(self, shards: dict[str, str]) -> None:
        self._raw = shards
        self._parsed: dict[str, dict[str, str]] = {}
        #: Tags of words whose last line has frequency 0: tagged, but not dictionary words.
        self._zero_tags: dict[str, str] = {}

    def _parse(self, head: str) -> dict[str, str]:
        words: dict[str, str] = {}
        zero: dict[str, str] = {}
        raw = self._raw.get(head)
        for line in raw.split("\n") if raw else ():
            word, frequency, tag = line.split(" ")
            if int(frequency):
                words[word] = tag
                zero.pop(word, None)
            else:
                zero[word] = tag
                words.pop(word, None)
        self._zero_tags.update(zero)  # final for this shard's words: no half-parsed state shows
        self._parsed[head] = words
        return words

    def is_word(self, word: str) -> bool:
        """Whether jieba's ``FREQ`` gives *word* a non-zero frequency."""
        # Clean-up asks this for every few characters of Chinese text: one call, no helper.
        shard = self._parsed.get(word[:1])
        if shard is None:
            shard = self._parse(word[:1])
        return word in shard

    def tag(self, word: str) -> str:
        """jieba's part-of-speech tag for *word*, ``""`` when it has none."""
        shard = self._parsed.get(word[:1])
        if shard is None:
            shard = self._parse(word[:1])
        return shard.get(word) or self._zero_tags.get(word, "")


def jieba_dict_file() -> Path | None:
    """The dictionary jieba's default tokenizer and tagger read (``dict.txt`` in its package),
    found without importing jieba (which imports ``pkg_resources``, ~0.15 s)."""
    try:
        spec = importlib.util.find_spec("jieba")
    except (ImportError, ValueError):
        return None
    for folder in (spec.submodule_search_locations or []) if spec is not None else []:
        candidate = Path(folder) / "dict.txt"
        if candidate.is_file():
            return candidate
    return None


def parse(data: bytes) -> dict[str, str]:
    """The shards of a dictionary file's bytes: first character → the lines of the words that
    start with it, stripped as jieba strips them, in file order.

    Raises ValueError (UnicodeDecodeError included) where jieba's tokenizer or tagger would
    reject the file: every line must be ``word frequency tag`` with an integer frequency.
    """
    lines = data.decode("utf-8").split("\n")
    if lines[-1] == "":
        lines.pop()  # a final newline ends the last line, as when jieba iterates the file
    grouped: dict[str, list[str]] = {}
    for number, line in enumerate(lines, 1):
        line = line.strip(_ASCII_SPACE)
        fields = line.split(" ")
        if len(fields) != 3:
            raise ValueError(f"line {number}: not 'word frequency tag': {line!r}")
        int(fields[1])
        entries = grouped.get(line[:1])
        if entries is None:
            grouped[line[:1]] = entries = []
        entries.append(line)
    return {head: "\n".join(entries) for head, entries in grouped.items()}


def source_key(dict_file: Path) -> SourceKey:
    stat = dict_file.stat()
    return (str(dict_file.resolve()), stat.st_size, stat.st_mtime_ns)


def read_cache(path: Path, key: SourceKey) -> WordTable | None:
    """The cached table if *path* holds a whole, current one; ``None`` otherwise."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    body = memoryview(data)[_HEADER:]
    if data[: len(_MAGIC)] != _MAGIC or len(data) < _HEADER:
        return None
    if zlib.crc32(body) != int.from_bytes(data[len(_MAGIC) : _HEADER], "big"):
        return None
    try:
        payload = marshal.loads(body)
    except (EOFError, ValueError, TypeError):
        return None
    if not (isinstance(payload, tuple) and len(payload) == 3 and payload[:2] == (FORMAT, key)):
        return None
    shards = payload[2]
    if not isinstance(shards, dict) or not all(type(h) is str and type(lines) is str for h, lines in shards.items()):
        return None
    return WordTable(shards)


def write_cache(path: Path, key: SourceKey, shards: dict[str, str]) -> None:
    """Write atomically: readers see the old file or the whole new one (a temporary file in
    the same folder, then a rename)."""
    body = marshal.dumps((FORMAT, key, shards))
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(_MAGIC + zlib.crc32(body).to_bytes(4, "big"))
            out.write(body)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def load(dict_file: Path, cache: Path) -> WordTable | None:
    """The table for *dict_file*, from *cache* if current, else built (and cached if possible).

    ``None`` when the dictionary cannot be read or parsed the way jieba would.
    """
    try:
        key = source_key(dict_file)
    except OSError:
        return None
    found = read_cache(cache, key)
    if found is not None:
        return found
    try:
        shards = parse(dict_file.read_bytes())
    except (OSError, ValueError) as exc:
        log.warning("jieba's dictionary %s is read by jieba itself: %s", dict_file, exc)
        return None
    try:
        write_cache(cache, key, shards)
    except OSError as exc:
        log.info("could not cache jieba's dictionary in %s: %s", cache, exc)
    return WordTable(shards)


_lock = threading.Lock()
_loaded = False
_table: WordTable | None = None


def table() -> WordTable | None:
    """The process-wide table for jieba's default dictionary, loaded once; ``None`` means ask
    jieba itself (its dictionary is missing or is one this module does not read like jieba)."""
    global _loaded, _table
    if not _loaded:
        with _lock:
            if not _loaded:
                dict_file = jieba_dict_file()
                _table = load(dict_file, cache_dir() / CACHE_NAME) if dict_file is not None else None
                _loaded = True
    return _table
