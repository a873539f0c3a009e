"""The ``[detector]`` table of the config file."""

from __future__ import annotations

import re

import msgspec

_UNITS = {"s": 1.0, "m": 60.0, "h": 3600.0, "d": 86400.0}
_DURATION = re.compile(r"(\d+(?:\.\d+)?)\s*([smhd])")


def seconds(text: str) -> float:
    """Seconds in a duration such as ``"72h"``, ``"1d12h"`` or ``"90m"``."""
    compact = text.strip().replace(" ", "")
    parts = _DURATION.findall(compact)
    if not parts or "".join(n + u for n, u in parts) != compact:
        raise ValueError(f"not a duration: {text!r} (use e.g. 90m, 72h, 3d)")
    return sum(float(n) * _UNITS[u] for n, u in parts)


class DetectorSettings(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """When a country pair's exchange becomes an alert, escalates and resolves.

    Hostility of each post (0..1) toward the other country adds to that
    direction's intensity, which decays with ``half_life``.
    """

    window: str = "72h"  # both directions must be hostile within this window
    half_life: str = "24h"  # intensity halves in this time without new hostility
    threshold: float = 0.25  # each direction's intensity for an exchange
    combined_threshold: float = 0.9  # and the two directions together
    severe_reply_threshold: float = 0.15  # a severe act meets a reply at least this hostile
    severe_weight: float = -5.0  # events at or below this weight are severe acts
    min_post_hostility: float = 0.12  # posts below this do not count at all
    resolve_below: float = 0.15  # an open episode resolves when both directions fall below
    concession_factor: float = 0.3  # a de-escalating post multiplies its side's intensity
    max_posts: int = 8  # posts kept per pair to explain an alert
    # A post protesting the other side's words ("the words of President X are unacceptable")
    # implies hostility from that side: this share of the post's hostility, at most the cap.
    reaction_share: float = 0.5
    reaction_cap: float = 0.3
    min_alert_gap: str = "6h"  # after a resolution, no new episode for this long
    # Slow exchanges: strong hostility answered days later ("98 h after the accusation")
    # is still an exchange. A second intensity per direction halves every
    # ``slow_half_life``; both at least ``slow_threshold`` within ``slow_window`` alert.
    slow_window: str = "120h"
    slow_half_life: str = "96h"
    slow_threshold: float = 0.4

    def __post_init__(self) -> None:
        for name in ("window", "half_life", "min_alert_gap", "slow_window", "slow_half_life"):
            value = getattr(self, name)
            try:
                seconds(value)
            except ValueError as exc:
                raise ValueError(f"{name}: {exc}") from exc
        for name in (
            "threshold",
            "combined_threshold",
            "severe_reply_threshold",
            "resolve_below",
            "slow_threshold",
        ):
            if not 0.0 <= getattr(self, name) <= 10.0:
                raise ValueError(f"{name}: must be between 0 and 10")
        if self.max_posts < 2:
            raise ValueError("max_posts: must be at least 2")
