"""The ``[[sources]]`` section of the config: one table per connector."""

from __future__ import annotations

import msgspec

from monitor.durations import parse_duration

PLATFORMS = ("x", "bluesky", "mastodon", "truthsocial", "rss", "telegram", "mqtt", "jsonl")


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
    # "10000/15m": overrides the documented request limit of the platform's main endpoint.
    rate_limit: str | None = None
    stream_url: str | None = None  # Jetstream / Mastodon streaming endpoint override


def parse_rate(text: str) -> tuple[int, float]:
    """``"300/5m"`` -> (300, 300.0): requests allowed per window of seconds."""
    count, sep, window = text.partition("/")
    if not sep or not count.strip().isdigit():
        raise ValueError(f"not a rate limit: {text!r} (use e.g. 300/5m)")
    seconds = parse_duration(window)
    if int(count) <= 0 or seconds <= 0:
        raise ValueError(f"not a rate limit: {text!r}")
    return int(count), seconds
