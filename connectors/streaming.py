"""Mastodon streaming API over WebSocket (needs a user token since Mastodon 4.2).

There is no per-account stream: follow the watched accounts from the token's
account (or put them on a list) and read its ``user`` stream; events from
anyone else are ignored. ``update`` is a post, ``status.update`` an edit,
``delete`` (a bare id, not JSON) a deletion of a status seen before. Frames
carry the status as a JSON string inside JSON, decoded twice. The REST poller
runs alongside and fills any gap while the socket is down.
"""

from __future__ import annotations

import asyncio
import logging
from collections import OrderedDict
from collections.abc import Sequence
from typing import Any

import msgspec
from websockets.asyncio.client import connect

from connectors.base import (
    ErrorLog,
    Runtime,
    delete_post,
    edit_post,
    run_until_stopped,
)
from connectors.config import SourceConfig
from connectors.http import FetchError
from connectors.mastodon import MastodonConnector, parse_status
from connectors.push import reconnect_forever
from connectors.store import Store
from connectors.text import parse_time
from monitor.durations import parse_duration
from monitor.models import Post
from monitor.secrets import Secret

log = logging.getLogger("diplomon.connectors")
REMEMBER = 10_000


def stream_url(base_url: str) -> str:
    scheme, _, rest = base_url.partition("://")
    ws = "wss" if scheme == "https" else "ws"
    return f"{ws}://{rest.rstrip('/')}/api/v1/streaming?stream=user"


class MastodonStreamConnector:
    platform = "mastodon"

    def __init__(
        self, runtime: Runtime, source: SourceConfig, accounts: Sequence[str], token: Secret
    ) -> None:
        self.runtime = runtime
        self.rest = MastodonConnector(runtime, source, accounts, token)
        self.url = source.stream_url or stream_url(self.rest.base_url)
        self.token = token
        self.timeout = parse_duration(source.timeout)
        self.name = f"{self.rest.name}/streaming"
        self.store = Store(runtime.redis, runtime.keys, "mastodon")
        self.errors = ErrorLog(self.name)
        self.authors: dict[str, str] = {}  # account id -> watched handle
        self.statuses: OrderedDict[str, str] = OrderedDict()  # status id -> handle
        self.connected = asyncio.Event()

    async def run(self, stop: asyncio.Event) -> None:
        self.rest.http = self.rest.make_http()
        try:
            await run_until_stopped(stop, [self._forever()])
        finally:
            await self.rest.http.aclose()

    async def _forever(self) -> None:
        await reconnect_forever(self._session, self.runtime, self.errors, self.connected)

    async def _resolve(self) -> None:
        for handle in self.rest.accounts:
            try:
                account_id = await self.rest.resolve(handle)
            except FetchError as exc:
                self.errors.failed(handle, exc.reason, str(exc))
                continue
            self.authors[account_id] = handle

    async def _session(self) -> None:
        await self._resolve()
        headers = {"Authorization": f"Bearer {self.token.get()}"}
        async with connect(
            self.url, additional_headers=headers, open_timeout=self.timeout, ping_interval=20
        ) as ws:
            self.connected.set()
            self.errors.recovered("stream")
            async for frame in ws:
                post = self.to_post(frame)
                if post is not None:
                    await self.store.publish([post], self.name)

    def to_post(self, frame: str | bytes) -> Post | None:
        """The Post one streaming frame stands for, if it concerns a watched account."""
        try:
            message = msgspec.json.decode(frame)
        except msgspec.DecodeError:
            log.warning("%s: skipped a frame that is not JSON", self.name)
            return None
        if not isinstance(message, dict):
            return None
        event, payload = message.get("event"), message.get("payload")
        if event == "delete" and isinstance(payload, str):
            handle = self.statuses.get(payload)
            if handle is None:
                return None
            return delete_post("mastodon", handle, payload, parse_time(self.runtime.clock.time()))
        if event not in ("update", "status.update") or not isinstance(payload, str):
            return None
        try:
            status: Any = msgspec.json.decode(payload)
        except msgspec.DecodeError:
            log.warning("%s: skipped an %s whose payload is not JSON", self.name, event)
            return None
        account_id = (
            str((status.get("account") or {}).get("id", "")) if isinstance(status, dict) else ""
        )
        handle = self.authors.get(account_id)
        if handle is None or not status.get("id"):
            return None
        post = parse_status(status, "mastodon", handle)
        self._remember(post.id, handle)
        if event == "status.update":
            return edit_post(post, str(status.get("edited_at") or ""))
        return post

    def _remember(self, status_id: str, handle: str) -> None:
        self.statuses[status_id] = handle
        while len(self.statuses) > REMEMBER:
            self.statuses.popitem(last=False)
