"""X API v2 connector against the local X stand-in."""

from __future__ import annotations

import time

import pytest
from redis.asyncio import Redis

from connectors.base import Runtime
from connectors.config import SourceConfig
from connectors.testing import StandIn
from connectors.testing.common import Request
from connectors.x import XConnector
from monitor.keys import Keys
from monitor.secrets import Secret
from tests.conftest import wait_until
from tests.connectors.conftest import count_of, running, stream_posts

TOKEN = Secret("AAAA-test-bearer-token-xyz")


def make(runtime: Runtime, stand_in: StandIn, *accounts: str, interval: str = "0.2s") -> XConnector:
    source = SourceConfig(platform="x", base_url=stand_in.url, poll_interval=interval, timeout="1s")
    return XConnector(runtime, source, list(accounts), TOKEN)


class TestXConnector:
    async def test_ingests_new_posts_with_since_id(
        self, stand_in: StandIn, runtime: Runtime, redis: Redis, keys: Keys
    ) -> None:
        """First poll takes the newest page; later polls ask with since_id and add only new posts."""
        stand_in.x.add_post("PresidentA", "Old news &amp; more")
        async with running(make(runtime, stand_in, "PresidentA")):
            await wait_until(lambda: _count(redis, keys, 1))
            new_id = stand_in.x.add_post(
                "PresidentA", "We will respond to @MinisterB", mentions=("MinisterB",)
            )
            await wait_until(lambda: _count(redis, keys, 2))
        posts = await stream_posts(redis, keys)
        assert posts[0].text == "Old news & more"
        assert posts[1].id == new_id and posts[1].mentions == ("MinisterB",)
        assert posts[1].url == f"https://x.com/PresidentA/status/{new_id}"
        assert any(r.arg("since_id") for r in stand_in.hits("/tweets"))
        assert len(stand_in.hits("/2/users/by")) == 1  # one batch lookup, then cached

    async def test_pagination_and_duplicates_across_pages(
        self, stand_in: StandIn, runtime: Runtime, redis: Redis, keys: Keys
    ) -> None:
        """250 posts since the cursor come over three pages; a post landing mid-paging duplicates nothing."""
        stand_in.x.add_post("PresidentA", "first")
        async with running(make(runtime, stand_in, "PresidentA", interval="0.3s")):
            await wait_until(lambda: _count(redis, keys, 1))
            for i in range(250):
                stand_in.x.add_post("PresidentA", f"post {i}")
            inserted: list[str] = []

            def insert_mid_paging(request: Request) -> None:
                if request.arg("pagination_token") and not inserted:
                    inserted.append(stand_in.x.add_post("PresidentA", "arrived between pages"))

            stand_in.hooks.append(insert_mid_paging)
            await wait_until(lambda: _count(redis, keys, 252), timeout=5)
        posts = await stream_posts(redis, keys)
        ids = [p.id for p in posts]
        assert len(ids) == len(set(ids)) == 252
        assert any(r.arg("pagination_token") for r in stand_in.hits("/tweets"))

    async def test_edit_retweet_and_long_post(
        self, stand_in: StandIn, runtime: Runtime, redis: Redis, keys: Keys
    ) -> None:
        """An edit arrives as a new id marked edit of the original; retweets are reposts; note_tweet text is used."""
        original = stand_in.x.add_post("OtherLeader", "Original statement")
        async with running(make(runtime, stand_in, "PresidentA")):
            stand_in.x.add_post("PresidentA", "seed")
            await wait_until(lambda: _count(redis, keys, 1))
            first = stand_in.x.add_post("PresidentA", "Tarifs now")
            edited = stand_in.x.edit_post(first, "Tariffs now")
            stand_in.x.add_post("PresidentA", "RT @OtherLeader: Original", retweet_of=original)
            stand_in.x.add_post("PresidentA", "long " * 100)
            await wait_until(lambda: _count(redis, keys, 4))
        posts = {p.id: p for p in await stream_posts(redis, keys)}
        assert posts[edited].kind == "edit" and posts[edited].ref == first
        assert first not in posts  # the timeline only ever showed the latest version
        reposts = [p for p in posts.values() if p.kind == "repost"]
        assert reposts[0].ref == original and reposts[0].text == "Original statement"
        assert count_of(list(posts.values()), text=("long " * 100).strip()) == 1

    async def test_429_waits_for_reset_then_resumes(
        self, stand_in: StandIn, runtime: Runtime, redis: Redis, keys: Keys
    ) -> None:
        """A 429 with x-rate-limit-reset blocks the shared limiter until the reset, then polling resumes."""
        stand_in.x.add_post("PresidentA", "before")
        stand_in.fault("429", "/tweets", reset_in=1.0)
        connector = make(runtime, stand_in, "PresidentA", interval="0.1s")
        async with running(connector):
            await wait_until(lambda: _count(redis, keys, 1), timeout=5)
        hits = stand_in.hits("/tweets")
        assert hits[1].at - hits[0].at >= 0.9  # waited for the reset, not retried at once
        assert connector.limiter().blocked_until > 0

    async def test_500_malformed_html_and_slow_are_retried(
        self, stand_in: StandIn, runtime: Runtime, redis: Redis, keys: Keys
    ) -> None:
        """5xx, malformed JSON, an HTML page and a response past the timeout are each retried with backoff."""
        stand_in.x.add_post("PresidentA", "survives faults")
        for kind in ("500", "malformed", "html"):
            stand_in.fault(kind, "/tweets")
        stand_in.fault("slow", "/tweets", delay=1.5)
        async with running(make(runtime, stand_in, "PresidentA")):
            await wait_until(lambda: _count(redis, keys, 1), timeout=6)
        assert len(stand_in.hits("/tweets")) >= 5

    async def test_restart_resumes_from_cursor(
        self, stand_in: StandIn, runtime: Runtime, redis: Redis, keys: Keys
    ) -> None:
        """Stopping and starting again misses nothing posted in between and re-ingests nothing."""
        stand_in.x.add_post("PresidentA", "one")
        async with running(make(runtime, stand_in, "PresidentA")):
            await wait_until(lambda: _count(redis, keys, 1))
        stand_in.x.add_post("PresidentA", "two (while down)")
        stand_in.x.add_post("PresidentA", "three (while down)")
        async with running(make(runtime, stand_in, "PresidentA")):
            await wait_until(lambda: _count(redis, keys, 3))
            stand_in.x.add_post("PresidentA", "four")
            await wait_until(lambda: _count(redis, keys, 4))
        texts = [p.text for p in await stream_posts(redis, keys)]
        assert texts == ["one", "two (while down)", "three (while down)", "four"]

    async def test_handles_resolved_in_batches_of_100(
        self, stand_in: StandIn, runtime: Runtime, redis: Redis, keys: Keys
    ) -> None:
        """250 handles (one unknown) take three batch lookups; a second pass asks only for the unknown."""
        handles = [f"Leader{i}" for i in range(249)]
        for handle in handles:
            stand_in.x.add_user(handle)
        connector = make(runtime, stand_in, *handles, "NoSuchUser")
        connector.http = connector.make_http()
        try:
            await connector.resolve_in_batches(connector.accounts)
            await connector.resolve_in_batches(connector.accounts)
        finally:
            await connector.http.aclose()
        lookups = stand_in.hits("/2/users/by")
        assert (
            len(lookups) == 4 and lookups[-1].arg("usernames") == "NoSuchUser"
        )  # only the unknown again
        assert await connector.store.account_id("Leader248") == stand_in.x.users["leader248"]
        assert await connector.store.account_id("NoSuchUser") is None

    async def test_first_poll_skips_the_archive(
        self, stand_in: StandIn, runtime: Runtime, redis: Redis, keys: Keys
    ) -> None:
        """On an account's first poll, posts older than the backfill horizon are not ingested."""
        stand_in.x.add_post("PresidentA", "three days old", at=time.time() - 3 * 86400)
        stand_in.x.add_post("PresidentA", "this morning", at=time.time() - 3600)
        async with running(make(runtime, stand_in, "PresidentA")):
            await wait_until(lambda: _count(redis, keys, 1))
            stand_in.x.add_post("PresidentA", "now")
            await wait_until(lambda: _count(redis, keys, 2))
        assert [p.text for p in await stream_posts(redis, keys)] == ["this morning", "now"]

    async def test_bad_token_fails_alone_and_never_leaks(
        self,
        stand_in: StandIn,
        runtime: Runtime,
        redis: Redis,
        keys: Keys,
        caplog: pytest.LogCaptureFixture,
    ) -> None:
        """A 401 is logged once as a non-retryable failure; the token never appears in logs."""
        stand_in.x.token = "the-right-token"
        source = SourceConfig(platform="x", base_url=stand_in.url, poll_interval="0.1s")
        connector = XConnector(runtime, source, ["PresidentA"], Secret("wrong-secret-token-42"))
        async with running(connector):
            await wait_until(lambda: _failing(connector, "PresidentA"))
        assert "HTTP 401" in caplog.text and "wrong-secret-token-42" not in caplog.text
        assert (
            len(stand_in.hits("/2/")) == 2
        )  # the batch lookup and one poll; not retried in a loop
        assert await redis.xlen(keys.posts) == 0


async def _failing(connector: XConnector, account: str) -> bool:
    return connector.errors.is_failing(account)


async def _count(redis: Redis, keys: Keys, n: int) -> bool:
    return int(await redis.xlen(keys.posts)) >= n
