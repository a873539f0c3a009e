"""Opening the stream store: a real Redis, or the embedded in-process one.

One code path for both: the embedded store (fakeredis) speaks the same
redis.asyncio API. It cannot block on XREADGROUP, so readers ask
``is_embedded`` and poll instead.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import fakeredis
from redis.asyncio import Redis
from redis.asyncio.connection import AbstractConnection
from redis.connection import HiredisRespSerializer
from redis.exceptions import RedisError
from redis.utils import HIREDIS_AVAILABLE

from monitor.errors import StoreError

# One embedded server per process, so every client opened here shares it.
_embedded_server: fakeredis.FakeServer | None = None


def _embedded() -> Redis:
    global _embedded_server
    if _embedded_server is None:
        _embedded_server = fakeredis.FakeServer()
    client: Redis = fakeredis.FakeAsyncRedis(server=_embedded_server)
    client.diplomon_embedded = True  # type: ignore[attr-defined]
    return client


def is_embedded(redis: Redis) -> bool:
    return bool(getattr(redis, "diplomon_embedded", False))


def safe_url(url: str) -> str:
    """The URL with any password replaced, for logs and errors."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    host = parts.hostname or ""
    if parts.port:
        host = f"{host}:{parts.port}"
    user = f"{parts.username}:" if parts.username else ":"
    return urlunsplit((parts.scheme, f"{user}<secret>@{host}", parts.path, parts.query, ""))


# redis-py 8.2 and later pack asyncio commands with hiredis themselves.
_NATIVE_PACKING = hasattr(AbstractConnection, "_pack_command_python")
_SERIALIZER: Any = HiredisRespSerializer  # its signature changed in 8.2; called bare here


class _HiredisPacking:
    """Commands packed by hiredis, in C, as redis-py's sync client packs them; redis-py
    8.1's asyncio client packs them in Python, which cost a worker ~4% of its CPU (a
    batch's script carries several arguments per post)."""

    _packer = _SERIALIZER()

    def pack_command(self, *args: Any) -> list[bytes]:
        packed: list[bytes] = self._packer.pack(*args)
        return packed


_PACKING: dict[type[AbstractConnection], type[AbstractConnection]] = {}


def _hiredis_packing(base: type[AbstractConnection]) -> type[AbstractConnection]:
    if base not in _PACKING:
        _PACKING[base] = type(f"Hiredis{base.__name__}", (_HiredisPacking, base), {})
    return _PACKING[base]


def redis_client(url: str, **options: Any) -> Redis:
    """``Redis.from_url`` whose connections (TCP, TLS or unix socket) pack with hiredis."""
    client = Redis.from_url(url, **options)
    pool = client.connection_pool
    if HIREDIS_AVAILABLE and not _NATIVE_PACKING:
        pool.connection_class = _hiredis_packing(pool.connection_class)
    return client


def connect(url: str | None) -> Redis:
    """A client for ``url``, or for the embedded store when url is None.

    Blocking reads use at most ~1 s, so a 10 s socket timeout never cuts one
    (redis-py 8 defaults to 5 s, which long BLOCKs would trip).
    """
    if url is None:
        return _embedded()
    return redis_client(url, socket_timeout=10, socket_connect_timeout=5, health_check_interval=30)


async def open_store(url: str | None) -> Redis:
    """Connect and check the store answers; raises StoreError naming the (safe) URL."""
    client = connect(url)
    try:
        await client.ping()
    except (RedisError, OSError) as exc:
        await client.aclose()
        where = "embedded store" if url is None else safe_url(url)
        raise StoreError(f"cannot reach Redis at {where}: {exc}") from exc
    return client


@asynccontextmanager
async def store(url: str | None) -> AsyncIterator[Redis]:
    client = await open_store(url)
    try:
        yield client
    finally:
        await client.aclose()
