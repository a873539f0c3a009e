"""Issue 7 fault: Redis (AOF on) restarted while the whole daemon runs, connectors included.

The existing ops fault test restarts Redis under a worker fed by the test.
Here a single ``diplomon run`` (role ``all``) ingests the Colombia-USA
exchange from the X and Truth Social stand-ins, scores it and delivers its
alert to a webhook; Redis is stopped and started again halfway through the
exchange. Afterwards every post is ingested once and scored once, the alert
reaches the webhook once, and the daemon is still running and healthy.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import httpx
import pytest
from redis.asyncio import Redis
from redis.exceptions import ConnectionError as RedisConnectionError

from connectors.testing import StandIn
from connectors.testing.__main__ import publish
from monitor.keys import Keys
from tests.alerts.alertkit import HttpStub
from tests.conftest import RedisServer, free_port, wait_until
from tests.integration.integration_kit import (
    DaemonMetrics,
    alive_or_fail,
    daemon_config,
    scored_posts,
    stream_alerts,
)
from tests.ops.ops_procs import Daemon, all_done, scenario_posts

pytestmark = pytest.mark.timeout(60)

TOKEN_ENV = "DM_IT_REDIS_TOKEN"
HOOK_ENV = "DM_IT_REDIS_HOOK"


@pytest.fixture
def stand_in() -> Iterator[StandIn]:
    with StandIn() as server:
        yield server


@pytest.fixture
async def hook() -> AsyncIterator[HttpStub]:
    stub = HttpStub(free_port())
    await stub.start()
    try:
        yield stub
    finally:
        await stub.stop()


@pytest.fixture
async def aof_redis(redis_server_aof: RedisServer) -> AsyncIterator[Redis]:
    client = Redis.from_url(redis_server_aof.url, socket_timeout=10)
    yield client
    await client.aclose()


def config_extra(stand_in: StandIn) -> str:
    fast = 'poll_interval = "300ms"\ntimeout = "2s"\nrate_limit = "1000/1s"'
    return f"""
[[sources]]
platform = "x"
base_url = "{stand_in.url}"
token = "env:{TOKEN_ENV}"
{fast}

[[sources]]
platform = "truthsocial"
base_url = "{stand_in.url}/truth/api"
token = "env:{TOKEN_ENV}"
{fast}

[[receivers]]
name = "hook"
type = "webhook"
url = "env:{HOOK_ENV}"
timeout = "2s"
retry_initial = "200ms"
retry_max = "1s"
"""


async def healthy(port: int, daemon: Daemon) -> bool:
    alive_or_fail(daemon)
    async with httpx.AsyncClient(timeout=5) as client:
        return (await client.get(f"http://127.0.0.1:{port}/healthz")).status_code == 200


class TestRedisRestartUnderWholeDaemon:
    async def test_redis_restart_mid_exchange_nothing_lost_nothing_twice(
        self,
        tmp_path: Path,
        aof_redis: Redis,
        redis_server_aof: RedisServer,
        keys: Keys,
        stand_in: StandIn,
        hook: HttpStub,
        daemons: list[Daemon],
        monkeypatch: pytest.MonkeyPatch,
    ) -> None:
        """Redis down and up mid-exchange: each post ingested and scored once; one alert, sent once."""
        redis = aof_redis
        monkeypatch.setenv(TOKEN_ENV, "redis-token")
        monkeypatch.setenv(HOOK_ENV, hook.url("/hook"))
        hostile = scenario_posts()
        for post in hostile:
            if post.platform == "x":
                stand_in.x.add_user(post.author)
            else:
                stand_in.truth.add_account(post.author)
        port = free_port()
        config = daemon_config(
            tmp_path / "a.toml",
            redis_server_aof.url,
            keys,
            metrics_port=port,
            extra=config_extra(stand_in),
        )
        daemon = Daemon(config, role="all").start()
        daemons.append(daemon)
        ops = DaemonMetrics(port, daemon)
        await wait_until(ops.up, timeout=15)
        await wait_until(lambda: healthy(port, daemon), timeout=15)
        half = len(hostile) // 2
        for post in hostile[:half]:
            publish(stand_in, post)

        async def first_half_scored() -> bool:
            alive_or_fail(daemon)
            return len(await scored_posts(redis, keys)) >= half

        await wait_until(first_half_scored, timeout=15)
        await asyncio.to_thread(redis_server_aof.stop)
        for post in hostile[half:]:
            publish(stand_in, post)  # posted while Redis is down
        await wait_until(lambda: _down(ops), timeout=10)
        await wait_until(lambda: _store_failed(ops), timeout=10)  # a connector hit the outage
        await asyncio.to_thread(redis_server_aof.start)
        await wait_until(lambda: _all_done(redis, keys, len(hostile)), timeout=30)
        alerts = await stream_alerts(redis, keys)

        async def delivered() -> bool:
            alive_or_fail(daemon)
            return len(hook.requests) >= len(alerts) > 0

        await wait_until(delivered, timeout=15)
        assert [json.loads(r.body)["id"] for r in hook.requests] == [a["id"] for a in alerts]
        assert [a["countries"] for a in alerts if a["kind"] == "hostile_exchange"] == [
            ["COL", "USA"]
        ]
        ingested = await redis.xlen(keys.posts)
        scored = [p.text for p in await scored_posts(redis, keys)]
        assert ingested == len(hostile)
        assert sorted(scored) == sorted(p.text for p in hostile)
        await wait_until(lambda: healthy(port, daemon), timeout=15)
        assert await ops.value("diplomon_redis_up") == 1
        assert daemon.alive()


async def _all_done(redis: Redis, keys: Keys, expected: int) -> bool:
    """``all_done``, where the test's own pooled connection may have died with the restart."""
    try:
        return await all_done(redis, keys, expected)
    except (RedisConnectionError, OSError):
        return False


async def _store_failed(ops: DaemonMetrics) -> bool:
    return await ops.value("diplomon_connector_errors_total", reason="store") >= 1


async def _down(ops: DaemonMetrics) -> bool:
    """The daemon's own /metrics reports Redis down."""
    return await ops.value("diplomon_redis_up") == 0
