# ruff: noqa: E501  (fixture HTML/JSON literals read better unwrapped)
"""Pieces the platform stand-ins share: request/response types, headers, windows."""

from __future__ import annotations

import json
import threading
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import formatdate
from typing import Any

Response = tuple[int, dict[str, str], bytes]


@dataclass(frozen=True)
class Request:
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    at: float = field(default_factory=time.time)

    def arg(self, name: str, default: str | None = None) -> str | None:
        values = self.query.get(name)
        return values[0] if values else default

    def int_arg(self, name: str, default: int, low: int, high: int) -> int:
        value = self.arg(name)
        try:
            number = int(value) if value is not None else default
        except ValueError:
            number = default
        return max(low, min(high, number))


def json_response(status: int, body: Any, headers: dict[str, str] | None = None) -> Response:
    data = json.dumps(body, ensure_ascii=False).encode()
    base = {"Content-Type": "application/json; charset=utf-8", "Date": formatdate(usegmt=True)}
    return status, {**base, **(headers or {})}, data


def html_page(title: str, body: str = "") -> bytes:
    return f"<!DOCTYPE html><html><head><title>{title}</title></head><body><h1>{title}</h1>{body}</body></html>".encode()


def iso_ms(moment: float) -> str:
    """``2020-09-18T18:36:15.000Z`` (X, Mastodon)."""
    text = datetime.fromtimestamp(moment, UTC).isoformat(timespec="milliseconds")
    return text.replace("+00:00", "Z")


def rate_headers(
    platform: str, remaining: int, reset_in: float, limit: int = 300
) -> dict[str, str]:
    """The platform's own rate-limit headers, reset ``reset_in`` seconds from now."""
    reset = time.time() + reset_in
    if platform == "x":
        return {
            "x-rate-limit-limit": str(limit),
            "x-rate-limit-remaining": str(remaining),
            "x-rate-limit-reset": str(int(reset + 0.999)),
        }
    if platform == "bluesky":
        return {
            "RateLimit-Limit": str(limit),
            "RateLimit-Remaining": str(remaining),
            "RateLimit-Reset": str(int(reset + 0.999)),
            "RateLimit-Policy": f"{limit};w=300",
        }
    if platform in ("mastodon", "truthsocial"):
        stamp = datetime.fromtimestamp(reset, UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
        return {
            "X-RateLimit-Limit": str(limit),
            "X-RateLimit-Remaining": str(remaining),
            "X-RateLimit-Reset": stamp,
        }
    return {"Retry-After": str(max(1, round(reset_in)))}


class Window:
    """A fixed rate-limit window, as servers count: ``limit`` requests per ``seconds``."""

    def __init__(self, limit: int, seconds: float) -> None:
        self.limit = limit
        self.seconds = seconds
        self._start = time.time()
        self._used = 0
        self._lock = threading.Lock()

    def take(self) -> tuple[bool, int, float]:
        """(allowed, remaining, seconds to reset) for one more request."""
        with self._lock:
            now = time.time()
            if now - self._start >= self.seconds:
                self._start, self._used = now, 0
            allowed = self._used < self.limit
            if allowed:
                self._used += 1
            return allowed, self.limit - self._used, self._start + self.seconds - now


class Ids:
    """Increasing decimal ids, like snowflakes."""

    def __init__(self, start: int) -> None:
        self._next = start
        self._lock = threading.Lock()

    def next(self) -> str:
        with self._lock:
            self._next += 1
            return str(self._next)
