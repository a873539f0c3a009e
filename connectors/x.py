"""X API v2 user timelines: ``GET /2/users/{id}/tweets`` with an app bearer token.

Polls with ``since_id`` (exclusive) and follows ``meta.next_token``; the cursor is
the newest id seen. An edit arrives as a new id whose ``edit_history_tweet_ids[0]``
is the original, and is recorded as ``kind="edit"``; a retweet as ``"repost"``.
X sends no deletion events on timelines, so deletions are not reported here.
"""

from __future__ import annotations

import asyncio
import html
import logging
from typing import Any

from connectors.base import PolledConnector, resolve_cached
from connectors.http import FetchError
from connectors.ratelimit import Budget
from connectors.text import clean_text, parse_time
from monitor.errors import RateLimited, StoreError
from monitor.models import Post, PostKind

TWEET_FIELDS = (
    "created_at,lang,author_id,referenced_tweets,entities,note_tweet,"
    "edit_history_tweet_ids,conversation_id,in_reply_to_user_id"
)
EXPANSIONS = "author_id,referenced_tweets.id,referenced_tweets.id.author_id"
MAX_PAGES = 32  # 3,200 reachable posts / 100 per page
BATCH = 100  # usernames per GET /2/users/by
log = logging.getLogger("diplomon.connectors")


def _as_dict(value: object) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _as_list(value: object) -> list[Any]:
    return value if isinstance(value, list) else []


class XConnector(PolledConnector):
    platform = "x"
    default_base_url = "https://api.x.com"
    budget = Budget(10_000, 900.0)  # GET /2/users/:id/tweets per app (docs, Aug 2026)
    lookup_budget = Budget(300, 900.0)

    async def _lookup(self, username: str) -> str:
        assert self.http is not None
        url = f"{self.base_url}/2/users/by/username/{username}"
        data, _ = await self.http.get_json(url, limiter=self.limiter("lookup", self.lookup_budget))
        user_id = _as_dict(_as_dict(data).get("data")).get("id")
        if not isinstance(user_id, str) or not user_id:
            raise FetchError(f"x: no user {username!r}", reason="unknown_account", retryable=False)
        return user_id

    async def run(self, stop: asyncio.Event) -> None:
        self.http = self.make_http()
        try:
            await self.resolve_in_batches(self.accounts)
        except (FetchError, RateLimited, StoreError) as exc:
            log.info("x: batch lookup failed (%s); resolving one by one", exc)
        finally:
            await self.http.aclose()
        await super().run(stop)

    async def resolve_in_batches(self, usernames: list[str]) -> None:
        """Resolve uncached handles 100 at a time (``GET /2/users/by``), caching the ids."""
        assert self.http is not None
        missing = [u for u in usernames if not await self.store.account_id(u)]
        limiter = self.limiter("lookup", self.lookup_budget)
        for start in range(0, len(missing), BATCH):
            batch = missing[start : start + BATCH]
            params: dict[str, str | int] = {"usernames": ",".join(batch)}
            url = f"{self.base_url}/2/users/by"
            data, _ = await self.http.get_json(url, params=params, limiter=limiter)
            wanted = {u.casefold(): u for u in batch}
            for user in _as_list(_as_dict(data).get("data")):
                user = _as_dict(user)
                name, user_id = user.get("username"), user.get("id")
                if isinstance(name, str) and isinstance(user_id, str) and name.casefold() in wanted:
                    await self.store.save_account_id(wanted[name.casefold()], user_id)

    async def poll(self, account: str) -> None:
        assert self.http is not None
        user_id = await resolve_cached(self.store, account, self._lookup)
        since = await self.store.cursor(account)
        params: dict[str, str | int] = {
            "max_results": 100,
            "tweet.fields": TWEET_FIELDS,
            "expansions": EXPANSIONS,
            "user.fields": "username",
        }
        if since:
            params["since_id"] = since
        posts: dict[str, Post] = {}
        for _ in range(MAX_PAGES):
            url = f"{self.base_url}/2/users/{user_id}/tweets"
            data, _ = await self.http.get_json(url, params=params, limiter=self.limiter())
            page = _as_dict(data)
            posts.update((p.id, p) for p in parse_timeline(page, account))
            token = _as_dict(page.get("meta")).get("next_token")
            if not since or not isinstance(token, str) or not token:
                break  # first run: the newest page only, not the whole history
            params["pagination_token"] = token
        found = sorted(posts.values(), key=lambda p: int(p.id) if p.id.isdigit() else 0)
        await self.publish(found if since else self.recent(found))
        newest = _max_id(since, *posts)
        if newest and newest != since:
            await self.store.save_cursor(account, newest)


def _max_id(current: str | None, *ids: str) -> str | None:
    numeric = [i for i in ids if i.isdigit()]
    if current and current.isdigit():
        numeric.append(current)
    return max(numeric, key=int) if numeric else current


def parse_timeline(page: dict[str, Any], account: str) -> list[Post]:
    """Posts of one timeline response; malformed entries are skipped."""
    includes = _as_dict(page.get("includes"))
    users = {
        u.get("id"): u.get("username")
        for u in _as_list(includes.get("users"))
        if isinstance(u, dict)
    }
    tweets = {t.get("id"): t for t in _as_list(includes.get("tweets")) if isinstance(t, dict)}
    posts = []
    for item in _as_list(page.get("data")):
        if isinstance(item, dict) and isinstance(item.get("id"), str):
            posts.append(parse_tweet(item, account, users, tweets))
    return posts


def _text(tweet: dict[str, Any]) -> str:
    note = _as_dict(tweet.get("note_tweet")).get("text")
    text = note if isinstance(note, str) and note else tweet.get("text")
    return clean_text(html.unescape(text)) if isinstance(text, str) else ""


def parse_tweet(
    tweet: dict[str, Any],
    account: str,
    users: dict[Any, Any],
    tweets: dict[Any, dict[str, Any]],
) -> Post:
    author = users.get(tweet.get("author_id")) or account
    refs = {
        r.get("type"): r.get("id")
        for r in _as_list(tweet.get("referenced_tweets"))
        if isinstance(r, dict) and isinstance(r.get("id"), str)
    }
    mentions = tuple(
        m["username"]
        for m in _as_list(_as_dict(tweet.get("entities")).get("mentions"))
        if isinstance(m, dict) and isinstance(m.get("username"), str)
    )
    history = [i for i in _as_list(tweet.get("edit_history_tweet_ids")) if isinstance(i, str)]
    kind: PostKind = "post"
    ref: str | None = None
    text = _text(tweet)
    if "retweeted" in refs:
        kind, ref = "repost", refs["retweeted"]
        original = tweets.get(ref)
        text = _text(original) if original else text
    elif history and history[0] != tweet["id"]:
        kind, ref = "edit", history[0]
    lang = tweet.get("lang")
    return Post(
        id=tweet["id"],
        platform="x",
        author=str(author),
        created_at=parse_time(tweet.get("created_at")),
        text=text,
        lang=lang if isinstance(lang, str) and lang not in ("und", "qme", "zxx") else None,
        reply_to=refs.get("replied_to"),
        quote_of=refs.get("quoted"),
        mentions=mentions,
        url=f"https://x.com/{author}/status/{tweet['id']}",
        kind=kind,
        ref=ref,
    )
