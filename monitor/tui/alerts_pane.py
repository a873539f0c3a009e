"""Open alerts: pair, severity, age, one-line why."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from rich.text import Text

from monitor.models import Alert
from monitor.tui.render import age, safe_cell, severity_cell
from monitor.tui.table import FeedTable


def alert_reason(alert: Alert) -> str:
    """One line: per direction, the hostile event classes and the intensity."""
    if alert.kind == "resolved":
        return alert.summary or alert.why
    parts = []
    for source, target in _directions(alert):
        classes: list[str] = []
        for post in alert.posts:
            if (post.country, post.target) == (source, target):
                classes += [e.cls for e in post.events if e.weight < 0 and e.cls not in classes]
        value = alert.intensity.get(f"{source}>{target}")
        level = f" {value:.2f}" if value is not None else ""
        parts.append(f"{source}>{target} {'/'.join(classes[:3]) or 'hostile'}{level}")
    return " · ".join(parts) or alert.why or alert.summary


def _directions(alert: Alert) -> list[tuple[str, str]]:
    a, b = alert.countries
    seen = {(p.country, p.target) for p in alert.posts}
    return [d for d in ((a, b), (b, a)) if d in seen or f"{d[0]}>{d[1]}" in alert.intensity]


class AlertsPane(FeedTable):
    """One row per open episode; row keys are alert ids."""

    TITLE = "Open alerts"
    COLUMNS = (("pair", "Pair"), ("sev", "Sev"), ("age", "Age"), ("why", "Why"))

    def show(self, alerts: Sequence[Alert], ended: Sequence[Alert], ref: datetime) -> None:
        """Open episodes first, then those that ended lately (dimmed, marked ``ended``)."""
        width = max(20, self.size.width - 27) if self.size.width else 50
        self.replace_rows(
            (
                alert.id,
                (
                    safe_cell("-".join(alert.countries), limit=9, style="dim" if done else ""),
                    Text("ended", style="dim") if done else severity_cell(alert.severity),
                    Text(age(ref - alert.last_seen)),
                    safe_cell(alert_reason(alert), limit=width, style="dim" if done else ""),
                ),
            )
            for alert, done in [*((a, False) for a in alerts), *((a, True) for a in ended)]
        )
        info = f"{len(alerts)} open" if alerts else "none open"
        self.set_info(info + (f", {len(ended)} ended" if ended else ""))
