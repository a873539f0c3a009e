"""Bluesky AppView stand-in (getProfile, getAuthorFeed) that also logs Jetstream events.

Feed items are newest first by ``indexedAt``; the cursor is the ISO
``indexedAt`` of a page's last item and is absent on the last page. Mentions
carry facets with UTF-8 byte offsets. Every create/update/delete is also
appended to :attr:`BlueskyState.events` in Jetstream v1 shape and handed to
the listeners (the Jetstream stand-in).
"""

from __future__ import annotations

import string
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from connectors.testing.common import Request, Response, Window, json_response, rate_headers

_B32 = "234567" + string.ascii_lowercase


def _tid(micros: int) -> str:
    """A time-sortable record key (base32-sortable, 13 characters)."""
    value = micros << 10
    chars = []
    for _ in range(13):
        chars.append(_B32[value & 31])
        value >>= 5
    return "".join(reversed(chars))


def _iso(micros: int) -> str:
    return (
        datetime.fromtimestamp(micros / 1e6, UTC)
        .isoformat(timespec="milliseconds")
        .replace("+00:00", "Z")
    )


def _cursor(micros: int) -> str:
    return datetime.fromtimestamp(micros / 1e6, UTC).isoformat(timespec="microseconds")


def mention_facets(text: str, dids: dict[str, str]) -> list[dict[str, Any]]:
    data = text.encode()
    facets = []
    for handle, did in dids.items():
        start = data.find(f"@{handle}".encode())
        if start >= 0:
            facets.append(
                {
                    "index": {"byteStart": start, "byteEnd": start + len(handle.encode()) + 1},
                    "features": [{"$type": "app.bsky.richtext.facet#mention", "did": did}],
                }
            )
    return facets


class BlueskyState:
    def __init__(self, limit: int = 3000, window: float = 300.0) -> None:
        self.profiles: dict[str, str] = {}  # handle (casefolded) -> did
        self.handles: dict[str, str] = {}  # did -> handle
        self.items: list[dict[str, Any]] = []  # FeedViewPost-ish, oldest first, with "_actor"
        self.events: list[dict[str, Any]] = []
        self.listeners: list[Callable[[dict[str, Any]], None]] = []
        self.added_at: dict[str, float] = {}
        self.window = Window(limit, window)
        self._clock_lock = threading.Lock()
        self._last_us = 0

    def _now_us(self) -> int:
        with self._clock_lock:
            self._last_us = max(self._last_us + 1, int(time.time() * 1e6))
            return self._last_us

    def add_profile(self, handle: str) -> str:
        key = handle.casefold()
        if key not in self.profiles:
            did = f"did:plc:{_tid(len(self.profiles) + 1)}{key.replace('.', '')[:10]}"
            self.profiles[key] = did
            self.handles[did] = handle
        return self.profiles[key]

    def _author(self, did: str) -> dict[str, Any]:
        return {
            "did": did,
            "handle": self.handles[did],
            "displayName": self.handles[did],
            "labels": [],
        }

    def _emit(self, did: str, micros: int, commit: dict[str, Any]) -> None:
        event = {
            "did": did,
            "time_us": micros,
            "kind": "commit",
            "commit": {"rev": _tid(micros), **commit},
        }
        self.events.append(event)
        for listener in list(self.listeners):
            listener(event)

    def add_post(
        self,
        handle: str,
        text: str,
        *,
        reply_to: str | None = None,
        quote: str | None = None,
        langs: tuple[str, ...] = ("en",),
        mentions: tuple[str, ...] = (),
    ) -> str:
        did = self.add_profile(handle)
        micros = self._now_us()
        rkey = _tid(micros)
        uri = f"at://{did}/app.bsky.feed.post/{rkey}"
        record: dict[str, Any] = {
            "$type": "app.bsky.feed.post",
            "text": text,
            "createdAt": _iso(micros),
            "langs": list(langs),
        }
        facets = mention_facets(text, {m: self.add_profile(m) for m in mentions})
        if facets:
            record["facets"] = facets
        if reply_to:
            record["reply"] = {
                "root": {"uri": reply_to, "cid": "bafyroot"},
                "parent": {"uri": reply_to, "cid": "bafyparent"},
            }
        if quote:
            record["embed"] = {
                "$type": "app.bsky.embed.record",
                "record": {"uri": quote, "cid": "bafyquoted"},
            }
        cid = f"bafyrei{rkey}"
        view = {
            "uri": uri,
            "cid": cid,
            "author": self._author(did),
            "record": record,
            "replyCount": 0,
            "repostCount": 0,
            "likeCount": 0,
            "quoteCount": 0,
            "indexedAt": _iso(micros),
            "labels": [],
        }
        self.items.append({"post": view, "_actor": did, "_at": micros})
        self.added_at[uri] = time.time()
        self._emit(
            did,
            micros,
            {
                "operation": "create",
                "collection": "app.bsky.feed.post",
                "rkey": rkey,
                "record": record,
                "cid": cid,
            },
        )
        return uri

    def repost(self, handle: str, uri: str) -> str:
        did = self.add_profile(handle)
        micros = self._now_us()
        original = next(i for i in self.items if i["post"]["uri"] == uri and "reason" not in i)
        repost_uri = f"at://{did}/app.bsky.feed.repost/{_tid(micros)}"
        reason = {
            "$type": "app.bsky.feed.defs#reasonRepost",
            "by": self._author(did),
            "uri": repost_uri,
            "cid": "bafyrepost",
            "indexedAt": _iso(micros),
        }
        self.items.append(
            {"post": original["post"], "reason": reason, "_actor": did, "_at": micros}
        )
        record = {
            "$type": "app.bsky.feed.repost",
            "subject": {"uri": uri, "cid": original["post"]["cid"]},
            "createdAt": _iso(micros),
        }
        self._emit(
            did,
            micros,
            {
                "operation": "create",
                "collection": "app.bsky.feed.repost",
                "rkey": _tid(micros),
                "record": record,
                "cid": "bafyrepost",
            },
        )
        return repost_uri

    def edit_post(self, uri: str, text: str) -> None:
        item = next(i for i in self.items if i["post"]["uri"] == uri and "reason" not in i)
        micros = self._now_us()
        item["post"]["record"] = {**item["post"]["record"], "text": text}
        item["post"]["cid"] = f"bafyrei{_tid(micros)}"
        rkey = uri.rsplit("/", 1)[1]
        self._emit(
            item["_actor"],
            micros,
            {
                "operation": "update",
                "collection": "app.bsky.feed.post",
                "rkey": rkey,
                "record": item["post"]["record"],
                "cid": item["post"]["cid"],
            },
        )

    def delete_post(self, uri: str) -> None:
        did = uri.split("/")[2]
        self.items = [i for i in self.items if i["post"]["uri"] != uri]
        self._emit(
            did,
            self._now_us(),
            {
                "operation": "delete",
                "collection": "app.bsky.feed.post",
                "rkey": uri.rsplit("/", 1)[1],
            },
        )

    def handle(self, request: Request) -> Response:
        allowed, remaining, reset_in = self.window.take()
        headers = rate_headers("bluesky", remaining, reset_in, self.window.limit)
        if not allowed:
            return json_response(
                429, {"error": "RateLimitExceeded", "message": "Rate Limit Exceeded"}, headers
            )
        method = request.path.removeprefix("/xrpc/")
        actor = (request.arg("actor") or "").casefold()
        did = actor if actor.startswith("did:") else self.profiles.get(actor)
        if method not in ("app.bsky.actor.getProfile", "app.bsky.feed.getAuthorFeed"):
            return json_response(
                501, {"error": "MethodNotImplemented", "message": "Method Not Implemented"}, headers
            )
        if did is None or did not in self.handles:
            return json_response(
                400, {"error": "InvalidRequest", "message": "Profile not found"}, headers
            )
        if method == "app.bsky.actor.getProfile":
            return json_response(
                200, {**self._author(did), "followersCount": 10, "postsCount": 1}, headers
            )
        return self._feed(did, request, headers)

    def _feed(self, did: str, request: Request, headers: dict[str, str]) -> Response:
        limit = request.int_arg("limit", 50, 1, 100)
        cursor = request.arg("cursor")
        mine = sorted(
            (i for i in self.items if i["_actor"] == did), key=lambda i: i["_at"], reverse=True
        )
        if cursor:
            mine = [i for i in mine if _cursor(i["_at"]) < cursor]
        page = mine[:limit]
        body: dict[str, Any] = {
            "feed": [{k: v for k, v in i.items() if not k.startswith("_")} for i in page]
        }
        if len(mine) > limit:
            body["cursor"] = _cursor(page[-1]["_at"])
        return json_response(200, body, headers)
