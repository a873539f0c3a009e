"""The ``Notifier`` protocol every sink implements, and the factory for them.

A notifier turns one Alert into one message at one receiver. It raises
``SinkError(retryable=..., reason=...)`` and nothing else; the dispatcher
decides when to try again. Messages never carry a secret.
"""

from __future__ import annotations

import sys
from collections.abc import Mapping
from typing import Protocol, TextIO

from alerts.config import ReceiverConfig, env_dict, seconds
from monitor.errors import ConfigError
from monitor.models import Alert


class Notifier(Protocol):
    """One receiver: send an alert, or raise SinkError."""

    name: str

    async def send(self, alert: Alert) -> None: ...

    async def aclose(self) -> None: ...


def build_notifier(
    cfg: ReceiverConfig,
    *,
    environ: Mapping[str, str] | None = None,
    console_out: TextIO | None = None,
) -> Notifier:
    """The notifier for one ``[[receivers]]`` entry; secrets resolved here."""
    timeout = seconds(cfg.timeout, f"receivers[{cfg.name}].timeout")
    env = env_dict(environ)
    if cfg.type == "slack":
        from alerts.slack import SlackNotifier

        return SlackNotifier.from_config(cfg, timeout=timeout, environ=env)
    if cfg.type == "webhook":
        from alerts.webhook import WebhookNotifier

        return WebhookNotifier.from_config(cfg, timeout=timeout, environ=env)
    if cfg.type == "email":
        from alerts.email import EmailNotifier

        return EmailNotifier.from_config(cfg, timeout=timeout, environ=env)
    if cfg.type == "mqtt":
        from alerts.mqtt import MqttNotifier

        return MqttNotifier.from_config(cfg, timeout=timeout, environ=env)
    if cfg.type == "console":
        from alerts.console import ConsoleNotifier

        return ConsoleNotifier(cfg.name, console_out or sys.stdout)
    raise ConfigError(f"receivers[{cfg.name}].type: unknown receiver type {cfg.type!r}")
