"""Helpers for the process-level integration tests: configs, metrics, stream reads.

The daemon itself is ``tests.ops.ops_procs.Daemon`` (a real ``diplomon run``
subprocess writing to a log file); these helpers add what the integration
tests need on top: a config with sources, receivers and a metrics port, the
daemon's own ``/metrics`` scraped over HTTP, and a TCP server that accepts
connections and never answers.
"""

from __future__ import annotations

import asyncio
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any, cast

import httpx
import pytest
from redis.asyncio import Redis

from monitor.keys import Keys
from monitor.models import Post, post_decoder
from tests.conftest import need_file
from tests.ops.ops_procs import SCENARIO, Daemon

_SAMPLE = re.compile(r"^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)$")
_LABEL = re.compile(r'(\w+)="((?:[^"\\]|\\.)*)"')


def daemon_config(
    path: Path,
    redis_url: str,
    keys: Keys,
    *,
    metrics_port: int,
    extra: str = "",
    watchlists: tuple[Path, ...] = (),
) -> Path:
    """A ``diplomon run`` config: test Redis and prefix, scenario watchlist, fast worker."""
    files = [str(need_file(SCENARIO.with_suffix(".toml"))), *map(str, watchlists)]
    text = f"""
[redis]
url = "{redis_url}"
prefix = "{keys.prefix}"

[watchlist]
files = {json.dumps(files)}
include_default = false

[worker]
block = "200ms"
claim_idle = "1s"
shutdown_grace = "3s"

[metrics]
port = {metrics_port}
stale_after = "30s"

{extra}
"""
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def daemons() -> Iterator[list[Daemon]]:
    """Every daemon a test starts; killed at the end whatever happened."""
    started: list[Daemon] = []
    yield started
    for daemon in started:
        daemon.stop()


def alive_or_fail(daemon: Daemon) -> None:
    if not daemon.alive():
        raise AssertionError(f"daemon exited {daemon.proc.returncode}:\n{daemon.output()[-4000:]}")


def parse_metrics(text: str) -> list[tuple[str, dict[str, str], float]]:
    """(name, labels, value) for every sample of a Prometheus text exposition."""
    samples = []
    for line in text.splitlines():
        match = _SAMPLE.match(line)
        if match is None or line.startswith("#"):
            continue
        name, raw_labels, value = match.groups()
        labels = dict(_LABEL.findall(raw_labels or ""))
        samples.append((name, labels, float(value)))
    return samples


def metric_sum(text: str, name: str, **where: str) -> float:
    """The sum of ``name`` over the samples whose labels include ``where`` (0 when none)."""
    return sum(
        value
        for sample, labels, value in parse_metrics(text)
        if sample == name and all(labels.get(k) == v for k, v in where.items())
    )


def metric_samples(text: str, name: str) -> list[tuple[dict[str, str], float]]:
    """(labels, value) of every sample of ``name``."""
    return [(labels, value) for sample, labels, value in parse_metrics(text) if sample == name]


class DaemonMetrics:
    """The daemon's own ``/metrics`` and ``/healthz`` (its ``[metrics] port``)."""

    def __init__(self, port: int, daemon: Daemon) -> None:
        self.base = f"http://127.0.0.1:{port}"
        self.daemon = daemon

    async def text(self) -> str:
        alive_or_fail(self.daemon)
        async with httpx.AsyncClient(timeout=5) as client:
            response = await client.get(self.base + "/metrics")
        response.raise_for_status()
        return response.text

    async def up(self) -> bool:
        alive_or_fail(self.daemon)
        try:
            await self.text()
        except httpx.TransportError:
            return False
        return True

    async def value(self, name: str, **where: str) -> float:
        return metric_sum(await self.text(), name, **where)


Entries = list[tuple[bytes, dict[bytes, bytes]]]


async def scored_posts(redis: Redis, keys: Keys) -> list[Post]:
    entries = cast(Entries, await redis.xrange(keys.scores))
    return [post_decoder.decode(fields[b"post"]) for _, fields in entries]


async def stream_alerts(redis: Redis, keys: Keys) -> list[dict[str, Any]]:
    entries = cast(Entries, await redis.xrange(keys.alerts))
    return [json.loads(fields[b"alert"]) for _, fields in entries]


class HangingServer:
    """Accepts TCP connections, reads what comes, never answers (a hung upstream)."""

    def __init__(self) -> None:
        self.accepted = 0
        self._server: asyncio.Server | None = None
        self._writers: list[asyncio.StreamWriter] = []

    @property
    def url(self) -> str:
        assert self._server is not None, "start() first"
        return f"http://127.0.0.1:{self._server.sockets[0].getsockname()[1]}"

    async def start(self) -> HangingServer:
        self._server = await asyncio.start_server(self._hold, "127.0.0.1", 0)
        return self

    async def _hold(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.accepted += 1
        self._writers.append(writer)
        while await reader.read(4096):
            pass  # swallow the request, answer nothing

    async def stop(self) -> None:
        if self._server is None:
            return
        self._server.close()
        for writer in self._writers:
            writer.close()
        await self._server.wait_closed()
