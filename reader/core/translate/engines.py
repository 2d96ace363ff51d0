"""What every translation engine offers, and the router that sends each direction to its own.

An engine takes :class:`SourceSegment` rows and yields batches of
:class:`TranslatedSegment` rows, as :class:`~reader.core.translate.engine.TranslationEngine`
(the built-in Argos engine) always did: the runner, the GUI and :mod:`.store` do not know
which engine they drive. An engine stamps every row with its :class:`Provenance`, so the
library knows which engine, model and prompt made each translation.

:class:`EngineRouter` is itself an engine: it hands each direction's segments to the
engine chosen for that direction (:mod:`.engine_settings`), and Argos where none was.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Protocol, runtime_checkable

from reader.core.errors import ReaderError
from reader.core.progress import ProgressCallback, no_progress
from reader.core.translate.engine import Plan, Provenance, SourceSegment, TranslatedSegment

Direction = tuple[str, str]


@runtime_checkable
class Engine(Protocol):
    """A translation engine (see the module docstring). ``run`` follows the contract of
    :meth:`TranslationEngine.run`: it yields finished batches, rows in *first* early, checks
    *cancel* between requests and then raises :class:`~reader.core.errors.Cancelled`."""

    kind: str
    name: str

    def target_for(self, lang: str) -> str | None: ...

    def provenance_for(self, lang: str) -> Provenance | None: ...

    def plan(self, segments: Iterable[SourceSegment]) -> Plan: ...

    def run(
        self,
        plan: Plan,
        *,
        first: Sequence[int] = (),
        cancel: threading.Event | None = None,
        report: ProgressCallback = no_progress,
    ) -> Iterator[list[TranslatedSegment]]: ...

    def close(self) -> None: ...


@dataclass(frozen=True)
class Readiness:
    """Whether an engine can translate now, and if not, why (a :class:`ReaderError`)."""

    ready: bool
    #: The directions it can translate (of those the library uses).
    directions: tuple[Direction, ...] = ()
    #: One line for a person: "2 packages installed", "LibreTranslate 1.6 at …".
    detail: str = ""
    error: ReaderError | None = None

    def to_json(self) -> dict[str, object]:
        return {
            "ready": self.ready,
            "directions": [f"{a}-{b}" for a, b in self.directions],
            "detail": self.detail,
            "error": None if self.error is None else {"code": self.error.code, "message": str(self.error)},
        }


@dataclass
class _Share:
    """The part of a plan one engine does."""

    engine: Engine
    plan: Plan = field(default_factory=Plan)


class EngineRouter:
    """An engine made of one engine per direction, with a default for the others.

    *default* (the Argos engine) also decides which language a segment is translated into,
    so languages beyond zh and en keep going where the installed packages allow.
    """

    kind = "router"
    name = "router"

    def __init__(self, default: Engine, chosen: Mapping[Direction, Engine] | None = None) -> None:
        self.default = default
        self.chosen = dict(chosen or {})

    def engine_for(self, direction: Direction) -> Engine:
        return self.chosen.get(direction, self.default)

    def target_for(self, lang: str) -> str | None:
        return self.default.target_for(lang)

    def provenance_for(self, lang: str) -> Provenance | None:
        target = self.target_for(lang)
        if target is None:
            return None
        return self.engine_for((lang, target)).provenance_for(lang)

    def plan(self, segments: Iterable[SourceSegment]) -> Plan:
        shares: dict[int, tuple[Engine, list[SourceSegment]]] = {}
        plan = Plan()
        targets: dict[str, str | None] = {}
        for segment in segments:
            if segment.lang not in targets:
                targets[segment.lang] = self.target_for(segment.lang)
            target = targets[segment.lang]
            if target is None:
                plan.skipped += 1
                continue
            engine = self.engine_for((segment.lang, target))
            shares.setdefault(id(engine), (engine, []))[1].append(segment)
        for engine, items in shares.values():
            part = engine.plan(items)
            for direction, work in part.work.items():
                plan.work.setdefault(direction, []).extend(work)
            for direction, count in part.missing.items():
                plan.missing[direction] = plan.missing.get(direction, 0) + count
            plan.skipped += part.skipped
        return plan

    def run(
        self,
        plan: Plan,
        *,
        first: Sequence[int] = (),
        cancel: threading.Event | None = None,
        report: ProgressCallback = no_progress,
    ) -> Iterator[list[TranslatedSegment]]:
        """Each engine's share in turn (the one holding the rows in *first* first); progress
        counts over the whole plan."""
        shares: dict[int, _Share] = {}
        for direction, work in plan.work.items():
            engine = self.engine_for(direction)
            shares.setdefault(id(engine), _Share(engine)).plan.work[direction] = work
        wanted = set(first)
        order = sorted(
            shares.values(),
            key=lambda share: not any(s.segment_id in wanted for items in share.plan.work.values() for s in items),
        )
        total = plan.total
        report(0, total)
        done_before = 0
        for share in order:

            def part_report(done: int, _total: int, offset: int = done_before) -> None:
                report(offset + done, total)

            yield from share.engine.run(share.plan, first=first, cancel=cancel, report=part_report)
            done_before += share.plan.total

    def close(self) -> None:
        for engine in {id(e): e for e in (self.default, *self.chosen.values())}.values():
            engine.close()
