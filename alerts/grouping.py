"""Grouping per episode and receiver: what to do with one alert.

Pure decisions over a small state kept per (receiver, episode key):

- A new episode waits ``group_wait`` before its first notification; later
  changes in that window replace the held one, so one message carries the
  latest state. An episode resolved inside the window is never notified.
- Once notified, every change goes out at once; the same state again
  within ``repeat_interval`` is dropped.
- ``resolved`` goes only to receivers that heard of the episode, and only
  with ``send_resolved``; it passes a silence added after the episode was
  notified, so no one is left with an episode that never closes.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import Enum

from alerts.routing import Target
from monitor.models import Alert


class Action(Enum):
    SEND = "send"  # to the outbox now
    HOLD = "hold"  # held until group_wait ends
    SKIP = "skip"  # nothing to send for this receiver


@dataclass(frozen=True)
class GroupState:
    episode: str = ""
    state: str = ""  # "kind:severity" last queued
    at: float = 0.0  # when that was queued
    queued: bool = False  # something of this episode went to the outbox
    due: float = 0.0  # when the held alert is released, if one is held
    held: bool = False


@dataclass(frozen=True)
class Decision:
    action: Action
    state: GroupState | None  # None: forget the group
    drop_held: bool = False  # the previously held alert is superseded or void
    why: str = ""


def episode_of(alert: Alert) -> str:
    """``COL-USA#3`` from ``COL-USA#3.2``; the whole id when it has no change part."""
    head, dot, _ = alert.id.rpartition(".")
    return head if dot and "#" in head else alert.id


def state_of(alert: Alert) -> str:
    return f"{alert.kind}:{alert.severity}"


def decide(
    alert: Alert,
    group: GroupState,
    target: Target,
    *,
    silenced: bool,
    send_resolved: bool,
    now: float,
) -> Decision:
    episode = episode_of(alert)
    same = group.episode == episode
    if alert.kind == "resolved":
        return _resolved(group, same=same, send_resolved=send_resolved)
    if silenced:
        return Decision(Action.SKIP, group, why="silenced")
    if not same:
        group = GroupState(episode=episode)
        drop = True
    else:
        drop = False
    if group.queued:
        if group.state == state_of(alert) and now - group.at < target.repeat_interval:
            return Decision(Action.SKIP, group, drop_held=drop, why="repeat")
        return Decision(Action.SEND, _queued(group, alert, now), drop_held=drop)
    if target.group_wait > 0:
        due = group.due if group.held else now + target.group_wait
        held = replace(group, state=state_of(alert), due=due, held=True)
        return Decision(Action.HOLD, held, drop_held=drop or group.held, why="group_wait")
    return Decision(Action.SEND, _queued(group, alert, now), drop_held=drop)


def _queued(group: GroupState, alert: Alert, now: float) -> GroupState:
    return replace(group, state=state_of(alert), at=now, queued=True, held=False, due=0.0)


def _resolved(group: GroupState, *, same: bool, send_resolved: bool) -> Decision:
    """A resolved notice closes the group (state None) when it is about this episode."""
    if not same:
        return Decision(Action.SKIP, group, why="never notified")
    if not group.queued:
        return Decision(Action.SKIP, None, drop_held=group.held, why="resolved in group_wait")
    if not send_resolved:
        return Decision(Action.SKIP, None, why="send_resolved off")
    return Decision(Action.SEND, None)
