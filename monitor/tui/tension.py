"""The tension board: per country pair, hostility in each direction.

Current intensity is the detector's when its dyad state is available (see
``monitor.detection``); otherwise it is computed here from the scores stream as
a sum of hostilities that halves every ``half_life``. The 24 h sparkline is the
hostility per hour summed over both directions.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from monitor.scores_view import ScoredPost

HOURS = 24
HALF_LIFE = timedelta(hours=6)
REPLAY_GAP = timedelta(hours=24)
QUIET = 0.01


@dataclass
class PairTension:
    """One row of the board; ``a`` < ``b`` alphabetically, as in episode keys."""

    a: str
    b: str
    a_to_b: float = 0.0
    b_to_a: float = 0.0
    hourly: list[float] = field(default_factory=lambda: [0.0] * HOURS)
    last: datetime | None = None

    @property
    def key(self) -> str:
        return f"{self.a}-{self.b}"

    @property
    def peak(self) -> float:
        return max(self.a_to_b, self.b_to_a)


def reference_time(now: datetime, latest_post: datetime | None) -> datetime:
    """``now``, unless every post is older than a day (a replay): then the latest post."""
    if latest_post is not None and now - latest_post > REPLAY_GAP:
        return latest_post
    return now


def directed_hostility(scored: ScoredPost, author_country: str | None) -> dict[str, float]:
    """Target country -> hostility of this post toward it (self-targets dropped)."""
    score = scored.score
    if author_country is None:
        return {}
    by_target = dict(score.hostility_by_target)
    if not by_target and score.hostility > 0:
        by_target = dict.fromkeys(score.targets, score.hostility)
    return {t: h for t, h in by_target.items() if t != author_country and h > 0}


def _add(row: PairTension, source: str, value: float, moment: datetime, ref: datetime) -> None:
    age = max(timedelta(0), ref - moment)
    decayed = value * 0.5 ** (age / HALF_LIFE)
    if source == row.a:
        row.a_to_b += decayed
    else:
        row.b_to_a += decayed
    hour = int(age / timedelta(hours=1))
    if hour < HOURS:
        row.hourly[HOURS - 1 - hour] += value
    row.last = moment if row.last is None else max(row.last, moment)


def build_board(
    posts: Iterable[tuple[ScoredPost, str | None]],
    ref: datetime,
    detector: Mapping[str, Mapping[str, float]] | None = None,
) -> list[PairTension]:
    """Board rows, hottest first. ``posts`` pairs each post with its author's country.

    ``detector`` maps a pair key to the detector's ``{"COL>USA": x, "USA>COL": y}``;
    where present it replaces the local estimate of current intensity.
    """
    rows: dict[str, PairTension] = {}
    for scored, country in posts:
        moment = scored.post.created_at
        if country is None or moment > ref + timedelta(minutes=5):
            continue
        for target, value in directed_hostility(scored, country).items():
            a, b = sorted((country, target))
            row = rows.setdefault(f"{a}-{b}", PairTension(a, b))
            _add(row, country, value, moment, ref)
    for key, intensities in (detector or {}).items():
        a, _, b = key.partition("-")
        if key not in rows and max(intensities.values(), default=0.0) < QUIET:
            continue  # a pair the detector remembers but that has gone quiet
        row = rows.setdefault(key, PairTension(a, b))
        row.a_to_b = intensities.get(f"{a}>{b}", row.a_to_b)
        row.b_to_a = intensities.get(f"{b}>{a}", row.b_to_a)
    return sorted(rows.values(), key=lambda r: (-r.peak, r.key))
