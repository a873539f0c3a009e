"""RSS/Atom feeds with conditional GET, parsed by feedparser (6.0.x).

The validators (``ETag`` and ``Last-Modified``, byte for byte) are kept in the
cursor and sent back as ``If-None-Match``/``If-Modified-Since``; a 304 costs
nothing. A 301/308 replaces the stored URL, a 410 stops polling the feed. The
feed URL is the account's handle and the post's author. Entries are keyed by
``id``, else ``link``, else a hash of title and date; a changed entry (same key,
other title or summary) is recorded as an edit. Feeds drop old items all the
time, so a vanished entry is not reported as deleted.
"""

from __future__ import annotations

import asyncio
import hashlib
import time
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urljoin

import feedparser
import msgspec

from connectors.base import PolledConnector, Runtime, Seen, reconcile, version_of
from connectors.config import SourceConfig
from connectors.http import FetchError
from connectors.ratelimit import Budget
from connectors.text import clean_text, html_to_text
from monitor.models import Post

MAX_REDIRECTS = 3
ACCEPT = "application/atom+xml, application/rss+xml, application/xml;q=0.9, */*;q=0.5"


class FeedState(msgspec.Struct, omit_defaults=True):
    url: str | None = None
    etag: str | None = None
    modified: str | None = None
    gone: bool = False


def _when(entry: Any) -> datetime | None:
    for key in ("published_parsed", "updated_parsed"):
        value = entry.get(key)
        if isinstance(value, time.struct_time):
            return datetime(*value[:6], tzinfo=UTC)
    return None


def entry_key(entry: Any) -> str:
    for key in ("id", "link"):
        value = entry.get(key)
        if isinstance(value, str) and value.strip():
            return value.strip()
    basis = f"{entry.get('title', '')}\x1f{entry.get('published', '')}"
    return "sha256:" + hashlib.sha256(basis.encode()).hexdigest()[:32]


def _body(entry: Any) -> str:
    content = entry.get("content")
    if isinstance(content, list) and content and isinstance(content[0], dict):
        value = content[0].get("value")
        if isinstance(value, str) and value:
            return value
    summary = entry.get("summary")
    return summary if isinstance(summary, str) else ""


def parse_entry(entry: Any, feed_url: str, lang: str | None, fetched: datetime) -> Post:
    title = clean_text(html_to_text(str(entry.get("title") or "")))
    body = html_to_text(_body(entry))
    text = title if not body or body.startswith(title) else f"{title}\n\n{body}".strip()
    link = entry.get("link")
    entry_lang = entry.get("language") or lang
    return Post(
        id=entry_key(entry),
        platform="rss",
        author=feed_url,
        created_at=_when(entry) or fetched,
        text=clean_text(text),
        lang=entry_lang.split("-")[0].lower()
        if isinstance(entry_lang, str) and entry_lang
        else None,
        url=link if isinstance(link, str) else None,
    )


def _parse(body: bytes, headers: dict[str, str]) -> Any:
    return feedparser.parse(body, response_headers=headers, sanitize_html=True)


class RssConnector(PolledConnector):
    platform = "rss"
    default_base_url = ""
    budget = Budget(60, 60.0)  # per host; no standard headers, be gentle

    def __init__(self, runtime: Runtime, source: SourceConfig, accounts: Sequence[str]) -> None:
        super().__init__(runtime, source, accounts)
        self.name = "rss"

    async def poll(self, account: str) -> None:
        assert self.http is not None
        raw = await self.store.cursor(account)
        state = msgspec.json.decode(raw, type=FeedState) if raw else FeedState()
        if state.gone:
            raise FetchError(f"rss: {account} is gone (410)", reason="gone", retryable=False)
        url = state.url or account
        for _ in range(MAX_REDIRECTS + 1):
            headers = {"Accept": ACCEPT}
            if state.etag:
                headers["If-None-Match"] = state.etag
            if state.modified:
                headers["If-Modified-Since"] = state.modified
            limiter = self.runtime.limiter("rss", url, None, "feed", self.budget)
            response = await self.http.get(url, headers=headers, limiter=limiter)
            status = response.status_code
            if status in (301, 302, 303, 307, 308) and response.headers.get("location"):
                url = urljoin(url, response.headers["location"])
                if status in (301, 308):
                    state.url = url
                continue
            break
        if status == 304:
            await self._save(account, state, response.headers)
            return
        if status == 410:
            state.gone = True
            await self.store.save_cursor(account, msgspec.json.encode(state).decode())
            raise FetchError(f"rss: {url} answered 410 Gone", reason="gone", retryable=False)
        if status != 200:
            raise FetchError(
                f"rss: {url}: HTTP {status}", reason="http_4xx", retryable=False, status=status
            )
        await self._ingest(account, url, response.content, dict(response.headers))
        await self._save(account, state, response.headers)

    async def _save(self, account: str, state: FeedState, headers: Any) -> None:
        state.etag = headers.get("etag") or state.etag
        state.modified = headers.get("last-modified") or state.modified
        await self.store.save_cursor(account, msgspec.json.encode(state).decode())

    async def _ingest(self, account: str, url: str, body: bytes, headers: dict[str, str]) -> None:
        headers = {k.lower(): v for k, v in headers.items()}
        headers.setdefault("content-location", url)
        parsed = await asyncio.to_thread(_parse, body, headers)
        entries = list(parsed.get("entries") or [])
        if not entries and parsed.get("bozo"):
            reason = type(parsed.get("bozo_exception")).__name__
            raise FetchError(
                f"rss: {url}: not a feed ({reason})", reason="bad_feed", retryable=True
            )
        lang = parsed.get("feed", {}).get("language")
        fetched = datetime.fromtimestamp(self.clock.time(), UTC)
        posts = [parse_entry(e, account, lang, fetched) for e in entries]
        seen = [Seen(p, p.created_at.isoformat(), version_of(p.text)) for p in posts]
        old = await self.store.window(account)
        edits, _, window = reconcile(old, seen, deletions=False)
        fresh = [p for p in posts if p.id not in old]
        fresh.sort(key=lambda p: p.created_at)
        if not old:
            fresh = self.recent(fresh)  # first fetch of this feed: skip the archive
        await self.publish([*fresh, *edits])
        await self.store.save_window(account, window)
