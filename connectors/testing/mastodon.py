# ruff: noqa: E501  (fixture HTML/JSON literals read better unwrapped)
"""Mastodon (and Truth Social) REST stand-in: lookup, statuses with max/since/min id.

``since_id`` returns the newest page above the bound (leaving a gap, as the
real server does); ``min_id`` returns the page immediately above it. Arrays
are newest first, with a ``Link`` header. Content is sanitised-style HTML with
entities and ``span.invisible`` URL parts; boosts wrap the original in
``reblog`` with empty ``content``; edits keep the id and set ``edited_at``.
"""

from __future__ import annotations

import copy
import html
import time
from collections.abc import Callable
from typing import Any

from connectors.testing.common import (
    Ids,
    Request,
    Response,
    Window,
    iso_ms,
    json_response,
    rate_headers,
)


def link_html(url: str) -> str:
    """A link the way Mastodon renders it: scheme and tail in invisible spans."""
    scheme, _, rest = url.partition("://")
    shown, tail = rest[:23], rest[23:]
    ellipsis = (
        f'<span class="ellipsis">{shown}</span><span class="invisible">{tail}</span>'
        if tail
        else f"<span>{shown}</span>"
    )
    return f'<a href="{url}" rel="nofollow noopener" target="_blank"><span class="invisible">{scheme}://</span>{ellipsis}</a>'


def mention_html(acct: str, host: str) -> str:
    user = acct.split("@")[0]
    return f'<span class="h-card"><a href="https://{host}/@{user}" class="u-url mention">@<span>{user}</span></a></span>'


class MastodonState:
    def __init__(
        self, prefix: str, *, truth: bool = False, limit: int = 300, window: float = 300.0
    ) -> None:
        self.prefix = prefix
        self.truth = truth
        self.host = "truthsocial.com" if truth else "mastodon.example"
        self.accounts: dict[str, dict[str, Any]] = {}  # acct (casefolded) -> Account
        self.statuses: list[dict[str, Any]] = []  # oldest first
        self.added_at: dict[str, float] = {}
        self.window = Window(limit, window)
        self.listeners: list[Callable[[str, Any], None]] = []  # (event, payload) for streaming
        self._ids = Ids(113_000_000_000_000_000 if truth else 112_000_000_000_000_000)
        self._account_ids = Ids(107_780_257_626_128_000)

    def add_account(self, acct: str) -> str:
        key = acct.casefold()
        if key not in self.accounts:
            account_id = self._account_ids.next()
            self.accounts[key] = {
                "id": account_id,
                "username": acct,
                "acct": acct,
                "display_name": acct,
                "url": f"https://{self.host}/@{acct}",
                "note": "<p>Official account</p>",
                "created_at": "2022-02-01T00:00:00.000Z",
                "statuses_count": 0,
                "last_status_at": "2026-01-01",
                **(
                    {"verified": True, "location": "", "website": "", "premium": False}
                    if self.truth
                    else {}
                ),
            }
        return str(self.accounts[key]["id"])

    def add_post(
        self,
        acct: str,
        content_html: str,
        *,
        reblog_of: str | None = None,
        reply_to: str | None = None,
        mentions: tuple[str, ...] = (),
        language: str | None = "en",
        spoiler: str = "",
    ) -> str:
        self.add_account(acct)
        account = self.accounts[acct.casefold()]
        status_id = self._ids.next()
        reblog = (
            next((s for s in self.statuses if s["id"] == reblog_of), None) if reblog_of else None
        )
        status: dict[str, Any] = {
            "id": status_id,
            "created_at": iso_ms(time.time()),
            "in_reply_to_id": reply_to,
            "in_reply_to_account_id": None,
            "sensitive": False,
            "spoiler_text": spoiler,
            "visibility": "public",
            "language": None if reblog else language,
            "uri": f"https://{self.host}/users/{acct}/statuses/{status_id}",
            "url": None if reblog else f"https://{self.host}/@{acct}/{status_id}",
            "replies_count": 0,
            "reblogs_count": 0,
            "favourites_count": 0,
            "edited_at": None,
            "content": "" if reblog else content_html,
            "reblog": reblog,
            "account": account,
            "media_attachments": [],
            "mentions": [
                {
                    "id": "1",
                    "username": m.split("@")[0],
                    "url": f"https://{self.host}/@{m}",
                    "acct": m,
                }
                for m in mentions
            ],
            "tags": [],
            "emojis": [],
            "card": None,
            "poll": None,
        }
        if self.truth:
            status.update(
                {
                    "quote_id": None,
                    "quote": None,
                    "in_reply_to": None,
                    "group": None,
                    "sponsored": False,
                    "votable": False,
                    "version": "1",
                    "editable": True,
                    "title": None,
                }
            )
        self.statuses.append(status)
        self.added_at[status_id] = time.time()
        self._emit("update", status)
        return status_id

    def _emit(self, event: str, payload: Any) -> None:
        snapshot = copy.deepcopy(payload)  # later edits must not change what was sent
        for listener in list(self.listeners):
            listener(event, snapshot)

    def edit_post(self, status_id: str, content_html: str) -> None:
        status = next(s for s in self.statuses if s["id"] == status_id)
        status["content"] = content_html
        status["edited_at"] = iso_ms(time.time() + 0.001)
        self._emit("status.update", status)

    def delete_post(self, status_id: str) -> None:
        self.statuses = [s for s in self.statuses if s["id"] != status_id]
        self._emit("delete", status_id)

    def handle(self, request: Request) -> Response:
        allowed, remaining, reset_in = self.window.take()
        headers = rate_headers(
            "truthsocial" if self.truth else "mastodon", remaining, reset_in, self.window.limit
        )
        if not allowed:
            return json_response(429, {"error": "Too many requests"}, headers)
        path = request.path.removeprefix(self.prefix).strip("/").split("/")
        if path == ["accounts", "lookup"]:
            account = self.accounts.get((request.arg("acct") or "").casefold())
            if account is None:
                return json_response(404, {"error": "Record not found"}, headers)
            return json_response(200, account, headers)
        if len(path) == 3 and path[0] == "accounts" and path[2] == "statuses":
            return self._statuses(path[1], request, headers)
        return json_response(404, {"error": "Record not found"}, headers)

    def _statuses(self, account_id: str, request: Request, headers: dict[str, str]) -> Response:
        if not any(a["id"] == account_id for a in self.accounts.values()):
            return json_response(404, {"error": "Record not found"}, headers)
        limit = request.int_arg("limit", 20, 1, 40)
        max_id, since_id, min_id = (
            request.arg("max_id"),
            request.arg("since_id"),
            request.arg("min_id"),
        )
        mine = [s for s in self.statuses if s["account"]["id"] == account_id]  # oldest first
        if max_id:
            mine = [s for s in mine if int(s["id"]) < int(max_id)]
        lower = min_id or since_id
        if lower:
            mine = [s for s in mine if int(s["id"]) > int(lower)]
        page = mine[:limit] if min_id else mine[-limit:]
        page = list(reversed(page))  # newest first, always
        if page:
            base = f"https://{self.host}{self.prefix}/accounts/{account_id}/statuses"
            headers = {
                **headers,
                "Link": f'<{base}?max_id={page[-1]["id"]}>; rel="next", <{base}?min_id={page[0]["id"]}>; rel="prev"',
            }
        return json_response(200, page, headers)


def content(text: str) -> str:
    """Text as Mastodon HTML: escaped, paragraphs per blank line, <br> per newline."""
    paragraphs = [p for p in text.split("\n\n") if p]
    return "".join(f"<p>{html.escape(p).replace(chr(10), '<br />')}</p>" for p in paragraphs)
