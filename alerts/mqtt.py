"""MQTT sink over aiomqtt: QoS 1, one retained topic per country pair.

Topic ``{topic_prefix}/{A}-{B}``; the payload is the alert JSON, retained,
so a new subscriber sees each pair's latest state (a resolved episode
stays visible as resolved). Country codes are reduced to [A-Z0-9_] so no
``/``, ``+`` or ``#`` from an alert can change the topic. aiomqtt has no
reconnect of its own; connecting per send keeps a broker restart harmless
(alerts are rare), and ``publish`` returns only after the PUBACK.
"""

from __future__ import annotations

import asyncio
import re
import ssl
import uuid
from collections.abc import Mapping
from urllib.parse import urlsplit

import aiomqtt
from paho.mqtt.reasoncodes import ReasonCode

from alerts.config import ReceiverConfig, receiver_password, receiver_tls_context
from monitor.errors import ConfigError, SinkError
from monitor.models import Alert, to_json
from monitor.secrets import Secret

_UNSAFE = re.compile(r"[^A-Za-z0-9_]")
_NOT_AUTHORISED = {4, 5, 134, 135}  # 3.1.1 bad credentials / not authorised; MQTT 5 same


def topic_for(prefix: str, alert: Alert) -> str:
    a, b = (_UNSAFE.sub("_", c)[:8] or "_" for c in alert.countries)
    return f"{prefix}/{a}-{b}"


def _endpoint(cfg: ReceiverConfig, where: str) -> tuple[str, int, bool]:
    """Host, port and TLS from ``url`` (mqtt:// or mqtts://) or host/port."""
    tls = cfg.tls == "tls"
    host, port = cfg.host, cfg.port
    if cfg.url:
        parts = urlsplit(cfg.url)
        if parts.scheme not in ("mqtt", "mqtts") or not parts.hostname:
            raise ConfigError(f"{where}.url: use mqtt://host:port or mqtts://host:port")
        if parts.password:
            raise ConfigError(f'{where}.url: put the password in password = "env:..."')
        tls = parts.scheme == "mqtts"
        host, port = parts.hostname, parts.port
    if not host:
        raise ConfigError(f"{where}: mqtt needs url or host")
    return host, port or (8883 if tls else 1883), tls


class MqttNotifier:
    """Publishes each alert's state to the pair's retained topic."""

    def __init__(
        self,
        cfg: ReceiverConfig,
        *,
        password: Secret | None,
        timeout: float,
        tls_context: ssl.SSLContext | None,
    ) -> None:
        self.name = cfg.name
        where = f"receivers[{cfg.name}]"
        self._host, self._port, tls = _endpoint(cfg, where)
        if tls and tls_context is None:
            tls_context = ssl.create_default_context()
        self._tls = tls_context
        self._prefix = cfg.topic_prefix.rstrip("/")
        self._username = cfg.username
        self._password = password
        self._timeout = timeout

    @classmethod
    def from_config(
        cls, cfg: ReceiverConfig, *, timeout: float, environ: Mapping[str, str] | None = None
    ) -> MqttNotifier:
        where = f"receivers[{cfg.name}]"
        if not cfg.topic_prefix or any(c in cfg.topic_prefix for c in "+#\x00"):
            raise ConfigError(f"{where}.topic_prefix: must be non-empty, without + or #")
        password = receiver_password(cfg, where, environ)
        context = receiver_tls_context(cfg, where)
        return cls(cfg, password=password, timeout=timeout, tls_context=context)

    async def send(self, alert: Alert) -> None:
        client = aiomqtt.Client(
            self._host,
            self._port,
            username=self._username,
            password=self._password.get() if self._password else None,
            identifier=f"diplomon-{uuid.uuid4().hex[:12]}",
            tls_context=self._tls,
            timeout=self._timeout,
        )
        try:
            async with asyncio.timeout(self._timeout):
                async with client:
                    await client.publish(
                        topic_for(self._prefix, alert), to_json(alert), qos=1, retain=True
                    )
        except TimeoutError:
            raise SinkError(
                f"receiver {self.name}: timed out", retryable=True, reason="timeout"
            ) from None
        except aiomqtt.MqttCodeError as exc:
            rc: object = exc.rc
            code = int(rc.value if isinstance(rc, ReasonCode) else rc if isinstance(rc, int) else 0)
            final = code in _NOT_AUTHORISED
            raise SinkError(
                f"receiver {self.name}: broker refused (code {code})",
                retryable=not final,
                reason="auth" if final else "mqtt",
            ) from None
        except (aiomqtt.MqttError, OSError) as exc:
            raise SinkError(
                f"receiver {self.name}: broker unreachable ({type(exc).__name__})",
                retryable=True,
                reason="connect",
            ) from None

    async def aclose(self) -> None:
        return None
