"""Telegram public channels through the web preview, ``t.me/s/<channel>``.

The page holds the latest ~20 messages (``div.tgme_widget_message`` with
``data-post="chan/123"``); older ones come from ``?before=<id>``. Ids are
sequential per channel, so the cursor is the newest id seen. The page is also
the window: changed text is an edit, an id gone from the covered range a
deletion. A forwarded message is recorded as a repost. A channel without a
preview redirects away from ``/s/``; that stops polling it for a while.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from html.parser import HTMLParser

from connectors.base import PolledConnector, Seen, delete_post, reconcile, version_of
from connectors.http import FetchError
from connectors.ratelimit import Budget
from connectors.text import html_to_text, parse_time
from monitor.models import Post

MAX_PAGES = 5
PAGE_SIZE = 20  # what t.me/s/ shows at most


@dataclass
class _Message:
    post: str
    text: list[str] = field(default_factory=list)
    when: str | None = None
    url: str | None = None
    forwarded: bool = False
    reply: str | None = None


def _classes(attrs: list[tuple[str, str | None]]) -> set[str]:
    return set((dict(attrs).get("class") or "").split())


class PreviewParser(HTMLParser):
    """Extracts messages from a ``t.me/s/`` page (class names as snscrape parses them)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.messages: list[_Message] = []
        self._depth = 0
        self._text_depth: int | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        classes = _classes(attrs)
        if tag == "div":
            self._depth += 1
            if "tgme_widget_message" in classes and a.get("data-post"):
                self.messages.append(_Message(post=str(a["data-post"])))
            elif "tgme_widget_message_text" in classes and self.messages:
                self._text_depth = self._depth
        if not self.messages:
            return
        current = self.messages[-1]
        in_text = self._text_depth is not None and self._depth >= self._text_depth
        opens_text = tag == "div" and self._depth == self._text_depth
        if in_text and not opens_text:
            current.text.append(self.get_starttag_text() or "")
        if tag == "a" and "tgme_widget_message_date" in classes:
            current.url = a.get("href")
        elif tag == "a" and "tgme_widget_message_reply" in classes:
            current.reply = _post_from_url(a.get("href"))
        elif tag == "time" and a.get("datetime") and current.when is None:
            current.when = a.get("datetime")
        elif "tgme_widget_message_forwarded_from" in classes:
            current.forwarded = True

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self._text_depth is not None and self.messages:
            self.messages[-1].text.append(self.get_starttag_text() or "")

    def handle_endtag(self, tag: str) -> None:
        if (
            self._text_depth is not None
            and self.messages
            and not (tag == "div" and self._text_depth == self._depth)
        ):
            self.messages[-1].text.append(f"</{tag}>")
        if tag != "div":
            return
        if self._text_depth == self._depth:
            self._text_depth = None
        self._depth = max(0, self._depth - 1)

    def handle_data(self, data: str) -> None:
        if self._text_depth is not None and self.messages:
            self.messages[-1].text.append(html.escape(data, quote=False))


def _post_from_url(href: str | None) -> str | None:
    if not href:
        return None
    parts = href.split("?")[0].rstrip("/").split("/")
    return f"{parts[-2]}/{parts[-1]}" if len(parts) >= 2 and parts[-1].isdigit() else None


def _number(post_id: str) -> int:
    tail = post_id.rsplit("/", 1)[-1]
    return int(tail) if tail.isdigit() else -1


def parse_preview(html: str, channel: str) -> list[Post]:
    parser = PreviewParser()
    try:
        parser.feed(html)
        parser.close()
    except (AssertionError, ValueError):
        pass  # keep what was parsed before the broken markup
    posts = []
    for m in parser.messages:
        if _number(m.post) < 0:
            continue
        posts.append(
            Post(
                id=m.post,
                platform="telegram",
                author=channel,
                created_at=parse_time(m.when),
                text=html_to_text("".join(m.text)),
                reply_to=m.reply,
                url=m.url or f"https://t.me/{m.post}",
                kind="repost" if m.forwarded else "post",
            )
        )
    return posts


class TelegramConnector(PolledConnector):
    platform = "telegram"
    default_base_url = "https://t.me"
    budget = Budget(20, 60.0)  # undocumented; poll gently

    async def _page(self, channel: str, before: int | None = None) -> list[Post]:
        assert self.http is not None
        params: dict[str, str | int] = {"before": before} if before else {}
        url = f"{self.base_url}/s/{channel}"
        response = await self.http.get(url, params=params, limiter=self.limiter())
        if response.status_code in (301, 302, 303, 307, 308):
            raise FetchError(
                f"telegram: {channel} has no public preview (redirected)",
                reason="no_preview",
                retryable=False,
            )
        if response.status_code != 200:
            raise FetchError(
                f"telegram: {channel}: HTTP {response.status_code}",
                reason="http_4xx",
                retryable=False,
                status=response.status_code,
            )
        return parse_preview(response.text, channel)

    async def poll(self, account: str) -> None:
        channel = account.lstrip("@").removeprefix("https://t.me/").strip("/")
        cursor_text = await self.store.cursor(account)
        cursor = int(cursor_text) if cursor_text and cursor_text.isdigit() else None
        first = await self._page(channel)
        posts = list(first)
        page = first
        for _ in range(MAX_PAGES - 1):
            if cursor is None or not page or min(_number(p.id) for p in page) <= cursor + 1:
                break
            page = await self._page(channel, before=min(_number(p.id) for p in page))
            posts += page
        new = [p for p in posts if cursor is None or _number(p.id) > cursor]
        new = sorted({p.id: p for p in new}.values(), key=lambda p: _number(p.id))
        await self.publish(new if cursor is not None else self.recent(new))
        await self._reconcile(account, first, known=cursor is not None)
        if new:
            await self.store.save_cursor(account, str(_number(new[-1].id)))

    async def _reconcile(self, account: str, first: list[Post], known: bool) -> None:
        seen = [Seen(p, f"{_number(p.id):020d}", version_of(p.text)) for p in first]
        old = await self.store.window(account)
        edits, deleted, window = reconcile(old, seen, covers_all=len(first) < PAGE_SIZE)
        if known:
            now = parse_time(self.clock.time())
            gone = [delete_post("telegram", account, pid, now) for pid in deleted]
            await self.publish([*edits, *gone])
        await self.store.save_window(account, window)
