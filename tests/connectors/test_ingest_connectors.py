"""MQTT ingest (real mosquitto) and the JSONL file reader."""

from __future__ import annotations

from pathlib import Path

import aiomqtt
from redis.asyncio import Redis

from connectors.base import Runtime
from connectors.config import SourceConfig
from connectors.files import JsonlConnector, MqttConnector
from monitor.keys import Keys
from tests.conftest import Mosquitto, free_port, wait_until
from tests.connectors.conftest import running, stream_posts

GOOD = b'{"id":"m1","platform":"x","author":"a","created_at":"2026-01-01T00:00:00Z","text":"hi"}'


async def _count(redis: Redis, keys: Keys, n: int) -> bool:
    return int(await redis.xlen(keys.posts)) >= n


class TestMqttIngest:
    async def test_posts_in_bad_payloads_skipped(
        self, mosquitto: Mosquitto, runtime: Runtime, redis: Redis, keys: Keys
    ) -> None:
        """Post JSON (and JSON Lines) payloads are ingested once; garbage is logged and skipped."""
        topic = f"diplomon/test/{keys.prefix}"
        source = SourceConfig(
            platform="mqtt", base_url=f"mqtt://127.0.0.1:{mosquitto.port}", topic=f"{topic}/#"
        )
        connector = MqttConnector(runtime, source)
        async with running(connector):
            await wait_until(lambda: _is_set(connector))
            async with aiomqtt.Client("127.0.0.1", mosquitto.port) as client:
                for payload in (b"\xff\xfe\x00", b"<html>502</html>", b'{"id": 5}', GOOD, GOOD):
                    await client.publish(f"{topic}/x", payload, qos=1)
                batch = GOOD.replace(b"m1", b"m2") + b"\n" + GOOD.replace(b"m1", b"m3")
                await client.publish(f"{topic}/x", batch, qos=1)
            await wait_until(lambda: _count(redis, keys, 3))
        assert [p.id for p in await stream_posts(redis, keys)] == ["m1", "m2", "m3"]

    async def test_unreachable_broker_is_retried_not_fatal(self, runtime: Runtime) -> None:
        """A broker that is down makes the connector retry quietly until stopped."""
        source = SourceConfig(platform="mqtt", base_url=f"mqtt://127.0.0.1:{free_port()}")
        connector = MqttConnector(runtime, source)
        async with running(connector) as task:
            await wait_until(lambda: _failing(connector))
            assert not task.done()


class TestJsonl:
    async def test_follows_file_and_resumes(
        self, tmp_path: Path, runtime: Runtime, redis: Redis, keys: Keys
    ) -> None:
        """Lines appended later are read; a partial last line waits; a restart resumes by offset."""
        path = tmp_path / "posts.jsonl"
        path.write_bytes(GOOD + b"\nnot json\n" + GOOD.replace(b"m1", b"m2")[:30])
        source = SourceConfig(platform="jsonl", path=str(path), poll_interval="0.1s")
        async with running(JsonlConnector(runtime, source, [])):
            await wait_until(lambda: _count(redis, keys, 1))
            with path.open("ab") as handle:
                handle.write(GOOD.replace(b"m1", b"m2")[30:] + b"\n")
            await wait_until(lambda: _count(redis, keys, 2))
        with path.open("ab") as handle:
            handle.write(GOOD.replace(b"m1", b"m3") + b"\n")
        async with running(JsonlConnector(runtime, source, [])):
            await wait_until(lambda: _count(redis, keys, 3))
        assert [p.id for p in await stream_posts(redis, keys)] == ["m1", "m2", "m3"]


async def _is_set(connector: MqttConnector) -> bool:
    return connector.connected.is_set()


async def _failing(connector: MqttConnector) -> bool:
    return connector.errors.is_failing(connector.topic)
