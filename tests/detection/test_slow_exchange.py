"""Slow exchanges: a strong accusation answered days later is still an exchange."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from monitor.detection import Detector, DetectorSettings
from monitor.detection.state import DyadState
from monitor.models import Alert, Event, Post, Score
from monitor.watchlist import Actor, Watchlist

WATCHLIST = Watchlist(
    [
        Actor(id="a", name="Leader A", country="AAA", role="head_of_state", handles={"x": "la"}),
        Actor(id="b", name="Leader B", country="BBB", role="head_of_state", handles={"x": "lb"}),
    ]
)
T0 = datetime(2024, 3, 1, 8, tzinfo=UTC)


def hostile(
    n: int, author: str, own: str, other: str, hostility: float, hours: float
) -> tuple[Post, Score]:
    post = Post(
        id=f"p{n}", platform="x", author=author, created_at=T0 + timedelta(hours=hours), text="x"
    )
    score = Score(
        post_id=post.id,
        lang="en",
        lang_supported=True,
        tone=-0.5,
        hostility=hostility,
        author_actor=author,
        author_country=own,
        hostility_by_target={other: hostility},
        events=(Event(cls="ACCUSE", cue="accuse", weight=-4.0, target=other),),
        targets=(other,),
    )
    return post, score


def run(settings: DetectorSettings, posts: list[tuple[Post, Score]]) -> list[Alert]:
    detector = Detector(settings, WATCHLIST)
    states: dict[str, DyadState | None] = {}
    alerts: list[Alert] = []
    for post, score in posts:
        keys = detector.pairs(post, score)
        changed, raised = detector.observe(post, score, {k: states.get(k) for k in keys})
        states.update(changed)
        alerts.extend(raised)
    return alerts


class TestSlowExchange:
    def test_strong_answer_four_days_later_alerts(self) -> None:
        """0.9 hostility answered after 98 h with 0.85 opens an episode."""
        posts = [hostile(1, "la", "AAA", "BBB", 0.9, 0), hostile(2, "lb", "BBB", "AAA", 0.85, 98)]
        alerts = run(DetectorSettings(), posts)
        assert [a.kind for a in alerts] == ["hostile_exchange"]
        assert alerts[0].trigger_post == "p2"

    def test_mild_answer_days_later_does_not(self) -> None:
        """A mild answer (0.3) four days later is no exchange."""
        posts = [hostile(1, "la", "AAA", "BBB", 0.9, 0), hostile(2, "lb", "BBB", "AAA", 0.3, 98)]
        assert run(DetectorSettings(), posts) == []

    def test_beyond_the_slow_window_does_not(self) -> None:
        """An answer a week later is a new story, not an exchange."""
        posts = [hostile(1, "la", "AAA", "BBB", 0.95, 0), hostile(2, "lb", "BBB", "AAA", 0.95, 168)]
        assert run(DetectorSettings(), posts) == []

    def test_configurable(self) -> None:
        """A shorter slow window turns it off; bad durations are refused."""
        posts = [hostile(1, "la", "AAA", "BBB", 0.9, 0), hostile(2, "lb", "BBB", "AAA", 0.85, 98)]
        assert run(DetectorSettings(slow_window="72h"), posts) == []
        with pytest.raises(ValueError, match="slow_half_life"):
            DetectorSettings(slow_half_life="soon")
