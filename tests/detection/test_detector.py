"""The exchange detector: directed decaying intensities and one episode per pair."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import msgspec
import pytest

from monitor.detection import Detector, DetectorSettings, DyadState, decode_state, encode_state
from monitor.models import Alert, Event, Post, Score, alert_decoder, to_json
from monitor.watchlist import Watchlist

T0 = datetime(2025, 1, 26, 8, tzinfo=UTC)


def make(
    n: int,
    country: str,
    hostility: dict[str, float],
    *,
    hours: float = 0.0,
    events: tuple[Event, ...] = (),
) -> tuple[Post, Score]:
    post = Post(
        id=f"p{n}", platform="x", author=f"{country.lower()}_leader",
        created_at=T0 + timedelta(hours=hours), text=f"post {n} by {country}",
    )  # fmt: skip
    score = Score(
        post_id=post.id, lang="en", lang_supported=True, tone=-0.5,
        hostility=max(hostility.values(), default=0.0), author_actor=f"{country.lower()}-leader",
        author_country=country, hostility_by_target=hostility, events=events,
        targets=tuple(sorted(hostility)),
    )  # fmt: skip
    return post, score


def sanction(target: str) -> tuple[Event, ...]:
    return (Event(cls="SANCTION", cue="tariffs", weight=-8.0, target=target),)


class Runner:
    """Keeps states in a dict like the offline runner, checking purity on the way."""

    def __init__(self, settings: DetectorSettings | None = None) -> None:
        self.detector = Detector(settings or DetectorSettings(), Watchlist())
        self.states: dict[str, DyadState] = {}
        self.alerts: list[Alert] = []

    def feed(self, post: Post, score: Score) -> list[Alert]:
        pairs = self.detector.pairs(post, score)
        current: dict[str, DyadState | None] = {k: self.states.get(k) for k in pairs}
        before = {k: encode_state(v) for k, v in current.items() if v is not None}
        changed, alerts = self.detector.observe(post, score, current)
        after = {k: encode_state(v) for k, v in current.items() if v is not None}
        assert before == after, "observe must not mutate the states it is given"
        self.states.update(changed)
        self.alerts.extend(alerts)
        return alerts


class TestPairs:
    def test_no_pairs_without_foreign_target(self) -> None:
        """Domestic posts touch no pair."""
        post, score = make(1, "COL", {})
        assert Runner().detector.pairs(post, score) == []

    def test_sorted_keys(self) -> None:
        """Pair keys are sorted alpha-3 codes joined by '-'."""
        post, score = make(1, "USA", {"COL": 0.8, "MEX": 0.3})
        assert Runner().detector.pairs(post, score) == ["COL-USA", "MEX-USA"]

    def test_friendly_only_post_creates_no_state(self) -> None:
        """A cooperative post toward a country with no state yet stores nothing."""
        events = (Event(cls="PRAISE", cue="thank you", weight=3.4, target="MEX"),)
        post, score = make(1, "USA", {}, events=events)
        runner = Runner()
        assert runner.detector.pairs(post, score) == ["MEX-USA"]
        assert runner.feed(post, score) == [] and runner.states == {}


class TestEpisodes:
    def test_one_sided_hostility_never_alerts(self) -> None:
        """However hostile, one direction alone raises nothing."""
        runner = Runner()
        for i in range(5):
            runner.feed(*make(i, "USA", {"COL": 1.0}, hours=i, events=sanction("COL")))
        assert runner.alerts == []

    def test_exchange_opens_one_episode(self) -> None:
        """Hostility both ways opens one episode; later hostile posts add no new one."""
        runner = Runner()
        runner.feed(*make(1, "COL", {"USA": 0.7}))
        alerts = runner.feed(*make(2, "USA", {"COL": 0.6}, hours=2))
        assert [a.kind for a in alerts] == ["hostile_exchange"]
        alert = alerts[0]
        assert alert.countries == ("COL", "USA") and alert.key == "COL-USA"
        assert alert.id == "COL-USA#1.0" and alert.trigger_post == "p2"
        assert alert.intensity["COL>USA"] > 0.4 and alert.intensity["USA>COL"] > 0.5
        assert {p.id for p in alert.posts} == {"p1", "p2"}
        assert alert.summary and alert.why
        runner.feed(*make(3, "COL", {"USA": 0.5}, hours=3))
        assert [a.kind for a in runner.alerts] == ["hostile_exchange"]

    def test_severe_act_meets_mild_reply(self) -> None:
        """A sanction answered by a mildly hostile post opens a critical episode."""
        runner = Runner()
        runner.feed(*make(1, "SAU", {"CAN": 0.9}, events=sanction("CAN")))
        alerts = runner.feed(*make(2, "CAN", {"SAU": 0.2}, hours=1))
        assert [(a.kind, a.severity) for a in alerts] == [("hostile_exchange", "critical")]

    def test_escalation(self) -> None:
        """A severe act inside an open verbal episode raises one 'escalated' alert."""
        runner = Runner()
        runner.feed(*make(1, "COL", {"USA": 0.7}))
        runner.feed(*make(2, "USA", {"COL": 0.7}, hours=1))
        alerts = runner.feed(*make(3, "USA", {"COL": 0.9}, hours=2, events=sanction("COL")))
        assert [(a.kind, a.severity, a.id) for a in alerts] == [
            ("escalated", "critical", "COL-USA#1.1")
        ]

    def test_too_far_apart(self) -> None:
        """Hostility a week apart is not an exchange (window 72h)."""
        runner = Runner()
        runner.feed(*make(1, "COL", {"USA": 0.9}))
        runner.feed(*make(2, "USA", {"COL": 0.9}, hours=24 * 7))
        assert runner.alerts == []

    def test_third_country_does_not_count(self) -> None:
        """A's hostility toward C plus C-B hostility never opens A-B."""
        runner = Runner()
        runner.feed(*make(1, "COL", {"VEN": 0.9}))
        runner.feed(*make(2, "USA", {"VEN": 0.9}, hours=1))
        assert all(a.key != "COL-USA" for a in runner.alerts)
        assert "COL-USA" not in runner.states

    def test_concession_resolves(self) -> None:
        """A de-escalating post by one side resolves the open episode."""
        runner = Runner()
        runner.feed(*make(1, "COL", {"USA": 0.8}))
        runner.feed(*make(2, "USA", {"COL": 0.8}, hours=1))
        concede = (Event(cls="DEESCALATE", cue="overcome the impasse", weight=5.0, target="USA"),)
        alerts = runner.feed(*make(3, "COL", {}, hours=2, events=concede))
        assert [a.kind for a in alerts] == ["resolved"]
        assert alerts[0].id == "COL-USA#1.1" and alerts[0].severity == "info"
        assert runner.states["COL-USA"].ab < 0.4

    def test_sweep_resolves_after_decay(self) -> None:
        """With no new posts the intensities decay and sweep resolves the episode."""
        runner = Runner()
        runner.feed(*make(1, "COL", {"USA": 0.8}))
        runner.feed(*make(2, "USA", {"COL": 0.8}, hours=1))
        detector = runner.detector
        states, alerts = detector.sweep(T0 + timedelta(hours=3), runner.states)
        assert alerts == []
        states, alerts = detector.sweep(T0 + timedelta(days=5), states)
        assert [a.kind for a in alerts] == ["resolved"]
        assert not states["COL-USA"].open
        assert max(detector.intensities(states["COL-USA"], T0 + timedelta(days=5)).values()) < 0.1

    def test_new_episode_after_resolution(self) -> None:
        """A fresh exchange after a resolution opens episode 2 with a new key suffix."""
        runner = Runner()
        runner.feed(*make(1, "COL", {"USA": 0.8}))
        runner.feed(*make(2, "USA", {"COL": 0.8}, hours=1))
        runner.states, _ = runner.detector.sweep(T0 + timedelta(days=6), runner.states)
        runner.feed(*make(3, "COL", {"USA": 0.8}, hours=24 * 6 + 7))
        alerts = runner.feed(*make(4, "USA", {"COL": 0.8}, hours=24 * 6 + 8))
        assert [a.id for a in alerts] == ["COL-USA#2.0"]

    def test_no_flapping_right_after_resolution(self) -> None:
        """Within min_alert_gap of a resolution, renewed hostility opens no new episode."""
        runner = Runner()
        runner.feed(*make(1, "COL", {"USA": 0.8}))
        runner.feed(*make(2, "USA", {"COL": 0.8}, hours=1))
        concede = (Event(cls="DEESCALATE", cue="impasse overcome", weight=5.0, target="USA"),)
        runner.feed(*make(3, "COL", {}, hours=2, events=concede))
        runner.feed(*make(4, "USA", {"COL": 0.9}, hours=3))
        runner.feed(*make(5, "COL", {"USA": 0.9}, hours=4))
        assert [a.kind for a in runner.alerts] == ["hostile_exchange", "resolved"]


class TestState:
    def test_round_trip_and_bounded(self) -> None:
        """States survive JSON and keep at most max_posts posts however long the exchange."""
        runner = Runner(DetectorSettings(max_posts=4))
        for i in range(30):
            runner.feed(
                *make(i, "COL" if i % 2 else "USA", {"USA" if i % 2 else "COL": 0.6}, hours=i)
            )
        state = runner.states["COL-USA"]
        assert len(state.posts) == 4
        raw = encode_state(state)
        assert decode_state(raw) == state
        assert len(raw) < 20_000

    def test_corrupt_state_raises_decode_error(self) -> None:
        """A corrupt stored state raises msgspec's error, for the worker to handle."""
        with pytest.raises(msgspec.DecodeError):
            decode_state(b"{not json")

    def test_alert_json_contract(self) -> None:
        """An alert encodes to JSON with the contract fields and decodes back."""
        runner = Runner()
        runner.feed(*make(1, "COL", {"USA": 0.7}))
        alert = runner.feed(*make(2, "USA", {"COL": 0.7}, hours=1))[0]
        data = msgspec.json.decode(to_json(alert))
        for key in (
            "kind",
            "countries",
            "actors",
            "trigger_post",
            "at",
            "severity",
            "summary",
            "posts",
        ):
            assert key in data
        assert alert_decoder.decode(to_json(alert)) == alert


class TestSettings:
    def test_defaults_and_durations(self) -> None:
        """Durations are strings; defaults are sensible."""
        settings = msgspec.convert({"window": "48h", "half_life": "12h"}, DetectorSettings)
        assert settings.window == "48h" and settings.threshold > 0

    @pytest.mark.parametrize(
        "raw",
        [{"window": "soon"}, {"thresholds": 0.3}, {"threshold": -1.0}, {"max_posts": 1}],
    )
    def test_invalid(self, raw: dict[str, object]) -> None:
        """Bad durations, unknown keys and out-of-range numbers are rejected."""
        with pytest.raises(msgspec.ValidationError):
            msgspec.convert(raw, DetectorSettings)

    def test_naive_timestamps_are_utc(self) -> None:
        """A naive created_at is taken as UTC, not a crash."""
        runner = Runner()
        post, score = make(1, "COL", {"USA": 0.7})
        naive = msgspec.structs.replace(post, created_at=post.created_at.replace(tzinfo=None))
        runner.feed(naive, score)
        assert runner.feed(*make(2, "USA", {"COL": 0.7}, hours=1))


class TestReposts:
    def test_reposts_touch_no_pair(self) -> None:
        """A repost repeats an already counted post and changes no state."""
        post, score = make(1, "USA", {"COL": 0.9})
        repost = msgspec.structs.replace(post, kind="repost", ref="p0")
        assert Runner().detector.pairs(repost, score) == []


class TestKeptPosts:
    def test_first_post_of_each_side_is_kept(self) -> None:
        """A long exchange keeps what started it on each side plus the latest posts."""
        runner = Runner(DetectorSettings(max_posts=4))
        runner.feed(*make(0, "COL", {"USA": 0.6}))
        runner.feed(*make(1, "USA", {"COL": 0.6}, hours=1))
        for i in range(2, 12):
            runner.feed(*make(i, "COL", {"USA": 0.6}, hours=i))
        ids = [p.id for p in runner.states["COL-USA"].posts]
        assert ids[:2] == ["p0", "p1"] and ids[-1] == "p11" and len(ids) == 4


class TestReactions:
    def test_protest_of_words_implies_the_other_direction(self) -> None:
        """A hostile protest of the other side's words adds a capped intensity their way."""
        runner = Runner()
        reaction = (
            Event(cls="ACCUSE", cue="unacceptable", weight=-3.0, target="UKR"),
            Event(cls="REACTION", cue="the words of President X", weight=0.0, target="UKR"),
        )
        runner.feed(*make(1, "POL", {"UKR": 0.9}, events=reaction))
        state = runner.states["POL-UKR"]
        assert state.ab == pytest.approx(0.9)
        assert 0.0 < state.ba <= DetectorSettings().reaction_cap
