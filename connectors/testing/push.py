"""WebSocket stand-ins for the push APIs: Bluesky Jetstream v1 and Mastodon streaming.

Both run in the caller's event loop (``websockets.asyncio.server``) and are fed
by the HTTP stand-in's platform state: whatever a test posts there is pushed to
the connected clients at once. :meth:`drop_all` closes every client socket, as
the real services do from time to time.
"""

from __future__ import annotations

import asyncio
import json
from typing import Any, Self
from urllib.parse import parse_qs, urlsplit

from websockets.asyncio.server import Server, ServerConnection, serve
from websockets.exceptions import ConnectionClosed

from connectors.testing.bluesky import BlueskyState
from connectors.testing.mastodon import MastodonState


class _PushServer:
    path = "/"

    def __init__(self) -> None:
        self._server: Server | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._queues: set[asyncio.Queue[Any]] = set()
        self.connections: list[ServerConnection] = []
        self.connects = 0

    @property
    def url(self) -> str:
        assert self._server is not None, "start() first"
        port = next(iter(self._server.sockets)).getsockname()[1]
        return f"ws://127.0.0.1:{port}{self.path}"

    async def start(self) -> Self:
        self._loop = asyncio.get_running_loop()
        self._server = await serve(self._serve, "127.0.0.1", 0)
        return self

    async def stop(self) -> None:
        if self._server is not None:
            self._server.close()
            await self._server.wait_closed()

    async def drop_all(self) -> None:
        for connection in list(self.connections):
            await connection.close(1011, "going away")

    def _broadcast(self, item: Any) -> None:
        if self._loop is None:
            return
        for queue in list(self._queues):
            self._loop.call_soon_threadsafe(queue.put_nowait, item)

    async def _serve(self, ws: ServerConnection) -> None:
        self.connects += 1
        self.connections.append(ws)
        queue: asyncio.Queue[Any] = asyncio.Queue()
        self._queues.add(queue)
        try:
            await self.session(ws, queue)
        except ConnectionClosed:
            pass
        finally:
            self._queues.discard(queue)
            self.connections.remove(ws)

    async def session(self, ws: ServerConnection, queue: asyncio.Queue[Any]) -> None:
        raise NotImplementedError

    async def next_item(self, ws: ServerConnection, queue: asyncio.Queue[Any]) -> Any:
        """The next item to push, or ConnectionClosed once the socket is closing."""
        getter = asyncio.ensure_future(queue.get())
        closed = asyncio.ensure_future(ws.wait_closed())
        try:
            await asyncio.wait([getter, closed], return_when=asyncio.FIRST_COMPLETED)
        finally:
            closed.cancel()
            if not getter.done():
                getter.cancel()
        if getter.done() and not getter.cancelled():
            return getter.result()
        raise ConnectionClosed(None, None)


class JetstreamStandIn(_PushServer):
    """Jetstream v1 ``/subscribe``: wantedDids/wantedCollections/cursor (µs)/requireHello."""

    path = "/subscribe"

    def __init__(self, bluesky: BlueskyState) -> None:
        super().__init__()
        self.bluesky = bluesky
        bluesky.listeners.append(self._broadcast)
        self.cursors: list[int | None] = []
        self.hellos = 0  # connections that sent their filters in an options_update

    async def session(self, ws: ServerConnection, queue: asyncio.Queue[Any]) -> None:
        assert ws.request is not None
        query = parse_qs(urlsplit(ws.request.path).query)
        dids = set(query.get("wantedDids", []))
        collections = set(query.get("wantedCollections", []))
        cursor = int(query["cursor"][0]) if query.get("cursor") else None
        self.cursors.append(cursor)
        if query.get("requireHello", [""])[0] == "true":
            hello = json.loads(await ws.recv())
            self.hellos += 1
            payload = hello.get("payload", {})
            dids, collections = (
                set(payload.get("wantedDids", [])),
                set(payload.get("wantedCollections", [])),
            )
        sent = 0
        if cursor is not None:
            for event in list(self.bluesky.events):
                if event["time_us"] > cursor and _wanted(event, dids, collections):
                    await ws.send(json.dumps(event))
                    sent = max(sent, event["time_us"])
        while True:
            event = await self.next_item(ws, queue)
            if event["time_us"] > sent and _wanted(event, dids, collections):
                await ws.send(json.dumps(event))


def _wanted(event: dict[str, Any], dids: set[str], collections: set[str]) -> bool:
    if dids and event["did"] not in dids:
        return False
    collection = event.get("commit", {}).get("collection")
    return not collections or collection is None or collection in collections


class MastodonStreamStandIn(_PushServer):
    """Mastodon ``/api/v1/streaming?stream=user``: bearer token, double-encoded payloads."""

    path = "/api/v1/streaming"

    def __init__(
        self, mastodon: MastodonState, token: str, following: set[str] | None = None
    ) -> None:
        super().__init__()
        self.mastodon = mastodon
        self.token = token
        self.following = following  # account ids the token's user follows; None: everyone
        mastodon.listeners.append(lambda event, payload: self._broadcast((event, payload)))

    async def session(self, ws: ServerConnection, queue: asyncio.Queue[Any]) -> None:
        assert ws.request is not None
        if ws.request.headers.get("Authorization") != f"Bearer {self.token}":
            await ws.send(
                json.dumps({"error": "Error while trying to authenticate", "status": 401})
            )
            await ws.close(1008, "unauthorized")
            return
        while True:
            event, payload = await self.next_item(ws, queue)
            if event == "delete":
                data = payload
            else:
                if self.following is not None and payload["account"]["id"] not in self.following:
                    continue
                data = json.dumps(payload)
            await ws.send(json.dumps({"stream": ["user"], "event": event, "payload": data}))
