"""Issue 5/7 fault: the Slack stand-in down across a daemon restart, then back with a 429.

A real ``diplomon run`` delivers to a Slack incoming-webhook stand-in that
answers 503. The daemon is stopped with SIGTERM while alerts are undelivered,
the stand-in's port is closed, an alert arrives while no daemon runs, and a
new daemon starts against the closed port. When the stand-in comes back it
first answers 429 with ``Retry-After: 1``. Every alert must then reach Slack
exactly once, in stream order, and each daemon's /metrics must show its
failures. (Outage ~12 s in all, scaled down from issue 7's "a minute".)
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from redis.asyncio import Redis

from alerts.slack import build_payload
from monitor.keys import Keys
from monitor.models import alert_decoder
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

pytestmark = pytest.mark.timeout(60)

SLACK_ENV = "DM_IT_SLACK_URL"
OUTAGE = 6.0  # seconds of each phase: 503s, then a closed port
RECEIVER = f"""
[[receivers]]
name = "desk"
type = "slack"
webhook_url = "env:{SLACK_ENV}"
timeout = "2s"
retry_initial = "200ms"
retry_max = "1s"

[[routes]]
match = {{ min_severity = "info" }}
receivers = ["desk"]
"""


@pytest.fixture
async def slack() -> AsyncIterator[HttpStub]:
    stub = HttpStub(free_port())
    stub.default = Reply(status=503, body=b"Service Unavailable")
    await stub.start()
    try:
        yield stub
    finally:
        await stub.stop()


async def failures(ops: DaemonMetrics) -> dict[str, float]:
    found: dict[str, float] = {}
    for labels, value in metric_samples(await ops.text(), "diplomon_alerts_failed_total"):
        if labels.get("receiver") == "desk":
            found[labels["reason"]] = found.get(labels["reason"], 0.0) + value
    return found


async def down_for(daemon: Daemon, ops: DaemonMetrics, seconds: float, reason: str) -> None:
    """The outage itself lasts ``seconds``; it is over once this daemon counted it twice."""
    ends = time.monotonic() + seconds

    async def over() -> bool:
        alive_or_fail(daemon)
        return time.monotonic() >= ends and (await failures(ops)).get(reason, 0) >= 2

    await wait_until(over, timeout=seconds + 10, interval=0.5)


async def started(
    daemons: list[Daemon], config: Path, port: int, redis: Redis, keys: Keys
) -> tuple[Daemon, DaemonMetrics]:
    """A new ``diplomon run`` whose /metrics answers and whose worker has joined."""
    daemon = Daemon(config, role="all").start()
    daemons.append(daemon)
    ops = DaemonMetrics(port, daemon)
    await wait_until(ops.up, timeout=15)
    await wait_until(lambda: ready(redis, keys, daemon), timeout=15)
    return daemon, ops


class TestReceiverDownAcrossRestart:
    async def test_slack_down_daemon_restarted_then_429_then_up(
        self,
        tmp_path: Path,
        redis: Redis,
        redis_server: RedisServer,
        keys: Keys,
        slack: HttpStub,
        daemons: list[Daemon],
        monkeypatch: pytest.MonkeyPatch,
    ) -> None:
        """Undelivered alerts survive SIGTERM + restart; after 429 each arrives once, in order."""
        monkeypatch.setenv(SLACK_ENV, slack.url("/services/T000/B000/XXXX"))
        port = free_port()
        config = daemon_config(
            tmp_path / "s.toml", redis_server.url, keys, metrics_port=port, extra=RECEIVER
        )
        first, ops = await started(daemons, config, port, redis, keys)
        posts = replay_set(filler=100)
        await publish_alert(redis, keys, make_alert(1, key="FRA-DEU", countries=("FRA", "DEU")))
        await replay(redis, keys, posts)
        await down_for(first, ops, OUTAGE, reason="http_503")
        took = await asyncio.to_thread(first.terminate)
        assert first.proc.returncode == 0 and took < 5, first.output()[-3000:]

        await slack.stop()  # closed port from here on
        await publish_alert(redis, keys, make_alert(2, key="ARG-GBR", countries=("ARG", "GBR")))
        second, ops = await started(daemons, config, port, redis, keys)
        await down_for(second, ops, OUTAGE, reason="connect")
        assert slack.requests == []

        slack.script.append(Reply(status=429, body=b"rate_limited", headers={"Retry-After": "1"}))
        slack.default = Reply()
        await slack.start()
        await wait_until(lambda: all_done(redis, keys, len(posts)), timeout=15)
        alerts = await stream_alerts(redis, keys)

        async def delivered() -> bool:
            alive_or_fail(second)
            return len(slack.requests) >= len(alerts) and await acked(redis, keys)

        await wait_until(delivered, timeout=15)
        expected = [build_payload(alert_decoder.decode(json.dumps(a))) for a in alerts]
        assert [json.loads(r.body) for r in slack.requests] == expected
        assert any(a["countries"] == ["COL", "USA"] for a in alerts)
        counts = await scored_ids(redis, keys)
        assert set(counts) == {p.id for p in posts} and max(counts.values()) == 1
        failed = await failures(ops)
        assert failed.get("connect", 0) >= 2 and failed.get("rate_limited", 0) == 1, failed
        sent = metric_samples(await ops.text(), "diplomon_alerts_sent_total")
        assert [v for labels, v in sent if labels.get("receiver") == "desk"] == [len(alerts)]
        assert second.alive()
        assert "XXXX" not in first.output() + second.output()  # the webhook URL is a secret


async def acked(redis: Redis, keys: Keys) -> bool:
    """The dispatcher group has read and acknowledged every alert."""
    for group in await redis.xinfo_groups(keys.alerts):
        if group["name"] in (b"dispatcher", "dispatcher"):
            return int(group["pending"]) == 0 and int(group.get("lag") or 0) == 0
    return False
