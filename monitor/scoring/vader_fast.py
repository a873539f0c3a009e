"""VADER, same algorithm and lexicon, without its avoidable per-word work.

``vaderSentiment`` 3.3.2 lower-cases the whole token list again for every
lexicon word it checks for negation and idioms (quadratic in the post length)
and rebuilds the text one character at a time to replace emoji. This subclass
overrides exactly those helpers with equivalent code: for every input the
compound is identical to ``SentimentIntensityAnalyzer.polarity_scores`` (the
tests compare both on the scenario posts and on generated text).
"""

from __future__ import annotations

from typing import Any

from vaderSentiment import vaderSentiment as vs

_NEGATE = frozenset(vs.NEGATE)


def _negated_word(word: str) -> bool:
    """``vaderSentiment.negated([word])`` for a single lower-case word."""
    return word in _NEGATE or "n't" in word


class FastVader(vs.SentimentIntensityAnalyzer):  # type: ignore[misc]
    """Drop-in ``SentimentIntensityAnalyzer`` with the same results, faster."""

    def __init__(self) -> None:
        super().__init__()
        self._ascii_fast_path = not any(key.isascii() for key in self.emojis)

    def polarity_scores(self, text: str) -> dict[str, float]:
        if not (self._ascii_fast_path and text.isascii()):
            text = self._replace_emoji(text)
        return self._scores(text.strip())

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

    def _scores(self, text: str) -> dict[str, float]:
        sentitext = vs.SentiText(text)
        sentiments: list[float] = []
        words = sentitext.words_and_emoticons
        lexicon = self.lexicon
        for i, item in enumerate(words):
            lowered = item.lower()
            if lowered in vs.BOOSTER_DICT or lowered not in lexicon:
                sentiments.append(0)  # what sentiment_valence appends for a non-lexicon word
                continue
            if i < len(words) - 1 and lowered == "kind" and words[i + 1].lower() == "of":
                sentiments.append(0)
                continue
            sentiments = self.sentiment_valence(0, sentitext, item, i, sentiments)
        sentiments = self._but_check(words, sentiments)
        result: dict[str, float] = self.score_valence(sentiments, text)
        return result

    @staticmethod
    def _negation_check(valence: float, words: list[Any], start_i: int, i: int) -> float:
        def low(k: int) -> str:
            return str(words[k]).lower()

        if start_i == 0 and _negated_word(low(i - 1)):
            valence = valence * vs.N_SCALAR
        if start_i == 1:
            if low(i - 2) == "never" and low(i - 1) in ("so", "this"):
                valence = valence * 1.25
            elif low(i - 2) == "without" and low(i - 1) == "doubt":
                pass
            elif _negated_word(low(i - 2)):
                valence = valence * vs.N_SCALAR
        if start_i == 2:
            if (low(i - 3) == "never" and low(i - 2) in ("so", "this")) or low(i - 1) in (
                "so",
                "this",
            ):
                valence = valence * 1.25
            elif low(i - 3) == "without" and (low(i - 2) == "doubt" or low(i - 1) == "doubt"):
                pass
            elif _negated_word(low(i - 3)):
                valence = valence * vs.N_SCALAR
        return valence

    @staticmethod
    def _special_idioms_check(valence: float, words: list[Any], i: int) -> float:
        def low(k: int) -> str:
            return str(words[k]).lower()

        w0, w1, w2, w3 = low(i), low(i - 1), low(i - 2), low(i - 3)
        for seq in (f"{w1} {w0}", f"{w2} {w1} {w0}", f"{w2} {w1}", f"{w3} {w2} {w1}", f"{w3} {w2}"):
            if seq in vs.SPECIAL_CASES:
                valence = vs.SPECIAL_CASES[seq]
                break
        if len(words) - 1 > i:
            zeroone = f"{w0} {low(i + 1)}"
            if zeroone in vs.SPECIAL_CASES:
                valence = vs.SPECIAL_CASES[zeroone]
        if len(words) - 1 > i + 1:
            zeroonetwo = f"{w0} {low(i + 1)} {low(i + 2)}"
            if zeroonetwo in vs.SPECIAL_CASES:
                valence = vs.SPECIAL_CASES[zeroonetwo]
        for n_gram in (f"{w3} {w2} {w1}", f"{w3} {w2}", f"{w2} {w1}"):
            if n_gram in vs.BOOSTER_DICT:
                valence = valence + vs.BOOSTER_DICT[n_gram]
        return valence
