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
from functools import lru_cache
from typing import NamedTuple

from monitor.scoring.cues import HOSTILE_ACTS, MARKERS, POSITIVE, SELF_NEGATING, parse_cues
from monitor.scoring.dispatch import Dispatcher
from monitor.scoring.text import words

_NEGATORS = frozenset(
    words(
        "not no never nor neither without cannot n't nunca jamas ni sin tampoco nao nem sem "
        "jamais ne pas aucun aucune sans"
    )
)
# "we do not support genocide": the negator governs the verb, not the accusation.
_STANCE_VERBS = frozenset(
    words(
        "support accept tolerate allow condone permit endorse recognise recognize recognises "
        "recognizes apoyamos apoyo aceptamos acepto acepta aceptan reconoce reconocemos "
        "reconhece reconhecemos reconnait reconnaissons aceita aceitam accepte acceptent "
        "toleramos permitimos admitimos apoiamos aceitamos admitimos soutenons acceptons "
        "tolerons tolerer accepter permettre cautionnons "
        # "que no venga a darnos lecciones": a prohibition, the lecture still protested
        "venga vengan vengas venha venham venez vienne viennent"
    )
)
_FUTURE = re.compile(r"(?<!\w)(will|shall|going to|vamos a|va a|vai|vamos|allons|va)(?!\w)")
_CALL_FOR = re.compile(
    r"(?<!\w)(?:call\w*|urg\w*|demand\w*|appeal\w*|insist\w*|press\w* for|pid\w*|pedi\w*|"
    r"exig\w*|llam\w*|insta\w*|reclam\w*|ped[ei]\w*|apel\w*|cham\w*|appel\w*|demand\w*|"
    r"must|need\w*|faut|falta|deb[ea]n?|doi[tv]\w*|dev[ea]m?|precis\w*|necesit\w*|necessit\w*)(?!\w)"
)
# "le cessez-le-feu est désormais nécessaire": a de-escalation asked for, after the cue
_NEEDED_AFTER = re.compile(
    r"\s+(?:is |est |es |e |sont |are )?(?:now |desormais |ahora |agora |urgently )?"
    r"(?:necessaire|necessary|needed|necesari[oa]|necessari[oa]|urgent\w*|indispensable|"
    r"imprescindible|imperati\w*)(?!\w)"
)
_PUNCTUATION = ".,;:!?\"'()[]{}«»¿¡…-"
# "the Kigali Genocide Memorial", "au Mémorial du génocide", "el Museo del Holocausto": an
# atrocity named as part of a place of remembrance, not an accusation.
_MEMORIAL_BEFORE = re.compile(
    r"(?<!\w)(?:memorial|museum|musee|museo|museu|commemorations?|remembrance|"
    r"conmemoracion|comemoracao|anniversary|anniversaire|aniversario|victims|victimes|"
    r"victimas|vitimas)\s+(?:of\s+the\s+|of\s+|du\s+|de\s+la\s+|del\s+|"
    r"de\s+l'|do\s+|da\s+|de\s+)?$"
)
_MEMORIAL_AFTER = re.compile(r"\s+(?:memorial|museum|remembrance day)(?!\w)")
# "the fight against corruption", "la lucha contra la corrupción", "fell fighting a
# terrorist group": a cause, not an insult or a charge.
_AGAINST = re.compile(
    r"(?<!\w)(?:against|contra|contre|anti|counter|frente|fight\w*|combat\w*|tackl\w*|lucha\w*|luta\w*|"
    r"lutte\w*|combate\w*)(?:\s+\w+){0,2}[\s-]+$"
)


class Cue(NamedTuple):
    """A raw event before targets are attached (a NamedTuple: many are made per post)."""

    cls: str
    weight: float
    start: int
    end: int
    negated: bool = False
    hedged: bool = False
    quoted: bool = False


@lru_cache(maxsize=1)
def _compiled() -> tuple[list[tuple[str, float, str]], Dispatcher]:
    rows = parse_cues()
    return rows, Dispatcher([pattern for _, _, pattern in rows])


class Coder:
    """Finds escalation cues in folded text."""

    def __init__(self) -> None:
        self._rows, self._dispatcher = _compiled()
        self._regex = self._dispatcher.regex

    def cues(self, folded: str, sentences: list[tuple[int, int]]) -> list[Cue]:
        """Every cue in ``folded`` with its modifiers applied. Conditionals, sarcasm markers
        and mocking subjects come from the same scan, so context costs nothing extra."""
        found: list[Cue] = []
        markers = _NO_MARKERS
        quotes = '"' in folded
        rows = self._rows
        known = self._dispatcher.known
        index_of = self._dispatcher.index_of
        last = len(sentences) - 1
        sentence_index = 0
        for match in self._regex.finditer(folded):
            start, end = match.span()
            matched = match.group()
            index = known.get(matched)
            cls, weight, _ = rows[index_of(matched) if index is None else index]
            if cls in MARKERS:
                if cls == "_PHRASE":
                    continue
                if markers is _NO_MARKERS:
                    markers = _Markers()
                markers.add(cls, start, end)
                continue
            while sentence_index < last and sentences[sentence_index][1] <= start:
                sentence_index += 1
            sentence_start = sentences[sentence_index][0]
            found.append(_modify(cls, weight, folded, sentence_start, start, end, markers, quotes))
        return found


class _Markers:
    """Context markers seen so far in the post, in text order."""

    __slots__ = ("conditionals", "mockers", "sarcasm_ends")

    def __init__(self) -> None:
        self.conditionals: list[int] = []
        self.mockers: list[int] = []
        self.sarcasm_ends: list[int] = []

    def add(self, cls: str, start: int, end: int) -> None:
        if cls == "_COND":
            self.conditionals.append(start)
        elif cls == "_MOCK":
            self.mockers.append(start)
        else:
            self.sarcasm_ends.append(end)

    def conditional(self, lo: int) -> bool:
        """A conditional between the sentence start ``lo`` and the cue."""
        return bool(self.conditionals) and self.conditionals[-1] >= lo

    def sarcastic(self, folded: str, sentence_start: int, start: int) -> bool:
        """'so-called' before the cue and at most three words from it ("the so-called
        maritime delimitation agreement"), or an enemy group shortly before it."""
        if self.sarcasm_ends and self.sarcasm_ends[-1] <= start:
            gap = folded[self.sarcasm_ends[-1] : start]
            if len(gap) < 40 and len(gap.split()) <= 3 and not _CLAUSE_BREAK.search(gap):
                return True
        return bool(self.mockers) and self.mockers[-1] >= max(sentence_start, start - 60)


# "X should desist from...": "should" that carries a demand hedges nothing
_OUGHT = re.compile(r"(?<!\w)(?:should|deberia|deberian|deveria|deveriam|devrait|devraient)(?!\w)")
_GROUPS = r"(?:hamas|hezbollah|hizbollah|isis|daesh|al-qaeda|al qaeda|taliban|al-shabaab)"
_GROUP_BEFORE = re.compile(r"(?<!\w)" + _GROUPS + r"(?:'s?)?\s+(?:\w+\s+)?$")
_GROUP_AFTER = re.compile(r"\s+(?:of|de|du|da|do|del)\s+(?:la\s+|the\s+)?" + _GROUPS + r"(?!\w)")
_CHARGES = frozenset({"ACCUSE", "INSULT"})
# "in support of Hamas terrorism": the charge is the support, aimed at its giver
_SUPPORT_BEFORE = re.compile(
    r"(?<!\w)(?:support\w*|backing|apoy\w*|apoi\w*|soutien\w*|financ\w*|fund\w*|arm\w*)"
    r"(?:\s+\w+){0,3}\s+$"
)
_CLAUSE_BREAK = re.compile(r"[.,;:!?()]")
_NO_MARKERS = _Markers()  # shared, never added to: most posts have no context marker


# "if it is not honoured there will be serious consequences": a negator before a cue that
# opens with an English modal belongs to another clause ("will not" is inside the cue).
_MODALS = ("will ", "would ", "shall ", "must ", "could ", "might ")


def _negated(tokens: list[str], window: str) -> bool:
    """A negator among ``tokens`` (the last words of ``window``) that governs the cue."""
    if _NEGATORS.isdisjoint(tokens) and "n't" not in window:
        return False  # the usual case, decided in C
    for i, token in enumerate(tokens):
        if token in _NEGATORS or token.endswith("n't"):
            if tokens[i + 1 : i + 2] and tokens[i + 1] in _ONLY:
                continue  # "not only misrepresent the facts but also..."
            if token in _PROHIBITIONS and i > 0 and tokens[i - 1] in _ADDRESSED:
                return False  # "you cannot annex another country": a rebuke, not a denial
            return not any(t in _STANCE_VERBS for t in tokens[i + 1 :])
    return False


_PROHIBITIONS = frozenset(words("cannot can't"))
_ONLY = frozenset(words("only solo so somente apenas seulement"))
# "run counter to the spirit of friendship": the friendly word names what was betrayed
_BETRAYED = re.compile(
    r"(?<!\w)(?:counter to|contrary to|at odds with|incompatible with|contraire (?:a|au|aux)|"
    r"detache(?:e|s|es)? de(?: l'| la| le)?|far removed from|"
    r"contrari[oa]s? (?:a|al|ao)|en contra del?|incompativel com|incompatible avec|"
    r"rompe|rompen|rompio|rompt|breaks|broke|quebra|quebrou|restrictions on|"
    r"restricciones a|restrictions sur|restricoes a|blocking|obstructing)(?!\w)"
)
_ADDRESSED = frozenset(words("you one nobody"))


def _charges_no_state(cls: str, folded: str, sentence_start: int, start: int, end: int) -> bool:
    """A charge that is aimed at no state: an atrocity named by its memorial, a cause
    fought ("the fight against corruption", "combattre le terrorisme"), or an armed
    group's deeds ("Hamas's murderous terror", "los terroristas de Hamas")."""
    if cls == "ACCUSE" and (
        _MEMORIAL_BEFORE.search(folded, max(sentence_start, start - 24), start)
        or _MEMORIAL_AFTER.match(folded, end, end + 20)
    ):
        return True
    if (
        (cls == "INSULT" and folded.startswith(("corrup", "narco"), start))
        or (cls == "ACCUSE" and folded.startswith("terror", start))
    ) and _AGAINST.search(folded, max(sentence_start, start - 30), start):
        return True
    return bool(
        _GROUP_BEFORE.search(folded, max(sentence_start, start - 30), start)
        or _GROUP_AFTER.match(folded, end, end + 24)
    ) and not _SUPPORT_BEFORE.search(folded, max(sentence_start, start - 30), start)


def _modify(
    cls: str,
    weight: float,
    folded: str,
    sentence_start: int,
    start: int,
    end: int,
    markers: _Markers,
    quotes: bool = True,
) -> Cue:
    window = folded[max(sentence_start, start - 40) : start]
    tokens = [t.strip(_PUNCTUATION) for t in window.split()[-3:]]
    negated = (
        cls not in SELF_NEGATING
        and _negated(tokens, window)
        and not folded.startswith(_MODALS, start)
    )
    quoted = (
        quotes
        and folded.count('"', sentence_start, start) % 2 == 1
        and folded.find('"', end, end + 200) >= 0
    )
    if cls in _CHARGES and _charges_no_state(cls, folded, sentence_start, start, end):
        return Cue(cls, 0.0, start, end)
    if cls == "DEESCALATE" and (
        _CALL_FOR.search(folded, max(sentence_start, start - 40), start)
        or _NEEDED_AFTER.match(folded, end)
    ):
        # "we call for an immediate ceasefire": asking for de-escalation is no concession
        return Cue("DEMAND", 0.0, start, end)
    if cls in POSITIVE:
        negated = negated or _BETRAYED.search(window) is not None
        if quoted or (
            markers is not _NO_MARKERS and markers.sarcastic(folded, sentence_start, start)
        ):
            return Cue("INSULT", -2.5, start, end, quoted=True)
        if negated:
            return Cue(cls, -min(weight, 3.0) * 0.6, start, end, negated=True)
        return Cue(cls, weight, start, end)
    if negated:
        return Cue(cls, 0.0, start, end, negated=True)
    if quoted:
        return Cue(cls, weight * 0.3, start, end, quoted=True)
    if cls in HOSTILE_ACTS or cls == "REJECT":
        if markers.conditional(sentence_start):
            return Cue("THREATEN", max(weight, -5.8) * 0.8, start, end, hedged=True)
        if cls in HOSTILE_ACTS and _FUTURE.search(" ".join(tokens[-3:])):
            return Cue("THREATEN", max(weight, -5.8), start, end)
        return Cue(cls, weight, start, end)
    if markers.conditional(sentence_start) and not (
        cls == "DEMAND" and _OUGHT.search(folded, max(sentence_start, start - 80), start)
    ):
        return Cue(cls, weight * 0.5, start, end, hedged=True)
    return Cue(cls, weight, start, end)
