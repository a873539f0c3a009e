"""Value types that travel between stages: posts, scores, alerts.

All are msgspec Structs so that they encode to and decode from JSON quickly
and validate on the way in. Unknown JSON keys are ignored.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Literal

import msgspec

PostKind = Literal["post", "repost", "edit", "delete"]
AlertKind = Literal["hostile_exchange", "escalated", "resolved"]
Severity = Literal["info", "warning", "critical"]
SEVERITY_RANK: dict[str, int] = {"info": 0, "warning": 1, "critical": 2}


class Post(msgspec.Struct, frozen=True, kw_only=True, omit_defaults=True):
    """One post in the interchange format (what connectors normalise to)."""

    id: str
    platform: str
    author: str
    created_at: datetime
    text: str
    lang: str | None = None
    reply_to: str | None = None
    quote_of: str | None = None
    mentions: tuple[str, ...] = ()
    url: str | None = None
    # Not in the minimal format: what connectors record about the post itself.
    kind: PostKind = "post"
    ref: str | None = None  # for repost/edit/delete: the id of the original post


class Event(msgspec.Struct, frozen=True, kw_only=True, omit_defaults=True):
    """One escalation event found in a post."""

    cls: str  # THREATEN, SANCTION, RETALIATE, ACCUSE, INSULT, REJECT, DEMAND, CONDOLE, ...
    cue: str  # the text that matched
    weight: float  # Goldstein-style, -10..+10
    target: str | None = None  # ISO alpha-3 of the country aimed at
    negated: bool = False
    hedged: bool = False


class Score(msgspec.Struct, frozen=True, kw_only=True, omit_defaults=True):
    """The scorer's verdict on one post."""

    post_id: str
    lang: str  # ISO 639-1, or "und"
    lang_supported: bool  # en/es/pt/fr are scored fully; others only by what applies
    tone: float  # -1..1
    hostility: float  # 0..1, strongest toward any target
    author_actor: str | None = None  # watchlist actor id
    author_country: str | None = None  # ISO alpha-3
    hostility_by_target: dict[str, float] = {}  # country -> 0..1
    events: tuple[Event, ...] = ()
    targets: tuple[str, ...] = ()  # countries
    target_actors: tuple[str, ...] = ()  # watchlist actor ids


class AlertPost(msgspec.Struct, frozen=True, kw_only=True, omit_defaults=True):
    """A post quoted in an alert, with the scores that made it count."""

    id: str
    platform: str
    author: str
    created_at: datetime
    text: str
    actor: str | None = None
    country: str | None = None
    target: str | None = None
    url: str | None = None
    lang: str | None = None
    tone: float = 0.0
    hostility: float = 0.0
    events: tuple[Event, ...] = ()


class Alert(msgspec.Struct, frozen=True, kw_only=True):
    """A change in the state of one country pair's episode."""

    id: str  # unique per change: "{key}#{episode}.{change}"
    key: str  # stable episode key per pair: "COL-USA"
    kind: AlertKind
    severity: Severity
    countries: tuple[str, str]  # sorted ISO alpha-3
    actors: tuple[str, ...]
    trigger_post: str
    at: datetime
    summary: str
    posts: tuple[AlertPost, ...]
    first_seen: datetime
    last_seen: datetime
    intensity: dict[str, float] = {}  # "COL>USA" -> intensity in that direction
    why: str = ""


def utcnow() -> datetime:
    return datetime.now(UTC)


_encoder = msgspec.json.Encoder()


def to_json(value: msgspec.Struct) -> bytes:
    return _encoder.encode(value)


post_decoder = msgspec.json.Decoder(Post)
score_decoder = msgspec.json.Decoder(Score)
alert_decoder = msgspec.json.Decoder(Alert)
