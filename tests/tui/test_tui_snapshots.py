"""Layout snapshots of `diplomon top` at 80x24 and 160x48, on fixed data and a frozen clock.

Update after an intended change with ``pytest tests/tui --snapshot-update``.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from redis.asyncio import Redis
from textual.pilot import Pilot
from tui_samples import NOW, RECORDED, WATCHLIST, write_all_sync

from monitor.keys import Keys
from monitor.tui import TopApp

SnapCompare = Callable[..., bool]


class SnapshotApp(TopApp):
    """TopApp that closes its own client when it ends (the snapshot runs its own loop)."""

    async def on_unmount(self) -> None:
        await super().on_unmount()  # stops the reader (Textual then calls it again: a no-op)
        await self._redis.aclose()


def make_app(url: str, keys: Keys) -> SnapshotApp:
    write_all_sync(url, keys)
    redis = Redis.from_url(url)
    return SnapshotApp(redis, keys, WATCHLIST, title="diplomon", clock=lambda: NOW)


async def loaded(pilot: Pilot[Any]) -> None:
    """Wait (bounded) until every recorded post is shown and the feed is live."""
    app = pilot.app
    assert isinstance(app, TopApp)
    deadline = time.monotonic() + 5
    while len(app.state.posts) < len(RECORDED) or app.connection != "live":
        assert time.monotonic() < deadline, "the recorded data never arrived"
        await pilot.pause(0.02)
    await pilot.pause()


class TestSnapshots:
    def test_main_80x24(self, snap_compare: SnapCompare, redis_server: Any, keys: Keys) -> None:
        """The three panes and the footer fit a classic terminal."""
        app = make_app(redis_server.url, keys)
        assert snap_compare(app, terminal_size=(80, 24), run_before=loaded)

    def test_main_160x48(self, snap_compare: SnapCompare, redis_server: Any, keys: Keys) -> None:
        """A large terminal puts alerts and board side by side and shows post text."""
        app = make_app(redis_server.url, keys)
        assert snap_compare(app, terminal_size=(160, 48), run_before=loaded)

    def test_alert_detail_80x24(
        self, snap_compare: SnapCompare, redis_server: Any, keys: Keys
    ) -> None:
        """'a' then Enter: why the alert fired and its trigger posts."""
        app = make_app(redis_server.url, keys)
        assert snap_compare(app, terminal_size=(80, 24), run_before=loaded, press=["a", "enter"])

    def test_post_detail_160x48(
        self, snap_compare: SnapCompare, redis_server: Any, keys: Keys
    ) -> None:
        """Enter on the third post (the trigger): full text, cues, scores, link, episode."""
        app = make_app(redis_server.url, keys)
        assert snap_compare(
            app, terminal_size=(160, 48), run_before=loaded, press=["down", "down", "enter"]
        )
