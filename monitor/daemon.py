"""``diplomon run``: the stages of one process, by role, with a bounded shutdown.

Roles: ``connectors`` (platforms -> posts stream), ``workers`` (posts ->
scores and alerts), ``dispatcher`` (alerts -> receivers), or ``all``. Each
stage runs under a supervisor that restarts it with backoff when it fails
(Redis restarting, a bug hit by one post), so one failure never stops the
daemon. SIGTERM/SIGINT set the stop event: stages stop reading, finish or
hand back what they hold (unacked entries stay pending for the next reader)
and the process exits 0 within ``worker.shutdown_grace``.
"""

from __future__ import annotations

import asyncio
import logging
import os
import signal
import socket
from collections.abc import Awaitable, Callable

from redis.asyncio import Redis

from alerts.dispatcher import run_dispatcher
from connectors.runner import default_sources, run_sources
from monitor.config import Settings, detector_settings
from monitor.detection import Detector
from monitor.durations import parse_duration
from monitor.keys import Keys
from monitor.ops_http import ops_stages
from monitor.scoring import Scorer
from monitor.store import is_embedded, open_store, safe_url
from monitor.supervise import supervise
from monitor.watchlist import Watchlist, build_watchlist
from monitor.worker import ScoringWorker, WorkerOptions

log = logging.getLogger("diplomon.daemon")

ROLES = ("all", "connectors", "workers", "dispatcher")


def worker_options(settings: Settings) -> WorkerOptions:
    w = settings.worker
    return WorkerOptions(
        batch=w.batch,
        block_ms=int(parse_duration(w.block) * 1000),
        claim_idle_ms=int(parse_duration(w.claim_idle) * 1000),
        max_deliveries=w.max_deliveries,
        seen_ttl_s=int(parse_duration(w.seen_ttl)),
        maxlen=settings.redis.maxlen,
    )


def default_consumer(slot: int) -> str:
    return f"{socket.gethostname()}-w{slot}"


def load_watchlist(settings: Settings) -> Watchlist:
    return build_watchlist(
        settings.watchlist.files, include_default=settings.watchlist.include_default
    )


async def run_daemon(
    settings: Settings,
    role: str = "all",
    *,
    slot: int = 0,
    handle_signals: bool = True,
    stop: asyncio.Event | None = None,
) -> int:
    """Run the stages of ``role`` until stopped; returns the exit code."""
    stop = stop or asyncio.Event()
    watchlist = load_watchlist(settings)
    redis = await open_store(settings.redis.url)
    keys = settings.keys()
    where = "embedded store" if settings.redis.url is None else safe_url(settings.redis.url)
    if is_embedded(redis) and role != "all":
        log.warning("the embedded store lives in this process only; other roles cannot see it")
    if handle_signals:
        _install_signal_handlers(stop)
    stages = _stages(settings, role, slot, redis, keys, watchlist, stop)
    log.info(
        "diplomon running",
        extra={"role": role, "store": where, "actors": len(watchlist), "pid": os.getpid()},
    )
    tasks = [asyncio.create_task(supervise(name, start, stop), name=name) for name, start in stages]
    try:
        await stop.wait()
        grace = parse_duration(settings.worker.shutdown_grace)
        _, pending = await asyncio.wait(tasks, timeout=grace)
        for task in pending:
            log.warning("stage did not stop in time; cancelling", extra={"task": task.get_name()})
            task.cancel()
        await asyncio.gather(*pending, return_exceptions=True)
    finally:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        await redis.aclose()
    log.info("diplomon stopped")
    return 0


def _install_signal_handlers(stop: asyncio.Event) -> None:
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)


Stage = tuple[str, Callable[[], Awaitable[None]]]


def _stages(
    settings: Settings,
    role: str,
    slot: int,
    redis: Redis,
    keys: Keys,
    watchlist: Watchlist,
    stop: asyncio.Event,
) -> list[Stage]:
    stages: list[Stage] = []
    if role in ("all", "connectors"):
        stages.append(
            ("connectors", lambda: _run_connectors(settings, watchlist, redis, keys, stop))
        )
    if role in ("all", "workers"):
        detector = Detector(detector_settings(settings), watchlist)
        scorer = Scorer(watchlist)
        options = worker_options(settings)

        def start_worker() -> Awaitable[None]:
            worker = ScoringWorker(
                redis, keys, scorer, detector, consumer=default_consumer(slot), options=options
            )
            return worker.run(stop)

        stages.append(("worker", start_worker))
    if role in ("all", "dispatcher"):
        stages.append(("dispatcher", lambda: _run_dispatcher(settings, redis, keys, stop)))
    stages += ops_stages(settings.metrics, redis, keys, stop)
    return stages


async def _run_connectors(
    settings: Settings, watchlist: Watchlist, redis: Redis, keys: Keys, stop: asyncio.Event
) -> None:
    sources = settings.sources or default_sources(os.environ)
    await run_sources(sources, watchlist, redis, keys, stop)


async def _run_dispatcher(
    settings: Settings, redis: Redis, keys: Keys, stop: asyncio.Event
) -> None:
    await run_dispatcher(redis, keys, settings.receivers, settings.routes, stop)
