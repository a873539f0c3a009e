"""The group consumer against a real redis-server: nothing read is ever lost."""

from __future__ import annotations

import asyncio

from redis.asyncio import Redis

from monitor.consumer import StreamConsumer
from monitor.keys import Keys
from monitor.store import connect
from tests.conftest import wait_until


def consumer(redis: Redis, keys: Keys, name: str, **kw: int) -> StreamConsumer:
    return StreamConsumer(redis, [keys.posts], "g", name, count=10, block_ms=100, **kw)


async def fill(redis: Redis, keys: Keys, n: int) -> list[str]:
    return [(await redis.xadd(keys.posts, {"n": str(i)})).decode() for i in range(n)]


class TestStreamConsumer:
    async def test_restarted_consumer_rereads_its_own_pending_first(
        self, redis: Redis, keys: Keys
    ) -> None:
        """Entries read but never acked come back to the same consumer name, counted."""
        first = consumer(redis, keys, "w0")
        await first.ensure_group()
        ids = await fill(redis, keys, 3)
        assert [e.id for e in await first.read()] == ids
        again = consumer(redis, keys, "w0")  # the same slot after a crash
        entries = await again.read()
        assert [e.id for e in entries] == ids
        assert {e.deliveries for e in entries} == {2}

    async def test_idle_entries_of_a_dead_consumer_are_claimed(
        self, redis: Redis, keys: Keys
    ) -> None:
        """Another consumer takes over entries left idle past claim_idle."""
        dead = consumer(redis, keys, "dead")
        await dead.ensure_group()
        ids = await fill(redis, keys, 4)
        await dead.read()
        heir = consumer(redis, keys, "heir", claim_idle_ms=50)
        got: list[str] = []

        async def claimed() -> bool:
            got.extend(e.id for e in await heir.read())
            return sorted(got) == ids

        await wait_until(claimed, timeout=5)
        pending = await redis.xpending(keys.posts, "g")
        assert pending["consumers"] == [{"name": b"heir", "pending": 4}]

    async def test_new_entries_block_then_arrive(self, redis: Redis, keys: Keys) -> None:
        """A blocking read returns as soon as an entry is added."""
        c = consumer(redis, keys, "w0")
        await c.ensure_group()
        reader = asyncio.create_task(c.read())
        await asyncio.sleep(0)  # let the read start; correctness does not depend on it
        await redis.xadd(keys.posts, {"n": "1"})
        entries = await asyncio.wait_for(reader, 5)
        if not entries:  # the read may have ended before the add; the next one sees it
            entries = await c.read()
        assert [e.fields for e in entries] == [{b"n": b"1"}]

    async def test_group_recreated_when_redis_lost_it(self, redis: Redis, keys: Keys) -> None:
        """NOGROUP (a Redis without persistence restarted) recreates the group and goes on."""
        c = consumer(redis, keys, "w0")
        await c.ensure_group()
        await redis.delete(keys.posts)
        assert await c.read() == []
        await redis.xadd(keys.posts, {"n": "1"})
        assert len(await c.read()) == 1

    async def test_embedded_store_polls(self, keys: Keys) -> None:
        """On the embedded store (which cannot block) reads poll and still see new entries."""
        redis = connect(None)
        c = consumer(redis, keys, "w0")
        await c.ensure_group()
        assert await c.read() == []
        await redis.xadd(keys.posts, {"n": "1"})
        assert len(await c.read()) == 1
        await redis.aclose()
