"""Messages the feed worker posts to the app."""

from __future__ import annotations

from dataclasses import dataclass

from textual.message import Message

from monitor.tui.feed import Batch


@dataclass
class FeedBatch(Message):
    """New entries read from the scores and alerts streams."""

    batch: Batch


@dataclass
class FeedStatus(Message):
    """The feed's connection state changed (``ok`` False: the store is unreachable)."""

    ok: bool
    text: str
