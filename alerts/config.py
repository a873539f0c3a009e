"""The ``[[receivers]]`` and ``[[routes]]`` sections of the config."""

from __future__ import annotations

import msgspec


class ReceiverConfig(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    name: str
    type: str  # slack, email, mqtt, webhook, console
    webhook_url: str | None = None  # slack: "env:NAME" or "file:PATH"
    url: str | None = None  # webhook endpoint, or mqtt://host:port
    secret: str | None = None  # webhook HMAC key: "env:NAME" or "file:PATH"
    host: str | None = None
    port: int | None = None
    tls: str = "starttls"  # email: starttls, tls, none
    username: str | None = None
    password: str | None = None  # "env:NAME" or "file:PATH"
    sender: str | None = None
    to: list[str] = []
    topic_prefix: str = "diplomon/alerts"
    timeout: str = "10s"
    send_resolved: bool = True


class RouteMatch(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    min_severity: str | None = None
    countries: list[str] | None = None
    actors: list[str] | None = None
    kind: list[str] | None = None


class RouteConfig(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    match: RouteMatch = msgspec.field(default_factory=RouteMatch)
    receivers: list[str] = []
    continue_: bool = msgspec.field(default=True, name="continue")
    group_wait: str = "0s"
    repeat_interval: str = "4h"
