"""`diplomon top`: the Textual app that ties the feed, the state and the panes."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable, Mapping, Sequence
from datetime import datetime
from typing import ClassVar

from redis.asyncio import Redis
from redis.exceptions import RedisError
from textual import work
from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Container
from textual.widgets import DataTable, Footer, Header
from textual.worker import Worker, WorkerCancelled, WorkerFailed, get_current_worker

from monitor.detection import Detector, DetectorSettings
from monitor.keys import Keys
from monitor.models import utcnow
from monitor.secrets import redact
from monitor.textsafe import one_line
from monitor.tui.alert_detail import AlertDetailScreen
from monitor.tui.alerts_pane import AlertsPane
from monitor.tui.board_pane import BoardPane
from monitor.tui.css import CSS
from monitor.tui.detail import PostDetailScreen
from monitor.tui.dyads import detector_intensities
from monitor.tui.feed import FeedReader
from monitor.tui.help import HelpScreen
from monitor.tui.messages import FeedBatch, FeedStatus
from monitor.tui.posts_pane import PostsPane
from monitor.tui.prompt import PromptScreen
from monitor.tui.state import FeedState, Filters
from monitor.tui.tension import reference_time
from monitor.watchlist import Watchlist

log = logging.getLogger("diplomon.tui")

Clock = Callable[[], datetime]
# (pair keys on the board, reference time) -> pair key -> {"COL>USA": x, "USA>COL": y}
IntensitySource = Callable[[Sequence[str], datetime], Awaitable[Mapping[str, Mapping[str, float]]]]

_PROMPTS = {
    "actor": ("Show posts by actor (watchlist id or handle):", "gustavo-petro"),
    "country": ("Show posts by or aimed at country (ISO alpha-3):", "COL"),
    "min_hostility": ("Minimum hostility (0..1):", "0.5"),
}


_MAIN_SCREEN_ONLY = {"focus_pane", "ask", "clear_filters", "toggle_pause", "help"}


class TopApp(App[None]):
    """Live view of the scores and alerts streams of one diplomon prefix."""

    CSS = CSS
    ENABLE_COMMAND_PALETTE = False
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (120, "-wide")]  # noqa: RUF012 - Textual's API
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("a", "focus_pane('alerts')", "Alerts"),
        Binding("b", "focus_pane('board')", "Board", show=False),
        Binding("l", "focus_pane('posts')", "Posts", show=False),
        Binding("u", "ask('actor')", "Actor"),
        Binding("c", "ask('country')", "Country"),
        Binding("h", "ask('min_hostility')", "Min host"),
        Binding("x", "clear_filters", "Clear"),
        Binding("p", "toggle_pause", "Pause"),
        Binding("question_mark", "help", "Help", key_display="?"),
        Binding("q", "quit", "Quit"),
    ]

    def __init__(
        self,
        redis: Redis,
        keys: Keys,
        watchlist: Watchlist,
        *,
        title: str = "diplomon",
        clock: Clock = utcnow,
        backlog: int = 500,
        block_ms: int = 1000,
        intensities: IntensitySource | None = None,
        refresh_every: float = 5.0,
    ) -> None:
        super().__init__()
        self._redis = redis
        self._keys = keys
        self._clock = clock
        self._backlog = backlog
        self._block_ms = min(block_ms, 1000)
        self._intensities = intensities
        self._refresh_every = refresh_every
        self._detector: Mapping[str, Mapping[str, float]] = {}
        self.state = FeedState(watchlist)
        self.filters = Filters()
        self.paused = False
        self.pending = 0
        self.batches = 0
        self.connection = "connecting"
        self.title = title
        # Held here: the panes are refreshed even while a detail screen is on top.
        self.feed_worker: Worker[None] | None = None
        self.alerts_pane = AlertsPane(id="alerts")
        self.board_pane = BoardPane(id="board")
        self.posts_pane = PostsPane(id="posts")

    def compose(self) -> ComposeResult:
        yield Header()
        with Container(id="top"):
            yield self.alerts_pane
            yield self.board_pane
        yield self.posts_pane
        yield Footer()

    def on_mount(self) -> None:
        self.posts_pane.focus()
        self.refresh_view()
        self.feed_worker = self.follow_feed()
        if self._refresh_every > 0:
            self.set_interval(self._refresh_every, self._tick)

    def on_resize(self) -> None:
        self.refresh_view()

    async def on_unmount(self) -> None:
        """Stop reading before returning, so that the caller may close the client."""
        if self.feed_worker is not None:
            self.feed_worker.cancel()
            with contextlib.suppress(WorkerCancelled, WorkerFailed):
                await self.feed_worker.wait()

    # -- feed ------------------------------------------------------------------

    @work(exclusive=True, group="feed")
    async def follow_feed(self) -> None:
        """Read the backlog, then follow both streams until the app exits."""
        reader = FeedReader(self._redis, self._keys, backlog=self._backlog)
        worker = get_current_worker()
        delay = 0.5
        while not worker.is_cancelled:
            try:
                batch = await reader.read(self._block_ms)
            except (RedisError, OSError) as exc:
                if worker.is_cancelled:
                    return
                reason = redact(one_line(str(exc), 120))
                text = f"store unreachable ({type(exc).__name__}: {reason})"
                log.warning("terminal view: %s; retrying in %.1fs", text, delay)
                self.post_message(FeedStatus(False, text))
                await asyncio.sleep(delay)
                delay = min(delay * 2, 10.0)
                continue
            if delay > 0.5 or self.connection != "live":
                delay = 0.5
                self.post_message(FeedStatus(True, "live"))
            if batch:
                self.post_message(FeedBatch(batch))

    async def on_feed_batch(self, message: FeedBatch) -> None:
        self.state.add_scores(message.batch.scores)
        self.state.add_alerts(message.batch.alerts)
        self.batches += 1
        if self.paused:
            self.pending += len(message.batch.scores) + len(message.batch.alerts)
            self._update_subtitle()
            return
        await self._load_intensities()
        self.refresh_view()

    def on_feed_status(self, message: FeedStatus) -> None:
        self.connection = message.text
        self._update_subtitle()

    async def _load_intensities(self) -> None:
        if self._intensities is None:
            return
        ref = self.reference()
        pairs = [row.key for row in self.state.board(Filters(), ref)]
        try:
            self._detector = await self._intensities(pairs, ref)
        except Exception as exc:
            log.warning("terminal view: detector intensities unavailable: %s", one_line(str(exc)))
            self._detector = {}

    async def _tick(self) -> None:
        """Ages and decayed intensities move with the clock even when no entry arrives."""
        if not self.paused:
            await self._load_intensities()
            self.refresh_view()

    # -- rendering -------------------------------------------------------------

    def reference(self) -> datetime:
        return reference_time(self._clock(), self.state.latest_post_time())

    def refresh_view(self) -> None:
        """Re-render all panes from the state, keeping each pane's selection."""
        now = self._clock()
        ref = self.reference()
        replay = ref != now
        ended = self.state.ended_alerts(self.filters, ref)
        self.alerts_pane.show(self.state.open_alerts(self.filters), ended, ref)
        self.board_pane.show(self.state.board(self.filters, ref, self._detector), replay)
        posts = self.state.visible_posts(self.filters)
        self.posts_pane.show(posts, self.state.watchlist, len(self.state.posts))
        self._update_subtitle()

    def _update_subtitle(self) -> None:
        parts = [self.connection]
        if self.filters.active:
            parts.append("filter " + one_line(self.filters.describe(), 60))
        if self.paused:
            parts.append(f"PAUSED ({self.pending} new)")
        self.sub_title = " · ".join(parts)

    # -- selection -------------------------------------------------------------

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        key = event.row_key.value
        if key is None:
            return
        if event.data_table.id == "posts":
            self.open_post(key)
        elif event.data_table.id == "alerts":
            self.open_alert(key)
        elif event.data_table.id == "board":
            a, _, b = key.partition("-")
            self.set_filters(Filters(pair=(a, b)))
            self.action_focus_pane("posts")

    def open_post(self, entry_id: str) -> None:
        scored = self.state.find_entry(entry_id)
        if scored is not None:
            episodes = self.state.episodes_for(scored.post.id)
            self.push_screen(PostDetailScreen(scored, episodes, self.state.watchlist))

    def open_alert(self, alert_id: str) -> None:
        alert = self.state.find_alert(alert_id)
        if alert is not None:
            self.push_screen(AlertDetailScreen(alert, self.state.history(alert)))

    # -- actions ---------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Pane actions only on the main screen (hidden from the footer elsewhere)."""
        return not (action in _MAIN_SCREEN_ONLY and len(self.screen_stack) > 1)

    def action_focus_pane(self, pane: str) -> None:
        panes = {"alerts": self.alerts_pane, "board": self.board_pane, "posts": self.posts_pane}
        table = panes[pane]
        table.focus()
        if table.row_count and table.cursor_row < 0:
            table.move_cursor(row=0)

    def action_ask(self, name: str) -> None:
        question, example = _PROMPTS[name]
        current = getattr(self.filters, name)
        value = "" if current in (None, 0.0) else str(current)

        def apply(answer: str | None) -> None:
            if answer is None:
                return
            try:
                self.set_filters(self.filters.with_value(name, answer))
            except ValueError as exc:
                message = f"not applied: {one_line(str(exc), 80)}"
                self.notify(message, severity="warning", markup=False)

        self.push_screen(PromptScreen(question, value, f"e.g. {example}"), apply)

    def set_filters(self, filters: Filters) -> None:
        self.filters = filters
        self.refresh_view()

    def action_clear_filters(self) -> None:
        self.set_filters(Filters())

    async def action_toggle_pause(self) -> None:
        self.paused = not self.paused
        if not self.paused:
            self.pending = 0
            await self._load_intensities()
            self.refresh_view()
        self._update_subtitle()

    def action_help(self) -> None:
        self.push_screen(HelpScreen())


async def run_top(
    redis: Redis,
    keys: Keys,
    watchlist: Watchlist,
    *,
    title: str = "diplomon",
    detector_settings: DetectorSettings | None = None,
) -> None:
    """Run the terminal view until the user quits; safe inside a running loop."""
    detector = Detector(detector_settings or DetectorSettings(), watchlist)

    async def intensities(pairs: Sequence[str], ref: datetime) -> Mapping[str, Mapping[str, float]]:
        return await detector_intensities(redis, keys, detector, pairs, ref)

    await TopApp(redis, keys, watchlist, title=title, intensities=intensities).run_async()
