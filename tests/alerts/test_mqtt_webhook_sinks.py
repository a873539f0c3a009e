"""MQTT sink against mosquitto; webhook sink's body and signature."""

from __future__ import annotations

import asyncio
import json

import aiomqtt
import pytest
from alertkit import HttpStub, make_alert

from alerts.config import ReceiverConfig
from alerts.mqtt import topic_for
from alerts.notifier import build_notifier
from alerts.webhook import SIGNATURE_HEADER, sign, verify
from monitor.errors import ConfigError, SinkError
from monitor.keys import Keys
from tests.conftest import Mosquitto, free_port


async def retained(port: int, topic: str, n: int = 1) -> list[aiomqtt.Message]:
    """The retained messages a fresh subscriber gets on ``topic``."""
    got: list[aiomqtt.Message] = []
    async with aiomqtt.Client("127.0.0.1", port) as client:
        await client.subscribe(topic, qos=1)
        async with asyncio.timeout(3):
            async for message in client.messages:
                got.append(message)
                if len(got) >= n:
                    break
    return got


class TestMqtt:
    async def test_retained_latest_state_per_pair(self, mosquitto: Mosquitto, keys: Keys) -> None:
        """Each pair has one retained topic holding its latest state, published with QoS 1."""
        prefix = f"{keys.prefix}/alerts"
        cfg = ReceiverConfig(
            name="bus",
            type="mqtt",
            url=f"mqtt://127.0.0.1:{mosquitto.port}",
            topic_prefix=prefix,
            timeout="3s",
        )
        notifier = build_notifier(cfg)
        await notifier.send(make_alert(1))
        await notifier.send(make_alert(2, kind="escalated", severity="critical"))
        await notifier.send(make_alert(1, key="BRA-USA", countries=("BRA", "USA")))
        messages = await retained(mosquitto.port, f"{prefix}/#", n=2)
        by_topic = {m.topic.value: json.loads(bytes(m.payload)) for m in messages}
        assert set(by_topic) == {f"{prefix}/COL-USA", f"{prefix}/BRA-USA"}
        assert by_topic[f"{prefix}/COL-USA"]["kind"] == "escalated"
        assert all(m.retain and m.qos == 1 for m in messages)

    def test_topic_cannot_be_steered(self) -> None:
        """Country codes with /, + or # cannot change the topic."""
        alert = make_alert(countries=("A/#", "+B"))
        assert topic_for("dm", alert) == "dm/A__-_B"

    async def test_broker_down_is_retryable(self) -> None:
        """No broker listening is a retryable failure."""
        cfg = ReceiverConfig(
            name="bus", type="mqtt", host="127.0.0.1", port=free_port(), timeout="1s"
        )
        with pytest.raises(SinkError) as info:
            await build_notifier(cfg).send(make_alert())
        assert info.value.retryable

    def test_wildcards_in_prefix_refused(self) -> None:
        """A topic prefix with a wildcard is a config error."""
        with pytest.raises(ConfigError):
            build_notifier(ReceiverConfig(name="bus", type="mqtt", host="h", topic_prefix="a/#"))


class TestWebhook:
    async def test_json_body_and_signature(
        self, http_stub: HttpStub, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """The body is the alert JSON; the HMAC-SHA256 header verifies with the shared key."""
        monkeypatch.setenv("DM_TEST_HOOK_KEY", "hmac-key-123456")
        cfg = ReceiverConfig(
            name="hook", type="webhook", url=http_stub.url(), secret="env:DM_TEST_HOOK_KEY"
        )
        notifier = build_notifier(cfg)
        await notifier.send(make_alert())
        await notifier.aclose()
        request = http_stub.requests[0]
        assert json.loads(request.body)["countries"] == ["COL", "USA"]
        header = request.headers[SIGNATURE_HEADER.lower()]
        assert header == sign(b"hmac-key-123456", request.body) and header.startswith("sha256=")
        assert verify(b"hmac-key-123456", request.body, header)
        assert not verify(b"other", request.body, header)
        assert request.headers["x-diplomon-alert-id"] == "COL-USA#1.1"

    def test_missing_env_secret_is_config_error(self) -> None:
        """An unset env: secret stops start-up with a message naming the key, not a value."""
        cfg = ReceiverConfig(
            name="hook", type="webhook", url="http://x", secret="env:DM_TEST_UNSET_KEY"
        )
        with pytest.raises(ConfigError, match=r"receivers\[hook\].secret"):
            build_notifier(cfg)
