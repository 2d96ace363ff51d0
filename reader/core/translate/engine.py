"""Batched offline translation with CTranslate2, straight from Argos packages.

Why not ``argostranslate.translate.translate()``: it re-splits every paragraph with a
MiniSBD model that it downloads on first use (offline that fails, or hangs), and sends
about one sentence per ``translate_batch`` call, leaving cores idle. Our segments are
already sentence-sized, so the engine tokenizes them with the package's SentencePiece
model, groups them by direction, sorts them by length and sends whole batches, several at
once, int8 where the CPU supports it.

Threads: how the core budget (default: the CPUs in this process's affinity) is split
between ``inter_threads`` (batches at once) and ``intra_threads`` (threads per batch) is
measured once per machine and model shape and remembered (see :mod:`.calibration`);
``TALK_READER_CT2_THREADS=2x1`` or ``split=`` overrides it. Batches are small (at most
8 sentences, i.e. 32 beam rows): per sentence they decode as fast as 32-sentence batches
on CPU, and each replica's decoder buffers stay a quarter the size, which keeps peak memory
under ~450 MB for a Transformer base with two replicas.

API (all plain data, safe to pass between threads)::

    engine = TranslationEngine()                       # one per app; caches loaded models
    # compute thread:
    with library.read_session() as session:
        work = store.pending_work(session, talk_ids=[3], labels=engine.model_label_for)
    plan = engine.plan(work)                           # plan.missing: directions lacking a model
    for batch in engine.run(plan, first=visible_ids, cancel=event, report=report):
        writer.submit(batch)                           # list[TranslatedSegment]: plain data
    # DB-writer thread, per batch (one short transaction; stale or user-edited rows skipped):
    with library.session() as session:
        store.save_batch(session, batch)

``run`` is a generator: it yields one list of :class:`TranslatedSegment` per finished
batch, segments in ``first`` (the rows on screen) before all others: first as quick greedy
drafts (model label ending in ``DRAFT_SUFFIX``), then with the full beam, then the rest.
Only the rows in ``first`` are tokenized before their batches are sent; the rest is
tokenized once their first look has been yielded, so a long talk does not hold the screen
back. Progress counts full-beam results only. It checks ``cancel``
between batches; on cancel it yields the batches already in flight, then raises
:class:`~reader.core.errors.Cancelled`. A GUI runs the loop on one worker thread and sends
each batch to its single database-writer thread (see :mod:`reader.core.translate.store`);
:func:`reader.core.translate.runner.translate_library` does both in one thread for the CLI.
"""

from __future__ import annotations

import itertools
import math
import os
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reader.core import glossary
from reader.core.errors import Cancelled, ModelError
from reader.core.hashing import text_hash
from reader.core.progress import ProgressCallback, no_progress
from reader.core.textproc.language import UNDETERMINED
from reader.core.translate import calibration, codeswitch, placeholders
from reader.core.translate.calibration import Threading
from reader.core.translate.packages import PackageInfo, find_package
from reader.core.translate.tokenizer import SentencePieceTokenizer

#: Which language each segment language is translated into, unless told otherwise.
DEFAULT_TARGETS: Mapping[str, str] = {"zh": "en", "en": "zh"}
#: Languages never sent to a model ("und": punctuation, numbers, noise).
UNTRANSLATED_LANGS = frozenset({UNDETERMINED, ""})

TranslatorFactory = Callable[..., Any]


@dataclass(frozen=True)
class DecodeSettings:
    """How batches are formed and decoded.

    The decoding cap is ``max_length_ratio`` × the longest source in the batch plus
    ``max_length_extra`` tokens (at most ``max_length_limit``): enough for any real
    translation, and it stops a degenerate model from looping to the global limit.
    """

    beam_size: int = 4
    length_penalty: float = 0.2
    max_length_ratio: float = 2.0
    max_length_extra: int = 10
    max_length_limit: int = 512
    #: Source tokens per batch: long sentences come in smaller batches, since a batch's
    #: decoder buffers grow with rows × length (this keeps peak memory ≤ ~450 MB).
    batch_tokens: int = 400
    #: 8 × beam 4 = 32 decoder rows: as fast per sentence as 32 sentences on CPU (measured
    #: with ``bench_translate.py``), with a quarter of the decoder cache per replica.
    max_batch_sentences: int = 8
    #: A batch's longest source is at most this × its shortest (+2 tokens): a batch decodes
    #: until its longest sentence is done, so mixed lengths waste work on padding.
    bucket_ratio: float = 1.25
    #: Keep embedded foreign terms verbatim (see :mod:`.codeswitch`).
    protect_terms: bool = True
    #: The rows on screen (``first``) get a quick greedy draft before their full-beam
    #: translation, so the reader fills in within about a second; the draft is stored
    #: under a ``DRAFT_SUFFIX`` model label, which :mod:`.store` treats as stale, so the
    #: beam translation that follows replaces it (now, or on the next run).
    draft_first: bool = True
    draft_beam_size: int = 1


@dataclass(frozen=True)
class Provenance:
    """What a stored translation says about what made it: the engine's kind and name, the
    model (with its version) and, for a chat model, the hash of its prompt."""

    kind: str
    name: str
    model: str
    prompt_hash: str | None = None


@dataclass(frozen=True)
class SourceSegment:
    """One segment to translate: its id, language and the exact text to send to the model."""

    segment_id: int
    lang: str
    text: str
    #: A draft of this exact text is already stored: no need for another one.
    drafted: bool = False
    #: The glossary terms found in *text*, which the translation must honour.
    terms: tuple[glossary.Hit, ...] = ()
    #: :func:`reader.core.glossary.state_of` *terms*, stored with the translation.
    glossary_state: str | None = None


@dataclass(frozen=True)
class TranslatedSegment:
    """A finished translation, ready to be stored."""

    segment_id: int
    text: str
    source_lang: str
    target_lang: str
    model: str
    source_hash: str
    #: The glossary entries it honoured (see :attr:`SourceSegment.glossary_state`).
    glossary_state: str | None = None
    #: What the glossary check found: terms missing, or put back after the model lost them.
    issues: tuple[glossary.TermIssue, ...] = ()
    #: Which engine made it: its kind and the name of its settings (see :mod:`.engines`).
    engine_kind: str = "argos"
    engine_name: str = "argos"
    #: The hash of the prompt a chat model was given (None: no prompt).
    prompt_hash: str | None = None


@dataclass
class LoadedModel:
    """A model ready to translate one direction: what the batching below needs of it.

    Argos packages and other CTranslate2 models (:mod:`.ct2_engine`) differ only in how
    they tokenize and in the target prefix, so both run through the same batches.
    """

    tokenizer: SentencePieceTokenizer
    translator: Any
    #: What a stored translation records as its model (name and version).
    label: str
    #: Forced first target token (a language token), stripped from the output.
    target_prefix: str = ""
    package: PackageInfo | None = None
    #: How *translator* uses the cores; ``inter`` batches are kept in flight.
    split: Threading = Threading(1, 1)


@dataclass
class Plan:
    """The work of one run, by direction, plus what cannot be done."""

    work: dict[tuple[str, str], list[SourceSegment]] = field(default_factory=dict)
    missing: dict[tuple[str, str], int] = field(default_factory=dict)
    skipped: int = 0

    @property
    def total(self) -> int:
        return sum(len(items) for items in self.work.values())


@dataclass
class _Item:
    segment: SourceSegment
    tokens: list[str]
    terms: list[str]
    parts: list[codeswitch.Part]
    #: The text sent to the model with its glossary terms as placeholders (None: no term).
    protected: placeholders.Protected | None = None


#: Appended to the model label of a draft translation (see ``DecodeSettings.draft_first``).
DRAFT_SUFFIX = " (draft)"


@dataclass
class _Batch:
    direction: tuple[str, str]
    items: list[_Item]
    pending: list[Any] = field(default_factory=list)
    draft: bool = False


def default_threads() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def default_calibration_cache() -> Path:
    from reader.core.paths import cache_dir

    return cache_dir() / calibration.CACHE_FILENAME


#: Calibration input: a short mixed sentence, repeated to a fixed length (the output is
#: forced to the same length, so every model does the same work whatever it predicts).
_CALIBRATION_TEXT = "我们今天讨论大语言模型的对齐问题 and how models learn from human feedback"
_CALIBRATION_TOKENS = 10
_CALIBRATION_BATCHES = 4
_CALIBRATION_SENTENCES = 2


def _compute_type(device: str) -> str:
    import ctranslate2

    try:
        supported = ctranslate2.get_supported_compute_types(device)
    except (RuntimeError, ValueError):
        return "auto"
    return "int8" if "int8" in supported else "auto"


def _balanced_cuts(lengths: Sequence[int], parts: int) -> list[int]:
    """Cut points splitting sorted *lengths* into *parts* runs minimising the costliest run.

    A run's cost is its size times its longest (last) length: a batch decodes until its
    longest sentence is done. Exhaustive over cut points; meant for a screenful of rows.
    """
    n = len(lengths)
    if parts <= 1 or n <= 1:
        return []

    def cost(start: int, end: int) -> int:
        return (end - start) * lengths[end - 1]

    # best[k][i]: the cheapest worst run when the first i rows form k runs.
    inf = float("inf")
    best = [[inf] * (n + 1) for _ in range(parts + 1)]
    choice = [[0] * (n + 1) for _ in range(parts + 1)]
    best[0][0] = 0
    for k in range(1, parts + 1):
        for i in range(1, n + 1):
            for j in range(k - 1, i):
                value = max(best[k - 1][j], cost(j, i))
                if value < best[k][i]:
                    best[k][i], choice[k][i] = value, j
    cuts: list[int] = []
    i = n
    for k in range(parts, 1, -1):
        i = choice[k][i]
        cuts.append(i)
    return sorted(c for c in cuts if 0 < c < n)


class TranslationEngine:
    """Loads packages on demand (cached per package folder and version) and runs batches.

    The built-in engine: it satisfies :class:`reader.core.translate.engines.Engine`.
    """

    kind = "argos"
    name = "argos"

    def __init__(
        self,
        settings: DecodeSettings | None = None,
        *,
        threads: int | None = None,
        compute_type: str | None = None,
        targets: Mapping[str, str] | None = None,
        translator_factory: TranslatorFactory | None = None,
        split: Threading | None = None,
        calibrate: bool = True,
        calibration_cache: Path | None = None,
    ) -> None:
        """*threads*: the core budget; *split*: exactly how to use it (else the
        ``TALK_READER_CT2_THREADS`` variable, else the remembered or measured best split;
        with *calibrate* False, ``threads × 1``)."""
        self.settings = settings or DecodeSettings()
        self.threads = threads or default_threads()
        self.split = split
        self.calibrate = calibrate
        self.calibration_cache = calibration_cache
        self.compute_type = compute_type
        self.targets = dict(DEFAULT_TARGETS if targets is None else targets)
        self._factory = translator_factory
        self._models: dict[tuple[str, str, str], LoadedModel] = {}
        self._lock = threading.Lock()

    # -- which model ---------------------------------------------------------------------

    def target_for(self, lang: str) -> str | None:
        """The language *lang* segments are translated into, or None (not translated)."""
        if lang in UNTRANSLATED_LANGS:
            return None
        if lang in self.targets:
            return self.targets[lang]
        for target in ("en", "zh"):
            if target != lang and find_package(lang, target) is not None:
                return target
        return "en" if lang != "en" else None

    def package_for(self, lang: str) -> PackageInfo | None:
        target = self.target_for(lang)
        return None if target is None else find_package(lang, target)

    def model_label_for(self, lang: str) -> str | None:
        """The label a fresh translation of a *lang* segment would carry (None: no model)."""
        package = self.package_for(lang)
        return package.model_label if package else None

    def provenance_for(self, lang: str) -> Provenance | None:
        """What a fresh translation of a *lang* segment would be stamped with (None: no model)."""
        label = self.model_label_for(lang)
        return None if label is None else Provenance(self.kind, self.name, label)

    def load(self, from_code: str, to_code: str) -> LoadedModel:
        package = find_package(from_code, to_code)
        if package is None:
            from reader.core.translate.packages import missing_model_message

            raise ModelError(
                missing_model_message(from_code, to_code),
                code="model.missing",
                params={"from": from_code, "to": to_code},
            )
        key = (str(package.path), package.version, from_code + ">" + to_code)
        with self._lock:
            loaded = self._models.get(key)
            if loaded is None:
                for stale in [k for k in self._models if k[2] == key[2]]:
                    del self._models[stale]
                loaded = self._load_package(package)
                self._models[key] = loaded
            return loaded

    def _load_package(self, package: PackageInfo) -> LoadedModel:
        tokenizer_file = package.path / "sentencepiece.model"
        if not tokenizer_file.is_file():
            raise ModelError(
                "the package has no sentencepiece.model",
                path=package.path,
                code="model.incomplete",
                params={"missing": "sentencepiece.model"},
            )
        tokenizer = SentencePieceTokenizer(tokenizer_file)
        translator, split = self.open_translator(package.path / "model", where=package.path, tokenizer=tokenizer)
        return LoadedModel(
            tokenizer=tokenizer,
            translator=translator,
            label=package.model_label,
            target_prefix=package.target_prefix,
            package=package,
            split=split,
        )

    def open_translator(self, model_dir: Path, *, where: Path, tokenizer: Any = None) -> tuple[Any, Threading]:
        """The CTranslate2 translator of *model_dir* and how it uses the cores (chosen once per
        machine and model shape, see :mod:`.calibration`; int8 where the CPU supports it);
        :class:`ModelError` naming *where* if it fails. *tokenizer* (anything with ``encode``)
        gives the calibration real pieces of the model's vocabulary."""
        import ctranslate2

        factory = self._factory or ctranslate2.Translator
        compute_type = self.compute_type or _compute_type("cpu")

        def make(split: Threading) -> Any:
            options: dict[str, Any] = {
                "device": "cpu",
                "inter_threads": split.inter,
                "intra_threads": split.intra,
                "compute_type": compute_type,
            }
            try:
                return factory(str(model_dir), **options)
            except ValueError:
                if compute_type == "auto":
                    raise
                return factory(str(model_dir), **{**options, "compute_type": "auto"})

        try:
            split, translator = self._threading_for(make, tokenizer, model_dir, compute_type, ctranslate2.__version__)
        except (RuntimeError, ValueError, OSError) as exc:
            raise ModelError(
                f"cannot load the model ({exc})",
                path=where,
                code="model.broken",
                params={"part": "model", "reason": str(exc)},
            ) from exc
        return translator, split

    def _threading_for(
        self,
        make: Callable[[Threading], Any],
        tokenizer: Any,
        model_dir: Path,
        compute_type: str,
        ct2_version: str,
    ) -> tuple[Threading, Any]:
        """The split to use and a translator built with it: override, remembered, or measured."""
        fixed = self.split or calibration.from_env()
        choices = calibration.candidates(self.threads)
        if fixed is None and (not self.calibrate or len(choices) == 1):
            fixed = choices[0]
        if fixed is not None:
            return fixed, make(fixed)
        from reader.core.translate.cpu import topology

        cache = calibration.CalibrationCache(self.calibration_cache or default_calibration_cache())
        key = calibration.cache_key(
            topology(), self.threads, ct2_version, calibration.model_shape(model_dir, compute_type)
        )
        remembered = cache.get(key)
        if remembered is not None:
            return remembered, make(remembered)
        pieces = tokenizer.encode(_CALIBRATION_TEXT) if tokenizer is not None else []
        tokens = (pieces or ["\u2581"]) * _CALIBRATION_TOKENS
        sentence = tokens[:_CALIBRATION_TOKENS]
        options = {
            "beam_size": self.settings.beam_size,
            "max_decoding_length": _CALIBRATION_TOKENS,
            "min_decoding_length": _CALIBRATION_TOKENS,
        }

        def workload(translator: Any) -> None:
            batch = [sentence] * _CALIBRATION_SENTENCES
            pending = [
                translator.translate_batch(batch, asynchronous=True, **options) for _ in range(_CALIBRATION_BATCHES)
            ]
            for results in pending:
                for result in results:
                    result.result()

        def warmup(translator: Any) -> None:
            translator.translate_batch([sentence[:2]], beam_size=1, max_decoding_length=2)

        measured = calibration.calibrate(make, workload, choices, warmup=warmup)
        cache.put(key, measured.choice, measured.timings)
        return measured.choice, measured.translator

    def close(self) -> None:
        with self._lock:
            self._models.clear()

    # -- planning ------------------------------------------------------------------------

    def plan(self, segments: Iterable[SourceSegment]) -> Plan:
        """Group *segments* by direction; directions without an installed model go to ``missing``."""
        plan = Plan()
        available: dict[tuple[str, str], bool] = {}
        targets: dict[str, str | None] = {}
        for segment in segments:
            if segment.lang not in targets:
                targets[segment.lang] = self.target_for(segment.lang)
            target = targets[segment.lang]
            if target is None or not segment.text.strip():
                plan.skipped += 1
                continue
            direction = (segment.lang, target)
            if direction not in available:
                available[direction] = self.has_model(direction)
            if available[direction]:
                plan.work.setdefault(direction, []).append(segment)
            else:
                plan.missing[direction] = plan.missing.get(direction, 0) + 1
        return plan

    def has_model(self, direction: tuple[str, str]) -> bool:
        """Whether a working model for *direction* is installed (what :meth:`plan` asks)."""
        return find_package(*direction) is not None

    # -- running -------------------------------------------------------------------------

    def run(
        self,
        plan: Plan,
        *,
        first: Sequence[int] = (),
        cancel: threading.Event | None = None,
        report: ProgressCallback = no_progress,
    ) -> Iterator[list[TranslatedSegment]]:
        """Translate *plan*, yielding each finished batch (see the module docstring)."""
        total = plan.total
        done = 0
        report(0, total)
        if not total:
            return
        models = {direction: self.load(*direction) for direction in plan.work}
        queue = deque(self._urgent_batches(plan, models, first))
        # The rest is tokenized only when its first batch is needed: on a long talk that
        # takes a while, and this thread cannot send or yield anything meanwhile.
        rest = self._rest_batches(plan, models, first)
        # The on-screen rows' first look (their drafts, else their batches): the rest waits
        # until all of these have been yielded, so its tokenizing never holds them back (a
        # replica may idle meanwhile when the screenful makes fewer batches than replicas).
        on_screen = sum(batch.draft for batch in queue) or len(queue)
        # Enough batches queued to keep every replica busy (one direction runs at a time).
        window = max(model.split.inter for model in models.values())
        in_flight: list[_Batch] = []
        cancelled = False
        while True:
            if cancel is not None and cancel.is_set():
                cancelled = True
            while not cancelled and len(in_flight) < window:
                if not queue and not on_screen:
                    queue.extend(itertools.islice(rest, 1))
                if not queue:
                    break
                batch = queue.popleft()
                self._submit(models[batch.direction], batch)
                in_flight.append(batch)
            if not in_flight:
                break
            batch = in_flight.pop(0)
            results = self._collect(models[batch.direction], batch)
            on_screen = max(0, on_screen - 1)
            if not batch.draft:
                done += len(results)
                report(done, total)
            yield results
        if cancelled:
            raise Cancelled()

    def translate_texts(self, texts: Sequence[str], from_code: str, to_code: str) -> list[str]:
        """Translate a few strings synchronously (no storage, no code-switch handling)."""
        model = self.load(from_code, to_code)
        tokens = model.tokenizer.encode_batch(list(texts))
        return self._decode(model, tokens)

    # -- internals -----------------------------------------------------------------------

    def _item(self, model: LoadedModel, segment: SourceSegment) -> _Item:
        protected = placeholders.protect(segment.text, segment.terms)
        text = protected.text if protected is not None else segment.text
        spans = codeswitch.embedded_terms(text, segment.lang) if self.settings.protect_terms else []
        if protected is not None:
            # Placeholders are kept whole like embedded terms: found again in the output, or
            # the sentence is translated around them.
            spans = _merged([*spans, *protected.spans])
        return _Item(
            segment=segment,
            tokens=model.tokenizer.encode(text),
            terms=[text[s:e] for s, e in spans],
            parts=codeswitch.split_around(text, spans) if spans else [],
            protected=protected,
        )

    def _urgent_batches(
        self, plan: Plan, models: Mapping[tuple[str, str], LoadedModel], first: Sequence[int]
    ) -> list[_Batch]:
        """The batches of the rows on screen (*first*): drafts, then their full beam.

        Only these segments are tokenized here; the rest is left to :meth:`_rest_batches`.
        """
        rank = {segment_id: i for i, segment_id in enumerate(dict.fromkeys(first))}
        urgent: list[tuple[int, tuple[str, str], SourceSegment]] = [
            (rank[segment.segment_id], direction, segment)
            for direction, segments in plan.work.items()
            for segment in segments
            if segment.segment_id in rank
        ]
        # The rows on screen go first, spread over every thread so they arrive together.
        urgent.sort(key=lambda entry: entry[0])
        by_direction: dict[tuple[str, str], list[_Item]] = {}
        for _, direction, segment in urgent:
            by_direction.setdefault(direction, []).append(self._item(models[direction], segment))
        batches: list[_Batch] = []
        for direction, items in by_direction.items():
            if self.settings.draft_first:
                # Rows whose draft is already on screen go straight to the full beam.
                items = [item for item in items if not item.segment.drafted]
            parallel = models[direction].split.inter
            urgent_batches = self._pack_urgent(direction, items, parallel) if items else []
            for batch in urgent_batches:
                batch.draft = self.settings.draft_first
            batches.extend(urgent_batches)
        if self.settings.draft_first:
            # The full-beam translations of the same rows come right after every draft.
            for direction, items in by_direction.items():
                batches.extend(self._pack(direction, items, models[direction].split.inter))
        return batches

    def _rest_batches(
        self, plan: Plan, models: Mapping[tuple[str, str], LoadedModel], first: Sequence[int]
    ) -> Iterator[_Batch]:
        """The batches of every row not in *first*, the largest direction first.

        A generator: a direction's segments are tokenized when its first batch is asked
        for (packing sorts them all by token count), not before.
        """
        shown = set(first)
        rest: dict[tuple[str, str], list[SourceSegment]] = {}
        for direction, segments in plan.work.items():
            for segment in segments:
                if segment.segment_id not in shown:
                    rest.setdefault(direction, []).append(segment)
        for direction, segments in sorted(rest.items(), key=lambda entry: -len(entry[1])):
            items = [self._item(models[direction], segment) for segment in segments]
            yield from self._pack(direction, items, models[direction].split.inter)

    def _pack_urgent(self, direction: tuple[str, str], items: list[_Item], parallel: int) -> list[_Batch]:
        """The rows on screen as one batch per replica (*parallel*), all decoded at once.

        Length buckets would cut them into many small batches run two at a time; instead the
        length-sorted rows are cut into *parallel* contiguous runs of about equal decoding
        cost (rows × longest row), so every replica finishes at about the same moment.
        """
        items = sorted(items, key=lambda item: len(item.tokens))
        parts = max(1, min(parallel, len(items)))
        lengths = [max(1, len(item.tokens)) for item in items]
        cuts = _balanced_cuts(lengths, parts)
        bounds = [0, *cuts, len(items)]
        return [_Batch(direction, items[a:b]) for a, b in zip(bounds, bounds[1:], strict=False) if b > a]

    def _pack(self, direction: tuple[str, str], items: list[_Item], parallel: int) -> list[_Batch]:
        """Batches of similar length, never fewer than replicas (a short job still uses every core)."""
        items = sorted(items, key=lambda item: len(item.tokens))
        limit = max(1, min(self.settings.max_batch_sentences, math.ceil(len(items) / max(1, parallel))))
        batches: list[_Batch] = []
        current: list[_Item] = []
        tokens = 0
        for item in items:
            length = max(1, len(item.tokens))
            shortest = max(1, len(current[0].tokens)) if current else length
            if current and (
                len(current) >= limit
                or (tokens + length) > self.settings.batch_tokens
                or length > shortest * self.settings.bucket_ratio + 2
            ):
                batches.append(_Batch(direction, current))
                current, tokens = [], 0
            current.append(item)
            tokens += length
        if current:
            batches.append(_Batch(direction, current))
        return batches

    def _options(self, model: LoadedModel, sources: list[list[str]], *, draft: bool = False) -> dict[str, Any]:
        s = self.settings
        longest = max((len(tokens) for tokens in sources), default=1)
        options: dict[str, Any] = {
            "beam_size": s.draft_beam_size if draft else s.beam_size,
            "num_hypotheses": 1,
            "length_penalty": s.length_penalty,
            "replace_unknowns": True,
            "max_batch_size": 0,
            "max_decoding_length": min(s.max_length_limit, int(longest * s.max_length_ratio) + s.max_length_extra),
        }
        if model.target_prefix:
            options["target_prefix"] = [[model.target_prefix]] * len(sources)
        return options

    def _submit(self, model: LoadedModel, batch: _Batch) -> None:
        sources = [item.tokens or ["\u2581"] for item in batch.items]
        batch.pending = model.translator.translate_batch(
            sources, asynchronous=True, **self._options(model, sources, draft=batch.draft)
        )

    def _text_of(self, model: LoadedModel, hypothesis: list[str]) -> str:
        prefix = model.target_prefix
        if prefix and hypothesis and hypothesis[0] == prefix:
            hypothesis = hypothesis[1:]
        return model.tokenizer.decode(hypothesis)

    def _decode(self, model: LoadedModel, sources: list[list[str]]) -> list[str]:
        if not sources:
            return []
        sources = [tokens or ["\u2581"] for tokens in sources]
        results = model.translator.translate_batch(sources, **self._options(model, sources))
        return [self._text_of(model, result.hypotheses[0]) for result in results]

    def _collect(self, model: LoadedModel, batch: _Batch) -> list[TranslatedSegment]:
        texts = [self._text_of(model, pending.result().hypotheses[0]) for pending in batch.pending]
        batch.pending = []
        source_lang, target_lang = batch.direction
        # Segments whose embedded terms did not survive are translated around the terms.
        broken: list[int] = []
        lost: dict[int, list[int]] = {}
        for index, item in enumerate(batch.items):
            if item.protected is not None:
                texts[index] = placeholders.canonical(texts[index], item.protected)
                lost[index] = placeholders.restore(texts[index], item.protected)[1]
            if item.terms:
                restored = codeswitch.restore_terms(texts[index], item.terms)
                if restored is None:
                    broken.append(index)
                else:
                    texts[index] = restored
        if broken:
            pieces = [part.text for index in broken for part in batch.items[index].parts if part.translate]
            translated = iter(self._decode(model, [model.tokenizer.encode(p) for p in pieces]))
            for index in broken:
                texts[index] = codeswitch.join_parts(
                    [next(translated) if part.translate else part.text for part in batch.items[index].parts],
                    target_lang,
                )
        results = []
        for index, item in enumerate(batch.items):
            text = texts[index]
            issues: tuple[glossary.TermIssue, ...] = ()
            if item.protected is not None:
                text = placeholders.restore(text, item.protected)[0]
                issues = glossary.check(text, item.segment.terms, lost.get(index, ()))
            results.append(
                TranslatedSegment(
                    segment_id=item.segment.segment_id,
                    text=text,
                    source_lang=source_lang,
                    target_lang=target_lang,
                    model=model.label + DRAFT_SUFFIX if batch.draft else model.label,
                    source_hash=text_hash(item.segment.text),
                    glossary_state=item.segment.glossary_state,
                    issues=issues,
                    engine_kind=self.kind,
                    engine_name=self.name,
                )
            )
        return results


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """*spans* sorted, overlapping ones joined (a placeholder inside a Latin run in zh text)."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged
