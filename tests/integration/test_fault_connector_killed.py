"""Issue 4/7 fault: the connectors process SIGKILLed while posts flow, then restarted.

A real ``diplomon run --role connectors`` polls X, Mastodon and Telegram
stand-ins while the test keeps adding posts. It is SIGKILLed mid-stream;
while it is down more posts arrive than one page holds (150 on X, 60 on
Telegram and on Mastodon), so the restarted process must page back from its
saved cursors.
Every post must be in ``{prefix}:posts`` exactly once: no post lost, none
ingested twice, and the new process's /metrics counts what it ingested.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
from collections.abc import Iterator
from pathlib import Path
from typing import cast

import pytest
from redis.asyncio import Redis

from connectors.testing import StandIn
from connectors.testing.mastodon import content
from monitor.keys import Keys
from monitor.models import Post, post_decoder
from tests.conftest import RedisServer, free_port, wait_until
from tests.integration.integration_kit import (
    DaemonMetrics,
    alive_or_fail,
    daemon_config,
    metric_samples,
)
from tests.ops.ops_procs import Daemon

pytestmark = pytest.mark.timeout(60)

TOKEN_ENV = "DM_IT_KILL_TOKEN"
X_USERS, ACCT, CHANNEL = ("petrogustavo", "SecRubio"), "leaderm", "leader_t"


@pytest.fixture
def stand_in() -> Iterator[StandIn]:
    with StandIn() as server:
        yield server


def sources(stand_in: StandIn) -> str:
    fast = 'poll_interval = "300ms"\ntimeout = "2s"\nrate_limit = "1000/1s"'
    return f"""
[[sources]]
platform = "x"
base_url = "{stand_in.url}"
token = "env:{TOKEN_ENV}"
accounts = ["{X_USERS[0]}", "{X_USERS[1]}"]
{fast}

[[sources]]
platform = "mastodon"
base_url = "{stand_in.url}"
accounts = ["{ACCT}"]
stream = false
{fast}

[[sources]]
platform = "telegram"
base_url = "{stand_in.url}"
accounts = ["{CHANNEL}"]
{fast}
"""


class Feeder:
    """Adds numbered posts on the stand-ins, round robin over the platforms."""

    def __init__(self, stand_in: StandIn) -> None:
        self.stand_in = stand_in
        self.texts: list[str] = []
        self._n = itertools.count(1)

    def add(self, platform: str) -> None:
        text = f"post {next(self._n)} on {platform}: the negotiations continue."
        if platform == "x":
            self.stand_in.x.add_post(X_USERS[len(self.texts) % 2], text)
        elif platform == "mastodon":
            self.stand_in.mastodon.add_post(ACCT, content(text))
        else:
            self.stand_in.telegram.add_post(CHANNEL, text)
        self.texts.append(text)

    async def steady(self, stop: asyncio.Event) -> None:
        for platform in itertools.cycle(("x", "mastodon", "telegram")):
            if stop.is_set():
                return
            self.add(platform)
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), 0.03)  # the offered pace, not a wait


async def ingested(redis: Redis, keys: Keys) -> list[Post]:
    entries = cast(list[tuple[bytes, dict[bytes, bytes]]], await redis.xrange(keys.posts))
    return [post_decoder.decode(fields[b"post"]) for _, fields in entries]


class TestConnectorKilled:
    async def test_sigkill_mid_stream_restart_pages_back_nothing_lost_or_twice(
        self,
        tmp_path: Path,
        redis: Redis,
        redis_server: RedisServer,
        keys: Keys,
        stand_in: StandIn,
        daemons: list[Daemon],
        monkeypatch: pytest.MonkeyPatch,
    ) -> None:
        """SIGKILL while posts flow, 270 more while down: after restart each post is ingested once."""
        monkeypatch.setenv(TOKEN_ENV, "kill-token")
        for user in X_USERS:
            stand_in.x.add_user(user)
        stand_in.mastodon.add_account(ACCT)
        feeder = Feeder(stand_in)
        feeder.add("telegram")  # the channel exists before the first poll (else it 404s)
        port = free_port()
        config = daemon_config(
            tmp_path / "k.toml", redis_server.url, keys, metrics_port=port, extra=sources(stand_in)
        )
        first = Daemon(config, role="connectors").start()
        daemons.append(first)
        await wait_until(DaemonMetrics(port, first).up, timeout=15)
        stop = asyncio.Event()
        feeding = asyncio.create_task(feeder.steady(stop))
        try:

            async def some_in() -> bool:
                alive_or_fail(first)
                return len(await ingested(redis, keys)) >= 30

            await wait_until(some_in, timeout=15)
            first.kill()
        finally:
            stop.set()
            await feeding
        before = len(await ingested(redis, keys))
        assert before < len(feeder.texts), "everything was in before the kill"
        for _ in range(150):
            feeder.add("x")
        for _ in range(60):
            feeder.add("telegram")
            feeder.add("mastodon")
        second = Daemon(config, role="connectors").start()
        daemons.append(second)
        ops = DaemonMetrics(port, second)
        await wait_until(ops.up, timeout=15)

        async def all_in() -> bool:
            alive_or_fail(second)
            return len(await ingested(redis, keys)) >= len(feeder.texts)

        try:
            await wait_until(all_in, timeout=20)
        finally:
            posts = await ingested(redis, keys)
            missing = sorted(set(feeder.texts) - {p.text for p in posts})
            assert not missing, (
                f"{len(missing)} posts lost: {missing[:10]}\n{second.output()[-3000:]}"
            )
        texts = [p.text for p in posts]
        assert sorted(texts) == sorted(feeder.texts)
        assert len({(p.platform, p.id) for p in posts}) == len(posts)
        by_connector = metric_samples(await ops.text(), "diplomon_posts_in_total")
        assert sum(v for _, v in by_connector) == len(posts) - before
