"""Helpers for the alerts tests: alerts, a scripted HTTP server, an SMTP server."""

from __future__ import annotations

import asyncio
import subprocess
import threading
from collections import deque
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword
from redis.asyncio import Redis

from monitor.keys import Keys
from monitor.models import Alert, AlertPost, Event, to_json

T0 = datetime(2025, 1, 26, 14, 0, tzinfo=UTC)

HOSTILE = (
    "<!channel> <!here> <@U123> look <https://evil.example/login|bank> *urgent* _now_\n"
    "> quoted\r\nBcc: victim@example.org\r\nSubject: owned\r\n"
    '<script>alert(1)</script><img src=x onerror="x()"> & \x1b[31mred\x1b[0m'
)


def make_alert(
    n: int = 1,
    *,
    key: str = "COL-USA",
    episode: int = 1,
    kind: str = "hostile_exchange",
    severity: str = "warning",
    text: str = "Colombia will not accept deportation flights.",
    summary: str = "COL and USA officials trade hostile posts",
    countries: tuple[str, str] = ("COL", "USA"),
    actors: tuple[str, ...] = ("col-president", "usa-president"),
    url: str | None = "https://x.com/petrogustavo/status/1",
) -> Alert:
    """Change ``n`` of episode ``episode`` of ``key``."""
    post = AlertPost(
        id=f"p{n}",
        platform="x",
        author="petrogustavo",
        created_at=T0 + timedelta(minutes=n),
        text=text,
        actor=actors[0] if actors else None,
        country=countries[0],
        target=countries[1],
        url=url,
        lang="es",
        tone=-0.6,
        hostility=0.9,
        events=(Event(cls="REJECT", cue="no aceptaremos", weight=-4.0, target=countries[1]),),
    )
    return Alert(
        id=f"{key}#{episode}.{n}",
        key=key,
        kind=kind,  # type: ignore[arg-type]
        severity=severity,  # type: ignore[arg-type]
        countries=countries,
        actors=actors,
        trigger_post=post.id,
        at=T0 + timedelta(minutes=n),
        summary=summary,
        posts=(post,),
        first_seen=T0,
        last_seen=T0 + timedelta(minutes=n),
        why="COL rejected US flights; USA threatened tariffs within 2 h",
    )


async def publish_alert(redis: Redis, keys: Keys, alert: Alert) -> str:
    entry = await redis.xadd(keys.alerts, {"alert": to_json(alert)})
    return entry.decode() if isinstance(entry, bytes) else str(entry)


async def pending(redis: Redis, keys: Keys) -> int:
    info = await redis.xpending(keys.alerts, "dispatcher")
    return int(info["pending"])


# -- HTTP ------------------------------------------------------------------------


@dataclass
class Request:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes


@dataclass
class Reply:
    status: int = 200
    body: bytes = b"ok"
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0


class HttpStub:
    """A tiny HTTP/1.1 server on 127.0.0.1: scripted replies, then ``default``."""

    def __init__(self, port: int) -> None:
        self.port = port
        self.requests: list[Request] = []  # answered with 2xx
        self.attempts = 0  # every request, whatever the answer
        self.script: deque[Reply] = deque()
        self.default = Reply()
        self._server: asyncio.Server | None = None
        self._writers: set[asyncio.StreamWriter] = set()

    def url(self, path: str = "/hook") -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    async def start(self) -> None:
        self._server = await asyncio.start_server(self._serve, "127.0.0.1", self.port)

    async def stop(self) -> None:
        if self._server is not None:
            self._server.close()
            for writer in list(self._writers):
                writer.close()
            await self._server.wait_closed()
            self._server = None

    def bodies(self) -> list[bytes]:
        return [r.body for r in self.requests]

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self._writers.add(writer)
        try:
            while request := await self._read(reader):
                self.attempts += 1
                reply = self.script.popleft() if self.script else self.default
                if reply.delay:
                    await asyncio.sleep(reply.delay)  # a slow server, on purpose
                if reply.status < 300:
                    self.requests.append(request)
                head = f"HTTP/1.1 {reply.status} X\r\nContent-Length: {len(reply.body)}\r\n"
                head += "".join(f"{k}: {v}\r\n" for k, v in reply.headers.items())
                writer.write(head.encode() + b"\r\n" + reply.body)
                await writer.drain()
        except (ConnectionError, asyncio.IncompleteReadError):
            pass
        finally:
            self._writers.discard(writer)
            writer.close()

    @staticmethod
    async def _read(reader: asyncio.StreamReader) -> Request | None:
        line = await reader.readline()
        if not line:
            return None
        method, path, _ = line.decode().split(" ", 2)
        headers: dict[str, str] = {}
        while (h := await reader.readline()) not in (b"\r\n", b"\n", b""):
            k, _, v = h.decode().partition(":")
            headers[k.strip().lower()] = v.strip()
        body = await reader.readexactly(int(headers.get("content-length", "0")))
        return Request(method, path, headers, body)


# -- SMTP ------------------------------------------------------------------------


class Mailbox:
    """aiosmtpd handler keeping each message's raw bytes and envelope."""

    def __init__(self) -> None:
        self.messages: list[bytes] = []
        self.recipients: list[list[str]] = []
        self._lock = threading.Lock()

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        with self._lock:
            self.messages.append(envelope.original_content or envelope.content)
            self.recipients.append(list(envelope.rcpt_tos))
        return "250 OK"


def make_cert(directory: Path) -> tuple[Path, Path]:
    """A self-signed certificate for 127.0.0.1, made with the openssl CLI."""
    cert, key = directory / "cert.pem", directory / "key.pem"
    subprocess.run(
        [
            "openssl",
            "req",
            "-x509",
            "-newkey",
            "ec",
            "-pkeyopt",
            "ec_paramgen_curve:prime256v1",
            "-nodes",
            "-keyout",
            str(key),
            "-out",
            str(cert),
            "-days",
            "2",
            "-subj",
            "/CN=localhost",
            "-addext",
            "subjectAltName=IP:127.0.0.1,DNS:localhost",
        ],
        check=True,
        capture_output=True,
    )
    return cert, key


def authenticator(user: str, password: str) -> Any:
    def check(server: Any, session: Any, envelope: Any, mechanism: str, data: Any) -> AuthResult:
        ok = (
            isinstance(data, LoginPassword)
            and data.login == user.encode()
            and data.password == password.encode()
        )
        return AuthResult(success=ok, handled=False)

    return check


def smtp_controller(mailbox: Mailbox, port: int, **kwargs: Any) -> Controller:
    return Controller(mailbox, hostname="127.0.0.1", port=port, **kwargs)
