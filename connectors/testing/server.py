# ruff: noqa: E501  (fixture HTML/JSON literals read better unwrapped)
"""A threaded HTTP stand-in for every polled platform, with scripted faults.

One server on 127.0.0.1 answers each platform under its own path, with the
platform's real JSON/XML/HTML shapes and rate-limit headers:

- X API v2 under ``/2/``                 (base_url = ``url``)
- Bluesky AppView under ``/xrpc/``       (base_url = ``url``)
- Mastodon under ``/api/v1/``            (base_url = ``url``)
- Truth Social under ``/truth/api/v1/``  (base_url = ``url + "/truth/api"``)
- RSS/Atom feeds at ``/rss/<name>.xml``  (the feed URL is ``feed_url(name)``)
- Telegram previews at ``/s/<channel>``  (base_url = ``url``)

Faults (:meth:`StandIn.fault`) are consumed in order by the requests whose path
contains ``path``: ``429`` (with the platform's reset headers), ``500``,
``malformed`` JSON, ``html`` (an error page with status 200), ``cloudflare`` challenge (403), and
``slow`` (answers after ``delay`` seconds, past the client's timeout).
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from urllib.parse import parse_qs, urlsplit

from connectors.testing.bluesky import BlueskyState
from connectors.testing.common import Request, Response, html_page, rate_headers
from connectors.testing.feeds import RssState, TelegramState
from connectors.testing.mastodon import MastodonState
from connectors.testing.x import XState

FAULT_KINDS = ("429", "500", "malformed", "html", "cloudflare", "slow")


@dataclass
class Fault:
    kind: str
    path: str
    times: int
    reset_in: float
    delay: float


class StandIn:
    """All HTTP platforms on one free port; use as a context manager."""

    def __init__(self) -> None:
        self.x = XState()
        self.bluesky = BlueskyState()
        self.mastodon = MastodonState(prefix="/api/v1")
        self.truth = MastodonState(prefix="/truth/api/v1", truth=True)
        self.rss = RssState()
        self.telegram = TelegramState()
        self.lock = threading.RLock()
        self.requests: list[Request] = []
        self.hooks: list[Callable[[Request], None]] = []
        self._faults: list[Fault] = []
        self._closing = threading.Event()
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        assert self._server is not None, "start() the stand-in first"
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def feed_url(self, name: str) -> str:
        return f"{self.url}/rss/{name}.xml"

    def fault(
        self,
        kind: str,
        path: str = "",
        *,
        times: int = 1,
        reset_in: float = 1.0,
        delay: float = 3.0,
    ) -> None:
        """Script ``times`` faulty answers to requests whose path contains ``path``."""
        if kind not in FAULT_KINDS:
            raise ValueError(f"unknown fault {kind!r}; one of {FAULT_KINDS}")
        with self.lock:
            self._faults.append(Fault(kind, path, times, reset_in, delay))

    def hits(self, path: str) -> list[Request]:
        with self.lock:
            return [r for r in self.requests if path in r.path]

    def start(self) -> StandIn:
        stand_in = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.0"

            def do_GET(self) -> None:
                status, headers, body = stand_in.handle(self.path, dict(self.headers.items()))
                if status < 0:
                    return
                self.send_response(status)
                for name, value in headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                with contextlib.suppress(OSError):
                    self.wfile.write(body)

            def log_message(self, format: str, *args: object) -> None:
                return

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        self._closing.set()
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
        if self._thread is not None:
            self._thread.join(5)

    def __enter__(self) -> StandIn:
        return self.start()

    def __exit__(
        self, et: type[BaseException] | None, ev: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    def _take_fault(self, path: str) -> Fault | None:
        for fault in self._faults:
            if fault.path in path and fault.times > 0:
                fault.times -= 1
                return fault
        return None

    def handle(self, raw_path: str, headers: dict[str, str]) -> Response:
        parts = urlsplit(raw_path)
        request = Request(parts.path, {k: v for k, v in parse_qs(parts.query).items()}, headers)
        with self.lock:
            self.requests.append(request)
            for hook in list(self.hooks):
                hook(request)
            fault = self._take_fault(parts.path)
        if fault is not None and fault.kind == "slow":
            self._closing.wait(fault.delay)
            fault = None
        with self.lock:
            if fault is not None:
                return self._faulty(fault, request)
            return self._route(request)

    def _platform(self, path: str) -> str:
        for prefix, name in (
            ("/2/", "x"),
            ("/xrpc/", "bluesky"),
            ("/api/v1/", "mastodon"),
            ("/truth/", "truthsocial"),
            ("/rss/", "rss"),
            ("/s/", "telegram"),
        ):
            if path.startswith(prefix):
                return name
        return "other"

    def _route(self, request: Request) -> Response:
        platform = self._platform(request.path)
        if platform == "x":
            return self.x.handle(request)
        if platform == "bluesky":
            return self.bluesky.handle(request)
        if platform == "mastodon":
            return self.mastodon.handle(request)
        if platform == "truthsocial":
            return self.truth.handle(request)
        if platform == "rss":
            return self.rss.handle(request)
        if platform == "telegram":
            return self.telegram.handle(request)
        return 404, {"Content-Type": "text/html"}, html_page("Not Found")

    def _faulty(self, fault: Fault, request: Request) -> Response:
        platform = self._platform(request.path)
        json_type = {"Content-Type": "application/json; charset=utf-8"}
        if fault.kind == "429":
            headers = {**json_type, **rate_headers(platform, 0, fault.reset_in)}
            return 429, headers, _too_many(platform)
        if fault.kind == "500":
            return 500, json_type, b'{"error":"Internal Server Error"}'
        if fault.kind == "malformed":
            return 200, json_type, b'{"data": [{"id": "1", "text": "cut off'
        if fault.kind == "cloudflare":
            page = html_page("Just a moment...", '<script src="/cdn-cgi/challenge-platform/x.js">')
            return 403, {"Content-Type": "text/html; charset=UTF-8", "Server": "cloudflare"}, page
        page = html_page("Service temporarily unavailable", "<p>Please try again later.</p>")
        return 200, {"Content-Type": "text/html; charset=utf-8"}, page


def _too_many(platform: str) -> bytes:
    if platform == "x":
        return b'{"title":"Too Many Requests","type":"about:blank","status":429,"detail":"Too Many Requests"}'
    if platform == "bluesky":
        return b'{"error":"RateLimitExceeded","message":"Rate Limit Exceeded"}'
    return b'{"error":"Too many requests"}'
