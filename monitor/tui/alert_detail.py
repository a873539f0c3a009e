"""Detail of one alert: why it fired and the posts that triggered it."""

from __future__ import annotations

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
    a, b = alert.countries
    out = Text(f"{one_line(alert.kind, 20)} · {a} ⇄ {b} · ", style="bold")
    out.append(severity_cell(alert.severity))
    out.append(f"   episode {one_line(alert.key, 20)}\n")
    out.append(f"{one_line(alert.summary, 400)}\n")
    if alert.why:
        out.append("why: ", style="bold")
        out.append(f"{one_line(alert.why, 600)}\n")
    if alert.intensity:
        parts = "   ".join(f"{one_line(d, 10)} {v:.2f}" for d, v in alert.intensity.items())
        out.append(f"intensity: {parts}\n")
    span = f"{alert.first_seen:%Y-%m-%d %H:%M} → {alert.last_seen:%Y-%m-%d %H:%M} UTC"
    out.append(f"seen {span} · actors {', '.join(one_line(x, 40) for x in alert.actors)}\n")
    return out


def alert_post_block(post: AlertPost, trigger: bool) -> Text:
    mark = "▶ trigger " if trigger else "· "
    out = Text(mark, style="bold" if trigger else "")
    out.append(f"{post.created_at:%m-%d %H:%M} @{one_line(post.author, 40)}", style="bold")
    route = f" ({one_line(post.country or '?', 4)}→{one_line(post.target or '?', 4)})  host "
    out.append(route)
    out.append(hostility_bar(post.hostility))
    out.append(f" {post.hostility:.2f}  tone {post.tone:+.2f}  {event_classes(post.events)}\n")
    text = highlight_cues(post.text, (e.cue for e in post.events))
    out.append(Text("\n").join(Text("    ") + line for line in text.split("\n")))
    out.append(f"\n    {one_line(post.url or '(no link)', 300)}\n\n")
    return out


def alert_detail(alert: Alert) -> Text:
    out = alert_header(alert)
    out.append(heading(f"Posts ({len(alert.posts)}), oldest first"))
    for post in sorted(alert.posts, key=lambda p: p.created_at):
        out.append(alert_post_block(post, post.id == alert.trigger_post))
    return out


class AlertDetailScreen(Screen[None]):
    """Why an alert fired, and its trigger posts with their cues highlighted."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "back", "Back"),
        Binding("q", "back", "Back", show=False),
    ]

    def __init__(self, alert: Alert) -> None:
        super().__init__()
        self._body = alert_detail(alert)
        self.sub_title = (
            f"alert {one_line(alert.id, 60)} · {SEVERITY_LABEL.get(alert.severity, '')}"
        )

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="detail"):
            yield Static(self._body, id="detail-body")
        yield Footer()

    def action_back(self) -> None:
        self.dismiss()
