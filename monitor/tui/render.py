"""Small renderers shared by the panes: bars, sparklines, ages, highlighted text.

Every bar and label also reads without colour: length, glyph or word carry the
value, colour only repeats it. All post text is made terminal-safe here and
wrapped in ``rich.text.Text`` so that it is never parsed as markup.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import datetime, timedelta

from rich.text import Text

from monitor.models import Event
from monitor.textsafe import one_line, terminal_safe

SPARK_LEVELS = "▁▂▃▄▅▆▇█"
SEVERITY_LABEL = {"critical": "CRIT!", "warning": "WARN", "info": "info"}
SEVERITY_STYLE = {"critical": "bold red", "warning": "bold yellow", "info": "dim"}
CUE_STYLE = "bold reverse"
MAX_TEXT = 10_000  # characters of one post shown in a detail screen


def safe_cell(text: str, limit: int = 40, style: str = "") -> Text:
    """A one-line, terminal-safe table cell."""
    return Text(one_line(text, limit=limit), style=style, no_wrap=True, overflow="ellipsis")


def hostility_style(value: float) -> str:
    if value >= 0.6:
        return "bold red"
    if value >= 0.3:
        return "yellow"
    return "green"


def hostility_bar(value: float, width: int = 5) -> Text:
    """``███░░``: filled cells for 0..1."""
    value = min(1.0, max(0.0, value))
    filled = round(value * width)
    bar = Text("█" * filled, style=hostility_style(value))
    bar.append("░" * (width - filled), style="dim")
    return bar


def tone_bar(value: float, half: int = 3) -> Text:
    """`` ▓▓│   `` for negative tone, ``   │▓▓ `` for positive; the axis is always drawn."""
    value = min(1.0, max(-1.0, value))
    cells = round(abs(value) * half)
    left = ("▓" * cells).rjust(half) if value < 0 else " " * half
    right = ("▓" * cells).ljust(half) if value > 0 else " " * half
    bar = Text(left, style="red")
    bar.append("│", style="dim")
    bar.append(right, style="green")
    return bar


def sparkline(values: Sequence[float], ceiling: float | None = None) -> Text:
    """One glyph per value; ``·`` marks no activity so that empty reads as empty."""
    top = ceiling if ceiling is not None else max(values, default=0.0)
    out = Text(no_wrap=True)
    for value in values:
        if value <= 0 or top <= 0:
            out.append("·", style="dim")
            continue
        level = min(len(SPARK_LEVELS) - 1, int(value / top * (len(SPARK_LEVELS) - 1) + 0.5))
        out.append(SPARK_LEVELS[max(level, 0)], style=hostility_style(value / top))
    return out


def age(delta: timedelta) -> str:
    """``42s``, ``5m``, ``3h``, ``2d``; never negative."""
    seconds = max(0, int(delta.total_seconds()))
    if seconds < 60:
        return f"{seconds}s"
    if seconds < 3600:
        return f"{seconds // 60}m"
    if seconds < 86400:
        return f"{seconds // 3600}h"
    return f"{seconds // 86400}d"


def severity_cell(severity: str) -> Text:
    return Text(
        SEVERITY_LABEL.get(severity, one_line(severity, 8)), style=SEVERITY_STYLE.get(severity, "")
    )


def clock_time(moment: datetime) -> str:
    return moment.strftime("%H:%M")


def event_classes(events: Iterable[Event]) -> str:
    """``THREATEN,SANCTION,¬REJECT``, each class once: negated events carry ``¬``."""
    names = (("¬" if e.negated else "") + one_line(e.cls, 16) for e in events)
    return ",".join(dict.fromkeys(names))


def highlight_cues(text: str, cues: Iterable[str], limit: int = MAX_TEXT) -> Text:
    """Terminal-safe text (up to ``limit`` characters) with each cue highlighted."""
    safe = terminal_safe(text[: limit + 1000])
    more = len(text) - limit
    if len(safe) > limit:
        safe = safe[:limit]
    out = Text(safe)
    if more > 0:
        out.append(f"\n[… {more} more characters not shown]", style="italic")
    for cue in {terminal_safe(c, keep_newlines=False).strip() for c in cues}:
        if len(cue) < 2:
            continue
        for found in re.finditer(re.escape(cue), safe, flags=re.IGNORECASE):
            out.stylize(CUE_STYLE, found.start(), found.end())
    return out


def intensity_cell(value: float | None) -> Text:
    if value is None:
        return Text("  -", style="dim")
    return Text(f"{value:4.2f}", style=hostility_style(min(value, 1.0)))
