"""One batch's writes as one atomic Lua script: a single round trip.

The script first checks that nothing it depends on changed since the worker
read it — every country pair's state still has the version the detector
started from, and no post id of the batch was scored meanwhile — and
returns a conflict if so, writing nothing: the pairs whose state moved, so
that the worker detects again only the posts about those pairs. Otherwise it
writes the score entries, the "seen" markers, the new pair states (with a new
version each), the alerts, the dead letters and the XACK of every entry, all
or none.

This replaces WATCH/MULTI/EXEC (three more round trips and a command per
write packed by redis-py in Python, which cost more than the scoring).
Versions, not states, are compared: a pair's state is several kilobytes, and
reading it into Lua cost more than the rest of the script.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from redis.asyncio import Redis

from monitor.keys import Keys

# KEYS: scores, alerts, dead, dyads-set, seen[n], dyad[m], dyad-version[m], stream[s]
# ARGV: n, m, s, maxlen, seen_ttl, alert_count, dead_count,
#       n x (post_id, post_json, score_json, ts),
#       m x (expected version or "", new_state, pair),
#       alert_count x alert_json,
#       dead_count x (stream, entry, error, deliveries, fields),
#       s x (id_count, ids...), version token of the new states, group
_SCRIPT = """
local n, m, s = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3])
local maxlen, ttl = ARGV[4], ARGV[5]
local nalerts, ndead = tonumber(ARGV[6]), tonumber(ARGV[7])
local a = 8 + 4 * n
local stale = {}
for j = 1, m do
  local version = redis.call('GET', KEYS[4 + n + m + j]) or ''
  if version ~= ARGV[a + 3 * (j - 1)] then stale[#stale + 1] = j end
end
if #stale > 0 then return stale end
for i = 1, n do
  if not redis.call('SET', KEYS[4 + i], '1', 'EX', ttl, 'NX') then
    for k = 1, i - 1 do redis.call('DEL', KEYS[4 + k]) end
    return 'conflict'
  end
end
for i = 0, n - 1 do
  local p = 8 + 4 * i
  if ARGV[p + 3] == '' then
    redis.call('XADD', KEYS[1], 'MAXLEN', '~', maxlen, '*',
      'post_id', ARGV[p], 'post', ARGV[p + 1], 'score', ARGV[p + 2])
  else
    redis.call('XADD', KEYS[1], 'MAXLEN', '~', maxlen, '*',
      'post_id', ARGV[p], 'post', ARGV[p + 1], 'score', ARGV[p + 2], 'ts', ARGV[p + 3])
  end
end
for j = 1, m do
  local b = a + 3 * (j - 1)
  redis.call('SET', KEYS[4 + n + j], ARGV[b + 1])
  redis.call('SET', KEYS[4 + n + m + j], ARGV[#ARGV - 1])
  redis.call('SADD', KEYS[4], ARGV[b + 2])
end
a = a + 3 * m
for i = 0, nalerts - 1 do
  redis.call('XADD', KEYS[2], 'MAXLEN', '~', maxlen, '*', 'alert', ARGV[a + i])
end
a = a + nalerts
for i = 0, ndead - 1 do
  local d = a + 5 * i
  redis.call('XADD', KEYS[3], 'MAXLEN', '~', maxlen, '*', 'stream', ARGV[d],
    'entry', ARGV[d + 1], 'error', ARGV[d + 2], 'deliveries', ARGV[d + 3], 'fields', ARGV[d + 4])
end
a = a + 5 * ndead
for k = 1, s do
  local count = tonumber(ARGV[a])
  if count > 0 then
    redis.call('XACK', KEYS[4 + n + 2 * m + k], ARGV[#ARGV], unpack(ARGV, a + 1, a + count))
  end
  a = a + 1 + count
end
return 'ok'
"""


@dataclass
class BatchWrites:
    """Everything one batch writes, in the order the script takes it."""

    scores: list[tuple[str, bytes, bytes, bytes]] = field(
        default_factory=list
    )  # id, post, score, ts
    # pair, version the state was read at (None: never written), new state
    states: list[tuple[str, bytes | None, bytes]] = field(default_factory=list)
    # what the new states' version keys are set to: unique, so that a version restored
    # by a Redis restart can never name a state written after it
    version: bytes = field(default_factory=lambda: os.urandom(8).hex().encode())
    alerts: list[bytes] = field(default_factory=list)
    dead: list[dict[str, str]] = field(default_factory=list)
    acks: dict[str, list[str]] = field(default_factory=dict)  # stream -> entry ids


@dataclass(frozen=True)
class Conflict:
    """Why nothing was written: the pairs whose state another writer moved, or none
    when a post of the batch was scored meanwhile (the whole batch is redone)."""

    pairs: list[str]


class BatchCommitter:
    def __init__(self, redis: Redis, keys: Keys, group: str, *, maxlen: int, seen_ttl_s: int):
        self.redis = redis
        self.keys = keys
        self.group = group
        self.maxlen = maxlen
        self.seen_ttl_s = seen_ttl_s
        self._script = redis.register_script(_SCRIPT)

    async def commit(self, writes: BatchWrites, seen_keys: Sequence[str]) -> Conflict | None:
        """Apply ``writes`` atomically; on a conflict write nothing and say what moved."""
        keys = self.keys
        streams = sorted(writes.acks)
        key_list: list[str] = [keys.scores, keys.alerts, keys.dead, keys.key("dyads")]
        key_list += seen_keys
        key_list += [keys.dyad(pair) for pair, _, _ in writes.states]
        key_list += [keys.dyad_version(pair) for pair, _, _ in writes.states]
        key_list += streams
        args: list[Any] = [
            len(writes.scores),
            len(writes.states),
            len(streams),
            self.maxlen,
            self.seen_ttl_s,
            len(writes.alerts),
            len(writes.dead),
        ]
        for post_id, post, score, ts in writes.scores:
            args += [post_id, post, score, ts]
        for pair, version, new in writes.states:
            args += [version or b"", new, pair]
        args += writes.alerts
        for d in writes.dead:
            args += [d["stream"], d["entry"], d["error"], d["deliveries"], d["fields"]]
        for stream in streams:
            args += [len(writes.acks[stream]), *writes.acks[stream]]
        args += [writes.version, self.group]
        result = await self._script(keys=key_list, args=args)
        if result in (b"ok", "ok"):
            return None
        if isinstance(result, list):
            return Conflict([writes.states[int(j) - 1][0] for j in result])
        return Conflict([])
