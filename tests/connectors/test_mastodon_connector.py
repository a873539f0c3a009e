"""Mastodon and Truth Social connectors against the local stand-in."""

from __future__ import annotations

from redis.asyncio import Redis

from connectors.base import Runtime
from connectors.config import SourceConfig
from connectors.mastodon import MastodonConnector, TruthSocialConnector
from connectors.testing import StandIn
from connectors.testing.mastodon import content, link_html, mention_html
from monitor.keys import Keys
from monitor.secrets import Secret
from tests.conftest import wait_until
from tests.connectors.conftest import running, stream_posts


def mastodon(runtime: Runtime, stand_in: StandIn, *accounts: str) -> MastodonConnector:
    source = SourceConfig(
        platform="mastodon", base_url=stand_in.url, poll_interval="0.2s", timeout="1s"
    )
    return MastodonConnector(runtime, source, list(accounts))


def truth(runtime: Runtime, stand_in: StandIn, *accounts: str) -> TruthSocialConnector:
    source = SourceConfig(
        platform="truthsocial",
        base_url=f"{stand_in.url}/truth/api",
        poll_interval="0.2s",
        timeout="1s",
    )
    return TruthSocialConnector(runtime, source, list(accounts), Secret("truth-token-123"))


async def _count(redis: Redis, keys: Keys, n: int) -> bool:
    return int(await redis.xlen(keys.posts)) >= n


class TestMastodonConnector:
    async def test_html_boosts_and_mentions(
        self, stand_in: StandIn, runtime: Runtime, redis: Redis, keys: Keys
    ) -> None:
        """HTML becomes text keeping invisible URL parts and mentions; a boost is a repost of the original."""
        stand_in.mastodon.add_post("other", content("Original"))
        original = stand_in.mastodon.statuses[-1]["id"]
        url = "https://www.example.gov/statements/2026/01/reply-to-the-ministry"
        body = f"<p>We reject {mention_html('minister', 'mastodon.example')} &amp; their &quot;claims&quot;:<br />{link_html(url)}</p><p>Second&#39;s para</p>"
        stand_in.mastodon.add_post("leader", body, mentions=("minister",))
        stand_in.mastodon.add_post("leader", "", reblog_of=original)
        async with running(mastodon(runtime, stand_in, "leader@127.0.0.1")):
            await wait_until(lambda: _count(redis, keys, 2))
        post, boost = await stream_posts(redis, keys)
        assert post.text == f'We reject @minister & their "claims":\n{url}\n\nSecond\'s para'
        assert post.mentions == ("minister",) and post.author == "leader@127.0.0.1"
        assert boost.kind == "repost" and boost.ref == original and boost.text == "Original"

    async def test_gap_free_catch_up_with_min_id(
        self, stand_in: StandIn, runtime: Runtime, redis: Redis, keys: Keys
    ) -> None:
        """More than a page of posts since the cursor are caught up with min_id, none skipped or doubled."""
        stand_in.mastodon.add_post("leader", content("zero"))
        async with running(mastodon(runtime, stand_in, "leader")):
            await wait_until(lambda: _count(redis, keys, 1))
        for i in range(95):
            stand_in.mastodon.add_post("leader", content(f"post {i}"))
        async with running(mastodon(runtime, stand_in, "leader")):
            await wait_until(lambda: _count(redis, keys, 96), timeout=5)
        texts = [p.text for p in await stream_posts(redis, keys)]
        assert texts == ["zero", *(f"post {i}" for i in range(95))]
        assert any(r.arg("min_id") for r in stand_in.hits("/statuses"))
        assert not any(r.arg("since_id") for r in stand_in.hits("/statuses"))

    async def test_edits_and_deletions(
        self, stand_in: StandIn, runtime: Runtime, redis: Redis, keys: Keys
    ) -> None:
        """An edit (same id, edited_at set) and a deletion (id gone) are recorded as such."""
        first = stand_in.mastodon.add_post("leader", content("We welcome the talks"))
        second = stand_in.mastodon.add_post("leader", content("Draft"))
        async with running(mastodon(runtime, stand_in, "leader")):
            await wait_until(lambda: _count(redis, keys, 2))
            stand_in.mastodon.edit_post(first, content("We welcome the talks, with conditions"))
            stand_in.mastodon.delete_post(second)
            await wait_until(lambda: _count(redis, keys, 4))
        posts = await stream_posts(redis, keys)
        edit = next(p for p in posts if p.kind == "edit")
        delete = next(p for p in posts if p.kind == "delete")
        assert edit.ref == first and edit.text == "We welcome the talks, with conditions"
        assert delete.ref == second and delete.author == "leader"

    async def test_429_with_iso_reset_and_unknown_account(
        self, stand_in: StandIn, runtime: Runtime, redis: Redis, keys: Keys
    ) -> None:
        """A 429 with an ISO X-RateLimit-Reset waits; an unknown handle fails alone without stopping the rest."""
        stand_in.mastodon.add_post("leader", content("hello"))
        stand_in.fault("429", "/statuses", reset_in=0.8)
        async with running(mastodon(runtime, stand_in, "leader", "nobody")):
            await wait_until(lambda: _count(redis, keys, 1), timeout=5)
        hits = stand_in.hits("/statuses")
        assert hits[1].at - hits[0].at >= 0.5
        assert len([r for r in stand_in.hits("/lookup") if r.arg("acct") == "nobody"]) == 1


class TestTruthSocialConnector:
    async def test_max_id_walk_and_cloudflare_page(
        self, stand_in: StandIn, runtime: Runtime, redis: Redis, keys: Keys
    ) -> None:
        """Truth Social catches up by walking max_id; a Cloudflare HTML page is backed off, not parsed."""
        stand_in.truth.add_post("realLeader", content("start"))
        async with running(truth(runtime, stand_in, "realLeader")):
            await wait_until(lambda: _count(redis, keys, 1))
        for i in range(60):
            stand_in.truth.add_post("realLeader", content(f"truth {i}"))
        stand_in.fault("cloudflare", "/truth/api/v1/accounts/")
        async with running(truth(runtime, stand_in, "realLeader")):
            await wait_until(lambda: _count(redis, keys, 61), timeout=5)
        posts = await stream_posts(redis, keys)
        assert [p.text for p in posts] == ["start", *(f"truth {i}" for i in range(60))]
        assert all(p.platform == "truthsocial" for p in posts)
        assert any(r.arg("max_id") for r in stand_in.hits("/truth/api/v1/accounts/"))
        assert all(
            r.headers.get("Authorization") == "Bearer truth-token-123"
            for r in stand_in.hits("/truth/")
        )
