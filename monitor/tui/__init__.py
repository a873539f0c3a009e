"""The terminal view, ``diplomon top``."""

from __future__ import annotations

from monitor.tui.app import TopApp, run_top

__all__ = ["TopApp", "run_top"]
