"""Writing to diplomon's streams.

Entry layouts (field -> value, all bytes on the wire):

- ``{prefix}:posts``  ``post`` = Post JSON, ``ts`` = ingest time (unix ms); with
  ``[redis] partitions = N`` authors are spread over ``{prefix}:posts`` and
  ``{prefix}:posts:1`` .. ``{prefix}:posts:N-1``
- ``{prefix}:scores`` ``post_id``, ``post`` = Post JSON, ``score`` = Score JSON
- ``{prefix}:alerts`` ``alert`` = Alert JSON
- ``{prefix}:dead``   ``stream``, ``entry``, ``error``, ``deliveries``, ``fields`` (JSON)
"""

from __future__ import annotations

import time
from collections.abc import Sequence

from redis.asyncio import Redis

from monitor.keys import Keys
from monitor.models import Post, to_json

DEFAULT_MAXLEN = 100_000


async def publish_posts(
    redis: Redis, keys: Keys, posts: Sequence[Post], *, maxlen: int = DEFAULT_MAXLEN
) -> list[str]:
    """Append posts to the posts stream in one round trip; returns the entry ids."""
    if not posts:
        return []
    now_ms = str(int(time.time() * 1000))
    async with redis.pipeline(transaction=False) as pipe:
        for post in posts:
            pipe.xadd(
                keys.posts_partition(post.author),
                {"post": to_json(post), "ts": now_ms},
                maxlen=maxlen,
                approximate=True,
            )
        ids = await pipe.execute()
    return [i.decode() if isinstance(i, bytes) else str(i) for i in ids]
