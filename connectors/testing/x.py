"""X API v2 stand-in: user lookup and user timelines with since_id and pagination tokens.

Pagination tokens encode an offset into the matching posts as computed when
each page is asked for, so a post added between two page requests shifts the
next page and repeats an item, as offset paging does.
"""

from __future__ import annotations

import base64
import time
from typing import Any

from connectors.testing.common import (
    Ids,
    Request,
    Response,
    Window,
    iso_ms,
    json_response,
    rate_headers,
)

TRUNCATE = 280


def _problem(status: int, title: str, kind: str) -> dict[str, Any]:
    return {
        "title": title,
        "detail": title,
        "type": f"https://api.x.com/2/problems/{kind}",
        "status": status,
    }


class XState:
    def __init__(self, limit: int = 10_000, window: float = 900.0) -> None:
        self.users: dict[str, str] = {}  # username (casefolded) -> id
        self.names: dict[str, str] = {}  # id -> username
        self.tweets: list[dict[str, Any]] = []  # oldest first; latest versions only
        self.added_at: dict[str, float] = {}  # id -> wall time it was added
        self.window = Window(limit, window)
        self.token: str | None = None  # when set, requests must carry this bearer token
        self._ids = Ids(1_800_000_000_000_000_000)
        self._user_ids = Ids(1_000_000)

    def add_user(self, username: str) -> str:
        key = username.casefold()
        if key not in self.users:
            user_id = self._user_ids.next()
            self.users[key] = user_id
            self.names[user_id] = username
        return self.users[key]

    def add_post(
        self,
        username: str,
        text: str,
        *,
        reply_to: str | None = None,
        quote_of: str | None = None,
        retweet_of: str | None = None,
        mentions: tuple[str, ...] = (),
        lang: str = "en",
        at: float | None = None,
    ) -> str:
        user_id = self.add_user(username)
        tweet_id = self._ids.next()
        refs = [
            {"type": kind, "id": ref}
            for kind, ref in (
                ("replied_to", reply_to),
                ("quoted", quote_of),
                ("retweeted", retweet_of),
            )
            if ref
        ]
        tweet: dict[str, Any] = {
            "id": tweet_id,
            "text": text[:TRUNCATE] + ("…" if len(text) > TRUNCATE else ""),
            "created_at": iso_ms(at if at is not None else time.time()),
            "author_id": user_id,
            "lang": lang,
            "conversation_id": reply_to or tweet_id,
            "edit_history_tweet_ids": [tweet_id],
        }
        if len(text) > TRUNCATE:
            tweet["note_tweet"] = {"text": text}
        if refs:
            tweet["referenced_tweets"] = refs
        if mentions:
            tweet["entities"] = {"mentions": _mentions(text, mentions)}
        self.tweets.append(tweet)
        self.added_at[tweet_id] = time.time()
        return tweet_id

    def edit_post(self, tweet_id: str, text: str) -> str:
        """An edit is a new id carrying the edit history; timelines show only it."""
        old = next(t for t in self.tweets if t["id"] == tweet_id)
        new_id = self._ids.next()
        new = {**old, "id": new_id, "text": text, "created_at": iso_ms(time.time())}
        new["edit_history_tweet_ids"] = [*old["edit_history_tweet_ids"], new_id]
        self.tweets.remove(old)
        self.tweets.append(new)
        self.added_at[new_id] = time.time()
        return new_id

    def delete_post(self, tweet_id: str) -> None:
        self.tweets = [t for t in self.tweets if t["id"] != tweet_id]

    def handle(self, request: Request) -> Response:
        allowed, remaining, reset_in = self.window.take()
        headers = rate_headers("x", remaining, reset_in, self.window.limit)
        if not allowed:
            body = {
                "title": "Too Many Requests",
                "type": "about:blank",
                "status": 429,
                "detail": "Too Many Requests",
            }
            return json_response(429, body, headers)
        if self.token and request.headers.get("Authorization") != f"Bearer {self.token}":
            body = {
                "title": "Unauthorized",
                "type": "about:blank",
                "status": 401,
                "detail": "Unauthorized",
            }
            return json_response(401, body, headers)
        parts = request.path.strip("/").split("/")
        if parts == ["2", "users", "by"]:
            return self._lookup_many((request.arg("usernames") or "").split(","), headers)
        if parts[:3] == ["2", "users", "by"] and len(parts) == 5 and parts[3] == "username":
            return self._lookup(parts[4], headers)
        if len(parts) == 4 and parts[:2] == ["2", "users"] and parts[3] == "tweets":
            return self._timeline(parts[2], request, headers)
        return json_response(404, _problem(404, "Not Found Error", "resource-not-found"), headers)

    def _lookup(self, username: str, headers: dict[str, str]) -> Response:
        user_id = self.users.get(username.casefold())
        if user_id is None:
            body = {
                "errors": [
                    {
                        "value": username,
                        "detail": f"Could not find user with username: [{username}].",
                        "title": "Not Found Error",
                        "resource_type": "user",
                        "parameter": "username",
                        "resource_id": username,
                        "type": "https://api.twitter.com/2/problems/resource-not-found",
                    }
                ]
            }
            return json_response(200, body, headers)
        return json_response(
            200,
            {"data": {"id": user_id, "name": self.names[user_id], "username": self.names[user_id]}},
            headers,
        )

    def _lookup_many(self, usernames: list[str], headers: dict[str, str]) -> Response:
        found = [self.users[u.casefold()] for u in usernames[:100] if u.casefold() in self.users]
        missing = [u for u in usernames[:100] if u.casefold() not in self.users]
        body: dict[str, Any] = {}
        if found:
            body["data"] = [
                {"id": i, "name": self.names[i], "username": self.names[i]} for i in found
            ]
        if missing:
            body["errors"] = [
                {
                    "value": u,
                    "detail": f"Could not find user with usernames: [{u}].",
                    "title": "Not Found Error",
                    "resource_type": "user",
                    "parameter": "usernames",
                    "resource_id": u,
                    "type": "https://api.twitter.com/2/problems/resource-not-found",
                }
                for u in missing
            ]
        return json_response(200, body, headers)

    def _timeline(self, user_id: str, request: Request, headers: dict[str, str]) -> Response:
        if user_id not in self.names:
            return json_response(
                404, _problem(404, "Not Found Error", "resource-not-found"), headers
            )
        since = request.arg("since_id")
        until = request.arg("until_id")
        size = request.int_arg("max_results", 10, 5, 100)
        matching = [
            t
            for t in reversed(self.tweets)
            if t["author_id"] == user_id
            and (since is None or int(t["id"]) > int(since))
            and (until is None or int(t["id"]) < int(until))
        ]
        token = request.arg("pagination_token")
        offset = int(base64.urlsafe_b64decode(token.encode()).decode()) if token else 0
        page = matching[offset : offset + size]
        meta: dict[str, Any] = {"result_count": len(page)}
        body: dict[str, Any] = {"meta": meta}
        if page:
            body["data"] = page
            meta["newest_id"], meta["oldest_id"] = page[0]["id"], page[-1]["id"]
            body["includes"] = {
                "users": [
                    {"id": user_id, "username": self.names[user_id], "name": self.names[user_id]}
                ]
            }
            body["includes"]["tweets"] = self._referenced(page)
        if offset + size < len(matching):
            meta["next_token"] = base64.urlsafe_b64encode(str(offset + size).encode()).decode()
        if offset:
            meta["previous_token"] = base64.urlsafe_b64encode(
                str(max(0, offset - size)).encode()
            ).decode()
        return json_response(200, body, headers)

    def _referenced(self, page: list[dict[str, Any]]) -> list[dict[str, Any]]:
        wanted = {r["id"] for t in page for r in t.get("referenced_tweets", ())}
        return [t for t in self.tweets if t["id"] in wanted]


def _mentions(text: str, handles: tuple[str, ...]) -> list[dict[str, Any]]:
    found = []
    for handle in handles:
        start = text.find(f"@{handle}")
        if start >= 0:
            found.append({"start": start, "end": start + len(handle) + 1, "username": handle})
    return found
