"""Post-to-stream delay of a polled source (X) and a push source (Jetstream).

Both run against the local stand-ins and the given Redis, under a private
sub-prefix that is deleted afterwards, so a live pipeline never sees bench
posts. Posts are created at random moments spread over one poll interval (so
every phase of the schedule is sampled); the delay of each is the stream
entry's ingest time minus the moment the stand-in published the post. With
poll interval P the expected polled median is about P/2 plus request time.
"""

from __future__ import annotations

import asyncio
import math
import random
import secrets
import time
from collections.abc import Callable

from redis.asyncio import Redis

from connectors.base import Runtime
from connectors.config import SourceConfig
from connectors.jetstream import JetstreamConnector
from connectors.runner import run_connectors
from connectors.testing import JetstreamStandIn, StandIn
from connectors.x import XConnector
from monitor.keys import Keys
from monitor.models import post_decoder
from monitor.secrets import Secret

POLLED_ACCOUNTS = 4


def percentile(values: list[float], q: float) -> float:
    """Nearest-rank percentile (q in 0..100) of a non-empty list."""
    ordered = sorted(values)
    rank = max(1, math.ceil(q / 100 * len(ordered)))
    return ordered[rank - 1]


async def _schedule_posts(
    make: Callable[[int], str], samples: int, span: float, rng: random.Random
) -> list[str]:
    """Create ``samples`` posts at random moments within ``span`` seconds."""
    moments = sorted(rng.uniform(0, span) for _ in range(samples))
    started = time.monotonic()
    ids = []
    for index, moment in enumerate(moments):
        await asyncio.sleep(max(0.0, started + moment - time.monotonic()))
        ids.append(await asyncio.to_thread(make, index))
    return ids


async def _delays(
    redis: Redis, keys: Keys, created: dict[str, float], timeout: float
) -> list[float]:
    deadline = time.monotonic() + timeout
    found: dict[str, float] = {}
    while time.monotonic() < deadline and len(found) < len(created):
        for _, fields in await redis.xrange(keys.posts) or ():
            if not fields:
                continue
            post = post_decoder.decode(fields[b"post"])
            if post.id in created:
                found[post.id] = int(fields[b"ts"]) / 1000 - created[post.id]
        await asyncio.sleep(0.05)
    return [max(0.0, d) * 1000 for d in found.values()]


async def _cleanup(redis: Redis, keys: Keys) -> None:
    names = [name async for name in redis.scan_iter(match=f"{keys.prefix}:*", count=500)]
    for start in range(0, len(names), 500):
        await redis.delete(*names[start : start + 500])


async def measure_ingest_delay(
    redis: Redis, keys: Keys, poll_interval: float = 2.0, samples: int = 20
) -> dict[str, float]:
    """Median and p99 post-to-stream delay (ms) for polled X and pushed Jetstream posts."""
    bench_keys = Keys(prefix=f"{keys.prefix}:bench:{secrets.token_hex(4)}")
    rng = random.Random()
    runtime = Runtime(redis=redis, keys=bench_keys)
    with StandIn() as stand_in:
        jetstream = await JetstreamStandIn(stand_in.bluesky).start()
        accounts = [f"BenchLeader{i}" for i in range(POLLED_ACCOUNTS)]
        for account in accounts:
            stand_in.x.add_user(account)
        stand_in.bluesky.add_profile("bench-leader.example")
        interval = f"{poll_interval}s"
        x_source = SourceConfig(
            platform="x", base_url=stand_in.url, poll_interval=interval, timeout="2s"
        )
        js_source = SourceConfig(
            platform="bluesky", base_url=stand_in.url, stream_url=jetstream.url
        )
        x = XConnector(runtime, x_source, accounts, Secret("bench-bearer-token"))
        js = JetstreamConnector(runtime, js_source, ["bench-leader.example"])
        stop = asyncio.Event()
        task = asyncio.create_task(run_connectors([x, js], stop, runtime))
        try:
            await asyncio.wait_for(js.connected.wait(), 5)
            await asyncio.sleep(min(1.0, poll_interval))  # let the first polls set cursors

            def x_post(i: int) -> str:
                return stand_in.x.add_post(accounts[i % len(accounts)], f"bench post {i}")

            def bsky_post(i: int) -> str:
                return stand_in.bluesky.add_post("bench-leader.example", f"bench push {i}")

            x_ids, bsky_ids = await asyncio.gather(
                _schedule_posts(x_post, samples, poll_interval, rng),
                _schedule_posts(bsky_post, samples, poll_interval, rng),
            )
            polled = await _delays(
                redis, bench_keys, {i: stand_in.x.added_at[i] for i in x_ids}, 2 * poll_interval + 5
            )
            pushed = await _delays(
                redis, bench_keys, {i: stand_in.bluesky.added_at[i] for i in bsky_ids}, 5
            )
        finally:
            stop.set()
            await task
            await jetstream.stop()
            await _cleanup(redis, bench_keys)
    return {
        "poll_interval_s": poll_interval,
        "samples": float(samples),
        "polled_received": float(len(polled)),
        "polled_median_ms": percentile(polled, 50) if polled else math.inf,
        "polled_p99_ms": percentile(polled, 99) if polled else math.inf,
        "polled_target_ms": (poll_interval / 2 + 1) * 1000,
        "push_received": float(len(pushed)),
        "push_median_ms": percentile(pushed, 50) if pushed else math.inf,
        "push_p99_ms": percentile(pushed, 99) if pushed else math.inf,
        "push_target_ms": 1000.0,
    }
