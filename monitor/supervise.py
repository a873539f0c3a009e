"""Keeping long-running tasks alive: restart with capped backoff, log a repeating failure once."""

from __future__ import annotations

import asyncio
import logging
import random
from collections.abc import Awaitable, Callable

log = logging.getLogger("diplomon.supervise")


async def supervise(
    name: str,
    start: Callable[[], Awaitable[None]],
    stop: asyncio.Event,
    *,
    first_delay: float = 0.5,
    max_delay: float = 30.0,
) -> None:
    """Run ``start()`` until ``stop`` is set, restarting it whenever it fails.

    A task that returns on its own while ``stop`` is not set is restarted too.
    The same error repeating is logged once, then again only when it changes
    or the task recovers.
    """
    delay = first_delay
    last_error: str | None = None
    while not stop.is_set():
        try:
            await start()
            if stop.is_set():
                return
            delay = first_delay
        except asyncio.CancelledError:
            raise
        except Exception as exc:
            error = f"{type(exc).__name__}: {exc}"
            if error != last_error:
                log.error(
                    "task failed; restarting with backoff", extra={"task": name, "error": error}
                )
                last_error = error
            delay = min(delay * 2, max_delay)
        try:
            await asyncio.wait_for(stop.wait(), timeout=delay * random.uniform(0.5, 1.0))
        except TimeoutError:
            continue
