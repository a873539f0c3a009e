"""Normalising platform text and times: HTML to plain text, timestamps to UTC."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from html.parser import HTMLParser

_BLOCKS = {"p", "div", "li", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "tr"}
_SKIP = {"script", "style", "template", "head"}
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
MAX_TEXT = 20_000


class _Flattener(HTMLParser):
    """Collects text; keeps Mastodon's ``span.invisible`` URL parts and link targets."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0
        self._links: list[tuple[str, int]] = []  # (href, index in parts where the text starts)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            self._skip += 1
        elif tag == "br":
            self.parts.append("\n")
        elif tag in _BLOCKS:
            self._block_break()
        elif tag == "a":
            href = dict(attrs).get("href") or ""
            self._links.append((href, len(self.parts)))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br":
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self._skip = max(0, self._skip - 1)
        elif tag in _BLOCKS:
            self._block_break()
        elif tag == "a" and self._links:
            href, start = self._links.pop()
            shown = "".join(self.parts[start:]).strip()
            if _shows_link_target(shown, href):
                return
            self.parts.append(f" ({href})")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)

    def _block_break(self) -> None:
        if self.parts and not "".join(self.parts[-2:]).endswith("\n\n"):
            self.parts.append("\n\n")


def _shows_link_target(shown: str, href: str) -> bool:
    """True when the anchor text already says enough (a URL, @mention, #tag) or href is junk."""
    if not href.startswith(("http://", "https://")) or not shown:
        return True
    if shown.startswith(("@", "#", "http://", "https://", "www.")):
        return True
    bare = href.split("://", 1)[1].rstrip("/")
    return shown.rstrip("/…") in bare or bare in shown


def html_to_text(html: str) -> str:
    """Plain text of an HTML fragment: entities decoded, paragraphs and <br> as newlines."""
    parser = _Flattener()
    try:
        parser.feed(html[: MAX_TEXT * 4])
        parser.close()
    except (AssertionError, ValueError):  # html.parser gives up on some broken markup
        return clean_text(re.sub(r"<[^>]*>", " ", html))
    return clean_text("".join(parser.parts))


def clean_text(text: str) -> str:
    """Drop NUL and other C0 controls (not newlines/tabs), trim, cap the length."""
    text = _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = re.sub(r"[ \t]+\n", "\n", text)
    text = re.sub(r"\n{3,}", "\n\n", text).strip()
    return text[:MAX_TEXT]


def parse_time(value: object, default: datetime | None = None) -> datetime:
    """A UTC datetime from ISO 8601/RFC 3339, RFC 822, epoch seconds or µs."""
    fallback = default or datetime.now(UTC)
    if isinstance(value, int | float) and not isinstance(value, bool):
        seconds = value / 1e6 if value > 1e14 else float(value)
        try:
            return datetime.fromtimestamp(seconds, UTC)
        except (OverflowError, OSError, ValueError):
            return fallback
    if not isinstance(value, str) or not value.strip():
        return fallback
    text = value.strip()
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        try:
            moment = parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError):
            return fallback
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


def order_key(post_id: str) -> str:
    """Sort key for opaque ids that are numbers in practice: by length, then lexically."""
    return post_id.rjust(32, "0")
