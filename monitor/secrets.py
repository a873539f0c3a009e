"""Secrets that never print.

A secret is given in the config as ``env:NAME`` (read from the environment),
``file:/path`` (read from a file, trailing newline stripped) or, discouraged,
as the literal value. Once resolved, its value is registered with the log
redactor so that it cannot appear in a log line even by accident.
"""

from __future__ import annotations

import os
from pathlib import Path

from monitor.errors import ConfigError

_known_values: set[str] = set()


class Secret:
    """A string that shows as ``<secret>`` in repr, str, logs and errors."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value
        if len(value) >= 4:
            _known_values.add(value)

    def get(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return "Secret('<secret>')"

    def __str__(self) -> str:
        return "<secret>"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Secret) and other._value == self._value

    def __hash__(self) -> int:
        return hash(self._value)


def resolve_secret(spec: str, *, what: str, environ: dict[str, str] | None = None) -> Secret:
    """Turn ``env:NAME``, ``file:PATH`` or a literal into a Secret.

    ``what`` names the config key for error messages; the value never does.
    """
    env = os.environ if environ is None else environ
    if spec.startswith("env:"):
        name = spec[4:]
        value = env.get(name)
        if not value:
            raise ConfigError(f"{what}: environment variable {name} is not set")
        return Secret(value)
    if spec.startswith("file:"):
        path = Path(spec[5:])
        try:
            return Secret(path.read_text(encoding="utf-8").strip())
        except OSError as exc:
            raise ConfigError(f"{what}: cannot read secret file {path}: {exc.strerror}") from exc
    return Secret(spec)


def redact(text: str) -> str:
    """Replace every known secret value in ``text`` by ``<secret>``."""
    for value in _known_values:
        if value in text:
            text = text.replace(value, "<secret>")
    return text
