"""The help screen: every key, and how to read the panes without colour."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

HELP = """\
diplomon top: live scores and alerts

  a        jump to the open alerts (Enter: why it fired, trigger posts)
  b        jump to the tension board (Enter: filter posts by that pair)
  l        jump to the latest posts (Enter: full post, cues, episode)
  Tab      next pane
  u        filter by actor (watchlist id or handle)
  c        filter by country (ISO alpha-3: author or target)
  h        filter by minimum hostility (0..1)
  x        clear all filters
  p        pause / resume the feed (entries are kept and shown on resume)
  ?        this help
  q        quit (Esc leaves a detail screen)

Reading without colour
  Tone   ▓▓│     negative (left of the axis)     │▓▓  positive
  Host   ███░░   hostility 0..1 in fifths
  Sev    CRIT! > WARN > info
  24h    one glyph per hour, ▁..█ relative to the busiest hour, · none
  A→B    current intensity from the first country of the pair to the second
  ¬CLS   a negated event (does not count toward hostility)
"""


class HelpScreen(ModalScreen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close", "Close"),
        Binding("question_mark", "close", "Close", show=False),
        Binding("q", "close", "Close", show=False),
    ]

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help"):
            yield Static(HELP, markup=False)

    def action_close(self) -> None:
        self.dismiss()
