"""`diplomon scores`: recent scored posts as a table or as JSON lines.

Also home of the scores-stream entry decoder that the terminal view shares:
a bad entry (missing field, invalid JSON) is logged with its id and skipped.
"""

from __future__ import annotations

import logging
import sys
import time
from collections.abc import AsyncIterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, TextIO, cast

import msgspec
from redis.asyncio import Redis
from redis.exceptions import RedisError

from monitor.durations import parse_duration
from monitor.keys import Keys
from monitor.models import Post, Score, post_decoder, score_decoder
from monitor.secrets import redact
from monitor.textsafe import one_line
from monitor.watchlist import Watchlist

log = logging.getLogger("diplomon.scores")

_PAGE = 1000
# What redis-py returns for XRANGE/XREVRANGE (ids and bodies are None once trimmed).
RawEntries = list[tuple[bytes | str | None, Mapping[bytes | str, bytes | str] | None]]
_JSON = msgspec.json.Encoder()


@dataclass(frozen=True)
class ScoredPost:
    """One entry of the scores stream: the post, its score, the entry id."""

    entry_id: str
    post: Post
    score: Score

    @property
    def scored_at(self) -> datetime:
        """When the entry was written (the stream id's millisecond part)."""
        return entry_time(self.entry_id)


def entry_time(entry_id: str) -> datetime:
    millis = int(entry_id.split("-", 1)[0])
    return datetime.fromtimestamp(millis / 1000, UTC)


def _text(value: bytes | str) -> str:
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else value


def decode_score_entry(
    entry_id: bytes | str, fields: Mapping[bytes | str, bytes | str]
) -> ScoredPost | None:
    """The scored post in one stream entry, or None (logged) if it is malformed."""
    ident = _text(entry_id)
    by_name = {_text(k): v for k, v in fields.items()}
    try:
        post = post_decoder.decode(by_name["post"])
        score = score_decoder.decode(by_name["score"])
        entry_time(ident)
    except KeyError as exc:
        log.warning("scores entry skipped: missing field %s", exc, extra={"entry": ident})
        return None
    except (msgspec.DecodeError, msgspec.ValidationError, ValueError) as exc:
        log.warning("scores entry skipped: %s", one_line(str(exc)), extra={"entry": ident})
        return None
    return ScoredPost(ident, post, score)


async def iter_scores(redis: Redis, keys: Keys, *, since_ms: int) -> AsyncIterator[ScoredPost]:
    """Scored posts written at or after ``since_ms`` (unix ms), oldest first."""
    start = f"{since_ms}-0"
    while True:
        page = cast(RawEntries, await redis.xrange(keys.scores, min=start, max="+", count=_PAGE))
        for entry_id, fields in page:
            if entry_id is None or fields is None:
                continue
            scored = decode_score_entry(entry_id, fields)
            if scored is not None:
                yield scored
        last = page[-1][0] if page else None
        if len(page) < _PAGE or last is None:
            return
        start = "(" + _text(last)


def author_actor(scored: ScoredPost, watchlist: Watchlist) -> tuple[str | None, str | None]:
    """(actor id, country) of the author: the score's, else the watchlist's."""
    actor, country = scored.score.author_actor, scored.score.author_country
    if actor is None or country is None:
        found = watchlist.by_handle(scored.post.author, scored.post.platform)
        if found is not None:
            actor, country = actor or found.id, country or found.country
    return actor, country


def matches(
    scored: ScoredPost, watchlist: Watchlist, *, actor: str | None, country: str | None
) -> bool:
    """Actor: id or handle of the author. Country: the author's, or a target."""
    author_id, author_country = author_actor(scored, watchlist)
    if actor is not None:
        wanted = actor.strip().lstrip("@").casefold()
        if wanted not in {(author_id or "").casefold(), scored.post.author.casefold()}:
            return False
    if country is not None:
        wanted = country.strip().upper()
        if wanted != author_country and wanted not in scored.score.targets:
            return False
    return True


def scored_json(scored: ScoredPost, watchlist: Watchlist) -> bytes:
    """One JSON object: the post's fields, then the score's (every field present)."""
    obj: dict[str, Any] = msgspec.to_builtins(scored.post)
    obj["declared_lang"] = obj.pop("lang", None)
    for field in msgspec.structs.fields(Score):
        value = getattr(scored.score, field.name)
        obj[field.name] = msgspec.to_builtins(value)
    actor, country = author_actor(scored, watchlist)
    obj["author_actor"], obj["author_country"] = actor, country
    obj["scored_at"] = scored.scored_at.isoformat()
    obj["entry_id"] = scored.entry_id
    return _JSON.encode(obj)


_COLUMNS: tuple[tuple[str, int], ...] = (
    ("TIME (UTC)", 16),
    ("AUTHOR", 16),
    ("CTRY", 4),
    ("LG", 3),
    ("TONE", 5),
    ("HOST", 4),
    ("EVENTS", 22),
    ("TARGETS", 11),
    ("TEXT", 50),
)


def _cell(text: str, width: int) -> str:
    text = one_line(text, limit=width)
    return text.ljust(width)


def table_row(scored: ScoredPost, watchlist: Watchlist) -> str:
    post, score = scored.post, scored.score
    _, country = author_actor(scored, watchlist)
    events = ",".join(e.cls + ("(neg)" if e.negated else "") for e in score.events)
    values = (
        post.created_at.astimezone(UTC).strftime("%Y-%m-%d %H:%M"),
        post.author,
        country or "-",
        score.lang,
        f"{score.tone:+.2f}",
        f"{score.hostility:.2f}",
        events or "-",
        ",".join(score.targets) or "-",
        post.text,
    )
    cells = [_cell(v, w) for v, (_, w) in zip(values, _COLUMNS, strict=True)]
    return " ".join(cells).rstrip()


def table_header() -> str:
    return " ".join(name.ljust(width) for name, width in _COLUMNS).rstrip()


async def scores_command(
    redis: Redis,
    keys: Keys,
    watchlist: Watchlist,
    *,
    since: str = "2h",
    actor: str | None = None,
    country: str | None = None,
    json_out: bool = False,
    out: TextIO = sys.stdout,
) -> int:
    """`diplomon scores`: 0 on success, 2 on a bad --since, 1 if the store fails."""
    try:
        window = parse_duration(since)
    except ValueError as exc:
        print(f"diplomon scores: --since: {exc}", file=sys.stderr)
        return 2
    since_ms = max(0, int((time.time() - window) * 1000))
    shown = 0
    try:
        async for scored in iter_scores(redis, keys, since_ms=since_ms):
            if not matches(scored, watchlist, actor=actor, country=country):
                continue
            if shown == 0 and not json_out:
                out.write(table_header() + "\n")
            line = (
                scored_json(scored, watchlist).decode()
                if json_out
                else table_row(scored, watchlist)
            )
            out.write(line + "\n")
            shown += 1
    except RedisError as exc:
        print(f"diplomon scores: store error: {redact(str(exc))}", file=sys.stderr)
        return 1
    if shown == 0 and not json_out:
        out.write(f"no scored posts in the last {since}\n")
    return 0
