"""FastVader gives exactly VADER's scores, only faster."""

from __future__ import annotations

import json
import random

from vaderSentiment.vaderSentiment import BOOSTER_DICT, NEGATE, SPECIAL_CASES

from monitor.scoring.tone import analyser, fast_analyser
from tests.conftest import SCENARIOS


def _generated(count: int) -> list[str]:
    reference = analyser()
    vocabulary = [
        *sorted(reference.lexicon)[::7],
        *NEGATE,
        *BOOSTER_DICT,
        *(w for phrase in SPECIAL_CASES for w in phrase.split()),
        *["but", "BUT", "never", "so", "this", "without", "doubt", "least", "at", "very", "kind", "of", "no", "not", "GREAT", "!", "?"],
        "😀", "😡", "🇨🇴", "n't", "isn't",
    ]  # fmt: skip
    rng = random.Random(7)
    return [
        " ".join(rng.choice(vocabulary) for _ in range(rng.randint(1, 30)))
        + rng.choice(["", "!", "!!!", "?", "???", " :)"])
        for _ in range(count)
    ]


class TestFastVader:
    def test_identical_on_generated_text(self) -> None:
        """Random mixes of lexicon words, negators, boosters, idioms and emoji score the same."""
        reference, fast = analyser(), fast_analyser()
        texts = _generated(3000)
        assert [fast.polarity_scores(t) for t in texts] == [
            reference.polarity_scores(t) for t in texts
        ]

    def test_identical_on_scenario_posts(self) -> None:
        """Every dev-set post scores the same."""
        reference, fast = analyser(), fast_analyser()
        texts = [
            json.loads(line)["text"]
            for path in sorted(SCENARIOS.glob("*.jsonl"))
            for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip()
        ]
        assert [fast.polarity_scores(t) for t in texts] == [
            reference.polarity_scores(t) for t in texts
        ]

    def test_compound_alone_is_vaders_compound(self) -> None:
        """The compound-only path equals VADER's compound on generated and bench posts."""
        from monitor.bench_corpus import bench_posts

        reference, fast = analyser(), fast_analyser()
        texts = _generated(2000) + [p.text for p in bench_posts(1000)] + ["", "   ", "!!!"]
        assert [fast.compound(t) for t in texts] == [
            reference.polarity_scores(t)["compound"] for t in texts
        ]
