"""The ingest-delay benchmark against the local stand-ins."""

from __future__ import annotations

from redis.asyncio import Redis

from connectors.bench import measure_ingest_delay, percentile
from monitor.keys import Keys


class TestIngestDelay:
    async def test_meets_targets_and_cleans_up(self, redis: Redis, keys: Keys) -> None:
        """Polled median <= P/2 + 1 s and push median <= 1 s; no bench keys are left behind."""
        result = await measure_ingest_delay(redis, keys, poll_interval=1.0, samples=10)
        assert result["polled_received"] == 10 and result["push_received"] == 10
        assert result["polled_median_ms"] <= result["polled_target_ms"]
        assert result["push_median_ms"] <= result["push_target_ms"]
        assert [k async for k in redis.scan_iter(match=f"{keys.prefix}:*")] == []

    def test_percentile_nearest_rank(self) -> None:
        """Nearest-rank: median of 1..4 is 2, p99 is the maximum."""
        assert percentile([4, 1, 3, 2], 50) == 2 and percentile([4, 1, 3, 2], 99) == 4
