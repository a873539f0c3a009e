"""Current intensities from the detector's own dyad state."""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from redis.asyncio import Redis

from monitor.detection import Detector, decode_state
from monitor.keys import Keys
from monitor.textsafe import one_line

log = logging.getLogger("diplomon.tui")

MAX_PAIRS = 200


async def detector_intensities(
    redis: Redis, keys: Keys, detector: Detector, pairs: Sequence[str], ref: datetime
) -> dict[str, dict[str, float]]:
    """Pair key -> the detector's ``{"A>B": x, "B>A": y}`` at ``ref``, for the given
    pairs and every pair in ``{prefix}:dyads``."""
    known = await redis.smembers(keys.key("dyads"))  # every pair the workers track
    names = {p.decode("utf-8", "replace") if isinstance(p, bytes) else str(p) for p in known}
    pairs = sorted(set(pairs) | names)[:MAX_PAIRS]
    if not pairs:
        return {}
    raws: list[Any] = await redis.mget([keys.dyad(pair) for pair in pairs])
    out: dict[str, dict[str, float]] = {}
    for pair, raw in zip(pairs, raws, strict=True):
        if raw is None:
            continue
        try:
            values: Mapping[str, float] = detector.intensities(decode_state(raw), ref)
            out[pair] = {str(k): float(v) for k, v in values.items()}
        except Exception as exc:
            log.warning("terminal view: dyad %s unreadable: %s", pair, one_line(str(exc)))
    return out
