"""``diplomon silence add|list|expire``: mute alerts for a while.

    diplomon silence add --countries COL,USA --for 2h --reason "talks under way"
    diplomon silence add --actor usa-president --kind escalated --for 30m --reason "..."
    diplomon silence list [--json]
    diplomon silence expire ID

Silences live in the Redis named by ``--config`` (or ``REDIS_URL``), under
its prefix, so the running dispatcher sees them at once.
"""

from __future__ import annotations

import argparse
import asyncio
import getpass
import json
import sys
from collections.abc import Awaitable, Callable
from typing import Any, TextIO

import msgspec
from redis.asyncio import Redis

from alerts.config import seconds
from alerts.silence import (
    Silence,
    add_silence,
    expire_silence,
    list_silences,
    new_silence,
)
from monitor.errors import ConfigError
from monitor.keys import Keys

Action = Callable[[Redis, Keys, argparse.Namespace, TextIO], Awaitable[int]]


def add_silence_parser(subparsers: argparse._SubParsersAction[Any]) -> None:
    """Register ``silence add|list|expire`` on the ``diplomon`` command line."""
    parser = subparsers.add_parser("silence", help="mute alerts by countries, actor or kind")
    commands = parser.add_subparsers(metavar="ACTION", required=True)

    add = commands.add_parser("add", help="add a silence")
    add.add_argument("--countries", help="one or two ISO codes, e.g. COL,USA")
    add.add_argument("--actor", help="a watchlist actor id")
    add.add_argument("--kind", choices=["hostile_exchange", "escalated", "resolved"])
    add.add_argument("--for", dest="duration", required=True, help="how long, e.g. 30m, 2h, 1d")
    add.add_argument("--reason", required=True, help="why (shown in `silence list`)")
    add.add_argument("--author", default=None, help="who (default: the login name)")
    _common(add, _add)

    listing = commands.add_parser("list", help="show active silences")
    listing.add_argument("--json", action="store_true", help="one JSON object per line")
    _common(listing, _list)

    expire = commands.add_parser("expire", help="end a silence now")
    expire.add_argument("id", help="the silence id from `silence list`")
    _common(expire, _expire)


def _common(parser: argparse.ArgumentParser, action: Action) -> None:
    parser.add_argument(
        "--config", "-c", metavar="FILE", help="config file (TOML) naming the Redis"
    )
    parser.set_defaults(handler=lambda args: _run(action, args))


def _run(action: Action, args: argparse.Namespace, out: TextIO | None = None) -> int:
    return asyncio.run(_with_store(action, args, out or sys.stdout))


async def _with_store(action: Action, args: argparse.Namespace, out: TextIO) -> int:
    from monitor.config import load_settings
    from monitor.store import open_store

    settings = load_settings(args.config)
    if settings.redis.url is None:
        raise ConfigError("silences need a shared Redis: set [redis].url in --config or REDIS_URL")
    redis = await open_store(settings.redis.url)
    try:
        return await action(redis, Keys(prefix=settings.redis.prefix), args, out)
    finally:
        await redis.aclose()


async def _add(redis: Redis, keys: Keys, args: argparse.Namespace, out: TextIO) -> int:
    countries = [c for c in (args.countries or "").split(",") if c.strip()]
    silence = new_silence(
        countries=countries,
        actor=args.actor,
        kind=args.kind,
        duration=seconds(args.duration, "--for"),
        reason=args.reason,
        author=args.author if args.author is not None else _login(),
    )
    await add_silence(redis, keys, silence)
    out.write(f"silence {silence.id} added: {silence.describe()} until {_at(silence)}\n")
    return 0


async def _list(redis: Redis, keys: Keys, args: argparse.Namespace, out: TextIO) -> int:
    silences = await list_silences(redis, keys)
    for s in silences:
        if args.json:
            out.write(json.dumps(msgspec.to_builtins(s), ensure_ascii=False) + "\n")
        else:
            out.write(f"{s.id}  until {_at(s)}  {s.describe()}  by {s.author or '-'}: {s.reason}\n")
    if not silences and not args.json:
        out.write("no active silences\n")
    return 0


async def _expire(redis: Redis, keys: Keys, args: argparse.Namespace, out: TextIO) -> int:
    if await expire_silence(redis, keys, args.id):
        out.write(f"silence {args.id} expired\n")
        return 0
    out.write(f"no active silence {args.id}\n")
    return 1


def _at(silence: Silence) -> str:
    return silence.ends_at.strftime("%Y-%m-%d %H:%M:%S UTC")


def _login() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return ""
