"""Reading streams as one member of a consumer group, without losing entries.

Each ``read()`` returns a batch in this order of preference:

1. this consumer's own pending entries (after a restart, or ones a previous
   batch could not finish), re-read with id ``0``;
2. entries other consumers left idle past ``claim_idle`` (XAUTOCLAIM), so a
   worker killed mid-batch loses nothing;
3. new entries (``>``), blocking up to ``block``.

Several streams (the partitions of one logical stream) are read together.
Every entry carries its stream and delivery count; the caller moves an entry
whose count passed ``max_deliveries`` to the dead-letter stream with
``dead_letter_fields`` and acknowledges it in the same transaction as its
other writes.
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
from dataclasses import dataclass, field
from typing import Any

from redis.asyncio import Redis
from redis.exceptions import ResponseError

from monitor.store import is_embedded

log = logging.getLogger("diplomon.consumer")

Fields = dict[bytes, bytes]


@dataclass
class Entry:
    stream: str
    id: str
    fields: Fields
    deliveries: int = 1


@dataclass
class StreamConsumer:
    redis: Redis
    streams: list[str]
    group: str
    consumer: str
    count: int = 100
    block_ms: int = 1000
    claim_idle_ms: int = 30_000
    _own_pending_done: bool = field(default=False, init=False)
    _claim_cursors: dict[str, str] = field(default_factory=dict, init=False)
    _idle_polls: int = field(default=0, init=False)
    _next_claim: float = field(default=0.0, init=False)

    async def ensure_group(self) -> None:
        """Create the group (and stream) if missing, reading from the start."""
        for stream in self.streams:
            try:
                await self.redis.xgroup_create(stream, self.group, id="0", mkstream=True)
            except ResponseError as exc:
                if "BUSYGROUP" not in str(exc):
                    raise

    async def read(self) -> list[Entry]:
        try:
            return await self._read()
        except ResponseError as exc:
            if "NOGROUP" not in str(exc):
                raise
            # The stream or group vanished (a Redis without persistence restarted).
            log.warning("consumer group missing; recreating it", extra={"group": self.group})
            await self.ensure_group()
            self._own_pending_done = False
            return []

    @property
    def reads_new_entries(self) -> bool:
        """False while the next read re-reads this consumer's own pending entries."""
        return self._own_pending_done

    def retry_own_pending(self) -> None:
        """Re-read this consumer's pending entries next (some were left unacked)."""
        self._own_pending_done = False

    async def _read(self) -> list[Entry]:
        if not self._own_pending_done:
            entries = await self._read_own_pending()
            if entries:
                return entries
            self._own_pending_done = True
        if time.monotonic() >= self._next_claim:
            # Nothing can be idle for claim_idle sooner than that; scan a few times per period.
            self._next_claim = time.monotonic() + min(self.claim_idle_ms / 4000, 5.0)
            for stream in self.streams:
                entries = await self._autoclaim(stream)
                if entries:
                    self._next_claim = 0.0  # there may be more
                    return entries
        return await self._read_new()

    async def _read_own_pending(self) -> list[Entry]:
        reply = await self.redis.xreadgroup(
            self.group, self.consumer, dict.fromkeys(self.streams, "0"), count=self.count
        )
        raw = _entries_of(reply)
        trimmed = [e for e in raw if not e.fields]  # trimmed away while pending: nil body
        for entry in trimmed:
            await self.redis.xack(entry.stream, self.group, entry.id)
            log.error("a pending entry was trimmed before processing", extra={"entry": entry.id})
        return await self._with_counts([e for e in raw if e.fields])

    async def _autoclaim(self, stream: str) -> list[Entry]:
        cursor, claimed, *_ = await self.redis.xautoclaim(
            stream,
            self.group,
            self.consumer,
            self.claim_idle_ms,
            start_id=self._claim_cursors.get(stream, "0-0"),
            count=self.count,
        )
        self._claim_cursors[stream] = _s(cursor)
        live = [Entry(stream, _s(i), f) for i, f in claimed if f]
        if live:
            log.info("reclaimed idle entries", extra={"stream": stream, "count": len(live)})
        return await self._with_counts(live)

    async def _read_new(self) -> list[Entry]:
        embedded = is_embedded(self.redis)
        reply = await self.redis.xreadgroup(
            self.group,
            self.consumer,
            dict.fromkeys(self.streams, ">"),
            count=self.count,
            block=None if embedded else self.block_ms,
        )
        entries = _entries_of(reply)
        if not entries and embedded:
            # The embedded store cannot block: poll, backing off to 50 ms.
            self._idle_polls += 1
            await asyncio.sleep(min(0.002 * self._idle_polls, 0.05))
        else:
            self._idle_polls = 0
        return entries

    async def _with_counts(self, entries: list[Entry]) -> list[Entry]:
        """Fill in delivery counts of re-delivered entries (one XPENDING per stream)."""
        for stream in {e.stream for e in entries}:
            ids = [e.id for e in entries if e.stream == stream]
            rows = await self.redis.xpending_range(
                stream, self.group, min=ids[0], max=ids[-1], count=len(ids) * 2 + 10
            )
            counts = {_s(r["message_id"]): int(r["times_delivered"]) for r in rows}
            for entry in entries:
                if entry.stream == stream:
                    entry.deliveries = counts.get(entry.id, 1)
        return entries


def dead_letter_fields(entry: Entry, error: str) -> dict[str, str]:
    """The dead-letter entry for ``entry``: where it came from, why, and its body."""
    body = {
        k.decode("utf-8", "replace"): v.decode("utf-8", "replace") for k, v in entry.fields.items()
    }
    return {
        "stream": entry.stream,
        "entry": entry.id,
        "error": error[:2000],
        "deliveries": str(entry.deliveries),
        "fields": json.dumps(body, ensure_ascii=False),
    }


def _s(value: Any) -> str:
    return value.decode() if isinstance(value, bytes) else str(value)


def _entries_of(reply: Any) -> list[Entry]:
    """Flatten an XREADGROUP reply ``[[stream, [(id, fields), ...]], ...]``."""
    out: list[Entry] = []
    for stream, entries in reply or []:
        name = _s(stream)
        for entry_id, fields in entries:
            out.append(Entry(name, _s(entry_id), fields or {}))
    return out
