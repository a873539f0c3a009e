"""Durations written as ``30s``, ``5m``, ``2h``, ``3d`` (or a plain number of seconds)."""

from __future__ import annotations

import re

_UNITS = {"ms": 0.001, "s": 1.0, "m": 60.0, "h": 3600.0, "d": 86400.0}
_PART = re.compile(r"(\d+(?:\.\d+)?)(ms|s|m|h|d)")


def parse_duration(text: str | float | int) -> float:
    """Seconds in ``text``; raises ValueError on anything else."""
    if isinstance(text, int | float):
        if text < 0:
            raise ValueError(f"negative duration: {text}")
        return float(text)
    compact = text.strip().replace(" ", "")
    if re.fullmatch(r"\d+(?:\.\d+)?", compact):
        return float(compact)
    parts = _PART.findall(compact)
    if not parts or "".join(n + u for n, u in parts) != compact:
        raise ValueError(f"not a duration: {text!r} (use e.g. 30s, 5m, 2h, 3d)")
    return sum(float(n) * _UNITS[u] for n, u in parts)
