"""What the terminal view knows: recent scored posts and alerts, and the filters.

Pure data and logic, no widgets, so that it is tested directly.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from monitor.models import SEVERITY_RANK, Alert
from monitor.scores_view import ScoredPost, author_actor, matches
from monitor.tui.tension import PairTension, build_board
from monitor.watchlist import Watchlist

ENDED_WINDOW = timedelta(hours=72)  # how long an ended episode stays in the alerts pane


@dataclass(frozen=True)
class Filters:
    """Narrowing of every pane: author actor (id or handle), country, min hostility."""

    actor: str | None = None
    country: str | None = None
    min_hostility: float = 0.0
    pair: tuple[str, str] | None = None  # set from the tension board

    @property
    def active(self) -> bool:
        return self != Filters()

    def describe(self) -> str:
        parts = []
        if self.actor:
            parts.append(f"actor={self.actor}")
        if self.country:
            parts.append(f"country={self.country}")
        if self.min_hostility > 0:
            parts.append(f"host≥{self.min_hostility:.2f}")
        if self.pair:
            parts.append("pair=" + "-".join(self.pair))
        return " ".join(parts) or "none"

    def with_value(self, name: str, raw: str) -> Filters:
        """A copy with one filter set from what the user typed (empty clears it)."""
        text = raw.strip()
        if name == "min_hostility":
            value = float(text) if text else 0.0
            if not 0.0 <= value <= 1.0:
                raise ValueError("minimum hostility is between 0 and 1")
            return replace(self, min_hostility=value)
        if name == "country":
            return replace(self, country=text.upper() or None)
        return replace(self, actor=text.lstrip("@") or None)

    def accepts_post(self, scored: ScoredPost, watchlist: Watchlist) -> bool:
        if scored.score.hostility < self.min_hostility:
            return False
        if self.pair and not _between(scored, self.pair, watchlist):
            return False
        return matches(scored, watchlist, actor=self.actor, country=self.country)

    def accepts_alert(self, alert: Alert) -> bool:
        if self.country and self.country not in alert.countries:
            return False
        if self.pair and tuple(sorted(self.pair)) != tuple(alert.countries):
            return False
        if not self.actor:
            return True
        wanted = self.actor.casefold()
        if wanted in {a.casefold() for a in alert.actors}:
            return True
        return any(p.author.casefold() == wanted for p in alert.posts)

    def accepts_pair(self, row: PairTension) -> bool:
        if self.pair and set(self.pair) != {row.a, row.b}:
            return False
        return not self.country or self.country in (row.a, row.b)


def episode_of(alert: Alert) -> str:
    """The episode part of an alert id ``"{key}#{episode}.{change}"``."""
    head, sep, _ = alert.id.rpartition(".")
    return head if sep and "#" in head else f"{alert.key}@{alert.first_seen.isoformat()}"


def _between(scored: ScoredPost, pair: tuple[str, str], watchlist: Watchlist) -> bool:
    """The post is by one country of the pair and aimed at the other."""
    country = author_actor(scored, watchlist)[1]
    if country not in pair:
        return False
    other = pair[1] if country == pair[0] else pair[0]
    return other in scored.score.targets or other in scored.score.hostility_by_target


class FeedState:
    """Bounded memory of the newest entries, oldest first."""

    def __init__(self, watchlist: Watchlist, *, max_posts: int = 1000, max_alerts: int = 500):
        self.watchlist = watchlist
        self.posts: deque[tuple[ScoredPost, str | None]] = deque(maxlen=max_posts)
        self.alerts: deque[Alert] = deque(maxlen=max_alerts)
        self._by_post_id: dict[str, ScoredPost] = {}

    def add_scores(self, batch: Iterable[ScoredPost]) -> None:
        for scored in batch:
            if len(self.posts) == self.posts.maxlen:
                old, _ = self.posts[0]
                self._by_post_id.pop(old.post.id, None)
            self.posts.append((scored, author_actor(scored, self.watchlist)[1]))
            self._by_post_id[scored.post.id] = scored

    def add_alerts(self, batch: Iterable[Alert]) -> None:
        self.alerts.extend(batch)

    def latest_post_time(self) -> datetime | None:
        return max((s.post.created_at for s, _ in self.posts), default=None)

    def find_post(self, post_id: str) -> ScoredPost | None:
        return self._by_post_id.get(post_id)

    def find_entry(self, entry_id: str) -> ScoredPost | None:
        return next((s for s, _ in self.posts if s.entry_id == entry_id), None)

    def find_alert(self, alert_id: str) -> Alert | None:
        return next((a for a in reversed(self.alerts) if a.id == alert_id), None)

    def visible_posts(self, filters: Filters, limit: int = 500) -> list[ScoredPost]:
        """Newest first."""
        out: list[ScoredPost] = []
        for scored, _ in reversed(self.posts):
            if filters.accepts_post(scored, self.watchlist):
                out.append(scored)
                if len(out) >= limit:
                    break
        return out

    def _latest_per_key(self, alerts: Iterable[Alert]) -> dict[str, Alert]:
        latest: dict[str, Alert] = {}
        for alert in alerts:
            latest[alert.key] = alert
        return latest

    def open_alerts(self, filters: Filters) -> list[Alert]:
        """The latest alert of each pair that is not resolved, most severe first."""
        latest = self._latest_per_key(self.alerts).values()
        live = [a for a in latest if a.kind != "resolved" and filters.accepts_alert(a)]
        live.sort(key=lambda a: a.last_seen, reverse=True)
        live.sort(key=lambda a: SEVERITY_RANK.get(a.severity, 0), reverse=True)
        return live

    def ended_alerts(
        self, filters: Filters, ref: datetime, window: timedelta = ENDED_WINDOW
    ) -> list[Alert]:
        """Episodes resolved within ``window`` before ``ref``, newest first."""
        latest = self._latest_per_key(self.alerts).values()
        ended = [
            a
            for a in latest
            if a.kind == "resolved" and ref - a.last_seen <= window and filters.accepts_alert(a)
        ]
        return sorted(ended, key=lambda a: a.last_seen, reverse=True)

    def history(self, alert: Alert) -> list[Alert]:
        """Every change of this alert's episode seen so far, oldest first."""
        episode = episode_of(alert)
        changes = {a.id: a for a in self.alerts if a.key == alert.key and episode_of(a) == episode}
        return list(changes.values())  # a change delivered twice is listed once

    def episodes_for(self, post_id: str) -> list[Alert]:
        """The latest state of each episode whose alerts quoted this post."""
        keys = {a.key for a in self.alerts if any(p.id == post_id for p in a.posts)}
        latest = self._latest_per_key(a for a in self.alerts if a.key in keys)
        return list(latest.values())

    def board(
        self,
        filters: Filters,
        ref: datetime,
        detector: Mapping[str, Mapping[str, float]] | None = None,
    ) -> list[PairTension]:
        rows = build_board(self.posts, ref, detector)
        return [r for r in rows if filters.accepts_pair(r)]
