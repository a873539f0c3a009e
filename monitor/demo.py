"""``diplomon demo``: the Colombia–USA exchange of January 2025, replayed live.

Everything runs in this process on the embedded store: a replay feeds the
posts stream, a scoring worker scores them and raises the alert, and either
the terminal view or a plain printer shows what arrives.
"""

from __future__ import annotations

import asyncio
import sys
from importlib import resources
from typing import Any, TextIO

from redis.asyncio import Redis

from monitor.detection import Detector, DetectorSettings
from monitor.keys import Keys
from monitor.models import Alert, Post, Score, alert_decoder, post_decoder, score_decoder, to_json
from monitor.postio import parse_lines
from monitor.replay import replay_posts
from monitor.scoring import Scorer
from monitor.store import open_store
from monitor.textsafe import one_line
from monitor.watchlist import Watchlist, default_watchlist, parse_watchlist
from monitor.worker import ScoringWorker, WorkerOptions

INCIDENT = "colombia-usa-2025-01"
TITLE = "diplomon demo · Colombia–USA, 25–28 January 2025"


def demo_posts() -> list[Post]:
    data = resources.files("monitor.data.demo").joinpath(f"{INCIDENT}.jsonl").read_bytes()
    return list(parse_lines(data.splitlines(), f"{INCIDENT}.jsonl"))


def demo_watchlist() -> Watchlist:
    text = resources.files("monitor.data.demo").joinpath(f"{INCIDENT}.toml").read_text("utf-8")
    return default_watchlist().merged(parse_watchlist(text, f"{INCIDENT}.toml"))


async def demo_main(*, tui: bool, json_out: bool, delay: float, out: TextIO = sys.stdout) -> int:
    tui = tui and out.isatty()
    if delay <= 0 and tui:
        delay = 0.6
    redis = await open_store(None)
    keys = Keys("demo")
    watchlist = demo_watchlist()
    posts = demo_posts()
    worker = ScoringWorker(
        redis,
        keys,
        Scorer(watchlist),
        Detector(DetectorSettings(), watchlist),
        consumer="demo",
        options=WorkerOptions(batch=10, sweep_interval_s=3600),
    )
    stop = asyncio.Event()
    worker_task = asyncio.create_task(worker.run(stop))
    feed_task = asyncio.create_task(_feed(redis, keys, posts, delay))
    try:
        if tui:
            from monitor.tui import run_top

            await run_top(redis, keys, watchlist, title=TITLE)
        else:
            printer = asyncio.create_task(_print_until_done(redis, keys, len(posts), json_out, out))
            await asyncio.wait({printer, worker_task}, return_when=asyncio.FIRST_COMPLETED)
            if not printer.done():  # the worker died: say why instead of waiting forever
                printer.cancel()
                worker_task.result()
    finally:
        stop.set()
        feed_task.cancel()
        await asyncio.gather(worker_task, feed_task, return_exceptions=True)
        await redis.aclose()
    return 0


async def _feed(redis: Redis, keys: Keys, posts: list[Post], delay: float) -> None:
    for post in posts:
        await replay_posts(redis, keys, [post])
        if delay > 0:
            await asyncio.sleep(delay)


async def _print_until_done(
    redis: Redis, keys: Keys, expected: int, json_out: bool, out: TextIO
) -> None:
    """Print scores and alerts as they arrive, until every post was scored."""
    last: dict[Any, Any] = {keys.scores: "0-0", keys.alerts: "0-0"}
    scored = 0
    if not json_out:
        print(f"{TITLE}\nreplaying {expected} posts through the embedded store…\n", file=out)
    while True:
        reply: Any = await redis.xread(last, count=100)
        if not reply:
            if scored >= expected:
                break
            await asyncio.sleep(0.02)
            continue
        for stream, entries in reply:
            name = stream.decode()
            for entry_id, fields in entries:
                last[name] = entry_id.decode()
                if name == keys.scores:
                    scored += 1
                    if not json_out:
                        post = post_decoder.decode(fields[b"post"])
                        _print_score(post, score_decoder.decode(fields[b"score"]), out)
                else:
                    _print_alert(alert_decoder.decode(fields[b"alert"]), json_out, out)
        out.flush()


def _print_score(post: Post, score: Score, out: TextIO) -> None:
    who = f"@{post.author} ({score.author_country or '?'}, {score.lang})"
    when = post.created_at.strftime("%Y-%m-%d %H:%M")
    line = f"{when}  {who:34} tone {score.tone:+.2f}  hostility {score.hostility:.2f}"
    if score.hostility_by_target:
        target = max(score.hostility_by_target, key=lambda c: score.hostility_by_target[c])
        line += f" → {target}"
    print(line, file=out)
    events = ", ".join(
        f"{e.cls}{'(negated)' if e.negated else ''} “{one_line(e.cue, 40)}”"
        for e in score.events[:4]
    )
    if events:
        print(f"    events: {events}", file=out)
    print(f"    {one_line(post.text, 150)}", file=out)


def _print_alert(alert: Alert, json_out: bool, out: TextIO) -> None:
    if json_out:
        print(to_json(alert).decode(), file=out)
        return
    a, b = alert.countries
    bar = "═" * 70
    print(f"\n{bar}\nALERT {alert.kind} · {a} ⇄ {b} · severity {alert.severity}", file=out)
    print(f"  {one_line(alert.summary, 300)}", file=out)
    if alert.why:
        print(f"  why: {one_line(alert.why, 400)}", file=out)
    for post in alert.posts[-6:]:
        when = post.created_at.strftime("%m-%d %H:%M")
        direction = f"{post.country}→{post.target}"
        text = one_line(post.text, 100)
        print(f"  · {when} @{post.author} ({direction}) {post.hostility:.2f}: {text}", file=out)
    print(f"{bar}\n", file=out)
