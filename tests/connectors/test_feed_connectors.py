"""RSS/Atom (conditional GET) and Telegram web-preview connectors against the stand-in."""

from __future__ import annotations

from redis.asyncio import Redis

from connectors.base import Runtime
from connectors.config import SourceConfig
from connectors.rss import RssConnector
from connectors.telegram import TelegramConnector, parse_preview
from connectors.testing import StandIn
from monitor.keys import Keys
from tests.conftest import wait_until
from tests.connectors.conftest import running, stream_posts


def rss(runtime: Runtime, *feeds: str) -> RssConnector:
    source = SourceConfig(platform="rss", poll_interval="0.2s", timeout="1s")
    return RssConnector(runtime, source, list(feeds))


def telegram(runtime: Runtime, stand_in: StandIn, *channels: str) -> TelegramConnector:
    source = SourceConfig(
        platform="telegram",
        base_url=stand_in.url,
        poll_interval="0.2s",
        timeout="1s",
        rate_limit="100/1s",
    )
    return TelegramConnector(runtime, source, list(channels))


async def _count(redis: Redis, keys: Keys, n: int) -> bool:
    return int(await redis.xlen(keys.posts)) >= n


class TestRss:
    async def test_conditional_get_and_new_entries(
        self, stand_in: StandIn, runtime: Runtime, redis: Redis, keys: Keys
    ) -> None:
        """ETag and Last-Modified are sent back; 304s add nothing; new entries arrive once, as text."""
        stand_in.rss.add_feed("mfa")
        stand_in.rss.add_entry(
            "mfa", "Statement on the talks", "<p>We <b>welcome</b> the talks &amp; more.</p>"
        )
        feed = stand_in.feed_url("mfa")
        async with running(rss(runtime, feed)):
            await wait_until(lambda: _count(redis, keys, 1))
            await wait_until(lambda: _has_304(stand_in))
            stand_in.rss.add_entry("mfa", "Sanctions announced")
            await wait_until(lambda: _count(redis, keys, 2))
        posts = await stream_posts(redis, keys)
        assert posts[0].text == "Statement on the talks\n\nWe welcome the talks & more."
        assert posts[0].author == feed and posts[0].lang == "en"
        assert posts[1].text == "Sanctions announced"
        assert any(r.headers.get("If-None-Match") for r in stand_in.hits("/rss/mfa"))

    async def test_atom_last_modified_only_latin1_and_edit(
        self, stand_in: StandIn, runtime: Runtime, redis: Redis, keys: Keys
    ) -> None:
        """An Atom feed in ISO-8859-1 honouring only If-Modified-Since is read; a retitled entry is an edit."""
        stand_in.rss.add_feed("quai", atom=True, etag=False, charset="iso-8859-1")
        guid = stand_in.rss.add_entry("quai", "Déclaration du ministère")
        feed = stand_in.feed_url("quai")
        async with running(rss(runtime, feed)):
            await wait_until(lambda: _count(redis, keys, 1))
            stand_in.rss.edit_entry("quai", guid, "Déclaration du ministère (corrigée)")
            await wait_until(lambda: _count(redis, keys, 2))
        first, edit = await stream_posts(redis, keys)
        assert first.text == "Déclaration du ministère" and first.lang == "fr"
        assert edit.kind == "edit" and edit.ref == guid
        assert any(r.headers.get("If-Modified-Since") for r in stand_in.hits("/rss/quai"))

    async def test_no_guid_redirect_gone_and_malformed(
        self, stand_in: StandIn, runtime: Runtime, redis: Redis, keys: Keys
    ) -> None:
        """No guid: key on link; a 301 is followed and kept; 410 stops; malformed XML harms nothing."""
        stand_in.rss.add_feed("old", moved_to="new")
        stand_in.rss.add_feed("new", guids=False)
        stand_in.rss.add_entry("new", "Moved feed item", link="https://gov.example/a")
        stand_in.rss.add_feed("dead", gone=True)
        stand_in.rss.add_feed("broken", malformed=True)
        feeds = [stand_in.feed_url(n) for n in ("old", "dead", "broken")]
        async with running(rss(runtime, *feeds)):
            await wait_until(lambda: _count(redis, keys, 1))
            await wait_until(lambda: _at_least(stand_in, "/rss/new", 3))
        posts = await stream_posts(redis, keys)
        moved = [p for p in posts if p.author == stand_in.feed_url("old")]
        assert [p.id for p in moved] == ["https://gov.example/a"]  # keyed on the link
        assert len(stand_in.hits("/rss/old")) == 1  # the 301 was remembered
        assert len(stand_in.hits("/rss/dead")) == 1  # 410: not asked again


class TestTelegram:
    async def test_preview_posts_forwards_edits_deletions(
        self, stand_in: StandIn, runtime: Runtime, redis: Redis, keys: Keys
    ) -> None:
        """Messages parse to text with links; forwards are reposts; edits and deletions are recorded."""
        tg = stand_in.telegram
        first = tg.add_post(
            "mfa_channel",
            'Statement:<br/>read <a href="https://gov.example/s">here</a> &amp; share',
        )
        fwd = tg.add_post("mfa_channel", "Forwarded text", forwarded_from="other")
        async with running(telegram(runtime, stand_in, "mfa_channel", "hidden")):
            await wait_until(lambda: _count(redis, keys, 2))
            tg.edit_post(fwd, "Forwarded text, edited")
            later = tg.add_post("mfa_channel", "Later")
            tg.delete_post(later)
            kept = tg.add_post("mfa_channel", "Kept")
            tg.delete_post(first)
            await wait_until(lambda: _count(redis, keys, 5))
        posts = await stream_posts(redis, keys)
        assert posts[0].text == "Statement:\nread here (https://gov.example/s) & share"
        assert posts[1].kind == "repost"
        assert any(p.kind == "edit" and p.ref == fwd for p in posts)
        assert kept in {p.id for p in posts} and later not in {p.id for p in posts}
        assert [p.ref for p in posts if p.kind == "delete"] == [first]
        assert len(stand_in.hits("/s/hidden")) == 1  # no preview: left alone

    async def test_catch_up_with_before(
        self, stand_in: StandIn, runtime: Runtime, redis: Redis, keys: Keys
    ) -> None:
        """More than one page of new messages since the cursor is fetched with ?before=."""
        tg = stand_in.telegram
        tg.add_post("chan", "zero")
        async with running(telegram(runtime, stand_in, "chan")):
            await wait_until(lambda: _count(redis, keys, 1))
        for i in range(45):
            tg.add_post("chan", f"m{i}")
        async with running(telegram(runtime, stand_in, "chan")):
            await wait_until(lambda: _count(redis, keys, 46), timeout=5)
        texts = [p.text for p in await stream_posts(redis, keys)]
        assert texts == ["zero", *(f"m{i}" for i in range(45))]

    def test_broken_html_does_not_crash(self) -> None:
        """Truncated or hostile HTML yields what could be parsed, never an exception."""
        page = '<div class="tgme_widget_message" data-post="c/5"><div class="tgme_widget_message_text">\x1b[31mred\x00</div>'
        posts = parse_preview(page + "<div <<<" + "x" * 50_000, "c")
        assert [p.id for p in posts] == ["c/5"] and "\x00" not in posts[0].text


async def _has_304(stand_in: StandIn) -> bool:
    return len(stand_in.hits("/rss/")) >= 2


async def _at_least(stand_in: StandIn, path: str, n: int) -> bool:
    return len(stand_in.hits(path)) >= n
