"""The dispatcher: alerts stream -> routes -> silences -> grouping -> outboxes -> sinks.

One reader task takes entries from the ``{prefix}:alerts`` consumer group
(its own pending entries first, so a restart resumes where it stopped),
decides per receiver (route, nflog, silence, grouping) and records the
decisions in Redis in one transaction. One sender task per receiver sends
its outbox strictly in order, retrying a retryable failure with capped
exponential backoff (or the receiver's Retry-After), and marks the entry
done for that receiver; an entry is XACKed only once every receiver it
routes to is done. See ``alerts.outbox`` for the keys.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import random
import time
from typing import Any, TextIO

from redis.asyncio import Redis
from redis.exceptions import RedisError, ResponseError

from alerts.config import ReceiverConfig, RouteConfig, check_alerting, seconds
from alerts.grouping import Action, decide
from alerts.notifier import Notifier, build_notifier
from alerts.outbox import GROUP_NAME, DispatchStore, OutboxItem, Step, decode_item
from alerts.render import strip_controls
from alerts.routing import route
from alerts.silence import Silence, silenced_by
from monitor.errors import SinkError
from monitor.keys import Keys
from monitor.metrics import ALERTS_FAILED, ALERTS_SENT
from monitor.models import Alert, alert_decoder
from monitor.secrets import redact
from monitor.store import is_embedded

log = logging.getLogger("diplomon.alerts")

READ_COUNT = 50
BLOCK_MS = 500
IDLE_BLOCK_MS = 50
SENDER_POLL = 0.5
LEASE_MS = 15_000
ORPHAN_IDLE_MS = 60_000
INTERNAL_TRIES = 5  # a sink that crashes this often on one alert sets it aside
DEFAULT_RECEIVER = ReceiverConfig(name="console", type="console")


async def run_dispatcher(
    redis: Redis,
    keys: Keys,
    receivers: list[ReceiverConfig],
    routes: list[RouteConfig],
    stop: asyncio.Event,
    *,
    consumer: str = "dispatcher-1",
    until_idle: bool = False,
    console_out: TextIO | None = None,
) -> None:
    """Deliver alerts until ``stop`` is set (or, with ``until_idle``, all is delivered).

    With no receivers configured, alerts go to the console.
    """
    check_alerting(receivers, routes)
    receivers = receivers or [DEFAULT_RECEIVER]
    notifiers: dict[str, Notifier] = {}
    try:
        for cfg in receivers:
            notifiers[cfg.name] = build_notifier(cfg, console_out=console_out)
        dispatcher = _Dispatcher(redis, keys, receivers, routes, notifiers, stop, consumer)
        await dispatcher.run(until_idle=until_idle)
    finally:
        for notifier in notifiers.values():
            await notifier.aclose()


async def _wait(event: asyncio.Event, timeout: float) -> bool:
    """Wait for ``event`` at most ``timeout`` seconds; True if it was set."""
    try:
        async with asyncio.timeout(timeout):
            await event.wait()
    except TimeoutError:
        return False
    return True


def _text(value: Any) -> str:
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)


class _Dispatcher:
    def __init__(
        self,
        redis: Redis,
        keys: Keys,
        receivers: list[ReceiverConfig],
        routes: list[RouteConfig],
        notifiers: dict[str, Notifier],
        stop: asyncio.Event,
        consumer: str,
    ) -> None:
        self.redis = redis
        self.keys = keys
        self.store = DispatchStore(redis, keys)
        self.receivers = {r.name: r for r in receivers}
        self.routes = routes
        self.notifiers = notifiers
        self.stop = stop
        self.consumer = consumer
        self.done = asyncio.Event()
        self.wake = {name: asyncio.Event() for name in self.receivers}
        self.embedded = is_embedded(redis)
        self.grouping = any(seconds(r.group_wait, "group_wait") > 0 for r in routes)

    async def run(self, *, until_idle: bool) -> None:
        await self._ensure_group()
        claimed = await self.store.claim_orphans(self.consumer, ORPHAN_IDLE_MS)
        if claimed:
            log.info("took over pending alert entries", extra={"entries": claimed})
        log.info("dispatcher started", extra={"receivers": ",".join(self.receivers)})
        async with asyncio.TaskGroup() as tasks:
            tasks.create_task(self._watch_stop())
            for name in self.receivers:
                tasks.create_task(self._sender(name))
            tasks.create_task(self._reader(until_idle))
        log.info("dispatcher stopped")

    async def _watch_stop(self) -> None:
        stop_wait = asyncio.ensure_future(self.stop.wait())
        done_wait = asyncio.ensure_future(self.done.wait())
        await asyncio.wait({stop_wait, done_wait}, return_when=asyncio.FIRST_COMPLETED)
        for fut in (stop_wait, done_wait):
            fut.cancel()
        self.done.set()
        for event in self.wake.values():
            event.set()

    async def _ensure_group(self) -> None:
        try:
            await self.redis.xgroup_create(self.keys.alerts, GROUP_NAME, id="0", mkstream=True)
        except ResponseError as exc:
            if "BUSYGROUP" not in str(exc):
                raise

    # -- reading and deciding -------------------------------------------------

    async def _reader(self, until_idle: bool) -> None:
        cursor: str | None = "0"  # first our own pending entries, then new ones
        failures = 0
        while not self.done.is_set():
            try:
                backlog = cursor is not None
                entries = await self._read(cursor, until_idle)
                if backlog:
                    cursor = entries[-1][0] if entries else None
                for entry_id, fields in entries:
                    await self._handle_safely(entry_id, fields)
                await self._release_holds()
                if until_idle and not backlog and not entries and await self._idle():
                    self.done.set()
                failures = 0
            except ResponseError as exc:
                cursor = "0"  # re-read what we took but may not have decided
                if "NOGROUP" in str(exc):
                    await self._ensure_group()
                    continue
                failures = await self._store_trouble(failures, exc)
            except (RedisError, OSError) as exc:
                cursor = "0"
                failures = await self._store_trouble(failures, exc)

    async def _store_trouble(self, failures: int, exc: Exception) -> int:
        level = logging.WARNING if failures == 0 else logging.DEBUG
        log.log(level, "alert store error; retrying", extra={"error": redact(str(exc))[:200]})
        await _wait(self.done, min(0.2 * 2**failures, 5.0))
        return failures + 1

    async def _read(self, cursor: str | None, until_idle: bool) -> list[tuple[str, Any]]:
        block: int | None = None
        if cursor is None and not self.embedded:
            block = IDLE_BLOCK_MS if until_idle else BLOCK_MS
        reply: Any = await self.redis.xreadgroup(
            GROUP_NAME,
            self.consumer,
            {self.keys.alerts: cursor or ">"},
            count=READ_COUNT,
            block=block,
        )
        entries = [(_text(i), f) for _, batch in (reply or []) for i, f in batch]
        if not entries and cursor is None and self.embedded:
            await _wait(self.done, IDLE_BLOCK_MS / 1000 if until_idle else BLOCK_MS / 1000)
        return entries

    async def _idle(self) -> bool:
        return await self.store.pending_entries() == 0

    async def _handle_safely(self, entry_id: str, fields: Any) -> None:
        """Handle one entry; a store error propagates (retry), anything else dead-letters it."""
        try:
            await self._handle(entry_id, fields)
        except (RedisError, OSError):
            raise
        except Exception as exc:
            log.exception("alert entry could not be handled", extra={"entry": entry_id})
            await self._dead_letter(entry_id, fields, f"cannot handle: {type(exc).__name__}")

    async def _handle(self, entry_id: str, fields: Any) -> None:
        if await self.store.entry_record(entry_id):
            await self.store.settle([entry_id])  # decided before a restart
            return
        fields = fields or {}
        raw = fields.get(b"alert", fields.get("alert"))
        try:
            alert = alert_decoder.decode(raw) if raw is not None else None
        except Exception as exc:  # msgspec raises DecodeError/ValidationError
            await self._dead_letter(entry_id, fields, f"bad alert JSON: {type(exc).__name__}")
            return
        if alert is None:
            await self._dead_letter(entry_id, fields, "entry has no alert field")
            return
        await self._decide(entry_id, alert)

    async def _decide(self, entry_id: str, alert: Alert) -> None:
        now = time.time()
        silence: Silence | None = None
        if alert.kind != "resolved":
            silence = await silenced_by(self.redis, self.keys, alert)
        steps: list[Step] = []
        for target in route(alert, list(self.receivers.values()), self.routes):
            if await self.store.delivered(target.receiver, alert.id):
                continue
            group, held = await self.store.group(target.receiver, alert.key)
            cfg = self.receivers[target.receiver]
            decision = decide(
                alert,
                group,
                target,
                silenced=silence is not None,
                send_resolved=cfg.send_resolved,
                now=now,
            )
            item = OutboxItem(entry=entry_id, alert=alert, queued_at=now)
            steps.append(Step(target.receiver, decision, item, held))
        await self.store.apply(entry_id, steps)
        for step in steps:
            if step.decision.action is Action.SEND:
                self.wake[step.receiver].set()
        log.info(
            "alert routed",
            extra={
                "alert_id": strip_controls(alert.id)[:120],
                "to": ",".join(f"{s.receiver}:{s.decision.action.value}" for s in steps) or "-",
                "silence": silence.id if silence else "-",
            },
        )

    async def _dead_letter(self, entry_id: str, fields: Any, error: str) -> None:
        log.warning("skipping a bad alert entry", extra={"entry": entry_id, "error": error})
        shown = {_text(k)[:100]: _text(v)[:2000] for k, v in (fields or {}).items()}
        async with self.redis.pipeline(transaction=True) as pipe:
            pipe.xadd(
                self.keys.dead,
                {
                    "stream": self.keys.alerts,
                    "entry": entry_id,
                    "error": error,
                    "deliveries": "1",
                    "fields": json.dumps(shown, ensure_ascii=False),
                },
                maxlen=100_000,
                approximate=True,
            )
            pipe.xack(self.keys.alerts, GROUP_NAME, entry_id)
            await pipe.execute()

    async def _release_holds(self) -> None:
        if not self.grouping:
            return
        now = time.time()
        for name in self.receivers:
            if await self.store.release_due(name, now):
                self.wake[name].set()

    # -- sending ---------------------------------------------------------------

    async def _sender(self, name: str) -> None:
        cfg = self.receivers[name]
        initial = seconds(cfg.retry_initial, f"receivers[{name}].retry_initial")
        cap = seconds(cfg.retry_max, f"receivers[{name}].retry_max")
        attempts = 0
        while not self.done.is_set():
            try:
                if not await self.store.lease(name, self.consumer, LEASE_MS):
                    await _wait(self.done, SENDER_POLL)
                    continue
                raw = await self.store.head(name)
                if raw is None:
                    self.wake[name].clear()
                    await _wait(self.wake[name], SENDER_POLL)
                    continue
                delay = await self._send_head(name, raw, attempts)
            except (RedisError, OSError) as exc:
                log.warning(
                    "alert store error in sender",
                    extra={"receiver": name, "error": redact(str(exc))[:200]},
                )
                delay = min(initial * 2**attempts, cap)
            if delay is None:
                attempts = 0
                continue
            attempts += 1
            await _wait(self.done, delay * random.uniform(0.8, 1.2) if delay > 0.05 else delay)
        with contextlib.suppress(RedisError, OSError):  # else the lease runs out on its own
            await self.store.release(name, self.consumer)

    async def _send_head(self, name: str, raw: bytes, attempts: int) -> float | None:
        """Send the outbox head; None when done with it, else seconds to wait."""
        item = decode_item(raw)
        if item is None:
            log.error("unreadable outbox item set aside", extra={"receiver": name})
            await self.store.fail(name, raw, None)
            return None
        if await self.store.delivered(name, item.alert.id):
            await self.store.complete(name, item, delivered=False)  # sent before a crash
            return None
        extra = {"receiver": name, "alert_id": strip_controls(item.alert.id)[:120]}
        try:
            await self.notifiers[name].send(item.alert)
        except SinkError as exc:
            return await self._failed(name, raw, item, exc, attempts)
        except Exception as exc:  # a bug in a sink must not stop the others
            err = SinkError(f"{type(exc).__name__}", retryable=True, reason="internal")
            log.exception("receiver raised unexpectedly", extra=extra)
            return await self._failed(name, raw, item, err, attempts)
        await self.store.complete(name, item, delivered=True)
        ALERTS_SENT.labels(name).inc()
        if attempts:
            log.info("receiver is back", extra={**extra, "attempts": attempts + 1})
        log.info("alert sent", extra=extra)
        return None

    async def _failed(
        self, name: str, raw: bytes, item: OutboxItem, exc: SinkError, attempts: int
    ) -> float | None:
        ALERTS_FAILED.labels(name, exc.reason).inc()
        extra = {
            "receiver": name,
            "alert_id": strip_controls(item.alert.id)[:120],
            "reason": exc.reason,
            "error": redact(str(exc))[:300],
        }
        if not exc.retryable or (exc.reason == "internal" and attempts + 1 >= INTERNAL_TRIES):
            log.error("receiver refused the alert; set aside", extra=extra)
            await self.store.fail(name, raw, item)
            return None
        cfg = self.receivers[name]
        initial = seconds(cfg.retry_initial, "retry_initial")
        cap = seconds(cfg.retry_max, "retry_max")
        delay = exc.retry_after if exc.retry_after is not None else min(initial * 2**attempts, cap)
        level = logging.WARNING if attempts == 0 else logging.DEBUG
        log.log(level, "receiver failed; will retry", extra={**extra, "retry_in": round(delay, 2)})
        return max(delay, 0.0)
