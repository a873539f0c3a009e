"""Prometheus metrics, defined once here and imported where they are counted.

Per-process counters; consumer-group lag, pending counts and dead letters are
read from Redis when ``/metrics`` is scraped (see ``monitor.health``).
"""

from __future__ import annotations

from prometheus_client import Counter, Histogram

POSTS_IN = Counter("diplomon_posts_in_total", "Posts pushed to the posts stream", ["connector"])
POSTS_DUPLICATE = Counter(
    "diplomon_posts_duplicate_total", "Posts dropped as already seen", ["connector"]
)
CONNECTOR_ERRORS = Counter(
    "diplomon_connector_errors_total", "Connector failures", ["connector", "reason"]
)
RATE_LIMIT_WAITS = Counter(
    "diplomon_rate_limit_waits_total", "Times a connector waited for a rate limit", ["platform"]
)
POSTS_SCORED = Counter("diplomon_posts_scored_total", "Posts scored by workers")
BATCH_CONFLICTS = Counter(
    "diplomon_batch_conflicts_total",
    "Batches redone because another worker wrote a pair state or post first",
)
DEAD_LETTERS = Counter("diplomon_dead_letters_total", "Entries moved to the dead-letter stream")
ALERTS_RAISED = Counter("diplomon_alerts_raised_total", "Alerts raised by the detector", ["kind"])
ALERTS_SENT = Counter("diplomon_alerts_sent_total", "Alerts delivered", ["receiver"])
ALERTS_FAILED = Counter(
    "diplomon_alerts_failed_total", "Alert deliveries that failed", ["receiver", "reason"]
)
SCORE_SECONDS = Histogram(
    "diplomon_score_seconds",
    "Time to score one batch of posts",
    buckets=(0.001, 0.005, 0.01, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5),
)
