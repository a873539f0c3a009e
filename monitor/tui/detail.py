"""Detail of one post: full text with cues highlighted, scores, link, episode."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Static

from monitor.models import Alert, Event
from monitor.scores_view import ScoredPost
from monitor.textsafe import one_line
from monitor.tui.render import (
    SEVERITY_LABEL,
    highlight_cues,
    hostility_bar,
    tone_bar,
)
from monitor.watchlist import Watchlist


def heading(text: str) -> Text:
    out = Text("\n")
    out.append(text, style="bold underline")
    out.append("\n")
    return out


def event_line(event: Event) -> Text:
    marks = [m for m, on in (("negated", event.negated), ("hedged", event.hedged)) if on]
    line = Text(f"  {one_line(event.cls, 16):<11}", style="bold")
    line.append(f" {event.weight:+5.1f}")
    line.append(f"  → {one_line(event.target or '-', 8):<4}")
    line.append("  “")
    line.append(one_line(event.cue, 80), style="reverse")
    line.append("”")
    if marks:
        line.append(f"  ({', '.join(marks)})", style="italic")
    return line + "\n"


def post_header(scored: ScoredPost, watchlist: Watchlist) -> Text:
    post, score = scored.post, scored.score
    actor = watchlist.get(score.author_actor) if score.author_actor else None
    actor = actor or watchlist.by_handle(post.author, post.platform)
    who = Text("@" + one_line(post.author, 60), style="bold")
    if actor is not None:
        who.append(f"  {one_line(actor.name, 60)} ({one_line(actor.country, 8)}, {actor.role})")
    when = post.created_at.strftime("%Y-%m-%d %H:%M UTC")
    who.append(f"\n{one_line(post.platform, 20)} · {when} · {one_line(post.kind, 10)}")
    who.append(f" · declared lang {one_line(post.lang or '-', 8)}\n")
    return who


def scores_block(scored: ScoredPost) -> Text:
    score = scored.score
    out = heading("Scores")
    out.append("  tone       ")
    out.append(tone_bar(score.tone))
    out.append(f" {score.tone:+.2f}\n  hostility  ")
    out.append(hostility_bar(score.hostility, width=7))
    out.append(f" {score.hostility:.2f}")
    by_target = ", ".join(f"{one_line(c, 8)} {h:.2f}" for c, h in score.hostility_by_target.items())
    out.append(f"   toward {by_target}\n" if by_target else "\n")
    support = (
        "scored fully" if score.lang_supported else "partly scored (language not fully supported)"
    )
    out.append(f"  language   {one_line(score.lang, 8)}, {support}\n")
    targets = ", ".join(one_line(t, 8) for t in score.targets) or "-"
    actors = ", ".join(one_line(a, 40) for a in score.target_actors) or "-"
    out.append(f"  targets    {targets}; actors {actors}\n")
    out.append(heading("Events (cues highlighted in the text)"))
    for event in score.events:
        out.append(event_line(event))
    if not score.events:
        out.append("  none\n")
    return out


def episode_block(episodes: Sequence[Alert]) -> Text:
    out = heading("Episode")
    if not episodes:
        out.append("  not part of an alerted episode\n")
    for alert in episodes:
        sev = SEVERITY_LABEL.get(alert.severity, alert.severity)
        span = f"{alert.first_seen:%m-%d %H:%M} → {alert.last_seen:%m-%d %H:%M} UTC"
        out.append(f"  {one_line(alert.key, 20)} · {one_line(alert.kind, 20)} · {sev} · {span}\n")
        out.append(f"  {one_line(alert.summary, 300)}\n")
        if alert.why:
            out.append(f"  why: {one_line(alert.why, 400)}\n")
    return out


def post_detail(scored: ScoredPost, episodes: Sequence[Alert], watchlist: Watchlist) -> Text:
    """The whole detail page as one terminal-safe Text."""
    out = post_header(scored, watchlist)
    out.append("\n")
    out.append(highlight_cues(scored.post.text, (e.cue for e in scored.score.events)))
    out.append("\n")
    out.append(scores_block(scored))
    out.append(heading("Link"))
    out.append(f"  {one_line(scored.post.url or '(none)', 300)}\n")
    out.append(episode_block(episodes))
    return out


class PostDetailScreen(Screen[None]):
    """Full post, cues highlighted, scores, link and episode."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "back", "Back"),
        Binding("q", "back", "Back", show=False),
    ]

    def __init__(self, scored: ScoredPost, episodes: Sequence[Alert], watchlist: Watchlist) -> None:
        super().__init__()
        self._body = post_detail(scored, episodes, watchlist)
        self.sub_title = f"post {one_line(scored.post.id, 60)}"

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="detail"):
            yield Static(self._body, id="detail-body")
        yield Footer()

    def action_back(self) -> None:
        self.dismiss()
