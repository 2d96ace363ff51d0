"""An OpenAI-compatible chat server the user runs: Ollama, llama.cpp's llama-server,
LM Studio, vLLM (``POST {base}/v1/chat/completions``).

A request sends a batch of numbered sentences (``1. …``) with a few neighbouring sentences
as context, through the user's prompt template (:mod:`.prompt`), at temperature 0, and
reads the answer as it streams (server-sent events). The answer is read line by line as
``N. translation``; a row is accepted only when its line is whole — the next number has
begun, or the answer ended properly — and only while the numbers come in order. At the
first line out of place (a number missing, repeated or garbled, text that is not a
numbered line, an answer cut short) the rest of the answer is not trusted: those
sentences are asked again in smaller batches. A translation is never glued to another
sentence's row. The rows fill in as the answer streams.

The glossary goes into the prompt (the terms of the batch with their required
translations), and every result is checked like any other: a row lacking a required term
is marked.
"""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from http.client import HTTPException, HTTPResponse
from typing import Any

from reader.core.errors import Cancelled, EngineError
from reader.core.progress import ProgressCallback, no_progress
from reader.core.translate import prompt as prompts
from reader.core.translate.engine import Plan, SourceSegment, TranslatedSegment
from reader.core.translate.engine_settings import DIRECTIONS
from reader.core.translate.engines import Readiness
from reader.core.translate.remote import Batch, RemoteEngine
from reader.core.translate.server import Reply, ServerSettings

#: A numbered answer line: ``3. text``, also ``3) text``, ``3、text``, ``3: text``.
_NUMBERED = re.compile(r"^\s*(?:\*\*)?(\d{1,4})(?:\*\*)?\s*[.)、:：]\s*(.*)$")
#: The start of a numbered line, before its text has come.
_LINE_START = re.compile(r"^\s*(?:\*\*)?(\d{1,4})(?:\*\*)?\s*[.)、:：]")
#: Sentences before and after a batch given as context.
CONTEXT_SENTENCES = 2
#: How often one sentence is asked before the run gives up on it.
MAX_ASKS = 3


@dataclass
class _Answer:
    """What one request gave: row index → text, in order from 0."""

    texts: list[str]
    #: The answer ended properly (``[DONE]`` or a finish reason of ``stop``).
    complete: bool = False


def parse_line(line: str) -> tuple[int, str] | None:
    """``(number, text)`` of a numbered answer line, else None."""
    match = _NUMBERED.match(line)
    if match is None:
        return None
    return int(match.group(1)), match.group(2).strip()


class AnswerReader:
    """Reads a streamed answer, telling each row as soon as it is certainly whole.

    Feed it text as it arrives (:meth:`feed`), then :meth:`finish`; both return the rows
    newly accepted as ``(index, text)`` (index from 0). Once :attr:`broken`, it accepts
    nothing more.
    """

    def __init__(self, expected: int) -> None:
        self.expected = expected
        self.accepted = 0
        self.broken = False
        self._buffer = ""
        self._held: str | None = None

    def feed(self, text: str) -> list[tuple[int, str]]:
        self._buffer += text
        rows: list[tuple[int, str]] = []
        while "\n" in self._buffer and not self.broken:
            line, self._buffer = self._buffer.split("\n", 1)
            rows.extend(self._line(line))
        if self._held is not None and not self.broken:
            # The next number has begun: the held row is whole.
            start = _LINE_START.match(self._buffer)
            if start is not None and int(start.group(1)) == self.accepted + 2:
                rows.append(self._accept())
        return rows

    def finish(self, complete: bool) -> list[tuple[int, str]]:
        """The answer ended; *complete*: properly (not cut off)."""
        rows: list[tuple[int, str]] = []
        if not self.broken and self._buffer.strip():
            rows.extend(self._line(self._buffer))
        self._buffer = ""
        if complete and not self.broken and self._held is not None:
            rows.append(self._accept())
        self._held = None
        return rows

    def _accept(self) -> tuple[int, str]:
        assert self._held is not None
        row = (self.accepted, self._held)
        self.accepted += 1
        self._held = None
        return row

    def _line(self, line: str) -> list[tuple[int, str]]:
        parsed = parse_line(line)
        if parsed is None:
            if not line.strip() or (self._held is None and self.accepted == 0):
                return []  # a blank line, or a preamble ("Here are the translations:")
            self._break()  # text that belongs to no number: the held row is in doubt
            return []
        number, text = parsed
        rows = [self._accept()] if self._held is not None else []
        if number != self.accepted + 1 or not text or number > self.expected:
            self._break()
            return rows
        self._held = text
        return rows

    def _break(self) -> None:
        self.broken = True
        self._held = None


class ChatEngine(RemoteEngine):
    kind = "chat"
    default_settings = ServerSettings(timeout=180.0, concurrency=1, batch_sentences=12)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        #: The run's segments per direction, in talk order (neighbours give context).
        self._plan_segments: dict[tuple[str, str], list[SourceSegment]] = {}

    @staticmethod
    def base_url(url: str) -> str:
        url = url.rstrip("/")
        return url[: -len("/v1")] if url.endswith("/v1") else url

    @property
    def model_label(self) -> str:
        return self.config.model or ""

    @property
    def template(self) -> str:
        return self.config.prompt or prompts.DEFAULT_PROMPT

    @property
    def prompt_hash(self) -> str | None:
        return prompts.prompt_hash(self.template)

    def auth_headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.config.api_key}"} if self.config.api_key else {}

    # -- a run -----------------------------------------------------------------------------

    def run(
        self,
        plan: Plan,
        *,
        first: Sequence[int] = (),
        cancel: threading.Event | None = None,
        report: ProgressCallback = no_progress,
    ) -> Iterator[list[TranslatedSegment]]:
        """One request at a time; each row is yielded as soon as its line is whole. What an
        answer lacks is asked again in batches half the size, each sentence at most
        :data:`MAX_ASKS` times (then the run stops with an error; what was translated stays)."""
        total, done = plan.total, 0
        report(0, total)
        queue = [(batch, 1) for batch in self.batches(plan, first)]
        while queue:
            batch, round_ = queue.pop(0)
            answered = 0
            for index, text in self._ask(batch, cancel):
                answered = index + 1
                done += 1
                report(done, total)
                yield [self.result(batch.segments[index], batch.direction, text)]
            if answered == len(batch.segments):
                continue
            if round_ >= MAX_ASKS:
                raise EngineError(
                    f"engine “{self.name}”: asked {MAX_ASKS} times, the model's answers did not match the"
                    f" numbered sentences (model {self.model_label}); the other rows are stored",
                    code="engine.unusable-answer",
                    params={"name": self.name, "model": self.model_label, "count": MAX_ASKS},
                )
            rest = batch.segments[answered:]
            size = max(1, len(batch.segments) // 2)
            smaller = [
                Batch(batch.direction, rest[i : i + size], batch.start + answered + i)
                for i in range(0, len(rest), size)
            ]
            queue[:0] = [(part, round_ + 1) for part in smaller]

    def batches(self, plan: Plan, first: Sequence[int], size: int | None = None) -> list[Batch]:
        self._plan_segments = {direction: list(segments) for direction, segments in plan.work.items()}
        return super().batches(plan, first, size)

    def _context(self, batch: Batch) -> list[str]:
        """The sentences just before and after *batch* in talk order (for meaning only)."""
        segments = self._plan_segments.get(batch.direction, [])
        end = batch.start + len(batch.segments)
        before = segments[max(0, batch.start - CONTEXT_SENTENCES) : batch.start]
        after = segments[end : end + CONTEXT_SENTENCES]
        return [s.text for s in (*before, *after)]

    def _payload(self, batch: Batch) -> dict[str, Any]:
        text = prompts.render(
            self.template,
            source_lang=batch.direction[0],
            target_lang=batch.direction[1],
            sentences=[s.text for s in batch.segments],
            context=self._context(batch),
            hits=[hit for s in batch.segments for hit in s.terms],
        )
        return {
            "model": self.model_label,
            "messages": [{"role": "user", "content": text}],
            "temperature": 0,
            "stream": True,
        }

    def _ask(self, batch: Batch, cancel: threading.Event | None) -> Iterator[tuple[int, str]]:
        """The rows of one answer as they become whole: ``(index in batch, text)``."""
        payload = self._payload(batch)
        response = self.server.retrying(lambda: self._open(payload), cancel)
        reader = AnswerReader(len(batch.segments))
        with response:
            if "json" in (response.headers.get("Content-Type") or "") and "event-stream" not in (
                response.headers.get("Content-Type") or ""
            ):
                # A server that ignores ``stream``: the whole answer at once.
                content, complete = self._whole_answer(response)
                yield from reader.feed(content)
                yield from reader.finish(complete)
                return
            complete = False
            for piece in self._events(response):
                if cancel is not None and cancel.is_set():
                    raise Cancelled()
                if piece is None:
                    complete = True
                    break
                yield from reader.feed(piece)
                if reader.broken:
                    break
            yield from reader.finish(complete)

    def _open(self, payload: dict[str, Any]) -> HTTPResponse:
        opened = self.server.open("POST", "/v1/chat/completions", payload, headers={"Accept": "text/event-stream"})
        if isinstance(opened, HTTPResponse):
            return opened
        self.server.check_status(opened)
        if opened.status == 404:
            raise self._model_missing(opened)
        raise self.server.refused(opened)

    def _model_missing(self, reply: Reply) -> EngineError:
        return EngineError(
            f"engine “{self.name}”: the server has no model “{self.model_label}” ({reply.reason()})",
            code="engine.model-missing",
            params={"name": self.name, "model": self.model_label},
        )

    def _events(self, response: HTTPResponse) -> Iterator[str | None]:
        """The text of each streamed chunk; None once the answer ended properly. A stream
        that breaks off just ends (what it lacks is asked again)."""
        while True:
            try:
                raw = response.readline()
            except (TimeoutError, OSError, HTTPException):
                return
            if not raw:
                return
            line = raw.decode("utf-8", "replace").strip()
            if not line.startswith("data:"):
                continue
            data = line[len("data:") :].strip()
            if data == "[DONE]":
                yield None
                return
            try:
                chunk = json.loads(data)
                choice = chunk["choices"][0]
            except (ValueError, KeyError, IndexError, TypeError):
                continue
            delta = choice.get("delta") or {}
            content = delta.get("content") if isinstance(delta, dict) else None
            if isinstance(content, str) and content:
                yield content
            if choice.get("finish_reason") == "stop":
                yield None
                return
            if choice.get("finish_reason"):  # "length": cut off
                return

    def _whole_answer(self, response: HTTPResponse) -> tuple[str, bool]:
        try:
            data = json.loads(response.read().decode("utf-8"))
            choice = data["choices"][0]
            content = choice["message"]["content"]
        except (ValueError, KeyError, IndexError, TypeError, OSError, HTTPException):
            return "", False
        return (content if isinstance(content, str) else ""), choice.get("finish_reason") in (None, "stop")

    # -- readiness -------------------------------------------------------------------------

    def check(self, *, timeout: float | None = None) -> Readiness:
        """``GET /v1/models``: reachable, key accepted, the model is there."""
        try:
            reply = self.server.retrying(lambda: self._models())
            try:
                data = reply.json()
                models = [str(m.get("id")) for m in data.get("data", []) if isinstance(m, dict)]
            except (ValueError, AttributeError, TypeError):
                raise EngineError(
                    f"engine “{self.name}”: {self.server.url}/v1/models is not an OpenAI-compatible answer",
                    code="engine.malformed",
                    params={"name": self.name, "reason": reply.body[:200].decode("utf-8", "replace")},
                ) from None
            if models and self.model_label not in models:
                raise EngineError(
                    f"engine “{self.name}”: the server has no model “{self.model_label}”"
                    f" (it has: {', '.join(models[:10])})",
                    code="engine.model-missing",
                    params={"name": self.name, "model": self.model_label},
                )
        except EngineError as error:
            return Readiness(False, (), str(error), error)
        return Readiness(True, DIRECTIONS, f"{self.model_label} at {self.server.url}")

    def _models(self) -> Reply:
        reply = self.server.exchange("GET", "/v1/models")
        self.server.check_status(reply)
        if reply.status != 200:
            raise self.server.refused(reply)
        return reply
