"""The shared base of every connector: runtime, schedule, backoff, error reporting.

A polled connector implements :meth:`PolledConnector.poll` for one account.
The base runs one loop per account: the first poll at a random offset, then
every ``poll_interval`` with ±10 % jitter (measured from the start of the
previous poll), at most ``concurrency`` polls in flight, exponential backoff
with full jitter after timeouts/5xx/bad payloads, and the limiter's wait after a
429. A failure is logged once when it starts (and again only if its reason
changes), counted in ``diplomon_connector_errors_total`` every time, and its
recovery logged once.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import random
from abc import ABC, abstractmethod
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from urllib.parse import urlsplit

from redis.asyncio import Redis

from connectors.clock import Clock, SystemClock
from connectors.config import SourceConfig, parse_rate
from connectors.http import FetchError, HttpClient
from connectors.ratelimit import Budget, Limiters, RateLimiter
from connectors.store import Store
from monitor.durations import parse_duration
from monitor.errors import ConnectorError, RateLimited, StoreError
from monitor.keys import Keys
from monitor.metrics import CONNECTOR_ERRORS
from monitor.models import Post
from monitor.secrets import Secret

log = logging.getLogger("diplomon.connectors")


@dataclass(frozen=True)
class Tuning:
    """Knobs tests shrink: backoff, jitter, concurrency."""

    backoff_base: float = 2.0
    backoff_cap: float = 300.0
    jitter: float = 0.1
    concurrency: int = 8
    permanent_retry: float = 3600.0  # how long an account that 404s is left alone
    reconnect_cap: float = 60.0  # push connections
    backfill: float = 2 * 86400.0  # on an account's first poll, older posts are not ingested


@dataclass
class Runtime:
    """What every connector shares: the store, the clock, the limiter registry."""

    redis: Redis
    keys: Keys
    clock: Clock = field(default_factory=SystemClock)
    limiters: Limiters | None = None
    tuning: Tuning = field(default_factory=Tuning)
    rng: random.Random = field(default_factory=random.Random)

    def __post_init__(self) -> None:
        if self.limiters is None:
            self.limiters = Limiters(self.clock)

    def limiter(
        self, platform: str, base_url: str, credential: str | None, endpoint: str, budget: Budget
    ) -> RateLimiter:
        assert self.limiters is not None
        host = urlsplit(base_url).netloc or base_url
        return self.limiters.get(platform, host, credential, endpoint, budget)


def backoff_delay(failures: int, tuning: Tuning, rng: random.Random) -> float:
    """Exponential backoff with full jitter in [d/2, d], d = base * 2**(failures-1)."""
    ceiling = min(tuning.backoff_cap, tuning.backoff_base * 2 ** max(0, failures - 1))
    return rng.uniform(ceiling / 2, ceiling)


class ErrorLog:
    """Logs each failure streak once and counts every failure in the metric.

    Failures specific to one account (an unknown handle, a 404) are logged per
    account. Failures of the source as a whole (timeouts, 5xx, HTML pages, 429,
    Redis) are logged once for all its accounts, with the first account named,
    and their end is logged once when no account suffers from them any more.
    """

    def __init__(self, connector: str) -> None:
        self.connector = connector
        self._failing: dict[str, str] = {}  # account -> reason
        self._shared: dict[str, set[str]] = {}  # source-wide reason -> accounts

    def failed(
        self, account: str, reason: str, message: str, *, shared: bool = False, trace: bool = False
    ) -> None:
        CONNECTOR_ERRORS.labels(connector=self.connector, reason=reason).inc()
        previous = self._failing.get(account)
        self._failing[account] = reason
        if previous is not None and previous != reason:
            self._forget(account, previous)
        if shared:
            accounts = self._shared.setdefault(reason, set())
            first = not accounts
            accounts.add(account)
            if not first:
                return
        elif previous == reason:
            return
        log.warning(
            "%s: %s failing: %s",
            self.connector,
            account,
            message,
            exc_info=trace,
            extra={"connector": self.connector, "account": account, "reason": reason},
        )

    def _forget(self, account: str, reason: str) -> bool:
        """Drop ``account`` from a shared streak; True when that streak just ended."""
        accounts = self._shared.get(reason)
        if not accounts or account not in accounts:
            return False
        accounts.discard(account)
        return not accounts

    def recovered(self, account: str) -> None:
        reason = self._failing.pop(account, None)
        if reason is None:
            return
        shared = reason in self._shared
        if shared and not self._forget(account, reason):
            return
        log.info(
            "%s: %s recovered%s",
            self.connector,
            "all accounts" if shared else account,
            f" from {reason}" if shared else "",
            extra={"connector": self.connector, "account": account, "reason": reason},
        )

    def is_failing(self, account: str) -> bool:
        return account in self._failing


def version_of(*parts: str) -> str:
    return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()[:12]


def edit_post(post: Post, version: str) -> Post:
    """The post as an edit of itself: a new id so scorers see it, ``ref`` the original."""
    return Post(
        id=f"{post.id}#edit-{version}",
        platform=post.platform,
        author=post.author,
        created_at=post.created_at,
        text=post.text,
        lang=post.lang,
        reply_to=post.reply_to,
        quote_of=post.quote_of,
        mentions=post.mentions,
        url=post.url,
        kind="edit",
        ref=post.id,
    )


def delete_post(platform: str, author: str, post_id: str, when: datetime | None = None) -> Post:
    return Post(
        id=f"{post_id}#delete",
        platform=platform,
        author=author,
        created_at=when or datetime.now(UTC),
        text="",
        kind="delete",
        ref=post_id,
    )


@dataclass(frozen=True)
class Seen:
    """One own post in a freshly fetched window (for edit and deletion detection)."""

    post: Post
    order: str  # sortable: zero-padded id or ISO time
    version: str  # changes when the post is edited


def reconcile(
    old: dict[str, list[str]],
    fetched: Sequence[Seen],
    *,
    deletions: bool = True,
    covers_all: bool = False,
) -> tuple[list[Post], list[str], dict[str, list[str]]]:
    """Edits (as edit posts) and deleted ids within the fetched range, and the new window.

    The range is from the oldest fetched post up, or everything when ``covers_all``
    (the page was not full, so nothing older exists). An empty fetch deletes nothing.
    """
    new = {s.post.id: [s.order, s.version] for s in fetched}
    edits = [
        edit_post(s.post, s.version)
        for s in fetched
        if s.post.id in old and old[s.post.id][1] != s.version
    ]
    deleted: list[str] = []
    if deletions and fetched:  # an empty page is more likely a glitch than a purge
        oldest = "" if covers_all else min(s.order for s in fetched)
        deleted = [pid for pid, (order, _) in old.items() if pid not in new and order >= oldest]
    kept = {pid: v for pid, v in old.items() if pid not in new and pid not in deleted}
    return edits, deleted, {**kept, **new}


class PolledConnector(ABC):
    """A source that polls each of its accounts on a schedule."""

    platform: str = ""
    default_base_url: str = ""
    budget: Budget = Budget(300, 300.0)

    def __init__(
        self,
        runtime: Runtime,
        source: SourceConfig,
        accounts: Sequence[str],
        token: Secret | None = None,
    ) -> None:
        self.runtime = runtime
        self.source = source
        self.token = token
        handles = (a.strip().lstrip("@") for a in accounts)
        self.accounts = list(dict.fromkeys(a for a in handles if a))
        self.base_url = (source.base_url or self.default_base_url).rstrip("/")
        self.interval = parse_duration(source.poll_interval)
        self.timeout = parse_duration(source.timeout)
        self.name = f"{self.platform}@{urlsplit(self.base_url).netloc or self.base_url}"
        self.store = Store(runtime.redis, runtime.keys, self.platform)
        self.errors = ErrorLog(self.name)
        self.clock = runtime.clock
        self.http: HttpClient | None = None
        if source.rate_limit:
            limit, window = parse_rate(source.rate_limit)
            self.budget = Budget(limit, window, self.budget.reserve)

    def limiter(self, endpoint: str = "main", budget: Budget | None = None) -> RateLimiter:
        return self.runtime.limiter(
            self.platform, self.base_url, self.credential(), endpoint, budget or self.budget
        )

    def credential(self) -> str | None:
        """The value that identifies whose budget requests spend (token), if any."""
        return self.token.get() if self.token else None

    def make_http(self) -> HttpClient:
        headers = {"Authorization": f"Bearer {self.token.get()}"} if self.token else {}
        return HttpClient(self.clock, timeout=self.timeout, headers=headers)

    @abstractmethod
    async def poll(self, account: str) -> None:
        """Fetch new posts of one account and publish them."""

    async def publish(self, posts: Sequence[Post]) -> list[Post]:
        return await self.store.publish(posts, self.name)

    def recent(self, posts: Sequence[Post]) -> list[Post]:
        """The posts young enough to ingest on an account's first poll (no cursor yet)."""
        horizon = self.clock.time() - self.runtime.tuning.backfill
        return [p for p in posts if p.created_at.timestamp() >= horizon]

    async def run(self, stop: asyncio.Event) -> None:
        """Poll every account until ``stop`` is set."""
        if not self.accounts:
            log.info("%s: no accounts to watch", self.name, extra={"connector": self.name})
            await stop.wait()
            return
        self.http = self.make_http()
        gate = asyncio.Semaphore(self.runtime.tuning.concurrency)
        loops = [self._loop(account, gate) for account in self.accounts]
        try:
            await run_until_stopped(stop, loops)
        finally:
            await self.http.aclose()

    async def _loop(self, account: str, gate: asyncio.Semaphore) -> None:
        tuning, rng = self.runtime.tuning, self.runtime.rng
        await self.clock.sleep(rng.uniform(0, min(self.interval, 1.0) * tuning.jitter * 10))
        failures = 0
        while True:
            started = self.clock.time()
            async with gate:
                delay, failures = await self._poll_once(account, failures)
            await self.clock.sleep(max(0.0, started + delay - self.clock.time()))

    def _next_interval(self) -> float:
        jitter = self.runtime.tuning.jitter
        return self.interval * self.runtime.rng.uniform(1 - jitter, 1 + jitter)

    async def _poll_once(self, account: str, failures: int) -> tuple[float, int]:
        """Poll; return (delay to the next poll from this one's start, failure count)."""
        try:
            await self.poll(account)
        except RateLimited as exc:
            self.errors.failed(account, "rate_limited", str(exc), shared=True)
            return max(exc.retry_after, self._next_interval()), failures
        except FetchError as exc:
            self.errors.failed(account, exc.reason, str(exc), shared=exc.retryable)
            if not exc.retryable:
                return max(self.runtime.tuning.permanent_retry, self.interval), failures
            failures += 1
            return backoff_delay(failures, self.runtime.tuning, self.runtime.rng), failures
        except (ConnectorError, StoreError) as exc:
            failures += 1
            reason = "store" if isinstance(exc, StoreError) else "connector"
            self.errors.failed(account, reason, str(exc), shared=True)
            return backoff_delay(failures, self.runtime.tuning, self.runtime.rng), failures
        except Exception as exc:  # a payload we did not foresee: this account only
            failures += 1
            message = f"unexpected {type(exc).__name__}: {exc}"
            self.errors.failed(account, "unexpected", message, trace=True)
            return backoff_delay(failures, self.runtime.tuning, self.runtime.rng), failures
        self.errors.recovered(account)
        return self._next_interval(), 0


async def run_until_stopped(stop: asyncio.Event, coroutines: Sequence[Awaitable[None]]) -> None:
    """Run ``coroutines`` as tasks until ``stop`` is set or one fails; cancel the rest."""
    tasks = [asyncio.ensure_future(c) for c in coroutines]
    stopper = asyncio.ensure_future(stop.wait())
    try:
        done, _ = await asyncio.wait([*tasks, stopper], return_when=asyncio.FIRST_COMPLETED)
        for task in done:
            if task is not stopper and not task.cancelled() and task.exception() is not None:
                raise task.exception()  # type: ignore[misc]
    finally:
        for task in [*tasks, stopper]:
            task.cancel()
        await asyncio.gather(*tasks, stopper, return_exceptions=True)


Resolver = Callable[[str], Awaitable[str]]


async def resolve_cached(store: Store, handle: str, resolve: Resolver) -> str:
    """A handle's stable id, asked of the platform once and then kept in Redis."""
    cached = await store.account_id(handle)
    if cached:
        return cached
    resolved = await resolve(handle)
    await store.save_account_id(handle, resolved)
    return resolved
