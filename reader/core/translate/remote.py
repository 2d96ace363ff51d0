"""What the engines on a server share: planning, batch order, and stamping results.

A server engine translates the two directions the app knows (zh→en, en→zh); which of them
a server really offers is its readiness check's business (``check``), and a run on a
server lacking one fails with a clear error before anything is written.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from reader.core import glossary
from reader.core.hashing import text_hash
from reader.core.translate.engine import (
    DEFAULT_TARGETS,
    UNTRANSLATED_LANGS,
    Plan,
    Provenance,
    SourceSegment,
    TranslatedSegment,
)
from reader.core.translate.engine_settings import EngineConfig
from reader.core.translate.server import Server, ServerSettings, Waiter

Direction = tuple[str, str]


@dataclass(frozen=True)
class Batch:
    """Sentences of one direction sent in one request, with their place in the direction's
    list (neighbours give a chat model context)."""

    direction: Direction
    segments: tuple[SourceSegment, ...]
    #: Index of the first segment in :attr:`RemoteEngine.ordered` ``[direction]``.
    start: int = 0


class RemoteEngine:
    """Base of the engines that ask a server (see the module docstring)."""

    kind = "remote"
    #: Default settings of this kind of server.
    default_settings = ServerSettings()

    def __init__(self, config: EngineConfig, *, settings: ServerSettings | None = None, wait: Waiter | None = None):
        self.config = config
        self.name = config.name
        self.server = Server(
            config.name,
            self.base_url(config.url),
            api_key=config.api_key,
            settings=settings or self.default_settings,
            wait=wait,
            headers=self.auth_headers(),
        )

    @staticmethod
    def base_url(url: str) -> str:
        return url.rstrip("/")

    def auth_headers(self) -> dict[str, str]:
        """Headers every request carries (a chat server's bearer key)."""
        return {}

    @property
    def settings(self) -> ServerSettings:
        return self.server.settings

    # -- what it makes ---------------------------------------------------------------------

    @property
    def model_label(self) -> str:
        raise NotImplementedError

    @property
    def prompt_hash(self) -> str | None:
        return None

    def target_for(self, lang: str) -> str | None:
        return None if lang in UNTRANSLATED_LANGS else DEFAULT_TARGETS.get(lang)

    def provenance_for(self, lang: str) -> Provenance | None:
        if self.target_for(lang) is None:
            return None
        return Provenance(self.kind, self.name, self.model_label, self.prompt_hash)

    def plan(self, segments: Iterable[SourceSegment]) -> Plan:
        plan = Plan()
        for segment in segments:
            target = self.target_for(segment.lang)
            if target is None or not segment.text.strip():
                plan.skipped += 1
                continue
            plan.work.setdefault((segment.lang, target), []).append(segment)
        return plan

    def close(self) -> None:
        """Nothing is held between runs."""

    # -- batches ---------------------------------------------------------------------------

    def batches(self, plan: Plan, first: Sequence[int], size: int | None = None) -> list[Batch]:
        """The plan cut into requests: each direction in talk order, *first* rows' runs first."""
        size = max(1, size or self.settings.batch_sentences)
        wanted = set(first)
        urgent: list[Batch] = []
        rest: list[Batch] = []
        for direction, segments in plan.work.items():
            run: list[SourceSegment] = []
            start = 0
            run_urgent = False
            for index, segment in enumerate(segments):
                is_urgent = segment.segment_id in wanted
                if run and (len(run) >= size or is_urgent != run_urgent):
                    (urgent if run_urgent else rest).append(Batch(direction, tuple(run), start))
                    run = []
                if not run:
                    start, run_urgent = index, is_urgent
                run.append(segment)
            if run:
                (urgent if run_urgent else rest).append(Batch(direction, tuple(run), start))
        return urgent + rest

    def result(
        self, segment: SourceSegment, direction: Direction, text: str, lost: Iterable[int] = ()
    ) -> TranslatedSegment:
        """A finished row, checked against the glossary terms of its source."""
        issues = glossary.check(text, segment.terms, lost) if segment.terms else ()
        return TranslatedSegment(
            segment_id=segment.segment_id,
            text=text,
            source_lang=direction[0],
            target_lang=direction[1],
            model=self.model_label,
            source_hash=text_hash(segment.text),
            glossary_state=segment.glossary_state,
            issues=issues,
            engine_kind=self.kind,
            engine_name=self.name,
            prompt_hash=self.prompt_hash,
        )
