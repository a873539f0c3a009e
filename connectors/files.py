"""JSONL file reader and MQTT ingest: posts already in the interchange format.

The JSONL reader follows a file (``tail -f`` style): the cursor is the byte
offset after the last complete line, so a restart resumes where it stopped; a
file that shrank was rotated and is read again from the start (dedup drops
what was already ingested). The MQTT subscriber takes one Post JSON (or JSON
Lines) per message; bad payloads are logged and skipped. It reconnects with
capped backoff and logs a lost connection once.
"""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path
from urllib.parse import urlsplit

import aiomqtt

from connectors.base import ErrorLog, PolledConnector, Runtime, backoff_delay, run_until_stopped
from connectors.config import SourceConfig
from connectors.http import FetchError
from connectors.store import Store
from monitor.errors import ConfigError, StoreError
from monitor.models import Post
from monitor.postio import parse_lines

log = logging.getLogger("diplomon.connectors")
CHUNK = 4 * 1024 * 1024
DEFAULT_TOPIC = "diplomon/posts/#"


def _read_from(path: Path, offset: int) -> tuple[bytes, int, bool]:
    """Complete lines after ``offset``; (data, new offset, rotated)."""
    size = path.stat().st_size
    rotated = size < offset
    start = 0 if rotated else offset
    with path.open("rb") as handle:
        handle.seek(start)
        data = handle.read(CHUNK)
    end = data.rfind(b"\n")
    if end < 0:
        return b"", start, rotated
    return data[: end + 1], start + end + 1, rotated


class JsonlConnector(PolledConnector):
    """Reads (and follows) one JSONL file of posts."""

    platform = "jsonl"

    def __init__(self, runtime: Runtime, source: SourceConfig, accounts: list[str]) -> None:
        if not source.path:
            raise ConfigError("sources: platform jsonl needs `path`")
        super().__init__(runtime, source, [source.path])
        self.name = f"jsonl@{source.path}"

    async def poll(self, account: str) -> None:
        path = Path(account)
        cursor = await self.store.cursor(account)
        offset = int(cursor) if cursor and cursor.isdigit() else 0
        while True:
            try:
                data, new_offset, rotated = await asyncio.to_thread(_read_from, path, offset)
            except OSError as exc:
                raise FetchError(
                    f"jsonl: cannot read {path}: {exc.strerror}", reason="io", retryable=True
                ) from exc
            if rotated:
                log.info("jsonl: %s shrank; reading it again from the start", path)
            if not data:
                return
            posts = list(parse_lines(data.splitlines(), str(path)))
            for start in range(0, len(posts), 500):
                await self.publish(posts[start : start + 500])
            await self.store.save_cursor(account, str(new_offset))
            offset = new_offset


class MqttConnector:
    """Subscribes to a topic on an MQTT broker and ingests Post JSON payloads."""

    platform = "mqtt"

    def __init__(self, runtime: Runtime, source: SourceConfig) -> None:
        url = urlsplit(source.base_url or "mqtt://127.0.0.1:1883")
        self.host = url.hostname or "127.0.0.1"
        self.port = url.port or (8883 if url.scheme == "mqtts" else 1883)
        self.tls = url.scheme == "mqtts"
        self.username = url.username
        self.topic = source.topic or DEFAULT_TOPIC
        self.runtime = runtime
        self.name = f"mqtt@{self.host}:{self.port}"
        self.store = Store(runtime.redis, runtime.keys, "mqtt")
        self.errors = ErrorLog(self.name)
        self.connected = asyncio.Event()

    async def run(self, stop: asyncio.Event) -> None:
        await run_until_stopped(stop, [self._forever()])

    async def _forever(self) -> None:
        failures = 0
        while True:
            try:
                await self._session()
            except aiomqtt.MqttError as exc:
                self.connected.clear()
                failures += 1
                self.errors.failed(self.topic, "mqtt", f"broker {self.host}:{self.port}: {exc}")
                tuning = self.runtime.tuning
                delay = min(tuning.reconnect_cap, backoff_delay(failures, tuning, self.runtime.rng))
                await self.runtime.clock.sleep(delay)

    async def _session(self) -> None:
        tls = aiomqtt.TLSParameters() if self.tls else None
        async with aiomqtt.Client(
            self.host, self.port, username=self.username, tls_params=tls, timeout=10
        ) as client:
            await client.subscribe(self.topic, qos=1)
            self.connected.set()
            self.errors.recovered(self.topic)
            async for message in client.messages:
                await self._ingest(str(message.topic), message.payload)

    async def _ingest(self, topic: str, payload: object) -> None:
        if not isinstance(payload, bytes | bytearray):
            log.warning("mqtt: %s: payload is not bytes; skipped", topic)
            return
        posts: list[Post] = list(parse_lines(bytes(payload).splitlines(), f"mqtt:{topic}"))
        if not posts:
            return
        try:
            await self.store.publish(posts, self.name)
        except StoreError as exc:
            self.errors.failed(self.topic, "store", str(exc))
