"""Shared fixtures: real servers on free ports, started and stopped by the tests.

In CI (``CI=true``) a missing server binary is a failure, never a skip.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from redis.asyncio import Redis

from monitor.keys import Keys
from monitor.store import redis_client

IN_CI = os.environ.get("CI", "").lower() in {"1", "true", "yes"}
SCENARIOS = Path(__file__).resolve().parents[2] / "shared" / "scenarios"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def need_binary(name: str) -> str:
    path = shutil.which(name) or (
        f"/usr/sbin/{name}" if Path(f"/usr/sbin/{name}").exists() else None
    )
    if path is None:
        if IN_CI:
            pytest.fail(f"{name} is not installed; CI must have it (.ci/run installs it)")
        pytest.skip(f"{name} is not installed")
    return path


def need_file(path: Path) -> Path:
    """``path``, which the dev scenarios beside the checkout (``../shared``) provide; a
    skip with the reason when the checkout lies elsewhere, a failure in CI."""
    if not path.exists():
        if IN_CI:
            pytest.fail(f"{path} is missing; CI must run the checkout beside ../shared")
        pytest.skip(f"{path} is missing (the checkout is not beside ../shared)")
    return path


def wait_for_port(port: int, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with socket.socket() as sock:
            if sock.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.02)
    raise TimeoutError(f"nothing listens on 127.0.0.1:{port} after {timeout}s")


@dataclass
class RedisServer:
    port: int
    dir: Path
    proc: subprocess.Popen[bytes]
    appendonly: bool

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        binary = need_binary("redis-server")
        args = [binary, "--port", str(self.port), "--bind", "127.0.0.1", "--save", ""]
        args += ["--dir", str(self.dir), "--daemonize", "no", "--logfile", str(self.dir / "log")]
        args += ["--appendonly", "yes" if self.appendonly else "no", "--appendfsync", "always"]
        self.proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        wait_for_port(self.port)

    def stop(self, kill: bool = False) -> None:
        if self.proc.poll() is None:
            self.proc.kill() if kill else self.proc.terminate()
            self.proc.wait(10)

    def restart(self) -> None:
        self.stop()
        self.start()


def _start_redis(appendonly: bool) -> RedisServer:
    need_binary("redis-server")
    server = RedisServer(free_port(), Path(tempfile.mkdtemp(prefix="dm-redis-")), None, appendonly)  # type: ignore[arg-type]
    server.start()
    return server


@pytest.fixture(scope="session")
def redis_server() -> Iterator[RedisServer]:
    """One real redis-server for the session; tests isolate by key prefix."""
    server = _start_redis(appendonly=False)
    yield server
    server.stop()
    shutil.rmtree(server.dir, ignore_errors=True)


@pytest.fixture
def redis_server_aof() -> Iterator[RedisServer]:
    """A private redis-server with AOF on, for tests that restart it."""
    server = _start_redis(appendonly=True)
    yield server
    server.stop()
    shutil.rmtree(server.dir, ignore_errors=True)


_prefix_counter = 0


@pytest.fixture
def keys(request: pytest.FixtureRequest) -> Keys:
    """A key prefix private to this test."""
    global _prefix_counter
    _prefix_counter += 1
    return Keys(prefix=f"t{os.getpid()}-{_prefix_counter}")


@pytest.fixture
async def redis(redis_server: RedisServer) -> AsyncIterator[Redis]:
    client = redis_client(redis_server.url, socket_timeout=None)
    yield client
    await client.aclose()


@dataclass
class Mosquitto:
    port: int
    proc: subprocess.Popen[bytes]


@pytest.fixture(scope="session")
def mosquitto() -> Iterator[Mosquitto]:
    """A real mosquitto broker on a free port (anonymous, loopback only)."""
    binary = need_binary("mosquitto")
    port = free_port()
    conf = Path(tempfile.mkdtemp(prefix="dm-mqtt-")) / "mosquitto.conf"
    conf.write_text(f"listener {port} 127.0.0.1\nallow_anonymous true\npersistence false\n")
    proc = subprocess.Popen(
        [binary, "-c", str(conf)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    wait_for_port(port)
    yield Mosquitto(port, proc)
    proc.terminate()
    proc.wait(10)


async def wait_until(
    predicate: Callable[[], Awaitable[bool]], timeout: float = 10.0, interval: float = 0.02
) -> None:
    """Wait for an async condition, failing the test after ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if await predicate():
            return
        await asyncio.sleep(interval)
    raise AssertionError(f"condition not met within {timeout}s")
