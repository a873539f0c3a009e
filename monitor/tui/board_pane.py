"""Tension board: both directions' current intensity and a 24 h sparkline per pair."""

from __future__ import annotations

from collections.abc import Sequence

from monitor.tui.render import intensity_cell, safe_cell, sparkline
from monitor.tui.table import FeedTable
from monitor.tui.tension import PairTension


class BoardPane(FeedTable):
    """One row per country pair A-B (A before B); row keys are pair keys."""

    TITLE = "Tension board"
    COLUMNS = (("pair", "Pair A-B"), ("ab", "A→B"), ("ba", "B→A"), ("spark", "last 24h, hourly"))

    def show(self, rows: Sequence[PairTension], replay: bool) -> None:
        ceiling = max((max(r.hourly) for r in rows), default=0.0)
        self.replace_rows(
            (
                row.key,
                (
                    safe_cell(row.key, limit=9),
                    intensity_cell(row.a_to_b),
                    intensity_cell(row.b_to_a),
                    sparkline(row.hourly, ceiling=ceiling),
                ),
            )
            for row in rows
        )
        mode = " · replay time" if replay else ""
        self.set_info(f"{len(rows)} pair{'' if len(rows) == 1 else 's'}{mode}")
