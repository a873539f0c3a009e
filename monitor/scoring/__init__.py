"""Scoring: language, tone, escalation events, targets and hostility for one post.

``Scorer`` is the full multilingual scorer; ``VaderBaselineScorer`` the baseline
it is measured against (hostility = VADER's negative compound toward every
target found); ``vader_polarity`` the raw VADER compound used by the benchmark.
"""

from __future__ import annotations

from monitor.scoring.scorer import Scorer, VaderBaselineScorer
from monitor.scoring.tone import vader_polarity

__all__ = ["Scorer", "VaderBaselineScorer", "vader_polarity"]
