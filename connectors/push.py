"""The reconnect loop shared by push connectors (Jetstream, Mastodon streaming)."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable

from websockets.exceptions import WebSocketException

from connectors.base import ErrorLog, Runtime, backoff_delay
from connectors.http import FetchError
from monitor.errors import ConnectorError, StoreError


async def reconnect_forever(
    session: Callable[[], Awaitable[None]],
    runtime: Runtime,
    errors: ErrorLog,
    connected: asyncio.Event,
) -> None:
    """Run ``session`` again and again, backing off (capped) after each failure."""
    failures = 0
    while True:
        try:
            await session()
            failures = 0
        except (OSError, WebSocketException, ConnectorError, StoreError, TimeoutError) as exc:
            connected.clear()
            failures += 1
            reason = exc.reason if isinstance(exc, FetchError) else "websocket"
            errors.failed("stream", str(reason), f"{type(exc).__name__}: {exc}")
        tuning = runtime.tuning
        delay = backoff_delay(max(1, failures), tuning, runtime.rng)
        await runtime.clock.sleep(min(tuning.reconnect_cap, delay))
