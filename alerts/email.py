"""Email sink over aiosmtplib: STARTTLS (forced) or implicit TLS, certs checked.

The message is multipart/alternative, text first and HTML last (RFC 2046);
every untrusted fragment is HTML-escaped in the HTML part. The Subject is
built from a template with every control character stripped from each
field and from the result, so no CR/LF from a post can add a header (a
``Bcc:``, say). Post text never goes into an address header. The whole
send runs under ``asyncio.timeout``: aiosmtplib's own timeout is per
socket operation, so a trickling server would never trip it.
"""

from __future__ import annotations

import asyncio
import hashlib
import html
import ipaddress
import re
import ssl
from collections.abc import Mapping
from email.message import EmailMessage
from email.utils import formatdate, make_msgid

import aiosmtplib

from alerts.config import ReceiverConfig, receiver_password, receiver_tls_context
from alerts.render import (
    cut,
    headline,
    pair,
    post_meta,
    quoted_posts,
    safe_url,
    strip_controls,
    when,
)
from monitor.errors import ConfigError, SinkError
from monitor.models import Alert
from monitor.secrets import Secret
from monitor.textsafe import terminal_safe

SUBJECT_LIMIT = 200
MAX_POSTS = 10
_FIELD = re.compile(r"\{(\w+)\}")
_ADDRESS = re.compile(r"[^\s<>\"',;()\\]+@[^\s<>\"',;()\\]+")


def subject(template: str, alert: Alert) -> str:
    """The Subject line: template fields filled, controls stripped, cut."""
    fields = {
        "severity": alert.severity.upper(),
        "pair": pair(alert),
        "kind": alert.kind.replace("_", " "),
        "summary": alert.summary,
        "key": alert.key,
    }
    filled = _FIELD.sub(lambda m: strip_controls(fields.get(m.group(1), m.group(0))), template)
    return cut(strip_controls(filled), SUBJECT_LIMIT)


def text_body(alert: Alert) -> str:
    lines = [headline(alert), "", terminal_safe(alert.summary), ""]
    for post in quoted_posts(alert, MAX_POSTS):
        lines.append(post_meta(post))
        lines.extend("> " + line for line in terminal_safe(cut(post.text, 4000)).splitlines())
        url = safe_url(post.url)
        if url:
            lines.append(url)
        lines.append("")
    if alert.why:
        lines.append("Why: " + terminal_safe(alert.why, keep_newlines=False))
    lines.append(f"First seen {when(alert.first_seen)}, last seen {when(alert.last_seen)}.")
    lines.append(f"Episode {strip_controls(alert.key)} ({strip_controls(alert.id)})")
    return "\n".join(lines) + "\n"


def html_body(alert: Alert) -> str:
    e = html.escape
    parts = [
        f"<h2>{e(headline(alert))}</h2>",
        f"<p>{e(strip_controls(alert.summary))}</p>",
    ]
    for post in quoted_posts(alert, MAX_POSTS):
        meta = e(post_meta(post))
        url = safe_url(post.url)
        if url:
            meta += f' &middot; <a href="{e(url, quote=True)}">open post</a>'
        text = e(terminal_safe(cut(post.text, 4000))).replace("\n", "<br>")
        parts.append(f"<p><small>{meta}</small></p><blockquote>{text}</blockquote>")
    if alert.why:
        parts.append(f"<p><b>Why:</b> {e(strip_controls(alert.why))}</p>")
    seen = f"First seen {when(alert.first_seen)}, last seen {when(alert.last_seen)}."
    parts.append(f"<p><small>{e(seen)} Episode {e(strip_controls(alert.key))}</small></p>")
    return "<html><body>" + "\n".join(parts) + "</body></html>\n"


def build_message(alert: Alert, *, sender: str, to: list[str], template: str) -> EmailMessage:
    """The email for ``alert``; threaded per episode with References."""
    msg = EmailMessage()
    msg["Subject"] = subject(template, alert)
    msg["From"] = sender
    msg["To"] = ", ".join(to)
    msg["Date"] = formatdate(localtime=False)
    domain = sender.rsplit("@", 1)[-1]
    msg["Message-ID"] = make_msgid("diplomon", domain=domain)
    episode = alert.id.rsplit(".", 1)[0]
    thread = hashlib.sha256(episode.encode("utf-8")).hexdigest()[:24]
    msg["References"] = f"<{thread}@{domain}>"
    msg["In-Reply-To"] = f"<{thread}@{domain}>"
    msg.set_content(text_body(alert), cte="quoted-printable")
    msg.add_alternative(html_body(alert), subtype="html", cte="quoted-printable")
    return msg


def _check_address(value: str, what: str) -> str:
    if not _ADDRESS.fullmatch(value):
        raise ConfigError(f"{what}: {value!r} is not a plain email address")
    return value


def tls_mode(cfg: ReceiverConfig) -> str:
    """The TLS mode ``auto`` stands for.

    Plain SMTP only to a relay on this machine (its traffic never leaves it);
    implicit TLS on port 465; otherwise STARTTLS, required, so that a server or
    a man in the middle that hides STARTTLS cannot downgrade the session.
    """
    if cfg.tls != "auto":
        return cfg.tls
    if _is_loopback(cfg.host or ""):
        return "none"
    return "tls" if cfg.port == 465 else "starttls"


def _is_loopback(host: str) -> bool:
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


class EmailNotifier:
    """Sends one email per alert through an SMTP server."""

    def __init__(
        self,
        cfg: ReceiverConfig,
        *,
        password: Secret | None,
        timeout: float,
        tls_context: ssl.SSLContext | None,
    ) -> None:
        self.name = cfg.name
        self._cfg = cfg
        self._password = password
        self._timeout = timeout
        self._tls_context = tls_context

    @classmethod
    def from_config(
        cls, cfg: ReceiverConfig, *, timeout: float, environ: Mapping[str, str] | None = None
    ) -> EmailNotifier:
        where = f"receivers[{cfg.name}]"
        if not cfg.host or not cfg.sender or not cfg.to:
            raise ConfigError(f"{where}: email needs host, sender and to")
        _check_address(cfg.sender, f"{where}.sender")
        for address in cfg.to:
            _check_address(address, f"{where}.to")
        if cfg.tls not in ("auto", "starttls", "tls", "none"):
            raise ConfigError(f"{where}.tls: use auto, starttls, tls or none")
        if tls_mode(cfg) == "none" and (cfg.username or cfg.password):
            raise ConfigError(f"{where}: refusing to send a password without TLS")
        password = receiver_password(cfg, where, environ)
        context = receiver_tls_context(cfg, where)
        return cls(cfg, password=password, timeout=timeout, tls_context=context)

    def _port(self) -> int:
        if self._cfg.port:
            return self._cfg.port
        return {"tls": 465, "starttls": 587}.get(tls_mode(self._cfg), 25)

    async def send(self, alert: Alert) -> None:
        cfg = self._cfg
        msg = build_message(alert, sender=cfg.sender or "", to=cfg.to, template=cfg.subject)
        try:
            async with asyncio.timeout(self._timeout):
                await aiosmtplib.send(
                    msg,
                    hostname=cfg.host,
                    port=self._port(),
                    username=cfg.username,
                    password=self._password.get() if self._password else None,
                    use_tls=tls_mode(cfg) == "tls",
                    start_tls=tls_mode(cfg) == "starttls",
                    validate_certs=True,
                    tls_context=self._tls_context,
                    timeout=self._timeout,
                )
        except TimeoutError:
            raise SinkError(
                f"receiver {self.name}: timed out", retryable=True, reason="timeout"
            ) from None
        except aiosmtplib.SMTPException as exc:
            raise _classify(self.name, exc) from None
        except ssl.SSLError:
            raise SinkError(
                f"receiver {self.name}: TLS failed", retryable=False, reason="tls"
            ) from None
        except OSError as exc:
            raise SinkError(
                f"receiver {self.name}: cannot connect ({exc.strerror or type(exc).__name__})",
                retryable=True,
                reason="connect",
            ) from None

    async def aclose(self) -> None:
        return None


def _classify(name: str, exc: aiosmtplib.SMTPException) -> SinkError:
    """SMTP 4xx and lost connections retry; 5xx, auth and TLS refusals are final."""
    if isinstance(exc, aiosmtplib.SMTPAuthenticationError):
        return SinkError(f"receiver {name}: authentication refused", retryable=False, reason="auth")
    if isinstance(exc, aiosmtplib.SMTPRecipientsRefused):
        codes = [r.code for r in exc.recipients]
        temporary = all(400 <= c < 500 for c in codes)
        return SinkError(
            f"receiver {name}: recipients refused ({codes})", retryable=temporary, reason="rcpt"
        )
    if isinstance(exc, aiosmtplib.SMTPResponseException):
        temporary = 400 <= exc.code < 500
        return SinkError(
            f"receiver {name}: server said {exc.code}",
            retryable=temporary,
            reason=f"smtp_{exc.code}",
        )
    if isinstance(exc, aiosmtplib.SMTPTimeoutError | aiosmtplib.SMTPServerDisconnected):
        return SinkError(f"receiver {name}: connection lost", retryable=True, reason="connect")
    if isinstance(exc, aiosmtplib.SMTPConnectError):
        return SinkError(f"receiver {name}: cannot connect", retryable=True, reason="connect")
    if "STARTTLS" in str(exc):
        return SinkError(
            f"receiver {name}: server offers no STARTTLS", retryable=False, reason="tls"
        )
    return SinkError(
        f"receiver {name}: SMTP failed ({type(exc).__name__})", retryable=True, reason="smtp"
    )
