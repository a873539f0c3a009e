"""Issue 7 fault: a webhook receiver down for a while, then back.

A real ``diplomon run`` (role ``all``) delivers to a webhook on a local HTTP
server. The receiver first answers 500 (OUTAGE_500 s), then its port is
closed (OUTAGE_CLOSED s) — issue 7's "a minute" scaled down to ~20 s to keep
the test short — and then it answers 200 again. Meanwhile the hostile
Colombia-USA exchange (with filler) is replayed into the posts stream, so
the workers raise a real alert, and further alerts are appended to the
alerts stream during each phase of the outage. Afterwards: every post is
scored once, every alert reaches the receiver exactly once and in stream
order, the daemon never stopped, and its /metrics shows the failures.
"""

from __future__ import annotations

import json
import time
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from redis.asyncio import Redis

from monitor.keys import Keys
from tests.alerts.alertkit import HttpStub, Reply, make_alert, publish_alert
from tests.conftest import RedisServer, free_port, wait_until
from tests.integration.integration_kit import (
    DaemonMetrics,
    alive_or_fail,
    daemon_config,
    metric_samples,
    stream_alerts,
)
from tests.ops.ops_procs import Daemon, all_done, ready, replay, replay_set, scored_ids

pytestmark = pytest.mark.timeout(75)

HOOK_ENV = "DM_IT_HOOK_URL"
OUTAGE_500 = 10.0
OUTAGE_CLOSED = 10.0
INJECTED = {"FRA-DEU#1.1", "ARG-GBR#1.2", "IND-PAK#1.3"}
RECEIVER = f"""
[[receivers]]
name = "hook"
type = "webhook"
url = "env:{HOOK_ENV}"
timeout = "2s"
retry_initial = "200ms"
retry_max = "1s"

[[routes]]
match = {{ min_severity = "info" }}
receivers = ["hook"]
"""


@pytest.fixture
async def hook() -> AsyncIterator[HttpStub]:
    stub = HttpStub(free_port())
    stub.default = Reply(status=500, body=b"Internal Server Error")
    await stub.start()
    try:
        yield stub
    finally:
        await stub.stop()


async def failed_by_reason(ops: DaemonMetrics) -> dict[str, float]:
    found: dict[str, float] = {}
    for labels, value in metric_samples(await ops.text(), "diplomon_alerts_failed_total"):
        if labels.get("receiver") == "hook":
            found[labels["reason"]] = found.get(labels["reason"], 0.0) + value
    return found


async def outage(daemon: Daemon, ops: DaemonMetrics, seconds: float, reason: str) -> None:
    """Keep the receiver down ``seconds`` (the fault itself), checking the daemon meanwhile."""
    ends = time.monotonic() + seconds

    async def over() -> bool:
        alive_or_fail(daemon)
        return time.monotonic() >= ends and (await failed_by_reason(ops)).get(reason, 0) >= 2

    await wait_until(over, timeout=seconds + 10, interval=0.5)


class TestReceiverDown:
    async def test_receiver_down_then_up_every_alert_once_in_order(
        self,
        tmp_path: Path,
        redis: Redis,
        redis_server: RedisServer,
        keys: Keys,
        hook: HttpStub,
        daemons: list[Daemon],
        monkeypatch: pytest.MonkeyPatch,
    ) -> None:
        """500s then a closed port for ~20 s: all alerts delivered once, in order; failures counted."""
        monkeypatch.setenv(HOOK_ENV, hook.url("/hooks/diplomon"))
        port = free_port()
        config = daemon_config(
            tmp_path / "r.toml", redis_server.url, keys, metrics_port=port, extra=RECEIVER
        )
        daemon = Daemon(config, role="all").start()
        daemons.append(daemon)
        ops = DaemonMetrics(port, daemon)
        await wait_until(ops.up, timeout=15)
        await wait_until(lambda: ready(redis, keys, daemon), timeout=15)

        posts = replay_set(filler=200)
        await publish_alert(redis, keys, make_alert(1, key="FRA-DEU", countries=("FRA", "DEU")))
        await replay(redis, keys, posts)
        await outage(daemon, ops, OUTAGE_500, reason="http_500")

        await hook.stop()  # now the port is closed
        await publish_alert(redis, keys, make_alert(2, key="ARG-GBR", countries=("ARG", "GBR")))
        await outage(daemon, ops, OUTAGE_CLOSED, reason="connect")
        assert hook.requests == []

        hook.default = Reply()
        await hook.start()
        await publish_alert(redis, keys, make_alert(3, key="IND-PAK", countries=("IND", "PAK")))
        await wait_until(lambda: all_done(redis, keys, len(posts)), timeout=15)
        alerts = await stream_alerts(redis, keys)
        expected = [a["id"] for a in alerts]

        async def delivered() -> bool:
            alive_or_fail(daemon)
            return len(hook.requests) >= len(expected) and await settled(redis, keys)

        await wait_until(delivered, timeout=15)
        got = [r.headers["x-diplomon-alert-id"] for r in hook.requests]
        assert got == expected
        assert [json.loads(r.body)["id"] for r in hook.requests] == expected
        raised = [a for a in alerts if a["id"] not in INJECTED]  # by the daemon's workers
        assert [a["countries"] for a in raised if a["kind"] == "hostile_exchange"] == [
            ["COL", "USA"]
        ]
        assert len(expected) == len(raised) + len(INJECTED)
        counts = await scored_ids(redis, keys)
        assert set(counts) == {p.id for p in posts} and max(counts.values()) == 1

        failed = await failed_by_reason(ops)
        assert failed.get("http_500", 0) >= 2 and failed.get("connect", 0) >= 2, failed
        sent = metric_samples(await ops.text(), "diplomon_alerts_sent_total")
        assert [v for labels, v in sent if labels.get("receiver") == "hook"] == [len(expected)]
        assert daemon.alive()


async def settled(redis: Redis, keys: Keys) -> bool:
    """The dispatcher group has read and acknowledged every alert."""
    for group in await redis.xinfo_groups(keys.alerts):
        name = group["name"]
        if name in (b"dispatcher", "dispatcher"):
            return int(group["pending"]) == 0 and int(group.get("lag") or 0) == 0
    return False
