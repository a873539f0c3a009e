"""Client-side rate limiting: one limiter per platform, credential and endpoint.

A limiter spaces requests so that at most ``limit`` start in any ``window``
(a GCRA with a small burst allowance kept inside the limit), adopts the
server's own numbers from its rate-limit headers, and, when the server says
the budget is (nearly) spent or answers 429, blocks everyone sharing it until
the reset. Reset times are corrected for clock skew with the ``Date`` header.
"""

from __future__ import annotations

import asyncio
import hashlib
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from email.utils import parsedate_to_datetime

from connectors.clock import Clock
from monitor.metrics import RATE_LIMIT_WAITS

MAX_WAIT = 900.0  # never sleep longer than one X window on a single header
MIN_WAIT = 0.5
_PREFIXES = ("x-rate-limit-", "x-ratelimit-", "ratelimit-")


@dataclass(frozen=True)
class RateInfo:
    """What a response's rate-limit headers said, reset in local epoch seconds."""

    limit: int | None
    remaining: int | None
    reset_at: float | None


def _int(value: str | None) -> int | None:
    if value is None:
        return None
    try:
        return int(float(value.strip()))
    except ValueError:
        return None


def _server_skew(headers: Mapping[str, str], now: float) -> float:
    """Local time minus server time, if the Date header says it is off by > 2 s."""
    date = headers.get("date")
    if not date:
        return 0.0
    try:
        server = parsedate_to_datetime(date).timestamp()
    except (TypeError, ValueError, IndexError):
        return 0.0
    skew = now - server
    return skew if abs(skew) > 2.0 else 0.0


def _parse_reset(value: str, now: float, skew: float) -> float | None:
    text = value.strip()
    try:
        number = float(text)
    except ValueError:
        try:
            moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
        except ValueError:
            return None
        return moment.timestamp() + skew
    if number > 1e9:  # epoch seconds (X, Bluesky, GoToSocial)
        return number + skew
    return now + number  # delta seconds (IETF RateLimit draft)


def parse_rate_headers(headers: Mapping[str, str], now: float) -> RateInfo | None:
    """Read X, Mastodon or atproto style rate-limit headers (case-insensitive mapping)."""
    for prefix in _PREFIXES:
        limit = _int(headers.get(prefix + "limit"))
        remaining = _int(headers.get(prefix + "remaining"))
        reset = headers.get(prefix + "reset")
        if limit is None and remaining is None and reset is None:
            continue
        reset_at = _parse_reset(reset, now, _server_skew(headers, now)) if reset else None
        return RateInfo(limit, remaining, reset_at)
    return None


def retry_after(headers: Mapping[str, str], now: float) -> float | None:
    """Seconds from ``Retry-After`` (delta-seconds or HTTP-date), if present."""
    value = headers.get("retry-after")
    if not value:
        return None
    try:
        return max(0.0, float(value.strip()))
    except ValueError:
        pass
    try:
        moment = parsedate_to_datetime(value).timestamp()
    except (TypeError, ValueError, IndexError):
        return None
    return max(0.0, moment + _server_skew(headers, now) - now)


def clamp_wait(seconds: float) -> float:
    return min(MAX_WAIT, max(MIN_WAIT, seconds))


class RateLimiter:
    """Spaces and, when told to, blocks the requests sharing one budget."""

    def __init__(
        self,
        name: str,
        limit: int,
        window: float,
        clock: Clock,
        *,
        safety: float = 0.9,
        reserve: int = 1,
    ) -> None:
        self.name = name
        self.window = window
        self.reserve = reserve
        self._clock = clock
        self._safety = safety
        self._tat = 0.0  # GCRA theoretical arrival time
        self._blocked_until = 0.0
        self._lock = asyncio.Lock()
        self.limit = 0
        self._set_limit(limit)

    def _set_limit(self, limit: int) -> None:
        self.limit = max(1, limit)
        steady = max(1, int(self.limit * self._safety))
        self._interval = self.window / steady
        self._burst = max(1, self.limit - steady - 1)

    @property
    def blocked_until(self) -> float:
        return self._blocked_until

    async def acquire(self) -> None:
        """Wait until one more request fits the budget, then take it."""
        async with self._lock:
            counted = False
            while True:
                now = self._clock.time()
                start = max(self._tat - self._burst * self._interval, self._blocked_until)
                if start <= now:
                    break
                if self._blocked_until > now and not counted:
                    RATE_LIMIT_WAITS.labels(platform=self.name.split(":", 1)[0]).inc()
                    counted = True
                await self._clock.sleep(start - now)
            self._tat = max(self._tat, now) + self._interval

    def observe(self, info: RateInfo) -> None:
        """Adopt the server's limit and block when its remaining budget is spent."""
        if info.limit is not None and 0 < info.limit < self.limit:
            self._set_limit(info.limit)
        if info.remaining is not None and info.remaining <= self.reserve and info.reset_at:
            self.block_for(info.reset_at - self._clock.time())

    def block_for(self, seconds: float) -> None:
        until = self._clock.time() + clamp_wait(seconds)
        self._blocked_until = max(self._blocked_until, until)


@dataclass(frozen=True)
class Budget:
    """A documented limit: ``limit`` requests per ``window`` seconds."""

    limit: int
    window: float
    reserve: int = 1


class Limiters:
    """The shared registry: one limiter per (platform, host, credential, endpoint)."""

    def __init__(self, clock: Clock) -> None:
        self._clock = clock
        self._limiters: dict[str, RateLimiter] = {}

    def get(
        self, platform: str, host: str, credential: str | None, endpoint: str, budget: Budget
    ) -> RateLimiter:
        cred = hashlib.sha256(credential.encode()).hexdigest()[:12] if credential else "anon"
        name = f"{platform}:{host}:{cred}:{endpoint}"
        limiter = self._limiters.get(name)
        if limiter is None:
            limiter = RateLimiter(
                name, budget.limit, budget.window, self._clock, reserve=budget.reserve
            )
            self._limiters[name] = limiter
        return limiter
