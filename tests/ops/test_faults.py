"""Faults a daemon meets, each against real ``diplomon run`` processes and a real Redis."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import httpx
import pytest
from redis.asyncio import Redis

from monitor.keys import Keys
from monitor.ops_http import OpsOptions, serve_ops
from tests.conftest import RedisServer, free_port, wait_until
from tests.ops.ops_procs import (
    Daemon,
    alert_kinds,
    all_done,
    entries,
    ready,
    replay,
    replay_set,
    scored_ids,
    write_config,
)

pytestmark = pytest.mark.timeout(60)


def hostile_exchanges(alerts: list[tuple[str, list[str]]]) -> list[list[str]]:
    return [countries for kind, countries in alerts if kind == "hostile_exchange"]


class Scraper:
    """An ops endpoint in the test process on the daemon's Redis and prefix."""

    def __init__(self, redis: Redis, keys: Keys) -> None:
        self.redis, self.keys, self.port = redis, keys, free_port()
        self.stop = asyncio.Event()

    async def __aenter__(self) -> Scraper:
        options = OpsOptions(stale_after_s=20, stuck_after_s=60, redis_timeout_s=0.5)
        coro = serve_ops(self.redis, self.keys, "127.0.0.1", self.port, self.stop, options=options)
        self.task = asyncio.create_task(coro)
        await wait_until(self._up, timeout=5)
        return self

    async def _up(self) -> bool:
        try:
            await self.get("/healthz")
            return True
        except httpx.TransportError:
            return False

    async def __aexit__(self, *exc: object) -> None:
        self.stop.set()
        await asyncio.wait_for(self.task, 5)

    async def get(self, path: str) -> httpx.Response:
        async with httpx.AsyncClient(timeout=5) as client:
            return await client.get(f"http://127.0.0.1:{self.port}{path}")

    async def metric(self, name: str, **labels: str) -> float | None:
        from tests.ops.test_ops_http import metric

        return metric((await self.get("/metrics")).text, name, **labels)


@pytest.fixture
def daemons() -> Iterator[list[Daemon]]:
    """Every daemon a test starts; killed at the end whatever happened."""
    started: list[Daemon] = []
    yield started
    for daemon in started:
        daemon.stop()


@pytest.fixture
async def aof_redis(redis_server_aof: RedisServer) -> AsyncIterator[Redis]:
    client = Redis.from_url(redis_server_aof.url, socket_timeout=10)
    yield client
    await client.aclose()


class TestWorkerKilled:
    @pytest.mark.parametrize("successor_slot", [0, 1], ids=["same-slot", "other-slot"])
    async def test_sigkill_mid_replay_then_restart(
        self,
        successor_slot: int,
        tmp_path: Path,
        redis: Redis,
        redis_server: RedisServer,
        keys: Keys,
        daemons: list[Daemon],
    ) -> None:
        """SIGKILL mid-replay, restart: every post scored exactly once, one hostile alert.

        The successor either has the killed worker's slot (re-reads its pending
        entries) or another one (claims them once idle past claim_idle).
        """
        config = write_config(tmp_path / "w.toml", redis_server.url, keys)
        first = Daemon(config).start()
        daemons.append(first)
        await wait_until(lambda: ready(redis, keys, first), timeout=15)
        posts = replay_set(filler=600)
        pushing = asyncio.create_task(replay(redis, keys, posts))

        async def some_scored() -> bool:
            return await redis.xlen(keys.scores) >= 60

        await wait_until(some_scored, timeout=15)
        first.kill()
        scored_at_kill = await redis.xlen(keys.scores)
        assert scored_at_kill < len(posts), "the worker finished before it was killed"
        await pushing
        second = Daemon(config, slot=successor_slot).start()
        daemons.append(second)
        await wait_until(lambda: all_done(redis, keys, len(posts)), timeout=30)
        counts = await scored_ids(redis, keys)
        assert set(counts) == {p.id for p in posts}
        assert max(counts.values()) == 1
        assert hostile_exchanges(await alert_kinds(redis, keys)) == [["COL", "USA"]]
        async with Scraper(redis, keys) as ops:
            assert await ops.metric("diplomon_stream_length", stream="scores") == len(posts)
            assert await ops.metric("diplomon_group_pending", stream="posts", group="scorers") == 0
            assert await ops.metric("diplomon_group_lag", stream="posts", group="scorers") == 0
            consumers = await ops.metric(
                "diplomon_group_consumers", stream="posts", group="scorers"
            )
            assert consumers == 1 + successor_slot
            assert (await ops.get("/healthz")).status_code == 200
        assert second.alive()


class TestRedisRestarted:
    async def test_aof_restart_mid_replay(
        self,
        tmp_path: Path,
        aof_redis: Redis,
        redis_server_aof: RedisServer,
        keys: Keys,
        daemons: list[Daemon],
    ) -> None:
        """Redis down then back mid-replay: 503 while down; nothing lost, one alert, daemon lives."""
        redis = aof_redis
        config = write_config(tmp_path / "w.toml", redis_server_aof.url, keys)
        worker = Daemon(config).start()
        daemons.append(worker)
        await wait_until(lambda: ready(redis, keys, worker), timeout=15)
        posts = replay_set(filler=600)
        pushing = asyncio.create_task(replay(redis, keys, posts))

        async def some_scored() -> bool:
            return await redis.xlen(keys.scores) >= 60

        await wait_until(some_scored, timeout=15)
        assert not pushing.done(), "the replay ended before Redis restarted"
        async with Scraper(redis, keys) as ops:
            await asyncio.to_thread(redis_server_aof.stop)
            down = await ops.get("/healthz")
            assert down.status_code == 503 and down.json()["redis"] is False
            assert await ops.metric("diplomon_redis_up") == 0
            await asyncio.to_thread(redis_server_aof.start)
            await pushing
            await wait_until(lambda: all_done(redis, keys, len(posts)), timeout=40)
            assert await ops.metric("diplomon_redis_up") == 1
            assert await ops.metric("diplomon_stream_length", stream="scores") == len(posts)
            await wait_until(lambda: _healthy(ops), timeout=10)
        counts = await scored_ids(redis, keys)
        assert set(counts) == {p.id for p in posts}
        assert max(counts.values()) == 1
        assert hostile_exchanges(await alert_kinds(redis, keys)) == [["COL", "USA"]]
        assert worker.alive()


async def _healthy(ops: Scraper) -> bool:
    return (await ops.get("/healthz")).status_code == 200


class TestPoison:
    async def test_malformed_entries_go_to_dead_letters(
        self,
        tmp_path: Path,
        redis: Redis,
        redis_server: RedisServer,
        keys: Keys,
        daemons: list[Daemon],
    ) -> None:
        """Undecodable entries end in {prefix}:dead; hard but valid posts are scored."""
        config = write_config(tmp_path / "w.toml", redis_server.url, keys)
        worker = Daemon(config).start()
        daemons.append(worker)
        await wait_until(lambda: ready(redis, keys, worker), timeout=15)
        poison: list[dict[str, bytes]] = [
            {"post": b"{not json"},
            {"post": b"<html><body>502 Bad Gateway</body></html>"},
            {"post": b'{"id": 7, "text": []}'},
            {"other": b"no post field"},
        ]
        hard: list[str | bytes] = [
            '{"id":"h1","platform":"x","author":"petrogustavo","created_at":'
            '"2025-01-26T10:00:00Z","text":"\\u001b[31mred\\u001b[0m \\u0000 ctrl"}',
            '{"id":"h2","platform":"x","author":"nobody","created_at":'
            '"2025-01-26T10:00:01Z","text":"' + "Estados Unidos " * 3400 + '"}',
            b'{"id":"h3","platform":"x","author":"a","created_at":"2025-01-26T10:00:02Z",'
            b'"text":"caf\xc3\xa9 \xff\xfe broken utf-8"}',
        ]
        for fields in poison:
            await redis.xadd(keys.posts, fields)  # type: ignore[arg-type]
        for raw in hard:
            await redis.xadd(keys.posts, {"post": raw})
        await wait_until(lambda: all_done(redis, keys, len(hard)), timeout=15)

        async def dead_letters() -> bool:
            return await redis.xlen(keys.dead) == len(poison)

        await wait_until(dead_letters, timeout=10)
        assert sorted((await scored_ids(redis, keys)).keys()) == ["h1", "h2", "h3"]
        errors = [f[b"error"].decode() for _, f in await entries(redis, keys.dead)]
        assert all(e for e in errors)
        assert worker.alive()
        async with Scraper(redis, keys) as ops:
            assert await ops.metric("diplomon_dead_letter_length") == len(poison)
            assert (await ops.get("/healthz")).status_code == 200


class TestSigterm:
    async def test_sigterm_mid_replay_exits_zero_and_loses_nothing(
        self,
        tmp_path: Path,
        redis: Redis,
        redis_server: RedisServer,
        keys: Keys,
        daemons: list[Daemon],
    ) -> None:
        """SIGTERM while posts flow: exit 0 within 5 s; a new worker finishes the rest."""
        config = write_config(tmp_path / "w.toml", redis_server.url, keys)
        worker = Daemon(config).start()
        daemons.append(worker)
        await wait_until(lambda: ready(redis, keys, worker), timeout=15)
        posts = replay_set(filler=400)
        pushing = asyncio.create_task(replay(redis, keys, posts))

        async def some_scored() -> bool:
            return await redis.xlen(keys.scores) >= 40

        await wait_until(some_scored, timeout=15)
        took = await asyncio.to_thread(worker.terminate)
        assert worker.proc.returncode == 0, worker.output()[-2000:]
        assert took < 5
        assert await redis.xlen(keys.scores) < len(posts), "the replay ended before SIGTERM"
        await pushing
        successor = Daemon(config).start()
        daemons.append(successor)
        await wait_until(lambda: all_done(redis, keys, len(posts)), timeout=30)
        counts = await scored_ids(redis, keys)
        assert set(counts) == {p.id for p in posts} and max(counts.values()) == 1
        assert hostile_exchanges(await alert_kinds(redis, keys)) == [["COL", "USA"]]
