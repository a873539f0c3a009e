"""Dispatcher: delivery in order and once, outbox across outages and restarts, acks."""

from __future__ import annotations

import asyncio
import io
import json
import logging
from collections.abc import AsyncIterator, Callable, Coroutine
from contextlib import asynccontextmanager
from typing import Any

import pytest
from alertkit import HttpStub, Reply, make_alert, pending, publish_alert
from redis.asyncio import Redis

from alerts.config import ReceiverConfig, RouteConfig, RouteMatch
from alerts.dispatcher import run_dispatcher
from alerts.outbox import DispatchStore
from monitor.keys import Keys
from monitor.models import Alert
from tests.conftest import RedisServer, free_port, wait_until

FAST: dict[str, Any] = {"retry_initial": "20ms", "retry_max": "100ms", "timeout": "1s"}


def hook(stub: HttpStub, name: str = "hook", **kw: Any) -> ReceiverConfig:
    return ReceiverConfig(name=name, type="webhook", url=stub.url(f"/{name}"), **{**FAST, **kw})


def pair_alert(n: int) -> Alert:
    """Alert ``n`` for its own country pair, so no grouping rule merges it."""
    return make_alert(n, key=f"C{n:02d}-USA", countries=(f"C{n:02d}", "USA"))


def ids(stub: HttpStub) -> list[str]:
    return [json.loads(body)["id"] for body in stub.bodies()]


@asynccontextmanager
async def dispatching(
    redis: Redis,
    keys: Keys,
    receivers: list[ReceiverConfig],
    routes: list[RouteConfig] | None = None,
    **kw: Any,
) -> AsyncIterator[asyncio.Event]:
    """A dispatcher running in the background; stopped (drained) on exit."""
    stop = asyncio.Event()
    task = asyncio.create_task(run_dispatcher(redis, keys, receivers, routes or [], stop, **kw))
    try:
        yield stop
    finally:
        stop.set()
        await asyncio.wait_for(task, 5)


def got(stub: HttpStub, n: int) -> Callable[[], Coroutine[Any, Any, bool]]:
    async def check() -> bool:
        return len(stub.requests) >= n

    return check


class TestDelivery:
    async def test_delivers_and_acks(self, redis: Redis, keys: Keys, http_stub: HttpStub) -> None:
        """An alert reaches the receiver once and its entry is acknowledged."""
        await publish_alert(redis, keys, make_alert(1))
        await run_dispatcher(redis, keys, [hook(http_stub)], [], asyncio.Event(), until_idle=True)
        assert ids(http_stub) == ["COL-USA#1.1"]
        assert await pending(redis, keys) == 0

    async def test_receiver_down_then_up_gets_all_in_order_once(
        self, redis: Redis, keys: Keys, http_stub: HttpStub
    ) -> None:
        """While the receiver answers 500 nothing is acked; when it recovers all arrive in order."""
        http_stub.default = Reply(500, b"down")
        async with dispatching(redis, keys, [hook(http_stub)]):
            for n in range(1, 6):
                await publish_alert(redis, keys, pair_alert(n))
            await wait_until(lambda: tried(http_stub, 3), timeout=5)
            assert http_stub.requests == [] and await pending(redis, keys) == 5
            http_stub.default = Reply()
            await wait_until(got(http_stub, 5), timeout=5)
            await wait_until(lambda: _zero(redis, keys), timeout=5)
        assert ids(http_stub) == [pair_alert(n).id for n in range(1, 6)]

    async def test_connection_refused_then_back(
        self, redis: Redis, keys: Keys, http_stub: HttpStub, caplog: pytest.LogCaptureFixture
    ) -> None:
        """A receiver whose port is closed gets its alerts once it listens again."""
        caplog.set_level(logging.DEBUG, logger="diplomon.alerts")
        await http_stub.stop()

        async def retried() -> bool:
            return sum("will retry" in r.getMessage() for r in caplog.records) >= 3

        async with dispatching(redis, keys, [hook(http_stub)]):
            await publish_alert(redis, keys, pair_alert(1))
            await publish_alert(redis, keys, pair_alert(2))
            await wait_until(retried, timeout=5)
            await http_stub.start()
            await wait_until(got(http_stub, 2), timeout=5)
            await wait_until(lambda: _zero(redis, keys), timeout=5)
        assert ids(http_stub) == [pair_alert(1).id, pair_alert(2).id]

    async def test_restart_delivers_undelivered_in_order(
        self, redis: Redis, keys: Keys, http_stub: HttpStub
    ) -> None:
        """Alerts a stopped dispatcher could not deliver go out, in order, from a new one."""
        http_stub.default = Reply(503, b"")
        async with dispatching(redis, keys, [hook(http_stub)]):
            for n in (1, 2, 3):
                await publish_alert(redis, keys, pair_alert(n))
            await wait_until(lambda: tried(http_stub, 2), timeout=5)
        assert http_stub.requests == [] and await pending(redis, keys) == 3
        http_stub.default = Reply()
        await publish_alert(redis, keys, pair_alert(4))
        await run_dispatcher(redis, keys, [hook(http_stub)], [], asyncio.Event(), until_idle=True)
        assert ids(http_stub) == [pair_alert(n).id for n in (1, 2, 3, 4)]
        assert await pending(redis, keys) == 0

    async def test_crash_between_send_and_ack_does_not_resend(
        self, redis: Redis, keys: Keys, http_stub: HttpStub
    ) -> None:
        """An entry left pending after its send was logged is acked without a second send."""
        alert = make_alert(1)
        await publish_alert(redis, keys, alert)
        await redis.xgroup_create(keys.alerts, "dispatcher", id="0")
        await redis.xreadgroup(
            "dispatcher", "dispatcher-1", {keys.alerts: ">"}
        )  # read, then "crash"
        await redis.set(keys.key("dispatch", "nflog", "hook", alert.id), "1")  # the send happened
        await run_dispatcher(redis, keys, [hook(http_stub)], [], asyncio.Event(), until_idle=True)
        assert http_stub.requests == []
        assert await pending(redis, keys) == 0

    async def test_duplicate_entry_sent_once(
        self, redis: Redis, keys: Keys, http_stub: HttpStub
    ) -> None:
        """The same alert id added twice (a retried XADD) reaches the receiver once."""
        for _ in range(2):
            await publish_alert(redis, keys, make_alert(1))
        await run_dispatcher(redis, keys, [hook(http_stub)], [], asyncio.Event(), until_idle=True)
        assert ids(http_stub) == ["COL-USA#1.1"]
        assert await pending(redis, keys) == 0

    async def test_one_receiver_down_holds_ack_other_unaffected(
        self, redis: Redis, keys: Keys, http_stub: HttpStub
    ) -> None:
        """An entry stays pending until every routed receiver has it; the healthy one is not held."""
        good, bad = (
            hook(http_stub, "good"),
            ReceiverConfig(
                name="bad", type="webhook", url=f"http://127.0.0.1:{free_port()}/x", **FAST
            ),
        )
        async with dispatching(redis, keys, [good, bad]):
            await publish_alert(redis, keys, make_alert(1))
            await wait_until(got(http_stub, 1), timeout=5)
            assert await pending(redis, keys) == 1
            assert await redis.llen(keys.key("dispatch", "outbox", "bad")) == 1

    async def test_final_refusal_set_aside(
        self, redis: Redis, keys: Keys, http_stub: HttpStub
    ) -> None:
        """A 4xx is not retried: the item is kept aside, the next alert goes on, the entry is acked."""
        http_stub.script.append(Reply(410, b"channel_is_archived"))
        await publish_alert(redis, keys, pair_alert(1))
        await publish_alert(redis, keys, pair_alert(2))
        await run_dispatcher(redis, keys, [hook(http_stub)], [], asyncio.Event(), until_idle=True)
        assert ids(http_stub) == [pair_alert(2).id]
        failed = await DispatchStore(redis, keys).failed("hook")
        assert [i.alert.id for i in failed] == [pair_alert(1).id]
        assert await pending(redis, keys) == 0

    async def test_retry_after_honoured(
        self, redis: Redis, keys: Keys, http_stub: HttpStub
    ) -> None:
        """After a 429 the next attempt waits for Retry-After."""
        http_stub.script.append(Reply(429, b"rate_limited", {"Retry-After": "0.4"}))
        await publish_alert(redis, keys, make_alert(1))
        loop = asyncio.get_running_loop()
        start = loop.time()
        await run_dispatcher(redis, keys, [hook(http_stub)], [], asyncio.Event(), until_idle=True)
        assert ids(http_stub) == ["COL-USA#1.1"]
        assert loop.time() - start >= 0.3


class TestBadInput:
    @pytest.mark.parametrize(
        "fields",
        [
            {"alert": b"{not json"},
            {"alert": b"\xff\xfe\x00garbage"},
            {"alert": b"<html>502 Bad Gateway</html>"},
            {"alert": json.dumps({"id": "x"}).encode()},
            {"other": b"1"},
        ],
    )
    async def test_bad_entry_dead_lettered(
        self, redis: Redis, keys: Keys, http_stub: HttpStub, fields: dict[Any, Any]
    ) -> None:
        """A malformed entry goes to the dead stream and is acked; the next alert is delivered."""
        await redis.xadd(keys.alerts, fields)
        await publish_alert(redis, keys, make_alert(1))
        await run_dispatcher(redis, keys, [hook(http_stub)], [], asyncio.Event(), until_idle=True)
        assert ids(http_stub) == ["COL-USA#1.1"]
        dead: Any = await redis.xrange(keys.dead)
        assert len(dead) == 1 and dead[0][1][b"stream"] == keys.alerts.encode()
        assert await pending(redis, keys) == 0


class TestRouting:
    async def test_routes_by_severity_country_kind(
        self, redis: Redis, keys: Keys, http_stub: HttpStub
    ) -> None:
        """Each route sends only what it matches; continue=false stops the walk."""
        a, b, c = hook(http_stub, "a"), hook(http_stub, "b"), hook(http_stub, "c")
        routes = [
            RouteConfig(match=RouteMatch(min_severity="critical"), receivers=["a"]),
            RouteConfig(match=RouteMatch(countries=["VEN"]), receivers=["b"], continue_=False),
            RouteConfig(match=RouteMatch(kind=["escalated"]), receivers=["c"]),
        ]
        await publish_alert(redis, keys, make_alert(1, severity="warning"))
        await publish_alert(
            redis, keys, make_alert(1, key="COL-VEN", countries=("COL", "VEN"), kind="escalated")
        )
        await publish_alert(
            redis,
            keys,
            make_alert(
                1, key="BRA-USA", countries=("BRA", "USA"), severity="critical", kind="escalated"
            ),
        )
        await run_dispatcher(redis, keys, [a, b, c], routes, asyncio.Event(), until_idle=True)
        by_path = sorted((r.path, json.loads(r.body)["key"]) for r in http_stub.requests)
        assert by_path == [("/a", "BRA-USA"), ("/b", "COL-VEN"), ("/c", "BRA-USA")]
        assert await pending(redis, keys) == 0

    async def test_console_is_default(self, redis: Redis, keys: Keys) -> None:
        """With no receivers the alert is printed, terminal-safe."""
        out = io.StringIO()
        await publish_alert(redis, keys, make_alert(1, text="hi \x1b[2J\x1b]0;pwn\x07 there"))
        await run_dispatcher(redis, keys, [], [], asyncio.Event(), until_idle=True, console_out=out)
        text = out.getvalue()
        assert "WARNING COL-USA: hostile exchange" in text and "hi there" in text
        assert "\x1b" not in text and "\x07" not in text and "pwn" not in text


async def tried(stub: HttpStub, n: int) -> bool:
    return stub.attempts >= n


async def _zero(redis: Redis, keys: Keys) -> bool:
    return await pending(redis, keys) == 0


class TestTopology:
    async def test_two_dispatchers_deliver_once_in_order(
        self, redis: Redis, keys: Keys, http_stub: HttpStub
    ) -> None:
        """Two dispatchers on one stream: the outbox lease keeps one sender, so once and in order."""
        http_stub.default = Reply(500, b"")
        async with (
            dispatching(redis, keys, [hook(http_stub)], consumer="d1"),
            dispatching(redis, keys, [hook(http_stub)], consumer="d2"),
        ):
            for n in range(1, 7):
                await publish_alert(redis, keys, pair_alert(n))
            await wait_until(lambda: tried(http_stub, 2), timeout=5)
            http_stub.default = Reply()
            await wait_until(got(http_stub, 6), timeout=5)
            await wait_until(lambda: _zero(redis, keys), timeout=5)
        assert sorted(ids(http_stub)) == sorted(pair_alert(n).id for n in range(1, 7))
        assert len(ids(http_stub)) == 6

    async def test_renamed_consumer_takes_over_orphans(
        self, redis: Redis, keys: Keys, http_stub: HttpStub, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """Entries left pending by a consumer that is gone are claimed and delivered."""
        await publish_alert(redis, keys, pair_alert(1))
        await redis.xgroup_create(keys.alerts, "dispatcher", id="0")
        await redis.xreadgroup("dispatcher", "old-host", {keys.alerts: ">"})
        monkeypatch.setattr("alerts.dispatcher.ORPHAN_IDLE_MS", 0)
        await run_dispatcher(
            redis,
            keys,
            [hook(http_stub)],
            [],
            asyncio.Event(),
            consumer="new-host",
            until_idle=True,
        )
        assert ids(http_stub) == [pair_alert(1).id]
        assert await pending(redis, keys) == 0

    async def test_embedded_store(self, keys: Keys) -> None:
        """The dispatcher runs on the embedded store (no Redis server), as in the demo."""
        from monitor.store import open_store

        store = await open_store(None)
        out = io.StringIO()
        try:
            await publish_alert(store, keys, make_alert(1))
            await run_dispatcher(
                store, keys, [], [], asyncio.Event(), until_idle=True, console_out=out
            )
            assert "COL-USA" in out.getvalue()
            assert await pending(store, keys) == 0
        finally:
            await store.aclose()


class TestStoreRestart:
    async def test_redis_restart_mid_run(
        self, redis_server_aof: RedisServer, keys: Keys, http_stub: HttpStub
    ) -> None:
        """Redis (AOF) restarts under a running dispatcher; it reconnects and delivers what follows."""
        client = Redis.from_url(redis_server_aof.url, socket_timeout=None)
        try:
            async with dispatching(client, keys, [hook(http_stub)]):
                await publish_alert(client, keys, pair_alert(1))
                await wait_until(got(http_stub, 1), timeout=5)
                await asyncio.to_thread(redis_server_aof.restart)
                await publish_alert(client, keys, pair_alert(2))
                await wait_until(got(http_stub, 2), timeout=10)
                await wait_until(lambda: _zero(client, keys), timeout=5)
        finally:
            await client.aclose()
        assert ids(http_stub) == [pair_alert(1).id, pair_alert(2).id]
