"""Entry points the daemon calls: build every configured source and run them supervised.

Each connector runs in its own task under a supervisor: an unexpected crash is
logged once (with its traceback), counted, and the connector restarted after
a capped backoff, while every other source goes on. A source whose config is
unusable (unknown platform, missing token) is logged and skipped.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Mapping, Sequence
from typing import Protocol
from urllib.parse import urlsplit

import msgspec
from redis.asyncio import Redis

from connectors.base import Runtime, backoff_delay
from connectors.bluesky import BlueskyConnector
from connectors.config import PLATFORMS, SourceConfig
from connectors.files import JsonlConnector, MqttConnector
from connectors.jetstream import JetstreamConnector
from connectors.mastodon import MastodonConnector, TruthSocialConnector
from connectors.rss import RssConnector
from connectors.streaming import MastodonStreamConnector
from connectors.telegram import TelegramConnector
from connectors.x import XConnector
from monitor.errors import ConfigError
from monitor.keys import Keys
from monitor.metrics import CONNECTOR_ERRORS
from monitor.secrets import Secret, resolve_secret
from monitor.watchlist import Watchlist

log = logging.getLogger("diplomon.connectors")
X_TOKEN_ENV = "DIPLOMON_X_BEARER_TOKEN"
TRUTH_TOKEN_ENV = "DIPLOMON_TRUTHSOCIAL_TOKEN"
STOP_GRACE = 0.8


class Connector(Protocol):
    name: str

    async def run(self, stop: asyncio.Event) -> None: ...


def default_sources(environ: Mapping[str, str]) -> list[SourceConfig]:
    """Every credential-free platform for the watchlist's handles, plus X/Truth Social
    when their tokens are in the environment. Mastodon handles are polled at their
    own home instance (``user@instance``)."""
    sources = [
        SourceConfig(platform="bluesky", poll_interval="60s", stream=True),
        SourceConfig(platform="mastodon", poll_interval="60s"),
        SourceConfig(platform="rss", poll_interval="5m"),
        SourceConfig(platform="telegram", poll_interval="2m"),
    ]
    if environ.get(X_TOKEN_ENV):
        sources.append(SourceConfig(platform="x", poll_interval="60s", token=f"env:{X_TOKEN_ENV}"))
    if environ.get(TRUTH_TOKEN_ENV):
        sources.append(
            SourceConfig(
                platform="truthsocial", poll_interval="60s", token=f"env:{TRUTH_TOKEN_ENV}"
            )
        )
    return sources


def _accounts(source: SourceConfig, watchlist: Watchlist) -> list[str]:
    if source.accounts is not None:
        return list(source.accounts)
    return [handle for _, handle in watchlist.handles_on(source.platform)]


def _by_instance(source: SourceConfig, accounts: Sequence[str]) -> dict[str, list[str]]:
    """Mastodon accounts grouped by the instance that polls them."""
    if source.base_url:
        host = (urlsplit(source.base_url).hostname or "").casefold()
        mine = [
            a
            for a in accounts
            if "@" not in a.lstrip("@") or a.rsplit("@", 1)[1].casefold() == host
        ]
        return {source.base_url: mine}
    groups: dict[str, list[str]] = {}
    for account in accounts:
        instance = account.lstrip("@").partition("@")[2]
        base = f"https://{instance}" if instance else MastodonConnector.default_base_url
        groups.setdefault(base, []).append(account)
    return groups


def build_connectors(
    index: int, source: SourceConfig, watchlist: Watchlist, runtime: Runtime
) -> list[Connector]:
    """The connectors one ``[[sources]]`` table stands for; raises ConfigError."""
    if source.platform not in PLATFORMS:
        raise ConfigError(f"sources[{index}].platform: unknown platform {source.platform!r}")
    token: Secret | None = None
    if source.token:
        token = resolve_secret(source.token, what=f"sources[{index}].token")
    accounts = _accounts(source, watchlist)
    platform = source.platform
    if platform == "x":
        if token is None:
            raise ConfigError(f"sources[{index}]: x needs `token` (an app bearer token)")
        return [XConnector(runtime, source, accounts, token)]
    if platform == "bluesky":
        found: list[Connector] = [BlueskyConnector(runtime, source, accounts)]
        if source.stream:
            found.append(JetstreamConnector(runtime, source, accounts))
        return found
    if platform == "mastodon":
        return _mastodon(source, accounts, runtime, token)
    if platform == "truthsocial":
        return [TruthSocialConnector(runtime, source, accounts, token)]
    if platform == "rss":
        return [RssConnector(runtime, source, accounts)]
    if platform == "telegram":
        return [TelegramConnector(runtime, source, accounts)]
    if platform == "mqtt":
        return [MqttConnector(runtime, source)]
    return [JsonlConnector(runtime, source, accounts)]


def _mastodon(
    source: SourceConfig, accounts: list[str], runtime: Runtime, token: Secret | None
) -> list[Connector]:
    found: list[Connector] = []
    for base, group in _by_instance(source, accounts).items():
        per_instance = msgspec.structs.replace(source, base_url=base, accounts=group)
        found.append(MastodonConnector(runtime, per_instance, group, token))
        if source.stream and token is not None:
            found.append(MastodonStreamConnector(runtime, per_instance, group, token))
    return found


async def _supervise(connector: Connector, stop: asyncio.Event, runtime: Runtime) -> None:
    failures = 0
    while not stop.is_set():
        try:
            await connector.run(stop)
            return
        except asyncio.CancelledError:
            raise
        except Exception:
            failures += 1
            CONNECTOR_ERRORS.labels(connector=connector.name, reason="crash").inc()
            if failures == 1:
                log.exception(
                    "%s crashed; restarting it with backoff",
                    connector.name,
                    extra={"connector": connector.name},
                )
            delay = min(
                runtime.tuning.reconnect_cap, backoff_delay(failures, runtime.tuning, runtime.rng)
            )
            await runtime.clock.sleep(delay)


def build_all(
    sources: Sequence[SourceConfig], watchlist: Watchlist, runtime: Runtime
) -> list[Connector]:
    """Every connector of every source; a bad source is logged and skipped."""
    connectors: list[Connector] = []
    for index, source in enumerate(sources):
        try:
            connectors += build_connectors(index, source, watchlist, runtime)
        except (ConfigError, ValueError) as exc:
            CONNECTOR_ERRORS.labels(connector=source.platform, reason="config").inc()
            log.error("source skipped: %s", exc, extra={"connector": source.platform})
    return connectors


async def run_connectors(
    connectors: Sequence[Connector], stop: asyncio.Event, runtime: Runtime
) -> None:
    tasks = [asyncio.create_task(_supervise(c, stop, runtime), name=c.name) for c in connectors]
    for connector in connectors:
        log.info("watching %s", connector.name, extra={"connector": connector.name})
    try:
        await stop.wait()
    finally:
        for task in tasks:
            task.cancel()
        if tasks:
            await asyncio.wait(tasks, timeout=STOP_GRACE)


async def run_sources(
    sources: list[SourceConfig],
    watchlist: Watchlist,
    redis: Redis,
    keys: Keys,
    stop: asyncio.Event,
    *,
    runtime: Runtime | None = None,
) -> None:
    """Run every configured source until ``stop`` is set, each supervised independently."""
    runtime = runtime or Runtime(redis=redis, keys=keys)
    await run_connectors(build_all(sources, watchlist, runtime), stop, runtime)
