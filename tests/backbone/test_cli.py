"""The diplomon command as a user runs it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import SCENARIOS

DEMO = Path(__file__).resolve().parents[2] / "monitor" / "data" / "demo"


def diplomon(*args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "monitor.cli", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(DEMO.parents[2])},
    )


class TestCommands:
    def test_demo_prints_the_colombia_usa_alert(self) -> None:
        """`diplomon demo --no-tui` replays the incident and prints the COL ⇄ USA alert."""
        result = diplomon("demo", "--no-tui")
        assert result.returncode == 0, result.stderr
        assert "ALERT hostile_exchange · COL ⇄ USA" in result.stdout
        assert "@realDonaldTrump" in result.stdout

    def test_demo_json_prints_alerts_only(self) -> None:
        """`diplomon demo --json` prints one alert object per line."""
        result = diplomon("demo", "--json")
        alerts = [json.loads(line) for line in result.stdout.splitlines()]
        assert alerts and alerts[0]["kind"] == "hostile_exchange"
        assert alerts[0]["countries"] == ["COL", "USA"]
        for key in ("actors", "trigger_post", "at", "severity", "summary", "posts"):
            assert key in alerts[0]

    def test_bad_config_stops_start_up_with_one_message(self, tmp_path: Path) -> None:
        """`diplomon run` with a bad key exits 2 naming the file and key, before anything runs."""
        config = tmp_path / "diplomon.toml"
        config.write_text(
            '[redis]\nprefix = "dm"\n\n[[receivers]]\nname = "x"\ntype = "slack"\nwebhok_url = "env:X"\n'
        )
        result = diplomon("run", "--config", str(config))
        assert result.returncode == 2
        err = result.stderr
        assert err.count("\n") == 1
        assert f"{config}: receivers[0]: Object contains unknown field `webhok_url`" in err

    def test_backtest_json_prints_alerts(self) -> None:
        """`backtest --json` prints the scenario's alert as JSON lines."""
        name = "colombia-usa-2025-01"
        if not (SCENARIOS / f"{name}.jsonl").exists():
            pytest.skip("the shared scenarios are not beside this checkout")
        result = diplomon(
            "backtest",
            str(SCENARIOS / f"{name}.jsonl"),
            "--watchlist",
            str(SCENARIOS / f"{name}.toml"),
            "--json",
        )
        kinds = [json.loads(line)["kind"] for line in result.stdout.splitlines()]
        assert "hostile_exchange" in kinds

    def test_eval_json_ends_with_the_summary(self) -> None:
        """`eval --json` prints a summary object last with precision, recall, f1, scenarios."""
        if not SCENARIOS.exists():
            pytest.skip("the shared scenarios are not beside this checkout")
        result = diplomon("eval", str(SCENARIOS), "--json")
        summary = json.loads(result.stdout.splitlines()[-1])
        assert {"precision", "recall", "f1", "scenarios"} <= set(summary)
        assert summary["precision"] == 1.0

    @pytest.mark.parametrize(
        "command",
        [["replay", str(DEMO / "colombia-usa-2025-01.jsonl")], ["scores"], ["top"], ["check"]],
    )
    def test_commands_that_read_a_pipeline_explain_without_redis(self, command: list[str]) -> None:
        """Without a shared Redis, replay/scores/top/check say why instead of showing nothing."""
        result = diplomon(*command)
        assert result.returncode == 2 and "needs a shared Redis" in result.stderr
