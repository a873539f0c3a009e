"""Text pieces shared by the sinks: headline, pair, post lines, safe cuts.

Everything an alert carries that came from a post (text, author, url) is
untrusted; each sink escapes it for its own medium. These helpers only
strip control characters and cut, so the result is one clean line.
"""

from __future__ import annotations

import re
from datetime import datetime

from monitor.models import Alert, AlertPost

_CONTROLS = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")
_SAFE_URL = re.compile(r"https?://[^\s<>|\"'`\\]{1,2000}")

KIND_TITLE = {
    "hostile_exchange": "hostile exchange",
    "escalated": "escalated",
    "resolved": "resolved",
}


def strip_controls(text: str) -> str:
    """One line: every C0/C1 control, DEL and line separator becomes a space."""
    return " ".join(_CONTROLS.sub(" ", text).split())


def cut(text: str, limit: int) -> str:
    """``text`` cut to at most ``limit`` characters, marking the cut."""
    return text if len(text) <= limit else text[: max(limit - 1, 0)] + "…"


def pair(alert: Alert) -> str:
    a, b = alert.countries
    return f"{strip_controls(a)[:8]}-{strip_controls(b)[:8]}"


def quoted_posts(alert: Alert, limit: int) -> list[AlertPost]:
    """The posts to quote: the trigger post first, then the rest in order."""
    posts = sorted(alert.posts, key=lambda p: p.id != alert.trigger_post)
    return posts[:limit]


def headline(alert: Alert) -> str:
    kind = KIND_TITLE.get(alert.kind, alert.kind)
    return f"{alert.severity.upper()} {pair(alert)}: {kind}"


def when(at: datetime) -> str:
    return at.strftime("%Y-%m-%d %H:%M UTC")


def safe_url(url: str | None) -> str | None:
    """The post's URL when it is a plain http(s) URL, else None."""
    if url is None or _SAFE_URL.fullmatch(url) is None:
        return None
    return url


def post_meta(post: AlertPost) -> str:
    """``@author (COL) · 2025-01-26 14:02 UTC · es · tone -0.62 · hostility 0.91``."""
    author = cut(strip_controls(post.author), 60)
    who = f"@{author}" + (f" ({strip_controls(post.country)[:8]})" if post.country else "")
    parts = [who, when(post.created_at)]
    if post.lang:
        parts.append(strip_controls(post.lang)[:8])
    parts.append(f"tone {post.tone:+.2f}")
    parts.append(f"hostility {post.hostility:.2f}")
    if post.events:
        classes = sorted({strip_controls(e.cls)[:20] for e in post.events})
        parts.append("events " + ",".join(classes[:6]))
    return " · ".join(parts)
