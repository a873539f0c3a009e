"""deploy/: the compose file, the systemd units, the Dockerfile and the example config."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from alerts.config import check_alerting
from monitor.config import load_settings
from monitor.daemon import ROLES
from monitor.ops_http import metrics_config
from tests.conftest import IN_CI

DEPLOY = Path(__file__).resolve().parents[2] / "deploy"
SECRET_KEYS = ("token", "webhook_url", "password", "secret")


def compose() -> dict[str, Any]:
    yaml = pytest.importorskip("yaml")
    data = yaml.safe_load((DEPLOY / "compose.yaml").read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def unit(name: str) -> dict[str, list[str]]:
    """A systemd unit as key -> values (keys may repeat)."""
    settings: dict[str, list[str]] = {}
    for line in (DEPLOY / name).read_text(encoding="utf-8").splitlines():
        if "=" in line and not line.startswith(("#", "[")):
            key, value = line.split("=", 1)
            settings.setdefault(key.strip(), []).append(value.strip())
    return settings


class TestCompose:
    def test_redis_runs_aof_everysec(self) -> None:
        """Redis keeps an append-only file fsynced every second, on a volume."""
        redis = compose()["services"]["redis"]
        command = " ".join(redis["command"])
        assert "--appendonly yes" in command
        assert "--appendfsync everysec" in command
        assert any(v.endswith(":/data") for v in redis["volumes"])

    def test_each_role_is_a_service(self) -> None:
        """Connectors, workers and dispatcher run as separate services with a valid role."""
        services = compose()["services"]
        assert {"redis", "mosquitto", "connectors", "workers", "dispatcher"} <= set(services)
        for name in ("connectors", "workers", "dispatcher"):
            command = services[name]["command"]
            role = command[command.index("--role") + 1]
            assert role in ROLES and role == name
            assert services[name]["environment"]["REDIS_URL"].startswith("redis://redis:")

    def test_hardened_and_secrets_declared(self) -> None:
        """diplomon services drop capabilities; every secret used is declared as a file."""
        data = compose()
        for name in ("connectors", "workers", "dispatcher"):
            service = data["services"][name]
            assert service["cap_drop"] == ["ALL"]
            assert "no-new-privileges:true" in service["security_opt"]
            assert service["read_only"] is True
            for secret in service.get("secrets", []):
                assert "file" in data["secrets"][secret]

    def test_docker_compose_config(self) -> None:
        """`docker compose config` (or the standalone docker-compose) validates the file."""
        command = _compose_command()
        if command is None:
            if IN_CI:
                pytest.fail("neither `docker compose` nor `docker-compose` is installed")
            pytest.skip("neither `docker compose` nor `docker-compose` is installed")
        done = subprocess.run(
            [*command, "-f", str(DEPLOY / "compose.yaml"), "config", "--quiet"],
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert done.returncode == 0, done.stderr


def _compose_command() -> list[str] | None:
    docker = shutil.which("docker")
    if (
        docker
        and subprocess.run(
            [docker, "compose", "version"], capture_output=True, timeout=20
        ).returncode
        == 0
    ):
        return [docker, "compose"]
    standalone = shutil.which("docker-compose")
    return [standalone] if standalone else None


class TestSystemd:
    @pytest.mark.parametrize("name", ["diplomon@.service", "diplomon-worker@.service"])
    def test_hardened_unit(self, name: str) -> None:
        """Restart on failure, no new privileges, read-only system, no home."""
        settings = unit(name)
        assert settings["Restart"] == ["on-failure"]
        assert settings["NoNewPrivileges"] == ["yes"]
        assert settings["ProtectSystem"] == ["strict"]
        assert settings["ProtectHome"] == ["yes"]
        assert settings["User"] == ["diplomon"]
        assert "diplomon run --config" in settings["ExecStart"][0]

    def test_worker_unit_uses_slot(self) -> None:
        """Each worker instance is its own slot, hence its own consumer name."""
        assert settings_end(unit("diplomon-worker@.service")["ExecStart"][0]) == "--slot %i"


def settings_end(command: str) -> str:
    return " ".join(command.split()[-2:])


class TestDockerfile:
    def test_slim_and_non_root(self) -> None:
        """The image is python slim and runs as an unprivileged user."""
        text = (DEPLOY / "Dockerfile").read_text(encoding="utf-8")
        assert re.search(r"^FROM python:3\.\d+-slim", text, re.M)
        users = re.findall(r"^USER (\S+)", text, re.M)
        assert users and users[-1].split(":")[0] not in ("root", "0")


class TestExampleConfig:
    def test_loads_and_validates(self) -> None:
        """The example config passes the daemon's own validation."""
        settings = load_settings(DEPLOY / "diplomon.example.toml", environ={})
        check_alerting(settings.receivers, settings.routes)
        assert metrics_config(settings.metrics).port == 9464
        assert settings.sources and settings.receivers

    def test_secrets_are_references(self) -> None:
        """No secret is written in the config: each is env: or file:."""
        settings = load_settings(DEPLOY / "diplomon.example.toml", environ={})
        values = [getattr(r, k) for r in settings.receivers for k in SECRET_KEYS if hasattr(r, k)]
        values += [s.token for s in settings.sources]
        for value in values:
            assert value is None or value.startswith(("env:", "file:")), value
