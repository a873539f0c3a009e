"""``diplomon bench``: throughput, latency and memory against the raw VADER baseline.

On one fixed corpus (``monitor.bench_corpus``), in one run:

- raw VADER ``polarity_scores`` posts/s on one core (the baseline), measured
  before each figure: the median of these samples is what every ratio divides by;
- the full scorer's posts/s on one core, a worker batch at a time;
- the whole pipeline (real Redis, ``diplomon run --role workers`` processes)
  with 1 and 2 worker processes: posts/s from the first XADD to the last score;
- p50/p99 latency from a post's XADD (its ``ts`` field) to its score entry,
  which is written in the same transaction as the alert decision, at a fixed
  offered load of 1,000 posts/s;
- peak RSS (VmHWM) of each worker process, of a process running raw VADER,
  and of a connectors process when the connectors package offers a bench.

Redis: a private ``redis-server`` (AOF everysec) on a free port when the
binary exists, else ``REDIS_URL``; with neither, pipeline figures are skipped
and said so.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import math
import os
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from redis.asyncio import Redis
from redis.exceptions import RedisError

from monitor.bench_corpus import bench_posts, bench_watchlist_toml
from monitor.keys import Keys
from monitor.models import Post
from monitor.store import redis_client
from monitor.stream import publish_posts
from monitor.worker import WorkerOptions

OFFERED_RATE = 1000  # posts/s for the latency figure


@dataclass(frozen=True)
class BenchPlan:
    corpus: int  # posts for the in-process figures
    pipeline: int  # posts pushed through the pipeline per worker count
    latency_s: float  # seconds of offered load at OFFERED_RATE

    @classmethod
    def of(cls, quick: bool) -> BenchPlan:
        return cls(2_000, 3_000, 1.5) if quick else cls(20_000, 20_000, 6.0)


@dataclass
class BenchResult:
    figures: dict[str, Any] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    # Raw VADER measured before each figure: on a shared machine the speed drifts within
    # one run, and the median of these is the baseline every ratio divides by.
    vader_samples: list[float] = field(default_factory=list)

    def sample_vader(self, posts: list[Post]) -> None:
        self.vader_samples.append(measure_vader(posts))
        self.figures["vader_posts_per_s"] = statistics.median(self.vader_samples)
        self.figures["vader_samples_posts_per_s"] = [round(v) for v in self.vader_samples]

    def note(self, text: str) -> None:
        self.notes.append(text)
        print(f"bench: {text}", file=sys.stderr, flush=True)


def _rate(count: int, seconds: float) -> float:
    return count / seconds if seconds > 0 else math.inf


def peak_rss_mb(pid: int) -> float | None:
    """Peak resident set size (VmHWM) of a live process, in MB; None where unknown."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return None
    for line in status.splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return None


def cpu_seconds(pid: int) -> float | None:
    """User + system CPU time a live process has used, in seconds; None where unknown."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


class CpuMeter:
    """CPU time of named processes over a span, as microseconds per post."""

    def __init__(self, pids: dict[str, int]) -> None:
        self.pids = pids
        self.start = {name: cpu_seconds(pid) for name, pid in pids.items()}

    def per_post_us(self, posts: int) -> dict[str, float]:
        out = {}
        for name, pid in self.pids.items():
            before, after = self.start[name], cpu_seconds(pid)
            if before is not None and after is not None and posts:
                out[name] = round((after - before) / posts * 1e6, 1)
        return out


_VADER_PROCESS = """
import sys
from pathlib import Path
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer
from monitor.bench_corpus import bench_posts
analyser = SentimentIntensityAnalyzer()
for post in bench_posts(int(sys.argv[1])):
    analyser.polarity_scores(post.text)
for line in Path("/proc/self/status").read_text().splitlines():
    if line.startswith("VmHWM:"):
        print(int(line.split()[1]) / 1024)
"""


def vader_process_rss_mb(n: int) -> float | None:
    """Peak RSS of a separate process that runs raw VADER over the corpus."""
    done = subprocess.run(
        [sys.executable, "-c", _VADER_PROCESS, str(n)], capture_output=True, text=True, timeout=60
    )
    try:
        return float(done.stdout.strip().splitlines()[-1])
    except (ValueError, IndexError):
        return None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class RedisUnderTest:
    url: str
    client: Redis
    describe: str
    proc: subprocess.Popen[bytes] | None = None
    prefixes: list[str] = field(default_factory=list)

    async def close(self) -> None:
        if self.proc is None:  # somebody else's Redis: remove what the bench wrote
            for prefix in self.prefixes:
                async for key in self.client.scan_iter(match=f"{prefix}:*", count=1000):
                    await self.client.unlink(key)
        await self.client.aclose()
        if self.proc is not None:
            self.proc.terminate()
            self.proc.wait(10)


async def _ping_until(client: Redis, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            return bool(await client.ping())
        except (RedisError, OSError):
            await asyncio.sleep(0.05)
    return False


async def open_redis_under_test(
    workdir: Path, note: Callable[[str], None]
) -> RedisUnderTest | None:
    """A private redis-server (AOF everysec) if installed, else REDIS_URL, else None."""
    binary = shutil.which("redis-server") or (
        "/usr/sbin/redis-server" if Path("/usr/sbin/redis-server").exists() else None
    )
    if binary is not None:
        port, data = _free_port(), workdir / "redis"
        data.mkdir()
        args = [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--dir"]
        args += [str(data), "--appendonly", "yes", "--appendfsync", "everysec"]
        proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        url = f"redis://127.0.0.1:{port}/0"
        client = redis_client(url, socket_timeout=30)
        if await _ping_until(client, 10):
            return RedisUnderTest(url, client, "private redis-server, AOF everysec", proc)
        proc.kill()
        await client.aclose()
        note("private redis-server did not start; trying REDIS_URL")
    env_url = os.environ.get("REDIS_URL")
    if not env_url:
        note("no redis-server binary and no REDIS_URL: pipeline figures skipped")
        return None
    client = redis_client(env_url, socket_timeout=30)
    if not await _ping_until(client, 5):
        await client.aclose()
        note("REDIS_URL does not answer: pipeline figures skipped")
        return None
    return RedisUnderTest(env_url, client, "REDIS_URL")


class WorkerPool:
    """``count`` processes of ``diplomon run --role workers --slot N`` on one prefix."""

    def __init__(self, url: str, count: int, env: BenchEnv, keys: Keys) -> None:
        self.count, self.keys = count, keys
        self.config = env.workdir / f"{keys.prefix}.toml"
        default = "true" if env.include_default else "false"
        self.config.write_text(
            f'[redis]\nurl = "{url}"\nprefix = "{keys.prefix}"\n[watchlist]\n'
            f'files = ["{env.watchlist_file.name}"]\ninclude_default = {default}\n'
            '[log]\nlevel = "WARNING"\n',
            encoding="utf-8",
        )
        self.procs: list[subprocess.Popen[bytes]] = []
        self.log = env.workdir / f"{keys.prefix}.log"

    async def start(self, redis: Redis, timeout: float = 60.0) -> None:
        with self.log.open("ab") as log:
            for slot in range(self.count):
                cmd = [sys.executable, "-m", "monitor.cli", "run", "--config", str(self.config)]
                cmd += ["--role", "workers", "--slot", str(slot)]
                self.procs.append(subprocess.Popen(cmd, stdout=log, stderr=log))
        deadline = time.monotonic() + timeout
        pattern = self.keys.key("health", "worker", "*")
        while time.monotonic() < deadline:
            if any(p.poll() is not None for p in self.procs):
                break
            if len([k async for k in redis.scan_iter(match=pattern)]) >= self.count:
                return
            await asyncio.sleep(0.05)
        tail = self.log.read_text("utf-8", "replace")[-2000:]
        raise RuntimeError(f"{self.count} worker(s) did not report ready:\n{tail}")

    def peak_rss(self) -> list[float]:
        return [r for p in self.procs if (r := peak_rss_mb(p.pid)) is not None]

    async def stop(self, redis: Redis) -> None:
        for proc in self.procs:
            if proc.poll() is None:
                proc.send_signal(signal.SIGTERM)
        for proc in self.procs:
            try:
                await asyncio.to_thread(proc.wait, 10)
            except subprocess.TimeoutExpired:
                proc.kill()
                await asyncio.to_thread(proc.wait, 5)


def measure_vader(posts: list[Post]) -> float:
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    analyser = SentimentIntensityAnalyzer()
    started = time.perf_counter()
    for post in posts:
        analyser.polarity_scores(post.text)
    return _rate(len(posts), time.perf_counter() - started)


@dataclass(frozen=True)
class BenchEnv:
    workdir: Path
    watchlist_file: Path  # the corpus's actors
    include_default: bool  # and the bundled default watchlist, when it loads

    @classmethod
    def create(cls, workdir: Path, note: Callable[[str], None]) -> BenchEnv:
        from monitor.watchlist import default_watchlist

        watchlist_file = workdir / "bench-watchlist.toml"
        watchlist_file.write_text(bench_watchlist_toml(), encoding="utf-8")
        try:
            default_watchlist()
            include_default = True
        except Exception as exc:  # the bundled file belongs to another area
            note(f"default watchlist not loaded ({type(exc).__name__}); corpus actors only")
            include_default = False
        return cls(workdir, watchlist_file, include_default)


def measure_scoring(posts: list[Post], env: BenchEnv) -> float:
    from monitor.scoring import Scorer
    from monitor.watchlist import build_watchlist

    scorer = Scorer(build_watchlist([env.watchlist_file], include_default=env.include_default))
    scorer.score(posts[0])  # lazy tables load outside the timed loop
    batch = WorkerOptions().batch  # scored as a worker scores them: a batch at a time
    started = time.perf_counter()
    for start in range(0, len(posts), batch):
        scorer.score_batch(posts[start : start + batch])
    return _rate(len(posts), time.perf_counter() - started)


def percentile(values: list[float], q: float) -> float:
    """Nearest-rank percentile of ``values`` (q in 0..100)."""
    ordered = sorted(values)
    rank = max(1, math.ceil(q / 100 * len(ordered)))
    return ordered[rank - 1]


async def _done_count(redis: Redis, keys: Keys) -> int:
    async with redis.pipeline(transaction=False) as pipe:
        pipe.xlen(keys.scores)
        pipe.xlen(keys.dead)
        scored, dead = await pipe.execute()
    return int(scored) + int(dead)


async def _wait_done(redis: Redis, keys: Keys, target: int, timeout: float) -> None:
    """Wait until ``target`` posts were scored or dead-lettered.

    Polled every 50 ms: the figures take their end from the entries' own ids, so
    polling more often would only take CPU from the workers being measured.
    """
    deadline = time.perf_counter() + timeout
    while time.perf_counter() < deadline:
        if await _done_count(redis, keys) >= target:
            return
        await asyncio.sleep(0.05)
    done = await _done_count(redis, keys)
    raise TimeoutError(f"only {done} of {target} posts were processed in {timeout:.0f}s")


async def _last_entry_ms(redis: Redis, keys: Keys) -> int:
    """Unix ms of the newest scores or dead-letter entry (Redis stamps the ids)."""
    newest = 0
    for stream in (keys.scores, keys.dead):
        entries: Any = await redis.xrevrange(stream, count=1)
        if entries:
            newest = max(newest, int(entries[0][0].split(b"-")[0]))
    return newest


async def measure_pipeline(
    redis: Redis, pool: WorkerPool, posts: list[Post], redis_pid: int | None = None
) -> tuple[float, dict[str, float]]:
    """posts/s from the first XADD until every post has its score entry, and the CPU
    each process spent per post meanwhile (workers summed, Redis, this load generator)."""
    keys = pool.keys
    pids = {f"worker{i}": p.pid for i, p in enumerate(pool.procs)} | {"load": os.getpid()}
    if redis_pid is not None:
        pids["redis"] = redis_pid
    meter = CpuMeter(pids)
    before = await _done_count(redis, keys)
    started = time.time()
    for i in range(0, len(posts), 1000):
        await publish_posts(redis, keys, posts[i : i + 1000])
    await _wait_done(redis, keys, before + len(posts), timeout=120)
    ended = await _last_entry_ms(redis, keys) / 1000
    used = meter.per_post_us(len(posts))
    cpu = {name: us for name, us in used.items() if not name.startswith("worker")}
    cpu["workers"] = round(sum(us for name, us in used.items() if name.startswith("worker")), 1)
    return _rate(len(posts), ended - started), cpu


async def measure_latency(redis: Redis, pool: WorkerPool, posts: list[Post]) -> list[float]:
    """Offer posts at OFFERED_RATE; ms from each post's ``ts`` to its score entry's id."""
    keys = pool.keys
    before = await _done_count(redis, keys)
    first_id = f"{int(time.time() * 1000) - 1}-0"
    started = time.perf_counter()
    sent = 0
    while sent < len(posts):
        due = min(len(posts), int((time.perf_counter() - started) * OFFERED_RATE) + 1)
        if due > sent:
            await publish_posts(redis, keys, posts[sent:due])
            sent = due
        await asyncio.sleep(0.002)
    await _wait_done(redis, keys, before + len(posts), timeout=60)
    entries: list[tuple[bytes, dict[bytes, bytes]]]
    entries = await redis.xrange(keys.scores, min=first_id)  # type: ignore[assignment]
    return [
        float(int(entry_id.split(b"-")[0]) - int(fields[b"ts"]))
        for entry_id, fields in entries
        if b"ts" in fields
    ]


async def pipeline_figures(
    result: BenchResult,
    plan: BenchPlan,
    under_test: RedisUnderTest,
    env: BenchEnv,
    corpus: list[Post],
) -> None:
    """Pipeline posts/s with 1 and 2 workers, latency, worker RSS; raw VADER is sampled
    on ``corpus`` (the in-process figures' posts) before each worker count."""
    fig = result.figures
    redis = under_test.client
    rss: list[float] = []
    for workers in (1, 2):
        pool = WorkerPool(under_test.url, workers, env, Keys(f"bench{os.getpid()}w{workers}"))
        try:
            await pool.start(redis)
            result.sample_vader(corpus)
            posts = bench_posts(plan.pipeline, prefix=f"pipe{workers}")
            redis_pid = under_test.proc.pid if under_test.proc is not None else None
            rate, cpu = await measure_pipeline(redis, pool, posts, redis_pid)
            fig[f"pipeline_posts_per_s_{workers}w"] = rate
            fig[f"pipeline_cpu_us_per_post_{workers}w"] = cpu
            if workers == 2:
                n = int(plan.latency_s * OFFERED_RATE)
                lat = await measure_latency(redis, pool, bench_posts(n, prefix="latency"))
                fig["latency_workers"] = workers
                fig["latency_samples"] = len(lat)
                fig["latency_p50_ms"] = percentile(lat, 50) if lat else None
                fig["latency_p99_ms"] = percentile(lat, 99) if lat else None
            rss += pool.peak_rss()
        finally:
            await pool.stop(redis)
    fig["worker_peak_rss_mb"] = max(rss) if rss else None


async def connectors_rss(env: BenchEnv, under_test: RedisUnderTest, seconds: float) -> float:
    """Peak RSS (MB) of ``diplomon run --role connectors`` watching 1,000 X accounts.

    The accounts live on the connectors package's local X stand-in; the process
    runs for ``seconds`` and its VmHWM is read before it is stopped.
    """
    from connectors.testing.server import StandIn

    prefix = f"bench{os.getpid()}c"
    under_test.prefixes.append(prefix)
    handles = [f"bench_acct_{i:04d}" for i in range(1000)]
    with StandIn() as stand_in:
        for handle in handles:
            stand_in.x.add_user(handle)
            stand_in.x.add_post(handle, f"Statement by {handle} on trade with Brazil.")
        config = env.workdir / "connectors.toml"
        config.write_text(
            f'[redis]\nurl = "{under_test.url}"\nprefix = "{prefix}"\n'
            '[watchlist]\ninclude_default = false\n[log]\nlevel = "WARNING"\n'
            f'[[sources]]\nplatform = "x"\nbase_url = "{stand_in.url}"\n'
            f'token = "env:DIPLOMON_BENCH_TOKEN"\npoll_interval = "5s"\n'
            f"accounts = {json.dumps(handles)}\n",
            encoding="utf-8",
        )
        cmd = [sys.executable, "-m", "monitor.cli", "run", "--config", str(config)]
        env_vars = dict(os.environ, DIPLOMON_BENCH_TOKEN="bench-token")
        with (env.workdir / "connectors.log").open("ab") as log:
            proc = subprocess.Popen(
                [*cmd, "--role", "connectors"], stdout=log, stderr=log, env=env_vars
            )
        try:
            await asyncio.sleep(seconds)  # a fixed watching period, not a wait for a condition
            rss = peak_rss_mb(proc.pid)
        finally:
            proc.terminate()
            await asyncio.to_thread(proc.wait, 10)
    if rss is None:
        raise RuntimeError("connectors process exited early; see its log")
    return rss


_INGEST_FIGURES = {
    "polled_median_ms": "ingest_delay_polled_p50_ms",
    "polled_p99_ms": "ingest_delay_polled_p99_ms",
    "push_median_ms": "ingest_delay_push_p50_ms",
    "push_p99_ms": "ingest_delay_push_p99_ms",
}


async def connectors_figures(
    result: BenchResult, env: BenchEnv, under_test: RedisUnderTest | None, quick: bool
) -> None:
    """Connectors RSS (local stand-ins) and ingest delay (connectors.bench), when available."""
    if under_test is None:
        return
    try:
        result.figures["connectors_peak_rss_mb"] = await connectors_rss(
            env, under_test, 3.0 if quick else 10.0
        )
    except ImportError:
        result.note("connectors stand-ins not available: no connectors RSS")
    except Exception as exc:  # another area's code; report, do not crash the bench
        result.note(f"connectors RSS failed: {type(exc).__name__}: {exc}")
    try:
        from connectors import bench as connectors_bench
    except ImportError:
        result.note("connectors.bench not available: no ingest delay")
        return
    try:
        keys = Keys(f"bench{os.getpid()}i")
        under_test.prefixes.append(keys.prefix)
        report = await connectors_bench.measure_ingest_delay(
            under_test.client,
            keys,
            poll_interval=1.0 if quick else 2.0,
            samples=10 if quick else 20,
        )
    except Exception as exc:  # another area's code; report, do not crash the bench
        result.note(f"connectors bench failed: {type(exc).__name__}: {exc}")
        return
    for theirs, ours in _INGEST_FIGURES.items():
        value = report.get(theirs)
        if value is not None and math.isfinite(value):
            result.figures[ours] = value


async def run_bench(quick: bool) -> BenchResult:
    plan = BenchPlan.of(quick)
    result = BenchResult()
    fig = result.figures
    fig["mode"] = "quick" if quick else "full"
    fig["corpus_posts"] = plan.corpus
    posts = bench_posts(plan.corpus)
    with tempfile.TemporaryDirectory(prefix="diplomon-bench-") as tmp:
        env = BenchEnv.create(Path(tmp), result.note)
        result.sample_vader(posts)
        fig["vader_peak_rss_mb"] = vader_process_rss_mb(plan.corpus)
        fig["scoring_posts_per_s"] = _guard(result, "scoring", measure_scoring, posts, env)
        result.sample_vader(posts)
        for name in ("pipeline_posts_per_s_1w", "pipeline_posts_per_s_2w", "latency_p50_ms",
                     "latency_p99_ms", "worker_peak_rss_mb"):  # fmt: skip
            fig[name] = None
        under_test = await open_redis_under_test(env.workdir, result.note)
        try:
            if under_test is not None:
                fig["redis"] = under_test.describe
                try:
                    await pipeline_figures(result, plan, under_test, env, posts)
                except (RuntimeError, TimeoutError, RedisError, OSError) as exc:
                    result.note(f"pipeline figures incomplete: {type(exc).__name__}: {exc}")
            await connectors_figures(result, env, under_test, quick)
        finally:
            if under_test is not None:
                await under_test.close()
    rss = [fig.get(k) for k in ("worker_peak_rss_mb", "connectors_peak_rss_mb")]
    fig["peak_rss_mb"] = max((r for r in rss if r is not None), default=None)
    fig["bench_process_peak_rss_mb"] = peak_rss_mb(os.getpid())
    return result


def _guard(result: BenchResult, what: str, fn: Callable[..., float], *args: Any) -> float | None:
    try:
        return fn(*args)
    except Exception as exc:  # the scorer is another area's code: report, go on
        result.note(f"{what} skipped: {type(exc).__name__}: {exc}")
        return None


_ROWS = [
    # key, label, kind: rate (ratio = value / vader), ms (ratio = value / vader per-post ms),
    # mb (ratio = value / RSS of a raw VADER process)
    ("vader_posts_per_s", "raw VADER, 1 core (median)", "rate"),
    ("scoring_posts_per_s", "full scoring, 1 core", "rate"),
    ("pipeline_posts_per_s_1w", "pipeline, 1 worker process", "rate"),
    ("pipeline_posts_per_s_2w", "pipeline, 2 worker processes", "rate"),
    ("latency_p50_ms", "latency p50 at 1,000 posts/s", "ms"),
    ("latency_p99_ms", "latency p99 at 1,000 posts/s", "ms"),
    ("ingest_delay_polled_p50_ms", "ingest delay p50, polled (X)", "ms"),
    ("ingest_delay_polled_p99_ms", "ingest delay p99, polled (X)", "ms"),
    ("ingest_delay_push_p50_ms", "ingest delay p50, pushed (Jetstream)", "ms"),
    ("ingest_delay_push_p99_ms", "ingest delay p99, pushed (Jetstream)", "ms"),
    ("vader_peak_rss_mb", "peak RSS, raw VADER process", "mb"),
    ("worker_peak_rss_mb", "peak RSS, worker process (max)", "mb"),
    ("connectors_peak_rss_mb", "peak RSS, connectors, 1,000 accounts", "mb"),
]
_UNITS = {"rate": "posts/s", "ms": "ms", "mb": "MB"}


def _ratio(kind: str, value: float, fig: dict[str, Any]) -> str:
    vader = fig.get("vader_posts_per_s")
    base = {"rate": vader, "ms": 1000 / vader if vader else None}.get(
        kind, fig.get("vader_peak_rss_mb")
    )
    if not base:
        return "-"
    return f"{value / base:.2f}x" if kind != "ms" else f"{value / base:,.0f}x"


def render_table(result: BenchResult) -> str:
    fig = result.figures
    lines = [f"{'figure':<36} {'value':>12} {'unit':<8} {'vs raw VADER':>12}"]
    lines.append("-" * len(lines[0]))
    for key, label, kind in _ROWS:
        value = fig.get(key)
        shown = "skipped" if value is None else f"{value:,.1f}"
        ratio = "-" if value is None else _ratio(kind, float(value), fig)
        lines.append(f"{label:<36} {shown:>12} {_UNITS[kind]:<8} {ratio:>12}")
    samples = fig.get("vader_samples_posts_per_s")
    if samples:
        lines.append(
            "raw VADER through the run: " + " / ".join(f"{v:,}" for v in samples) + " posts/s"
        )
    lines += _cpu_lines(fig)
    lines.append("")
    lines.append("ratios: posts/s ÷ VADER posts/s; ms ÷ VADER's time per post; MB ÷ VADER process")
    lines += [f"targets: {t}" for t in targets(fig)]
    return "\n".join(lines)


def _cpu_lines(fig: dict[str, Any]) -> list[str]:
    """Where the pipeline's CPU went: us per post per process, and x VADER's time per post."""
    vader = fig.get("vader_posts_per_s")
    lines = []
    for workers in (1, 2):
        cpu = fig.get(f"pipeline_cpu_us_per_post_{workers}w")
        if not cpu:
            continue
        parts = []
        for name in ("workers", "redis", "load"):
            if name in cpu:
                ratio = f" ({cpu[name] / (1e6 / vader):.2f}x)" if vader else ""
                parts.append(f"{name} {cpu[name]:,.0f}{ratio}")
        lines.append(f"CPU us per post, {workers} worker(s): " + ", ".join(parts))
    return ["", *lines] if lines else []


def targets(fig: dict[str, Any]) -> list[str]:
    vader, two = fig.get("vader_posts_per_s"), fig.get("pipeline_posts_per_s_2w")
    p99, rss = fig.get("latency_p99_ms"), fig.get("peak_rss_mb")
    out = []
    if vader and two is not None:
        out.append(f"2-worker pipeline {two / vader:.2f}x raw VADER (target >= 1.0x)")
    if p99 is not None:
        out.append(f"p99 {p99:.0f} ms at 1,000 posts/s (target <= 250 ms)")
    if rss is not None:
        out.append(f"peak RSS {rss:.0f} MB per process (target <= 200 MB)")
    return out


def bench_main(quick: bool, json_out: bool) -> int:
    result = asyncio.run(run_bench(quick))
    print(render_table(result), flush=True)
    if json_out:
        figures = dict(result.figures, notes=result.notes)
        print(json.dumps(figures, sort_keys=True))
    return 0


def add_bench_parser(sub: Any) -> None:
    """Register ``diplomon bench [--json] [--quick]`` (called by monitor.cli)."""
    p = sub.add_parser("bench", help="throughput and latency against the raw VADER baseline")
    p.add_argument("--json", action="store_true", help="print one JSON object last")
    p.add_argument("--quick", action="store_true", help="small corpus, ~20 s (for smoke tests)")

    def handler(args: argparse.Namespace) -> int:
        return bench_main(args.quick, args.json)

    p.set_defaults(handler=handler)
