"""Current intensities from the detector's own dyad state, when it is available.

``monitor.detection`` (``decode_state``, ``Detector.intensities``) is imported
lazily: the view works without it, falling back to its own estimate.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
from functools import lru_cache
from typing import Any

from redis.asyncio import Redis

from monitor.keys import Keys
from monitor.textsafe import one_line
from monitor.watchlist import Watchlist

log = logging.getLogger("diplomon.tui")

MAX_PAIRS = 200
Api = tuple[Callable[[bytes | str], Any], Callable[[Watchlist], Any]]


@lru_cache(maxsize=1)
def _detection_api() -> Api | None:
    try:
        module = importlib.import_module("monitor.detection")
        decode_state = module.decode_state
        detector_cls, settings_cls = module.Detector, module.DetectorSettings
    except (ImportError, AttributeError) as exc:
        log.info("terminal view: detector state not used (%s)", one_line(str(exc)))
        return None
    return decode_state, lambda watchlist: detector_cls(settings_cls(), watchlist)


async def detector_intensities(
    redis: Redis, keys: Keys, watchlist: Watchlist, pairs: Sequence[str], ref: datetime
) -> dict[str, dict[str, float]]:
    """Pair key -> the detector's ``{"A>B": x, "B>A": y}`` at ``ref``, for the given
    pairs and every pair in ``{prefix}:dyads``; {} without the detector."""
    api = _detection_api()
    if api is None:
        return {}
    decode_state, make_detector = api
    known = await redis.smembers(keys.key("dyads"))  # every pair the workers track
    names = {p.decode("utf-8", "replace") if isinstance(p, bytes) else str(p) for p in known}
    pairs = sorted(set(pairs) | names)[:MAX_PAIRS]
    if not pairs:
        return {}
    detector = make_detector(watchlist)
    raws = await redis.mget([keys.dyad(pair) for pair in pairs])
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
