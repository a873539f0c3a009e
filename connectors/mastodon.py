"""Mastodon REST (``/api/v1/accounts/:id/statuses``) and Truth Social, its fork.

Each poll reads the newest page without bounds (a cheap, non-paging request):
it is both the source of new posts and the window compared with the previous
one to find edits (``edited_at`` changed; Mastodon keeps the id) and deletions
(an id gone from the covered range). If the page does not reach the cursor,
Mastodon catches up gap-free with ``min_id`` (never ``since_id``, which skips
the middle); Truth Social walks back with ``max_id`` as truthbrush does.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from connectors.base import PolledConnector, Seen, delete_post, reconcile, resolve_cached
from connectors.http import FetchError
from connectors.ratelimit import Budget
from connectors.text import clean_text, html_to_text, order_key, parse_time
from monitor.models import Post, PostKind

PAGE = 40
MAX_PAGES = 20


def _d(value: object) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _status_text(status: dict[str, Any]) -> str:
    content = status.get("content")
    text = html_to_text(content) if isinstance(content, str) else ""
    spoiler = status.get("spoiler_text")
    if isinstance(spoiler, str) and spoiler.strip():
        text = f"{clean_text(spoiler)}\n\n{text}".strip()
    return text


def _quote_of(status: dict[str, Any]) -> str | None:
    quote = _d(status.get("quote"))
    quoted = _d(quote.get("quoted_status")).get("id") or quote.get("quoted_status_id")
    quoted = quoted or status.get("quote_id")  # Truth Social
    return str(quoted) if quoted else None


def parse_status(status: dict[str, Any], platform: str, author: str) -> Post:
    """One status as a Post; a boost becomes a repost whose ``ref`` is the original."""
    kind: PostKind = "post"
    ref = None
    body = status
    reblog = _d(status.get("reblog"))
    if reblog.get("id"):
        kind, ref, body = "repost", str(reblog["id"]), reblog
    mentions = tuple(
        str(m["acct"]) for m in body.get("mentions") or () if isinstance(m, dict) and m.get("acct")
    )
    lang = body.get("language")
    reply = body.get("in_reply_to_id")
    url = status.get("url") or body.get("url")
    return Post(
        id=str(status["id"]),
        platform=platform,
        author=author,
        created_at=parse_time(status.get("created_at")),
        text=_status_text(body),
        lang=lang if isinstance(lang, str) and lang else None,
        reply_to=str(reply) if reply else None,
        quote_of=_quote_of(body),
        mentions=mentions,
        url=url if isinstance(url, str) else None,
        kind=kind,
        ref=ref,
    )


def _version(status: dict[str, Any]) -> str:
    edited = status.get("edited_at")
    return str(edited) if edited else ""


class MastodonConnector(PolledConnector):
    platform = "mastodon"
    default_base_url = "https://mastodon.social"
    api = "/api/v1"
    budget = Budget(300, 300.0)  # unauthenticated, per IP (server defaults)
    paging_budget = Budget(300, 900.0)  # requests with max_id/min_id/since_id

    def acct(self, handle: str) -> str:
        """The handle as the home instance knows it: ``user`` for its own users."""
        user, _, domain = handle.partition("@")
        host = urlsplit(self.base_url).hostname or ""
        return user if not domain or domain.casefold() == host.casefold() else handle

    async def _lookup(self, handle: str) -> str:
        assert self.http is not None
        url = f"{self.base_url}{self.api}/accounts/lookup"
        data, _ = await self.http.get_json(
            url, params={"acct": self.acct(handle)}, limiter=self.limiter()
        )
        account_id = _d(data).get("id")
        if not account_id:
            raise FetchError(
                f"{self.platform}: no account {handle!r}", reason="unknown_account", retryable=False
            )
        return str(account_id)

    async def _page(self, account_id: str, **bounds: str) -> list[dict[str, Any]]:
        assert self.http is not None
        params: dict[str, str | int] = {"limit": PAGE, **bounds}
        limiter = self.limiter("paging", self.paging_budget) if bounds else self.limiter()
        url = f"{self.base_url}{self.api}/accounts/{account_id}/statuses"
        data, _ = await self.http.get_json(url, params=params, limiter=limiter)
        if not isinstance(data, list):
            raise FetchError(
                f"{self.name}: statuses is not a list", reason="bad_json", retryable=True
            )
        return [s for s in data if isinstance(s, dict) and s.get("id")]

    async def resolve(self, handle: str) -> str:
        """The account id of a handle, looked up once on its home instance."""
        return await resolve_cached(self.store, handle, self._lookup)

    async def poll(self, account: str) -> None:
        account_id = await self.resolve(account)
        cursor = await self.store.cursor(account)
        first = await self._page(account_id)
        statuses = list(first)
        if cursor and first and all(order_key(str(s["id"])) > order_key(cursor) for s in first):
            statuses += await self.catch_up(account_id, cursor, first)
        new = [
            parse_status(s, self.platform, account)
            for s in statuses
            if not cursor or order_key(str(s["id"])) > order_key(cursor)
        ]
        new.sort(key=lambda p: order_key(p.id))
        await self.publish(new if cursor else self.recent(new))
        await self._reconcile(account, first, bool(cursor))
        if new:
            await self.store.save_cursor(account, new[-1].id)
        elif not cursor and first:
            await self.store.save_cursor(account, max((str(s["id"]) for s in first), key=order_key))

    async def catch_up(
        self, account_id: str, cursor: str, first: list[dict[str, Any]]
    ) -> list[dict[str, Any]]:
        """Posts between the cursor and the first page, oldest pages first (``min_id``)."""
        oldest_first = min(order_key(str(s["id"])) for s in first)
        found: list[dict[str, Any]] = []
        since = cursor
        for _ in range(MAX_PAGES):
            page = await self._page(account_id, min_id=since)
            if not page:
                break
            found += page
            since = max((str(s["id"]) for s in page), key=order_key)
            if order_key(since) >= oldest_first:
                break
        return found

    async def _reconcile(self, account: str, first: list[dict[str, Any]], known: bool) -> None:
        seen = [
            Seen(parse_status(s, self.platform, account), order_key(str(s["id"])), _version(s))
            for s in first
        ]
        old = await self.store.window(account)
        edits, deleted, window = reconcile(old, seen, covers_all=len(first) < PAGE)
        if known:
            gone = [delete_post(self.platform, account, pid, self.clock_now()) for pid in deleted]
            await self.publish([*edits, *gone])
        await self.store.save_window(account, window)

    def clock_now(self) -> Any:
        return parse_time(self.clock.time())


class TruthSocialConnector(MastodonConnector):
    platform = "truthsocial"
    default_base_url = "https://truthsocial.com/api"
    api = "/v1"
    budget = Budget(300, 300.0, reserve=50)  # truthbrush: stop at 50 left, tracking is stochastic
    paging_budget = Budget(300, 300.0, reserve=50)

    def acct(self, handle: str) -> str:
        return handle.partition("@")[0]

    async def catch_up(
        self, account_id: str, cursor: str, first: list[dict[str, Any]]
    ) -> list[dict[str, Any]]:
        """Walk back with ``max_id`` until the known cursor, as truthbrush does."""
        found: list[dict[str, Any]] = []
        oldest = min((str(s["id"]) for s in first), key=order_key)
        for _ in range(MAX_PAGES):
            page = await self._page(account_id, max_id=oldest)
            if not page:
                break
            found += page
            oldest = min((str(s["id"]) for s in page), key=order_key)
            if order_key(oldest) <= order_key(cursor):
                break
        return found
