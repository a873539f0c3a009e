"""Generic webhook sink: the alert as JSON, signed with HMAC-SHA256.

Headers: ``X-Diplomon-Signature: sha256=<hex>`` over the exact body bytes,
``X-Diplomon-Alert-Id`` (the receiver's idempotency key: the same id is
never a new alert) and ``X-Diplomon-Alert-Key`` (the episode).
Retries are the dispatcher's: 429, 408, 5xx and timeouts come back.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Mapping

from alerts import http
from alerts.config import ReceiverConfig, env_dict
from alerts.render import strip_controls
from monitor.errors import ConfigError
from monitor.models import Alert, to_json
from monitor.secrets import Secret, resolve_secret

SIGNATURE_HEADER = "X-Diplomon-Signature"


def sign(key: bytes, body: bytes) -> str:
    """The signature header value for ``body``."""
    return "sha256=" + hmac.new(key, body, hashlib.sha256).hexdigest()


def verify(key: bytes, body: bytes, header: str) -> bool:
    """What a receiver does: constant-time check of the signature header."""
    return hmac.compare_digest(sign(key, body), header)


class WebhookNotifier:
    """POSTs each alert as JSON to one URL."""

    def __init__(self, name: str, url: Secret, key: Secret | None, *, timeout: float) -> None:
        self.name = name
        self._url = url
        self._key = key
        self._client = http.new_client(timeout)

    @classmethod
    def from_config(
        cls, cfg: ReceiverConfig, *, timeout: float, environ: Mapping[str, str] | None = None
    ) -> WebhookNotifier:
        where = f"receivers[{cfg.name}]"
        if not cfg.url:
            raise ConfigError(f"{where}.url is required for a webhook")
        env = env_dict(environ)
        url = resolve_secret(cfg.url, what=f"{where}.url", environ=env)
        if not url.get().startswith(("https://", "http://")):
            raise ConfigError(f"{where}.url: not an http(s) URL")
        key = (
            resolve_secret(cfg.secret, what=f"{where}.secret", environ=env) if cfg.secret else None
        )
        return cls(cfg.name, url, key, timeout=timeout)

    async def send(self, alert: Alert) -> None:
        body = to_json(alert)
        headers = {
            "Content-Type": "application/json",
            "X-Diplomon-Alert-Id": strip_controls(alert.id)[:200],
            "X-Diplomon-Alert-Key": strip_controls(alert.key)[:100],
        }
        if self._key is not None:
            headers[SIGNATURE_HEADER] = sign(self._key.get().encode("utf-8"), body)
        await http.post(self._client, self.name, self._url, body, headers)

    async def aclose(self) -> None:
        await self._client.aclose()
