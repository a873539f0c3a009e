"""The view's pure parts: filters, state, tension board, renderers, stream reader."""

from __future__ import annotations

from datetime import timedelta

import msgspec
import pytest
from redis.asyncio import Redis
from tui_samples import (
    ALERT,
    ESCAPES,
    HOSTILE,
    LULA_ISRAEL,
    NOW,
    PETRO_DEFY,
    PETRO_DOMESTIC,
    PETRO_NEGATED,
    RECORDED,
    RESOLVED_OTHER,
    RUBIO_VISAS,
    TRUMP_TARIFFS,
    WATCHLIST,
    alert_fields,
    entry_id,
    write_alerts,
    write_scores,
)

from monitor.keys import Keys
from monitor.models import Post, Score
from monitor.scores_view import ScoredPost
from monitor.tui.feed import FeedReader, decode_alert_entry
from monitor.tui.render import (
    CUE_STYLE,
    age,
    highlight_cues,
    hostility_bar,
    safe_cell,
    sparkline,
    tone_bar,
)
from monitor.tui.state import FeedState, Filters
from monitor.tui.tension import HOURS, build_board, reference_time


def as_scored(pair: tuple[Post, Score]) -> ScoredPost:
    return ScoredPost(entry_id(pair[0].created_at), pair[0], pair[1])


def loaded_state() -> FeedState:
    state = FeedState(WATCHLIST)
    state.add_scores(as_scored(p) for p in RECORDED)
    state.add_alerts([RESOLVED_OTHER, ALERT])
    return state


class TestFilters:
    def test_values_typed_by_the_user(self) -> None:
        """Country is upper-cased, '@' dropped from handles, empty clears, bad numbers refused."""
        f = Filters().with_value("country", " col ").with_value("actor", "@SecRubio")
        assert (f.country, f.actor) == ("COL", "SecRubio")
        assert f.with_value("country", "").country is None
        assert f.with_value("min_hostility", "0.4").min_hostility == 0.4
        with pytest.raises(ValueError):
            f.with_value("min_hostility", "1.5")
        with pytest.raises(ValueError):
            f.with_value("min_hostility", "high")
        assert "country=COL" in f.describe() and not Filters().active

    def test_pair_filter_keeps_posts_between_the_two(self) -> None:
        """Pair COL-USA keeps posts by one aimed at the other, not domestic or third-party ones."""
        state = loaded_state()
        shown = state.visible_posts(Filters(pair=("COL", "USA")))
        assert {s.post.id for s in shown} == {
            PETRO_DEFY[0].id,
            TRUMP_TARIFFS[0].id,
            RUBIO_VISAS[0].id,
            PETRO_NEGATED[0].id,
        }

    def test_alert_filters(self) -> None:
        """Alerts match a country of the pair or an actor id or author handle."""
        assert Filters(country="USA").accepts_alert(ALERT)
        assert not Filters(country="BRA").accepts_alert(ALERT)
        assert Filters(actor="gustavo-petro").accepts_alert(ALERT)
        assert Filters(actor="realdonaldtrump").accepts_alert(ALERT)
        assert not Filters(actor="marco-rubio").accepts_alert(ALERT)


class TestFeedState:
    def test_open_alerts_are_the_latest_unresolved_per_pair(self) -> None:
        """A resolved episode is not open; the newest change of a pair replaces older ones."""
        state = loaded_state()
        assert state.open_alerts(Filters()) == [ALERT]
        state.add_alerts([msgspec.structs.replace(ALERT, id="COL-USA#1.2", kind="resolved")])
        assert state.open_alerts(Filters()) == []

    def test_episode_of_a_post(self) -> None:
        """A post quoted by an alert belongs to that alert's episode."""
        state = loaded_state()
        assert [a.key for a in state.episodes_for(TRUMP_TARIFFS[0].id)] == ["COL-USA"]
        assert state.episodes_for(PETRO_DOMESTIC[0].id) == []

    def test_history_lists_each_change_once(self) -> None:
        """A change delivered twice (at-least-once streams) appears once in the episode."""
        state = loaded_state()
        resolved = msgspec.structs.replace(ALERT, id="COL-USA#1.2", kind="resolved")
        other_episode = msgspec.structs.replace(ALERT, id="COL-USA#2.0")
        state.add_alerts([ALERT, resolved, other_episode])
        assert [a.id for a in state.history(resolved)] == [ALERT.id, resolved.id]

    def test_memory_is_bounded(self) -> None:
        """Past max_posts the oldest posts are forgotten, lookups included."""
        state = FeedState(WATCHLIST, max_posts=2)
        state.add_scores(as_scored(p) for p in RECORDED)
        assert len(state.posts) == 2
        assert state.find_post(PETRO_DOMESTIC[0].id) is None
        assert state.find_post(PETRO_NEGATED[0].id) is not None


class TestTension:
    def test_directions_decay_and_hourly_buckets(self) -> None:
        """Each direction sums decayed hostility; the sparkline buckets raw hostility by hour."""
        state = loaded_state()
        rows = {r.key: r for r in build_board(state.posts, NOW)}
        assert set(rows) == {"COL-USA", "BRA-ISR"}
        col_usa = rows["COL-USA"]
        # COL -> USA: 0.55 posted 11.3 h ago, half-life 6 h.
        assert col_usa.a_to_b == pytest.approx(0.55 * 0.5 ** (11.3 / 6), rel=1e-6)
        assert col_usa.b_to_a > col_usa.a_to_b
        assert len(col_usa.hourly) == HOURS
        assert col_usa.hourly[HOURS - 1 - 2] == pytest.approx(0.9 + 0.7)  # 2.9 h and 2.0 h ago
        assert col_usa.hourly[HOURS - 1 - 11] == pytest.approx(0.55)
        assert rows["BRA-ISR"].b_to_a == 0.0

    def test_detector_values_replace_the_estimate(self) -> None:
        """Detector intensities win; a quiet pair it remembers adds no row."""
        state = loaded_state()
        detector = {"COL-USA": {"COL>USA": 2.0, "USA>COL": 3.0}, "FRA-GBR": {"FRA>GBR": 0.0}}
        rows = build_board(state.posts, NOW, detector)
        assert (rows[0].key, rows[0].a_to_b, rows[0].b_to_a) == ("COL-USA", 2.0, 3.0)
        assert "FRA-GBR" not in {r.key for r in rows}

    def test_replay_uses_the_latest_post_as_now(self) -> None:
        """When every post is more than a day old the board is drawn at the latest post's time."""
        later = NOW + timedelta(days=400)
        assert reference_time(later, NOW) == NOW
        assert reference_time(NOW + timedelta(hours=1), NOW) == NOW + timedelta(hours=1)
        assert reference_time(NOW, None) == NOW


class TestRender:
    def test_bars_read_without_colour(self) -> None:
        """Bar length alone carries the value."""
        assert hostility_bar(0.6).plain == "███░░"
        assert hostility_bar(0.0).plain == "░░░░░"
        assert tone_bar(-1.0).plain == "▓▓▓│   "
        assert tone_bar(0.34).plain == "   │▓  "
        assert sparkline([0, 1, 2, 4]).plain == "·▃▅█"
        assert [age(timedelta(seconds=s)) for s in (-5, 42, 300, 7200, 200000)] == [
            "0s",
            "42s",
            "5m",
            "2h",
            "2d",
        ]

    def test_cues_are_highlighted_and_text_is_inert(self) -> None:
        """Cue spans carry the cue style; escape sequences and invisible characters are gone."""
        post, score = ESCAPES
        text = highlight_cues(post.text, [e.cue for e in score.events])
        start = text.plain.index("sanctions")
        styles = [str(span.style) for span in text.spans if span.start == start]
        assert CUE_STYLE in styles
        for bad in ("\x1b", "\x07", "\u202e", "\u200b"):
            assert bad not in text.plain
        assert safe_cell("[bold]x[/bold]").plain == "[bold]x[/bold]"
        assert "\x1b" not in safe_cell(HOSTILE).plain


class TestFeedReader:
    async def test_backlog_then_new_entries(self, redis: Redis, keys: Keys) -> None:
        """The backlog is the newest N entries; after it only later entries are read."""
        await write_scores(redis, keys, [PETRO_DOMESTIC, PETRO_DEFY, LULA_ISRAEL])
        await write_alerts(redis, keys, [ALERT])
        reader = FeedReader(redis, keys, backlog=2)
        first = await reader.read(block_ms=10)
        assert [s.post.id for s in first.scores] == [PETRO_DEFY[0].id, LULA_ISRAEL[0].id]
        assert [a.id for a in first.alerts] == [ALERT.id]
        assert not await reader.read(block_ms=10)
        await write_scores(redis, keys, [TRUMP_TARIFFS])
        second = await reader.read(block_ms=10)
        assert [s.post.id for s in second.scores] == [TRUMP_TARIFFS[0].id]

    async def test_malformed_entries_are_skipped(self, redis: Redis, keys: Keys) -> None:
        """Bad alert and score entries are skipped and the reader moves past them."""
        await redis.xadd(keys.alerts, {"alert": b"<html>not json</html>"})
        await redis.xadd(keys.alerts, {"other": b"1"})
        await redis.xadd(keys.alerts, alert_fields(ALERT))
        await redis.xadd(keys.scores, {"post": b"\xff", "score": b"{"})
        batch = await FeedReader(redis, keys).read(block_ms=10)
        assert [a.id for a in batch.alerts] == [ALERT.id] and batch.scores == []
        assert decode_alert_entry(b"1-0", {b"alert": b'{"id": 1}'}) is None
