"""Issue 7 fault: a connector whose server hangs (accepts, never answers).

A real ``diplomon run`` (role ``all``) polls X on a server that accepts the
connection and never answers, opens its Jetstream socket to that same server
(the websocket handshake never completes), and polls Telegram and RSS on a
healthy stand-in.
The hung source times out and retries with backoff; the others keep
ingesting; the daemon's own /metrics counts the timeouts; SIGTERM while a
request hangs still exits 0 within 5 s.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
from redis.asyncio import Redis

from connectors.testing import StandIn
from monitor.keys import Keys
from tests.conftest import RedisServer, free_port, wait_until
from tests.integration.integration_kit import (
    DaemonMetrics,
    HangingServer,
    alive_or_fail,
    daemon_config,
    metric_samples,
    scored_posts,
)
from tests.ops.ops_procs import Daemon

pytestmark = pytest.mark.timeout(60)

TOKEN_ENV = "DM_IT_HANG_TOKEN"
CHANNEL, FEED, BLUESKY = "leader_t", "mfa-h", "leader-b.gov"


@pytest.fixture
def stand_in() -> Iterator[StandIn]:
    with StandIn() as server:
        yield server


@pytest.fixture
async def hanging() -> AsyncIterator[HangingServer]:
    server = await HangingServer().start()
    try:
        yield server
    finally:
        await server.stop()


def sources(hung: str, stand_in: StandIn) -> str:
    return f"""
[[sources]]
platform = "x"
base_url = "{hung}"
token = "env:{TOKEN_ENV}"
accounts = ["petrogustavo", "SecRubio"]
poll_interval = "1s"
timeout = "1s"

[[sources]]
platform = "bluesky"
base_url = "{stand_in.url}"
stream_url = "{hung.replace("http://", "ws://")}/subscribe"
accounts = ["{BLUESKY}"]
poll_interval = "30s"
timeout = "1s"

[[sources]]
platform = "telegram"
base_url = "{stand_in.url}"
accounts = ["{CHANNEL}"]
poll_interval = "500ms"
timeout = "2s"
rate_limit = "100/1s"

[[sources]]
platform = "rss"
accounts = ["{stand_in.feed_url(FEED)}"]
poll_interval = "500ms"
timeout = "2s"
"""


async def texts_scored(daemon: Daemon, redis: Redis, keys: Keys, wanted: set[str]) -> bool:
    alive_or_fail(daemon)
    return wanted <= {p.text.strip() for p in await scored_posts(redis, keys)}


async def connector_errors(ops: DaemonMetrics) -> dict[tuple[str, str], float]:
    """diplomon_connector_errors_total by (connector, reason), from the daemon's /metrics."""
    samples = metric_samples(await ops.text(), "diplomon_connector_errors_total")
    return {(labels["connector"], labels["reason"]): value for labels, value in samples if value}


class TestHangingConnector:
    async def test_hung_source_times_out_retries_others_flow_sigterm_fast(
        self,
        tmp_path: Path,
        redis: Redis,
        redis_server: RedisServer,
        keys: Keys,
        stand_in: StandIn,
        hanging: HangingServer,
        daemons: list[Daemon],
        monkeypatch: pytest.MonkeyPatch,
    ) -> None:
        """X and Jetstream hang: timeouts counted, retried; Telegram/RSS all scored once; SIGTERM < 5 s."""
        monkeypatch.setenv(TOKEN_ENV, "hang-token-77aa")
        stand_in.rss.add_feed(FEED)
        stand_in.bluesky.add_profile(BLUESKY)
        stand_in.telegram.add_post(CHANNEL, "Telegram 1: talks open in Oslo.")
        port = free_port()
        extra = sources(hanging.url, stand_in)
        config = daemon_config(
            tmp_path / "h.toml", redis_server.url, keys, metrics_port=port, extra=extra
        )
        daemon = Daemon(config, role="all").start()
        daemons.append(daemon)
        ops = DaemonMetrics(port, daemon)
        await wait_until(ops.up, timeout=15)
        await wait_until(
            lambda: texts_scored(daemon, redis, keys, {"Telegram 1: talks open in Oslo."}),
            timeout=10,
        )
        hung_name = f"x@{hanging.url.removeprefix('http://')}"

        async def timed_out_twice() -> bool:
            errors = await connector_errors(ops)
            return (
                errors.get((hung_name, "timeout"), 0) >= 2
                and errors.get(("bluesky@jetstream", "websocket"), 0) >= 2
                and hanging.accepted >= 4
            )

        await wait_until(timed_out_twice, timeout=15)
        later = {"Telegram 2: a second round is planned.", "RSS: the talks went on"}
        stand_in.telegram.add_post(CHANNEL, "Telegram 2: a second round is planned.")
        stand_in.rss.add_entry(FEED, "RSS: the talks went on", "RSS: the talks went on")
        await wait_until(lambda: texts_scored(daemon, redis, keys, later), timeout=10)

        errors = await connector_errors(ops)
        assert set(errors) == {(hung_name, "timeout"), ("bluesky@jetstream", "websocket")}
        text = await ops.text()
        ingested = {
            labels["connector"]
            for labels, value in metric_samples(text, "diplomon_posts_in_total")
            if value > 0
        }
        host = stand_in.url.removeprefix("http://")
        assert ingested == {f"telegram@{host}", "rss"}
        scored = await scored_posts(redis, keys)
        assert len({p.id for p in scored}) == len(scored) == 3
        assert hanging.accepted >= 2

        async def request_hanging() -> bool:
            return hanging.accepted > accepted_before

        accepted_before = hanging.accepted
        await wait_until(request_hanging, timeout=10)  # SIGTERM lands mid-request
        took = await asyncio.to_thread(daemon.terminate)
        assert daemon.proc.returncode == 0, daemon.output()[-3000:]
        assert took < 5
        log = daemon.output()
        assert "timed out" in log and "hang-token-77aa" not in log
