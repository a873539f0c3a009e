"""Bluesky AppView polling and Jetstream push against the local stand-ins."""

from __future__ import annotations

import msgspec
from redis.asyncio import Redis

from connectors.base import Runtime
from connectors.bluesky import BlueskyConnector
from connectors.config import SourceConfig
from connectors.jetstream import JetstreamConnector
from connectors.testing import JetstreamStandIn, StandIn
from monitor.keys import Keys
from tests.conftest import wait_until
from tests.connectors.conftest import running, stream_posts


def appview(runtime: Runtime, stand_in: StandIn, *accounts: str) -> BlueskyConnector:
    source = SourceConfig(
        platform="bluesky", base_url=stand_in.url, poll_interval="0.2s", timeout="1s"
    )
    return BlueskyConnector(runtime, source, list(accounts))


def jetstream(
    runtime: Runtime, stand_in: StandIn, js: JetstreamStandIn, *accounts: str
) -> JetstreamConnector:
    source = SourceConfig(
        platform="bluesky", base_url=stand_in.url, stream_url=js.url, timeout="1s"
    )
    return JetstreamConnector(runtime, source, list(accounts))


async def _count(redis: Redis, keys: Keys, n: int) -> bool:
    return int(await redis.xlen(keys.posts)) >= n


class TestBlueskyAppView:
    async def test_facets_reposts_quotes_and_paging(
        self, stand_in: StandIn, runtime: Runtime, redis: Redis, keys: Keys
    ) -> None:
        """Mentions come from UTF-8 byte-offset facets; reposts are told apart; >1 page is paged by cursor."""
        sky = stand_in.bluesky
        other = sky.add_post("other.bsky.social", "Ça va être difficile")
        sky.add_post("leader.gov", "seed")
        async with running(appview(runtime, stand_in, "leader.gov")):
            await wait_until(lambda: _count(redis, keys, 1))
            sky.add_post(
                "leader.gov",
                "Réponse à @minister.gov — inacceptable",
                mentions=("minister.gov",),
                langs=("fr",),
            )
            sky.repost("leader.gov", other)
            sky.add_post("leader.gov", "Quoting", quote=other)
            for i in range(40):
                sky.add_post("leader.gov", f"burst {i}")
            await wait_until(lambda: _count(redis, keys, 44), timeout=5)
        posts = await stream_posts(redis, keys)
        reply = next(p for p in posts if p.text.startswith("Réponse"))
        assert reply.mentions == ("minister.gov",) and reply.lang == "fr"
        repost = next(p for p in posts if p.kind == "repost")
        assert repost.ref == other and repost.author == "leader.gov"
        assert next(p for p in posts if p.text == "Quoting").quote_of == other
        assert len({p.id for p in posts}) == len(posts) == 44
        assert any(r.arg("cursor") for r in stand_in.hits("getAuthorFeed"))

    async def test_deletion_and_xrpc_errors(
        self, stand_in: StandIn, runtime: Runtime, redis: Redis, keys: Keys
    ) -> None:
        """A post gone from the feed is a deletion; a 429 with RateLimit-Reset and a 500 are survived."""
        sky = stand_in.bluesky
        keep = sky.add_post("leader.gov", "keep")
        gone = sky.add_post("leader.gov", "regrettable")
        async with running(appview(runtime, stand_in, "leader.gov", "unknown.example")):
            await wait_until(lambda: _count(redis, keys, 2))
            stand_in.fault("429", "getAuthorFeed", reset_in=0.5)
            stand_in.fault("500", "getAuthorFeed")
            sky.delete_post(gone)
            await wait_until(lambda: _count(redis, keys, 3), timeout=6)
        posts = await stream_posts(redis, keys)
        assert [p.kind for p in posts] == ["post", "post", "delete"]
        assert posts[2].ref == gone and keep in {p.id for p in posts}


class TestJetstream:
    async def test_push_filtered_edit_delete_and_resume(
        self, stand_in: StandIn, runtime: Runtime, redis: Redis, keys: Keys
    ) -> None:
        """Only watched DIDs arrive; updates are edits, deletes deletions; a dropped socket resumes from the cursor."""
        sky = stand_in.bluesky
        sky.add_profile("leader.gov")
        js = await JetstreamStandIn(sky).start()
        try:
            connector = jetstream(runtime, stand_in, js, "leader.gov")
            async with running(connector):
                await wait_until(lambda: _connected(connector))
                sky.add_post("stranger.bsky.social", "not watched")
                uri = sky.add_post("leader.gov", "live post")
                await wait_until(lambda: _count(redis, keys, 1))
                sky.edit_post(uri, "live post, edited")
                sky.delete_post(uri)
                await wait_until(lambda: _count(redis, keys, 3))
                connector.connected.clear()
                await js.drop_all()
                sky.add_post("leader.gov", "while reconnecting")
                await wait_until(lambda: _connected(connector))
                await wait_until(lambda: _count(redis, keys, 4), timeout=5)
            posts = await stream_posts(redis, keys)
            assert [p.kind for p in posts] == ["post", "edit", "delete", "post"]
            assert posts[1].ref == uri and posts[2].ref == uri
            assert all(p.author == "leader.gov" for p in posts)
            assert js.cursors[0] is None and js.cursors[-1] is not None
        finally:
            await js.stop()

    async def test_many_dids_go_in_an_options_update(
        self, stand_in: StandIn, runtime: Runtime, redis: Redis, keys: Keys
    ) -> None:
        """Over 100 watched DIDs are sent after connecting (requireHello + options_update), not in the URL."""
        handles = [f"member{i}.gov" for i in range(120)]
        for handle in handles:
            stand_in.bluesky.add_profile(handle)
        js = await JetstreamStandIn(stand_in.bluesky).start()
        try:
            connector = jetstream(runtime, stand_in, js, *handles)
            async with running(connector):
                await wait_until(lambda: _connected(connector))
                uri = stand_in.bluesky.add_post("member119.gov", "last member speaks")
                stand_in.bluesky.add_post("outsider.example", "not watched")
                await wait_until(lambda: _count(redis, keys, 1))
            assert [p.id for p in await stream_posts(redis, keys)] == [uri]
            assert js.hellos == 1
        finally:
            await js.stop()

    async def test_bad_frames_are_skipped(self, runtime: Runtime, redis: Redis, keys: Keys) -> None:
        """Frames that are not JSON, or not commits, publish nothing and do not crash."""
        source = SourceConfig(
            platform="bluesky",
            base_url="http://127.0.0.1:9",
            stream_url="ws://127.0.0.1:9/subscribe",
        )
        connector = JetstreamConnector(runtime, source, ["leader.gov"])
        watched = {"did:plc:abc"}
        for frame in (
            b"\xff\xfe not json",
            "<html>",
            "[]",
            msgspec.json.encode({"did": "did:plc:abc", "kind": "account"}),
        ):
            await connector._handle(frame, watched)
        assert await redis.xlen(keys.posts) == 0


async def _connected(connector: JetstreamConnector) -> bool:
    return connector.connected.is_set()
