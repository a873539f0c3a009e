"""The daemon's configuration: one TOML file, validated once at start-up.

Every table is a typed msgspec Struct; an unknown key or a wrong type stops
start-up with one message naming the file and the key. Environment
variables override the file for what differs per deployment (``REDIS_URL``
or ``DIPLOMON_REDIS_URL``, ``DIPLOMON_PREFIX``); secrets are referenced as
``env:NAME`` or ``file:PATH`` and resolved by the component that uses them.
"""

from __future__ import annotations

import os
import re
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import msgspec

from alerts.config import ReceiverConfig, RouteConfig, check_alerting
from connectors.config import SourceConfig
from monitor.durations import parse_duration
from monitor.errors import ConfigError
from monitor.keys import Keys
from monitor.ops_http import metrics_config


class RedisConfig(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    url: str | None = None  # absent -> the embedded store
    prefix: str = "dm"
    maxlen: int = 100_000  # approximate cap of each stream
    partitions: int = 1  # posts streams, split by author (deploy/SCALING.md)


class WatchlistConfig(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    files: list[str] = []
    include_default: bool = True


class WorkerConfig(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    batch: int = 250  # most entries per XREADGROUP (a backlog is read 250 at a time)
    block: str = "1s"  # longest blocking read; well under the socket timeout
    claim_idle: str = "30s"  # reclaim another consumer's entries idle this long
    max_deliveries: int = 5  # then the entry goes to the dead-letter stream
    seen_ttl: str = "7d"  # how long a scored post id is remembered
    shutdown_grace: str = "4s"


class LogConfig(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    json: bool = False
    level: str = "INFO"


class Settings(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    redis: RedisConfig = msgspec.field(default_factory=RedisConfig)
    watchlist: WatchlistConfig = msgspec.field(default_factory=WatchlistConfig)
    worker: WorkerConfig = msgspec.field(default_factory=WorkerConfig)
    log: LogConfig = msgspec.field(default_factory=LogConfig)
    sources: list[SourceConfig] = []
    receivers: list[ReceiverConfig] = []
    routes: list[RouteConfig] = []
    detector: dict[str, Any] = {}
    metrics: dict[str, Any] = {}
    source_file: str | None = None  # where the settings came from (not a config key)

    def keys(self) -> Keys:
        return Keys(self.redis.prefix, self.redis.partitions)


_PATH = re.compile(r" - at `\$\.?(.*)`$")


def _describe_validation(exc: msgspec.ValidationError) -> str:
    text = str(exc)
    match = _PATH.search(text)
    if not match:
        return text
    where = match.group(1) or "(top level)"
    return f"{where}: {text[: match.start()]}"


def parse_settings(
    text: str, source: str = "<config>", environ: Mapping[str, str] | None = None
) -> Settings:
    env = os.environ if environ is None else environ
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{source}: not valid TOML: {exc}") from exc
    try:
        settings = msgspec.convert(raw, Settings)
    except msgspec.ValidationError as exc:
        raise ConfigError(f"{source}: {_describe_validation(exc)}") from exc
    settings.source_file = source
    _apply_env(settings, env)
    _check(settings, source)
    return settings


def load_settings(path: str | Path | None, environ: Mapping[str, str] | None = None) -> Settings:
    """Settings from ``path`` (or defaults when None), with env overrides, validated."""
    if path is None:
        return parse_settings("", "<defaults>", environ)
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read config: {exc.strerror}") from exc
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{path}: not UTF-8 text") from exc
    settings = parse_settings(text, str(path), environ)
    base = path.parent
    settings.watchlist.files = [str(base / f) for f in settings.watchlist.files]
    return settings


def _apply_env(settings: Settings, env: Mapping[str, str]) -> None:
    url = env.get("DIPLOMON_REDIS_URL") or env.get("REDIS_URL")
    if url:
        settings.redis.url = url
    if env.get("DIPLOMON_PREFIX"):
        settings.redis.prefix = env["DIPLOMON_PREFIX"]
    if env.get("DIPLOMON_LOG_JSON", "").lower() in {"1", "true", "yes"}:
        settings.log.json = True


def _check(settings: Settings, source: str) -> None:
    """Checks a type cannot express, each naming its key."""
    durations = {
        "worker.block": settings.worker.block,
        "worker.claim_idle": settings.worker.claim_idle,
        "worker.seen_ttl": settings.worker.seen_ttl,
        "worker.shutdown_grace": settings.worker.shutdown_grace,
    }
    for i, src in enumerate(settings.sources):
        durations[f"sources[{i}].poll_interval"] = src.poll_interval
    for key, value in durations.items():
        try:
            parse_duration(value)
        except ValueError as exc:
            raise ConfigError(f"{source}: {key}: {exc}") from exc
    if not re.fullmatch(r"[A-Za-z0-9_.\-]+", settings.redis.prefix):
        raise ConfigError(f"{source}: redis.prefix: only letters, digits, '_', '-', '.'")
    if not 1 <= settings.redis.partitions <= 1024:
        raise ConfigError(f"{source}: redis.partitions: must be 1..1024")
    if settings.worker.batch < 1 or settings.worker.max_deliveries < 1:
        raise ConfigError(f"{source}: worker.batch and worker.max_deliveries must be >= 1")
    names = [r.name for r in settings.receivers]
    for i, route in enumerate(settings.routes):
        for name in route.receivers:
            if name not in names:
                raise ConfigError(f"{source}: routes[{i}].receivers: no receiver named {name!r}")
    try:
        check_alerting(settings.receivers, settings.routes)
    except ConfigError as exc:
        raise ConfigError(f"{source}: {exc}") from exc
    _check_detector(settings, source)
    metrics_config(settings.metrics, source)


def _check_detector(settings: Settings, source: str) -> None:
    from monitor.detection import DetectorSettings

    try:
        msgspec.convert(settings.detector, DetectorSettings)
    except msgspec.ValidationError as exc:
        raise ConfigError(f"{source}: detector.{_describe_validation(exc)}") from exc


def require_shared_store(settings: Settings, command: str) -> str:
    """The Redis URL a command that reads a running pipeline needs; ConfigError if none.

    The embedded store lives inside one process, so another command cannot see it.
    """
    if settings.redis.url is None:
        raise ConfigError(
            f"`diplomon {command}` reads a running pipeline, which needs a shared Redis: set "
            "REDIS_URL or [redis] url (the embedded store lives inside one process; "
            "`diplomon demo` shows the terminal view on its own)"
        )
    return settings.redis.url


def detector_settings(settings: Settings) -> Any:
    from monitor.detection import DetectorSettings

    return msgspec.convert(settings.detector, DetectorSettings)
