"""Talk detection's compact records give exactly the answers of the plain ones.

Talk detection keeps a record per sentence of the whole file. Those records are kept small —
running sums in arrays, speakers as numbers in windows that slide, content words read as the
cohesion windows pass, cue records shared — and each test here checks one of them against
the straightforward computation it replaces, on random input.
"""

from __future__ import annotations

import bisect
import math
import tracemalloc
from collections import Counter
from collections.abc import Iterator, Sequence

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.textproc import talks
from reader.core.textproc.cohesion import cohesion_dips, gap_similarities
from reader.core.textproc.speaker_mix import AFTER_CHARS, BEFORE_CHARS, SpeakerMix
from reader.core.textproc.talk_cues import Cues
from reader.core.textproc.units import Unit

# --- speakers ---------------------------------------------------------------------------


class _Recounted:
    """:meth:`SpeakerMix.new_voice` counted from scratch at each gap: the windows' characters
    per speaker, and the turns of 60 characters or more that start in the window after."""

    def __init__(self, units: Sequence[Unit], offsets: Sequence[int]) -> None:
        self.units, self.offsets = units, offsets
        weights: Counter[str] = Counter()
        for index, unit in enumerate(units):
            if unit.speaker:
                weights[unit.speaker] += offsets[index + 1] - offsets[index]
        self.labelled = len(weights) >= 2 and sum(weights.values()) >= 0.5 * offsets[-1]
        starts = [i for i in range(1, len(units)) if units[i].speaker and units[i].speaker != units[i - 1].speaker]
        ends = [*starts[1:], len(units)] if starts else []
        self.turns = [s for s, e in zip(starts, ends, strict=True) if offsets[e] - offsets[s] >= 60]

    def _chars(self, lo: int, hi: int) -> Counter[str]:
        chars: Counter[str] = Counter()
        for index in range(lo, hi):
            speaker = self.units[index].speaker
            if speaker:
                chars[speaker] += self.offsets[index + 1] - self.offsets[index]
        return chars

    def new_voice(self, b: int) -> float:
        offsets = self.offsets
        if not self.labelled or b <= 0:
            return 0.0
        first = max(0, bisect.bisect_left(offsets, offsets[b] - BEFORE_CHARS))
        end = min(len(offsets) - 1, bisect.bisect_left(offsets, offsets[b] + AFTER_CHARS))
        before, after = self._chars(first, b), self._chars(b, end)
        before_total, after_total = sum(before.values()), sum(after.values())
        if not before_total or not after_total:
            return 0.0
        new = sum(chars for speaker, chars in after.items() if before[speaker] < 0.05 * before_total)
        turns = sum(1 for start in self.turns if b <= start < end)
        monologue = 1.0 - min(1.0, max(0, turns - 5) / (12 - 5))
        return new / after_total * monologue


_SPEAKERS = st.sampled_from([None, None, "", "Host", "Ada", "Bo", "Chen Wei", "主持人"])


@st.composite
def _labelled_units(draw: st.DrawFn) -> tuple[list[Unit], list[int]]:
    """Units whose speaker changes now and then, each of a random size (a few words to a paragraph)."""
    count = draw(st.integers(min_value=0, max_value=120))
    sizes = draw(st.lists(st.integers(min_value=1, max_value=900), min_size=count, max_size=count))
    changes = draw(st.lists(_SPEAKERS, min_size=count, max_size=count))
    keep = draw(st.lists(st.booleans(), min_size=count, max_size=count))
    units: list[Unit] = []
    speaker: str | None = None
    for index, (size, change, stays) in enumerate(zip(sizes, changes, keep, strict=True)):
        speaker = speaker if stays else change
        units.append(Unit(text="x" * size, lang="en", line=index + 1, line_end=index + 1, block=index, speaker=speaker))
    offsets = [0]
    for size in sizes:
        offsets.append(offsets[-1] + size)
    return units, offsets


@settings(max_examples=200, deadline=None)
@given(_labelled_units(), st.randoms(use_true_random=False))
def test_sliding_speaker_windows_match_recounting(stream: tuple[list[Unit], list[int]], rng: object) -> None:
    units, offsets = stream
    mix, recounted = SpeakerMix(units, offsets), _Recounted(units, offsets)
    in_order = list(range(len(units)))
    shuffled = in_order[:]
    rng.shuffle(shuffled)  # type: ignore[attr-defined]
    for b in [*in_order, *shuffled]:  # gap after gap, then in any order (the windows start over)
        assert mix.new_voice(b) == recounted.new_voice(b)


def test_speaker_windows_take_no_memory_per_speaker_and_unit() -> None:
    """Sixty voices over thirty thousand sentences: running sums per speaker would take 14 MB."""
    units = [
        Unit(text="word " * 20, lang="en", line=i + 1, line_end=i + 1, block=i, speaker=f"Speaker {i // 40 % 60}")
        for i in range(30_000)
    ]
    offsets = talks._offsets(units)
    tracemalloc.start()
    try:
        mix = SpeakerMix(units, offsets)
        assert mix.labelled and len(mix.speakers) == 60
        size, _peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert size < 200_000  # three bytes a sentence and the speakers' names


# --- cohesion ---------------------------------------------------------------------------


def _recounted_similarities(words: list[list[str]], window: int) -> list[float]:
    """Each gap's cosine similarity counted from scratch over the two windows."""
    sims = [1.0] if words else []
    for b in range(1, len(words)):
        lo, count = b - 1, len(words[b - 1])
        while lo > 0 and count < window:
            lo -= 1
            count += len(words[lo])
        hi, count = b, 0
        while hi < len(words) and count < window:
            count += len(words[hi])
            hi += 1
        left = Counter(word for unit in words[lo:b] for word in unit)
        right = Counter(word for unit in words[b:hi] for word in unit)
        dot = sum(left[word] * right[word] for word in left)
        norms = math.sqrt(sum(v * v for v in left.values()) * sum(v * v for v in right.values()))
        sims.append(dot / norms if dot > 0 and norms else 0.0)
    return sims


_WORD_STREAMS = st.lists(st.lists(st.sampled_from(["chip", "cache", "robot", "碳排放", "模型", "grasp"]), max_size=6))


@settings(max_examples=300, deadline=None)
@given(_WORD_STREAMS, st.integers(min_value=1, max_value=12))
def test_streamed_similarities_match_recounting(words: list[list[str]], window: int) -> None:
    got = gap_similarities(iter(words), window)  # read once, front to back
    want = _recounted_similarities(words, window)
    assert len(got) == len(want)
    for mine, theirs in zip(got, want, strict=True):
        assert math.isclose(mine, theirs, abs_tol=1e-12)


@settings(max_examples=100, deadline=None)
@given(_WORD_STREAMS, st.integers(min_value=1, max_value=12))
def test_a_stream_and_a_list_give_the_same_dips(words: list[list[str]], window: int) -> None:
    assert cohesion_dips((tuple(unit) for unit in words), window) == cohesion_dips(words, window)


class _Words(list[str]):
    """A unit's words that count how many units' words exist at once."""

    alive = 0
    most = 0

    def __init__(self, words: list[str]) -> None:
        super().__init__(words)
        _Words.alive += 1
        _Words.most = max(_Words.most, _Words.alive)

    def __del__(self) -> None:
        _Words.alive -= 1


def test_only_the_units_in_the_windows_are_held() -> None:
    _Words.alive = _Words.most = 0

    def stream() -> Iterator[_Words]:
        for index in range(5_000):
            yield _Words([f"w{index % 7}", f"w{index % 11}"] if index % 3 else [])

    sims = gap_similarities(stream(), 10)
    assert len(sims) == 5_000
    assert _Words.most < 40  # ten words a side, some units without words: never the 5,000


# --- offsets, languages, cues -------------------------------------------------------------


@st.composite
def _mixed_units(draw: st.DrawFn) -> list[Unit]:
    texts = draw(
        st.lists(
            st.sampled_from(
                ["Memory walls in chips.", "我们的模型更小。", "OK", "嗯", "Robots grasp 物体 now.", "1 2 3"]
            ),
            max_size=80,
        )
    )
    langs = draw(st.lists(st.sampled_from(["en", "zh", "und", "ja"]), min_size=len(texts), max_size=len(texts)))
    return [
        Unit(text=text, lang=lang, line=index + 1, line_end=index + 1, block=index)
        for index, (text, lang) in enumerate(zip(texts, langs, strict=True))
    ]


def _shift_recounted(units: list[Unit], b: int, window: int) -> float:
    """:meth:`_LanguageMix.shift` with the windows' characters per language added up directly."""
    offsets = [0]
    for unit in units:
        offsets.append(offsets[-1] + talks._size(unit))
    first = max(0, bisect.bisect_right(offsets, offsets[b] - window) - 1)
    end = min(len(offsets) - 1, bisect.bisect_left(offsets, offsets[b] + window))
    langs = sorted({unit.lang for unit in units if unit.lang != "und"})

    def mix(lo: int, hi: int) -> dict[str, float]:
        weights = {lang: sum(talks._size(u) for u in units[lo:hi] if u.lang == lang) for lang in langs}
        total = sum(weights.values())
        return {lang: w / total for lang, w in weights.items()} if total else {}

    left, right = mix(first, b), mix(b, end)
    if not left or not right:
        return 0.0
    return 0.5 * sum(abs(left[lang] - right[lang]) for lang in langs)


@settings(max_examples=200, deadline=None)
@given(_mixed_units(), st.sampled_from([5, 40, 300]))
def test_language_mix_from_arrays_matches_recounting(units: list[Unit], window: int) -> None:
    offsets = talks._offsets(units)
    assert list(offsets) == [0, *[sum(talks._size(u) for u in units[: i + 1]) for i in range(len(units))]]
    mix = talks._LanguageMix(units, offsets)
    for b in range(1, len(units)):
        assert mix.shift(b, window) == _shift_recounted(units, b, window)


def test_equal_cue_records_are_shared() -> None:
    records = [Cues(), Cues(intro=2.0), Cues(), Cues(intro=2.0, question=True), Cues(intro=2.0)]
    interned = list(talks._interned(records))
    assert interned == records
    assert interned[0] is interned[2] and interned[1] is interned[4]
    assert interned[1] is not interned[3]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(min_value=-2, max_value=6), max_size=30), st.booleans())
def test_blocks_are_counted_as_a_set_would(blocks: list[int], in_order: bool) -> None:
    if in_order:
        blocks.sort()
    units = [Unit(text="Yes.", lang="en", line=1, line_end=1, block=block) for block in blocks]
    assert talks._block_count(units) == len(set(blocks))
