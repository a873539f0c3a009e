"""The fixtures themselves work."""

from redis.asyncio import Redis

from monitor.keys import Keys


class TestFixtures:
    async def test_redis_round_trip(self, redis: Redis, keys: Keys) -> None:
        """A real redis-server answers on its private port."""
        await redis.set(keys.key("x"), b"1")
        assert await redis.get(keys.key("x")) == b"1"
