"""Local stand-ins for every platform, serving their real shapes, for tests and the bench."""

from __future__ import annotations

from connectors.testing.push import JetstreamStandIn, MastodonStreamStandIn
from connectors.testing.server import StandIn

__all__ = ["JetstreamStandIn", "MastodonStreamStandIn", "StandIn"]
