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


# KEYS: one posts stream (partition); ARGV: maxlen, ingest ts, post JSON per post
_APPEND = """
local ids, maxlen, ts = {}, ARGV[1], ARGV[2]
for i = 3, #ARGV do
  ids[i - 2] = redis.call('XADD', KEYS[1], 'MAXLEN', '~', maxlen, '*', 'post', ARGV[i], 'ts', ts)
end
return ids
"""


async def publish_posts(
    redis: Redis, keys: Keys, posts: Sequence[Post], *, maxlen: int = DEFAULT_MAXLEN
) -> list[str]:
    """Append posts to the posts stream(s); returns the entry ids in the posts' order.

    One script call per partition: a pipeline of one XADD per post cost more
    in redis-py's command packing than the posts' scoring.
    """
    if not posts:
        return []
    now_ms = str(int(time.time() * 1000))
    by_stream: dict[str, list[int]] = {}
    for index, post in enumerate(posts):
        by_stream.setdefault(keys.posts_partition(post.author), []).append(index)
    append = redis.register_script(_APPEND)
    ids: list[str] = [""] * len(posts)
    for stream, indexes in by_stream.items():
        args: list[int | str | bytes] = [maxlen, now_ms, *(to_json(posts[i]) for i in indexes)]
        added = await append(keys=[stream], args=args)
        for index, entry_id in zip(indexes, added, strict=True):
            ids[index] = entry_id.decode() if isinstance(entry_id, bytes) else str(entry_id)
    return ids
