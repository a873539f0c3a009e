"""The bundled default watchlist: parses, covers 60+ countries, handles well-formed and unique."""

from __future__ import annotations

import re
import tomllib
from collections import Counter, defaultdict
from importlib import resources
from typing import Any

from monitor.gazetteer import fold, load_gazetteer
from monitor.watchlist import Actor, default_watchlist

HEADS = {"head_of_state", "head_of_government"}
FOREIGN = {"foreign_minister", "ministry"}
HANDLE_FORMS = {
    "x": r"[A-Za-z0-9_]{1,15}",
    "truthsocial": r"[A-Za-z0-9_]{1,30}",
    "bluesky": r"[a-z0-9-]+(\.[a-z0-9-]+)+",
    "mastodon": r"[A-Za-z0-9_]+@[a-z0-9-]+(\.[a-z0-9-]+)+",
    "telegram": r"[A-Za-z][A-Za-z0-9_]{4,31}",
    "rss": r"https://[^\s\"']+",
}


def raw_actors() -> list[dict[str, Any]]:
    text = resources.files("monitor.data").joinpath("watchlist.toml").read_text("utf-8")
    actors: list[dict[str, Any]] = tomllib.loads(text)["actors"]
    return actors


def actors() -> list[Actor]:
    return list(default_watchlist())


class TestParsing:
    """The file parses with the project's own loader."""

    def test_parses_with_default_watchlist(self) -> None:
        """default_watchlist() loads every actor in the file, none lost to id clashes."""
        assert len(default_watchlist()) == len(raw_actors()) >= 150

    def test_ids_unique_and_lowercase_hyphenated(self) -> None:
        """Actor ids are unique and lowercase-hyphenated."""
        ids = [a["id"] for a in raw_actors()]
        assert [i for i, n in Counter(ids).items() if n > 1] == []
        assert all(re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", i) for i in ids)

    def test_names_present(self) -> None:
        """Every actor has a display name."""
        assert all(a.name.strip() for a in actors())


class TestCoverage:
    """Who is watched."""

    def test_sixty_countries_with_head_and_foreign_ministry(self) -> None:
        """At least 60 countries have a head of state/government and a foreign minister or
        ministry, each with at least one handle."""
        roles: dict[str, set[str]] = defaultdict(set)
        for actor in actors():
            if actor.handles:
                roles[actor.country].add(actor.role)
        covered = [c for c, r in roles.items() if r & HEADS and r & FOREIGN and c != "EUU"]
        assert len(covered) >= 60, sorted(covered)

    def test_every_country_in_gazetteer(self) -> None:
        """Every actor's country code exists in the gazetteer."""
        gazetteer = load_gazetteer()
        assert sorted({a.country for a in actors()} - set(gazetteer)) == []

    def test_credential_free_sources_for_zero_config(self) -> None:
        """Bluesky, Mastodon, Telegram and RSS each have accounts to watch without keys."""
        platforms = Counter(p for a in actors() for p in a.handles)
        for platform in ("bluesky", "mastodon", "telegram", "rss"):
            assert platforms[platform] >= 1, platform
        assert platforms["rss"] + platforms["telegram"] + platforms["bluesky"] >= 10

    def test_x_is_the_broadest_platform(self) -> None:
        """Most actors have an X handle."""
        with_x = [a for a in actors() if "x" in a.handles]
        assert len(with_x) >= 150


class TestHandles:
    """Handles are well-formed and never shared."""

    def test_known_platforms_and_forms(self) -> None:
        """Every handle is on a known platform and has that platform's shape."""
        for actor in actors():
            for platform, handle in actor.handles.items():
                assert platform in HANDLE_FORMS, (actor.id, platform)
                assert re.fullmatch(HANDLE_FORMS[platform], handle), (actor.id, handle)

    def test_no_duplicate_handles(self) -> None:
        """No (platform, handle) belongs to two actors, case-insensitively."""
        seen = Counter(
            (platform, handle.casefold())
            for a in actors()
            for platform, handle in a.handles.items()
        )
        assert [k for k, n in seen.items() if n > 1] == []

    def test_lookup_by_handle(self) -> None:
        """The watchlist resolves a handle back to its actor."""
        watchlist = default_watchlist()
        for actor in watchlist:
            for platform, handle in actor.handles.items():
                found = watchlist.by_handle(handle.upper(), platform)
                assert found is not None and found.id == actor.id


class TestAliases:
    """Aliases help resolve targets; they must not point at two countries."""

    def test_aliases_not_blank(self) -> None:
        """Aliases are non-empty and trimmed."""
        for actor in actors():
            assert all(alias and alias == alias.strip() for alias in actor.aliases), actor.id

    def test_alias_names_one_country(self) -> None:
        """A folded alias never belongs to actors of two different countries."""
        owners: dict[str, set[str]] = defaultdict(set)
        for actor in actors():
            for alias in actor.aliases:
                owners[fold(alias)].add(actor.country)
        assert {a: c for a, c in owners.items() if len(c) > 1} == {}

    def test_leader_surnames_present(self) -> None:
        """Leaders are findable by the surnames posts use."""
        by_alias = {fold(alias): a.country for a in actors() for alias in a.aliases}
        for alias, country in [
            ("Petro", "COL"),
            ("Trump", "USA"),
            ("Lula", "BRA"),
            ("Putin", "RUS"),
            ("Erdogan", "TUR"),
            ("Bukele", "SLV"),
        ]:
            assert by_alias.get(fold(alias)) == country, alias
