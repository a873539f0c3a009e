"""The dispatcher's durable state in Redis, all under ``{prefix}:dispatch:``.

- ``entry:{id}``        hash receiver -> ``q`` (owed) | ``d`` (done) for one
                        alerts-stream entry; the entry is XACKed, and the hash
                        deleted, once every receiver is ``d``.
- ``outbox:{receiver}`` list of items, sent strictly in order, head first.
- ``nflog:{receiver}:{alert id}``  notification log: this receiver has this
                        alert; checked before every send, written in the same
                        transaction that pops the item (Alertmanager's nflog).
- ``group:{receiver}:{key}``  grouping state of one episode (see grouping).
- ``holds:{receiver}``  zset of episode keys held by group_wait, by due time.
- ``failed:{receiver}`` items a receiver refused for good (last 1000).
- ``lease:{receiver}``  which dispatcher sends this outbox (a TTL lease).

One sender owns a receiver's outbox at a time (the lease): several would
break the order that the outbox exists to keep. Run one dispatcher; a
second one waits on the leases as a standby.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import msgspec
from redis.asyncio import Redis

from alerts.grouping import Action, Decision, GroupState
from monitor.keys import Keys
from monitor.models import Alert

NFLOG_TTL = 7 * 86400
GROUP_TTL = 30 * 86400
FAILED_KEEP = 1000
GROUP_NAME = "dispatcher"


class OutboxItem(msgspec.Struct, frozen=True, kw_only=True):
    entry: str  # the alerts-stream entry this item answers for
    alert: Alert
    queued_at: float


_item_decoder = msgspec.json.Decoder(OutboxItem)


def decode_item(raw: bytes) -> OutboxItem | None:
    try:
        return _item_decoder.decode(raw)
    except msgspec.DecodeError:
        return None


@dataclass(frozen=True)
class Step:
    """What one entry means for one receiver."""

    receiver: str
    decision: Decision
    item: OutboxItem
    old_held: OutboxItem | None = None


def _s(value: bytes | str) -> str:
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else value


def _b(value: bytes | str) -> bytes:
    return value.encode("utf-8") if isinstance(value, str) else value


def _group_fields(state: GroupState) -> dict[Any, str]:
    return {
        "episode": state.episode,
        "state": state.state,
        "at": repr(state.at),
        "queued": "1" if state.queued else "0",
        "due": repr(state.due),
        "held": "1" if state.held else "0",
    }


class DispatchStore:
    """Redis operations of the dispatcher; every multi-key change is one MULTI."""

    def __init__(self, redis: Redis, keys: Keys) -> None:
        self.redis = redis
        self.keys = keys
        self.stream = keys.alerts

    def _k(self, *parts: str) -> str:
        return self.keys.key("dispatch", *parts)

    def outbox_key(self, receiver: str) -> str:
        return self._k("outbox", receiver)

    async def entry_record(self, entry: str) -> dict[str, str]:
        raw = await self.redis.hgetall(self._k("entry", entry))
        return {_s(k): _s(v) for k, v in raw.items()}

    async def delivered(self, receiver: str, alert_id: str) -> bool:
        return bool(await self.redis.exists(self._k("nflog", receiver, alert_id)))

    async def group(self, receiver: str, key: str) -> tuple[GroupState, OutboxItem | None]:
        raw = {
            _s(k): v for k, v in (await self.redis.hgetall(self._k("group", receiver, key))).items()
        }
        if not raw:
            return GroupState(), None
        try:
            state = GroupState(
                episode=_s(raw.get("episode", b"")),
                state=_s(raw.get("state", b"")),
                at=float(raw.get("at", b"0")),
                queued=raw.get("queued") == b"1",
                due=float(raw.get("due", b"0")),
                held=raw.get("held") == b"1",
            )
        except ValueError:
            return GroupState(), None
        item = decode_item(_b(raw["item"])) if "item" in raw else None
        return state, item

    async def apply(self, entry: str, steps: list[Step]) -> None:
        """Record every receiver's decision for ``entry`` in one transaction."""
        owed = [s for s in steps if s.decision.action is not Action.SKIP]
        superseded: list[str] = []
        async with self.redis.pipeline(transaction=True) as pipe:
            for step in steps:
                superseded += self._stage(pipe, entry, step)
            if not owed:
                pipe.xack(self.stream, GROUP_NAME, entry)
            await pipe.execute()
        await self.settle(superseded)

    def _stage(self, pipe: Redis, entry: str, step: Step) -> list[str]:
        r, d, item = step.receiver, step.decision, step.item
        key = item.alert.key
        gkey = self._k("group", r, key)
        superseded: list[str] = []
        if d.drop_held and step.old_held is not None:
            pipe.hset(self._k("entry", step.old_held.entry), r, "d")
            pipe.zrem(self._k("holds", r), key)
            superseded.append(step.old_held.entry)
        encoded = msgspec.json.encode(item)
        if d.action is Action.SEND:
            pipe.rpush(self.outbox_key(r), encoded)
        elif d.action is Action.HOLD and d.state is not None:
            pipe.hset(gkey, "item", encoded)
            pipe.zadd(self._k("holds", r), {key: d.state.due})
        if d.action is not Action.SKIP:
            pipe.hset(self._k("entry", entry), r, "q")
        if d.state is None:
            pipe.delete(gkey)
            pipe.zrem(self._k("holds", r), key)
        else:
            pipe.hset(gkey, mapping=_group_fields(d.state))
            if d.action is not Action.HOLD and not d.state.held:
                pipe.hdel(gkey, "item")
            pipe.expire(gkey, GROUP_TTL)
        return superseded

    async def settle(self, entries: list[str]) -> list[str]:
        """XACK each entry whose receivers are all done; returns those acked."""
        acked = []
        for entry in entries:
            record = await self.entry_record(entry)
            if record and all(v == "d" for v in record.values()):
                async with self.redis.pipeline(transaction=True) as pipe:
                    pipe.xack(self.stream, GROUP_NAME, entry)
                    pipe.delete(self._k("entry", entry))
                    await pipe.execute()
                acked.append(entry)
        return acked

    async def head(self, receiver: str) -> bytes | None:
        raw = await self.redis.lindex(self.outbox_key(receiver), 0)
        return _b(raw) if raw is not None else None

    async def complete(self, receiver: str, item: OutboxItem | None, *, delivered: bool) -> None:
        """Pop the head item; log the delivery; mark its entry done for this receiver."""
        async with self.redis.pipeline(transaction=True) as pipe:
            if delivered and item is not None:
                pipe.set(self._k("nflog", receiver, item.alert.id), "1", ex=NFLOG_TTL)
            pipe.lpop(self.outbox_key(receiver))
            if item is not None:
                pipe.hset(self._k("entry", item.entry), receiver, "d")
            await pipe.execute()
        if item is not None:
            await self.settle([item.entry])

    async def fail(self, receiver: str, raw: bytes, item: OutboxItem | None) -> None:
        """Keep a refused item aside and move on to the next one."""
        async with self.redis.pipeline(transaction=True) as pipe:
            pipe.rpush(self._k("failed", receiver), raw)
            pipe.ltrim(self._k("failed", receiver), -FAILED_KEEP, -1)
            await pipe.execute()
        await self.complete(receiver, item, delivered=False)

    async def release_due(self, receiver: str, now: float) -> int:
        """Move held alerts whose group_wait is over into the outbox."""
        holds = self._k("holds", receiver)
        due = await self.redis.zrangebyscore(holds, "-inf", now)
        for raw_key in due:
            key = _s(raw_key) if isinstance(raw_key, bytes | str) else str(raw_key)
            gkey = self._k("group", receiver, key)
            item = await self.redis.hget(gkey, "item")
            async with self.redis.pipeline(transaction=True) as pipe:
                if item is not None:
                    pipe.rpush(self.outbox_key(receiver), item)
                    pipe.hset(
                        gkey, mapping={"queued": "1", "held": "0", "at": repr(now), "due": "0"}
                    )
                    pipe.hdel(gkey, "item")
                pipe.zrem(holds, key)
                await pipe.execute()
        return len(due)

    async def lease(self, receiver: str, owner: str, ttl_ms: int) -> bool:
        """Hold (or renew) the right to send ``receiver``'s outbox; one sender at a time."""
        key = self._k("lease", receiver)
        if await self.redis.set(key, owner, nx=True, px=ttl_ms):
            return True
        current = await self.redis.get(key)
        if current is not None and _s(current) == owner:
            await self.redis.pexpire(key, ttl_ms)
            return True
        return False

    async def release(self, receiver: str, owner: str) -> None:
        key = self._k("lease", receiver)
        current = await self.redis.get(key)
        if current is not None and _s(current) == owner:
            await self.redis.delete(key)

    async def claim_orphans(self, consumer: str, min_idle_ms: int) -> int:
        """Take over entries left pending by consumers that are gone (renamed or dead)."""
        start, claimed = "0-0", 0
        while True:
            reply: Any = await self.redis.xautoclaim(
                self.stream,
                GROUP_NAME,
                consumer,
                min_idle_ms,
                start_id=start,
                count=100,
            )
            start = _s(reply[0])
            claimed += len(reply[1])
            if start == "0-0":
                return claimed

    async def holds_waiting(self, receiver: str) -> int:
        return int(await self.redis.zcard(self._k("holds", receiver)))

    async def pending_entries(self) -> int:
        info = await self.redis.xpending(self.stream, GROUP_NAME)
        return int(info.get("pending", 0) or 0)

    async def failed(self, receiver: str) -> list[OutboxItem]:
        raws = await self.redis.lrange(self._k("failed", receiver), 0, -1)
        return [i for i in (decode_item(_b(r)) for r in raws) if i is not None]
