"""run_sources over every platform at once, default_sources, and Mastodon streaming."""

from __future__ import annotations

import asyncio
import time
import tomllib
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import msgspec
import pytest
from redis.asyncio import Redis

from connectors.base import Runtime
from connectors.config import SourceConfig
from connectors.runner import build_all, default_sources, run_connectors, run_sources
from connectors.streaming import MastodonStreamConnector
from connectors.testing import JetstreamStandIn, MastodonStreamStandIn, StandIn
from connectors.testing.__main__ import publish, sources_toml
from connectors.testing.mastodon import content
from monitor.keys import Keys
from monitor.models import Post
from monitor.secrets import Secret
from monitor.watchlist import Actor, Watchlist
from tests.conftest import Mosquitto, free_port, wait_until
from tests.connectors.conftest import running, stream_posts

X_ENV = "DIPLOMON_TEST_X_TOKEN"
PLATFORMS = ("x", "bluesky", "mastodon", "truth", "telegram", "rss")
EXPECTED = {f"{name} post" for name in PLATFORMS} | {"file"}


def fast(platform: str, **extra: Any) -> SourceConfig:
    return SourceConfig(platform=platform, poll_interval="0.2s", timeout="1s", **extra)


def watchlist(stand_in: StandIn) -> Watchlist:
    return Watchlist(
        [
            Actor(
                id="a",
                name="Leader A",
                country="AAA",
                handles={
                    "x": "LeaderA",
                    "bluesky": "leader-a.gov",
                    "mastodon": "leadera@127.0.0.1",
                    "truthsocial": "realLeaderA",
                    "telegram": "leader_a",
                    "rss": stand_in.feed_url("mfa-a"),
                },
            )
        ]
    )


class TestRunSources:
    async def test_every_platform_at_once_and_prompt_stop(
        self,
        stand_in: StandIn,
        runtime: Runtime,
        redis: Redis,
        keys: Keys,
        mosquitto: Mosquitto,
        tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch,
    ) -> None:
        """Each platform's post arrives; broken sources are skipped; it returns within ~1 s of stop."""
        monkeypatch.setenv(X_ENV, "x-secret-token-value")
        jsonl = tmp_path / "in.jsonl"
        jsonl.write_text(
            '{"id":"j1","platform":"x","author":"a","created_at":"2026-01-01T00:00:00Z","text":"file"}\n'
        )
        js = await JetstreamStandIn(stand_in.bluesky).start()
        stand_in.x.add_post("LeaderA", "x post")
        stand_in.bluesky.add_post("leader-a.gov", "bluesky post")
        stand_in.mastodon.add_post("leadera", content("mastodon post"))
        stand_in.truth.add_post("realLeaderA", content("truth post"))
        stand_in.telegram.add_post("leader_a", "telegram post")
        stand_in.rss.add_entry("mfa-a", "rss post")
        sources = [
            fast("x", base_url=stand_in.url, token=f"env:{X_ENV}"),
            fast("bluesky", base_url=stand_in.url, stream_url=js.url),
            fast("mastodon", base_url=stand_in.url),
            fast("truthsocial", base_url=f"{stand_in.url}/truth/api"),
            fast("telegram", base_url=stand_in.url, rate_limit="100/1s"),
            fast("rss"),
            fast("jsonl", path=str(jsonl)),
            SourceConfig(platform="mqtt", base_url=f"mqtt://127.0.0.1:{mosquitto.port}"),
            SourceConfig(platform="myspace"),  # unknown: skipped
            SourceConfig(platform="x", base_url=stand_in.url),  # no token: skipped
            fast("bluesky", base_url=f"http://127.0.0.1:{free_port()}", stream=False),
        ]
        stop = asyncio.Event()
        task = asyncio.create_task(
            run_sources(sources, watchlist(stand_in), redis, keys, stop, runtime=runtime)
        )
        try:
            await wait_until(lambda: _texts(redis, keys, EXPECTED), timeout=8)
            live = stand_in.bluesky.add_post("leader-a.gov", "pushed")
            await wait_until(lambda: _has(redis, keys, live))
        finally:
            stop.set()
            started = time.monotonic()
            await asyncio.wait_for(task, 3)
            elapsed = time.monotonic() - started
            await js.stop()
        assert elapsed < 1.2
        posts = await stream_posts(redis, keys)
        assert len({(p.platform, p.id) for p in posts}) == len(
            posts
        )  # AppView and Jetstream did not double up

    def test_bad_sources_are_reported_not_raised(self, runtime: Runtime, stand_in: StandIn) -> None:
        """An unknown platform, a missing token or a bad duration only skips that source."""
        sources = [
            SourceConfig(platform="nope"),
            SourceConfig(platform="x"),
            SourceConfig(platform="rss", poll_interval="soon"),
            SourceConfig(platform="telegram", accounts=["chan"]),
        ]
        built = build_all(sources, watchlist(stand_in), runtime)
        assert [c.name for c in built] == ["telegram@t.me"]


class Crashy:
    name = "crashy"

    def __init__(self) -> None:
        self.starts = 0

    async def run(self, stop: asyncio.Event) -> None:
        self.starts += 1
        raise RuntimeError("boom")


class TestSupervisor:
    async def test_crashing_connector_is_restarted_others_go_on(
        self,
        stand_in: StandIn,
        runtime: Runtime,
        redis: Redis,
        keys: Keys,
        caplog: pytest.LogCaptureFixture,
    ) -> None:
        """A connector that raises is logged once and restarted with backoff; the others keep ingesting."""
        stand_in.telegram.add_post("chan", "still flowing")
        crashy = Crashy()
        telegram = build_all(
            [fast("telegram", base_url=stand_in.url, accounts=["chan"], rate_limit="100/1s")],
            Watchlist(),
            runtime,
        )
        stop = asyncio.Event()
        task = asyncio.create_task(run_connectors([crashy, *telegram], stop, runtime))
        try:
            await wait_until(lambda: _count(redis, keys, 1))
            await wait_until(lambda: _starts(crashy, 3))
        finally:
            stop.set()
            await asyncio.wait_for(task, 2)
        assert sum("crashy crashed" in r.getMessage() for r in caplog.records) == 1


async def _starts(crashy: Crashy, n: int) -> bool:
    return crashy.starts >= n


class TestDefaultSources:
    def test_credential_free_platforms_and_tokens_from_env(self) -> None:
        """Without tokens: bluesky, mastodon, rss, telegram; each token adds its platform."""
        assert [s.platform for s in default_sources({})] == [
            "bluesky",
            "mastodon",
            "rss",
            "telegram",
        ]
        env = {"DIPLOMON_X_BEARER_TOKEN": "t", "DIPLOMON_TRUTHSOCIAL_TOKEN": "u"}
        with_tokens = default_sources(env)
        assert [s.platform for s in with_tokens][-2:] == ["x", "truthsocial"]
        assert (
            with_tokens[-2].token == "env:DIPLOMON_X_BEARER_TOKEN"
        )  # the value never lands in config

    def test_mastodon_handles_polled_at_their_home_instance(self, runtime: Runtime) -> None:
        """A mastodon source without base_url makes one connector per handle's instance."""
        wl = Watchlist(
            [
                Actor(id="a", name="A", country="AAA", handles={"mastodon": "a@social.example"}),
                Actor(id="b", name="B", country="BBB", handles={"mastodon": "b@mastodon.example"}),
                Actor(id="c", name="C", country="CCC", handles={"mastodon": "c@social.example"}),
            ]
        )
        mastodon = next(s for s in default_sources({}) if s.platform == "mastodon")
        built = build_all([mastodon], wl, runtime)
        assert sorted(c.name for c in built) == [
            "mastodon@mastodon.example",
            "mastodon@social.example",
        ]


class TestMastodonStreaming:
    async def test_updates_edits_deletes_of_watched_accounts_only(
        self, stand_in: StandIn, runtime: Runtime, redis: Redis, keys: Keys
    ) -> None:
        """Double-encoded updates from watched accounts are posts; status.update edits; delete deletions."""
        stand_in.mastodon.add_account("leader")
        server = await MastodonStreamStandIn(stand_in.mastodon, "user-token-abc").start()
        try:
            source = SourceConfig(
                platform="mastodon", base_url=stand_in.url, stream_url=server.url, timeout="1s"
            )
            connector = MastodonStreamConnector(
                runtime, source, ["leader"], Secret("user-token-abc")
            )
            async with running(connector):
                await wait_until(lambda: _event_set(connector.connected))
                stand_in.mastodon.add_post("stranger", content("ignore me"))
                status = stand_in.mastodon.add_post("leader", content("Live & direct"))
                stand_in.mastodon.edit_post(status, content("Live, edited"))
                stand_in.mastodon.delete_post(status)
                await wait_until(lambda: _count(redis, keys, 3))
            posts = await stream_posts(redis, keys)
            assert [(p.kind, p.ref) for p in posts] == [
                ("post", None),
                ("edit", status),
                ("delete", status),
            ]
            assert posts[0].text == "Live & direct"
        finally:
            await server.stop()

    async def test_wrong_token_is_a_logged_failure(
        self, stand_in: StandIn, runtime: Runtime, caplog: pytest.LogCaptureFixture
    ) -> None:
        """A rejected token is retried with backoff and logged once, without the token in the log."""
        stand_in.mastodon.add_account("leader")
        server = await MastodonStreamStandIn(stand_in.mastodon, "right-token").start()
        try:
            source = SourceConfig(platform="mastodon", base_url=stand_in.url, stream_url=server.url)
            connector = MastodonStreamConnector(
                runtime, source, ["leader"], Secret("wrong-token-999")
            )
            async with running(connector):
                await wait_until(lambda: _connects(server, 3))
        finally:
            await server.stop()
        assert "wrong-token-999" not in caplog.text


async def _texts(redis: Redis, keys: Keys, wanted: set[str]) -> bool:
    return wanted <= {p.text for p in await stream_posts(redis, keys)}


async def _has(redis: Redis, keys: Keys, post_id: str) -> bool:
    return any(p.id == post_id for p in await stream_posts(redis, keys))


async def _count(redis: Redis, keys: Keys, n: int) -> bool:
    return int(await redis.xlen(keys.posts)) >= n


async def _event_set(event: asyncio.Event) -> bool:
    return event.is_set()


async def _connects(server: MastodonStreamStandIn, n: int) -> bool:
    return server.connects >= n


class TestStandInLauncher:
    def test_replayed_posts_land_on_each_platform_and_config_parses(
        self, stand_in: StandIn
    ) -> None:
        """Each platform's post lands on its stand-in; the printed [[sources]] load as SourceConfig."""

        now = datetime.now(UTC)
        posts = [
            Post(id=str(i), platform=p, author=f"{p}_author", created_at=now, text=f"{p} text")
            for i, p in enumerate(("x", "bluesky", "mastodon", "truthsocial", "telegram", "rss"))
        ]
        for post in posts:
            publish(stand_in, post)
        assert stand_in.x.tweets[-1]["text"] == "x text"
        assert stand_in.bluesky.items[-1]["post"]["record"]["text"] == "bluesky text"
        assert stand_in.mastodon.statuses[-1]["content"] == "<p>mastodon text</p>"
        assert stand_in.truth.statuses[-1]["content"] == "<p>truthsocial text</p>"
        assert stand_in.telegram.channels["telegram_author"][-1].html == "telegram text"
        assert len(stand_in.rss.feeds) == 1
        raw = tomllib.loads(sources_toml(stand_in, "ws://127.0.0.1:1/subscribe", posts))
        sources = msgspec.convert(raw["sources"], list[SourceConfig])
        assert [s.platform for s in sources] == [
            "x",
            "bluesky",
            "mastodon",
            "truthsocial",
            "telegram",
            "rss",
        ]
        assert sources[0].accounts == ["x_author"] and sources[5].accounts == [
            stand_in.feed_url(next(iter(stand_in.rss.feeds)))
        ]
