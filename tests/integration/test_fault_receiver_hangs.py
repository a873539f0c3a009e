"""Issue 5/7 fault: a webhook receiver that accepts connections and never answers.

A real ``diplomon run`` routes every alert to two receivers: a webhook whose
server hangs, and the console. The console keeps printing alerts while the
webhook times out and is retried; SIGTERM while a send hangs still exits 0
within 5 s; a new daemon, with the webhook's URL (a secret from the
environment) now pointing at a healthy server, delivers every alert once, in
stream order.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from redis.asyncio import Redis

from monitor.keys import Keys
from tests.alerts.alertkit import HttpStub, make_alert, publish_alert
from tests.conftest import RedisServer, free_port, wait_until
from tests.integration.integration_kit import (
    DaemonMetrics,
    HangingServer,
    alive_or_fail,
    daemon_config,
    metric_samples,
    stream_alerts,
)
from tests.ops.ops_procs import Daemon, ready

pytestmark = pytest.mark.timeout(60)

HOOK_ENV = "DM_IT_HUNG_HOOK"
RECEIVERS = f"""
[[receivers]]
name = "hook"
type = "webhook"
url = "env:{HOOK_ENV}"
timeout = "1s"
retry_initial = "200ms"
retry_max = "1s"

[[receivers]]
name = "screen"
type = "console"

[[routes]]
match = {{ min_severity = "info" }}
receivers = ["hook", "screen"]
"""


@pytest.fixture
async def hanging() -> AsyncIterator[HangingServer]:
    server = await HangingServer().start()
    try:
        yield server
    finally:
        await server.stop()


@pytest.fixture
async def healthy() -> AsyncIterator[HttpStub]:
    stub = HttpStub(free_port())
    await stub.start()
    try:
        yield stub
    finally:
        await stub.stop()


async def hook_failures(ops: DaemonMetrics) -> dict[str, float]:
    samples = metric_samples(await ops.text(), "diplomon_alerts_failed_total")
    return {labels["reason"]: v for labels, v in samples if labels.get("receiver") == "hook"}


class TestReceiverHangs:
    async def test_hung_webhook_times_out_console_flows_sigterm_fast_then_delivered(
        self,
        tmp_path: Path,
        redis: Redis,
        redis_server: RedisServer,
        keys: Keys,
        hanging: HangingServer,
        healthy: HttpStub,
        daemons: list[Daemon],
        monkeypatch: pytest.MonkeyPatch,
    ) -> None:
        """Hung webhook: timeouts counted, console unaffected, SIGTERM < 5 s, all delivered once after."""
        monkeypatch.setenv(HOOK_ENV, hanging.url + "/hook")
        port = free_port()
        config = daemon_config(
            tmp_path / "h.toml", redis_server.url, keys, metrics_port=port, extra=RECEIVERS
        )
        first = Daemon(config, role="all").start()
        daemons.append(first)
        ops = DaemonMetrics(port, first)
        await wait_until(ops.up, timeout=15)
        await wait_until(lambda: ready(redis, keys, first), timeout=15)
        pairs = [("FRA", "DEU"), ("ARG", "GBR"), ("IND", "PAK")]
        for n, countries in enumerate(pairs, start=1):
            await publish_alert(
                redis, keys, make_alert(n, key="-".join(countries), countries=countries)
            )

        async def console_shows_all() -> bool:
            alive_or_fail(first)
            out = first.output()
            return all(f"{a}-{b}: hostile exchange" in out for a, b in pairs)

        await wait_until(console_shows_all, timeout=10)

        async def timed_out_twice() -> bool:
            return (await hook_failures(ops)).get("timeout", 0) >= 2

        await wait_until(timed_out_twice, timeout=10)
        assert set(await hook_failures(ops)) == {"timeout"}
        accepted = hanging.accepted

        async def send_in_flight() -> bool:
            return hanging.accepted > accepted

        await wait_until(send_in_flight, timeout=10)
        started = time.monotonic()
        took = await asyncio.to_thread(first.terminate)
        assert first.proc.returncode == 0, first.output()[-3000:]
        assert took < 5, f"SIGTERM took {took:.1f}s (from {time.monotonic() - started:.1f}s)"

        monkeypatch.setenv(HOOK_ENV, healthy.url("/hook"))
        second = Daemon(config, role="all").start()
        daemons.append(second)
        expected = [a["id"] for a in await stream_alerts(redis, keys)]

        async def delivered() -> bool:
            alive_or_fail(second)
            return len(healthy.requests) >= len(expected)

        await wait_until(delivered, timeout=15)
        assert [r.headers["x-diplomon-alert-id"] for r in healthy.requests] == expected
        assert [json.loads(r.body)["id"] for r in healthy.requests] == expected
        assert "hostile exchange" not in second.output(), "the console got an alert twice"
        assert second.alive()
