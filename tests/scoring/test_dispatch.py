"""The trie-dispatched cue regex finds what the plain alternation finds."""

from __future__ import annotations

import json
import re

import pytest

from monitor.scoring.cues import parse_cues
from monitor.scoring.dispatch import (
    Dispatcher,
    dispatch_regex,
    expand,
    literal_prefix,
    matched_index,
    split_top,
)
from monitor.scoring.text import fold
from tests.conftest import SCENARIOS


class TestParts:
    def test_split_top_respects_groups(self) -> None:
        """Only depth-0 bars split."""
        assert split_top(r"a(b|c)|d[|]|e") == ["a(b|c)", "d[|]", "e"]

    def test_expand_distributes_leading_group(self) -> None:
        """A leading (optional) group is distributed over the rest."""
        assert expand("(?:we|i) will") == ["we will", "i will"]
        assert expand("(?:very )?bad") == ["very bad", "bad"]
        assert expand("(?:a|b)+c") == ["(?:a|b)+c"]

    def test_literal_prefix_stops_before_quantified_char(self) -> None:
        """'tariffs?' has the literal prefix 'tariff', never 'tariffs'."""
        assert literal_prefix("tariffs?") == ("tariff", "s?")
        assert literal_prefix(r"\d+ %") == ("", r"\d+ %")


class TestEquivalence:
    def test_same_cues_as_plain_alternation_on_scenarios(self) -> None:
        """On every scenario post, each cue pattern that matches somewhere is still found."""
        rows = parse_cues()
        fast = re.compile(dispatch_regex([p for _, _, p in rows]))
        singles = [re.compile(r"\b(?:" + p + r")(?!\w)") for _, _, p in rows]
        texts = [
            fold(json.loads(line)["text"])
            for path in sorted(SCENARIOS.glob("*.jsonl"))
            for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip()
        ]
        if not texts:
            pytest.skip("no scenarios")
        for text in texts:
            spans = {m.span() for m in fast.finditer(text)}
            for match in fast.finditer(text):
                pattern = singles[matched_index(match)]
                assert pattern.fullmatch(text, *match.span()) or pattern.match(
                    text, match.start()
                ), (text, match.group())
            for single in singles:
                for m in single.finditer(text):
                    assert any(s[0] <= m.start() < s[1] for s in spans), (m.group(), text)


class TestMarkers:
    def test_markers_never_hide_a_cue(self) -> None:
        """No context marker word is itself a cue (the trie would prefer the marker)."""
        rows = parse_cues()
        cues = [re.compile(p) for c, _, p in rows if not c.startswith("_")]
        for cls, _, pattern in rows:
            if not cls.startswith("_"):
                continue
            for word in split_top(pattern):
                literal = re.sub(r"\[(.)[^\]]*\]\??|.\?", r"\1", word)
                assert not any(rx.fullmatch(literal) for rx in cues), (cls, literal)


class TestDispatcher:
    def test_identifies_the_same_pattern_as_marked_groups(self) -> None:
        """The group-free dispatcher names the same cue row as the marked regex."""
        rows = [p for _, _, p in parse_cues()]
        marked = re.compile(dispatch_regex(rows))
        dispatcher = Dispatcher(rows)
        texts = [
            fold(json.loads(line)["text"])
            for path in sorted(SCENARIOS.glob("*.jsonl"))
            for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip()
        ]
        if not texts:
            pytest.skip("no scenarios")
        for text in texts:
            fast = [
                (m.span(), dispatcher.index_of(m.group())) for m in dispatcher.regex.finditer(text)
            ]
            slow = [(m.span(), matched_index(m)) for m in marked.finditer(text)]
            assert fast == slow
