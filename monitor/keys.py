"""Every Redis key diplomon uses, under one prefix (default ``dm``)."""

from __future__ import annotations

import zlib
from dataclasses import dataclass


@dataclass(frozen=True)
class Keys:
    prefix: str = "dm"
    partitions: int = 1  # posts streams, split by author (see deploy/SCALING.md)

    def key(self, *parts: str) -> str:
        return ":".join((self.prefix, *parts))

    @property
    def posts(self) -> str:
        return self.key("posts")

    def posts_partition(self, author: str) -> str:
        """The posts stream an author's posts go to: one author, one stream, in order."""
        if self.partitions <= 1:
            return self.posts
        index = zlib.crc32(author.casefold().encode()) % self.partitions
        return self.posts if index == 0 else f"{self.posts}:{index}"

    @property
    def posts_streams(self) -> list[str]:
        """Every posts stream; the first is always ``{prefix}:posts``."""
        return [self.posts] + [f"{self.posts}:{i}" for i in range(1, self.partitions)]

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

    def dyad_version(self, pair: str) -> str:
        """A new token with every write of ``dyad(pair)``: workers compare it, not the state."""
        return self.key("dyadv", pair)

    def seen(self, post_id: str) -> str:
        """Marks a post id as scored, so a duplicate is scored once."""
        return self.key("seen", post_id)
