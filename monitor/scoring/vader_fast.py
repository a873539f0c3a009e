"""VADER, same algorithm and lexicon, without its avoidable per-word work.

``vaderSentiment`` 3.3.2 lower-cases the whole token list again for every
lexicon word it checks for negation and idioms (quadratic in the post length)
and rebuilds the text one character at a time to replace emoji. This subclass
overrides exactly those helpers with equivalent code: for every input the
compound is identical to ``SentimentIntensityAnalyzer.polarity_scores`` (the
tests compare both on the scenario posts and on generated text).
"""

from __future__ import annotations

import itertools
import string
from typing import Any

from vaderSentiment import vaderSentiment as vs

from monitor.scoring.rounding import rounder

_NEGATE = frozenset(vs.NEGATE)
_round4 = rounder(4)
_BOOSTERS = vs.BOOSTER_DICT
# Every word of a special-case idiom or of a multi-word booster: a window without any of
# them cannot form one, so the idiom check can stop early.
_IDIOM_WORDS = frozenset(
    word
    for phrase in [*vs.SPECIAL_CASES, *vs.BOOSTER_DICT]
    if " " in phrase
    for word in phrase.split()
)


_PUNCT = string.punctuation
# Words before a lexicon word that can change its valence in sentiment_valence (idioms
# are checked apart, by the word pairs that open them).
_TRIGGERS = frozenset(
    {*vs.NEGATE, *vs.BOOSTER_DICT} | {"no", "never", "without", "so", "this", "least"}
)
_PAIRS = frozenset(
    (first, second)
    for phrase in [*vs.SPECIAL_CASES, *vs.BOOSTER_DICT]
    if " " in phrase
    for first, second in itertools.pairwise(phrase.split())
)

_PAIR_FIRSTS = frozenset(first for first, _ in _PAIRS)  # no such word: no pair to look for


def _negated_word(word: str) -> bool:
    """``vaderSentiment.negated([word])`` for a single lower-case word."""
    return word in _NEGATE or "n't" in word


class FastVader(vs.SentimentIntensityAnalyzer):  # type: ignore[misc]
    """Drop-in ``SentimentIntensityAnalyzer`` with the same results, faster."""

    def __init__(self) -> None:
        super().__init__()
        self._ascii_fast_path = not any(key.isascii() for key in self.emojis)

    def polarity_scores(self, text: str) -> dict[str, float]:
        text = self._prepared(text)
        result: dict[str, float] = self.score_valence(self._sentiments(text), text)
        return result

    def compound(self, text: str) -> float:
        """``polarity_scores(text)["compound"]`` without the pos/neu/neg proportions."""
        text = self._prepared(text)
        sentiments = self._sentiments(text)
        if not sentiments:
            return 0.0
        total = float(sum(sentiments))
        emphasis = self._punctuation_emphasis(text)
        if total > 0:
            total += emphasis
        elif total < 0:
            total -= emphasis
        return _round4(float(vs.normalize(total)))

    def _prepared(self, text: str) -> str:
        if not (self._ascii_fast_path and text.isascii()):
            text = self._replace_emoji(text)
        return text.strip()

    def _replace_emoji(self, text: str) -> str:
        parts: list[str] = []
        prev_space = True
        emojis = self.emojis
        for char in text:
            description = emojis.get(char)
            if description is not None:
                if not prev_space:
                    parts.append(" ")
                parts.append(description)
                prev_space = False
            else:
                parts.append(char)
                prev_space = char == " "
        return "".join(parts)

    def _sentiments(self, text: str) -> list[float]:
        """VADER's per-word valences (0 for non-lexicon words), each word lower-cased once;
        only lexicon words are visited."""
        words = [s if len(s := t.strip(_PUNCT)) > 2 else t for t in text.split()]
        cap_diff = 0 < len(words) - sum(map(str.isupper, words)) < len(words)
        lowers = list(map(str.lower, words))
        lexicon = self.lexicon
        boosters = vs.BOOSTER_DICT
        last = len(words) - 1
        sentiments: list[float] = [0] * len(words)  # what sentiment_valence gives others
        plain_ok = "'" not in text  # no "n't" anywhere: the plain-word shortcut is exact
        # Positions j where lowers[j], lowers[j + 1] open an idiom or a multi-word booster:
        # without one in a word's window, no idiom check can change its valence.
        idioms = (
            [j for j, pair in enumerate(itertools.pairwise(lowers)) if pair in _PAIRS]
            if not _PAIR_FIRSTS.isdisjoint(lowers)
            else []
        )
        for i in itertools.compress(range(len(lowers)), map(lexicon.__contains__, lowers)):
            lowered = lowers[i]
            if lowered in boosters or (i < last and lowered == "kind" and lowers[i + 1] == "of"):
                continue
            if (
                plain_ok
                and lowered != "no"
                and _TRIGGERS.isdisjoint(lowers[max(0, i - 3) : i])
                and not (cap_diff and words[i].isupper())
                and (not idioms or i < 3 or not any(i - 3 <= j <= i + 1 for j in idioms))
            ):
                # No booster, negation, "no", "least", "so/this" or idiom near it: every
                # adjustment of sentiment_valence adds 0.0, so the valence is the lexicon's.
                sentiments[i] = float(lexicon[lowered])
                continue
            sentiments[i] = self._valence(words, lowers, cap_diff, i)
        if "but" in lowers:
            sentiments = self._but_check(words, sentiments)
        return sentiments

    def _valence(self, words: list[str], lowers: list[str], cap_diff: bool, i: int) -> float:
        """``sentiment_valence`` for the lexicon word at ``i``."""
        lexicon = self.lexicon
        lowered = lowers[i]
        valence = lexicon[lowered]
        if lowered == "no" and i != len(words) - 1 and lowers[i + 1] in lexicon:
            valence = 0.0
        if (
            (i > 0 and lowers[i - 1] == "no")
            or (i > 1 and lowers[i - 2] == "no")
            or (i > 2 and lowers[i - 3] == "no" and lowers[i - 1] in ("or", "nor"))
        ):
            valence = lexicon[lowered] * vs.N_SCALAR
        if words[i].isupper() and cap_diff:
            valence = valence + vs.C_INCR if valence > 0 else valence - vs.C_INCR
        for start_i in range(3):
            previous = i - (start_i + 1)
            if previous >= 0 and lowers[previous] not in lexicon:
                # scalar_inc_dec is 0.0 for any word that is not a booster
                scalar = (
                    vs.scalar_inc_dec(words[previous], valence, cap_diff)
                    if lowers[previous] in _BOOSTERS
                    else 0.0
                )
                if start_i == 1 and scalar != 0:
                    scalar = scalar * 0.95
                if start_i == 2 and scalar != 0:
                    scalar = scalar * 0.9
                valence = valence + scalar
                valence = self._negation_check(valence, lowers, start_i, i)
                if start_i == 2:
                    valence = self._special_idioms_check(valence, lowers, i)
        if i > 1 and lowers[i - 1] not in lexicon and lowers[i - 1] == "least":
            if lowers[i - 2] != "at" and lowers[i - 2] != "very":
                valence = valence * vs.N_SCALAR
        elif i > 0 and lowers[i - 1] not in lexicon and lowers[i - 1] == "least":
            valence = valence * vs.N_SCALAR
        return float(valence)

    @staticmethod
    def _negation_check(valence: float, lowers: list[Any], start_i: int, i: int) -> float:
        """VADER's negation check over already lower-cased words."""
        if start_i == 0 and _negated_word(lowers[i - 1]):
            valence = valence * vs.N_SCALAR
        if start_i == 1:
            if lowers[i - 2] == "never" and lowers[i - 1] in ("so", "this"):
                valence = valence * 1.25
            elif lowers[i - 2] == "without" and lowers[i - 1] == "doubt":
                pass
            elif _negated_word(lowers[i - 2]):
                valence = valence * vs.N_SCALAR
        if start_i == 2:
            if (lowers[i - 3] == "never" and lowers[i - 2] in ("so", "this")) or lowers[i - 1] in (
                "so",
                "this",
            ):
                valence = valence * 1.25
            elif lowers[i - 3] == "without" and "doubt" in (lowers[i - 2], lowers[i - 1]):
                pass
            elif _negated_word(lowers[i - 3]):
                valence = valence * vs.N_SCALAR
        return valence

    @staticmethod
    def _special_idioms_check(valence: float, lowers: list[Any], i: int) -> float:
        """VADER's idiom and booster n-gram check over already lower-cased words."""
        if i >= 3 and _IDIOM_WORDS.isdisjoint(lowers[i - 3 : i + 3]):
            return valence  # no idiom or n-gram key can be formed from these words
        w0, w1, w2, w3 = lowers[i], lowers[i - 1], lowers[i - 2], lowers[i - 3]
        for seq in (f"{w1} {w0}", f"{w2} {w1} {w0}", f"{w2} {w1}", f"{w3} {w2} {w1}", f"{w3} {w2}"):
            if seq in vs.SPECIAL_CASES:
                valence = vs.SPECIAL_CASES[seq]
                break
        if len(lowers) - 1 > i:
            zeroone = f"{w0} {lowers[i + 1]}"
            if zeroone in vs.SPECIAL_CASES:
                valence = vs.SPECIAL_CASES[zeroone]
        if len(lowers) - 1 > i + 1:
            zeroonetwo = f"{w0} {lowers[i + 1]} {lowers[i + 2]}"
            if zeroonetwo in vs.SPECIAL_CASES:
                valence = vs.SPECIAL_CASES[zeroonetwo]
        for n_gram in (f"{w3} {w2} {w1}", f"{w3} {w2}", f"{w2} {w1}"):
            if n_gram in vs.BOOSTER_DICT:
                valence = valence + vs.BOOSTER_DICT[n_gram]
        return valence
