"""A LibreTranslate server the user runs (https://github.com/LibreTranslate/LibreTranslate).

One ``POST /translate`` carries a batch: ``q`` is a list of sentences and the answer's
``translatedText`` a list of the same length. A wrong length, or anything but strings, is
an error for the run — a row is never given the translation of its neighbour. Requests
run a few at a time (:attr:`ServerSettings.concurrency`), each with its timeout, retried
with back-off by :class:`~reader.core.translate.server.Server`.

Glossary terms travel as placeholders (:mod:`.placeholders`), as with Argos packages:
the server carries ``QZ1`` through and the required words are put back afterwards; every
result is checked and a row lacking a required term is marked.

Language codes: the app's ``zh`` is whatever the server calls Simplified Chinese
(``zh``, or ``zh-Hans`` from LibreTranslate 1.6), read from ``GET /languages``.
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor, wait
from typing import Any

from reader.core.errors import Cancelled, EngineError
from reader.core.progress import ProgressCallback, no_progress
from reader.core.translate import placeholders
from reader.core.translate.engine import Plan, TranslatedSegment
from reader.core.translate.engine_settings import DIRECTIONS
from reader.core.translate.engines import Readiness
from reader.core.translate.remote import Batch, Direction, RemoteEngine
from reader.core.translate.server import Reply, ServerSettings

#: What a server may call each of the app's languages, in order of preference.
#: How often a run waiting for a request looks at the user's cancel (seconds).
_POLL = 0.1
LANGUAGE_CODES: dict[str, tuple[str, ...]] = {"zh": ("zh", "zh-Hans", "zh-CN", "zh_CN"), "en": ("en",)}


class LibreTranslateEngine(RemoteEngine):
    kind = "libretranslate"
    default_settings = ServerSettings(timeout=60.0, concurrency=2, batch_sentences=16)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._codes: dict[str, str] | None = None
        self._pairs: set[tuple[str, str]] = set()
        self._lock = threading.Lock()

    @property
    def model_label(self) -> str:
        return "LibreTranslate"

    # -- the server's languages ------------------------------------------------------------

    def languages(self, cancel: threading.Event | None = None) -> tuple[dict[str, str], set[tuple[str, str]]]:
        """(app code → server code, supported (from, to) in app codes), asked once per run."""
        with self._lock:
            if self._codes is None:
                reply = self.server.retrying(lambda: self._get_languages(), cancel)
                self._codes, self._pairs = _parse_languages(self.name, reply)
            return self._codes, self._pairs

    def _get_languages(self) -> Reply:
        reply = self.server.exchange("GET", "/languages")
        self.server.check_status(reply)
        if reply.status != 200:
            raise self.server.refused(reply)
        return reply

    def _require(self, direction: Direction, cancel: threading.Event | None) -> tuple[str, str]:
        codes, pairs = self.languages(cancel)
        if direction not in pairs:
            raise EngineError(
                f"engine “{self.name}”: the server does not translate {direction[0]}→{direction[1]}",
                code="engine.unsupported-pair",
                params={"name": self.name, "from": direction[0], "to": direction[1]},
            )
        return codes[direction[0]], codes[direction[1]]

    # -- one request -----------------------------------------------------------------------

    def translate_texts(
        self, texts: Sequence[str], direction: Direction, cancel: threading.Event | None = None
    ) -> list[str]:
        """*texts* translated in one request (retried as needed); exactly one answer each."""
        source, target = self._require(direction, cancel)
        payload: dict[str, Any] = {"q": list(texts), "source": source, "target": target, "format": "text"}
        if self.server.api_key:
            payload["api_key"] = self.server.api_key
        reply = self.server.retrying(lambda: self._post(payload), cancel)
        try:
            answer = reply.json()
        except ValueError:
            answer = None
        translated = answer.get("translatedText") if isinstance(answer, dict) else None
        if not isinstance(translated, list) or not all(isinstance(t, str) for t in translated):
            raise EngineError(
                f"engine “{self.name}”: the server's answer is not a list of translations",
                code="engine.malformed",
                params={"name": self.name, "reason": reply.body[:200].decode("utf-8", "replace")},
            )
        if len(translated) != len(texts):
            raise EngineError(
                f"engine “{self.name}”: sent {len(texts)} sentences, the server answered {len(translated)};"
                " nothing of this batch was stored",
                code="engine.count-mismatch",
                params={"name": self.name, "sent": len(texts), "got": len(translated)},
            )
        return translated

    def _post(self, payload: dict[str, Any]) -> Reply:
        reply = self.server.exchange("POST", "/translate", payload)
        self.server.check_status(reply)
        if reply.status == 400 and "support" in reply.reason().lower():
            raise EngineError(
                f"engine “{self.name}”: the server does not translate this language pair ({reply.reason()})",
                code="engine.unsupported-pair",
                params={"name": self.name, "from": payload["source"], "to": payload["target"]},
            )
        if reply.status != 200:
            raise self.server.refused(reply)
        return reply

    def _batch(self, batch: Batch, cancel: threading.Event) -> list[TranslatedSegment]:
        protected = [placeholders.protect(s.text, s.terms) for s in batch.segments]
        texts = [p.text if p is not None else s.text for p, s in zip(protected, batch.segments, strict=True)]
        answers = self.translate_texts(texts, batch.direction, cancel)
        results = []
        for segment, guard, answer in zip(batch.segments, protected, answers, strict=True):
            text, lost = answer.strip(), list[int]()
            if guard is not None:
                text, lost = placeholders.restore(placeholders.canonical(text, guard), guard)
            results.append(self.result(segment, batch.direction, text, lost))
        return results

    # -- a run -----------------------------------------------------------------------------

    def run(
        self,
        plan: Plan,
        *,
        first: Sequence[int] = (),
        cancel: threading.Event | None = None,
        report: ProgressCallback = no_progress,
    ) -> Iterator[list[TranslatedSegment]]:
        """Batches in order (rows in *first* first), a few requests in flight; a failed
        request stops the run with its error once the requests in flight have ended (their
        results are not stored: nothing is written after a failure)."""
        total, done = plan.total, 0
        report(0, total)
        if not total:
            return
        for direction in plan.work:
            self._require(direction, cancel)  # an unsupported pair fails before any request
        # Workers wait (back-off, Retry-After) on *halt*: set on the user's cancel, and when
        # one request failed, so the others stop trying at once.
        halt = threading.Event()
        queue = deque(self.batches(plan, first))
        in_flight: deque[Future[list[TranslatedSegment]]] = deque()
        workers = max(1, self.settings.concurrency)
        with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="libretranslate") as pool:
            try:
                while queue or in_flight:
                    while queue and len(in_flight) < workers and not halt.is_set():
                        in_flight.append(pool.submit(self._batch, queue.popleft(), halt))
                    if not in_flight:
                        break
                    head = in_flight.popleft()
                    while not wait([head], timeout=_POLL).done:
                        if cancel is not None and cancel.is_set():
                            halt.set()
                    results = head.result()
                    done += len(results)
                    report(done, total)
                    yield results
                    if cancel is not None and cancel.is_set():
                        halt.set()
            except BaseException:
                halt.set()
                for future in in_flight:
                    future.cancel()
                raise
        if halt.is_set():
            raise Cancelled()

    # -- readiness -------------------------------------------------------------------------

    def check(self, *, timeout: float | None = None) -> Readiness:
        """Ask ``/languages`` and translate one word: reachable, key accepted, which pairs."""
        try:
            _codes, pairs = self.languages()
            directions = tuple(d for d in DIRECTIONS if d in pairs)
            if not directions:
                raise EngineError(
                    f"engine “{self.name}”: the server translates neither zh→en nor en→zh",
                    code="engine.unsupported-pair",
                    params={"name": self.name, "from": "zh", "to": "en"},
                )
            self.translate_texts(["Hello"], ("en", "zh") if ("en", "zh") in directions else directions[0])
        except EngineError as error:
            return Readiness(False, (), str(error), error)
        names = ", ".join(f"{a}→{b}" for a, b in directions)
        return Readiness(True, directions, f"LibreTranslate at {self.server.url}: {names}")


def _parse_languages(name: str, reply: Reply) -> tuple[dict[str, str], set[tuple[str, str]]]:
    try:
        data = reply.json()
    except ValueError:
        data = None
    if not isinstance(data, list):
        raise EngineError(
            f"engine “{name}”: /languages did not answer a list of languages; is this a LibreTranslate server?",
            code="engine.malformed",
            params={"name": name, "reason": reply.body[:200].decode("utf-8", "replace")},
        )
    offered: dict[str, set[str]] = {}
    for item in data:
        if isinstance(item, dict) and isinstance(item.get("code"), str):
            targets = item.get("targets")
            offered[item["code"]] = {t for t in targets if isinstance(t, str)} if isinstance(targets, list) else set()
    codes = {app: next((c for c in candidates if c in offered), "") for app, candidates in LANGUAGE_CODES.items()}
    pairs = set()
    for source, target in DIRECTIONS:
        server_source, server_target = codes[source], codes[target]
        if not server_source or not server_target:
            continue
        targets = offered[server_source]
        # Old servers list no targets: every language translates into every other.
        if not targets or server_target in targets:
            pairs.add((source, target))
    return {app: code for app, code in codes.items() if code}, pairs
