"""Real HTTP translation servers on 127.0.0.1 for tests: the LibreTranslate API and the
OpenAI chat-completions streaming API, each in its own thread.

What they "translate" is up to the test (``translate(text, source, target)``; by default
``<target>:`` + the text, placeholders left as they are). Each can be told to misbehave,
one fault per request in the order given (``server.faults.extend([...])``):

LibreTranslate: ``"429"`` (with ``Retry-After: 7``), ``"500"``, ``"hang"`` (answer nothing
until the server stops), ``"wrong-count"``, ``"not-json"``, ``"barrier"`` (wait until a
second request arrives: proves requests run at once).

Chat: ``"500"``, ``"429"``, ``"hang"``, ``"drop:N"`` (leave out sentence N), ``"dup:N"``
(answer N twice), ``"garble:N"`` (N's line without its number), ``"close:N"`` (close the
stream after N lines, no ``[DONE]``), ``"preamble"``, ``"no-stream"`` (one JSON answer),
``"pause:N"`` (stop before line N+1 until :attr:`ChatServer.proceed` is set).
"""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

Translate = Callable[[str, str, str], str]


def tag(text: str, source: str, target: str) -> str:
    """The default "translation": the target language's code, then the text."""
    return f"{target}: {text}"


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True


class TranslationServer:
    """What both fakes share: a thread, a log of requests, faults, a key to check."""

    def __init__(self, translate: Translate = tag, api_key: str | None = None) -> None:
        self.translate = translate
        self.api_key = api_key
        self.faults: list[str] = []
        self.requests: list[tuple[str, Any]] = []
        self.lock = threading.Lock()
        #: Set when the server stops: hanging requests end.
        self.released = threading.Event()
        self.in_flight = 0
        self.most_in_flight = 0
        self.barrier = threading.Barrier(2, timeout=10)
        owner = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.0"

            def log_message(self, *args: object) -> None:
                pass

            def do_GET(self) -> None:
                owner._enter()
                try:
                    owner.get(self)
                finally:
                    owner._leave()

            def do_POST(self) -> None:
                owner._enter()
                try:
                    length = int(self.headers.get("Content-Length") or 0)
                    payload = json.loads(self.rfile.read(length) or b"null")
                    owner.post(self, payload)
                finally:
                    owner._leave()

        self.httpd = _Server(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        host, port = self.httpd.server_address[:2]
        return f"http://{host}:{port}"

    def start(self) -> TranslationServer:
        self.thread.start()
        return self

    def stop(self) -> None:
        self.released.set()
        self.httpd.shutdown()
        self.httpd.server_close()

    def _enter(self) -> None:
        with self.lock:
            self.in_flight += 1
            self.most_in_flight = max(self.most_in_flight, self.in_flight)

    def _leave(self) -> None:
        with self.lock:
            self.in_flight -= 1

    def next_fault(self) -> str:
        with self.lock:
            return self.faults.pop(0) if self.faults else ""

    def log(self, path: str, payload: Any) -> None:
        with self.lock:
            self.requests.append((path, payload))

    def posts(self, path: str) -> list[Any]:
        with self.lock:
            return [payload for p, payload in self.requests if p == path]

    @staticmethod
    def send_json(
        handler: BaseHTTPRequestHandler, status: int, data: Any, headers: dict[str, str] | None = None
    ) -> None:
        body = json.dumps(data, ensure_ascii=False).encode("utf-8")
        handler.send_response(status)
        handler.send_header("Content-Type", "application/json")
        handler.send_header("Content-Length", str(len(body)))
        for key, value in (headers or {}).items():
            handler.send_header(key, value)
        handler.end_headers()
        handler.wfile.write(body)

    def get(self, handler: BaseHTTPRequestHandler) -> None:
        raise NotImplementedError

    def post(self, handler: BaseHTTPRequestHandler, payload: Any) -> None:
        raise NotImplementedError


class LibreTranslateServer(TranslationServer):
    """``GET /languages`` and ``POST /translate`` (``q`` a string or a list)."""

    def __init__(self, *args: Any, languages: dict[str, list[str]] | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.languages = languages if languages is not None else {"en": ["zh-Hans"], "zh-Hans": ["en"]}

    def get(self, handler: BaseHTTPRequestHandler) -> None:
        self.log(handler.path, None)
        if handler.path != "/languages":
            self.send_json(handler, 404, {"error": "Not Found"})
            return
        data = [{"code": code, "name": code, "targets": targets} for code, targets in self.languages.items()]
        self.send_json(handler, 200, data)

    def post(self, handler: BaseHTTPRequestHandler, payload: Any) -> None:
        self.log(handler.path, payload)
        if handler.path != "/translate":
            self.send_json(handler, 404, {"error": "Not Found"})
            return
        if self.api_key is not None and payload.get("api_key") != self.api_key:
            self.send_json(handler, 403, {"error": "Invalid API key"})
            return
        source, target = payload["source"], payload["target"]
        if target not in self.languages.get(source, []):
            self.send_json(handler, 400, {"error": f"{source} is not supported"})
            return
        fault = self.next_fault()
        if fault == "429":
            self.send_json(handler, 429, {"error": "Too many request limits violations"}, {"Retry-After": "7"})
            return
        if fault == "500":
            self.send_json(handler, 500, {"error": "Internal Server Error"})
            return
        if fault == "hang":
            self.released.wait()
            return
        if fault == "barrier":
            self.barrier.wait()
        if fault == "not-json":
            handler.send_response(200)
            handler.send_header("Content-Type", "text/html")
            handler.end_headers()
            handler.wfile.write(b"<html>proxy error</html>")
            return
        texts = payload["q"] if isinstance(payload["q"], list) else [payload["q"]]
        answers = [self.translate(text, source, target) for text in texts]
        if fault == "wrong-count":
            answers = answers[:-1]
        self.send_json(handler, 200, {"translatedText": answers if isinstance(payload["q"], list) else answers[0]})


_SENTENCE = re.compile(r"^(\d+)\. (.*)$")


def numbered_sentences(prompt: str) -> list[str]:
    """The sentences a prompt asks to translate: the numbered lines after "Sentences:"."""
    part = prompt.rsplit("Sentences:", 1)[-1]
    return [m.group(2) for line in part.splitlines() if (m := _SENTENCE.match(line.strip()))]


class ChatServer(TranslationServer):
    """``GET /v1/models`` and ``POST /v1/chat/completions`` (streamed as server-sent events)."""

    def __init__(self, *args: Any, models: tuple[str, ...] = ("tiny-chat",), **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.models = models
        #: For ``pause:N``: set by the test to let the answer go on.
        self.proceed = threading.Event()
        #: Set when a ``pause:N`` answer has sent its first N lines.
        self.paused = threading.Event()
        #: Streamed answers sent to their end.
        self.answers_done = 0

    def _authorised(self, handler: BaseHTTPRequestHandler) -> bool:
        if self.api_key is None or handler.headers.get("Authorization") == f"Bearer {self.api_key}":
            return True
        self.send_json(
            handler, 401, {"error": {"message": "Incorrect API key provided", "type": "invalid_request_error"}}
        )
        return False

    def get(self, handler: BaseHTTPRequestHandler) -> None:
        self.log(handler.path, None)
        if not self._authorised(handler):
            return
        if handler.path != "/v1/models":
            self.send_json(handler, 404, {"error": "not found"})
            return
        self.send_json(handler, 200, {"object": "list", "data": [{"id": m, "object": "model"} for m in self.models]})

    def prompts(self) -> list[str]:
        return [payload["messages"][-1]["content"] for payload in self.posts("/v1/chat/completions")]

    def answer_lines(self, sentences: list[str], source: str, target: str, fault: str) -> list[str]:
        lines = [f"{n}. {self.translate(text, source, target)}" for n, text in enumerate(sentences, 1)]
        kind, _, arg = fault.partition(":")
        n = int(arg) if arg.isdigit() else 0
        if kind == "drop":
            del lines[n - 1]
        elif kind == "dup":
            lines.insert(n, lines[n - 1])
        elif kind == "garble":
            lines[n - 1] = lines[n - 1].split(". ", 1)[1]
        elif kind == "preamble":
            lines.insert(0, "Sure! Here are the translations:")
        return lines

    def post(self, handler: BaseHTTPRequestHandler, payload: Any) -> None:
        self.log(handler.path, payload)
        if not self._authorised(handler):
            return
        if handler.path != "/v1/chat/completions":
            self.send_json(handler, 404, {"error": "not found"})
            return
        if payload.get("model") not in self.models:
            self.send_json(handler, 404, {"error": {"message": f'model "{payload.get("model")}" not found'}})
            return
        fault = self.next_fault()
        if fault in ("500", "429"):
            self.send_json(handler, int(fault), {"error": {"message": "busy"}}, {"Retry-After": "0"})
            return
        if fault == "hang":
            self.released.wait()
            return
        prompt = payload["messages"][-1]["content"]
        # The prompt names the source language first ("from Chinese … into English").
        chinese, english = prompt.find("Chinese"), prompt.find("English")
        source, target = ("zh", "en") if 0 <= chinese < english else ("en", "zh")
        lines = self.answer_lines(numbered_sentences(prompt), source, target, fault)
        if fault == "no-stream":
            message = {"role": "assistant", "content": "\n".join(lines)}
            self.send_json(handler, 200, {"choices": [{"index": 0, "message": message, "finish_reason": "stop"}]})
            return
        handler.send_response(200)
        handler.send_header("Content-Type", "text/event-stream")
        handler.end_headers()
        kind, _, arg = fault.partition(":")
        for number, piece in enumerate(_pieces(lines), 1):
            line_number = (number + 1) // 2
            if kind == "close" and line_number > int(arg):
                return  # the connection closes: no [DONE]
            if kind == "pause" and line_number == int(arg) + 1 and number % 2 == 1:
                self.paused.set()
                self.proceed.wait()
            self._event(handler, {"choices": [{"index": 0, "delta": {"content": piece}, "finish_reason": None}]})
        self._event(handler, {"choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]})
        handler.wfile.write(b"data: [DONE]\n\n")
        handler.wfile.flush()
        with self.lock:
            self.answers_done += 1

    @staticmethod
    def _event(handler: BaseHTTPRequestHandler, data: Any) -> None:
        handler.wfile.write(b"data: " + json.dumps(data, ensure_ascii=False).encode("utf-8") + b"\n\n")
        handler.wfile.flush()


def _pieces(lines: list[str]) -> Iterator[str]:
    """Each answer line in two chunks (as a model streams: never a whole line at once); the
    newline goes with the next line's first chunk."""
    for index, line in enumerate(lines):
        half = max(1, len(line) // 2)
        yield ("\n" if index else "") + line[:half]
        yield line[half:]


@contextmanager
def running(server: TranslationServer) -> Iterator[TranslationServer]:
    server.start()
    try:
        yield server
    finally:
        server.stop()
