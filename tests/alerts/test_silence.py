"""Silences: matching, expiry, the dispatcher muting, and the CLI."""

from __future__ import annotations

import argparse
import asyncio
import json
from pathlib import Path
from typing import Any

import pytest
from alertkit import HttpStub, make_alert, pending, publish_alert
from redis.asyncio import Redis

from alerts.cli import add_silence_parser
from alerts.config import ReceiverConfig
from alerts.dispatcher import run_dispatcher
from alerts.silence import add_silence, expire_silence, list_silences, new_silence, silenced_by
from monitor.errors import InputError
from monitor.keys import Keys
from tests.conftest import RedisServer, wait_until

FAST: dict[str, Any] = {"retry_initial": "20ms", "retry_max": "100ms", "timeout": "1s"}


class TestMatching:
    @pytest.mark.parametrize(
        ("kwargs", "muted"),
        [
            ({"countries": ["COL", "USA"]}, True),
            ({"countries": ["usa"]}, True),
            ({"countries": ["COL", "VEN"]}, False),
            ({"actor": "usa-president"}, True),
            ({"actor": "fra-president"}, False),
            ({"kind": "hostile_exchange"}, True),
            ({"kind": "escalated"}, False),
            ({"countries": ["COL"], "kind": "escalated"}, False),
        ],
    )
    def test_matchers_and(self, kwargs: dict[str, object], muted: bool) -> None:
        """Countries are a subset of the pair, actor one of the actors, kind equal; all must hold."""
        silence = new_silence(duration=60, reason="test", **kwargs)  # type: ignore[arg-type]
        assert silence.matches(make_alert()) is muted

    @pytest.mark.parametrize(
        "kwargs",
        [
            {"duration": 60, "reason": "no matcher"},
            {"countries": ["COL"], "duration": 0, "reason": "x"},
            {"countries": ["COL"], "duration": 60, "reason": "\r\n"},
            {"countries": ["A", "B", "C"], "duration": 60, "reason": "x"},
        ],
    )
    def test_rejects_bad_silences(self, kwargs: dict[str, object]) -> None:
        """A silence needs a matcher, a positive duration, a reason and at most a pair."""
        with pytest.raises(InputError):
            new_silence(**kwargs)  # type: ignore[arg-type]


class TestStore:
    async def test_add_list_expire(self, redis: Redis, keys: Keys) -> None:
        """A silence is listed while active and gone once expired by hand."""
        s = await add_silence(
            redis, keys, new_silence(countries=["COL"], duration=3600, reason="talks")
        )
        assert [x.id for x in await list_silences(redis, keys)] == [s.id]
        assert (await silenced_by(redis, keys, make_alert())) == s
        assert await expire_silence(redis, keys, s.id)
        assert await list_silences(redis, keys) == []
        assert not await expire_silence(redis, keys, s.id)

    async def test_expires_on_its_own(self, redis: Redis, keys: Keys) -> None:
        """A silence disappears from Redis at its end time."""
        s = await add_silence(
            redis, keys, new_silence(actor="usa-president", duration=0.3, reason="x")
        )
        assert await redis.exists(keys.key("silence", s.id))

        async def gone() -> bool:
            return not await redis.exists(keys.key("silence", s.id))

        await wait_until(gone, timeout=3)
        assert await list_silences(redis, keys) == []
        assert await redis.scard(keys.key("silences")) == 0


class TestDispatcherSilence:
    async def test_silenced_alert_not_sent_others_are(
        self, redis: Redis, keys: Keys, http_stub: HttpStub
    ) -> None:
        """An alert matching a silence is acked without a send; another pair still goes out."""
        await add_silence(
            redis, keys, new_silence(countries=["COL", "USA"], duration=3600, reason="x")
        )
        await publish_alert(redis, keys, make_alert(1))
        await publish_alert(redis, keys, make_alert(1, key="BRA-USA", countries=("BRA", "USA")))
        hook = ReceiverConfig(name="hook", type="webhook", url=http_stub.url(), **FAST)
        await run_dispatcher(redis, keys, [hook], [], asyncio.Event(), until_idle=True)
        assert [json.loads(b)["key"] for b in http_stub.bodies()] == ["BRA-USA"]
        assert await pending(redis, keys) == 0

    async def test_resolved_passes_a_later_silence(
        self, redis: Redis, keys: Keys, http_stub: HttpStub
    ) -> None:
        """An episode notified before a silence still gets its resolved notice."""
        hook = ReceiverConfig(name="hook", type="webhook", url=http_stub.url(), **FAST)
        await publish_alert(redis, keys, make_alert(1))
        await run_dispatcher(redis, keys, [hook], [], asyncio.Event(), until_idle=True)
        await add_silence(redis, keys, new_silence(countries=["COL"], duration=3600, reason="x"))
        await publish_alert(redis, keys, make_alert(2, severity="critical", kind="escalated"))
        await publish_alert(redis, keys, make_alert(3, kind="resolved"))
        await run_dispatcher(redis, keys, [hook], [], asyncio.Event(), until_idle=True)
        assert [json.loads(b)["kind"] for b in http_stub.bodies()] == [
            "hostile_exchange",
            "resolved",
        ]


def _config(tmp_path: Path, server: RedisServer, keys: Keys) -> str:
    path = tmp_path / "diplomon.toml"
    path.write_text(f'[redis]\nurl = "{server.url}"\nprefix = "{keys.prefix}"\n')
    return str(path)


def _cli(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    """Parse ``argv`` as ``diplomon`` would and run the handler it selects."""
    parser = argparse.ArgumentParser()
    add_silence_parser(parser.add_subparsers())
    args = parser.parse_args(argv)
    code = int(args.handler(args))
    return code, capsys.readouterr().out


class TestCli:
    def test_add_list_expire(
        self,
        tmp_path: Path,
        redis_server: RedisServer,
        keys: Keys,
        capsys: pytest.CaptureFixture[str],
    ) -> None:
        """``silence add`` then ``list`` shows it; ``expire`` ends it."""
        cfg = _config(tmp_path, redis_server, keys)
        code, out = _cli(
            [
                "silence",
                "add",
                "--countries",
                "COL,USA",
                "--for",
                "2h",
                "--reason",
                "talks",
                "--config",
                cfg,
            ],
            capsys,
        )
        assert code == 0 and "countries=COL,USA" in out
        silence_id = out.split()[1]
        code, out = _cli(["silence", "list", "--json", "--config", cfg], capsys)
        listed = [json.loads(line) for line in out.splitlines()]
        assert [s["id"] for s in listed] == [silence_id] and listed[0]["reason"] == "talks"
        code, out = _cli(["silence", "expire", silence_id, "--config", cfg], capsys)
        assert code == 0
        code, out = _cli(["silence", "list", "--config", cfg], capsys)
        assert out == "no active silences\n"

    def test_bad_duration_is_config_error(
        self,
        tmp_path: Path,
        redis_server: RedisServer,
        keys: Keys,
        capsys: pytest.CaptureFixture[str],
    ) -> None:
        """A duration that does not parse names the flag."""
        from monitor.errors import ConfigError

        cfg = _config(tmp_path, redis_server, keys)
        with pytest.raises(ConfigError, match="--for"):
            _cli(
                [
                    "silence",
                    "add",
                    "--actor",
                    "x",
                    "--for",
                    "soon",
                    "--reason",
                    "r",
                    "--config",
                    cfg,
                ],
                capsys,
            )
