"""Tone on -1..1: VADER for English, a VADER-style lexicon scorer for es/pt/fr.

The Romance scorer follows VADER's arithmetic (negation x-0.74 over the three
previous tokens, boosters +-0.293, the "but" rule, "!" emphasis and
compound = s / sqrt(s^2 + 15)) so the two scales mean the same thing.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache
from itertools import compress

from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from monitor.scoring.rounding import rounder
from monitor.scoring.text import MAX_TONE_CHARS, clip, fold
from monitor.scoring.tone_lexicon import BOOSTERS, BUT_WORDS, NEGATORS, STEMS
from monitor.scoring.vader_fast import FastVader

_ALPHA = 15.0
_NEGATION = -0.74
_round4 = rounder(4)
_TOKEN = re.compile(r"[a-z0-9']+")
_SYMBOLS = re.compile("[\u2000-\U0010ffff]")  # where emoji live; accented letters are below


@lru_cache(maxsize=1)
def analyser() -> SentimentIntensityAnalyzer:
    """The unmodified VADER analyser, once per process (building it costs ~15 ms)."""
    return SentimentIntensityAnalyzer()


@lru_cache(maxsize=1)
def fast_analyser() -> FastVader:
    """VADER with its quadratic helpers rewritten; identical compounds."""
    return FastVader()


def vader_polarity(text: str) -> float:
    """Raw VADER compound of ``text`` (the benchmark baseline, unmodified VADER)."""
    return float(analyser().polarity_scores(text)["compound"])


def english_tone(text: str) -> float:
    """VADER compound on the opening of the text; never raises."""
    try:
        return fast_analyser().compound(clip(text, MAX_TONE_CHARS))
    except (ValueError, IndexError, KeyError, RecursionError):
        return 0.0


@lru_cache(maxsize=65536)
def word_valence(token: str) -> float:
    """Lexicon valence of one folded token: exact entry, else its longest stem."""
    if token in STEMS:
        return STEMS[token]
    for end in range(min(len(token) - 1, 12), 3, -1):
        value = STEMS.get(token[:end])
        if value is not None:
            return value
    return 0.0


@lru_cache(maxsize=4096)
def _emoji_valence(char: str) -> float:
    """VADER's valence of an emoji: the sum of its English description's lexicon words."""
    vader = fast_analyser()
    description = vader.emojis.get(char)
    if description is None:
        return 0.0
    return float(sum(vader.lexicon.get(word, 0.0) for word in description.lower().split()))


def emoji_valence(text: str) -> float:
    """Summed valence of the emoji in the opening of ``text`` (any language)."""
    if text.isascii():
        return 0.0
    found = _SYMBOLS.findall(text, 0, MAX_TONE_CHARS)
    return sum(map(_emoji_valence, found)) if found else 0.0


class _Valences(dict[str, float]):
    """token -> valence, a plain dict in front of ``word_valence``: a miss is looked up
    once and remembered (up to a bound), so a post's tokens are read by one C-level map."""

    def __missing__(self, token: str) -> float:
        valence = word_valence(token)
        if len(self) < 100_000:
            self[token] = valence
        return valence


_VALENCES = _Valences()
# Tokens that can change the valence of a lexicon word after them (see _modify).
_MODIFIERS = frozenset(BOOSTERS) | NEGATORS


def romance_tone(folded: str, lang: str, exclamations: int = 0, emoji: float = 0.0) -> float:
    """VADER-style compound for accent-folded es/pt/fr text (plus emoji valence)."""
    tokens = _TOKEN.findall(folded, 0, MAX_TONE_CHARS)
    valences = list(map(_VALENCES.__getitem__, tokens))
    # Only lexicon words carry tone: visit those (a few per post), not every token.
    scored = list(compress(range(len(tokens)), valences))
    total = 0.0
    if scored:
        buts = [w for w in BUT_WORDS.get(lang, ()) if w in folded]  # substring check first
        positions = [tokens.index(w) for w in buts if w in tokens]
        but_at = min(positions) if positions else -1
        for i in scored:
            if tokens[i] in NEGATORS:
                continue
            valence = valences[i]
            if not _MODIFIERS.isdisjoint(tokens[max(0, i - 3) : i]):
                valence = _modify(valence, tokens, i)
            if but_at >= 0:
                valence *= 0.5 if i < but_at else 1.5 if i > but_at else 1.0
            total += valence
    total += emoji
    if total:
        total += math.copysign(min(exclamations, 4) * 0.292, total)
    return _normalise(total)


def _modify(valence: float, tokens: list[str], i: int) -> float:
    for back, damp in ((1, 1.0), (2, 0.95), (3, 0.9)):
        if i - back < 0:
            break
        previous = tokens[i - back]
        boost = BOOSTERS.get(previous)
        if boost is not None:
            valence += math.copysign(boost * damp, valence)
        if previous in NEGATORS:
            valence *= _NEGATION
            break
    return valence


def _normalise(total: float) -> float:
    if total == 0.0:
        return 0.0
    score = total / math.sqrt(total * total + _ALPHA)
    return _round4(max(-1.0, min(1.0, score)))


def tone(text: str, folded: str, lang: str) -> float:
    """Tone of a post in its language; 0.0 where no lexicon applies."""
    if lang == "en":
        return english_tone(text)
    if lang in BUT_WORDS:
        return romance_tone(folded, lang, text.count("!"), emoji_valence(text))
    # Other languages: only what applies everywhere, the emoji.
    return _normalise(emoji_valence(text))


__all__ = ["analyser", "english_tone", "fold", "romance_tone", "tone", "vader_polarity"]
