"""Open alerts: pair, severity, age, one-line why."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from rich.text import Text

from monitor.models import Alert
from monitor.tui.render import age, safe_cell, severity_cell
from monitor.tui.table import FeedTable


def alert_reason(alert: Alert) -> str:
    return alert.why or alert.summary


class AlertsPane(FeedTable):
    """One row per open episode; row keys are alert ids."""

    TITLE = "Open alerts"
    COLUMNS = (("pair", "Pair"), ("sev", "Sev"), ("age", "Age"), ("why", "Why"))

    def show(self, alerts: Sequence[Alert], ref: datetime) -> None:
        width = max(20, self.size.width - 27) if self.size.width else 50
        self.replace_rows(
            (
                alert.id,
                (
                    Text("-".join(alert.countries)),
                    severity_cell(alert.severity),
                    Text(age(ref - alert.last_seen)),
                    safe_cell(alert_reason(alert), limit=width),
                ),
            )
            for alert in alerts
        )
        self.set_info(f"{len(alerts)} open" if alerts else "none open")
