"""Console sink: alerts printed readably, made safe for a terminal.

The default receiver when none is configured. Post text may carry ANSI
escapes, bidi overrides or control characters; ``terminal_safe`` removes
them before anything reaches the screen.
"""

from __future__ import annotations

from typing import TextIO

from alerts.render import headline, post_meta, quoted_posts, safe_url, when
from monitor.errors import SinkError
from monitor.models import Alert
from monitor.textsafe import one_line, terminal_safe

MAX_POSTS = 5


def format_alert(alert: Alert) -> str:
    """A few readable lines for one alert."""
    lines = [f"== {one_line(headline(alert), 120)} ==", f"   {one_line(alert.summary, 300)}"]
    for post in quoted_posts(alert, MAX_POSTS):
        lines.append(f"   - {one_line(post_meta(post), 200)}")
        text = terminal_safe(post.text, keep_newlines=False)
        lines.append(f"     {one_line(text, 400)}")
        url = safe_url(post.url)
        if url:
            lines.append(f"     {one_line(url, 300)}")
    if alert.why:
        lines.append(f"   why: {one_line(alert.why, 300)}")
    seen = f"first seen {when(alert.first_seen)}, last seen {when(alert.last_seen)}"
    lines.append(f"   {seen}, episode {one_line(alert.key, 60)}")
    return "\n".join(lines) + "\n"


class ConsoleNotifier:
    """Writes each alert to a text stream (stdout by default)."""

    def __init__(self, name: str, out: TextIO) -> None:
        self.name = name
        self._out = out

    async def send(self, alert: Alert) -> None:
        try:
            self._out.write(format_alert(alert))
            self._out.flush()
        except (OSError, ValueError) as exc:
            raise SinkError(
                f"receiver {self.name}: cannot write: {exc}", retryable=True, reason="write"
            ) from None

    async def aclose(self) -> None:
        return None
