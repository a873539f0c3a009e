"""Fixtures for the process-level integration tests."""

from __future__ import annotations

from tests.integration.integration_kit import daemons

__all__ = ["daemons"]
