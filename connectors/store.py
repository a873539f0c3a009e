"""What connectors keep in Redis: dedup marks, cursors, resolved ids, recent windows.

Publishing is one Lua script per batch: for each post it sets the dedup mark
(``SET NX EX``) and appends to the author's posts stream (``{prefix}:posts``, or
its partition) only if the mark was new, so a
post is published exactly once even across restarts and concurrent pollers.
Cursors are saved after publishing: a crash in between re-fetches posts that
the dedup marks then drop, so nothing is missed and nothing is ingested twice.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Sequence

import msgspec
from redis.asyncio import Redis
from redis.exceptions import RedisError

from monitor.errors import StoreError
from monitor.keys import Keys
from monitor.metrics import POSTS_DUPLICATE, POSTS_IN
from monitor.models import Post, to_json
from monitor.stream import DEFAULT_MAXLEN

DEDUP_TTL = 30 * 86400  # longer than any platform lets a cursor rewind
WINDOW_KEEP = 200

# KEYS: (dedup mark, posts stream of the author's partition) per post
# ARGV: maxlen, dedup ttl, ingest ts, post JSON per post
_PUBLISH = """
local added = {}
for i = 1, #KEYS / 2 do
  if redis.call('SET', KEYS[2 * i - 1], '1', 'NX', 'EX', ARGV[2]) then
    redis.call('XADD', KEYS[2 * i], 'MAXLEN', '~', ARGV[1], '*', 'post', ARGV[i + 3], 'ts', ARGV[3])
    added[#added + 1] = i
  end
end
return added
"""


def _id_part(post_id: str) -> str:
    return post_id if len(post_id) <= 200 else hashlib.sha256(post_id.encode()).hexdigest()


class Store:
    """Redis state of one connector (platform + source name)."""

    def __init__(
        self, redis: Redis, keys: Keys, platform: str, *, maxlen: int = DEFAULT_MAXLEN
    ) -> None:
        self.redis = redis
        self.keys = keys
        self.platform = platform
        self.maxlen = maxlen
        self._script = redis.register_script(_PUBLISH)

    def dedup_key(self, post_id: str) -> str:
        return self.keys.key("ingested", self.platform, _id_part(post_id))

    async def publish(self, posts: Sequence[Post], connector: str) -> list[Post]:
        """Append the posts not seen before; returns those that were new."""
        unique: dict[str, Post] = {}
        for post in posts:
            unique.setdefault(post.id, post)
        batch = list(unique.values())
        dropped = len(posts) - len(batch)
        added: list[Post] = []
        if batch:
            keys: list[str] = []
            for post in batch:
                keys += [self.dedup_key(post.id), self.keys.posts_partition(post.author)]
            now_ms = str(int(time.time() * 1000))
            args: list[str | bytes] = [str(self.maxlen), str(DEDUP_TTL), now_ms]
            args += [to_json(p) for p in batch]
            try:
                indexes = await self._script(keys=keys, args=args)
            except RedisError as exc:
                raise StoreError(f"cannot publish posts: {exc}") from exc
            added = [batch[int(i) - 1] for i in indexes]
            dropped += len(batch) - len(added)
        if added:
            POSTS_IN.labels(connector=connector).inc(len(added))
        if dropped:
            POSTS_DUPLICATE.labels(connector=connector).inc(dropped)
        return added

    async def _get(self, key: str) -> str | None:
        try:
            value = await self.redis.get(key)
        except RedisError as exc:
            raise StoreError(f"cannot read {key}: {exc}") from exc
        if value is None:
            return None
        return value.decode() if isinstance(value, bytes) else str(value)

    async def _set(self, key: str, value: str, ttl: int | None = None) -> None:
        try:
            await self.redis.set(key, value, ex=ttl)
        except RedisError as exc:
            raise StoreError(f"cannot write {key}: {exc}") from exc

    async def cursor(self, account: str) -> str | None:
        return await self._get(self.keys.key("cursor", self.platform, account))

    async def save_cursor(self, account: str, value: str) -> None:
        await self._set(self.keys.key("cursor", self.platform, account), value)

    async def account_id(self, handle: str) -> str | None:
        return await self._get(self.keys.key("account", self.platform, handle.casefold()))

    async def save_account_id(self, handle: str, account_id: str) -> None:
        await self._set(self.keys.key("account", self.platform, handle.casefold()), account_id)

    async def window(self, account: str) -> dict[str, list[str]]:
        """The recent own posts last seen: id -> [order key, version]."""
        raw = await self._get(self.keys.key("window", self.platform, account))
        if raw is None:
            return {}
        try:
            return msgspec.json.decode(raw, type=dict[str, list[str]])
        except (msgspec.DecodeError, msgspec.ValidationError):
            return {}

    async def save_window(self, account: str, window: dict[str, list[str]]) -> None:
        newest = sorted(window.items(), key=lambda kv: kv[1][0], reverse=True)[:WINDOW_KEEP]
        text = msgspec.json.encode(dict(newest)).decode()
        await self._set(self.keys.key("window", self.platform, account), text, ttl=DEDUP_TTL)
