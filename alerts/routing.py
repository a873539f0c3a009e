"""Which receivers an alert goes to, and with what grouping timers.

Routes are tried in order; a matching route adds its receivers, and one
with ``continue = false`` ends the walk. No routes at all means every
receiver gets every alert. Within a route's match, every given field must
hold: ``min_severity`` or worse, any of ``countries`` in the pair, any of
``actors`` involved, ``kind`` one of the list.
"""

from __future__ import annotations

from dataclasses import dataclass

from alerts.config import ReceiverConfig, RouteConfig, RouteMatch, seconds
from monitor.models import SEVERITY_RANK, Alert

DEFAULT_REPEAT = 4 * 3600.0


@dataclass(frozen=True)
class Target:
    """One receiver an alert routes to, with the route's timers (seconds)."""

    receiver: str
    group_wait: float = 0.0
    repeat_interval: float = DEFAULT_REPEAT


def matches(match: RouteMatch, alert: Alert) -> bool:
    if match.min_severity is not None:
        floor = SEVERITY_RANK.get(match.min_severity, 0)
        if SEVERITY_RANK.get(alert.severity, 0) < floor:
            return False
    if match.countries is not None and not set(match.countries) & set(alert.countries):
        return False
    if match.actors is not None and not set(match.actors) & set(alert.actors):
        return False
    return match.kind is None or alert.kind in match.kind


def route(alert: Alert, receivers: list[ReceiverConfig], routes: list[RouteConfig]) -> list[Target]:
    """The receivers for ``alert``, each once, in config order of first match."""
    if not routes:
        return [Target(r.name) for r in receivers]
    known = {r.name for r in receivers}
    targets: dict[str, Target] = {}
    for i, r in enumerate(routes):
        if not matches(r.match, alert):
            continue
        wait = seconds(r.group_wait, f"routes[{i}].group_wait")
        repeat = seconds(r.repeat_interval, f"routes[{i}].repeat_interval")
        for name in r.receivers:
            if name in known and name not in targets:
                targets[name] = Target(name, wait, repeat)
        if not r.continue_:
            break
    return list(targets.values())
