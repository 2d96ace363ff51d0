"""How CTranslate2 should use this machine's cores: measured once, remembered.

Why: the best split of a thread budget between ``inter_threads`` (batches decoded at once,
one replica each) and ``intra_threads`` (OpenMP threads per batch) depends on the machine.
Two physical cores decode two batches in parallel almost twice as fast as one; two SMT
siblings of one core share its vector units, so a second batch adds little and intra-op
threads may do as well with half the decoder buffers; a busy or throttled core changes it
again. Rather than guess from the topology, the engine times a few short batches of the
loaded model with each candidate split (about a second, on its compute thread, once per
CPU model + cores + thread budget + CTranslate2 version + model shape) and keeps the
answer in a small JSON file in the user cache folder. ``TALK_READER_CT2_THREADS=2x1``
(inter × intra) overrides it.

Everything here is plain Python with injected callables, so the choice logic and the cache
can be tested without timing anything.
"""

from __future__ import annotations

import json
import math
import os
import tempfile
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reader.core.translate.cpu import CpuTopology

#: ``inter x intra``, e.g. ``2x1``: use exactly this, never calibrate.
THREADS_ENV = "TALK_READER_CT2_THREADS"
CACHE_FILENAME = "ct2-threading.json"
CACHE_VERSION = 1
#: Another split must beat ``budget x 1`` by this fraction to be chosen: on a shared machine a
#: second of timing is noisy, and ``budget x 1`` is what CTranslate2 recommends for throughput.
MARGIN = 0.10


@dataclass(frozen=True)
class Threading:
    """``inter_threads`` × ``intra_threads`` for one CTranslate2 translator."""

    inter: int
    intra: int

    def __str__(self) -> str:
        return f"{self.inter}x{self.intra}"

    @property
    def threads(self) -> int:
        return self.inter * self.intra

    @classmethod
    def parse(cls, text: str | None) -> Threading | None:
        """``"2x1"`` → ``Threading(2, 1)``; anything else (empty, junk, zero) → None."""
        if not text:
            return None
        inter, sep, intra = text.strip().lower().partition("x")
        if not sep or not inter.isdigit() or not intra.isdigit():
            return None
        if int(inter) < 1 or int(intra) < 1:
            return None
        return cls(int(inter), int(intra))


def from_env(environ: Mapping[str, str] | None = None) -> Threading | None:
    return Threading.parse((os.environ if environ is None else environ).get(THREADS_ENV))


def candidates(budget: int) -> tuple[Threading, ...]:
    """The splits of *budget* threads worth timing, the throughput default first."""
    if budget <= 1:
        return (Threading(1, 1),)
    found = [Threading(budget, 1)]
    if budget >= 4 and budget % 2 == 0:
        found.append(Threading(budget // 2, 2))
    found.append(Threading(1, budget))
    return tuple(found)


def choose(timings: Mapping[Threading, Sequence[float]], default: Threading, margin: float = MARGIN) -> Threading:
    """The split with the shortest best time; *default* unless another beats it by *margin*.

    Best-of, not mean: on a shared machine the fastest round is the one least disturbed.
    Unusable timings (none, zero, negative, NaN) are ignored; nothing usable → *default*.
    """
    best_of = {
        choice: min(usable)
        for choice, times in timings.items()
        if (usable := [t for t in times if math.isfinite(t) and t > 0])
    }
    if not best_of:
        return default
    fastest = min(best_of, key=lambda choice: (best_of[choice], choice != default))
    if default in best_of and best_of[fastest] > best_of[default] * (1 - margin):
        return default
    return fastest


def cache_key(topology: CpuTopology, budget: int, ct2_version: str, model_shape: str) -> str:
    """What the choice depends on; anything else changing means measuring again."""
    return (
        f"{topology.model} | {topology.logical} cpus on {topology.physical} cores | budget {budget} | "
        f"ctranslate2 {ct2_version} | {model_shape}"
    )


def model_shape(model_dir: Path, compute_type: str) -> str:
    """Same architecture and quantization ⇒ same size of ``model.bin``: a cheap shape key."""
    try:
        size = (model_dir / "model.bin").stat().st_size
    except OSError:
        size = 0
    return f"model.bin {size} bytes, {compute_type}"


class CalibrationCache:
    """A small JSON file of ``key → choice``; a missing, unreadable or foreign file is ignored."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def _entries(self) -> dict[str, Any]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        if not isinstance(data, dict) or data.get("version") != CACHE_VERSION:
            return {}
        entries = data.get("entries")
        return entries if isinstance(entries, dict) else {}

    def get(self, key: str) -> Threading | None:
        entry = self._entries().get(key)
        if not isinstance(entry, dict):
            return None
        inter, intra = entry.get("inter"), entry.get("intra")
        if type(inter) is not int or type(intra) is not int or inter < 1 or intra < 1:
            return None
        return Threading(inter, intra)

    def put(self, key: str, choice: Threading, timings: Mapping[Threading, Sequence[float]]) -> None:
        """Remember *choice* (with the timings, for whoever wonders why); never raises on I/O."""
        entries = self._entries()
        entries[key] = {
            "inter": choice.inter,
            "intra": choice.intra,
            "seconds": {str(c): [round(t, 4) for t in times] for c, times in timings.items()},
            "measured": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        }
        text = json.dumps({"version": CACHE_VERSION, "entries": entries}, indent=1, sort_keys=True)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd, partial = tempfile.mkstemp(prefix=self.path.name, suffix=".part", dir=self.path.parent)
            with os.fdopen(fd, "w", encoding="utf-8") as out:
                out.write(text)
            os.replace(partial, self.path)
        except OSError:
            pass


@dataclass
class Calibration:
    choice: Threading
    timings: dict[Threading, list[float]]
    #: A translator built with ``choice``, already warm: the caller keeps it.
    translator: Any


def calibrate(
    make: Callable[[Threading], Any],
    workload: Callable[[Any], None],
    choices: Sequence[Threading],
    *,
    rounds: int = 2,
    warmup: Callable[[Any], None] | None = None,
    clock: Callable[[], float] = time.perf_counter,
) -> Calibration:
    """Time *workload* on a translator from *make* for each of *choices*, alternating order.

    One translator exists at a time (the weights are not held twice); each is warmed with
    one untimed *warmup* (default: *workload*) first, since a fresh translator's first
    batch pays for its allocations.
    The first of *choices* is the default :func:`choose` favours.
    """
    timings: dict[Threading, list[float]] = {choice: [] for choice in choices}
    last: tuple[Threading, Any] | None = None
    translator: Any = None
    for round_index in range(max(1, rounds) if len(choices) > 1 else 0):
        order = list(choices) if round_index % 2 == 0 else list(reversed(choices))
        for choice in order:
            last = translator = None  # drop the previous translator before loading the next
            translator = make(choice)
            (warmup or workload)(translator)
            started = clock()
            workload(translator)
            timings[choice].append(clock() - started)
            last = (choice, translator)
    winner = choose(timings, choices[0])
    if last is not None and last[0] == winner:
        return Calibration(winner, timings, last[1])
    last = translator = None
    return Calibration(winner, timings, make(winner))
