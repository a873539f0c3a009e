"""Per-pair state kept between posts (in Redis by workers, in a dict offline)."""

from __future__ import annotations

from datetime import datetime

import msgspec

from monitor.models import AlertPost


class DyadState(msgspec.Struct, kw_only=True):
    """One country pair: decayed hostility each way and its open episode, if any.

    Countries are sorted: ``a`` < ``b``. Bounded: at most ``max_posts`` posts and
    a fixed set of scalars, whatever the length of the exchange.
    """

    a: str
    b: str
    updated: datetime  # time the intensities were last decayed to
    ab: float = 0.0  # a's hostility toward b
    ba: float = 0.0
    # The same hostility decaying slowly: a strong exchange whose answer comes days later.
    slow_ab: float = 0.0
    slow_ba: float = 0.0
    last_ab: datetime | None = None  # last hostile post a -> b
    last_ba: datetime | None = None
    severe_ab: datetime | None = None  # last severe act a -> b
    severe_ba: datetime | None = None
    episode: int = 0  # number of episodes opened so far
    change: int = 0  # alerts raised in the current episode
    open: bool = False
    severity: str = "info"
    opened: datetime | None = None
    last_seen: datetime | None = None
    resolved_at: datetime | None = None
    actors: list[str] = []
    posts: list[AlertPost] = []

    @property
    def key(self) -> str:
        return f"{self.a}-{self.b}"


_encoder = msgspec.json.Encoder()
_decoder = msgspec.json.Decoder(DyadState)


def encode_state(state: DyadState) -> bytes:
    return _encoder.encode(state)


def decode_state(raw: bytes) -> DyadState:
    """Raises ``msgspec.DecodeError`` / ``ValidationError`` on a corrupt entry."""
    return _decoder.decode(raw)
