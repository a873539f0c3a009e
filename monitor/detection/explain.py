"""Alerts that explain themselves: the posts, events, cues and targets behind them."""

from __future__ import annotations

from datetime import datetime

from monitor.detection.state import DyadState
from monitor.models import Alert, AlertKind, AlertPost, Post, Score
from monitor.textsafe import one_line, terminal_safe

_TEXT_CHARS = 600
_EVENTS_PER_POST = 8
_KIND_WORDS = {
    "hostile_exchange": "Hostile exchange",
    "escalated": "Escalation",
    "resolved": "Resolved",
}


def alert_post(post: Post, score: Score, target: str) -> AlertPost:
    """The post as quoted in an alert, with only its events toward ``target``."""
    events = tuple(e for e in score.events if e.target == target)[:_EVENTS_PER_POST]
    return AlertPost(
        id=post.id,
        platform=post.platform,
        author=post.author,
        created_at=post.created_at,
        text=terminal_safe(post.text[:_TEXT_CHARS]),
        actor=score.author_actor,
        country=score.author_country,
        target=target,
        url=post.url,
        lang=score.lang,
        tone=score.tone,
        hostility=score.hostility_by_target.get(target, 0.0),
        events=events,
    )


def _implied(state: DyadState, source: str, target: str) -> str | None:
    """Why ``source`` counts as hostile toward ``target`` without a post of its own."""
    for post in reversed(state.posts):
        if post.country == target and post.target == source:
            for event in post.events:
                if event.cls == "REACTION":
                    return f"{post.author} protests {source}'s words: {one_line(event.cue, 60)!r}"
    return None


def _direction_why(state: DyadState, source: str, target: str) -> str:
    posts = [p for p in state.posts if p.country == source and p.target == target]
    if not posts:
        implied = _implied(state, source, target)
        return f"{source}>{target}: " + (f"implied, {implied}" if implied else "nothing kept")
    parts = []
    for post in posts[-3:]:
        cues = ", ".join(
            f"{e.cls} {one_line(e.cue, 40)!r}" for e in post.events if e.weight < 0
        ) or ", ".join(f"{e.cls} {one_line(e.cue, 40)!r}" for e in post.events)
        parts.append(f"{post.author} ({post.id}, hostility {post.hostility:.2f}): {cues or 'tone'}")
    return f"{source}>{target}: " + "; ".join(parts)


def _classes(state: DyadState, source: str) -> str:
    seen: list[str] = []
    for post in state.posts:
        if post.country != source:
            continue
        for event in post.events:
            if event.weight < 0 and event.cls not in seen:
                seen.append(event.cls)
    if not seen and _implied(state, source, state.b if source == state.a else state.a):
        return "words protested by the other side"
    return "/".join(seen[:4]) or "hostile"


def summary_line(
    state: DyadState, kind: AlertKind, intensity: dict[str, float], reason: str
) -> str:
    a, b = state.a, state.b
    ab = intensity.get(f"{a}>{b}", 0.0)
    ba = intensity.get(f"{b}>{a}", 0.0)
    head = f"{_KIND_WORDS[kind]} {a}-{b}"
    if kind == "resolved":
        return f"{head}: {reason} (intensity {a}>{b} {ab:.2f}, {b}>{a} {ba:.2f})"
    return (
        f"{head} [{state.severity}]: {a}>{b} {_classes(state, a)} ({ab:.2f}), "
        f"{b}>{a} {_classes(state, b)} ({ba:.2f})"
    )


def build_alert(
    state: DyadState,
    kind: AlertKind,
    trigger: str,
    now: datetime,
    intensity: dict[str, float],
    reason: str = "",
) -> Alert:
    key = state.key
    why = " | ".join(
        (_direction_why(state, state.a, state.b), _direction_why(state, state.b, state.a))
    )
    if reason:
        why = f"{reason}. {why}"
    return Alert(
        id=f"{key}#{state.episode}.{state.change}",
        key=key,
        kind=kind,
        severity="info" if kind == "resolved" else state.severity,  # type: ignore[arg-type]
        countries=(state.a, state.b),
        actors=tuple(sorted(state.actors)),
        trigger_post=trigger,
        at=now,
        summary=summary_line(state, kind, intensity, reason),
        posts=tuple(state.posts),
        first_seen=state.opened or now,
        last_seen=now,
        intensity=intensity,
        why=why,
    )
