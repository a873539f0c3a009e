"""The scoring worker: posts stream -> scores (and alerts) streams.

One batch is one transaction: the scores, the detector's new pair states,
the alerts they raise, the dead letters, the "seen" markers and the XACK of
every entry are written together (one Lua script, ``monitor.batch_commit``,
that first checks the pair-state versions and seen markers it depends on), so
a worker killed at any point leaves either all of a batch's effects or none,
and a concurrent worker's change to a pair makes this one detect that pair's
posts again instead of overwriting it.
"""

from __future__ import annotations

import asyncio
import logging
import os
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any, Protocol, runtime_checkable

import msgspec
from redis.asyncio import Redis
from redis.exceptions import WatchError

from monitor import metrics
from monitor.batch_commit import BatchCommitter, BatchWrites
from monitor.consumer import Entry, StreamConsumer, dead_letter_fields
from monitor.detection import Detector, DyadState, decode_state, encode_state
from monitor.errors import StoreError
from monitor.keys import Keys
from monitor.models import Alert, Post, Score, to_json
from monitor.pair_states import PairStateReader
from monitor.postio import decode_post
from monitor.stream import DEFAULT_MAXLEN

log = logging.getLogger("diplomon.worker")

GROUP = "scorers"


class PostScorer(Protocol):
    def score(self, post: Post) -> Score: ...


@runtime_checkable
class BatchScorer(Protocol):
    def score_batch(self, posts: Sequence[Post]) -> list[Score]: ...


@dataclass(frozen=True)
class WorkerOptions:
    batch: int = 250
    block_ms: int = 1000
    claim_idle_ms: int = 30_000
    max_deliveries: int = 5
    seen_ttl_s: int = 7 * 86400
    maxlen: int = DEFAULT_MAXLEN
    sweep_interval_s: float = 60.0


@dataclass
class _Batch:
    scored: list[tuple[Entry, Post, Score]] = field(default_factory=list)
    done: list[Entry] = field(default_factory=list)  # acked without output (duplicates)
    dead: list[tuple[Entry, str]] = field(default_factory=list)
    retry: list[Entry] = field(default_factory=list)  # left pending for another try


Raised = list[tuple[int, str, Alert]]  # (index of the post in the batch, pair, alert)


@dataclass
class _Attempt:
    """One detection of a batch and the writes it makes, valid until a conflict.

    The detector treats each pair on its own (a pair's new state depends on its old
    state and the posts about it only), so after a conflict only the pairs that moved
    are read and detected again; the rest of the attempt stands.
    """

    writes: BatchWrites
    fresh_seen: list[str]
    scored: list[tuple[Entry, Post, Score]]
    pairs_of: dict[tuple[str, str], list[str]]  # (stream, entry id) -> pairs it may change
    raised: Raised
    changed: dict[str, DyadState]
    versions: dict[str, bytes | None]  # each pair's version when its state was read
    encoded: dict[str, bytes] = field(default_factory=dict)

    @property
    def alerts(self) -> list[Alert]:
        return [alert for _, _, alert in self.raised]

    def seal(self) -> None:
        """Put the changed states and the alerts into ``writes``."""
        for pair, state in self.changed.items():
            if pair not in self.encoded:
                self.encoded[pair] = encode_state(state)
        self.writes.states = [(p, self.versions[p], self.encoded[p]) for p in self.changed]
        self.writes.alerts = [to_json(alert) for alert in self.alerts]

    def redone(self, pairs: set[str], raised: Raised, changed: dict[str, DyadState]) -> None:
        """Replace what this attempt detected for ``pairs`` with a new detection of them."""
        kept = [item for item in self.raised if item[1] not in pairs]
        self.raised = sorted(kept + raised, key=lambda item: item[:2])  # post order, as once
        self.changed = {p: st for p, st in self.changed.items() if p not in pairs} | changed
        for pair in pairs:
            self.encoded.pop(pair, None)
        self.seal()


class ScoringWorker:
    def __init__(
        self,
        redis: Redis,
        keys: Keys,
        scorer: PostScorer,
        detector: Detector,
        *,
        consumer: str,
        options: WorkerOptions | None = None,
    ) -> None:
        self.redis = redis
        self.keys = keys
        self.scorer = scorer
        self.detector = detector
        self.consumer_name = consumer
        self.options = options or WorkerOptions()
        self.reader = StreamConsumer(
            redis,
            keys.posts_streams,
            GROUP,
            consumer,
            count=self.options.batch,
            block_ms=self.options.block_ms,
            claim_idle_ms=self.options.claim_idle_ms,
        )
        self.pair_states = PairStateReader(redis, keys)
        self.committer = BatchCommitter(
            redis, keys, GROUP, maxlen=self.options.maxlen, seen_ttl_s=self.options.seen_ttl_s
        )
        self.processed = 0
        self._event_clock: tuple[datetime, float] | None = None  # (latest post time, wall)
        self._last_sweep = time.monotonic()
        self._last_health = 0.0

    async def run(self, stop: asyncio.Event, *, until_idle: bool = False) -> None:
        """Process batches until ``stop`` is set (or, with until_idle, the stream is drained).

        Batch N+1 is read and scored while batch N's commit script runs in Redis; its
        detection waits for that commit, so pair states stay in order and the CPU does
        not idle through the script.
        """
        await self.reader.ensure_group()
        log.info("worker started", extra={"consumer": self.consumer_name})
        committing: asyncio.Task[None] | None = None
        try:
            while not stop.is_set():
                if committing is not None and not self.reader.reads_new_entries:
                    # Re-reading own pending entries now would deliver the in-flight batch again.
                    await committing
                    committing = None
                entries = await self.reader.read()
                batch = self._prepare(entries) if entries else None
                if committing is not None:
                    await committing
                    committing = None
                if batch is not None:
                    # Detected here, in order; the script is sent as the next read goes out.
                    committing = asyncio.create_task(self._write(batch, await self._attempt(batch)))
                elif until_idle and await self._drained():
                    break
                await self._housekeeping()
        finally:
            if committing is not None and not committing.done():
                await committing  # let the last batch land (or fail) before stopping
        log.info(
            "worker stopped", extra={"consumer": self.consumer_name, "processed": self.processed}
        )

    async def process(self, entries: Sequence[Entry]) -> None:
        """Score, detect and commit one batch."""
        await self._write(self._prepare(entries))

    async def _write(self, batch: _Batch, attempt: _Attempt | None = None) -> None:
        alerts = await self._commit(batch, attempt)
        self.processed += len(batch.scored)
        metrics.POSTS_SCORED.inc(len(batch.scored))
        metrics.DEAD_LETTERS.inc(len(batch.dead))
        for alert in alerts:
            metrics.ALERTS_RAISED.labels(alert.kind).inc()
            log.info(
                "alert raised",
                extra={"alert": alert.id, "kind": alert.kind, "summary": alert.summary},
            )
        for entry, error in batch.dead:
            log.error("entry dead-lettered", extra={"entry": entry.id, "error": error[:200]})
        if batch.retry:
            self.reader.retry_own_pending()

    def _prepare(self, entries: Sequence[Entry]) -> _Batch:
        with metrics.SCORE_SECONDS.time():
            return self._score_entries(entries)

    def _score_entries(self, entries: Sequence[Entry]) -> _Batch:
        batch = _Batch()
        in_batch: set[str] = set()
        to_score: list[tuple[Entry, Post]] = []
        for entry in entries:
            if entry.deliveries > self.options.max_deliveries:
                batch.dead.append((entry, f"gave up after {entry.deliveries - 1} deliveries"))
                continue
            try:
                post = decode_post(entry.fields.get(b"post", b""))
            except (msgspec.DecodeError, msgspec.ValidationError, UnicodeDecodeError) as exc:
                batch.dead.append((entry, f"malformed post: {exc}"))
                continue
            if post.kind == "delete" or _post_key(post) in in_batch:
                batch.done.append(entry)  # deletions are recorded by connectors, not scored
                continue
            in_batch.add(_post_key(post))
            to_score.append((entry, post))
        results = self._score_all([post for _, post in to_score])
        for (entry, post), result in zip(to_score, results, strict=True):
            if isinstance(result, Exception):
                self._failed(batch, entry, result)
            else:
                batch.scored.append((entry, post, result))
        return batch

    def _score_all(self, posts: list[Post]) -> list[Score | Exception]:
        """Scores in order, the whole batch at once where the scorer can; a scorer that
        raises is asked post by post, so that only the post that breaks it fails."""
        if isinstance(self.scorer, BatchScorer):
            try:
                return list(self.scorer.score_batch(posts))
            except Exception as exc:  # a scorer bug must not stop the worker
                error = repr(exc)[:200]
                log.warning("batch scoring failed; one post at a time", extra={"error": error})
        results: list[Score | Exception] = []
        for post in posts:
            try:
                results.append(self.scorer.score(post))
            except Exception as exc:
                results.append(exc)
        return results

    def _failed(self, batch: _Batch, entry: Entry, exc: Exception) -> None:
        error = f"{type(exc).__name__}: {exc}"
        if entry.deliveries >= self.options.max_deliveries:
            batch.dead.append((entry, error))
        else:
            log.warning(
                "scoring failed; will retry", extra={"entry": entry.id, "error": error[:200]}
            )
            batch.retry.append(entry)

    async def _commit(self, batch: _Batch, attempt: _Attempt | None = None) -> list[Alert]:
        """Write the batch (detected as ``attempt``); on a conflict with another writer,
        detect again what it moved (the pairs, or the whole batch if it scored a post)."""
        for _ in range(100):
            attempt = attempt or await self._attempt(batch)
            conflict = await self.committer.commit(attempt.writes, attempt.fresh_seen)
            if conflict is None:
                self._applied(batch, attempt)
                return attempt.alerts
            metrics.BATCH_CONFLICTS.inc()
            if conflict.pairs:
                await self._redetect(attempt, set(conflict.pairs))
            else:
                attempt = None
        raise StoreError("a batch kept conflicting with other workers; it stays pending")

    async def _attempt(self, batch: _Batch) -> _Attempt:
        """Read the pair states and seen markers, run the detector, build the writes."""
        keys = self.keys
        seen_keys = [keys.seen(_post_key(post)) for _, post, _ in batch.scored]
        # keyed by stream too: two partitions can give out the same entry id
        pairs_of = {
            (entry.stream, entry.id): self._pairs(post, score)
            for entry, post, score in batch.scored
        }
        pairs = sorted({p for post_pairs in pairs_of.values() for p in post_pairs})
        read = await self.pair_states.read(pairs, seen_keys)
        # Ids scored by anyone before (a replay, a duplicate push) are acked, not written again.
        marked = list(zip(batch.scored, seen_keys, read.markers, strict=True))
        scored = [item for item, _, marker in marked if marker is None]
        fresh_seen = [key for _, key, marker in marked if marker is None]
        duplicates = [item[0] for item, _, marker in marked if marker is not None]
        raised, changed = self._detect(scored, pairs_of, dict(read.states))
        writes = BatchWrites(
            scores=[_score_fields(entry, post, score) for entry, post, score in scored],
            dead=[dead_letter_fields(entry, error) for entry, error in batch.dead],
        )
        acked = [e for e, _, _ in scored] + [e for e, _ in batch.dead] + batch.done + duplicates
        for entry in acked:
            writes.acks.setdefault(entry.stream, []).append(entry.id)
        attempt = _Attempt(writes, fresh_seen, scored, pairs_of, raised, changed, read.versions)
        attempt.seal()
        return attempt

    async def _redetect(self, attempt: _Attempt, pairs: set[str]) -> None:
        """Read ``pairs`` again and detect the batch's posts about them again."""
        read = await self.pair_states.read(sorted(pairs), [])
        attempt.versions.update(read.versions)
        raised, changed = self._detect(attempt.scored, attempt.pairs_of, dict(read.states), pairs)
        attempt.redone(pairs, raised, changed)

    def _applied(self, batch: _Batch, attempt: _Attempt) -> None:
        for pair, state in attempt.changed.items():
            self.pair_states.written(pair, attempt.writes.version, state)
        batch.scored = attempt.scored

    def _pairs(self, post: Post, score: Score) -> list[str]:
        # An edit repeats a post already counted; it is scored for the record only.
        return [] if post.kind == "edit" else self.detector.pairs(post, score)

    def _detect(
        self,
        scored: list[tuple[Entry, Post, Score]],
        pairs_of: dict[tuple[str, str], list[str]],
        states: dict[str, DyadState | None],
        only: set[str] | None = None,
    ) -> tuple[Raised, dict[str, DyadState]]:
        """Run the detector over the batch in order (over the ``only`` pairs, if given);
        the states are updated in place."""
        raised: Raised = []
        changed: dict[str, DyadState] = {}
        for index, (entry, post, score) in enumerate(scored):
            self._advance_clock(post.created_at)
            pairs = pairs_of[entry.stream, entry.id]
            if only is not None:
                pairs = [p for p in pairs if p in only]
            if not pairs:
                continue
            new_states, alerts = self.detector.observe(
                post, score, {p: states.get(p) for p in pairs}
            )
            states.update(new_states)
            changed.update(new_states)
            raised += [(index, alert.key, alert) for alert in alerts]
        return raised, changed

    def _advance_clock(self, at: datetime) -> None:
        if self._event_clock is None or at > self._event_clock[0]:
            self._event_clock = (at, time.time())

    def event_now(self) -> datetime:
        """The detector's clock: the latest post time seen, advanced by wall time since.

        Live, this is the wall clock; replaying history, it is history's time, so
        a replayed episode is not resolved at once by today's date.
        """
        if self._event_clock is None:
            return datetime.now(UTC)
        latest, wall = self._event_clock
        return latest + timedelta(seconds=time.time() - wall)

    async def _housekeeping(self) -> None:
        now = time.monotonic()
        if now - self._last_health >= 5:
            self._last_health = now
            await self.redis.set(
                self.keys.key("health", "worker", self.consumer_name),
                str(time.time()),
                ex=30,
            )
        if now - self._last_sweep >= self.options.sweep_interval_s:
            self._last_sweep = now
            await self.sweep()

    async def sweep(self) -> list[Alert]:
        """Resolve episodes that decayed; one transaction per pair."""
        raised: list[Alert] = []
        for raw in await self.redis.smembers(self.keys.key("dyads")):
            pair = _s(raw)
            while True:
                try:
                    raised += await self._sweep_pair(pair)
                    break
                except WatchError:
                    continue
        return raised

    async def _sweep_pair(self, pair: str) -> list[Alert]:
        key = self.keys.dyad(pair)
        async with self.redis.pipeline(transaction=True) as pipe:
            await pipe.watch(key)
            raw: Any = await pipe.get(key)
            if raw is None:
                return []
            states, alerts = self.detector.sweep(self.event_now(), {pair: decode_state(raw)})
            if not alerts and not states:
                return []
            pipe.multi()  # type: ignore[no-untyped-call]
            for name, state in states.items():
                pipe.set(self.keys.dyad(name), encode_state(state))
                pipe.set(self.keys.dyad_version(name), os.urandom(8).hex())  # caches: it moved
            for alert in alerts:
                pipe.xadd(
                    self.keys.alerts,
                    {"alert": to_json(alert)},
                    maxlen=self.options.maxlen,
                    approximate=True,
                )
            await pipe.execute()
        return alerts

    async def _drained(self) -> bool:
        """True when the group has no undelivered and no pending entries."""
        groups = await self.redis.xinfo_groups(self.keys.posts)
        for group in groups:
            if group["name"] in (GROUP, GROUP.encode()):
                lag = group.get("lag")
                return (
                    int(group["pending"]) == 0
                    and (lag is None or int(lag) == 0)
                    and not (lag is None and await self._has_undelivered(group))
                )
        return True

    async def _has_undelivered(self, group: dict[str, Any]) -> bool:
        last = group["last-delivered-id"]
        newer = await self.redis.xrange(self.keys.posts, min=f"({_s(last)}", count=1)
        return bool(newer)


def _post_key(post: Post) -> str:
    """Post ids are unique per platform only (Mastodon ids repeat across instances)."""
    return f"{post.platform}:{post.id}"


def _score_fields(entry: Entry, post: Post, score: Score) -> tuple[str, bytes, bytes, bytes]:
    return post.id, entry.fields[b"post"], to_json(score), entry.fields.get(b"ts", b"")


def _s(value: bytes | str) -> str:
    return value.decode() if isinstance(value, bytes) else str(value)
