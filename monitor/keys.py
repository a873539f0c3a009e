"""Every Redis key diplomon uses, under one prefix (default ``dm``)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Keys:
    prefix: str = "dm"

    def key(self, *parts: str) -> str:
        return ":".join((self.prefix, *parts))

    @property
    def posts(self) -> str:
        return self.key("posts")

    @property
    def scores(self) -> str:
        return self.key("scores")

    @property
    def alerts(self) -> str:
        return self.key("alerts")

    @property
    def dead(self) -> str:
        return self.key("dead")

    def dyad(self, pair: str) -> str:
        """Detector state of one country pair, e.g. ``dm:dyad:COL-USA``."""
        return self.key("dyad", pair)

    def seen(self, post_id: str) -> str:
        """Marks a post id as scored, so a duplicate is scored once."""
        return self.key("seen", post_id)
