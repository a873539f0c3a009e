"""End to end: a hostile alert reaches Slack, SMTP and MQTT inert; no secret ever leaks."""

from __future__ import annotations

import asyncio
import email
import email.policy
import json
import logging
from pathlib import Path
from typing import Any

import msgspec
import pytest
from alertkit import HOSTILE, HttpStub, Mailbox, Reply, make_alert, pending, publish_alert
from redis.asyncio import Redis
from test_mqtt_webhook_sinks import retained

from alerts.config import ReceiverConfig
from alerts.dispatcher import run_dispatcher
from alerts.notifier import build_notifier
from monitor.errors import SinkError
from monitor.keys import Keys
from tests.alerts.conftest import SMTP_USER
from tests.conftest import Mosquitto, free_port

FAST: dict[str, Any] = {"retry_initial": "20ms", "retry_max": "100ms", "timeout": "2s"}
SECRETS = {
    "DM_T_SLACK": "SLACKSECRETxyz123",
    "DM_T_HOOK_URL": "HOOKTOKENabc987",
    "DM_T_HMAC": "HMACSECRETkey555",
    "DM_T_SMTP": "SMTPSECRETpw777",
    "DM_T_MQTT": "MQTTSECRETpw888",
}


class TestHostileExchange:
    async def test_arrives_once_and_inert_everywhere(
        self,
        redis: Redis,
        keys: Keys,
        http_stub: HttpStub,
        smtp_plain: tuple[Mailbox, int],
        mosquitto: Mosquitto,
    ) -> None:
        """Slack, SMTP and MQTT each get the hostile alert once, with every injection neutralised."""
        box, smtp_port = smtp_plain
        prefix = f"{keys.prefix}/alerts"
        receivers = [
            ReceiverConfig(
                name="slack", type="slack", webhook_url=http_stub.url("/services/x"), **FAST
            ),
            ReceiverConfig(
                name="mail",
                type="email",
                host="127.0.0.1",
                port=smtp_port,
                tls="none",
                sender="diplomon@example.org",
                to=["desk@example.org"],
                **FAST,
            ),
            ReceiverConfig(
                name="bus",
                type="mqtt",
                host="127.0.0.1",
                port=mosquitto.port,
                topic_prefix=prefix,
                **FAST,
            ),
        ]
        alert = make_alert(text=HOSTILE, summary="<!channel> hi\r\nBcc: victim@example.org")
        await publish_alert(redis, keys, alert)
        await publish_alert(redis, keys, alert)  # a duplicate XADD, as after a worker retry
        await run_dispatcher(redis, keys, receivers, [], asyncio.Event(), until_idle=True)
        assert await pending(redis, keys) == 0

        assert len(http_stub.requests) == 1
        slack_body = http_stub.requests[0].body.decode()
        for bad in ("<!channel>", "<!here>", "<@U123>", "<https://evil", "<script>"):
            assert bad not in slack_body
        assert "&lt;@U123&gt;" in slack_body

        assert len(box.messages) == 1 and box.recipients == [["desk@example.org"]]
        msg = email.message_from_bytes(box.messages[0], policy=email.policy.default)
        assert msg["Bcc"] is None and "\n" not in str(msg["Subject"])
        html = msg.get_body(("html",))
        assert html is not None and "<script>" not in html.get_content()

        [message] = await retained(mosquitto.port, f"{prefix}/#")
        assert message.topic.value == f"{prefix}/COL-USA"
        payload = message.payload
        assert isinstance(payload, bytes)
        assert b"\r" not in payload and b"\x1b" not in payload
        assert json.loads(payload)["posts"][0]["text"] == HOSTILE


def _secret_receivers(
    monkeypatch: pytest.MonkeyPatch, http: HttpStub, smtp_port: int, mqtt_port: int, ca: Path
) -> list[ReceiverConfig]:
    for name, value in SECRETS.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setenv("DM_T_SLACK_URL", http.url(f"/services/T0/B0/{SECRETS['DM_T_SLACK']}"))
    monkeypatch.setenv("DM_T_HOOK", http.url(f"/hook?token={SECRETS['DM_T_HOOK_URL']}"))
    return [
        ReceiverConfig(name="slack", type="slack", webhook_url="env:DM_T_SLACK_URL", **FAST),
        ReceiverConfig(
            name="hook", type="webhook", url="env:DM_T_HOOK", secret="env:DM_T_HMAC", **FAST
        ),
        ReceiverConfig(
            name="mail",
            type="email",
            host="127.0.0.1",
            port=smtp_port,
            tls="starttls",
            ca_file=str(ca),
            username=SMTP_USER,
            password="env:DM_T_SMTP",
            sender="diplomon@example.org",
            to=["desk@example.org"],
            **FAST,
        ),
        ReceiverConfig(
            name="bus",
            type="mqtt",
            host="127.0.0.1",
            port=mqtt_port,
            username="u",
            password="env:DM_T_MQTT",
            **FAST,
        ),
    ]


def _leaks(text: str) -> list[str]:
    return [v for v in SECRETS.values() if v in text]


class TestNoSecretLeaks:
    async def test_errors_and_logs_carry_no_secret(
        self,
        redis: Redis,
        keys: Keys,
        http_stub: HttpStub,
        smtp_starttls: tuple[Mailbox, int],
        tls_cert: tuple[Path, Path],
        monkeypatch: pytest.MonkeyPatch,
        caplog: pytest.LogCaptureFixture,
    ) -> None:
        """Every sink fails (refused, 500, wrong password) then works; no secret in any error or log."""
        caplog.set_level(logging.DEBUG)
        _, smtp_port = smtp_starttls
        dead_port = free_port()
        receivers = _secret_receivers(monkeypatch, http_stub, smtp_port, dead_port, tls_cert[0])
        errors: list[SinkError] = []
        http_stub.script.extend([Reply(500, b"oops"), Reply(403, b"invalid_token")])
        for cfg in receivers:
            notifier = build_notifier(cfg)
            try:
                await notifier.send(make_alert())
            except SinkError as exc:
                errors.append(exc)
            await notifier.aclose()
        wrong = msgspec.structs.replace(receivers[2], password="SMTPSECRETwrong000")
        with pytest.raises(SinkError) as info:
            await build_notifier(wrong).send(make_alert())
        errors.append(info.value)
        assert len(errors) >= 4  # slack 500, webhook 403, mqtt refused, wrong smtp password

        http_stub.script.extend([Reply(500, b"")] * 2)
        await publish_alert(redis, keys, make_alert(1))
        await run_dispatcher(redis, keys, receivers[:3], [], asyncio.Event(), until_idle=True)
        assert len(http_stub.requests) == 2

        for error in errors:
            text = f"{error} {error!r} {error.reason} {error.__cause__!r} {error.__context__!r}"
            assert _leaks(text) == [] and "SMTPSECRETwrong000" not in text
        names = {r.name for r in caplog.records}
        assert {"httpx", "diplomon.alerts"} <= names  # the URL-logging library was listening
        for record in caplog.records:
            text = record.getMessage() + repr(vars(record))
            assert _leaks(text) == [], record.name
