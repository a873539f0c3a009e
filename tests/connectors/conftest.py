"""Fixtures for connector tests: the platform stand-ins and a fast runtime."""

from __future__ import annotations

import asyncio
import random
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from typing import Any, Protocol

import pytest
from redis.asyncio import Redis

from connectors.base import Runtime, Tuning
from connectors.testing import StandIn
from monitor.keys import Keys
from monitor.models import Post, post_decoder

FAST = Tuning(
    backoff_base=0.05, backoff_cap=0.3, jitter=0.1, permanent_retry=30.0, reconnect_cap=0.3
)


class Runnable(Protocol):
    async def run(self, stop: asyncio.Event) -> None: ...


@pytest.fixture
def stand_in() -> Iterator[StandIn]:
    with StandIn() as server:
        yield server


@pytest.fixture
def runtime(redis: Redis, keys: Keys) -> Runtime:
    return Runtime(redis=redis, keys=keys, tuning=FAST, rng=random.Random(4))


async def stream_posts(redis: Redis, keys: Keys) -> list[Post]:
    entries: Any = await redis.xrange(keys.posts)
    return [post_decoder.decode(fields[b"post"]) for _, fields in entries]


def count_of(posts: list[Post], **where: object) -> int:
    return sum(all(getattr(p, k) == v for k, v in where.items()) for p in posts)


@asynccontextmanager
async def running(connector: Runnable) -> AsyncIterator[asyncio.Task[None]]:
    """Run a connector in the background; stop it (and check it stops fast) on exit."""
    stop = asyncio.Event()
    task = asyncio.create_task(connector.run(stop))
    try:
        yield task
    finally:
        stop.set()
        await asyncio.wait_for(task, 2.0)
