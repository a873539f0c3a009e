"""Run every platform stand-in locally and print a ``[[sources]]`` config for them.

    python -m connectors.testing [--replay POSTS.jsonl] [--interval 2] [--config-out FILE]

With ``--replay``, each post of the JSONL file is published, in order and
``--interval`` seconds apart, on its platform's stand-in under its author's
handle, so ``diplomon run --config FILE`` ingests, scores and shows them as if
they came from the real platforms. RSS posts go to one feed per author.
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import html
import sys
from pathlib import Path

from connectors.testing.mastodon import content
from connectors.testing.push import JetstreamStandIn
from connectors.testing.server import StandIn
from monitor.models import Post
from monitor.postio import read_posts

TOKEN_ENV = "DIPLOMON_STANDIN_TOKEN"


def feed_name(author: str) -> str:
    return "feed-" + hashlib.sha256(author.encode()).hexdigest()[:10]


def publish(stand_in: StandIn, post: Post) -> None:
    """Put one interchange-format post on its platform's stand-in."""
    author, text = post.author, post.text
    if post.platform == "x":
        stand_in.x.add_post(author, text, lang=post.lang or "en")
    elif post.platform == "bluesky":
        stand_in.bluesky.add_post(author, text, langs=(post.lang or "en",))
    elif post.platform == "mastodon":
        stand_in.mastodon.add_post(author, content(text), language=post.lang)
    elif post.platform == "truthsocial":
        stand_in.truth.add_post(author, content(text), language=post.lang)
    elif post.platform == "telegram":
        stand_in.telegram.add_post(author, html.escape(text).replace("\n", "<br/>"))
    elif post.platform == "rss":
        stand_in.rss.add_entry(feed_name(author), text.split("\n", 1)[0], html.escape(text))


def sources_toml(stand_in: StandIn, jetstream_url: str, posts: list[Post]) -> str:
    """``[[sources]]`` tables for the stand-ins, naming the replayed authors as accounts."""
    by_platform: dict[str, list[str]] = {}
    for post in posts:
        handles = by_platform.setdefault(post.platform, [])
        if post.author not in handles:
            handles.append(post.author)
    if "rss" in by_platform:
        by_platform["rss"] = [stand_in.feed_url(feed_name(a)) for a in by_platform["rss"]]
    bases = {
        "x": stand_in.url,
        "bluesky": stand_in.url,
        "mastodon": stand_in.url,
        "truthsocial": f"{stand_in.url}/truth/api",
        "telegram": stand_in.url,
        "rss": None,
    }
    tables = []
    for platform, base in bases.items():
        lines = ["[[sources]]", f'platform = "{platform}"', 'poll_interval = "2s"']
        if base:
            lines.append(f'base_url = "{base}"')
        if platform in ("x", "truthsocial"):
            lines.append(f'token = "env:{TOKEN_ENV}"')
        if platform == "bluesky":
            lines.append(f'stream_url = "{jetstream_url}"')
        if platform == "telegram":
            lines.append('rate_limit = "60/10s"')
        accounts = by_platform.get(platform)
        if accounts is not None:
            lines.append("accounts = [" + ", ".join(f'"{a}"' for a in accounts) + "]")
        tables.append("\n".join(lines))
    return "\n\n".join(tables) + "\n"


async def serve(replay: Path | None, interval: float, config_out: Path | None) -> None:
    posts = list(read_posts(replay)) if replay else []
    with StandIn() as stand_in:
        jetstream = await JetstreamStandIn(stand_in.bluesky).start()
        for post in posts:  # accounts exist before the first poll resolves them
            if post.platform == "x":
                stand_in.x.add_user(post.author)
            elif post.platform == "bluesky":
                stand_in.bluesky.add_profile(post.author)
            elif post.platform in ("mastodon", "truthsocial"):
                state = stand_in.mastodon if post.platform == "mastodon" else stand_in.truth
                state.add_account(post.author)
            elif post.platform == "rss":
                stand_in.rss.add_feed(feed_name(post.author))
        config = sources_toml(stand_in, jetstream.url, posts)
        if config_out:
            config_out.write_text(config, encoding="utf-8")
        print(config, flush=True)
        print(f"# stand-ins on {stand_in.url}; set {TOKEN_ENV} to any value", file=sys.stderr)
        try:
            for post in posts:
                await asyncio.sleep(interval)
                publish(stand_in, post)
                print(f"# published {post.platform} {post.author}", file=sys.stderr, flush=True)
            await asyncio.Event().wait()
        finally:
            await jetstream.stop()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m connectors.testing", description=__doc__)
    parser.add_argument("--replay", type=Path, help="JSONL posts to publish on the stand-ins")
    parser.add_argument("--interval", type=float, default=2.0, help="seconds between posts")
    parser.add_argument("--config-out", type=Path, help="also write the [[sources]] config here")
    args = parser.parse_args(argv)
    try:
        asyncio.run(serve(args.replay, args.interval, args.config_out))
    except KeyboardInterrupt:
        return 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
