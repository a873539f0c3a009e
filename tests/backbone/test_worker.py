"""The scoring worker against a real redis-server: exactly once, nothing lost."""

from __future__ import annotations

import asyncio
import time
from datetime import UTC, datetime, timedelta

import msgspec
import pytest
from prometheus_client import REGISTRY
from redis.asyncio import Redis

from monitor.demo import demo_posts, demo_watchlist
from monitor.detection import Detector, DetectorSettings, decode_state
from monitor.keys import Keys
from monitor.models import Post, alert_decoder, score_decoder, to_json
from monitor.scoring import Scorer
from monitor.stream import publish_posts
from monitor.worker import GROUP, ScoringWorker, WorkerOptions

WATCHLIST = demo_watchlist()
SCORER = Scorer(WATCHLIST)


def make_worker(redis: Redis, keys: Keys, name: str = "w0", **options: int) -> ScoringWorker:
    return ScoringWorker(
        redis,
        keys,
        SCORER,
        Detector(DetectorSettings(), WATCHLIST),
        consumer=name,
        options=WorkerOptions(block_ms=50, **options),
    )


async def drain(*workers: ScoringWorker) -> None:
    await asyncio.wait_for(
        asyncio.gather(*(w.run(asyncio.Event(), until_idle=True) for w in workers)), 30
    )


async def scored_ids(redis: Redis, keys: Keys) -> list[str]:
    return [f[b"post_id"].decode() for _, f in await redis.xrange(keys.scores)]


async def alerts(redis: Redis, keys: Keys) -> list[tuple[str, tuple[str, str]]]:
    found = [alert_decoder.decode(f[b"alert"]) for _, f in await redis.xrange(keys.alerts)]
    return [(a.kind, a.countries) for a in found]


def filler(n: int) -> list[Post]:
    at = datetime(2025, 1, 20, tzinfo=UTC)
    return [
        Post(
            id=f"fill:{i}", platform="x", author=f"citizen{i % 7}", created_at=at, text=f"Post {i}"
        )
        for i in range(n)
    ]


class TestScoringWorker:
    async def test_demo_incident_raises_the_alert_through_real_redis(
        self, redis: Redis, keys: Keys
    ) -> None:
        """The bundled COL-USA incident, scored by a worker, raises one hostile_exchange."""
        posts = demo_posts()
        await publish_posts(redis, keys, posts)
        await drain(make_worker(redis, keys))
        assert await scored_ids(redis, keys) == [p.id for p in posts]
        raised = await alerts(redis, keys)
        assert raised.count(("hostile_exchange", ("COL", "USA"))) == 1
        assert await redis.xpending(keys.posts, GROUP) == {
            "pending": 0,
            "min": None,
            "max": None,
            "consumers": [],
        }

    async def test_duplicate_post_ids_are_scored_once(self, redis: Redis, keys: Keys) -> None:
        """The same post id pushed three times (in and across batches) is scored once."""
        posts = filler(5)
        await publish_posts(redis, keys, posts + posts[:2])
        await drain(make_worker(redis, keys, batch=3))
        await publish_posts(redis, keys, posts[:1])
        await drain(make_worker(redis, keys, batch=3))
        assert sorted(await scored_ids(redis, keys)) == sorted(p.id for p in posts)

    async def test_edits_deletions_and_ids_per_platform(self, redis: Redis, keys: Keys) -> None:
        """Deletions are acked unscored, edits scored but not counted twice, ids scoped by platform."""
        posts = demo_posts()
        trump = next(p for p in posts if "retaliatory" in p.text)
        edit = msgspec.structs.replace(trump, id=trump.id + "#edit-1", kind="edit", ref=trump.id)
        delete = msgspec.structs.replace(trump, id=trump.id + "#delete", kind="delete", text="")
        same_id_elsewhere = msgspec.structs.replace(filler(1)[0], platform="mastodon")
        await publish_posts(redis, keys, [*posts, edit, delete, filler(1)[0], same_id_elsewhere])
        await drain(make_worker(redis, keys))
        ids = await scored_ids(redis, keys)
        assert edit.id in ids and delete.id not in ids and ids.count("fill:0") == 2
        assert (await alerts(redis, keys)).count(("hostile_exchange", ("COL", "USA"))) == 1

    async def test_a_quiet_episode_is_resolved_once_by_the_sweep(
        self, redis: Redis, keys: Keys
    ) -> None:
        """An open episode that decays is resolved by the periodic sweep, once."""
        posts = [p for p in demo_posts() if p.created_at < datetime(2025, 1, 27, tzinfo=UTC)]
        await publish_posts(redis, keys, posts)
        worker = make_worker(redis, keys)
        await drain(worker)
        assert [k for k, _ in await alerts(redis, keys)] == ["hostile_exchange"]
        latest, _ = worker._event_clock or (posts[-1].created_at, 0.0)
        worker._event_clock = (latest + timedelta(days=10), time.time())
        assert [a.kind for a in await worker.sweep()] == ["resolved"]
        assert await worker.sweep() == []
        assert [k for k, _ in await alerts(redis, keys)] == ["hostile_exchange", "resolved"]

    async def test_poison_entries_go_to_dead_letters_and_the_rest_pass(
        self, redis: Redis, keys: Keys
    ) -> None:
        """Malformed entries are dead-lettered with their error; good ones are scored."""
        await publish_posts(redis, keys, filler(2))
        await redis.xadd(keys.posts, {"post": b"{not json"})
        await redis.xadd(keys.posts, {"post": b"<html>502</html>"})
        await redis.xadd(keys.posts, {"other": b"field"})
        await publish_posts(redis, keys, filler(4)[2:])
        await drain(make_worker(redis, keys))
        assert sorted(await scored_ids(redis, keys)) == [f"fill:{i}" for i in range(4)]
        dead = [f for _, f in await redis.xrange(keys.dead)]
        assert len(dead) == 3
        assert all(b"malformed post" in f[b"error"] for f in dead)
        assert dead[0][b"stream"] == keys.posts.encode() and b"{not json" in dead[0][b"fields"]

    @pytest.mark.parametrize("batched", [False, True])
    async def test_a_scorer_that_keeps_failing_is_retried_then_dead_lettered(
        self, redis: Redis, keys: Keys, batched: bool
    ) -> None:
        """A post that crashes the scorer is retried max_deliveries times, then dead-lettered;
        when the whole batch's scoring raises, the posts are scored one by one, so only the
        post that breaks it fails."""

        class Fragile:
            def __init__(self) -> None:
                self.calls = 0

            def score(self, post: Post):  # type: ignore[no-untyped-def]
                if post.id == "fill:1":
                    self.calls += 1
                    raise RuntimeError("scorer bug")
                return SCORER.score(post)

        class FragileBatch(Fragile):
            def score_batch(self, posts: list[Post]):  # type: ignore[no-untyped-def]
                return [self.score(post) for post in posts]

        fragile = FragileBatch() if batched else Fragile()
        worker = make_worker(redis, keys, max_deliveries=3)
        worker.scorer = fragile
        await publish_posts(redis, keys, filler(3))
        await drain(worker)
        assert sorted(await scored_ids(redis, keys)) == ["fill:0", "fill:2"]
        assert fragile.calls == (6 if batched else 3)  # batched: once in the batch, once alone
        [(_, dead)] = await redis.xrange(keys.dead)
        assert b"RuntimeError: scorer bug" in dead[b"error"] and dead[b"deliveries"] == b"3"

    async def test_two_workers_share_the_work_exactly_once(self, redis: Redis, keys: Keys) -> None:
        """Two consumers in the group score every post once and raise the alert once."""
        posts = demo_posts()
        await publish_posts(redis, keys, filler(300) + posts)
        await drain(make_worker(redis, keys, "a", batch=7), make_worker(redis, keys, "b", batch=5))
        ids = await scored_ids(redis, keys)
        assert len(ids) == len(set(ids)) == 300 + len(posts)
        assert (await alerts(redis, keys)).count(("hostile_exchange", ("COL", "USA"))) == 1

    async def test_partitioned_posts_streams(self, redis: Redis) -> None:
        """With several partitions, authors spread over streams and all are scored."""
        keys = Keys(f"part-{id(self)}", partitions=3)
        posts = filler(30) + demo_posts()
        await publish_posts(redis, keys, posts)
        used = [s for s in keys.posts_streams if await redis.xlen(s)]
        assert len(used) >= 2 and used[0] == f"{keys.prefix}:posts"
        await drain(make_worker(redis, keys))
        assert sorted(await scored_ids(redis, keys)) == sorted(p.id for p in posts)
        for stream in used:
            assert (await redis.xpending(stream, GROUP))["pending"] == 0
        [(_, fields)] = [
            e for e in await redis.xrange(keys.scores) if e[1][b"post_id"] == b"fill:0"
        ]
        assert score_decoder.decode(fields[b"score"]).post_id == "fill:0"

    async def test_the_same_entry_id_in_two_partitions_is_two_posts(self, redis: Redis) -> None:
        """Streams number their entries independently: an id given out by two partitions
        names two posts, each detected with its own pairs."""
        keys = Keys(f"same-ids-{id(self)}", partitions=2)
        posts = demo_posts()
        [main, other] = keys.posts_streams
        quiet = "citizen-quiet"
        while keys.posts_partition(quiet) == keys.posts_partition(posts[0].author):
            quiet += "x"
        for i, post in enumerate(posts, start=1):
            stream = keys.posts_partition(post.author)
            twin = other if stream == main else main
            await redis.xadd(stream, {"post": to_json(post), "ts": b"0"}, id=f"{i}-0")
            noise = msgspec.structs.replace(filler(1)[0], id=f"quiet:{i}", author=quiet)
            if keys.posts_partition(quiet) == twin:
                await redis.xadd(twin, {"post": to_json(noise), "ts": b"0"}, id=f"{i}-0")
        await drain(make_worker(redis, keys))
        assert (await alerts(redis, keys)).count(("hostile_exchange", ("COL", "USA"))) == 1

    async def test_a_pair_state_moved_by_another_worker_is_read_again(
        self, redis: Redis, keys: Keys
    ) -> None:
        """Worker a keeps decoded pair states between batches; when worker b (or the sweep)
        writes a pair meanwhile, a reads it again: the result is that of one worker."""
        posts = demo_posts()
        third = len(posts) // 3
        chunks = [posts[:third], posts[third : 2 * third], posts[2 * third :]]
        reference = Keys(keys.prefix + "-ref")
        await publish_posts(redis, reference, posts)
        await drain(make_worker(redis, reference))
        a, b = make_worker(redis, keys, "a"), make_worker(redis, keys, "b")
        for worker, chunk in zip((a, b, a), chunks, strict=True):
            await publish_posts(redis, keys, chunk)
            await drain(worker)
        assert await redis.get(keys.dyad("COL-USA")) == await redis.get(reference.dyad("COL-USA"))
        assert await redis.get(keys.dyad_version("COL-USA")) is not None
        assert await alerts(redis, keys) == await alerts(redis, reference)

    async def test_a_pair_state_written_before_versions_is_used(
        self, redis: Redis, keys: Keys
    ) -> None:
        """A state with no version key (written by an older diplomon) is read, not ignored."""
        posts = demo_posts()
        half = len(posts) // 2
        reference = Keys(keys.prefix + "-ref")
        await publish_posts(redis, reference, posts)
        await drain(make_worker(redis, reference))
        await publish_posts(redis, keys, posts[:half])
        await drain(make_worker(redis, keys, "old"))
        for pair in await redis.smembers(keys.key("dyads")):
            await redis.delete(keys.dyad_version(pair.decode()))
        await publish_posts(redis, keys, posts[half:])
        await drain(make_worker(redis, keys, "new"))
        assert await redis.get(keys.dyad("COL-USA")) == await redis.get(reference.dyad("COL-USA"))
        assert await alerts(redis, keys) == await alerts(redis, reference)

    async def test_a_state_rolled_back_by_a_restart_is_not_taken_for_the_cached_one(
        self, redis: Redis, keys: Keys
    ) -> None:
        """Redis restarted with the last second lost brings back an older state and its
        version; after another worker writes again, this worker's cached state (written
        in the lost second) must not pass for the new one."""
        posts = demo_posts()
        third = len(posts) // 3
        a, b = make_worker(redis, keys, "a"), make_worker(redis, keys, "b")
        await publish_posts(redis, keys, posts[:third])
        await drain(a)
        lost = [
            await redis.get(keys.dyad("COL-USA")),
            await redis.get(keys.dyad_version("COL-USA")),
        ]
        await publish_posts(redis, keys, posts[third : 2 * third])
        await drain(a)  # a keeps this state; the "restart" below loses it
        await redis.set(keys.dyad("COL-USA"), lost[0])
        await redis.set(keys.dyad_version("COL-USA"), lost[1])
        await publish_posts(redis, keys, posts[2 * third :])
        await drain(b)
        read = await a.pair_states.read(["COL-USA"], [])
        assert read.states["COL-USA"] == decode_state(await redis.get(keys.dyad("COL-USA")))

    async def test_a_pair_moved_during_a_batch_is_detected_again_on_the_new_state(
        self, redis: Redis, keys: Keys
    ) -> None:
        """b commits the earlier posts about COL-USA after a read the state for its later
        posts: a's commit conflicts, a detects that pair again on b's state and the result
        is that of one worker taking the posts in order."""
        posts = demo_posts()
        half = len(posts) // 2
        reference = Keys(keys.prefix + "-ref")
        await publish_posts(redis, reference, posts)
        await drain(make_worker(redis, reference))
        a, b = make_worker(redis, keys, "a"), make_worker(redis, keys, "b")
        for worker in (a, b):
            await worker.reader.ensure_group()
        await publish_posts(redis, keys, posts[:half])
        early = b._prepare(await b.reader.read())
        await publish_posts(redis, keys, posts[half:])
        late = a._prepare(await a.reader.read())
        attempt = await a._attempt(late)  # detected on the state before b's posts
        conflicts = _conflicts()
        await b._write(early)
        await a._write(late, attempt)
        assert _conflicts() == conflicts + 1
        assert await scored_ids(redis, keys) == [p.id for p in posts]
        assert await redis.get(keys.dyad("COL-USA")) == await redis.get(reference.dyad("COL-USA"))
        assert await alerts(redis, keys) == await alerts(redis, reference)
        assert (await redis.xpending(keys.posts, GROUP))["pending"] == 0

    async def test_a_post_scored_by_another_worker_meanwhile_is_acked_not_written_again(
        self, redis: Redis, keys: Keys
    ) -> None:
        """The same post in two entries, taken by two workers at once: one score entry."""
        posts = demo_posts()
        a, b = make_worker(redis, keys, "a"), make_worker(redis, keys, "b")
        for worker in (a, b):
            await worker.reader.ensure_group()
        await publish_posts(redis, keys, posts)
        first = b._prepare(await b.reader.read())
        await publish_posts(redis, keys, posts[-1:])
        again = a._prepare(await a.reader.read())
        attempt = await a._attempt(again)
        await b._write(first)
        await a._write(again, attempt)
        assert await scored_ids(redis, keys) == [p.id for p in posts]
        assert (await redis.xpending(keys.posts, GROUP))["pending"] == 0


def _conflicts() -> float:
    return REGISTRY.get_sample_value("diplomon_batch_conflicts_total") or 0.0
