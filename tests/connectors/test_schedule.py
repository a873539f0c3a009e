"""The scheduler and rate limiter on a virtual clock, and the rate-limit header parsers."""

from __future__ import annotations

import asyncio
import logging
import random
from datetime import UTC, datetime

import pytest
from redis.asyncio import Redis

from connectors.base import PolledConnector, Runtime, backoff_delay
from connectors.clock import VirtualClock
from connectors.config import SourceConfig
from connectors.http import FetchError
from connectors.ratelimit import Budget, RateInfo, RateLimiter, parse_rate_headers, retry_after
from connectors.x import XConnector
from monitor.errors import RateLimited
from monitor.keys import Keys
from tests.conftest import wait_until
from tests.connectors.conftest import FAST, running


class FixedWindowServer:
    """Counts requests the way X does: a fixed 15-minute window per app, with an arbitrary phase."""

    def __init__(self, clock: VirtualClock, limit: int, window: float, phase: float) -> None:
        self.clock, self.limit, self.window = clock, limit, window
        self.start = clock.time() - phase
        self.used = 0
        self.requests = 0
        self.too_many = 0

    def take(self) -> RateInfo:
        now = self.clock.time()
        while now - self.start >= self.window:
            self.start += self.window
            self.used = 0
        self.requests += 1
        if self.used >= self.limit:
            self.too_many += 1
        else:
            self.used += 1
        return RateInfo(self.limit, self.limit - self.used, self.start + self.window)


class SimulatedX(PolledConnector):
    platform = "x"
    budget = XConnector.budget

    server: FixedWindowServer

    async def poll(self, account: str) -> None:
        limiter = self.limiter()
        await limiter.acquire()
        before = self.server.too_many
        info = self.server.take()
        limiter.observe(info)
        if self.server.too_many > before:
            raise RateLimited("429", 60.0)


class TestSchedulerOnVirtualClock:
    async def test_thousand_x_accounts_never_draw_a_429(self, redis: Redis, keys: Keys) -> None:
        """1,000 accounts polled every 60 s (more than 10,000/15 min allows) stay under the limit."""
        clock = VirtualClock()
        runtime = Runtime(redis=redis, keys=keys, clock=clock, tuning=FAST, rng=random.Random(1))
        source = SourceConfig(platform="x", base_url="https://api.x.com", poll_interval="60s")
        connector = SimulatedX(runtime, source, [f"account{i}" for i in range(1000)])
        connector.server = FixedWindowServer(clock, 10_000, 900.0, phase=437.0)
        stop = asyncio.Event()
        task = asyncio.create_task(connector.run(stop))
        await clock.run_until(clock.time() + 1800)  # two windows and their boundaries
        stop.set()
        await task
        assert connector.server.too_many == 0
        assert connector.server.requests >= 17_000  # and the budget is used, not starved

    async def test_429_blocks_the_shared_limiter_until_reset(self) -> None:
        """After a block, the next acquire waits until the reset on the clock, then proceeds."""
        clock = VirtualClock()
        limiter = RateLimiter("x:test", 300, 900.0, clock)
        limiter.block_for(120.0)
        started = clock.time()
        task = asyncio.create_task(limiter.acquire())
        await clock.run_until(started + 119)
        assert not task.done()
        await clock.run_until(started + 121)
        assert task.done()

    async def test_remaining_zero_header_blocks_and_server_limit_is_adopted(self) -> None:
        """remaining<=reserve blocks until reset; a lower server limit slows the spacing down."""
        clock = VirtualClock()
        limiter = RateLimiter("mastodon:test", 300, 300.0, clock)
        limiter.observe(RateInfo(limit=30, remaining=0, reset_at=clock.time() + 50))
        assert limiter.limit == 30 and limiter.blocked_until == clock.time() + 50


class FlakySource(PolledConnector):
    platform = "x"
    budget = Budget(1000, 1.0)

    async def poll(self, account: str) -> None:
        if account == "weird":
            raise KeyError("a payload nobody foresaw")
        if account.startswith("down"):
            raise FetchError("host: HTTP 503", reason="http_5xx", retryable=True, status=503)
        self.polled.append(account)

    polled: list[str]


class TestFailureIsolation:
    async def test_errors_logged_once_and_isolated(
        self, redis: Redis, keys: Keys, caplog: pytest.LogCaptureFixture
    ) -> None:
        """A source-wide 5xx on many accounts logs one line; a crashing account does not stop the rest."""
        runtime = Runtime(redis=redis, keys=keys, tuning=FAST, rng=random.Random(2))
        source = SourceConfig(platform="x", base_url="https://api.x.com", poll_interval="0.05s")
        accounts = ["fine", "weird", *(f"down{i}" for i in range(5))]
        connector = FlakySource(runtime, source, accounts)
        connector.polled = []
        with caplog.at_level(logging.WARNING, logger="diplomon.connectors"):
            async with running(connector):
                await wait_until(lambda: _polled(connector, 10))
        lines = [r.getMessage() for r in caplog.records]
        assert sum("HTTP 503" in line for line in lines) == 1
        assert sum("KeyError" in line for line in lines) == 1
        assert connector.errors.is_failing("weird") and not connector.errors.is_failing("fine")


async def _polled(connector: FlakySource, n: int) -> bool:
    return len(connector.polled) >= n


class TestHeaders:
    def test_x_mastodon_bluesky_and_retry_after(self) -> None:
        """Epoch-second, ISO (µs) and delta resets parse; Retry-After takes seconds or an HTTP date."""
        now = 1_767_225_600.0  # 2026-01-01T00:00:00Z
        x = parse_rate_headers(
            {
                "x-rate-limit-limit": "900",
                "x-rate-limit-remaining": "0",
                "x-rate-limit-reset": str(int(now) + 60),
            },
            now,
        )
        assert x == RateInfo(900, 0, now + 60)
        iso = datetime.fromtimestamp(now + 30, UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
        mastodon = parse_rate_headers(
            {"x-ratelimit-limit": "300", "x-ratelimit-remaining": "5", "x-ratelimit-reset": iso},
            now,
        )
        assert mastodon is not None and mastodon.reset_at == now + 30
        bsky = parse_rate_headers(
            {
                "ratelimit-limit": "3000",
                "ratelimit-remaining": "2999",
                "ratelimit-reset": str(int(now) + 300),
            },
            now,
        )
        assert bsky == RateInfo(3000, 2999, now + 300)
        assert retry_after({"retry-after": "7"}, now) == 7.0
        assert retry_after({"retry-after": "Thu, 01 Jan 2026 00:00:10 GMT"}, now) == 10.0
        assert parse_rate_headers({"x-rate-limit-reset": "garbage"}, now) == RateInfo(
            None, None, None
        )

    def test_clock_skew_corrected_with_date_header(self) -> None:
        """A server clock 100 s behind moves the reset by the same 100 s on the local clock."""
        now = 1_767_225_600.0
        headers = {
            "x-rate-limit-reset": str(int(now) - 40),
            "date": "Wed, 31 Dec 2025 23:58:20 GMT",
        }
        info = parse_rate_headers(headers, now)
        assert info is not None and info.reset_at == now + 60

    def test_backoff_grows_with_jitter_and_is_capped(self) -> None:
        """Delays double per failure within [d/2, d] and never exceed the cap."""
        rng = random.Random(3)
        delays = [backoff_delay(n, FAST, rng) for n in range(1, 10)]
        assert 0.025 <= delays[0] <= 0.05 and max(delays) <= FAST.backoff_cap
