"""Slack incoming-webhook sink with Block Kit.

Untrusted text (post text, authors, summaries) is escaped for Slack's three
control characters (&, <, >), so ``<!channel>``, ``<@U123>`` and
``<https://evil|bank>`` arrive as inert text. Post text goes in
``plain_text`` objects and metadata in code spans, so ``*bold*`` or a
leading ``>`` cannot spoof formatting. Lengths stay within Slack's limits
(header 150, section 3000, 50 blocks); we also keep the whole payload well
under the ~12k characters where Slack starts refusing blocks.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from alerts import http
from alerts.config import ReceiverConfig, env_dict
from alerts.render import (
    KIND_TITLE,
    cut,
    headline,
    post_meta,
    quoted_posts,
    safe_url,
    strip_controls,
    when,
)
from monitor.errors import ConfigError
from monitor.models import Alert, AlertPost
from monitor.secrets import Secret, resolve_secret

MAX_POSTS = 5
POST_TEXT_LIMIT = 1200
SUMMARY_LIMIT = 1000
HEADER_LIMIT = 150
SEVERITY_ICON = {"info": ":large_blue_circle:", "warning": ":warning:", "critical": ":red_circle:"}

Block = dict[str, Any]


def escape(text: str) -> str:
    """Slack escaping: only &, < and > are control characters."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def fit(text: str, limit: int) -> str:
    """Escape ``text`` and cut it so the escaped form is at most ``limit`` long.

    The cut falls between characters of the original, so an entity is never split.
    """
    escaped = escape(text)
    if len(escaped) <= limit:
        return escaped
    out: list[str] = []
    size = 0
    for char in text:
        piece = escape(char)
        if size + len(piece) > limit - 1:
            break
        out.append(piece)
        size += len(piece)
    return "".join(out) + "…"


def _plain(text: str, limit: int) -> dict[str, Any]:
    return {"type": "plain_text", "text": fit(text, limit) or " ", "emoji": False}


def _code(text: str) -> str:
    """A mrkdwn code span: no formatting can start inside it."""
    return "`" + fit(strip_controls(text).replace("`", "'"), 400) + "`"


def _post_blocks(post: AlertPost) -> list[Block]:
    meta = _code(post_meta(post))
    url = safe_url(post.url)
    if url is not None:
        meta += f" · <{escape(url)}|open post>"
    text = post.text if post.text.strip() else "(no text)"
    return [
        {"type": "context", "elements": [{"type": "mrkdwn", "text": meta}]},
        {"type": "section", "text": _plain(text, POST_TEXT_LIMIT)},
    ]


def build_payload(alert: Alert) -> dict[str, Any]:
    """The webhook JSON body for ``alert``."""
    icon = SEVERITY_ICON.get(alert.severity, "")
    title = headline(alert)
    blocks: list[Block] = [
        {"type": "header", "text": _plain(title, HEADER_LIMIT)},
        {"type": "section", "text": _plain(strip_controls(alert.summary) or title, SUMMARY_LIMIT)},
    ]
    for post in quoted_posts(alert, MAX_POSTS):
        blocks.extend(_post_blocks(post))
    if len(alert.posts) > MAX_POSTS:
        more = f"and {len(alert.posts) - MAX_POSTS} more posts"
        blocks.append({"type": "context", "elements": [_plain(more, 100)]})
    if alert.why:
        blocks.append({"type": "context", "elements": [_plain("Why: " + alert.why, 2000)]})
    seen = f"first seen {when(alert.first_seen)} · last seen {when(alert.last_seen)}"
    footer = f"{seen} · episode {cut(strip_controls(alert.key), 60)}"
    blocks.append({"type": "context", "elements": [_plain(footer, 300)]})
    kind = KIND_TITLE.get(alert.kind, alert.kind)
    fallback = f"{icon} {alert.severity.upper()} {'-'.join(alert.countries)}: {kind}"
    return {"text": fit(strip_controls(fallback), 300), "blocks": blocks}


class SlackNotifier:
    """Posts Block Kit messages to one Slack incoming webhook."""

    def __init__(self, name: str, webhook_url: Secret, *, timeout: float) -> None:
        self.name = name
        self._url = webhook_url
        self._client = http.new_client(timeout)

    @classmethod
    def from_config(
        cls, cfg: ReceiverConfig, *, timeout: float, environ: Mapping[str, str] | None = None
    ) -> SlackNotifier:
        if not cfg.webhook_url:
            raise ConfigError(f"receivers[{cfg.name}].webhook_url is required for slack")
        what = f"receivers[{cfg.name}].webhook_url"
        url = resolve_secret(cfg.webhook_url, what=what, environ=env_dict(environ))
        if not url.get().startswith(("https://", "http://")):
            raise ConfigError(f"{what}: not an http(s) URL")
        return cls(cfg.name, url, timeout=timeout)

    async def send(self, alert: Alert) -> None:
        body = json.dumps(build_payload(alert), ensure_ascii=False).encode("utf-8")
        headers = {"Content-Type": "application/json; charset=utf-8"}
        await http.post(self._client, self.name, self._url, body, headers)

    async def aclose(self) -> None:
        await self._client.aclose()
