"""Real ``diplomon run`` processes for the fault tests, and what they leave in Redis."""

from __future__ import annotations

import asyncio
import collections
import json
import os
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import cast

import msgspec
from redis.asyncio import Redis
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

from monitor.bench_corpus import bench_posts
from monitor.keys import Keys
from monitor.models import Post
from monitor.postio import read_posts
from monitor.stream import publish_posts
from tests.conftest import SCENARIOS, need_file

ROOT = Path(__file__).resolve().parents[2]
SCENARIO = SCENARIOS / "colombia-usa-2025-01"


def write_config(path: Path, redis_url: str, keys: Keys, **worker: str | int) -> Path:
    """A daemon config on the test's Redis and prefix, with the scenario watchlist."""
    options = {"claim_idle": "1s", "block": "200ms", "shutdown_grace": "3s", **worker}
    lines = ["[redis]", f'url = "{redis_url}"', f'prefix = "{keys.prefix}"', "[watchlist]"]
    watchlist = need_file(SCENARIO.with_suffix(".toml"))
    lines += [f'files = ["{watchlist}"]', "include_default = false", "[worker]"]
    lines += [f"{k} = {json.dumps(v)}" for k, v in options.items()]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@dataclass
class Daemon:
    """One ``diplomon run`` subprocess."""

    config: Path
    role: str = "workers"
    slot: int = 0
    log: Path = field(init=False)
    proc: subprocess.Popen[bytes] = field(init=False)

    def start(self) -> Daemon:
        self.log = self.config.with_name(f"{self.role}-{self.slot}-{time.monotonic_ns()}.log")
        cmd = [sys.executable, "-m", "monitor.cli", "run", "--config", str(self.config)]
        cmd += ["--role", self.role, "--slot", str(self.slot)]
        env = dict(os.environ, PYTHONPATH=str(ROOT))
        env.pop("REDIS_URL", None)
        env.pop("DIPLOMON_REDIS_URL", None)
        with self.log.open("wb") as out:
            self.proc = subprocess.Popen(cmd, stdout=out, stderr=out, cwd=ROOT, env=env)
        return self

    @property
    def consumer(self) -> str:
        return f"{socket.gethostname()}-w{self.slot}"

    def output(self) -> str:
        return self.log.read_text("utf-8", "replace")

    def alive(self) -> bool:
        return self.proc.poll() is None

    def kill(self) -> None:
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(5)

    def terminate(self) -> float:
        """SIGTERM; returns the seconds until the process exited."""
        started = time.monotonic()
        self.proc.send_signal(signal.SIGTERM)
        self.proc.wait(10)
        return time.monotonic() - started

    def stop(self) -> None:
        if self.alive():
            self.proc.kill()
            self.proc.wait(5)


async def ready(redis: Redis, keys: Keys, daemon: Daemon) -> bool:
    """The worker's health key exists (it has joined the group and read once)."""
    if not daemon.alive():
        raise AssertionError(f"daemon exited {daemon.proc.returncode}:\n{daemon.output()[-3000:]}")
    return bool(await redis.exists(keys.key("health", "worker", daemon.consumer)))


def scenario_posts() -> list[Post]:
    problems: list[str] = []
    posts = list(read_posts(need_file(SCENARIO.with_suffix(".jsonl")), problems.append))
    assert not problems, problems
    return posts


def replay_set(filler: int) -> list[Post]:
    """The hostile scenario interleaved in time order with ``filler`` unrelated posts."""
    hostile = scenario_posts()
    first, last = hostile[0].created_at, hostile[-1].created_at
    step = (last - first) / max(filler, 1)
    others = [
        msgspec.structs.replace(post, created_at=first + step * i + timedelta(seconds=1))
        for i, post in enumerate(bench_posts(filler, prefix="filler"))
    ]
    return sorted(hostile + others, key=lambda p: p.created_at)


async def publish_retrying(redis: Redis, keys: Keys, posts: list[Post]) -> None:
    """Publish like a connector does: on a dropped connection, wait and send again."""
    for _ in range(200):
        try:
            await publish_posts(redis, keys, posts)
            return
        except (RedisConnectionError, RedisTimeoutError, OSError):
            await asyncio.sleep(0.05)
    raise AssertionError("Redis did not come back")


async def replay(
    redis: Redis, keys: Keys, posts: list[Post], chunk: int = 20, pause: float = 0.01
) -> None:
    """Push ``posts`` in chunks, as a replay at a steady pace does."""
    for i in range(0, len(posts), chunk):
        await publish_retrying(redis, keys, posts[i : i + chunk])
        await asyncio.sleep(pause)


Entries = list[tuple[bytes, dict[bytes, bytes]]]


async def entries(redis: Redis, stream: str) -> Entries:
    """Every entry of ``stream`` (bytes, as the fixture's client returns them)."""
    return cast(Entries, await redis.xrange(stream))


async def scored_ids(redis: Redis, keys: Keys) -> collections.Counter[str]:
    return collections.Counter(
        fields[b"post_id"].decode() for _, fields in await entries(redis, keys.scores)
    )


async def alert_kinds(redis: Redis, keys: Keys) -> list[tuple[str, list[str]]]:
    alerts = [json.loads(fields[b"alert"]) for _, fields in await entries(redis, keys.alerts)]
    return [(a["kind"], a["countries"]) for a in alerts]


async def all_done(redis: Redis, keys: Keys, expected: int) -> bool:
    """Every expected post scored and nothing pending in the scorers group."""
    if await redis.xlen(keys.scores) < expected:
        return False
    groups = await redis.xinfo_groups(keys.posts)
    return all(int(g["pending"]) == 0 for g in groups)
