"""``diplomon bench``: the corpus, the figures' arithmetic and one quick end-to-end run."""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from monitor.bench import BenchResult, percentile, render_table
from monitor.bench_corpus import bench_actors, bench_posts, bench_watchlist_toml
from monitor.watchlist import parse_watchlist
from tests.conftest import need_binary

ROOT = Path(__file__).resolve().parents[2]
REQUIRED = (
    "vader_posts_per_s",
    "scoring_posts_per_s",
    "pipeline_posts_per_s_1w",
    "pipeline_posts_per_s_2w",
    "latency_p50_ms",
    "latency_p99_ms",
    "peak_rss_mb",
)


class TestCorpus:
    def test_deterministic(self) -> None:
        """The same size and seed give the same posts; another seed differs."""
        assert bench_posts(300) == bench_posts(300)
        assert bench_posts(300) != bench_posts(300, seed=8)

    def test_four_languages_and_unique_ids(self) -> None:
        """Posts come in en, es, pt and fr, each language well represented, ids unique."""
        posts = bench_posts(2000)
        langs = Counter(p.lang for p in posts)
        assert set(langs) == {"en", "es", "pt", "fr"}
        assert min(langs.values()) > 200
        assert len({p.id for p in posts}) == len(posts)

    def test_authors_are_in_the_watchlist(self) -> None:
        """Every author is an actor of the generated watchlist."""
        watchlist = parse_watchlist(bench_watchlist_toml())
        assert len(watchlist) == len(bench_actors())
        for post in bench_posts(200):
            assert watchlist.by_handle(post.author, post.platform) is not None


class TestFigures:
    @pytest.mark.parametrize(("q", "expected"), [(50, 50.0), (99, 99.0), (100, 100.0), (1, 1.0)])
    def test_percentile_nearest_rank(self, q: float, expected: float) -> None:
        """Nearest-rank percentiles over 1..100."""
        assert percentile([float(i) for i in range(100, 0, -1)], q) == expected

    def test_table_shows_ratios_and_skips(self) -> None:
        """Each figure is shown with its ratio to raw VADER; missing ones say skipped."""
        result = BenchResult(
            figures={
                "vader_posts_per_s": 10_000.0,
                "pipeline_posts_per_s_2w": 12_000.0,
                "latency_p99_ms": 20.0,
                "vader_peak_rss_mb": 20.0,
                "worker_peak_rss_mb": 50.0,
                "peak_rss_mb": 50.0,
            }
        )
        table = render_table(result)
        assert "1.20x" in table  # 12,000 / 10,000
        assert "200x" in table  # 20 ms / 0.1 ms per post
        assert "2.50x" in table  # 50 MB / 20 MB
        assert "skipped" in table
        assert "2-worker pipeline 1.20x raw VADER" in table

    def test_the_baseline_is_the_median_of_the_runs_vader_samples(
        self, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """VADER is sampled before each figure; ratios divide by the median sample."""
        speeds = iter([9_000.0, 15_000.0, 10_000.0])
        monkeypatch.setattr("monitor.bench.measure_vader", lambda posts: next(speeds))
        result = BenchResult()
        for _ in range(3):
            result.sample_vader([])
        assert result.figures["vader_posts_per_s"] == 10_000.0
        assert result.figures["vader_samples_posts_per_s"] == [9_000, 15_000, 10_000]
        result.figures["pipeline_posts_per_s_2w"] = 5_000.0
        assert "2-worker pipeline 0.50x raw VADER" in render_table(result)


class TestQuickRun:
    def test_quick_json_has_the_keys(self) -> None:
        """`diplomon bench --quick --json` ends with one object holding every required key."""
        need_binary("redis-server")
        done = subprocess.run(
            [sys.executable, "-m", "monitor.cli", "bench", "--quick", "--json"],
            capture_output=True,
            text=True,
            timeout=60,
            cwd=ROOT,
        )
        assert done.returncode == 0, done.stderr[-3000:]
        last = json.loads(done.stdout.strip().splitlines()[-1])
        for key in REQUIRED:
            assert key in last, key
        assert last["vader_posts_per_s"] > 0
        assert "raw VADER" in done.stdout
