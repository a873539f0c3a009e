"""Bluesky Jetstream (v1 ``/subscribe`` WebSocket): push, filtered to watched DIDs.

Handles are resolved to DIDs through the AppView (cached in Redis). The
cursor (``time_us`` of the last event handled, µs) is saved in Redis; on
reconnect the connector rewinds it by a few seconds, because delivery is
at-least-once and ``time_us`` is not strictly monotonic, and lets the dedup
marks drop what it sees twice. Creates are posts, updates edits, deletes
deletions; ``app.bsky.feed.repost`` records are reposts.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any
from urllib.parse import urlencode

import msgspec
from websockets.asyncio.client import ClientConnection, connect

from connectors.base import (
    ErrorLog,
    Runtime,
    delete_post,
    edit_post,
    run_until_stopped,
)
from connectors.bluesky import BlueskyConnector, record_post
from connectors.config import SourceConfig
from connectors.http import FetchError
from connectors.push import reconnect_forever
from connectors.store import Store
from connectors.text import parse_time
from monitor.durations import parse_duration
from monitor.errors import ConnectorError
from monitor.models import Post

log = logging.getLogger("diplomon.connectors")
DEFAULT_URL = "wss://jetstream2.us-east.bsky.network/subscribe"
POST = "app.bsky.feed.post"
REPOST = "app.bsky.feed.repost"
REWIND_US = 5_000_000
MAX_URL_DIDS = 100  # more than this go in an options_update message instead of the URL


def _d(value: object) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


class JetstreamConnector:
    platform = "bluesky"

    def __init__(self, runtime: Runtime, source: SourceConfig, accounts: list[str]) -> None:
        self.runtime = runtime
        self.url = source.stream_url or DEFAULT_URL
        self.timeout = parse_duration(source.timeout)
        self.appview = BlueskyConnector(runtime, source, accounts)
        self.accounts = self.appview.accounts
        self.store = Store(runtime.redis, runtime.keys, "bluesky")
        self.name = "bluesky@jetstream"
        self.errors = ErrorLog(self.name)
        self.handles: dict[str, str] = {}  # did -> handle
        self.connected = asyncio.Event()

    async def run(self, stop: asyncio.Event) -> None:
        if not self.accounts:
            await stop.wait()
            return
        self.appview.http = self.appview.make_http()
        try:
            await run_until_stopped(stop, [self._forever()])
        finally:
            await self.appview.http.aclose()

    async def _forever(self) -> None:
        await reconnect_forever(self._session, self.runtime, self.errors, self.connected)

    async def _resolve_all(self) -> list[str]:
        dids = []
        for handle in self.accounts:
            try:
                did = await self.appview.resolve(handle)
            except FetchError as exc:
                self.errors.failed(handle, exc.reason, str(exc))
                continue
            self.handles.setdefault(did, handle)
            dids.append(did)
        return dids

    def _subscribe_url(self, dids: list[str], cursor: int | None) -> str:
        query: list[tuple[str, str]] = [("wantedCollections", POST), ("wantedCollections", REPOST)]
        if len(dids) <= MAX_URL_DIDS:
            query += [("wantedDids", d) for d in dids]
        else:
            query.append(("requireHello", "true"))
        if cursor:
            query.append(("cursor", str(max(0, cursor - REWIND_US))))
        return f"{self.url}?{urlencode(query)}"

    async def _session(self) -> None:
        dids = await self._resolve_all()
        if not dids:
            raise ConnectorError("jetstream: no watched handle resolved to a DID")
        saved = await self.store.cursor("jetstream")
        cursor = int(saved) if saved and saved.isdigit() else None
        url = self._subscribe_url(dids, cursor)
        async with connect(
            url, open_timeout=self.timeout, ping_interval=20, ping_timeout=20, max_size=2**22
        ) as ws:
            if len(dids) > MAX_URL_DIDS:
                await self._hello(ws, dids)
            self.connected.set()
            self.errors.recovered("stream")
            watched = set(dids)
            async for frame in ws:
                await self._handle(frame, watched)

    async def _hello(self, ws: ClientConnection, dids: list[str]) -> None:
        payload = {
            "wantedCollections": [POST, REPOST],
            "wantedDids": dids,
            "maxMessageSizeBytes": 0,
        }
        await ws.send(msgspec.json.encode({"type": "options_update", "payload": payload}).decode())

    async def _handle(self, frame: str | bytes, watched: set[str]) -> None:
        try:
            event = msgspec.json.decode(frame)
        except msgspec.DecodeError:
            log.warning(
                "jetstream: skipped a frame that is not JSON", extra={"connector": self.name}
            )
            return
        if not isinstance(event, dict):
            return
        did = event.get("did")
        if event.get("kind") == "identity" and isinstance(did, str):
            handle = _d(event.get("identity")).get("handle") or event.get("handle")
            if isinstance(handle, str) and did in watched:
                self.handles[did] = handle
        post = self.to_post(event) if did in watched else None
        if post is not None:
            await self.store.publish([post], self.name)
        time_us = event.get("time_us")
        if isinstance(time_us, int) and post is not None:
            await self.store.save_cursor("jetstream", str(time_us))

    def to_post(self, event: dict[str, Any]) -> Post | None:
        """The Post a commit event stands for, or None for anything else."""
        commit = _d(event.get("commit"))
        did, rkey = event.get("did"), commit.get("rkey")
        collection, operation = commit.get("collection"), commit.get("operation")
        if event.get("kind") != "commit" or not isinstance(did, str) or not isinstance(rkey, str):
            return None
        if collection not in (POST, REPOST):
            return None
        uri = f"at://{did}/{collection}/{rkey}"
        author = self.handles.get(did, did)
        when = event.get("time_us")
        if operation == "delete":
            return delete_post("bluesky", author, uri, parse_time(when))
        record = _d(commit.get("record"))
        if collection == REPOST:
            subject = _d(record.get("subject")).get("uri")
            if operation != "create" or not isinstance(subject, str):
                return None
            return Post(
                id=uri,
                platform="bluesky",
                author=author,
                created_at=parse_time(record.get("createdAt") or when),
                text="",
                kind="repost",
                ref=subject,
            )
        post = record_post(uri, author, record, when)
        if operation == "update":
            return edit_post(post, str(commit.get("cid") or when))
        return post if operation == "create" else None
