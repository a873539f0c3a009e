"""The /metrics and /healthz endpoint against a real redis-server."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass

import httpx
import pytest
from redis.asyncio import Redis

from monitor.errors import ConfigError
from monitor.keys import Keys
from monitor.ops_http import OpsOptions, metrics_config, ops_stages, serve_ops
from tests.conftest import free_port, wait_until


@dataclass
class Ops:
    url: str
    stop: asyncio.Event
    task: asyncio.Task[None]


async def _listening(port: int) -> bool:
    try:
        _, writer = await asyncio.open_connection("127.0.0.1", port)
    except OSError:
        return False
    writer.close()
    await writer.wait_closed()
    return True


async def start_ops(redis: Redis, keys: Keys, options: OpsOptions | None = None) -> Ops:
    port = free_port()
    stop = asyncio.Event()
    task = asyncio.create_task(serve_ops(redis, keys, "127.0.0.1", port, stop, options=options))
    await wait_until(lambda: _listening(port), timeout=5)
    return Ops(f"http://127.0.0.1:{port}", stop, task)


@pytest.fixture
async def ops(redis: Redis, keys: Keys) -> AsyncIterator[Ops]:
    server = await start_ops(redis, keys, OpsOptions(stuck_after_s=0.2, stale_after_s=20))
    yield server
    server.stop.set()
    await asyncio.wait_for(server.task, 5)


async def get(url: str, method: str = "GET") -> httpx.Response:
    async with httpx.AsyncClient(timeout=5) as client:
        return await client.request(method, url)


def metric(text: str, name: str, **labels: str) -> float | None:
    """The value of one sample in Prometheus text format, or None when absent."""
    wanted = ",".join(f'{k}="{v}"' for k, v in sorted(labels.items()))
    sample = f"{name}{{{wanted}}}" if labels else name
    for line in text.splitlines():
        if line.startswith(sample + " "):
            return float(line.rsplit(" ", 1)[1])
    return None


async def report_worker(redis: Redis, keys: Keys, name: str, at: float | None = None) -> None:
    await redis.set(keys.key("health", "worker", name), str(at or time.time()), ex=30)


class TestMetrics:
    async def test_process_counters_and_stream_lengths(
        self, redis: Redis, keys: Keys, ops: Ops
    ) -> None:
        """/metrics has the prometheus_client counters and each stream's length."""
        for i in range(3):
            await redis.xadd(keys.posts, {"post": f"{i}"})
        await redis.xadd(keys.dead, {"error": "bad"})
        response = await get(ops.url + "/metrics")
        assert response.status_code == 200
        assert response.headers["content-type"].startswith("text/plain")
        text = response.text
        assert "diplomon_posts_scored_total" in text
        assert metric(text, "diplomon_stream_length", stream="posts") == 3.0
        assert metric(text, "diplomon_dead_letter_length") == 1.0
        assert metric(text, "diplomon_redis_up") == 1.0

    async def test_group_lag_and_pending(self, redis: Redis, keys: Keys, ops: Ops) -> None:
        """Consumer-group lag and pending come from XINFO at scrape time."""
        for i in range(5):
            await redis.xadd(keys.posts, {"post": f"{i}"})
        await redis.xgroup_create(keys.posts, "scorers", id="0")
        await redis.xreadgroup("scorers", "w0", {keys.posts: ">"}, count=2)
        text = (await get(ops.url + "/metrics")).text
        assert metric(text, "diplomon_group_pending", stream="posts", group="scorers") == 2.0
        assert metric(text, "diplomon_group_lag", stream="posts", group="scorers") == 3.0
        assert metric(text, "diplomon_group_consumers", stream="posts", group="scorers") == 1.0

    async def test_partitioned_posts_streams(self, redis: Redis, keys: Keys) -> None:
        """Every partition of the posts stream is reported."""
        parted = Keys(keys.prefix, partitions=3)
        await redis.xadd(f"{parted.posts}:2", {"post": "x"})
        server = await start_ops(redis, parted)
        try:
            text = (await get(server.url + "/metrics")).text
        finally:
            server.stop.set()
            await server.task
        assert metric(text, "diplomon_stream_length", stream="posts:2") == 1.0

    async def test_head_and_unknown_paths(self, ops: Ops) -> None:
        """HEAD has no body, unknown paths are 404, other methods 405."""
        head = await get(ops.url + "/metrics", "HEAD")
        assert head.status_code == 200 and head.content == b""
        assert (await get(ops.url + "/nope")).status_code == 404
        assert (await get(ops.url + "/metrics", "POST")).status_code == 405

    async def test_garbage_request_gets_400_and_server_lives(self, ops: Ops) -> None:
        """A non-HTTP request is answered 400 and the next request still works."""
        port = int(ops.url.rsplit(":", 1)[1])
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.write(b"\x1b[31m\xff\xfe garbage\r\n\r\n")
        await writer.drain()
        answer = await asyncio.wait_for(reader.read(), 5)
        writer.close()
        await writer.wait_closed()
        assert answer.startswith(b"HTTP/1.1 400")
        assert (await get(ops.url + "/metrics")).status_code == 200

    async def test_concurrent_scrapes_and_a_silent_client(self, ops: Ops) -> None:
        """A client that sends nothing blocks nobody; 20 parallel scrapes all answer."""
        port = int(ops.url.rsplit(":", 1)[1])
        _, silent = await asyncio.open_connection("127.0.0.1", port)
        try:
            answers = await asyncio.gather(*(get(ops.url + "/metrics") for _ in range(20)))
        finally:
            silent.close()
            await silent.wait_closed()
        assert [a.status_code for a in answers] == [200] * 20


class TestHealth:
    async def test_ok_with_fresh_worker(self, redis: Redis, keys: Keys, ops: Ops) -> None:
        """Redis answers and a worker reported: 200."""
        await report_worker(redis, keys, "host-w0")
        response = await get(ops.url + "/healthz")
        assert response.status_code == 200, response.text
        assert response.json() == {"status": "ok", "redis": True, "workers": ["host-w0"]}

    async def test_no_worker_fails(self, ops: Ops) -> None:
        """No worker health key: 503 with a reason."""
        response = await get(ops.url + "/healthz")
        assert response.status_code == 503
        assert "no worker" in response.json()["reason"]

    async def test_stale_worker_fails(self, redis: Redis, keys: Keys, ops: Ops) -> None:
        """A worker whose health key was not refreshed in time: 503 naming it."""
        await report_worker(redis, keys, "host-w0")
        await report_worker(redis, keys, "host-w1", at=time.time() - 25)
        response = await get(ops.url + "/healthz")
        assert response.status_code == 503
        assert "host-w1" in response.json()["reason"]
        assert "host-w0" not in response.json()["reason"]

    async def test_stuck_pending_fails(self, redis: Redis, keys: Keys, ops: Ops) -> None:
        """An entry pending longer than stuck_after: 503, and the gauge counts it."""
        await report_worker(redis, keys, "host-w0")
        await redis.xadd(keys.posts, {"post": "x"})
        await redis.xgroup_create(keys.posts, "scorers", id="0")
        await redis.xreadgroup("scorers", "w0", {keys.posts: ">"}, count=1)

        async def failing() -> bool:
            return (await get(ops.url + "/healthz")).status_code == 503

        await wait_until(failing, timeout=3)
        body = (await get(ops.url + "/healthz")).json()
        assert "pending longer" in body["reason"]
        text = (await get(ops.url + "/metrics")).text
        assert metric(text, "diplomon_group_stuck_pending", stream="posts", group="scorers") == 1
        assert metric(text, "diplomon_healthy") == 0.0

    async def test_redis_unreachable_fails(self, keys: Keys) -> None:
        """Nothing listens at the Redis URL: 503 quickly, and /metrics still answers."""
        dead = Redis.from_url(f"redis://127.0.0.1:{free_port()}/0", socket_connect_timeout=0.2)
        server = await start_ops(dead, keys, OpsOptions(redis_timeout_s=0.5))
        try:
            started = time.monotonic()
            response = await get(server.url + "/healthz")
            assert response.status_code == 503
            assert response.json()["redis"] is False
            assert time.monotonic() - started < 3
            text = (await get(server.url + "/metrics")).text
            assert metric(text, "diplomon_redis_up") == 0.0
        finally:
            server.stop.set()
            await server.task
            await dead.aclose()


class TestConfig:
    def test_no_port_no_stage(self, keys: Keys) -> None:
        """Without [metrics] port the daemon gets no ops stage."""
        assert ops_stages({}, None, keys, asyncio.Event()) == []  # type: ignore[arg-type]

    def test_port_gives_one_stage(self, keys: Keys) -> None:
        """With a port the daemon gets one stage named ops."""
        stages = ops_stages({"port": 9464}, None, keys, asyncio.Event())  # type: ignore[arg-type]
        assert [name for name, _ in stages] == ["ops"]

    @pytest.mark.parametrize(
        ("raw", "key"),
        [
            ({"port": "x"}, "port"),
            ({"port": 70000}, "metrics.port"),
            ({"stuck_after": "soon"}, "metrics.stuck_after"),
            ({"colour": "red"}, "colour"),
        ],
    )
    def test_bad_values_name_the_key(self, raw: dict[str, object], key: str) -> None:
        """A bad [metrics] value stops start-up with a message naming the key."""
        with pytest.raises(ConfigError, match=key):
            metrics_config(raw)
