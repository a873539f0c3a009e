"""Time, injectable: the system clock, and a virtual one for tests and simulations."""

from __future__ import annotations

import asyncio
import heapq
import itertools
import time
from typing import Protocol


class Clock(Protocol):
    def time(self) -> float:
        """Wall-clock seconds since the epoch."""
        ...

    async def sleep(self, seconds: float) -> None: ...


class SystemClock:
    def time(self) -> float:
        return time.time()

    async def sleep(self, seconds: float) -> None:
        await asyncio.sleep(max(0.0, seconds))


class VirtualClock:
    """A clock that jumps to the next sleeper's wake-up time as soon as all tasks wait.

    Drive it with :meth:`run_until`; tasks using it must do no real I/O.
    """

    def __init__(self, start: float = 1_700_000_000.0) -> None:
        self._now = start
        self._sleepers: list[tuple[float, int, asyncio.Future[None]]] = []
        self._seq = itertools.count()

    def time(self) -> float:
        return self._now

    async def sleep(self, seconds: float) -> None:
        future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        heapq.heappush(self._sleepers, (self._now + max(0.0, seconds), next(self._seq), future))
        await future

    async def _settle(self) -> None:
        """Yield until every task is parked again (the sleeper count stops moving)."""
        stable, last = 0, -1
        for _ in range(200):
            await asyncio.sleep(0)
            count = len(self._sleepers)
            stable = stable + 1 if count == last else 0
            last = count
            if stable >= 3:
                return

    async def run_until(self, deadline: float) -> None:
        """Advance time, waking sleepers in order, until ``deadline``."""
        while True:
            await self._settle()
            while self._sleepers and self._sleepers[0][2].done():
                heapq.heappop(self._sleepers)
            if not self._sleepers or self._sleepers[0][0] > deadline:
                self._now = max(self._now, deadline)
                return
            wake, _, future = heapq.heappop(self._sleepers)
            self._now = max(self._now, wake)
            future.set_result(None)
            while self._sleepers and self._sleepers[0][0] <= self._now:
                _, _, other = heapq.heappop(self._sleepers)
                if not other.done():
                    other.set_result(None)
