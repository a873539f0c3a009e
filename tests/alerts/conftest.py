"""Fixtures for the alerts tests: an HTTP stand-in for Slack and webhooks, SMTP servers."""

from __future__ import annotations

import ssl
import tempfile
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
from alertkit import HttpStub, Mailbox, authenticator, make_cert, smtp_controller

from tests.conftest import free_port

SMTP_USER = "diplomon"
SMTP_PASSWORD = "smtp-pass-9f8e7d6c5b"


@pytest.fixture
async def http_stub() -> AsyncIterator[HttpStub]:
    """A local HTTP server answering 200 ``ok`` unless scripted otherwise."""
    stub = HttpStub(free_port())
    await stub.start()
    yield stub
    await stub.stop()


@pytest.fixture(scope="session")
def tls_cert() -> tuple[Path, Path]:
    """A self-signed certificate (and key) valid for 127.0.0.1."""
    return make_cert(Path(tempfile.mkdtemp(prefix="dm-tls-")))


@pytest.fixture
def smtp_plain() -> Iterator[tuple[Mailbox, int]]:
    """aiosmtpd without TLS (a local relay)."""
    box, port = Mailbox(), free_port()
    controller = smtp_controller(box, port)
    controller.start()
    yield box, port
    controller.stop()


@pytest.fixture
def smtp_starttls(tls_cert: tuple[Path, Path]) -> Iterator[tuple[Mailbox, int]]:
    """aiosmtpd requiring STARTTLS and AUTH, with the self-signed certificate."""
    cert, key = tls_cert
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)
    box, port = Mailbox(), free_port()
    controller = smtp_controller(
        box,
        port,
        tls_context=context,
        require_starttls=True,
        authenticator=authenticator(SMTP_USER, SMTP_PASSWORD),
        auth_require_tls=True,
    )
    controller.start()
    yield box, port
    controller.stop()
