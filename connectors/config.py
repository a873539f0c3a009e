"""The ``[[sources]]`` section of the config: one table per connector."""

from __future__ import annotations

import msgspec


class SourceConfig(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    platform: str  # x, bluesky, mastodon, truthsocial, rss, telegram, mqtt, jsonl
    base_url: str | None = None
    accounts: list[str] | None = None  # None: every watchlist actor with a handle there
    poll_interval: str = "60s"
    token: str | None = None  # "env:NAME" or "file:PATH"; resolved at start-up
    path: str | None = None  # jsonl
    topic: str | None = None  # mqtt
    stream: bool = True  # use the platform's push API where it has one
    timeout: str = "10s"
