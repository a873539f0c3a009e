"""Done-when check: a hostile exchange replayed into ``diplomon run`` reaches each sink once, inert."""

from __future__ import annotations

import asyncio
import email
import email.policy
import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from alertkit import HOSTILE, HttpStub, Mailbox
from redis.asyncio import Redis
from test_mqtt_webhook_sinks import retained

from monitor.keys import Keys
from tests.conftest import Mosquitto, RedisServer, wait_until

DEMO = (
    Path(__file__).resolve().parents[2] / "monitor" / "data" / "demo" / "colombia-usa-2025-01.jsonl"
)


def _hostile_replay(path: Path) -> None:
    """The demo exchange with injection strings appended to every post."""
    lines = []
    for line in DEMO.read_text(encoding="utf-8").splitlines():
        post = json.loads(line)
        post["text"] += " " + HOSTILE
        lines.append(json.dumps(post, ensure_ascii=False))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _config(path: Path, redis: RedisServer, keys: Keys, slack: str, smtp: int, mqtt: int) -> None:
    path.write_text(
        f"""
[redis]
url = "{redis.url}"
prefix = "{keys.prefix}"

[[receivers]]
name = "desk-slack"
type = "slack"
webhook_url = "env:DM_E2E_SLACK"

[[receivers]]
name = "desk-mail"
type = "email"
host = "127.0.0.1"
port = {smtp}
tls = "none"
sender = "diplomon@example.org"
to = ["desk@example.org"]

[[receivers]]
name = "bus"
type = "mqtt"
url = "mqtt://127.0.0.1:{mqtt}"
topic_prefix = "{keys.prefix}/alerts"

[[routes]]
match = {{ min_severity = "info" }}
receivers = ["desk-slack", "desk-mail", "bus"]
""",
        encoding="utf-8",
    )


def _diplomon(*args: str, env: dict[str, str]) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "monitor.cli", *args],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )


class TestRunEndToEnd:
    @pytest.mark.slow
    async def test_hostile_exchange_through_diplomon_run(
        self,
        tmp_path: Path,
        redis_server: RedisServer,
        keys: Keys,
        http_stub: HttpStub,
        smtp_plain: tuple[Mailbox, int],
        mosquitto: Mosquitto,
    ) -> None:
        """Replay -> workers -> dispatcher: one Slack post, one mail, one retained MQTT state; all inert."""
        box, smtp_port = smtp_plain
        cfg, replay = tmp_path / "diplomon.toml", tmp_path / "hostile.jsonl"
        _config(
            cfg, redis_server, keys, http_stub.url("/services/T/B/e2e"), smtp_port, mosquitto.port
        )
        _hostile_replay(replay)
        env = {**os.environ, "DM_E2E_SLACK": http_stub.url("/services/T/B/e2e")}
        env.pop("REDIS_URL", None)
        daemon = _diplomon("run", "--config", str(cfg), env=env)
        try:
            feeder = _diplomon("replay", str(replay), "--config", str(cfg), env=env)
            _, feed_err = await asyncio.to_thread(feeder.communicate, None, 20)
            assert feeder.returncode == 0, feed_err.decode(errors="replace")[-2000:]

            posts = len(replay.read_text(encoding="utf-8").splitlines())
            redis = Redis.from_url(redis_server.url)

            async def settled() -> bool:
                """Every post scored, every alert read by the dispatcher and acked."""
                if await redis.xlen(keys.scores) < posts or not await redis.exists(keys.alerts):
                    return False
                groups = await redis.xinfo_groups(keys.alerts)
                mine = [g for g in groups if g["name"] in (b"dispatcher", "dispatcher")]
                return bool(mine) and mine[0]["lag"] == 0 and mine[0]["pending"] == 0

            try:
                await wait_until(settled, timeout=20)
            finally:
                await redis.aclose()
        finally:
            daemon.send_signal(signal.SIGTERM)
            _, err = await asyncio.to_thread(daemon.communicate, None, 15)
        assert daemon.returncode == 0, err.decode(errors="replace")[-2000:]

        slack = [r.body.decode() for r in http_stub.requests]
        assert slack, "no alert reached the Slack stand-in"
        first_ids = {json.loads(b)["blocks"][-1]["elements"][0]["text"] for b in slack}
        assert len(first_ids) == len(slack)  # no message twice
        for body in slack:
            for bad in ("<!channel>", "<!here>", "<@U123>", "<https://evil", "<script>"):
                assert bad not in body
        assert len(box.messages) == len(slack)
        for raw in box.messages:
            msg = email.message_from_bytes(raw, policy=email.policy.default)
            assert msg["Bcc"] is None and msg["Subject"].startswith("[diplomon]")
        assert box.recipients == [["desk@example.org"]] * len(box.messages)
        [state] = await retained(mosquitto.port, f"{keys.prefix}/alerts/#")
        assert state.topic.value == f"{keys.prefix}/alerts/COL-USA"
