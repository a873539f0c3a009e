"""``round(value, digits)`` remembered per value.

The scorer rounds the same few numbers over and over (cue weights, lexicon sums), and
``round`` with a number of digits goes through a decimal conversion (~0.3 µs a call).
"""

from __future__ import annotations

from collections.abc import Callable

_LIMIT = 65_536  # values remembered per rounder


def rounder(digits: int) -> Callable[[float], float]:
    """A function equal to ``round(value, digits)`` for every float."""
    known: dict[float, float] = {}

    def rounded(value: float) -> float:
        result = known.get(value)
        if result is None:
            result = round(value, digits)
            # 0.0 and -0.0 are one dict key but round to different floats: never stored
            if value and len(known) < _LIMIT:
                known[value] = result
        return result

    return rounded
