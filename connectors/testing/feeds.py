# ruff: noqa: E501  (fixture HTML/JSON literals read better unwrapped)
"""RSS/Atom and Telegram web-preview stand-ins.

Feeds: RSS 2.0 or Atom, ``ETag`` + ``Last-Modified`` with 304s (or only
Last-Modified), entries without guids, a non-UTF-8 charset, malformed XML,
301 moves and 410 Gone. Telegram: ``/s/<channel>`` HTML with the classes
snscrape parses, ``?before=`` paging, forwarded and edited messages, and a
redirect away from ``/s/`` for channels without a preview.
"""

from __future__ import annotations

import hashlib
import html
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import formatdate, parsedate_to_datetime

from connectors.testing.common import Request, Response, html_page


@dataclass
class Feed:
    atom: bool = False
    entries: list[dict[str, str]] = field(default_factory=list)
    etag: bool = True  # False: only Last-Modified validators
    guids: bool = True
    charset: str = "utf-8"
    malformed: bool = False
    moved_to: str | None = None
    gone: bool = False
    updated: float = field(default_factory=time.time)


class RssState:
    def __init__(self) -> None:
        self.feeds: dict[str, Feed] = {}
        self.added_at: dict[str, float] = {}

    def add_feed(self, name: str, **options: object) -> Feed:
        feed = Feed(**options)  # type: ignore[arg-type]
        self.feeds[name] = feed
        return feed

    def add_entry(
        self, name: str, title: str, summary_html: str = "", *, link: str | None = None
    ) -> str:
        feed = self.feeds.setdefault(name, Feed())
        number = len(feed.entries) + 1
        guid = f"https://gov.example/{name}/press/{number}"
        feed.entries.append(
            {
                "id": guid,
                "title": title,
                "summary": summary_html,
                "link": link or guid,
                "published": formatdate(time.time(), usegmt=True),
            }
        )
        feed.updated = time.time()
        self.added_at[guid] = time.time()
        return guid

    def edit_entry(self, name: str, guid: str, title: str) -> None:
        feed = self.feeds[name]
        next(e for e in feed.entries if e["id"] == guid)["title"] = title
        feed.updated = time.time() + 1

    def handle(self, request: Request) -> Response:
        name = request.path.removeprefix("/rss/").removesuffix(".xml")
        feed = self.feeds.get(name)
        if feed is None:
            return 404, {"Content-Type": "text/html"}, html_page("Not Found")
        if feed.gone:
            return 410, {"Content-Type": "text/html"}, html_page("Gone")
        if feed.moved_to:
            return (
                301,
                {"Location": f"/rss/{feed.moved_to}.xml", "Content-Type": "text/html"},
                html_page("Moved"),
            )
        body = self._render(feed)
        etag = f'W/"{hashlib.sha1(body).hexdigest()[:16]}"'
        modified = formatdate(int(feed.updated), usegmt=True)
        validators = {"Last-Modified": modified, **({"ETag": etag} if feed.etag else {})}
        if self._not_modified(request, feed, etag):
            return 304, validators, b""
        content_type = f"application/{'atom' if feed.atom else 'rss'}+xml; charset={feed.charset}"
        return 200, {"Content-Type": content_type, **validators}, body

    def _not_modified(self, request: Request, feed: Feed, etag: str) -> bool:
        match = request.headers.get("If-None-Match") or request.headers.get("if-none-match")
        if feed.etag and match:
            return match == etag
        since = request.headers.get("If-Modified-Since") or request.headers.get("if-modified-since")
        if not since:
            return False
        try:
            return int(feed.updated) <= parsedate_to_datetime(since).timestamp()
        except (TypeError, ValueError):
            return False

    def _render(self, feed: Feed) -> bytes:
        if feed.malformed:
            return b"<?xml version='1.0'?><rss version='2.0'><channel><title>Broken</title><item><title>unclosed"
        esc = html.escape
        if feed.atom:
            items = "".join(
                f'<entry><id>{esc(e["id"])}</id><title>{esc(e["title"])}</title><link href="{esc(e["link"])}"/>'
                f"<published>{_rfc3339(e['published'])}</published><updated>{_rfc3339(e['published'])}</updated>"
                f'<summary type="html">{esc(e["summary"])}</summary></entry>'
                for e in feed.entries
            )
            text = f'<?xml version="1.0" encoding="{feed.charset}"?><feed xmlns="http://www.w3.org/2005/Atom" xml:lang="fr"><title>Ministère</title><id>urn:gov</id><updated>{_rfc3339(formatdate(feed.updated, usegmt=True))}</updated>{items}</feed>'
        else:
            items = "".join(
                "<item>"
                + (f"<guid>{esc(e['id'])}</guid>" if feed.guids else "")
                + f"<title>{esc(e['title'])}</title><link>{esc(e['link'])}</link><pubDate>{e['published']}</pubDate>"
                f"<description>{esc(e['summary'])}</description></item>"
                for e in reversed(feed.entries)
            )
            text = f'<?xml version="1.0" encoding="{feed.charset}"?><rss version="2.0"><channel><title>Press releases</title><link>https://gov.example/</link><language>en</language>{items}</channel></rss>'
        return text.encode(feed.charset, "xmlcharrefreplace")


def _rfc3339(rfc822: str) -> str:
    return parsedate_to_datetime(rfc822).astimezone(UTC).isoformat().replace("+00:00", "Z")


@dataclass
class Message:
    id: int
    html: str
    when: float
    forwarded_from: str | None = None
    edited: bool = False


class TelegramState:
    page_size = 20

    def __init__(self) -> None:
        self.channels: dict[str, list[Message]] = {}
        self.no_preview: set[str] = set()
        self._last: dict[str, int] = {}
        self.added_at: dict[str, float] = {}

    def add_post(self, channel: str, text_html: str, *, forwarded_from: str | None = None) -> str:
        messages = self.channels.setdefault(channel, [])
        number = self._last.get(channel, 100) + 1
        self._last[channel] = number
        messages.append(Message(number, text_html, time.time(), forwarded_from))
        post_id = f"{channel}/{number}"
        self.added_at[post_id] = time.time()
        return post_id

    def edit_post(self, post_id: str, text_html: str) -> None:
        channel, number = post_id.split("/")
        message = next(m for m in self.channels[channel] if m.id == int(number))
        message.html, message.edited = text_html, True

    def delete_post(self, post_id: str) -> None:
        channel, number = post_id.split("/")
        self.channels[channel] = [m for m in self.channels[channel] if m.id != int(number)]

    def handle(self, request: Request) -> Response:
        channel = request.path.removeprefix("/s/").strip("/")
        if channel in self.no_preview or channel not in self.channels:
            return 302, {"Location": f"https://t.me/{channel}", "Content-Type": "text/html"}, b""
        before = request.arg("before")
        messages = [m for m in self.channels[channel] if not before or m.id < int(before)]
        page = messages[-self.page_size :]
        body = "".join(self._message(channel, m) for m in page)
        more = (
            f'<a class="tme_messages_more js-messages_more" data-before="{page[0].id}" href="/s/{channel}?before={page[0].id}"></a>'
            if page and page[0].id > 101
            else ""
        )
        doc = f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{channel} – Telegram</title></head><body><div class="tgme_channel_info"><div class="tgme_channel_info_header_title"><span>{channel}</span></div></div><section class="tgme_channel_history js-message_history">{more}{body}</section></body></html>'
        return 200, {"Content-Type": "text/html; charset=utf-8"}, doc.encode()

    def _message(self, channel: str, m: Message) -> str:
        when = datetime.fromtimestamp(m.when, UTC).replace(microsecond=0).isoformat()
        forwarded = (
            f'<div class="tgme_widget_message_forwarded_from accent_color">Forwarded from <a class="tgme_widget_message_forwarded_from_name" href="https://t.me/{m.forwarded_from}">{m.forwarded_from}</a></div>'
            if m.forwarded_from
            else ""
        )
        edited = '<span class="tgme_widget_message_meta">edited </span>' if m.edited else ""
        return (
            f'<div class="tgme_widget_message_wrap js-widget_message_wrap"><div class="tgme_widget_message text_not_supported_wrap js-widget_message" data-post="{channel}/{m.id}" data-view="x">'
            f'<div class="tgme_widget_message_bubble">{forwarded}<div class="tgme_widget_message_text js-message_text" dir="auto">{m.html}</div>'
            f'<div class="tgme_widget_message_footer compact js-message_footer"><div class="tgme_widget_message_info short js-message_info">'
            f'<span class="tgme_widget_message_views">1.2K</span>{edited}<span class="tgme_widget_message_meta"><a class="tgme_widget_message_date" href="https://t.me/{channel}/{m.id}"><time datetime="{when}" class="time">10:00</time></a></span>'
            "</div></div></div></div></div>"
        )
