"""Reading the scores and alerts streams like any other client.

On start the last ``backlog`` entries of each stream are read (so entries
written before the view opened are shown); after that a plain XREAD with a
short BLOCK follows both streams from the last ids seen.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, cast

import msgspec
from redis.asyncio import Redis

from monitor.keys import Keys
from monitor.models import Alert, alert_decoder
from monitor.scores_view import RawEntries, ScoredPost, decode_score_entry
from monitor.textsafe import one_line

log = logging.getLogger("diplomon.tui")


def _text(value: bytes | str) -> str:
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else value


def decode_alert_entry(
    entry_id: bytes | str, fields: Mapping[bytes | str, bytes | str]
) -> Alert | None:
    """The alert in one stream entry, or None (logged) if it is malformed."""
    raw = next((v for k, v in fields.items() if _text(k) == "alert"), None)
    if raw is None:
        log.warning("alerts entry skipped: no alert field", extra={"entry": _text(entry_id)})
        return None
    try:
        return alert_decoder.decode(raw)
    except (msgspec.DecodeError, msgspec.ValidationError) as exc:
        log.warning(
            "alerts entry skipped: %s", one_line(str(exc)), extra={"entry": _text(entry_id)}
        )
        return None


@dataclass
class Batch:
    scores: list[ScoredPost] = field(default_factory=list)
    alerts: list[Alert] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.scores or self.alerts)


class FeedReader:
    """Follows ``{prefix}:scores`` and ``{prefix}:alerts``; holds the last ids read."""

    def __init__(self, redis: Redis, keys: Keys, *, backlog: int = 500, count: int = 500) -> None:
        self._redis = redis
        self._keys = keys
        self._backlog = backlog
        self._count = count
        self.last_ids: dict[str, str] = {keys.scores: "0-0", keys.alerts: "0-0"}
        self.started = False

    async def read_backlog(self) -> Batch:
        """The newest ``backlog`` entries of each stream, oldest first."""
        batch = Batch()
        for stream in (self._keys.scores, self._keys.alerts):
            entries = cast(RawEntries, await self._redis.xrevrange(stream, count=self._backlog))
            self._take(stream, entries[::-1], batch)
        self.started = True
        return batch

    async def read_new(self, block_ms: int = 1000) -> Batch:
        """Entries after the last ids, waiting at most ``block_ms`` for one."""
        batch = Batch()
        streams = cast(dict[Any, Any], self.last_ids)
        reply = await self._redis.xread(streams, count=self._count, block=block_ms)
        for stream, entries in cast(list[tuple[bytes | str, RawEntries]], reply or []):
            self._take(_text(stream), entries, batch)
        return batch

    async def read(self, block_ms: int = 1000) -> Batch:
        return await (self.read_new(block_ms) if self.started else self.read_backlog())

    def _take(self, stream: str, entries: RawEntries, batch: Batch) -> None:
        for entry_id, fields in entries:
            if entry_id is None:
                continue
            self.last_ids[stream] = _text(entry_id)
            if fields is None:
                continue
            if stream == self._keys.scores:
                scored = decode_score_entry(entry_id, fields)
                if scored is not None:
                    batch.scores.append(scored)
            else:
                alert = decode_alert_entry(entry_id, fields)
                if alert is not None:
                    batch.alerts.append(alert)
