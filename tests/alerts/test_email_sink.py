"""Email sink against aiosmtpd: multipart, escaping, header injection, TLS, timeouts."""

from __future__ import annotations

import asyncio
import email
import email.policy
from email.message import EmailMessage
from pathlib import Path

import pytest
from alertkit import HOSTILE, Mailbox, make_alert

from alerts.config import ReceiverConfig
from alerts.email import subject, tls_mode
from alerts.notifier import build_notifier
from monitor.errors import SinkError
from tests.alerts.conftest import SMTP_PASSWORD, SMTP_USER
from tests.conftest import free_port, wait_until


def mail(port: int, **kw: object) -> ReceiverConfig:
    base: dict[str, object] = {
        "name": "desk-mail",
        "type": "email",
        "host": "127.0.0.1",
        "port": port,
        "sender": "diplomon@example.org",
        "to": ["desk@example.org"],
        "tls": "none",
        "timeout": "3s",
    }
    return ReceiverConfig(**{**base, **kw})  # type: ignore[arg-type]


def parse(raw: bytes) -> EmailMessage:
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    assert isinstance(msg, EmailMessage)
    return msg


async def arrived(box: Mailbox, n: int = 1) -> None:
    async def check() -> bool:
        return len(box.messages) >= n

    await wait_until(check, timeout=5)


class TestMessage:
    async def test_multipart_text_then_html(self, smtp_plain: tuple[Mailbox, int]) -> None:
        """One multipart/alternative mail, text first and HTML last, to the configured recipients."""
        box, port = smtp_plain
        notifier = build_notifier(mail(port))
        await notifier.send(make_alert())
        await arrived(box)
        msg = parse(box.messages[0])
        assert msg.get_content_type() == "multipart/alternative"
        parts = [p.get_content_type() for p in msg.iter_parts()]
        assert parts == ["text/plain", "text/html"]
        assert (
            msg["Subject"]
            == "[diplomon] WARNING COL-USA: hostile exchange - COL and USA officials trade hostile posts"
        )
        text = msg.get_body(("plain",))
        assert text is not None and "@petrogustavo (COL)" in text.get_content()
        assert box.recipients == [["desk@example.org"]]
        assert msg["References"] and msg["Message-ID"]

    async def test_injection_is_inert(self, smtp_plain: tuple[Mailbox, int]) -> None:
        """CR/LF + Bcc in a post or summary adds no header or recipient; HTML is escaped."""
        box, port = smtp_plain
        notifier = build_notifier(mail(port))
        await notifier.send(
            make_alert(text=HOSTILE, summary="hi\r\nBcc: victim@example.org\r\nX-Evil: 1")
        )
        await arrived(box)
        raw = box.messages[0]
        msg = parse(raw)
        assert box.recipients == [["desk@example.org"]]
        assert msg["Bcc"] is None and msg["X-Evil"] is None
        assert "\n" not in msg["Subject"] and "victim@example.org" in msg["Subject"]
        headers = raw.split(b"\r\n\r\n", 1)[0]
        assert b"\r\nBcc:" not in headers and b"\nBcc:" not in headers
        html = msg.get_body(("html",))
        assert html is not None
        body = html.get_content()
        assert "<script>" not in body and "<img" not in body
        assert "&lt;script&gt;" in body and "&lt;!channel&gt;" in body
        assert "\x1b" not in body and "\x1b" not in msg.get_body(("plain",)).get_content()  # type: ignore[union-attr]

    def test_subject_strips_controls_and_cuts(self) -> None:
        """The subject is one line of at most 200 characters."""
        alert = make_alert(summary="a\r\nb\x00c\x1bd\u2028e" + "x" * 500)
        line = subject("[diplomon] {severity} {pair}: {summary} {unknown}", alert)
        assert line.startswith("[diplomon] WARNING COL-USA: a b c d e")
        assert len(line) <= 200 and all(ord(c) >= 32 for c in line)


class TestTransport:
    async def test_starttls_with_auth(
        self,
        smtp_starttls: tuple[Mailbox, int],
        tls_cert: tuple[Path, Path],
        monkeypatch: pytest.MonkeyPatch,
    ) -> None:
        """STARTTLS is forced, the certificate checked against the given CA, then AUTH."""
        box, port = smtp_starttls
        monkeypatch.setenv("DM_TEST_SMTP_PASSWORD", SMTP_PASSWORD)
        cfg = mail(
            port,
            tls="starttls",
            ca_file=str(tls_cert[0]),
            username=SMTP_USER,
            password="env:DM_TEST_SMTP_PASSWORD",
        )
        await build_notifier(cfg).send(make_alert())
        await arrived(box)

    async def test_untrusted_certificate_is_refused(
        self, smtp_starttls: tuple[Mailbox, int]
    ) -> None:
        """Without the CA, the self-signed certificate fails verification; nothing is sent."""
        box, port = smtp_starttls
        cfg = mail(port, tls="starttls", username=SMTP_USER, password=SMTP_PASSWORD)
        with pytest.raises(SinkError) as info:
            await build_notifier(cfg).send(make_alert())
        assert (info.value.retryable, info.value.reason) == (False, "tls")
        assert box.messages == []

    async def test_no_starttls_offered_is_final(self, smtp_plain: tuple[Mailbox, int]) -> None:
        """A server that does not offer STARTTLS is not used in plaintext."""
        box, port = smtp_plain
        with pytest.raises(SinkError) as info:
            await build_notifier(mail(port, tls="starttls")).send(make_alert())
        assert (info.value.retryable, info.value.reason) == (False, "tls")
        assert box.messages == []

    async def test_silent_server_times_out(self) -> None:
        """A server that accepts and never answers trips the whole-send timeout."""
        writers: list[asyncio.StreamWriter] = []

        async def hang(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
            writers.append(writer)  # accept, then never send a greeting

        port = free_port()
        server = await asyncio.start_server(hang, "127.0.0.1", port)
        loop = asyncio.get_running_loop()
        start = loop.time()
        with pytest.raises(SinkError) as info:
            await build_notifier(mail(port, timeout="300ms")).send(make_alert())
        assert info.value.retryable and info.value.reason in ("timeout", "connect")
        assert loop.time() - start < 2
        server.close()
        for writer in writers:
            writer.close()
        await server.wait_closed()

    async def test_nothing_listening_is_retryable(self) -> None:
        """Connection refused is retryable."""
        with pytest.raises(SinkError) as info:
            await build_notifier(mail(free_port())).send(make_alert())
        assert info.value.retryable and info.value.reason == "connect"

    def test_password_without_tls_refused(self) -> None:
        """A password is never configured over a plaintext session."""
        from monitor.errors import ConfigError

        with pytest.raises(ConfigError, match="without TLS"):
            build_notifier(mail(25, username="u", password="p-secret"))


class TestTlsMode:
    @pytest.mark.parametrize(
        ("host", "port", "tls", "mode"),
        [
            ("127.0.0.1", 25, "auto", "none"),
            ("localhost", None, "auto", "none"),
            ("::1", 25, "auto", "none"),
            ("smtp.example.org", 25, "auto", "starttls"),
            ("smtp.example.org", 587, "auto", "starttls"),
            ("smtp.example.org", 465, "auto", "tls"),
            ("10.0.0.5", 25, "auto", "starttls"),
            ("127.0.0.1", 25, "starttls", "starttls"),
        ],
    )
    def test_auto_is_plain_only_to_a_local_relay(
        self, host: str, port: int | None, tls: str, mode: str
    ) -> None:
        """`tls = "auto"` sends in the clear only to this machine; elsewhere TLS is required."""
        cfg = ReceiverConfig(name="m", type="email", host=host, port=port, tls=tls)
        assert tls_mode(cfg) == mode
