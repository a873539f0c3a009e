"""Silences: mute alerts by countries, actor or kind for a while.

Each silence is one Redis key ``{prefix}:silence:{id}`` holding its JSON,
with an expiry at its end time, so it goes away on its own; a set
``{prefix}:silences`` indexes the ids and is pruned when read. Matchers
combine with AND: ``countries`` must all be in the alert's pair (``COL``
alone mutes every pair with Colombia), ``actor`` must be one of the
alert's actors, ``kind`` its kind. A silence needs at least one matcher.
"""

from __future__ import annotations

import secrets as _random
from datetime import UTC, datetime, timedelta

import msgspec
from redis.asyncio import Redis

from alerts.render import strip_controls
from monitor.errors import InputError
from monitor.keys import Keys
from monitor.models import Alert

MAX_DURATION = 366 * 86400.0


class Silence(msgspec.Struct, frozen=True, kw_only=True):
    id: str
    reason: str
    created_at: datetime
    ends_at: datetime
    countries: tuple[str, ...] = ()
    actor: str | None = None
    kind: str | None = None
    author: str = ""

    def matches(self, alert: Alert) -> bool:
        if self.countries and not set(self.countries) <= set(alert.countries):
            return False
        if self.actor is not None and self.actor not in alert.actors:
            return False
        return self.kind is None or self.kind == alert.kind

    def describe(self) -> str:
        what = []
        if self.countries:
            what.append("countries=" + ",".join(self.countries))
        if self.actor:
            what.append(f"actor={self.actor}")
        if self.kind:
            what.append(f"kind={self.kind}")
        return " ".join(what)


_decoder = msgspec.json.Decoder(Silence)


def _key(keys: Keys, silence_id: str) -> str:
    return keys.key("silence", silence_id)


def new_silence(
    *,
    countries: list[str] | tuple[str, ...] = (),
    actor: str | None = None,
    kind: str | None = None,
    duration: float,
    reason: str,
    author: str = "",
    now: datetime | None = None,
) -> Silence:
    """A validated silence; raises InputError on a bad one."""
    codes = tuple(sorted({c.strip().upper() for c in countries if c.strip()}))
    if not codes and not actor and not kind:
        raise InputError("a silence needs --countries, --actor or --kind")
    if len(codes) > 2 or any(not c.isalnum() or len(c) > 8 for c in codes):
        raise InputError("--countries takes one or two country codes, e.g. COL,USA")
    if not 0 < duration <= MAX_DURATION:
        raise InputError("a silence lasts more than 0 s and at most a year")
    text = strip_controls(reason)[:500]
    if not text:
        raise InputError("a silence needs a --reason")
    start = now or datetime.now(UTC)
    return Silence(
        id=_random.token_hex(4),
        reason=text,
        created_at=start,
        ends_at=start + timedelta(seconds=duration),
        countries=codes,
        actor=strip_controls(actor)[:100] if actor else None,
        kind=strip_controls(kind)[:40] if kind else None,
        author=strip_controls(author)[:100],
    )


async def add_silence(redis: Redis, keys: Keys, silence: Silence) -> Silence:
    """Store ``silence`` until its end time."""
    expire_ms = int(silence.ends_at.timestamp() * 1000)
    async with redis.pipeline(transaction=True) as pipe:
        pipe.set(_key(keys, silence.id), msgspec.json.encode(silence), pxat=expire_ms)
        pipe.sadd(keys.key("silences"), silence.id)
        await pipe.execute()
    return silence


async def list_silences(redis: Redis, keys: Keys) -> list[Silence]:
    """Active silences, earliest end first; forgets the expired ones."""
    ids = sorted(
        i.decode() if isinstance(i, bytes) else str(i)
        for i in await redis.smembers(keys.key("silences"))
    )
    if not ids:
        return []
    values = await redis.mget([_key(keys, i) for i in ids])
    active: list[Silence] = []
    gone: list[str] = []
    now = datetime.now(UTC)
    for silence_id, raw in zip(ids, values, strict=True):
        if raw is None:
            gone.append(silence_id)
            continue
        try:
            silence = _decoder.decode(raw)
        except msgspec.DecodeError:
            gone.append(silence_id)
            continue
        if silence.ends_at > now:
            active.append(silence)
    if gone:
        await redis.srem(keys.key("silences"), *gone)
    return sorted(active, key=lambda s: s.ends_at)


async def expire_silence(redis: Redis, keys: Keys, silence_id: str) -> bool:
    """End a silence now; False when there was no such active silence."""
    async with redis.pipeline(transaction=True) as pipe:
        pipe.delete(_key(keys, silence_id))
        pipe.srem(keys.key("silences"), silence_id)
        deleted, _ = await pipe.execute()
    return bool(deleted)


async def silenced_by(redis: Redis, keys: Keys, alert: Alert) -> Silence | None:
    """The first active silence that mutes ``alert``, if any."""
    for silence in await list_silences(redis, keys):
        if silence.matches(alert):
            return silence
    return None
