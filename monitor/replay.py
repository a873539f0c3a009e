"""``diplomon replay``: push history into a running pipeline's posts stream."""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Iterable

from redis.asyncio import Redis

from monitor.config import load_settings, require_shared_store
from monitor.keys import Keys
from monitor.models import Post
from monitor.postio import read_posts
from monitor.store import store
from monitor.stream import publish_posts

BATCH = 500


async def replay_posts(
    redis: Redis, keys: Keys, posts: Iterable[Post], *, speed: float = 0.0, maxlen: int = 100_000
) -> int:
    """Publish ``posts``; with speed > 0, keep their spacing divided by ``speed``."""
    sent = 0
    pending: list[Post] = []
    previous: Post | None = None
    for post in posts:
        if speed > 0 and previous is not None:
            gap = (post.created_at - previous.created_at).total_seconds() / speed
            if gap > 0:
                await publish_posts(redis, keys, pending, maxlen=maxlen)
                sent += len(pending)
                pending = []
                await asyncio.sleep(gap)
        pending.append(post)
        previous = post
        if len(pending) >= BATCH:
            await publish_posts(redis, keys, pending, maxlen=maxlen)
            sent += len(pending)
            pending = []
    await publish_posts(redis, keys, pending, maxlen=maxlen)
    return sent + len(pending)


async def replay_main(config: str | None, path: str, speed: float) -> int:
    settings = load_settings(config)
    url = require_shared_store(settings, "replay")
    problems: list[str] = []
    async with store(url) as redis:
        sent = await replay_posts(
            redis,
            settings.keys(),
            read_posts(path, problems.append),
            speed=speed,
            maxlen=settings.redis.maxlen,
        )
    for line in problems:
        print(line, file=sys.stderr)
    print(f"replayed {sent} posts from {path} ({len(problems)} bad lines skipped)")
    return 0
