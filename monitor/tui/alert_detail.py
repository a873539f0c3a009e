"""Detail of one alert: why it fired and the posts that triggered it."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Static

from monitor.models import Alert, AlertPost
from monitor.textsafe import one_line
from monitor.tui.detail import heading
from monitor.tui.render import (
    SEVERITY_LABEL,
    event_classes,
    highlight_cues,
    hostility_bar,
    severity_cell,
)


def alert_header(alert: Alert) -> Text:
    a, b = (one_line(c, 8) for c in alert.countries)
    out = Text(f"{one_line(alert.kind, 20)} · {a} ⇄ {b} · ", style="bold")
    out.append(severity_cell(alert.severity))
    out.append(f"   episode {one_line(alert.key, 20)}\n")
    out.append(f"{one_line(alert.summary, 400)}\n")
    if alert.why:
        out.append("why: ", style="bold")
        out.append(f"{one_line(alert.why, 4000)}\n")
    if alert.intensity:
        parts = "   ".join(f"{one_line(d, 10)} {v:.2f}" for d, v in alert.intensity.items())
        out.append(f"intensity: {parts}\n")
    span = f"{alert.first_seen:%Y-%m-%d %H:%M} → {alert.last_seen:%Y-%m-%d %H:%M} UTC"
    out.append(f"seen {span} · actors {', '.join(one_line(x, 40) for x in alert.actors)}\n")
    return out


def alert_post_line(post: AlertPost, mark: str) -> Text:
    out = Text(mark, style="bold")
    out.append(f"{post.created_at:%m-%d %H:%M} @{one_line(post.author, 40)}", style="bold")
    route = f" ({one_line(post.country or '?', 4)}→{one_line(post.target or '?', 4)})  host "
    out.append(route)
    out.append(hostility_bar(post.hostility))
    out.append(f" {post.hostility:.2f}  tone {post.tone:+.2f}  {event_classes(post.events)}")
    return out


def alert_post_body(post: AlertPost) -> Text:
    """The post's text with cues highlighted, then its link."""
    out = highlight_cues(post.text, (e.cue for e in post.events))
    out.append(f"\n{one_line(post.url or '(no link)', 300)}\n", style="underline")
    return out


def history_block(history: Sequence[Alert]) -> Text:
    """One line per change of the episode: when, kind, severity, trigger author."""
    out = Text()
    for change in history:
        author = next((p.author for p in change.posts if p.id == change.trigger_post), "?")
        out.append(f"{change.at:%m-%d %H:%M}  {one_line(change.kind, 20):<16} ")
        out.append(severity_cell(change.severity))
        out.append(f"  on @{one_line(author, 40)}\n")
    return out


def alert_detail(alert: Alert, history: Sequence[Alert] = ()) -> list[tuple[Text, str]]:
    """The page as (text, css class) blocks: quoted post bodies are indented."""
    blocks = [(alert_header(alert), "")]
    if len(history) > 1:
        blocks += [(heading("Episode so far"), "heading"), (history_block(history), "")]
    opener = history[0].trigger_post if history else alert.trigger_post
    leading = [alert.trigger_post] if opener == alert.trigger_post else [opener, alert.trigger_post]
    first = [p for i in leading for p in alert.posts if p.id == i]
    others = sorted((p for p in alert.posts if p.id not in leading), key=lambda p: p.created_at)
    lead = "Trigger post" if len(first) == 1 else "◆ opened the episode, ▶ this change"
    for title, posts in ((lead, first), (f"Other posts ({len(others)})", others)):
        if posts:
            blocks.append((heading(title), "heading"))
        for post in posts:
            mark = "▶ " if post.id == alert.trigger_post else "◆ " if post.id == opener else "· "
            blocks.append((alert_post_line(post, mark), ""))
            blocks.append((alert_post_body(post), "quote"))
    return blocks


class AlertDetailScreen(Screen[None]):
    """Why an alert fired, and its trigger posts with their cues highlighted."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "back", "Back"),
        Binding("q", "back", "Back", show=False),
    ]

    def __init__(self, alert: Alert, history: Sequence[Alert] = ()) -> None:
        super().__init__()
        self._body = alert_detail(alert, history)
        self.sub_title = (
            f"alert {one_line(alert.id, 60)} · {SEVERITY_LABEL.get(alert.severity, '')}"
        )

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="detail"):
            for text, classes in self._body:
                text.rstrip()
                yield Static(text, classes=classes)
        yield Footer()

    def action_back(self) -> None:
        self.dismiss()
