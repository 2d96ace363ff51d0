"""Talking to a translation server the user runs: requests, timeouts, retries, back-off.

Shared by :mod:`.libretranslate` and :mod:`.chat`. Standard library only (``urllib``):
these servers run on the user's own computer or network, so connections go straight to
them, never through a proxy from the environment.

A request that fails in a way worth another try — no connection, a timeout, a 5xx, a 429
"too many requests" — raises :class:`Transient`; :meth:`Server.retrying` tries again
after an exponential back-off (or the server's ``Retry-After``), up to
:attr:`ServerSettings.attempts` times, then raises the last :class:`EngineError`. Waits
end early when the run is cancelled.
"""

from __future__ import annotations

import email.utils
import json
import socket
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from http.client import HTTPException, HTTPResponse
from typing import Any, TypeVar

from reader.core.errors import Cancelled, EngineError

T = TypeVar("T")
#: Waits a number of seconds (or less, when the run is cancelled).
Waiter = Callable[[float], object]


@dataclass(frozen=True)
class ServerSettings:
    """How a server is asked. Defaults suit a server on the same computer or network."""

    #: Seconds a request may wait for the server (to connect, and for each read).
    timeout: float = 60.0
    #: Tries per request before giving up (connection errors, timeouts, 5xx, 429).
    attempts: int = 4
    #: The first back-off; it doubles with each try, up to ``max_backoff``.
    backoff: float = 0.5
    max_backoff: float = 20.0
    #: The longest ``Retry-After`` obeyed (a longer one gives up at once).
    max_retry_after: float = 300.0
    #: Requests in flight at once.
    concurrency: int = 2
    #: Sentences per request.
    batch_sentences: int = 16


class Transient(Exception):
    """A failure worth another try: *error* is what the user sees if every try fails."""

    def __init__(self, error: EngineError, delay: float | None = None) -> None:
        super().__init__(str(error))
        self.error = error
        #: What the server asked for (``Retry-After``), else None: the usual back-off.
        self.delay = delay


@dataclass
class Reply:
    """A finished answer: status, headers and body."""

    status: int
    headers: Mapping[str, str]
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body.decode("utf-8"))

    def reason(self) -> str:
        """The server's own words about an error, short ("Invalid API key")."""
        try:
            data = self.json()
        except ValueError:
            return self.body.decode("utf-8", "replace").strip()[:200]
        if isinstance(data, Mapping):
            error = data.get("error", data.get("message", data.get("detail")))
            if isinstance(error, Mapping):
                error = error.get("message")
            if error:
                return str(error)[:200]
        return json.dumps(data, ensure_ascii=False)[:200]


def retry_after(value: str | None) -> float | None:
    """Seconds from a ``Retry-After`` header (a number or an HTTP date), else None."""
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


_OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}))


class Server:
    """One server: its base URL, API key and settings, for one engine's requests."""

    def __init__(
        self,
        name: str,
        url: str,
        *,
        api_key: str | None = None,
        settings: ServerSettings | None = None,
        wait: Waiter | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        self.name = name
        self.headers = dict(headers or {})
        self.url = url.rstrip("/")
        self.api_key = api_key
        self.settings = settings or ServerSettings()
        self._wait = wait

    # -- one request ---------------------------------------------------------------------

    def open(
        self,
        method: str,
        path: str,
        payload: Mapping[str, Any] | None = None,
        *,
        headers: Mapping[str, str] | None = None,
    ) -> HTTPResponse | Reply:
        """Send one request: the open response when the status is 2xx (read it yourself),
        else the whole :class:`Reply`. No connection or a timeout raises :class:`Transient`."""
        url = self.url + path
        data = None if payload is None else json.dumps(payload, ensure_ascii=False).encode("utf-8")
        request = urllib.request.Request(url, data=data, method=method)
        request.add_header("Accept", "application/json")
        if data is not None:
            request.add_header("Content-Type", "application/json")
        for key, value in {**self.headers, **(headers or {})}.items():
            request.add_header(key, value)
        try:
            response: HTTPResponse = _OPENER.open(request, timeout=self.settings.timeout)
            return response
        except urllib.error.HTTPError as exc:
            with exc:
                try:
                    body = exc.read()
                except (OSError, HTTPException):
                    body = b""
                return Reply(exc.code, dict(exc.headers.items()) if exc.headers else {}, body)
        except urllib.error.URLError as exc:
            if isinstance(exc.reason, (TimeoutError, socket.timeout)):
                raise self.timed_out(url) from exc
            raise self.unreachable(url, exc.reason) from exc
        except TimeoutError as exc:
            raise self.timed_out(url) from exc
        except (OSError, HTTPException) as exc:
            raise self.unreachable(url, exc) from exc

    def exchange(self, method: str, path: str, payload: Mapping[str, Any] | None = None) -> Reply:
        """Send one request and read the whole answer (a read that times out or breaks off
        raises :class:`Transient`)."""
        opened = self.open(method, path, payload)
        if isinstance(opened, Reply):
            return opened
        with opened:
            try:
                body = opened.read()
            except TimeoutError as exc:
                raise self.timed_out(self.url + path) from exc
            except (OSError, HTTPException) as exc:
                raise self.unreachable(self.url + path, exc) from exc
            return Reply(opened.status, dict(opened.headers.items()), body)

    def timed_out(self, url: str) -> Transient:
        seconds = f"{self.settings.timeout:g}"
        return Transient(
            EngineError(
                f"engine “{self.name}”: {url} did not answer within {seconds} s",
                code="engine.timeout",
                params={"name": self.name, "url": url, "seconds": seconds},
            )
        )

    def unreachable(self, url: str, reason: object) -> Transient:
        return Transient(
            EngineError(
                f"engine “{self.name}”: cannot connect to {url} ({reason}); is the server running?",
                code="engine.unreachable",
                params={"name": self.name, "url": url, "reason": str(reason)},
            )
        )

    def check_status(self, reply: Reply) -> None:
        """Raise for the statuses every server means the same by: a refused key (401,
        403), too many requests (429: :class:`Transient`), a server error (5xx: Transient)."""
        if reply.status in (401, 403):
            raise EngineError(
                f"engine “{self.name}”: the server refused the API key ({reply.reason()})",
                code="engine.bad-key",
                params={"name": self.name, "reason": reply.reason()},
            )
        if reply.status == 429:
            delay = retry_after(reply.headers.get("Retry-After") or reply.headers.get("retry-after"))
            raise Transient(
                EngineError(
                    f"engine “{self.name}”: the server keeps answering “too many requests”; try again later",
                    code="engine.rate-limited",
                    params={"name": self.name},
                ),
                delay,
            )
        if reply.status >= 500:
            raise Transient(
                EngineError(
                    f"engine “{self.name}”: the server failed (HTTP {reply.status}: {reply.reason()})",
                    code="engine.server-error",
                    params={"name": self.name, "status": reply.status, "reason": reply.reason()},
                )
            )

    def refused(self, reply: Reply) -> EngineError:
        """The error for any other status a caller does not handle itself."""
        return EngineError(
            f"engine “{self.name}”: the server refused the request (HTTP {reply.status}: {reply.reason()})",
            code="engine.refused",
            params={"name": self.name, "status": reply.status, "reason": reply.reason()},
        )

    # -- retries -------------------------------------------------------------------------

    def retrying(self, call: Callable[[], T], cancel: threading.Event | None = None) -> T:
        """*call()* until it does not raise :class:`Transient`, at most ``attempts`` times."""
        settings = self.settings
        for attempt in range(1, settings.attempts + 1):
            if cancel is not None and cancel.is_set():
                raise Cancelled()
            try:
                return call()
            except Transient as failure:
                if attempt >= settings.attempts:
                    raise failure.error from failure
                delay = failure.delay
                if delay is None:
                    delay = min(settings.max_backoff, settings.backoff * 2 ** (attempt - 1))
                elif delay > settings.max_retry_after:
                    raise failure.error from failure
                self.pause(delay, cancel)
        raise AssertionError("unreachable")  # pragma: no cover - the loop returns or raises

    def pause(self, seconds: float, cancel: threading.Event | None) -> None:
        """Wait *seconds* before another try (less if *cancel* is set meanwhile)."""
        if self._wait is not None:
            self._wait(seconds)
        elif cancel is not None:
            cancel.wait(seconds)
        else:
            threading.Event().wait(seconds)
        if cancel is not None and cancel.is_set():
            raise Cancelled()
