"""Bluesky: AppView ``app.bsky.feed.getAuthorFeed`` polling (no auth).

The feed only pages towards older posts, so each poll reads the newest page
and pages further only while a whole page is newer than the cursor (the
newest ``indexedAt`` seen). The first page is also the window compared with
the previous one: an own post gone from the covered range is a deletion, a
changed ``cid`` an edit. Reposts (``reason #reasonRepost``) are recorded as
``kind="repost"`` by the reposter, ``ref`` = the original post's URI.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from connectors.base import PolledConnector, Seen, delete_post, reconcile, resolve_cached
from connectors.http import FetchError
from connectors.ratelimit import Budget
from connectors.text import clean_text, parse_time
from monitor.models import Post

PAGE = 30
MAX_PAGES = 10
MARGIN = timedelta(seconds=60)  # posts may be indexed slightly out of order
REPOST = "app.bsky.feed.defs#reasonRepost"


def _d(value: object) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def rkey(uri: str) -> str:
    return uri.rstrip("/").rsplit("/", 1)[-1]


def facet_mentions(record: dict[str, Any]) -> tuple[str, ...]:
    """Handles mentioned, sliced from the text by UTF-8 byte offsets (facets)."""
    raw = record.get("text")
    data = raw.encode("utf-8", "replace") if isinstance(raw, str) else b""
    found = []
    for facet in record.get("facets") or ():
        index = _d(_d(facet).get("index"))
        start, end = index.get("byteStart"), index.get("byteEnd")
        features = _d(facet).get("features") or ()
        is_mention = any(_d(f).get("$type") == "app.bsky.richtext.facet#mention" for f in features)
        if is_mention and isinstance(start, int) and isinstance(end, int) and 0 <= start < end:
            handle = data[start:end].decode("utf-8", "replace").strip().lstrip("@")
            if handle:
                found.append(handle)
    return tuple(found)


def quoted_uri(record: dict[str, Any]) -> str | None:
    embed = _d(record.get("embed"))
    kind = embed.get("$type")
    if kind == "app.bsky.embed.record":
        uri = _d(embed.get("record")).get("uri")
    elif kind == "app.bsky.embed.recordWithMedia":
        uri = _d(_d(embed.get("record")).get("record")).get("uri")
    else:
        return None
    return uri if isinstance(uri, str) else None


def record_post(uri: str, author: str, record: dict[str, Any], indexed: object = None) -> Post:
    """A Post from an ``app.bsky.feed.post`` record (AppView or Jetstream)."""
    langs = record.get("langs")
    lang = langs[0] if isinstance(langs, list) and langs and isinstance(langs[0], str) else None
    parent = _d(_d(record.get("reply")).get("parent")).get("uri")
    text = record.get("text")
    return Post(
        id=uri,
        platform="bluesky",
        author=author,
        created_at=parse_time(record.get("createdAt") or indexed),
        text=clean_text(text) if isinstance(text, str) else "",
        lang=lang.split("-")[0].lower() if lang else None,
        reply_to=parent if isinstance(parent, str) else None,
        quote_of=quoted_uri(record),
        mentions=facet_mentions(record),
        url=f"https://bsky.app/profile/{author}/post/{rkey(uri)}",
    )


def parse_item(item: dict[str, Any], account: str) -> tuple[Post, str] | None:
    """(post, sort time) of one FeedViewPost, or None when malformed."""
    view = _d(item.get("post"))
    uri = view.get("uri")
    if not isinstance(uri, str):
        return None
    handle = _d(view.get("author")).get("handle")
    author = handle if isinstance(handle, str) and handle != "handle.invalid" else account
    post = record_post(uri, author, _d(view.get("record")), view.get("indexedAt"))
    reason = _d(item.get("reason"))
    if reason.get("$type") != REPOST:
        return post, str(view.get("indexedAt") or post.created_at.isoformat())
    by = _d(reason.get("by"))
    by_did = by.get("did") or account
    when = reason.get("indexedAt") or view.get("indexedAt")
    repost_id = reason.get("uri") if isinstance(reason.get("uri"), str) else None
    by_handle = by.get("handle")
    reposter = by_handle if isinstance(by_handle, str) else account
    return Post(
        id=repost_id or f"{uri}#repost-{by_did}",
        platform="bluesky",
        author=reposter,
        created_at=parse_time(when),
        text=post.text,
        lang=post.lang,
        mentions=post.mentions,
        url=post.url,
        kind="repost",
        ref=uri,
    ), str(when)


class BlueskyConnector(PolledConnector):
    platform = "bluesky"
    default_base_url = "https://public.api.bsky.app"
    budget = Budget(3000, 300.0)  # PDS default per IP; the AppView says only "generous"

    async def resolve(self, handle: str) -> str:
        if handle.startswith("did:"):
            return handle
        return await resolve_cached(self.store, handle, self._profile_did)

    async def _profile_did(self, handle: str) -> str:
        assert self.http is not None
        url = f"{self.base_url}/xrpc/app.bsky.actor.getProfile"
        data, _ = await self.http.get_json(url, params={"actor": handle}, limiter=self.limiter())
        did = _d(data).get("did")
        if not isinstance(did, str) or not did.startswith("did:"):
            raise FetchError(
                f"bluesky: no DID for {handle!r}", reason="unknown_account", retryable=False
            )
        return did

    async def _feed(self, did: str, cursor: str | None) -> tuple[list[dict[str, Any]], str | None]:
        assert self.http is not None
        params: dict[str, str | int] = {"actor": did, "limit": PAGE, "filter": "posts_with_replies"}
        if cursor:
            params["cursor"] = cursor
        url = f"{self.base_url}/xrpc/app.bsky.feed.getAuthorFeed"
        data, _ = await self.http.get_json(url, params=params, limiter=self.limiter())
        feed = [i for i in _d(data).get("feed") or () if isinstance(i, dict)]
        nxt = _d(data).get("cursor")
        return feed, nxt if isinstance(nxt, str) and nxt else None

    async def poll(self, account: str) -> None:
        did = await self.resolve(account)
        since_text = await self.store.cursor(account)
        since = parse_time(since_text) - MARGIN if since_text else None
        first, page_cursor = await self._feed(did, None)
        complete = page_cursor is None
        page = [p for p in (parse_item(i, account) for i in first) if p]
        items = list(page)
        pages = 1
        while since and page_cursor and pages < MAX_PAGES and page:
            if min(parse_time(t) for _, t in page) <= since:
                break  # this page reached what was already seen
            more, page_cursor = await self._feed(did, page_cursor)
            page = [p for p in (parse_item(i, account) for i in more) if p]
            items += page
            pages += 1
        window_items = items[: len(first)]
        new = [post for post, when in items if since is None or parse_time(when) > since]
        new.sort(key=lambda p: p.created_at)
        await self.publish(new if since else self.recent(new))
        await self._reconcile(account, window_items, since is not None, complete)
        if items:
            newest = max(parse_time(t) for _, t in items)
            if not since_text or newest > parse_time(since_text):
                await self.store.save_cursor(account, newest.isoformat())

    async def _reconcile(
        self, account: str, items: list[tuple[Post, str]], known: bool, complete: bool
    ) -> None:
        own = [Seen(p, parse_time(t).isoformat(), p.text) for p, t in items if p.kind == "post"]
        old = await self.store.window(account)
        edits, deleted, window = reconcile(old, own, covers_all=complete)
        if known:
            now = parse_time(self.clock.time())
            gone = [delete_post("bluesky", account, pid, now) for pid in deleted]
            await self.publish([*edits, *gone])
        await self.store.save_window(account, window)
