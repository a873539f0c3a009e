"""``[redis] partitions = N`` with real connectors: posts should spread over N streams by author.

deploy/SCALING.md and ``monitor.keys.Keys.posts_partition`` say each author's
posts go to ``{prefix}:posts`` or ``{prefix}:posts:<crc32(handle) % N>``, and
``monitor.stream.publish_posts`` (replay) does so. The connectors' publish
(``connectors.store.Store.publish``) always appends to ``{prefix}:posts``, so
with real connectors every post lands in partition 0.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import cast

import pytest
from redis.asyncio import Redis

from connectors.testing import StandIn
from monitor.keys import Keys
from monitor.models import post_decoder
from tests.conftest import RedisServer, free_port, wait_until
from tests.integration.integration_kit import (
    DaemonMetrics,
    alive_or_fail,
    daemon_config,
    scored_posts,
)
from tests.ops.ops_procs import Daemon

pytestmark = pytest.mark.timeout(40)

TOKEN_ENV = "DM_IT_PART_TOKEN"
PARTITIONS = 3
AUTHORS = ["petrogustavo", "SecRubio", "PressSec", "CancilleriaCol", "DiazCanelB"]


@pytest.fixture
def stand_in() -> Iterator[StandIn]:
    with StandIn() as server:
        yield server


Entries = list[tuple[bytes, dict[bytes, bytes]]]


class TestPartitionedIngest:
    async def test_connector_posts_go_to_their_authors_partition(
        self,
        tmp_path: Path,
        redis: Redis,
        redis_server: RedisServer,
        keys: Keys,
        stand_in: StandIn,
        daemons: list[Daemon],
        monkeypatch: pytest.MonkeyPatch,
    ) -> None:
        """Every X post is scored, and sits in the stream its author's partition names."""
        monkeypatch.setenv(TOKEN_ENV, "part-token")
        parted = Keys(keys.prefix, PARTITIONS)
        assert len({parted.posts_partition(a) for a in AUTHORS}) > 1  # the set spans partitions
        for author in AUTHORS:
            stand_in.x.add_user(author)
            stand_in.x.add_post(author, f"{author} says the talks go on.")
        port = free_port()
        extra = f"""
[[sources]]
platform = "x"
base_url = "{stand_in.url}"
token = "env:{TOKEN_ENV}"
accounts = {AUTHORS!r}
poll_interval = "1s"
rate_limit = "100/1s"
""".replace("'", '"')
        config = daemon_config(tmp_path / "p.toml", redis_server.url, keys, metrics_port=port)
        text = config.read_text(encoding="utf-8").replace(
            "[redis]\n", f"[redis]\npartitions = {PARTITIONS}\n"
        )
        config.write_text(text + extra, encoding="utf-8")
        daemon = Daemon(config, role="all").start()
        daemons.append(daemon)
        await wait_until(DaemonMetrics(port, daemon).up, timeout=15)

        async def all_scored() -> bool:
            alive_or_fail(daemon)
            return len(await scored_posts(redis, keys)) >= len(AUTHORS)

        await wait_until(all_scored, timeout=15)
        placed: dict[str, str] = {}
        for stream in parted.posts_streams:
            for _, fields in cast(Entries, await redis.xrange(stream)):
                placed[post_decoder.decode(fields[b"post"]).author] = stream
        assert placed == {a: parted.posts_partition(a) for a in AUTHORS}
