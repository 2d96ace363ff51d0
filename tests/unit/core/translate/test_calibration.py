"""Choosing CTranslate2's thread split: topology, choice from timings, the remembered choice."""

from __future__ import annotations

import itertools
import json
from pathlib import Path
from typing import Any

import pytest

from reader.core.translate import calibration
from reader.core.translate.calibration import CalibrationCache, Threading, calibrate, candidates, choose
from reader.core.translate.cpu import CpuTopology, parse_cpu_list, topology
from reader.core.translate.engine import SourceSegment, TranslationEngine
from tests.support.fixtures import TinyPackages

TWO = Threading(2, 1)
ONE_BY_TWO = Threading(1, 2)


# -- topology ---------------------------------------------------------------------------------


def _fake_sys(root: Path, siblings: dict[int, str]) -> Path:
    for cpu, text in siblings.items():
        folder = root / f"cpu{cpu}" / "topology"
        folder.mkdir(parents=True)
        (folder / "thread_siblings_list").write_text(text + "\n")
    return root


def _cpuinfo(path: Path, flags: str) -> Path:
    path.write_text(f"processor\t: 0\nmodel name\t: Test CPU 9000\nflags\t\t: fpu sse2 {flags}\n\n")
    return path


def test_cpu_lists_parse_like_the_kernel_writes_them() -> None:
    assert parse_cpu_list("0-2,5\n") == (0, 1, 2, 5)
    assert parse_cpu_list("3") == (3,)
    assert parse_cpu_list("x-1") == ()


def test_smt_siblings_are_one_physical_core(tmp_path: Path) -> None:
    sys_cpu = _fake_sys(tmp_path / "sys", {0: "0,2", 1: "1,3", 2: "0,2", 3: "1,3"})
    info = _cpuinfo(tmp_path / "cpuinfo", "avx2 fma avx512f avx512_vnni")
    topo = topology(sys_cpu, info, cpus=(0, 2))
    assert (topo.logical, topo.physical, topo.smt, topo.cores) == (2, 1, True, ((0, 2),))
    assert topo.model == "Test CPU 9000"
    assert topo.flags == ("avx2", "fma", "avx512f", "avx512_vnni")
    line = topo.describe()
    assert "2 logical CPUs in affinity on 1 physical cores" in line and "0+2" in line and "SMT yes" in line


def test_separate_cores_and_missing_sysfs(tmp_path: Path) -> None:
    sys_cpu = _fake_sys(tmp_path / "sys", {0: "0", 1: "1"})
    topo = topology(sys_cpu, _cpuinfo(tmp_path / "cpuinfo", "avx2"), cpus=(0, 1))
    assert (topo.physical, topo.smt, topo.flags) == (2, False, ("avx2",))
    bare = topology(tmp_path / "nothing", tmp_path / "no-cpuinfo", cpus=(0, 1))
    assert bare.physical == 2 and bare.flags == ()


def test_this_machine_has_a_topology() -> None:
    topo = topology()
    assert topo.logical >= 1 and 1 <= topo.physical <= topo.logical


# -- choice -----------------------------------------------------------------------------------


def test_threading_parses_only_sane_splits() -> None:
    assert Threading.parse("2x1") == TWO and str(TWO) == "2x1"
    assert Threading.parse(" 1X4 ") == Threading(1, 4)
    for junk in (None, "", "2", "0x1", "2x0", "ax1", "2x1x1", "-1x2"):
        assert Threading.parse(junk) is None
    assert calibration.from_env({calibration.THREADS_ENV: "1x2"}) == ONE_BY_TWO
    assert calibration.from_env({}) is None


def test_candidates_split_the_budget() -> None:
    assert candidates(1) == (Threading(1, 1),)
    assert candidates(2) == (TWO, ONE_BY_TWO)
    assert candidates(4) == (Threading(4, 1), Threading(2, 2), Threading(1, 4))
    assert candidates(3) == (Threading(3, 1), Threading(1, 3))


def test_choice_is_best_of_rounds_with_a_margin_for_the_default() -> None:
    # 1x2 is clearly faster in its best round: chosen.
    assert choose({TWO: [1.0, 1.1], ONE_BY_TWO: [1.3, 0.7]}, TWO) == ONE_BY_TWO
    # Only 5% faster: noise on a shared machine, the default stays.
    assert choose({TWO: [1.0], ONE_BY_TWO: [0.95]}, TWO) == TWO
    # The default is the fastest: kept.
    assert choose({TWO: [0.5], ONE_BY_TWO: [1.0]}, TWO) == TWO
    # Unusable timings are ignored; none usable gives the default.
    assert choose({TWO: [float("nan"), 0.0], ONE_BY_TWO: [1.0]}, TWO) == ONE_BY_TWO
    assert choose({TWO: [], ONE_BY_TWO: [-1.0]}, TWO) == TWO


def test_calibrate_alternates_keeps_one_translator_and_returns_the_winner() -> None:
    made: list[Threading] = []
    alive: list[int] = []
    ticks = itertools.count()
    cost = {TWO: 10, ONE_BY_TWO: 4}

    class Fake:
        def __init__(self, split: Threading) -> None:
            self.split = split
            alive.append(1)

        def __del__(self) -> None:
            alive.pop()

    def make(split: Threading) -> Fake:
        assert len(alive) == 0, "two translators (two copies of the weights) at once"
        made.append(split)
        return Fake(split)

    clock_value = [0.0]

    def workload(translator: Fake) -> None:
        clock_value[0] += cost[translator.split]
        next(ticks)

    result = calibrate(make, workload, (TWO, ONE_BY_TWO), rounds=2, warmup=lambda t: None, clock=lambda: clock_value[0])
    assert made[:4] == [TWO, ONE_BY_TWO, ONE_BY_TWO, TWO]  # alternating order
    assert result.timings == {TWO: [10.0, 10.0], ONE_BY_TWO: [4.0, 4.0]}
    assert result.choice == ONE_BY_TWO and result.translator.split == ONE_BY_TWO
    del result
    # A single candidate is not timed at all.
    single = calibrate(make, workload, (Threading(1, 1),))
    assert single.timings == {Threading(1, 1): []} and single.choice == Threading(1, 1)


# -- cache ------------------------------------------------------------------------------------


def test_cache_round_trip_and_keys_kept_apart(tmp_path: Path) -> None:
    cache = CalibrationCache(tmp_path / "sub" / "threads.json")
    assert cache.get("a") is None
    cache.put("a", ONE_BY_TWO, {TWO: [1.0], ONE_BY_TWO: [0.5]})
    cache.put("b", TWO, {})
    assert cache.get("a") == ONE_BY_TWO and cache.get("b") == TWO and cache.get("c") is None
    stored = json.loads(cache.path.read_text())
    assert stored["entries"]["a"]["seconds"] == {"2x1": [1.0], "1x2": [0.5]}


@pytest.mark.parametrize(
    "content",
    [
        "not json",
        "[]",
        json.dumps({"version": 999, "entries": {"k": {"inter": 1, "intra": 2}}}),
        json.dumps({"version": 1, "entries": []}),
        json.dumps({"version": 1, "entries": {"k": {"inter": 0, "intra": 2}}}),
        json.dumps({"version": 1, "entries": {"k": {"inter": "1", "intra": 2}}}),
        json.dumps({"version": 1, "entries": {"k": {"inter": True, "intra": 2}}}),
        json.dumps({"version": 1, "entries": {"k": "1x2"}}),
    ],
)
def test_an_invalid_cache_is_ignored_and_replaced(tmp_path: Path, content: str) -> None:
    path = tmp_path / "threads.json"
    path.write_text(content)
    cache = CalibrationCache(path)
    assert cache.get("k") is None
    cache.put("k", TWO, {})
    assert cache.get("k") == TWO


def test_cache_key_names_what_the_choice_depends_on(tmp_path: Path) -> None:
    topo = CpuTopology("Test CPU", (0, 1), ((0, 1),), ("avx2",))
    (tmp_path / "model.bin").write_bytes(b"x" * 10)
    key = calibration.cache_key(topo, 2, "4.8.5", calibration.model_shape(tmp_path, "int8"))
    assert key == "Test CPU | 2 cpus on 1 cores | budget 2 | ctranslate2 4.8.5 | model.bin 10 bytes, int8"


# -- in the engine, on the real tiny models -----------------------------------------------------


class Recorder:
    def __init__(self) -> None:
        self.options: list[dict[str, Any]] = []

    def __call__(self, path: str, **options: Any) -> Any:
        import ctranslate2

        self.options.append(options)
        return ctranslate2.Translator(path, **options)


def _splits(recorder: Recorder) -> list[str]:
    return [f"{o['inter_threads']}x{o['intra_threads']}" for o in recorder.options]


def test_engine_measures_once_then_remembers(tiny_packages: TinyPackages, tmp_path: Path) -> None:
    cache = tmp_path / "threads.json"
    first = Recorder()
    engine = TranslationEngine(threads=2, translator_factory=first, calibration_cache=cache)
    model = engine.load("zh", "en")
    assert len(first.options) >= 4 and set(_splits(first)) == {"2x1", "1x2"}
    assert _splits(first)[-1] == str(model.split)
    assert CalibrationCache(cache).get(next(iter(json.loads(cache.read_text())["entries"]))) == model.split
    # A new engine (the next app start) reads the choice: one translator, no timing.
    again = Recorder()
    engine2 = TranslationEngine(threads=2, translator_factory=again, calibration_cache=cache)
    assert engine2.load("zh", "en").split == model.split
    assert _splits(again) == [str(model.split)]
    results = [r for batch in engine2.run(engine2.plan([SourceSegment(1, "zh", "你好。")])) for r in batch]
    assert [r.text for r in results] == [tiny_packages.zh_en_marker]


def test_overrides_skip_calibration(
    tiny_packages: TinyPackages, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "threads.json"
    recorder = Recorder()
    TranslationEngine(threads=2, split=ONE_BY_TWO, translator_factory=recorder, calibration_cache=cache).load(
        "zh", "en"
    )
    monkeypatch.setenv(calibration.THREADS_ENV, "2x1")
    TranslationEngine(threads=2, translator_factory=recorder, calibration_cache=cache).load("zh", "en")
    monkeypatch.delenv(calibration.THREADS_ENV)
    TranslationEngine(threads=2, calibrate=False, translator_factory=recorder, calibration_cache=cache).load("zh", "en")
    TranslationEngine(threads=1, translator_factory=recorder, calibration_cache=cache).load("zh", "en")
    assert _splits(recorder) == ["1x2", "2x1", "2x1", "1x1"]
    assert not cache.exists()
