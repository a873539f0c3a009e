"""Issue 4 done-when: one ``diplomon run`` config naming every platform's local stand-in.

The daemon (role ``all``, a real subprocess) polls X, Bluesky's AppView,
Mastodon, Truth Social, Telegram previews and an RSS feed on the HTTP
stand-in, holds Jetstream and Mastodon streaming sockets open, subscribes to
mosquitto and follows a JSONL file. Every platform's post must reach
``{prefix}:scores``; the hostile Colombia-USA exchange, fed through the X and
Truth Social stand-ins, must be printed by the console receiver (the default
when no receiver is configured).
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime
from pathlib import Path

import aiomqtt
import pytest
from redis.asyncio import Redis

from connectors.testing import JetstreamStandIn, MastodonStreamStandIn, StandIn
from connectors.testing.__main__ import publish
from connectors.testing.mastodon import content
from monitor.keys import Keys
from tests.conftest import Mosquitto, RedisServer, free_port, wait_until
from tests.integration.integration_kit import (
    DaemonMetrics,
    alive_or_fail,
    daemon_config,
    metric_samples,
    scored_posts,
    stream_alerts,
)
from tests.ops.ops_procs import Daemon, scenario_posts

pytestmark = pytest.mark.timeout(60)

TOKEN_ENV = "DM_IT_STANDIN_TOKEN"
TOKEN = "standin-token-4f3e2d1c"  # the Mastodon streaming stand-in checks it
BLUESKY, MASTODON, TELEGRAM = "leader-b.gov", "leaderm", "leader_t"
FEED = "mfa-r"


@pytest.fixture
async def push(stand_in: StandIn) -> AsyncIterator[tuple[JetstreamStandIn, MastodonStreamStandIn]]:
    jetstream = await JetstreamStandIn(stand_in.bluesky).start()
    streaming = await MastodonStreamStandIn(stand_in.mastodon, TOKEN).start()
    try:
        yield jetstream, streaming
    finally:
        await jetstream.stop()
        await streaming.stop()


@pytest.fixture
def stand_in() -> Iterator[StandIn]:
    with StandIn() as server:
        yield server


def sources(
    stand_in: StandIn, jetstream: str, streaming: str, mqtt_port: int, topic: str, jsonl: Path
) -> str:
    """``[[sources]]`` for every platform; X and Truth Social take the watchlist's handles."""
    fast = 'poll_interval = "1s"\ntimeout = "2s"\nrate_limit = "100/1s"'
    slow = 'poll_interval = "30s"\ntimeout = "2s"'  # pushed posts must come by the socket
    return f"""
[[sources]]
platform = "x"
base_url = "{stand_in.url}"
token = "env:{TOKEN_ENV}"
{fast}

[[sources]]
platform = "truthsocial"
base_url = "{stand_in.url}/truth/api"
token = "env:{TOKEN_ENV}"
{fast}

[[sources]]
platform = "bluesky"
base_url = "{stand_in.url}"
stream_url = "{jetstream}"
accounts = ["{BLUESKY}"]
{slow}

[[sources]]
platform = "mastodon"
base_url = "{stand_in.url}"
stream_url = "{streaming}"
token = "env:{TOKEN_ENV}"
accounts = ["{MASTODON}"]
{slow}

[[sources]]
platform = "telegram"
base_url = "{stand_in.url}"
accounts = ["{TELEGRAM}"]
{fast}

[[sources]]
platform = "rss"
accounts = ["{stand_in.feed_url(FEED)}"]
{fast}

[[sources]]
platform = "mqtt"
base_url = "mqtt://127.0.0.1:{mqtt_port}"
topic = "{topic}/#"

[[sources]]
platform = "jsonl"
path = "{jsonl}"
poll_interval = "1s"
"""


def mqtt_post(prefix: str) -> bytes:
    now = datetime.now(UTC).isoformat().replace("+00:00", "Z")
    post = {"id": f"{prefix}-m1", "platform": "x", "author": "relay_desk", "created_at": now}
    return json.dumps({**post, "text": "Relayed over MQTT: the summit starts on Monday."}).encode()


def rest_polls(stand_in: StandIn) -> tuple[int, int]:
    """(Bluesky AppView feed polls, Mastodon status polls) so far."""
    feeds = len(stand_in.hits("/xrpc/app.bsky.feed.getAuthorFeed"))
    statuses = [r for r in stand_in.hits("/statuses") if r.path.startswith("/api/v1/accounts/")]
    return feeds, len(statuses)


async def scored_all(
    daemon: Daemon, redis: Redis, keys: Keys, expected: dict[str, set[str]]
) -> bool:
    """Every expected text is scored; the key is the platform, or mqtt/jsonl for those sources."""
    alive_or_fail(daemon)
    texts = {p.text.strip() for p in await scored_posts(redis, keys)}
    return all(want <= texts for want in expected.values())


class TestRunAllPlatforms:
    async def test_every_platform_ingested_scored_and_alert_on_console(
        self,
        tmp_path: Path,
        redis: Redis,
        redis_server: RedisServer,
        keys: Keys,
        mosquitto: Mosquitto,
        stand_in: StandIn,
        push: tuple[JetstreamStandIn, MastodonStreamStandIn],
        daemons: list[Daemon],
        monkeypatch: pytest.MonkeyPatch,
    ) -> None:
        """Posts of all nine sources reach {prefix}:scores; the console shows the COL-USA alert."""
        jetstream, streaming = push
        monkeypatch.setenv(TOKEN_ENV, TOKEN)
        hostile = scenario_posts()
        for post in hostile:  # accounts exist before the first poll resolves them
            if post.platform == "x":
                stand_in.x.add_user(post.author)
            else:
                stand_in.truth.add_account(post.author)
        stand_in.bluesky.add_profile(BLUESKY)
        stand_in.mastodon.add_account(MASTODON)
        stand_in.rss.add_feed(FEED)
        stand_in.telegram.add_post(TELEGRAM, "Telegram: the delegation landed in Geneva.")
        stand_in.rss.add_entry(FEED, "RSS: communique on fisheries", "RSS: communique on fisheries")
        stand_in.bluesky.add_post(BLUESKY, "Bluesky polled: a statement on trade.")
        stand_in.mastodon.add_post(MASTODON, content("Mastodon polled: a statement on health."))
        jsonl = tmp_path / "posts.jsonl"
        line = {"id": f"{keys.prefix}-j1", "platform": "rss", "author": "file_desk"}
        line |= {"created_at": "2026-01-01T00:00:00Z", "text": "JSONL: archived press release."}
        jsonl.write_text(json.dumps(line) + "\n", encoding="utf-8")
        topic = f"{keys.prefix}/posts"
        extra = sources(stand_in, jetstream.url, streaming.url, mosquitto.port, topic, jsonl)
        port = free_port()
        config = daemon_config(
            tmp_path / "all.toml", redis_server.url, keys, metrics_port=port, extra=extra
        )
        daemon = Daemon(config, role="all").start()
        daemons.append(daemon)
        ops = DaemonMetrics(port, daemon)
        await wait_until(ops.up, timeout=15)

        async def sockets_open() -> bool:
            alive_or_fail(daemon)
            return jetstream.connects >= 1 and streaming.connects >= 1

        await wait_until(sockets_open, timeout=15)
        for post in hostile:
            publish(stand_in, post)
        async with aiomqtt.Client("127.0.0.1", mosquitto.port) as client:
            await client.publish(f"{topic}/desk", mqtt_post(keys.prefix), qos=1)
        expected = {
            "x": {p.text for p in hostile if p.platform == "x"},
            "truthsocial": {p.text for p in hostile if p.platform == "truthsocial"},
            "bluesky": {"Bluesky polled: a statement on trade."},
            "mastodon": {"Mastodon polled: a statement on health."},
            "telegram": {"Telegram: the delegation landed in Geneva."},
            "rss": {"RSS: communique on fisheries"},
            "mqtt": {"Relayed over MQTT: the summit starts on Monday."},
            "jsonl": {"JSONL: archived press release."},
        }
        await wait_until(lambda: scored_all(daemon, redis, keys, expected), timeout=25)
        polled = rest_polls(stand_in)
        stand_in.bluesky.add_post(BLUESKY, "Jetstream pushed: talks resume.")
        stand_in.mastodon.add_post(MASTODON, content("Mastodon streamed: talks resume."))
        expected["bluesky"] = {"Jetstream pushed: talks resume."}
        expected["mastodon"] = {"Mastodon streamed: talks resume."}
        await wait_until(lambda: scored_all(daemon, redis, keys, expected), timeout=10)
        # The pushed posts came by the sockets: no AppView or Mastodon REST poll since.
        assert rest_polls(stand_in) == polled

        async def console_alert() -> bool:
            alive_or_fail(daemon)
            return "hostile exchange" in daemon.output()

        await wait_until(console_alert, timeout=20)
        alerts = await stream_alerts(redis, keys)
        pairs = [a["countries"] for a in alerts if a["kind"] == "hostile_exchange"]
        assert pairs == [["COL", "USA"]]
        assert "COL-USA: hostile exchange" in daemon.output()
        scored = await scored_posts(redis, keys)
        platforms = {p.platform for p in scored}
        assert {"x", "truthsocial", "bluesky", "mastodon", "telegram", "rss"} <= platforms
        assert len({(p.platform, p.id) for p in scored}) == len(scored), "a post scored twice"
        text = await ops.text()
        host = stand_in.url.removeprefix("http://")
        ingested = {
            labels["connector"]
            for labels, value in metric_samples(text, "diplomon_posts_in_total")
            if value > 0
        }
        assert ingested == {
            f"x@{host}",
            f"truthsocial@{host}",
            f"bluesky@{host}",
            "bluesky@jetstream",
            f"mastodon@{host}",
            f"mastodon@{host}/streaming",
            f"telegram@{host}",
            "rss",
            f"mqtt@127.0.0.1:{mosquitto.port}",
            f"jsonl@{jsonl}",
        }
        took = await asyncio.to_thread(daemon.terminate)
        assert daemon.proc.returncode == 0, daemon.output()[-3000:]
        assert took < 5
        assert TOKEN not in daemon.output()
