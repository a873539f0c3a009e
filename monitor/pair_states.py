"""The detector's pair states as a worker reads them: by version, decoded once.

A pair's state is several kilobytes of JSON (the posts that explain its
episode), and every batch touches dozens of pairs. Each write of a state also
sets its small version key (``Keys.dyad_version``) to a new random token, so a
worker asks for the versions only and fetches and decodes a state again only
when its version changed — another worker or the sweep wrote it. The batch
commit checks the same versions, so a stale read is a conflict, never a lost
update. Tokens, not counters: after a Redis restart that lost its last second,
a counter could come back to a value this worker cached for another state.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from redis.asyncio import Redis

from monitor.detection import DyadState, decode_state
from monitor.keys import Keys

_CACHED_PAIRS = 10_000  # far more pairs than a watchlist has; a bound, not a tuning knob


@dataclass
class PairRead:
    """What one batch read: ``markers`` (the extra keys' values) and each pair's state."""

    markers: list[Any]
    states: dict[str, DyadState | None]
    versions: dict[str, bytes | None]  # None: the state was never written with a version


class PairStateReader:
    def __init__(self, redis: Redis, keys: Keys) -> None:
        self.redis = redis
        self.keys = keys
        self._cache: dict[str, tuple[bytes, DyadState | None]] = {}

    async def read(self, pairs: Sequence[str], markers: Sequence[str]) -> PairRead:
        """Read the ``markers`` keys and the versions of ``pairs`` in one round trip,
        then the states whose version is not the cached one in a second."""
        if not pairs and not markers:
            return PairRead([], {}, {})
        keys = self.keys
        values: list[Any] = await self.redis.mget(
            [*markers, *(keys.dyad_version(p) for p in pairs)]
        )
        versions = dict(zip(pairs, values[len(markers) :], strict=True))
        read = PairRead(values[: len(markers)], {}, versions)
        stale = []
        for pair in pairs:
            version = read.versions[pair]
            cached = self._cache.get(pair)
            if version is not None and cached is not None and cached[0] == version:
                read.states[pair] = cached[1]
            else:
                stale.append(pair)
        if stale:
            await self._fetch(stale, read)
        return read

    async def _fetch(self, pairs: list[str], read: PairRead) -> None:
        """Version and state together (MGET is atomic), so the two always match."""
        keys = self.keys
        raw: list[Any] = await self.redis.mget(
            [key for p in pairs for key in (keys.dyad_version(p), keys.dyad(p))]
        )
        for pair, version, state_raw in zip(pairs, raw[0::2], raw[1::2], strict=True):
            state = decode_state(state_raw) if state_raw else None
            read.versions[pair], read.states[pair] = version, state
            if version is not None:
                self._remember(pair, version, state)

    def written(self, pair: str, version: bytes, state: DyadState) -> None:
        """After a commit: the state the script wrote under ``version``."""
        self._remember(pair, version, state)

    def _remember(self, pair: str, version: bytes, state: DyadState | None) -> None:
        if len(self._cache) >= _CACHED_PAIRS and pair not in self._cache:
            self._cache.clear()
        self._cache[pair] = (version, state)
