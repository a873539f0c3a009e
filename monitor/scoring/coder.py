"""The escalation coder: cue matches turned into events with negation, hedges and quotes.

One compiled alternation of every cue scans the folded text once. Each match is
then read in its sentence: a negator just before it cancels a hostile cue (and
turns a friendly one mildly hostile); a conditional or a future marker turns an
act (sanction, expulsion, force) into a THREATEN; a cue inside quotation marks is
reported speech (hostile, discounted) or sarcasm (friendly word, scored hostile);
"so-called" and its equivalents mark sarcasm too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from monitor.scoring.cues import HOSTILE_ACTS, POSITIVE, SELF_NEGATING, parse_cues
from monitor.scoring.dispatch import dispatch_regex, matched_index
from monitor.scoring.text import words

_NEGATORS = frozenset(
    words(
        "not no never nor without cannot n't nunca jamas ni sin tampoco nao nem sem "
        "jamais ne pas aucun aucune sans"
    )
)
# "we do not support genocide": the negator governs the verb, not the accusation.
_STANCE_VERBS = frozenset(
    words(
        "support accept tolerate allow condone permit endorse apoyamos apoyo aceptamos acepto "
        "toleramos permitimos admitimos apoiamos aceitamos admitimos soutenons acceptons "
        "tolerons tolerer accepter permettre cautionnons"
    )
)
_CONDITIONAL = re.compile(
    r"(?<!\w)(if|unless|could|might|would|should|perhaps|possibly|si|a menos que|podria|"
    r"podrian|quizas|quiza|tal vez|en caso de|caso|poderia|poderiam|talvez|pourrait|"
    r"pourraient|peut-etre|au cas ou)(?!\w)"
)
_FUTURE = re.compile(r"(?<!\w)(will|shall|going to|vamos a|va a|vai|vamos|allons|va)(?!\w)")
_SARCASM = re.compile(
    r"(?<!\w)(so-called|so called|supposed|alleged|self-proclaimed|supuest[oa]s?|"
    r"presunt[oa]s?|autoproclamad[oa]|dizque|suposto|suposta|pretendu[e]?s?|soi-disant|"
    r"autoproclame[e]?)\W+$"
)
# "Hamas thanks you for your service": praise from an enemy group is mockery.
_MOCKING_SUBJECT = re.compile(
    r"(?<!\w)(hamas|hezbollah|hizbollah|isis|daesh|al-qaeda|al qaeda|taliban|terrorists|"
    r"terroristas|terroristes|cartels?|carteles|narcos)(?!\w)"
)
_TOKEN = re.compile(r"[\w']+")


@dataclass(frozen=True, slots=True)
class Cue:
    """A raw event before targets are attached."""

    cls: str
    weight: float
    start: int
    end: int
    negated: bool = False
    hedged: bool = False
    quoted: bool = False


@lru_cache(maxsize=1)
def _compiled() -> tuple[list[tuple[str, float, str]], re.Pattern[str]]:
    rows = parse_cues()
    return rows, re.compile(dispatch_regex([pattern for _, _, pattern in rows]))


class Coder:
    """Finds escalation cues in folded text."""

    def __init__(self) -> None:
        self._rows, self._regex = _compiled()

    def cues(self, folded: str, sentences: list[tuple[int, int]]) -> list[Cue]:
        """Every cue in ``folded`` with its modifiers applied."""
        found: list[Cue] = []
        sentence_index = 0
        for match in self._regex.finditer(folded):
            start, end = match.span()
            while sentence_index < len(sentences) - 1 and sentences[sentence_index][1] <= start:
                sentence_index += 1
            sentence_start = sentences[sentence_index][0]
            cls, weight, _ = self._rows[matched_index(match)]
            found.append(_modify(cls, weight, folded, sentence_start, start, end))
        return found


def _negated(tokens: list[str]) -> bool:
    for i, token in enumerate(tokens):
        if token in _NEGATORS or token.endswith("n't"):
            return not any(t in _STANCE_VERBS for t in tokens[i + 1 :])
    return False


def _modify(cls: str, weight: float, folded: str, sentence_start: int, start: int, end: int) -> Cue:
    before = folded[sentence_start:start]
    tokens = _TOKEN.findall(before[-40:])[-3:]
    negated = cls not in SELF_NEGATING and any(t in _NEGATORS or t.endswith("n't") for t in tokens)
    quoted = before.count('"') % 2 == 1 and '"' in folded[end : end + 200]
    if cls in POSITIVE:
        if quoted or _SARCASM.search(before[-40:]) or _MOCKING_SUBJECT.search(before[-60:]):
            return Cue("INSULT", -2.5, start, end, quoted=True)
        if negated:
            return Cue(cls, -min(weight, 3.0) * 0.6, start, end, negated=True)
        return Cue(cls, weight, start, end)
    if negated:
        return Cue(cls, 0.0, start, end, negated=True)
    if quoted:
        return Cue(cls, weight * 0.3, start, end, quoted=True)
    if cls in HOSTILE_ACTS or cls == "REJECT":
        if _CONDITIONAL.search(before):
            return Cue("THREATEN", max(weight, -5.8) * 0.8, start, end, hedged=True)
        if cls in HOSTILE_ACTS and _FUTURE.search(" ".join(tokens[-3:])):
            return Cue("THREATEN", max(weight, -5.8), start, end)
        return Cue(cls, weight, start, end)
    if _CONDITIONAL.search(before):
        return Cue(cls, weight * 0.5, start, end, hedged=True)
    return Cue(cls, weight, start, end)
