"""Grouping per episode: group_wait, repeat_interval, resolved notices."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import pytest
from alertkit import HttpStub, make_alert, pending, publish_alert
from redis.asyncio import Redis

from alerts.config import ReceiverConfig, RouteConfig
from alerts.dispatcher import run_dispatcher
from alerts.grouping import Action, GroupState, decide, episode_of
from alerts.routing import Target
from monitor.keys import Keys

FAST: dict[str, Any] = {"retry_initial": "20ms", "retry_max": "100ms", "timeout": "1s"}


def kinds(stub: HttpStub) -> list[tuple[str, str]]:
    return [(json.loads(b)["id"], json.loads(b)["kind"]) for b in stub.bodies()]


class TestDecide:
    def test_episode_of(self) -> None:
        """The episode is the id without its change number."""
        assert episode_of(make_alert(3, episode=2)) == "COL-USA#2"

    def test_same_state_within_repeat_is_dropped(self) -> None:
        """A repeat of the notified state inside repeat_interval is skipped, after it is sent."""
        group = GroupState(
            episode="COL-USA#1", state="hostile_exchange:warning", at=100.0, queued=True
        )
        target = Target("r", repeat_interval=60)
        args = {"silenced": False, "send_resolved": True}
        assert decide(make_alert(2), group, target, now=150.0, **args).action is Action.SKIP
        assert decide(make_alert(2), group, target, now=161.0, **args).action is Action.SEND
        escalated = make_alert(2, kind="escalated", severity="critical")
        assert decide(escalated, group, target, now=150.0, **args).action is Action.SEND

    @pytest.mark.parametrize(
        ("group", "send_resolved", "action"),
        [
            (GroupState(episode="COL-USA#1", queued=True), True, Action.SEND),
            (GroupState(episode="COL-USA#1", queued=True), False, Action.SKIP),
            (GroupState(episode="COL-USA#1", held=True, due=9.0), True, Action.SKIP),
            (GroupState(), True, Action.SKIP),
        ],
    )
    def test_resolved(self, group: GroupState, send_resolved: bool, action: Action) -> None:
        """Resolved goes only to receivers that heard of the episode and want it."""
        decision = decide(
            make_alert(5, kind="resolved"),
            group,
            Target("r"),
            silenced=True,
            send_resolved=send_resolved,
            now=10.0,
        )
        assert decision.action is action
        assert decision.drop_held is group.held


class TestDispatcherGrouping:
    async def test_group_wait_sends_latest_state_once(
        self, redis: Redis, keys: Keys, http_stub: HttpStub
    ) -> None:
        """Changes inside group_wait make one notification carrying the latest state."""
        hook = ReceiverConfig(name="hook", type="webhook", url=http_stub.url(), **FAST)
        routes = [RouteConfig(receivers=["hook"], group_wait="300ms")]
        await publish_alert(redis, keys, make_alert(1))
        await publish_alert(redis, keys, make_alert(2, kind="escalated", severity="critical"))
        loop = asyncio.get_running_loop()
        start = loop.time()
        await run_dispatcher(redis, keys, [hook], routes, asyncio.Event(), until_idle=True)
        assert loop.time() - start >= 0.25
        assert kinds(http_stub) == [("COL-USA#1.2", "escalated")]
        assert await pending(redis, keys) == 0

    async def test_resolved_inside_group_wait_is_silent(
        self, redis: Redis, keys: Keys, http_stub: HttpStub
    ) -> None:
        """An episode that resolves before group_wait ends is never notified."""
        hook = ReceiverConfig(name="hook", type="webhook", url=http_stub.url(), **FAST)
        routes = [RouteConfig(receivers=["hook"], group_wait="5s")]
        await publish_alert(redis, keys, make_alert(1))
        await publish_alert(redis, keys, make_alert(2, kind="resolved"))
        await run_dispatcher(redis, keys, [hook], routes, asyncio.Event(), until_idle=True)
        assert http_stub.requests == []
        assert await pending(redis, keys) == 0

    async def test_changes_then_resolved(
        self, redis: Redis, keys: Keys, http_stub: HttpStub
    ) -> None:
        """Raise, repeat, escalate, resolve: three notifications, the repeat dropped."""
        hook = ReceiverConfig(name="hook", type="webhook", url=http_stub.url(), **FAST)
        await publish_alert(redis, keys, make_alert(1))
        await publish_alert(redis, keys, make_alert(2))
        await publish_alert(redis, keys, make_alert(3, kind="escalated", severity="critical"))
        await publish_alert(redis, keys, make_alert(4, kind="resolved"))
        await run_dispatcher(redis, keys, [hook], [], asyncio.Event(), until_idle=True)
        assert kinds(http_stub) == [
            ("COL-USA#1.1", "hostile_exchange"),
            ("COL-USA#1.3", "escalated"),
            ("COL-USA#1.4", "resolved"),
        ]

    async def test_send_resolved_off(self, redis: Redis, keys: Keys, http_stub: HttpStub) -> None:
        """A receiver with send_resolved = false gets no resolved notice."""
        hook = ReceiverConfig(
            name="hook", type="webhook", url=http_stub.url(), send_resolved=False, **FAST
        )
        await publish_alert(redis, keys, make_alert(1))
        await publish_alert(redis, keys, make_alert(2, kind="resolved"))
        await run_dispatcher(redis, keys, [hook], [], asyncio.Event(), until_idle=True)
        assert kinds(http_stub) == [("COL-USA#1.1", "hostile_exchange")]

    async def test_new_episode_after_resolved(
        self, redis: Redis, keys: Keys, http_stub: HttpStub
    ) -> None:
        """A new episode of the same pair is notified again."""
        hook = ReceiverConfig(name="hook", type="webhook", url=http_stub.url(), **FAST)
        await publish_alert(redis, keys, make_alert(1))
        await publish_alert(redis, keys, make_alert(2, kind="resolved"))
        await publish_alert(redis, keys, make_alert(1, episode=2))
        await run_dispatcher(redis, keys, [hook], [], asyncio.Event(), until_idle=True)
        assert [i for i, _ in kinds(http_stub)] == ["COL-USA#1.1", "COL-USA#1.2", "COL-USA#2.1"]
