"""Offline runs of the scorer and the detector: ``backtest FILE`` and ``eval DIR``.

``eval`` reads a directory of labelled scenarios (NAME.jsonl + NAME.toml and
labels.json, see the scenarios README): a hostile scenario is found when a
``hostile_exchange`` alert names its pair at or before its ``alert_by`` post; a
non-hostile one is a false alarm when any ``hostile_exchange`` fires in it.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

import msgspec

from monitor.detection import Detector, DetectorSettings, DyadState
from monitor.errors import ConfigError
from monitor.models import Alert, Post, Score, to_json
from monitor.postio import read_posts
from monitor.scoring import Scorer, VaderBaselineScorer
from monitor.textsafe import one_line
from monitor.watchlist import Watchlist, build_watchlist


class ScorerLike(Protocol):
    def score(self, post: Post) -> Score: ...


def run_offline(
    posts: Iterable[Post], scorer: ScorerLike, detector: Detector
) -> Iterator[tuple[Post, Score, list[Alert]]]:
    """Score and detect posts in order, keeping pair states in memory."""
    states: dict[str, DyadState] = {}
    for post in posts:
        score = scorer.score(post)
        pairs = detector.pairs(post, score)
        alerts: list[Alert] = []
        if pairs:
            current: dict[str, DyadState | None] = {key: states.get(key) for key in pairs}
            changed, alerts = detector.observe(post, score, current)
            states.update(changed)
        yield post, score, alerts


def _watchlist(files: Iterable[str | Path]) -> Watchlist:
    """The default watchlist plus ``files``; the files alone if no default is bundled."""
    files = list(files)
    try:
        return build_watchlist(files)
    except (ConfigError, FileNotFoundError, ModuleNotFoundError) as exc:
        if any(str(f) in str(exc) for f in files):
            raise
        return build_watchlist(files, include_default=False)


def _print_alert(alert: Alert) -> None:
    print(f"{alert.at:%Y-%m-%d %H:%M} {alert.kind:16} {alert.severity:8} {one_line(alert.summary)}")
    print(f"    trigger {alert.trigger_post}; why: {one_line(alert.why, 300)}")


def backtest_main(path: str, watchlist_files: list[str], json_out: bool) -> int:
    """CLI: score and detect one JSONL file and print its alerts."""
    try:
        watchlist = _watchlist(watchlist_files)
        posts = list(read_posts(path, report=lambda msg: print(msg, file=sys.stderr)))
    except (ConfigError, OSError) as exc:
        print(f"backtest: {exc}", file=sys.stderr)
        return 2
    detector = Detector(DetectorSettings(), watchlist)
    count = 0
    for _post, _score, alerts in run_offline(posts, Scorer(watchlist), detector):
        for alert in alerts:
            count += 1
            if json_out:
                print(to_json(alert).decode())
            else:
                _print_alert(alert)
    if not json_out:
        print(f"{len(posts)} posts, {count} alerts")
    return 0


class Label(msgspec.Struct):
    hostile: bool
    countries: list[str]
    alert_by: str | None = None
    note: str = ""


@dataclass
class Outcome:
    """One scenario under one detector."""

    name: str
    expected: bool
    countries: list[str]
    fired: list[Alert] = field(default_factory=list)
    found_by: str | None = None  # trigger post of the first matching alert in time
    found: bool = False  # hostile: matching alert at or before alert_by
    false_alarm: bool = False


def score_scenario(
    name: str, posts: list[Post], label: Label, scorer: ScorerLike, detector: Detector
) -> Outcome:
    outcome = Outcome(name, label.hostile, sorted(label.countries))
    order = {post.id: i for i, post in enumerate(posts)}
    deadline = order.get(label.alert_by or "", len(posts))
    for _post, _score, alerts in run_offline(posts, scorer, detector):
        outcome.fired.extend(a for a in alerts if a.kind == "hostile_exchange")
    for alert in outcome.fired:
        if list(alert.countries) == outcome.countries and outcome.found_by is None:
            outcome.found_by = alert.trigger_post
            outcome.found = label.hostile and order.get(alert.trigger_post, 10**9) <= deadline
    outcome.false_alarm = not label.hostile and bool(outcome.fired)
    return outcome


def metrics(outcomes: list[Outcome]) -> dict[str, Any]:
    tp = sum(1 for o in outcomes if o.expected and o.found)
    fn = sum(1 for o in outcomes if o.expected and not o.found)
    fp = sum(1 for o in outcomes if not o.expected and o.false_alarm)
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "f1": round(f1, 4),
        "tp": tp,
        "fn": fn,
        "fp": fp,
        "scenarios": len(outcomes),
    }


def load_scenarios(directory: str | Path) -> list[tuple[str, list[Post], Label, Watchlist]]:
    """Every labelled scenario of a directory, in name order."""
    root = Path(directory)
    try:
        labels = msgspec.json.decode((root / "labels.json").read_bytes(), type=dict[str, Label])
    except (OSError, msgspec.DecodeError, msgspec.ValidationError) as exc:
        raise ConfigError(f"{root / 'labels.json'}: {exc}") from exc
    scenarios = []
    for name in sorted(labels):
        toml = root / f"{name}.toml"
        posts = list(read_posts(root / f"{name}.jsonl", report=lambda m: print(m, file=sys.stderr)))
        watchlist = _watchlist([toml] if toml.exists() else [])
        scenarios.append((name, posts, labels[name], watchlist))
    return scenarios


def _cell(row: dict[str, Any]) -> str:
    return f"{row['verdict']} {row['alert_post'] or ''}".rstrip()


def _row(outcome: Outcome) -> dict[str, Any]:
    if outcome.expected:
        verdict = "found" if outcome.found else "late" if outcome.found_by else "missed"
    else:
        verdict = "false_alarm" if outcome.false_alarm else "quiet"
    return {
        "scenario": outcome.name,
        "expected": "hostile" if outcome.expected else "not_hostile",
        "got": "alert" if outcome.fired else "none",
        "verdict": verdict,
        "alert_by_ok": outcome.found if outcome.expected else None,
        "alert_post": outcome.found_by,
        "alerts": [f"{a.key}@{a.trigger_post}" for a in outcome.fired],
    }


def eval_main(directory: str, json_out: bool, baseline: str | None) -> int:
    """CLI: per-scenario results, then precision/recall/F1 (beside a baseline if asked)."""
    try:
        scenarios = load_scenarios(directory)
    except (ConfigError, OSError) as exc:
        print(f"eval: {exc}", file=sys.stderr)
        return 2
    runs: dict[str, list[Outcome]] = {"diplomon": []}
    if baseline == "vader":
        runs["vader"] = []
    for name, posts, label, watchlist in scenarios:
        detector = Detector(DetectorSettings(), watchlist)
        runs["diplomon"].append(score_scenario(name, posts, label, Scorer(watchlist), detector))
        if "vader" in runs:
            vader = VaderBaselineScorer(watchlist)
            runs["vader"].append(score_scenario(name, posts, label, vader, detector))
    if json_out:
        _print_json(runs)
    else:
        _print_table(runs)
    return 0


def _print_json(runs: dict[str, list[Outcome]]) -> None:
    for i, outcome in enumerate(runs["diplomon"]):
        row = _row(outcome)
        if "vader" in runs:
            row["baseline"] = _row(runs["vader"][i])
        print(json.dumps(row, ensure_ascii=False))
    summary = metrics(runs["diplomon"])
    summary["detector"] = "diplomon"
    if "vader" in runs:
        summary["baseline"] = {"detector": "vader", **metrics(runs["vader"])}
    print(json.dumps(summary))


def _print_table(runs: dict[str, list[Outcome]]) -> None:
    """One row per scenario; each detector's verdict and the post its alert came on."""
    names = list(runs)
    cells = [[_cell(_row(runs[name][i])) for name in names] for i in range(len(runs["diplomon"]))]
    widths = [max([len(name), *(len(row[j]) for row in cells)]) for j, name in enumerate(names)]
    print(
        f"{'scenario':34} {'expected':12}"
        + "".join(f"  {n:{w}}" for n, w in zip(names, widths, strict=True))
    )
    for outcome, row in zip(runs["diplomon"], cells, strict=True):
        line = "".join(f"  {c:{w}}" for c, w in zip(row, widths, strict=True))
        print(f"{outcome.name:34} {_row(outcome)['expected']:12}{line}".rstrip())
    for name in names:
        m = metrics(runs[name])
        print(
            f"{name:>10}: precision {m['precision']:.2f}  recall {m['recall']:.2f}  "
            f"F1 {m['f1']:.2f}  (TP {m['tp']}, FN {m['fn']}, FP {m['fp']}, "
            f"{m['scenarios']} scenarios)"
        )
