"""The terminal view driven by Textual's pilot against a real Redis."""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping, Sequence
from datetime import datetime

import msgspec
import pytest
from redis.asyncio import Redis
from textual.coordinate import Coordinate
from textual.pilot import Pilot
from textual.widgets import DataTable, Static
from tui_samples import (
    ALERT,
    ESCAPES,
    NOW,
    PETRO_DEFY,
    RECORDED,
    RESOLVED_OTHER,
    RUBIO_VISAS,
    TRUMP_TARIFFS,
    WATCHLIST,
    entry_id,
    write_alerts,
    write_scores,
)

from monitor.detection import Detector, DetectorSettings
from monitor.keys import Keys
from monitor.tui import TopApp
from monitor.tui.alert_detail import AlertDetailScreen
from monitor.tui.detail import PostDetailScreen
from monitor.tui.dyads import detector_intensities
from monitor.tui.help import HelpScreen
from monitor.tui.prompt import PromptScreen

SIZE = (80, 24)


def make_app(redis: Redis, keys: Keys, **kwargs: object) -> TopApp:
    return TopApp(redis, keys, WATCHLIST, title="test", clock=lambda: NOW, **kwargs)  # type: ignore[arg-type]


async def pause_until(
    pilot: Pilot[None], predicate: Callable[[], bool], timeout: float = 5.0
) -> None:
    """Let the app run until ``predicate`` holds; fail after ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError(f"condition not met within {timeout}s")
        await pilot.pause(0.02)


def screen_text(app: TopApp) -> str:
    """Everything the Static widgets of the current screen render."""
    return "\n".join(str(s.render()) for s in app.screen.query(Static))


def table(app: TopApp, pane: str) -> DataTable[object]:
    return app.query_one(f"#{pane}", DataTable)


def row_keys(app: TopApp, pane: str) -> list[str]:
    t = table(app, pane)
    return [
        str(t.coordinate_to_cell_key(Coordinate(i, 0)).row_key.value) for i in range(t.row_count)
    ]


async def recorded(redis: Redis, keys: Keys) -> None:
    await write_scores(redis, keys, RECORDED)
    await write_alerts(redis, keys, [RESOLVED_OTHER, ALERT])


class TestPanes:
    async def test_panes_fill_from_entries_written_before_start(
        self, redis: Redis, keys: Keys
    ) -> None:
        """Posts, open alerts and the board show what was in the streams before the app ran."""
        await recorded(redis, keys)
        app = make_app(redis, keys)
        async with app.run_test(size=SIZE) as pilot:
            await pause_until(pilot, lambda: table(app, "posts").row_count == len(RECORDED))
            keys_in_order = row_keys(app, "posts")
            times = [app.state.find_entry(k).post.created_at for k in keys_in_order]  # type: ignore[union-attr]
            assert times == sorted(times, reverse=True)
            assert row_keys(app, "alerts") == [ALERT.id, RESOLVED_OTHER.id]  # open, then ended
            assert str(table(app, "alerts").get_row(RESOLVED_OTHER.id)[1]) == "ended"
            assert row_keys(app, "board") == ["COL-USA", "BRA-ISR"]

    async def test_live_entries_arrive_and_keep_the_selection(
        self, redis: Redis, keys: Keys
    ) -> None:
        """A post written while the app runs appears on top; the selected post stays selected."""
        await write_scores(redis, keys, [PETRO_DEFY, TRUMP_TARIFFS])
        app = make_app(redis, keys, block_ms=100)
        async with app.run_test(size=SIZE) as pilot:
            posts = table(app, "posts")
            await pause_until(pilot, lambda: posts.row_count == 2)
            posts.move_cursor(row=1)
            selected = row_keys(app, "posts")[1]
            await write_scores(redis, keys, [RUBIO_VISAS])
            await pause_until(pilot, lambda: posts.row_count == 3)
            assert row_keys(app, "posts")[0] == entry_id(RUBIO_VISAS[0].created_at)
            assert row_keys(app, "posts")[posts.cursor_row] == selected

    async def test_pause_holds_the_feed_until_resumed(self, redis: Redis, keys: Keys) -> None:
        """While paused new entries are counted, not shown; resuming shows them."""
        await write_scores(redis, keys, [PETRO_DEFY])
        app = make_app(redis, keys, block_ms=100)
        async with app.run_test(size=SIZE) as pilot:
            posts = table(app, "posts")
            await pause_until(pilot, lambda: posts.row_count == 1)
            await pilot.press("p")
            await write_scores(redis, keys, [TRUMP_TARIFFS])
            await pause_until(pilot, lambda: app.pending == 1)
            assert posts.row_count == 1 and "PAUSED (1 new)" in app.sub_title
            await pilot.press("p")
            await pause_until(pilot, lambda: posts.row_count == 2)
            assert "PAUSED" not in app.sub_title

    async def test_feed_stops_with_the_app(self, redis: Redis, keys: Keys) -> None:
        """When the app exits its reader has finished, so the caller may close the client."""
        app = make_app(redis, keys)
        async with app.run_test(size=SIZE) as pilot:
            await pause_until(pilot, lambda: app.connection == "live")
        assert app.feed_worker is not None and app.feed_worker.is_finished
        assert await redis.ping()

    async def test_unreachable_store_is_shown_not_fatal(self, keys: Keys) -> None:
        """With nothing listening, the view says so and keeps running."""
        from tests.conftest import free_port

        dead = Redis.from_url(f"redis://127.0.0.1:{free_port()}/0")
        app = make_app(dead, keys)
        try:
            async with app.run_test(size=SIZE) as pilot:
                await pause_until(pilot, lambda: "store unreachable" in app.sub_title)
                assert app.is_running
        finally:
            await dead.aclose()


class TestFilters:
    async def test_country_filter_narrows_every_pane(self, redis: Redis, keys: Keys) -> None:
        """Country BRA leaves only Lula's post, the BRA-ISR board row and its ended alert."""
        await recorded(redis, keys)
        app = make_app(redis, keys)
        async with app.run_test(size=SIZE) as pilot:
            await pause_until(pilot, lambda: table(app, "posts").row_count == len(RECORDED))
            await pilot.press("c")
            await pause_until(pilot, lambda: isinstance(app.screen, PromptScreen))
            await pilot.press("b", "r", "a", "enter")
            await pause_until(pilot, lambda: table(app, "posts").row_count == 1)
            assert row_keys(app, "board") == ["BRA-ISR"]
            assert row_keys(app, "alerts") == [RESOLVED_OTHER.id]
            assert "country=BRA" in app.sub_title
            await pilot.press("x")
            await pause_until(pilot, lambda: table(app, "posts").row_count == len(RECORDED))

    async def test_actor_and_hostility_filters(self, redis: Redis, keys: Keys) -> None:
        """Actor takes a handle or an id; minimum hostility drops the milder posts."""
        await recorded(redis, keys)
        app = make_app(redis, keys)
        async with app.run_test(size=SIZE) as pilot:
            await pause_until(pilot, lambda: table(app, "posts").row_count == len(RECORDED))
            await pilot.press("u")
            await pause_until(pilot, lambda: isinstance(app.screen, PromptScreen))
            await pilot.press(*"petrogustavo", "enter")
            await pause_until(pilot, lambda: table(app, "posts").row_count == 3)
            await pilot.press("h")
            await pause_until(pilot, lambda: isinstance(app.screen, PromptScreen))
            await pilot.press("0", ".", "5", "enter")
            await pause_until(pilot, lambda: table(app, "posts").row_count == 1)
            assert row_keys(app, "posts") == [entry_id(PETRO_DEFY[0].created_at)]

    async def test_bad_hostility_value_is_refused(self, redis: Redis, keys: Keys) -> None:
        """A value outside 0..1 leaves the filters as they were."""
        app = make_app(redis, keys)
        async with app.run_test(size=SIZE) as pilot:
            await pilot.press("h")
            await pause_until(pilot, lambda: isinstance(app.screen, PromptScreen))
            await pilot.press("7", "enter")
            await pause_until(pilot, lambda: not isinstance(app.screen, PromptScreen))
            assert app.filters.min_hostility == 0.0

    async def test_board_enter_filters_posts_to_the_pair(self, redis: Redis, keys: Keys) -> None:
        """Enter on a board row shows only the posts one country aimed at the other."""
        await recorded(redis, keys)
        app = make_app(redis, keys)
        async with app.run_test(size=SIZE) as pilot:
            await pause_until(pilot, lambda: table(app, "board").row_count == 2)
            await pilot.press("b", "enter")
            await pause_until(pilot, lambda: table(app, "posts").row_count == 4)
            assert app.filters.pair == ("COL", "USA")
            assert app.focused is table(app, "posts")


class TestDetail:
    async def test_enter_on_a_post_opens_its_detail(self, redis: Redis, keys: Keys) -> None:
        """The detail shows the full text, the cue, scores, link and the episode."""
        await recorded(redis, keys)
        app = make_app(redis, keys)
        async with app.run_test(size=SIZE) as pilot:
            posts = table(app, "posts")
            await pause_until(pilot, lambda: posts.row_count == len(RECORDED))
            posts.move_cursor(
                row=row_keys(app, "posts").index(entry_id(TRUMP_TARIFFS[0].created_at))
            )
            await pilot.press("enter")
            await pause_until(pilot, lambda: isinstance(app.screen, PostDetailScreen))
            plain = screen_text(app)
            assert TRUMP_TARIFFS[0].text in plain
            assert "retaliatory measures" in plain and "RETALIATE" in plain
            assert TRUMP_TARIFFS[0].url in plain  # type: ignore[operator]
            assert "COL-USA · hostile_exchange" in plain and ALERT.why in plain
            await pilot.press("escape")
            await pause_until(pilot, lambda: not isinstance(app.screen, PostDetailScreen))

    async def test_feed_goes_on_under_a_detail_screen(self, redis: Redis, keys: Keys) -> None:
        """Entries that arrive while a detail is open are in the panes on return; pane keys
        do nothing there."""
        await write_scores(redis, keys, [PETRO_DEFY])
        app = make_app(redis, keys, block_ms=100)
        async with app.run_test(size=SIZE) as pilot:
            await pause_until(pilot, lambda: table(app, "posts").row_count == 1)
            await pilot.press("enter")
            await pause_until(pilot, lambda: isinstance(app.screen, PostDetailScreen))
            await write_scores(redis, keys, [TRUMP_TARIFFS])
            await write_alerts(redis, keys, [ALERT])
            await pause_until(pilot, lambda: len(app.state.alerts) == 1)
            await pilot.press("a", "c", "p")
            assert isinstance(app.screen, PostDetailScreen) and not app.paused
            await pilot.press("escape")
            await pause_until(pilot, lambda: table(app, "posts").row_count == 2)
            assert row_keys(app, "alerts") == [ALERT.id]

    async def test_two_keys_reach_the_trigger_posts(self, redis: Redis, keys: Keys) -> None:
        """'a' then Enter shows why the alert fired and its trigger post."""
        await recorded(redis, keys)
        app = make_app(redis, keys)
        async with app.run_test(size=SIZE) as pilot:
            await pause_until(pilot, lambda: table(app, "alerts").row_count == 2)
            await pilot.press("a", "enter")
            await pause_until(pilot, lambda: isinstance(app.screen, AlertDetailScreen))
            plain = screen_text(app)
            assert ALERT.why in plain
            trigger = plain.index("Trigger post")
            assert plain.index("▶ 01-26 17:06 @realDonaldTrump") > trigger
            assert plain.index("@petrogustavo") > plain.index("Other posts (1)") > trigger

    async def test_help_opens_and_closes(self, redis: Redis, keys: Keys) -> None:
        """'?' shows the help; Escape returns to the panes."""
        app = make_app(redis, keys)
        async with app.run_test(size=SIZE) as pilot:
            await pilot.press("question_mark")
            await pause_until(pilot, lambda: isinstance(app.screen, HelpScreen))
            await pilot.press("escape")
            await pause_until(pilot, lambda: not isinstance(app.screen, HelpScreen))


class TestUntrustedText:
    async def test_escape_sequences_render_inert(self, redis: Redis, keys: Keys) -> None:
        """ANSI, OSC, bidi and zero-width characters never reach the screen."""
        await write_scores(redis, keys, [ESCAPES])
        app = make_app(redis, keys)
        async with app.run_test(size=SIZE) as pilot:
            await pause_until(pilot, lambda: table(app, "posts").row_count == 1)
            await pilot.press("enter")
            await pause_until(pilot, lambda: isinstance(app.screen, PostDetailScreen))
            plain = screen_text(app)
            assert "RED" in plain and "[bold]not markup[/bold]" in plain
            for bad in ("\x1b", "\x07", "\u202e", "\u200b", "pwned"):
                assert bad not in plain
            screen = app.export_screenshot()
            for bad in ("\x1b", "\u202e", "\u200b"):
                assert bad not in screen

    async def test_huge_post_opens_quickly_and_is_cut(self, redis: Redis, keys: Keys) -> None:
        """A 50,000-character post shows in the list and its detail opens, cut with a note."""
        post, score = PETRO_DEFY
        huge = (msgspec.structs.replace(post, text="aranceles " * 5000), score)
        await write_scores(redis, keys, [huge])
        app = make_app(redis, keys)
        async with app.run_test(size=SIZE) as pilot:
            await pause_until(pilot, lambda: table(app, "posts").row_count == 1)
            await pilot.press("enter")
            await pause_until(pilot, lambda: isinstance(app.screen, PostDetailScreen))
            assert "[… 40000 more characters not shown]" in screen_text(app)


class TestDetectorState:
    async def test_board_shows_the_detectors_intensities(self, redis: Redis, keys: Keys) -> None:
        """Where the workers keep dyad state, the board shows its intensities, decayed to now."""
        detection = pytest.importorskip("monitor.detection")
        state = detection.DyadState(a="COL", b="USA", updated=NOW, ab=2.5, ba=3.25)
        await redis.set(keys.dyad("COL-USA"), detection.encode_state(state))
        quiet = detection.DyadState(a="FRA", b="GBR", updated=NOW, ab=0.0, ba=0.0)
        await redis.set(keys.dyad("FRA-GBR"), detection.encode_state(quiet))
        await redis.sadd(keys.key("dyads"), "COL-USA", "FRA-GBR")
        await write_scores(redis, keys, [PETRO_DEFY])

        async def intensities(
            pairs: Sequence[str], ref: datetime
        ) -> Mapping[str, Mapping[str, float]]:
            return await detector_intensities(
                redis, keys, Detector(DetectorSettings(), WATCHLIST), pairs, ref
            )

        app = make_app(redis, keys, intensities=intensities)
        async with app.run_test(size=SIZE) as pilot:
            await pause_until(pilot, lambda: table(app, "board").row_count == 1)
            cells = [str(c) for c in table(app, "board").get_row("COL-USA")]
            assert cells[:3] == ["COL-USA", "2.50", "3.25"]
