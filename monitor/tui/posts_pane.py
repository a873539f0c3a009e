"""Latest posts, newest first: time, author, country, language, bars, events, targets."""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text

from monitor.scores_view import ScoredPost
from monitor.tui.render import clock_time, event_classes, hostility_bar, safe_cell, tone_bar
from monitor.tui.table import FeedTable, Row
from monitor.watchlist import Watchlist


class PostsPane(FeedTable):
    """Row keys are scores-stream entry ids, so a re-read entry is never doubled."""

    TITLE = "Latest posts"
    COLUMNS = (
        ("time", "UTC"),
        ("author", "Author"),
        ("ctry", "Ctry"),
        ("lang", "Lg"),
        ("tone", "Tone"),
        ("host", "Host"),
        ("events", "Events"),
        ("targets", "Targets"),
        ("text", "Text"),
    )
    WIDE = 120

    def show(self, posts: Sequence[ScoredPost], watchlist: Watchlist, total: int) -> None:
        wide = self.size.width >= self.WIDE
        room = self.size.width - (84 if wide else 78)  # all other columns, padding, scrollbar
        text_limit = room if room >= 12 else 0
        self.replace_rows(post_row(p, watchlist, text_limit, wide) for p in posts)
        shown = f"{len(posts)} of {total}" if len(posts) != total else f"{total}"
        self.set_info(f"{shown} posts")


def post_row(
    scored: ScoredPost, watchlist: Watchlist, text_limit: int = 0, dated: bool = False
) -> Row:
    """One table row; the text column is empty when ``text_limit`` is 0 (narrow panes)."""
    post, score = scored.post, scored.score
    country = score.author_country
    if country is None:
        actor = watchlist.by_handle(post.author, post.platform)
        country = actor.country if actor else None
    return (
        scored.entry_id,
        (
            Text(post.created_at.strftime("%m-%d %H:%M") if dated else clock_time(post.created_at)),
            safe_cell(post.author, limit=12),
            safe_cell(country or "-", limit=3),
            safe_cell(score.lang, limit=3),
            tone_bar(score.tone),
            hostility_bar(score.hostility),
            safe_cell(event_classes(score.events) or "-", limit=16),
            safe_cell(",".join(score.targets) or "-", limit=11),
            safe_cell(post.text, limit=text_limit) if text_limit else Text(""),
        ),
    )
