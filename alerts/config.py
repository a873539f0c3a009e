"""The ``[[receivers]]`` and ``[[routes]]`` sections of the config.

Secrets (``webhook_url``, ``url`` of a webhook, ``secret``, ``password``) are
written as ``env:NAME`` or ``file:PATH``; a literal works but is discouraged.
Durations are strings such as ``500ms``, ``30s``, ``5m``, ``4h``.
"""

from __future__ import annotations

import ssl
from collections.abc import Mapping

import msgspec

from monitor.durations import parse_duration
from monitor.errors import ConfigError
from monitor.secrets import Secret, resolve_secret

RECEIVER_TYPES = ("slack", "email", "mqtt", "webhook", "console")
SUBJECT_TEMPLATE = "[diplomon] {severity} {pair}: {kind} - {summary}"


class ReceiverConfig(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    name: str
    type: str  # slack, email, mqtt, webhook, console
    webhook_url: str | None = None  # slack: "env:NAME" or "file:PATH"
    url: str | None = None  # webhook endpoint, or mqtt://host:port
    secret: str | None = None  # webhook HMAC key: "env:NAME" or "file:PATH"
    host: str | None = None
    port: int | None = None
    # email: auto (none to a loopback relay, implicit TLS on 465, else forced STARTTLS),
    # starttls, tls or none; mqtt: tls or none (or the mqtts:// scheme)
    tls: str = "auto"
    ca_file: str | None = None  # extra CA bundle (PEM) for a private certificate
    username: str | None = None
    password: str | None = None  # "env:NAME" or "file:PATH"
    sender: str | None = None
    to: list[str] = []
    subject: str = SUBJECT_TEMPLATE  # email: fields {severity} {pair} {kind} {summary} {key}
    topic_prefix: str = "diplomon/alerts"
    timeout: str = "10s"  # whole send, per attempt
    send_resolved: bool = True
    retry_initial: str = "500ms"  # first backoff after a retryable failure
    retry_max: str = "60s"  # backoff cap; Retry-After is honoured up to 10x this


class RouteMatch(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    min_severity: str | None = None
    countries: list[str] | None = None  # any of these countries is in the pair
    actors: list[str] | None = None  # any of these actors is involved
    kind: list[str] | None = None


class RouteConfig(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    match: RouteMatch = msgspec.field(default_factory=RouteMatch)
    receivers: list[str] = []
    continue_: bool = msgspec.field(default=True, name="continue")
    group_wait: str = "0s"
    repeat_interval: str = "4h"


def env_dict(environ: Mapping[str, str] | None) -> dict[str, str] | None:
    """A copy of ``environ`` for resolve_secret, or None for the process env."""
    return dict(environ) if environ is not None else None


def receiver_password(
    cfg: ReceiverConfig, where: str, environ: Mapping[str, str] | None
) -> Secret | None:
    """The receiver's password secret, resolved (env:/file:), or None."""
    if not cfg.password:
        return None
    return resolve_secret(cfg.password, what=f"{where}.password", environ=env_dict(environ))


def receiver_tls_context(cfg: ReceiverConfig, where: str) -> ssl.SSLContext | None:
    """A verifying TLS context trusting ``ca_file`` too, or None for the system default."""
    if not cfg.ca_file:
        return None
    try:
        return ssl.create_default_context(cafile=cfg.ca_file)
    except (OSError, ssl.SSLError) as exc:
        raise ConfigError(f"{where}.ca_file: cannot load {cfg.ca_file}: {exc}") from None


def seconds(value: str, what: str) -> float:
    """A config duration in seconds, or ConfigError naming the key."""
    try:
        return parse_duration(value)
    except ValueError as exc:
        raise ConfigError(f"{what}: {exc}") from exc


def check_alerting(receivers: list[ReceiverConfig], routes: list[RouteConfig]) -> None:
    """Validate what a type cannot express; raises ConfigError naming the key."""
    names = [r.name for r in receivers]
    if len(set(names)) != len(names):
        raise ConfigError("receivers: two receivers share a name")
    for r in receivers:
        where = f"receivers[{r.name}]"
        if r.type not in RECEIVER_TYPES:
            raise ConfigError(f"{where}.type: {r.type!r} is not one of {', '.join(RECEIVER_TYPES)}")
        for field in ("timeout", "retry_initial", "retry_max"):
            seconds(getattr(r, field), f"{where}.{field}")
    for i, route in enumerate(routes):
        seconds(route.group_wait, f"routes[{i}].group_wait")
        seconds(route.repeat_interval, f"routes[{i}].repeat_interval")
        sev = route.match.min_severity
        if sev is not None and sev not in ("info", "warning", "critical"):
            raise ConfigError(f"routes[{i}].match.min_severity: {sev!r} is not a severity")
        for name in route.receivers:
            if name not in names:
                raise ConfigError(f"routes[{i}].receivers: no receiver named {name!r}")
