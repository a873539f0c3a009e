"""The exchange detector: directed, decaying hostility per country pair, one episode per pair.

For a pair (A, B), each post by A's officials adds its hostility toward B to the
A->B intensity, which halves every ``half_life``. An episode opens (alert
``hostile_exchange``) when both directions are hostile within ``window`` and
above the thresholds, or when a severe act (sanction, expulsion, force,
ultimatum) by one side meets any hostile post by the other. ``escalated`` is
raised when the open episode's severity rises; ``resolved`` when a side
concedes or both directions decay. Hostility toward a third country never
touches the pair. ``observe`` and ``sweep`` are pure: states in, states out.
"""

from __future__ import annotations

from datetime import UTC, datetime

from msgspec.structs import replace

from monitor.detection.explain import alert_post, build_alert
from monitor.detection.settings import DetectorSettings, seconds
from monitor.detection.state import DyadState
from monitor.models import SEVERITY_RANK, Alert, AlertPost, Post, Score
from monitor.watchlist import Watchlist

_MAX_ACTORS = 12


def _utc(moment: datetime) -> datetime:
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def pair_key(one: str, other: str) -> str:
    a, b = sorted((one, other))
    return f"{a}-{b}"


class Detector:
    """Turns scored posts into alerts about country pairs."""

    def __init__(self, settings: DetectorSettings, watchlist: Watchlist) -> None:
        self.settings = settings
        self.watchlist = watchlist
        self._window = seconds(settings.window)
        self._half_life = seconds(settings.half_life)
        self._gap = seconds(settings.min_alert_gap)
        self._slow_window = seconds(settings.slow_window)
        self._slow_half_life = seconds(settings.slow_half_life)

    # ------------------------------------------------------------------ public
    def pairs(self, post: Post, score: Score) -> list[str]:
        """Sorted pair keys whose state this post may change ([] for most posts)."""
        own = score.author_country
        if not own or post.kind in ("repost", "delete"):
            return []  # a repost repeats a post already counted; a deletion adds nothing
        others = {t for t, h in score.hostility_by_target.items() if h > 0}
        others |= {e.target for e in score.events if e.target and e.weight > 0}
        return sorted({pair_key(own, other) for other in others if other != own})

    def observe(
        self, post: Post, score: Score, states: dict[str, DyadState | None]
    ) -> tuple[dict[str, DyadState], list[Alert]]:
        """The states this post changed (beyond decay) and the alerts raised; pure.

        ``states`` holds the current state (None if none yet) of each of
        ``pairs(post, score)``, which the caller has just computed to fetch them.
        """
        now = _utc(post.created_at)
        new_states: dict[str, DyadState] = {}
        alerts: list[Alert] = []
        own = score.author_country
        for key, state in states.items():
            a, b = key.split("-", 1)
            other = b if own == a else a
            hostility = score.hostility_by_target.get(other, 0.0)
            conceded = _concedes(score, other)
            if state is None:
                if hostility < self.settings.min_post_hostility:
                    continue
                state = DyadState(a=a, b=b, updated=now)
            else:
                state = _copy(state)
            self._decay(state, now)
            forward = own == state.a
            added = hostility >= self.settings.min_post_hostility
            if added:
                self._add(state, post, score, other, hostility, forward, now)
            if conceded:
                self._concede(state, forward)
                state.posts = _keep(state.posts, alert_post(post, score, other), self.settings)
            raised = self._evaluate(state, post.id, now, conceded)
            alerts.extend(raised)
            # Decay alone is not written: the next reader decays from ``updated`` to the
            # same values, and a routine post about a quiet pair then costs no write.
            if added or conceded or raised or state.open:
                new_states[key] = state
        return new_states, alerts

    def sweep(
        self, now: datetime, states: dict[str, DyadState]
    ) -> tuple[dict[str, DyadState], list[Alert]]:
        """Decay every state to ``now``; resolve open episodes that have cooled down."""
        now = _utc(now)
        new_states: dict[str, DyadState] = {}
        alerts: list[Alert] = []
        for key, old in states.items():
            state = _copy(old)
            self._decay(state, now)
            if state.open and self._cooled(state, now):
                trigger = state.posts[-1].id if state.posts else ""
                alerts.append(self._resolve(state, trigger, now, "decayed"))
            new_states[key] = state
        return new_states, alerts

    def intensities(self, state: DyadState, now: datetime) -> dict[str, float]:
        """ "A>B" -> current decayed intensity in that direction."""
        factor = self._factor(state.updated, _utc(now))
        return {
            f"{state.a}>{state.b}": round(state.ab * factor, 4),
            f"{state.b}>{state.a}": round(state.ba * factor, 4),
        }

    # ----------------------------------------------------------------- private
    def _factor(self, since: datetime, now: datetime) -> float:
        elapsed = (now - _utc(since)).total_seconds()
        return float(0.5 ** (max(0.0, elapsed) / self._half_life))

    def _slow_factor(self, since: datetime, now: datetime) -> float:
        elapsed = (now - _utc(since)).total_seconds()
        return float(0.5 ** (max(0.0, elapsed) / self._slow_half_life))

    def _decay(self, state: DyadState, now: datetime) -> None:
        if now > state.updated:
            factor = self._factor(state.updated, now)
            state.ab *= factor
            state.ba *= factor
            slow = self._slow_factor(state.updated, now)
            state.slow_ab *= slow
            state.slow_ba *= slow
            state.updated = now

    def _add(
        self,
        state: DyadState,
        post: Post,
        score: Score,
        other: str,
        hostility: float,
        forward: bool,
        now: datetime,
    ) -> None:
        amount = hostility * self._factor(now, state.updated)  # late posts count less
        slow = hostility * self._slow_factor(now, state.updated)
        severe = any(
            e.target == other and e.weight <= self.settings.severe_weight and not e.negated
            for e in score.events
        )
        if forward:
            state.ab += amount
            state.slow_ab += slow
            state.last_ab = max(now, state.last_ab) if state.last_ab else now
            if severe:
                state.severe_ab = now
        else:
            state.ba += amount
            state.slow_ba += slow
            state.last_ba = max(now, state.last_ba) if state.last_ba else now
            if severe:
                state.severe_ba = now
        reacts = any(e.cls == "REACTION" and e.target == other for e in score.events)
        if reacts:
            implied = min(self.settings.reaction_cap, self.settings.reaction_share * amount)
            if forward:
                state.ba += implied
                state.slow_ba += implied
                state.last_ba = max(now, state.last_ba) if state.last_ba else now
            else:
                state.ab += implied
                state.slow_ab += implied
                state.last_ab = max(now, state.last_ab) if state.last_ab else now
        state.posts = _keep(state.posts, alert_post(post, score, other), self.settings)
        if score.author_actor and score.author_actor not in state.actors:
            state.actors = [*state.actors, score.author_actor][-_MAX_ACTORS:]

    def _concede(self, state: DyadState, forward: bool) -> None:
        factor = self.settings.concession_factor
        if forward:
            state.ab *= factor
            state.slow_ab *= factor
            state.ba *= (1.0 + factor) / 2.0
            state.slow_ba *= (1.0 + factor) / 2.0
        else:
            state.ba *= factor
            state.slow_ba *= factor
            state.ab *= (1.0 + factor) / 2.0
            state.slow_ab *= (1.0 + factor) / 2.0

    def _recent(self, moment: datetime | None, now: datetime) -> bool:
        return moment is not None and (now - moment).total_seconds() <= self._window

    def _slow_exchange(self, state: DyadState, now: datetime) -> bool:
        """Strong hostility both ways within the slow window, however late the answer."""
        for last in (state.last_ab, state.last_ba):
            if last is None or (now - last).total_seconds() > self._slow_window:
                return False
        return min(state.slow_ab, state.slow_ba) >= self.settings.slow_threshold

    def _exchange(self, state: DyadState, now: datetime) -> bool:
        s = self.settings
        both = self._recent(state.last_ab, now) and self._recent(state.last_ba, now)
        if not both:
            return self._slow_exchange(state, now)
        if min(state.ab, state.ba) >= s.threshold and state.ab + state.ba >= s.combined_threshold:
            return True
        severe_ab = self._recent(state.severe_ab, now) and state.ba >= s.severe_reply_threshold
        severe_ba = self._recent(state.severe_ba, now) and state.ab >= s.severe_reply_threshold
        return severe_ab or severe_ba or self._slow_exchange(state, now)

    def _severity(self, state: DyadState, now: datetime) -> str:
        """``critical`` once a severe act (sanction, expulsion, force...) is in the window."""
        if self._recent(state.severe_ab, now) or self._recent(state.severe_ba, now):
            return "critical"
        return "warning"

    def _cooled(self, state: DyadState, now: datetime) -> bool:
        if max(state.ab, state.ba) < self.settings.resolve_below:
            return True
        return not (self._recent(state.last_ab, now) or self._recent(state.last_ba, now))

    def _evaluate(
        self, state: DyadState, trigger: str, now: datetime, conceded: bool
    ) -> list[Alert]:
        if state.open:
            if conceded:
                return [self._resolve(state, trigger, now, "a side conceded")]
            if self._cooled(state, now):
                return [self._resolve(state, trigger, now, "decayed")]
            severity = self._severity(state, now)
            if SEVERITY_RANK[severity] > SEVERITY_RANK[state.severity]:
                state.severity = severity
                state.change += 1
                state.last_seen = now
                return [build_alert(state, "escalated", trigger, now, self.intensities(state, now))]
            state.last_seen = now
            return []
        if not self._exchange(state, now):
            return []
        if state.resolved_at and (now - state.resolved_at).total_seconds() < self._gap:
            return []
        state.open = True
        state.episode += 1
        state.change = 0
        state.severity = self._severity(state, now)
        state.opened = now
        state.last_seen = now
        return [build_alert(state, "hostile_exchange", trigger, now, self.intensities(state, now))]

    def _resolve(self, state: DyadState, trigger: str, now: datetime, reason: str) -> Alert:
        state.open = False
        state.change += 1
        state.severity = "info"
        state.resolved_at = now
        state.last_seen = now
        return build_alert(
            state, "resolved", trigger, now, self.intensities(state, now), reason=reason
        )


def _concedes(score: Score, other: str) -> bool:
    return any(
        e.cls == "DEESCALATE" and e.target == other and e.weight > 0 and not e.negated
        for e in score.events
    )


def _copy(state: DyadState) -> DyadState:
    return replace(state, actors=list(state.actors), posts=list(state.posts))


def _keep(posts: list[AlertPost], new: AlertPost, settings: DetectorSettings) -> list[AlertPost]:
    """The kept posts with ``new`` last, at most ``max_posts``: each side's first post
    (what started it) and the most recent ones (what it is now)."""
    kept = [p for p in posts if p.id != new.id]
    kept.append(new)
    if len(kept) <= settings.max_posts:
        return kept
    firsts: dict[str | None, AlertPost] = {}
    for post in kept:
        firsts.setdefault(post.country, post)
    pinned = [p for p in firsts.values()][:2]
    rest = [p for p in kept if p not in pinned][-(settings.max_posts - len(pinned)) :]
    return sorted(pinned + rest, key=kept.index)
