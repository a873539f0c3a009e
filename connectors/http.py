"""One strict httpx client per connector, translating every failure at the boundary.

Timeouts, network errors, 5xx, HTML where JSON was expected and malformed JSON
become retryable :class:`FetchError`; 429 becomes :class:`RateLimited` after the
shared limiter has been blocked until the reset; other statuses are returned
to the caller (``get``) or raised as non-retryable (``get_json``).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any
from urllib.parse import urlsplit

import httpx
import msgspec

from connectors.clock import Clock
from connectors.ratelimit import RateLimiter, clamp_wait, parse_rate_headers, retry_after
from monitor.errors import ConnectorError, RateLimited

USER_AGENT = "diplomon/0.1 (+https://github.com/diplomon/diplomon)"
DEFAULT_429_WAIT = 60.0
MAX_BODY = 20 * 1024 * 1024


class FetchError(ConnectorError):
    """A request failed; ``reason`` labels logs and metrics."""

    def __init__(
        self, message: str, *, reason: str, retryable: bool, status: int | None = None
    ) -> None:
        super().__init__(message)
        self.reason = reason
        self.retryable = retryable
        self.status = status


def _where(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.netloc}{parts.path}"  # never the query: it may carry a token


def _looks_like_html(body: bytes) -> bool:
    head = body[:512].lstrip().lower()
    return head.startswith((b"<!doctype", b"<html", b"<head", b"<body", b"<"))


class HttpClient:
    """GETs with a strict timeout, TLS verification on and rate-limit bookkeeping."""

    def __init__(
        self,
        clock: Clock,
        *,
        timeout: float,
        headers: Mapping[str, str] | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self._clock = clock
        base_headers = {"User-Agent": USER_AGENT, **(headers or {})}
        self._client = httpx.AsyncClient(
            timeout=httpx.Timeout(timeout),
            headers=base_headers,
            follow_redirects=False,
            verify=True,
            transport=transport,
        )

    async def aclose(self) -> None:
        await self._client.aclose()

    async def get(
        self,
        url: str,
        *,
        params: Mapping[str, str | int] | None = None,
        headers: Mapping[str, str] | None = None,
        limiter: RateLimiter | None = None,
    ) -> httpx.Response:
        """The response (any status but 429/5xx), its headers fed to ``limiter``."""
        if limiter is not None:
            await limiter.acquire()
        try:
            response = await self._client.get(url, params=params, headers=headers)
        except httpx.TimeoutException as exc:
            raise FetchError(f"{_where(url)}: timed out", reason="timeout", retryable=True) from exc
        except httpx.HTTPError as exc:
            name = type(exc).__name__
            raise FetchError(f"{_where(url)}: {name}", reason="network", retryable=True) from exc
        now = self._clock.time()
        info = parse_rate_headers(response.headers, now)
        if limiter is not None and info is not None:
            limiter.observe(info)
        if response.status_code == 429:
            wait = retry_after(response.headers, now)
            if wait is None and info is not None and info.reset_at is not None:
                wait = info.reset_at - now
            wait = clamp_wait(DEFAULT_429_WAIT if wait is None else wait)
            if limiter is not None:
                limiter.block_for(wait)
            raise RateLimited(f"{_where(url)}: 429, waiting {wait:.0f}s", wait)
        if response.status_code >= 500:
            status = response.status_code
            raise FetchError(
                f"{_where(url)}: HTTP {status}", reason="http_5xx", retryable=True, status=status
            )
        return response

    async def get_json(
        self,
        url: str,
        *,
        params: Mapping[str, str | int] | None = None,
        headers: Mapping[str, str] | None = None,
        limiter: RateLimiter | None = None,
    ) -> tuple[Any, httpx.Response]:
        """Decoded JSON of a 2xx response; anything else raises FetchError."""
        response = await self.get(url, params=params, headers=headers, limiter=limiter)
        body = response.content[:MAX_BODY]
        status = response.status_code
        if not 200 <= status < 300:
            retryable = status in (403, 408, 425) and _looks_like_html(body)
            raise FetchError(
                f"{_where(url)}: HTTP {status}{_html_hint(body)}",
                reason="http_4xx" if status >= 400 else "redirect",
                retryable=retryable,
                status=status,
            )
        return decode_json(body, url), response


def _html_hint(body: bytes) -> str:
    if not _looks_like_html(body):
        return ""
    lowered = body[:4096].lower()
    if b"cloudflare" in lowered or b"cdn-cgi" in lowered or b"just a moment" in lowered:
        return " (Cloudflare challenge page instead of JSON)"
    return " (HTML page instead of JSON)"


def decode_json(body: bytes, url: str) -> Any:
    """JSON from ``body``, or a retryable FetchError naming what came instead."""
    if _looks_like_html(body):
        raise FetchError(
            f"{_where(url)}: got HTML instead of JSON{_html_hint(body)}",
            reason="not_json",
            retryable=True,
        )
    try:
        return msgspec.json.decode(body)
    except msgspec.DecodeError as exc:
        raise FetchError(
            f"{_where(url)}: malformed JSON ({str(exc)[:80]})", reason="bad_json", retryable=True
        ) from exc
