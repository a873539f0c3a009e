"""The watchlist: who is watched, on which platforms, for which country.

A watchlist file is TOML with ``[[actors]]`` tables (see DESIGN.md). The
project ships a default watchlist (``monitor/data/watchlist.toml``); user
files are added to it, and a user actor with the same id replaces the
bundled one.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable, Iterator
from importlib import resources
from pathlib import Path
from typing import Literal

import msgspec

from monitor.errors import ConfigError

Role = Literal[
    "head_of_state",
    "head_of_government",
    "foreign_minister",
    "minister",
    "ministry",
    "embassy",
    "spokesperson",
    "other",
]


class Actor(msgspec.Struct, frozen=True, kw_only=True):
    id: str
    name: str
    country: str
    role: Role = "other"
    handles: dict[str, str] = {}
    aliases: tuple[str, ...] = ()


class _WatchlistFile(msgspec.Struct):
    actors: list[Actor] = []


class Watchlist:
    """Actors indexed by id and by (platform, handle), handles case-insensitive."""

    def __init__(self, actors: Iterable[Actor] = ()) -> None:
        self._by_id: dict[str, Actor] = {}
        self._by_handle: dict[tuple[str, str], Actor] = {}
        self._by_bare_handle: dict[str, Actor] = {}
        for actor in actors:
            self.add(actor)

    def add(self, actor: Actor) -> None:
        self._by_id[actor.id] = actor
        for platform, handle in actor.handles.items():
            key = _norm_handle(handle)
            self._by_handle[(platform, key)] = actor
            self._by_bare_handle.setdefault(key, actor)

    def __iter__(self) -> Iterator[Actor]:
        return iter(self._by_id.values())

    def __len__(self) -> int:
        return len(self._by_id)

    def get(self, actor_id: str) -> Actor | None:
        return self._by_id.get(actor_id)

    def by_handle(self, handle: str, platform: str | None = None) -> Actor | None:
        """The actor with this handle, on this platform if given, else on any."""
        key = _norm_handle(handle)
        if platform is not None:
            found = self._by_handle.get((platform, key))
            if found is not None:
                return found
        return self._by_bare_handle.get(key)

    def handles_on(self, platform: str) -> list[tuple[Actor, str]]:
        return [(a, a.handles[platform]) for a in self._by_id.values() if platform in a.handles]

    def merged(self, other: Watchlist) -> Watchlist:
        return Watchlist([*self, *other])


def _norm_handle(handle: str) -> str:
    return handle.strip().lstrip("@").casefold()


def parse_watchlist(text: str, source: str = "<watchlist>") -> Watchlist:
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{source}: not valid TOML: {exc}") from exc
    try:
        parsed = msgspec.convert(raw, _WatchlistFile)
    except msgspec.ValidationError as exc:
        raise ConfigError(f"{source}: {exc}") from exc
    return Watchlist(parsed.actors)


def load_watchlist(path: str | Path) -> Watchlist:
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read watchlist: {exc.strerror}") from exc
    return parse_watchlist(text, str(path))


def default_watchlist() -> Watchlist:
    """The bundled watchlist of heads of state/government and foreign ministers."""
    text = resources.files("monitor.data").joinpath("watchlist.toml").read_text("utf-8")
    return parse_watchlist(text, "monitor/data/watchlist.toml")


def build_watchlist(files: Iterable[str | Path] = (), *, include_default: bool = True) -> Watchlist:
    watchlist = default_watchlist() if include_default else Watchlist()
    for path in files:
        watchlist = watchlist.merged(load_watchlist(path))
    return watchlist
