"""The operations endpoint: ``/metrics`` for Prometheus and ``/healthz`` for probes.

A tiny HTTP/1.1 server on ``asyncio.start_server`` (no extra dependency).
``/metrics`` is this process's prometheus_client registry plus gauges read
from Redis at scrape time, so any process of a deployment can serve the
whole pipeline's backlog: per stream length, per consumer group lag,
pending entries and the idle time of the oldest pending entry, dead letters,
live workers. ``/healthz`` answers 200 when Redis answers, every worker's
health key is fresh and no group holds an entry pending past
``stuck_after``; otherwise 503 with a JSON body naming the reason.

Enable it with ``[metrics] port = 9464`` (and optionally ``host``,
``stuck_after``, ``stale_after``, ``require_workers``).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import time
from collections.abc import Awaitable, Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

import msgspec
from prometheus_client import REGISTRY, CollectorRegistry, generate_latest
from prometheus_client.core import GaugeMetricFamily, Metric
from prometheus_client.registry import Collector
from redis.asyncio import Redis
from redis.exceptions import RedisError

from monitor import metrics as _counters  # noqa: F401  (registers the counters)
from monitor.durations import parse_duration
from monitor.errors import ConfigError
from monitor.keys import Keys

log = logging.getLogger("diplomon.ops")

CONTENT_TYPE_METRICS = "text/plain; version=0.0.4; charset=utf-8"
READ_TIMEOUT_S = 5.0
MAX_HEADER_BYTES = 16_384
MAX_CONCURRENT = 4


class MetricsConfig(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """The ``[metrics]`` table of the config file."""

    port: int | None = None  # absent -> no endpoint
    host: str = "127.0.0.1"
    stuck_after: str = "5m"  # a pending entry idle this long makes /healthz fail
    stale_after: str = "20s"  # a worker health key older than this is stale
    require_workers: bool = True  # /healthz fails when no worker reported
    redis_timeout: str = "2s"  # longest wait for Redis during one request


@dataclass(frozen=True)
class OpsOptions:
    stuck_after_s: float = 300.0
    stale_after_s: float = 20.0
    require_workers: bool = True
    redis_timeout_s: float = 2.0

    @classmethod
    def from_config(cls, config: MetricsConfig) -> OpsOptions:
        return cls(
            stuck_after_s=parse_duration(config.stuck_after),
            stale_after_s=parse_duration(config.stale_after),
            require_workers=config.require_workers,
            redis_timeout_s=parse_duration(config.redis_timeout),
        )


def metrics_config(raw: Mapping[str, Any], source: str = "<config>") -> MetricsConfig:
    """Validate the ``[metrics]`` table; raises ConfigError naming the key."""
    try:
        config = msgspec.convert(dict(raw), MetricsConfig)
    except msgspec.ValidationError as exc:
        raise ConfigError(f"{source}: metrics: {exc}") from exc
    if config.port is not None and not 0 < config.port < 65536:
        raise ConfigError(f"{source}: metrics.port: must be 1..65535")
    for name in ("stuck_after", "stale_after", "redis_timeout"):
        try:
            parse_duration(getattr(config, name))
        except ValueError as exc:
            raise ConfigError(f"{source}: metrics.{name}: {exc}") from exc
    return config


@dataclass
class GroupState:
    stream: str
    group: str
    consumers: int
    pending: int
    lag: int | None
    oldest_pending_idle_s: float  # idle time of the oldest pending entry, 0 when none
    stuck: int  # pending entries idle past stuck_after (counted up to 100)


@dataclass
class Snapshot:
    """What Redis says about the pipeline at one moment."""

    redis_up: bool
    error: str = ""
    stream_lengths: dict[str, int] = field(default_factory=dict)
    groups: list[GroupState] = field(default_factory=list)
    workers: dict[str, float] = field(default_factory=dict)  # consumer -> age of health key (s)
    read_seconds: float = 0.0


def _text(value: bytes | str | None) -> str:
    if value is None:
        return ""
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else value


def _field(info: Mapping[Any, Any], name: str) -> Any:
    return info.get(name, info.get(name.encode()))


async def _group_states(redis: Redis, stream: str, stuck_after_ms: int) -> list[GroupState]:
    states: list[GroupState] = []
    for info in await redis.xinfo_groups(stream):
        group = _text(_field(info, "name"))
        pending = int(_field(info, "pending") or 0)
        lag = _field(info, "lag")
        oldest = 0.0
        stuck = 0
        if pending:
            first = await redis.xpending_range(stream, group, min="-", max="+", count=1)
            if first:
                oldest = int(first[0]["time_since_delivered"]) / 1000.0
            idle = await redis.xpending_range(
                stream, group, min="-", max="+", count=100, idle=stuck_after_ms
            )
            stuck = len(idle)
        states.append(
            GroupState(
                stream=stream,
                group=group,
                consumers=int(_field(info, "consumers") or 0),
                pending=pending,
                lag=None if lag is None else int(lag),
                oldest_pending_idle_s=oldest,
                stuck=stuck,
            )
        )
    return states


async def worker_ages(redis: Redis, keys: Keys) -> dict[str, float]:
    """Worker name -> seconds since its last health report (keys expire after 30 s)."""
    found = [k async for k in redis.scan_iter(match=keys.key("health", "worker", "*"), count=500)]
    if not found:
        return {}
    values = await redis.mget(found)
    now = time.time()
    ages: dict[str, float] = {}
    for key, value in zip(found, values, strict=True):
        if value is None:
            continue  # expired between SCAN and MGET
        try:
            ages[_text(key).rsplit(":", 1)[-1]] = max(0.0, now - float(_text(value)))
        except ValueError:
            ages[_text(key).rsplit(":", 1)[-1]] = float("inf")
    return ages


def streams_of(keys: Keys) -> list[str]:
    return [*keys.posts_streams, keys.scores, keys.alerts, keys.dead]


async def read_snapshot(redis: Redis, keys: Keys, options: OpsOptions) -> Snapshot:
    """Read the pipeline's state from Redis; never raises for Redis trouble."""
    started = time.monotonic()
    snapshot = Snapshot(redis_up=True)
    try:
        async with asyncio.timeout(options.redis_timeout_s):
            await redis.ping()
            streams = streams_of(keys)
            async with redis.pipeline(transaction=False) as pipe:
                for stream in streams:
                    pipe.exists(stream)
                    pipe.xlen(stream)
                replies = await pipe.execute()
            stuck_ms = int(options.stuck_after_s * 1000)
            for i, stream in enumerate(streams):
                if not replies[2 * i]:
                    continue
                snapshot.stream_lengths[stream] = int(replies[2 * i + 1])
                snapshot.groups += await _group_states(redis, stream, stuck_ms)
            snapshot.workers = await worker_ages(redis, keys)
    except TimeoutError:
        snapshot.redis_up = False
        snapshot.error = f"Redis did not answer within {options.redis_timeout_s:g}s"
    except (RedisError, OSError) as exc:
        snapshot.redis_up = False
        snapshot.error = f"Redis error: {type(exc).__name__}: {exc}"
    snapshot.read_seconds = time.monotonic() - started
    return snapshot


def health_problems(snapshot: Snapshot, keys: Keys, options: OpsOptions) -> list[str]:
    """Why the pipeline is unhealthy; empty when healthy."""
    if not snapshot.redis_up:
        return [snapshot.error or "Redis unreachable"]
    problems: list[str] = []
    if options.require_workers and not snapshot.workers:
        problems.append("no worker reported (no fresh health key)")
    for consumer, age in sorted(snapshot.workers.items()):
        if age > options.stale_after_s:
            problems.append(f"worker {consumer} last reported {age:.0f}s ago")
    for group in snapshot.groups:
        if group.stuck:
            problems.append(
                f"{group.stream} group {group.group}: {group.stuck} entries pending longer "
                f"than {options.stuck_after_s:g}s (oldest idle {group.oldest_pending_idle_s:.0f}s)"
            )
    return problems


class SnapshotCollector(Collector):
    """Exposes one Snapshot as Prometheus gauges."""

    def __init__(self, snapshot: Snapshot, keys: Keys, healthy: bool) -> None:
        self.snapshot = snapshot
        self.keys = keys
        self.healthy = healthy

    def _stream_label(self, stream: str) -> str:
        prefix = self.keys.prefix + ":"
        return stream[len(prefix) :] if stream.startswith(prefix) else stream

    def collect(self) -> Iterable[Metric]:
        snap = self.snapshot
        single = [
            ("redis_up", "1 when Redis answered this scrape", snap.redis_up),
            ("healthy", "1 when /healthz would answer 200", self.healthy),
            ("redis_scrape_seconds", "Time to read the pipeline state", snap.read_seconds),
            ("workers_live", "Workers with a fresh health key", len(snap.workers)),
            ("dead_letter_length", "Entries in the dead-letter stream",
             snap.stream_lengths.get(self.keys.dead, 0)),
        ]  # fmt: skip
        for name, doc, value in single:
            yield _gauge(f"diplomon_{name}", doc, [], [([], value)])
        yield _gauge(
            "diplomon_worker_health_age_seconds", "Age of each worker's health key",
            ["consumer"], [([c], age) for c, age in sorted(snap.workers.items())],
        )  # fmt: skip
        yield _gauge(
            "diplomon_stream_length", "Entries in each stream (XLEN)", ["stream"],
            [([self._stream_label(s)], n) for s, n in sorted(snap.stream_lengths.items())],
        )  # fmt: skip
        yield from self._group_metrics()

    def _group_metrics(self) -> Iterable[Metric]:
        per_group: list[tuple[str, str, Callable[[GroupState], float | None]]] = [
            ("pending", "Entries delivered but not acknowledged", lambda g: g.pending),
            ("lag", "Entries not yet delivered to the group (XINFO lag)", lambda g: g.lag),
            ("consumers", "Consumers known to the group", lambda g: g.consumers),
            ("oldest_pending_idle_seconds", "Idle time of the group's oldest pending entry",
             lambda g: g.oldest_pending_idle_s),
            ("stuck_pending", "Pending entries idle past stuck_after", lambda g: g.stuck),
        ]  # fmt: skip
        groups = self.snapshot.groups
        for name, doc, value_of in per_group:
            rows = [
                ([self._stream_label(g.stream), g.group], value)
                for g in groups
                if (value := value_of(g)) is not None
            ]
            yield _gauge(f"diplomon_group_{name}", doc, ["stream", "group"], rows)


def _gauge(
    name: str, doc: str, labels: list[str], rows: Iterable[tuple[list[str], float | bool]]
) -> GaugeMetricFamily:
    family = GaugeMetricFamily(name, doc, labels=labels)
    for values, value in rows:
        family.add_metric(values, float(value))
    return family


async def render_metrics(redis: Redis, keys: Keys, options: OpsOptions) -> bytes:
    """The /metrics body: this process's registry, then the Redis-derived gauges."""
    snapshot = await read_snapshot(redis, keys, options)
    healthy = not health_problems(snapshot, keys, options)
    scrape = CollectorRegistry(auto_describe=False)
    scrape.register(SnapshotCollector(snapshot, keys, healthy))
    return generate_latest(REGISTRY) + generate_latest(scrape)


async def render_health(redis: Redis, keys: Keys, options: OpsOptions) -> tuple[int, bytes]:
    snapshot = await read_snapshot(redis, keys, options)
    problems = health_problems(snapshot, keys, options)
    body: dict[str, Any] = {
        "status": "fail" if problems else "ok",
        "redis": snapshot.redis_up,
        "workers": sorted(snapshot.workers),
    }
    if problems:
        body["reason"] = "; ".join(problems)
        body["problems"] = problems
    return (503 if problems else 200), json.dumps(body).encode() + b"\n"


_REASONS = {
    200: "OK",
    400: "Bad Request",
    404: "Not Found",
    405: "Method Not Allowed",
    503: "Service Unavailable",
}


def _response(status: int, body: bytes, content_type: str, *, head: bool = False) -> bytes:
    header = (
        f"HTTP/1.1 {status} {_REASONS.get(status, 'Error')}\r\n"
        f"Content-Type: {content_type}\r\n"
        f"Content-Length: {len(body)}\r\n"
        "Cache-Control: no-store\r\n"
        "Connection: close\r\n\r\n"
    )
    return header.encode("ascii") + (b"" if head else body)


async def _read_request(reader: asyncio.StreamReader) -> tuple[str, str] | None:
    """(method, path) of one request, or None when it is not a readable HTTP request."""
    try:
        async with asyncio.timeout(READ_TIMEOUT_S):
            head = await reader.readuntil(b"\r\n\r\n")
    except (TimeoutError, asyncio.IncompleteReadError, asyncio.LimitOverrunError):
        return None
    parts = head.split(b"\r\n", 1)[0].decode("latin-1").split(" ")
    if len(parts) != 3 or not parts[2].startswith("HTTP/"):
        return None
    return parts[0], parts[1].split("?", 1)[0]


Route = Callable[[], Awaitable[tuple[int, bytes, str]]]


class OpsServer:
    """Serves /metrics and /healthz for one Redis and key prefix."""

    def __init__(self, redis: Redis, keys: Keys, options: OpsOptions | None = None) -> None:
        self.redis = redis
        self.keys = keys
        self.options = options or OpsOptions()
        self._gate = asyncio.Semaphore(MAX_CONCURRENT)  # bounds Redis reads per scrape storm

    async def _metrics(self) -> tuple[int, bytes, str]:
        return 200, await render_metrics(self.redis, self.keys, self.options), CONTENT_TYPE_METRICS

    async def _health(self) -> tuple[int, bytes, str]:
        status, body = await render_health(self.redis, self.keys, self.options)
        return status, body, "application/json"

    async def respond(self, method: str, path: str) -> bytes:
        routes: dict[str, Route] = {"/metrics": self._metrics, "/healthz": self._health}
        route = routes.get(path)
        if route is None:
            return _response(404, b"not found: try /metrics or /healthz\n", "text/plain")
        if method not in ("GET", "HEAD"):
            return _response(405, b"only GET and HEAD\n", "text/plain")
        async with self._gate:
            status, body, content_type = await route()
        return _response(status, body, content_type, head=method == "HEAD")

    async def handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            request = await _read_request(reader)
            if request is None:
                writer.write(_response(400, b"bad request\n", "text/plain"))
            else:
                writer.write(await self.respond(*request))
            await writer.drain()
        except (ConnectionError, OSError):
            pass  # the client went away
        except Exception:
            log.exception("ops request failed")
        finally:
            writer.close()
            with contextlib.suppress(ConnectionError, OSError):
                await writer.wait_closed()


async def serve_ops(
    redis: Redis,
    keys: Keys,
    host: str,
    port: int,
    stop: asyncio.Event,
    *,
    options: OpsOptions | None = None,
) -> None:
    """Serve /metrics and /healthz on host:port until ``stop`` is set."""
    ops = OpsServer(redis, keys, options)
    server = await asyncio.start_server(ops.handle, host, port, limit=MAX_HEADER_BYTES)
    bound = [s.getsockname() for s in server.sockets]
    log.info("ops endpoint listening", extra={"address": [f"{a[0]}:{a[1]}" for a in bound]})
    async with server:
        await stop.wait()


def ops_stages(
    raw: Mapping[str, Any], redis: Redis, keys: Keys, stop: asyncio.Event
) -> list[tuple[str, Callable[[], Awaitable[None]]]]:
    """The daemon stage serving /metrics and /healthz, or none when no port is set."""
    config = metrics_config(raw)
    if config.port is None:
        return []
    options = OpsOptions.from_config(config)
    host, port = config.host, config.port

    def start() -> Awaitable[None]:
        return serve_ops(redis, keys, host, port, stop, options=options)

    return [("ops", start)]
