"""Health as data: workers refresh a TTL key; ``diplomon check`` reads it."""

from __future__ import annotations

import sys

from redis.exceptions import RedisError

from monitor.config import load_settings, require_shared_store
from monitor.errors import StoreError
from monitor.ops_http import worker_ages
from monitor.store import store


async def check_main(config: str | None) -> int:
    settings = load_settings(config)
    url = require_shared_store(settings, "check")
    try:
        async with store(url) as redis:
            workers = sorted(await worker_ages(redis, settings.keys()))
    except (StoreError, RedisError, OSError) as exc:
        print(f"unhealthy: {exc}", file=sys.stderr)
        return 1
    if not workers:
        print("unhealthy: Redis answers but no worker reported in the last 30 s", file=sys.stderr)
        return 1
    print(f"healthy: {len(workers)} worker(s): {', '.join(workers)}")
    return 0
