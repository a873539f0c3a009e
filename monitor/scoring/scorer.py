"""The full scorer: language, tone, escalation events, targets and hostility per target."""

from __future__ import annotations

import logging
import math
import re
from collections import OrderedDict
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta

from msgspec.structs import replace

from monitor.models import Event, Post, Score
from monitor.scoring.coder import Coder, Cue
from monitor.scoring.cues import HOSTILE_ACTS, POSITIVE
from monitor.scoring.lang import SUPPORTED, detect_language, normalise_tag
from monitor.scoring.targets import Ref, TargetFinder
from monitor.scoring.text import clip, fold, fold_case_kept, sentence_spans
from monitor.scoring.tone import tone, vader_polarity
from monitor.scoring.triere import trie_pattern
from monitor.watchlist import Watchlist

log = logging.getLogger("diplomon.scoring")
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def _utc(moment: datetime) -> datetime:
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment


_RECENT = 20_000  # post id -> author country, to resolve replies and quotes
_PROVOCATION = timedelta(hours=48)  # an unnamed answer may answer a provocation this recent
_PROVOKED_AT = 0.3  # hostility toward a country that counts as a provocation to it
# Untargeted events of these classes answer a foreign provocation ("we will respond with
# reciprocity"); accusations and insults without a name are too often domestic.
_ANSWERS = frozenset(
    {"REJECT", "RETALIATE", "SANCTION", "THREATEN", "EXPEL", "RECALL", "ULTIMATUM", "DEESCALATE"}
)
_SCALE = 6.0  # conflict weight that gives hostility 1 - 1/e
_CUE_CHARS = 80
_MAX_EVENTS = 64  # a pathological post still yields a small Score
_REPORTED_ACT = -4.0  # an act reported of another country counts as an accusation
# "the words of President X are unacceptable": evidence that X's side said something
# hostile about the author's country, even where that was not posted on a watched account.
_REACTION_WORDS = (
    "words remarks statement statements comments declaration declarations phrase insult "
    "insults propos declaraciones palabras dichos expresiones insultos declaracoes palavras "
    "falas manifestacoes expressions paroles insultes "
    # protesting another country's acts implies them too: "the announcements by X are a threat"
    "announcement announcements decision decisions actions measures moves conduct behaviour "
    "behavior provocation provocations anuncio anuncios decisiones acciones medidas conducta "
    "comportamiento decisao decisoes acoes conduta annonce annonces mesures agissements "
    "comportement"
)
_REACTION = re.compile(r"(?<!\w)" + trie_pattern(_REACTION_WORDS.split()) + r"(?!\w)")


class _Base:
    """What both scorers share: language, author, targets."""

    def __init__(self, watchlist: Watchlist) -> None:
        self.watchlist = watchlist
        self.finder = TargetFinder(watchlist)
        self._recent: OrderedDict[str, str] = OrderedDict()
        self._authors: dict[tuple[str, str], tuple[str | None, str | None]] = {}
        # target country -> source country -> time of its latest hostile post toward it
        self._provoked: dict[str, dict[str, datetime]] = {}

    def _author(self, post: Post) -> tuple[str | None, str | None]:
        key = (post.author, post.platform)
        known = self._authors.get(key)
        if known is None:
            actor = self.watchlist.by_handle(post.author, post.platform)
            known = (actor.id, actor.country) if actor else (None, None)
            if len(self._authors) >= _RECENT:
                self._authors.clear()
            self._authors[key] = known
        return known

    def _remember(self, post: Post, country: str | None) -> None:
        if country is None:
            return
        self._recent[post.id] = country
        if len(self._recent) > _RECENT:
            self._recent.popitem(last=False)

    def _note_provocations(
        self, post: Post, country: str | None, by_target: dict[str, float]
    ) -> None:
        if country is None:
            return
        moment = _utc(post.created_at)
        for target, hostility in by_target.items():
            if hostility >= _PROVOKED_AT:
                sources = self._provoked.setdefault(target, {})
                if moment > sources.get(country, _EPOCH):
                    sources[country] = moment

    def _provoker(self, country: str, post: Post) -> str | None:
        """The country whose hostile post toward ``country`` is the most recent, if recent."""
        moment = _utc(post.created_at)
        recent = [
            (at, source)
            for source, at in self._provoked.get(country, {}).items()
            if timedelta(0) <= moment - at <= _PROVOCATION
        ]
        return max(recent)[1] if recent else None

    def _answer_targets(
        self, post: Post, country: str | None, events: list[Event], refs: list[Ref]
    ) -> list[Event]:
        """Aim an unnamed answer ("we will respond with reciprocity") at the recent provoker."""
        if country is None or any(r.country != country and not r.bystander for r in refs):
            return events
        if not any(e.target is None and e.cls in _ANSWERS for e in events):
            return events
        provoker = self._provoker(country, post)
        if provoker is None:
            return events
        return [
            replace(e, target=provoker) if e.target is None and e.cls in _ANSWERS else e
            for e in events
        ]

    def _context_refs(self, post: Post) -> list[Ref]:
        refs = []
        for ref_id in (post.reply_to, post.quote_of):
            country = self._recent.get(ref_id) if ref_id else None
            if country is not None:
                refs.append(Ref(-1, country))
        return refs

    @staticmethod
    def _language(post: Post, folded: str) -> str:
        return normalise_tag(post.lang) or detect_language(folded)

    def _fallback(self, post: Post, exc: BaseException) -> Score:
        log.warning(
            "scoring failed; neutral score", extra={"post_id": post.id, "error": repr(exc)[:200]}
        )
        return Score(post_id=post.id, lang="und", lang_supported=False, tone=0.0, hostility=0.0)


class Scorer(_Base):
    """Scores one post: never raises, any text, long posts capped."""

    def __init__(self, watchlist: Watchlist) -> None:
        super().__init__(watchlist)
        self.coder = Coder()

    def score(self, post: Post) -> Score:
        try:
            return self._score(post)
        except Exception as exc:
            return self._fallback(post, exc)

    def _score(self, post: Post) -> Score:
        text = clip(post.text)
        cased = fold_case_kept(text)
        folded = fold(text, cased)
        lang = self._language(post, folded)
        actor_id, country = self._author(post)
        sentences = sentence_spans(folded)
        cues = self.coder.cues(folded, sentences)
        protests = [c.start for c in cues if c.weight < 0]
        # bystanders (victims, populations) only matter to hostile cues
        refs = self.finder.find(post, text, folded, cased, bystanders=bool(protests))
        if post.reply_to or post.quote_of:
            refs += self._context_refs(post)
        events = _attach_targets(cues, refs, sentences, country, text, folded) if cues else []
        if events:
            events = self._answer_targets(post, country, events, refs)
            events += _reactions(text, folded, sentences, refs, country, events, protests)
        tone_value = tone(text, folded, lang)
        by_target = _hostility(events, tone_value) if events else {}
        foreign = _foreign_countries(refs, country, events)
        self._remember(post, country)
        if by_target:
            self._note_provocations(post, country, by_target)
        return Score(
            post_id=post.id,
            lang=lang,
            lang_supported=lang in SUPPORTED,
            tone=tone_value,
            hostility=max(by_target.values(), default=0.0),
            author_actor=actor_id,
            author_country=country,
            hostility_by_target=by_target,
            events=tuple(events),
            targets=tuple(foreign),
            target_actors=tuple(sorted({r.actor for r in refs if r.actor and r.actor != actor_id})),
        )


class VaderBaselineScorer(_Base):
    """Baseline: hostility toward every found target = VADER's negative compound."""

    def score(self, post: Post) -> Score:
        try:
            return self._score(post)
        except Exception as exc:
            return self._fallback(post, exc)

    def _score(self, post: Post) -> Score:
        text = clip(post.text)
        folded = fold(text)
        lang = self._language(post, folded)
        actor_id, country = self._author(post)
        refs = self.finder.find(post, text, folded) + self._context_refs(post)
        compound = vader_polarity(clip(text, 2000))
        foreign = _foreign_countries(refs, country, [])
        hostility = round(max(0.0, -compound), 4)
        self._remember(post, country)
        return Score(
            post_id=post.id,
            lang=lang,
            lang_supported=lang in SUPPORTED,
            tone=compound,
            hostility=hostility if foreign else 0.0,
            author_actor=actor_id,
            author_country=country,
            hostility_by_target={c: hostility for c in foreign},
            targets=tuple(foreign),
        )


def _foreign_countries(refs: Iterable[Ref], own: str | None, events: list[Event]) -> list[str]:
    found = {r.country for r in refs if r.strong and r.country != own}
    found |= {e.target for e in events if e.target and e.target != own}
    return sorted(found)


def _addressees(foreign: list[Ref]) -> set[str]:
    """Whom the post addresses as a whole: its mentions, replies and quotes, else its only
    foreign country, else (with no foreign country at all) a conflict theatre it names."""
    addressees = {r.country for r in foreign if r.start < 0}
    states = {r.country for r in foreign if r.strong and not r.bystander and r.start >= 0}
    if not addressees and len(states) == 1:
        addressees = set(states)
    if not addressees and not states:
        addressees = {r.country for r in foreign if not r.strong}
    return addressees


def _attach_targets(
    cues: list[Cue],
    refs: list[Ref],
    sentences: list[tuple[int, int]],
    own: str | None,
    text: str,
    folded: str,
) -> list[Event]:
    """One event per (cue, target): the foreign states named in the cue's sentence, else
    the post's addressees. Populations ("Palestinian protesters") are never the target
    of a hostile cue: they are who it is about, not whom it is aimed at."""
    foreign = [r for r in refs if r.country != own]
    addressees: list[str | None] | None = None  # computed once, when first needed
    # (event, aimed only because the post addresses it, start of its sentence)
    placed: list[tuple[Event, bool, int]] = []
    for cue in cues:
        if cue.cls in HOSTILE_ACTS:
            actor = _reported_actor(cue, foreign, folded)
            if actor is not None or _DONE_TO_US.match(folded, cue.end):
                # "Russia's invasion", "los aranceles estadounidenses": an act the author
                # reports and holds against its actor, not an act of the author's own;
                # "the expulsion of our diplomats": an act suffered, held against its
                # unnamed actor.
                cue = Cue("ACCUSE", _REPORTED_ACT, cue.start, cue.end, cue.negated, cue.hedged)
                if actor is not None and not cue.negated:
                    placed.append((_event(cue, actor, text), False, cue.start))
                    continue
        lo, hi = _sentence_of(cue.start, sentences)
        hostile = cue.weight < 0
        here = sorted(
            {
                r.country
                for r in foreign
                if r.strong and lo <= r.start < hi and not (hostile and r.bystander)
            }
        )
        targets: list[str | None]
        if here:
            targets = list(here)
        else:
            if addressees is None:
                addressees = list(sorted(_addressees(foreign))) or [None]
            targets = addressees
        fallback = not here
        for target in targets:
            placed.append((_event(cue, target, text), fallback, lo))
        if len(placed) >= _MAX_EVENTS:
            break
    # "Spoke with @X about the terror attack; we stand together against terrorism": hostile
    # words that reach a partner only as the post's addressee are not aimed at a partner
    # the same post treats as a friend.
    friends = {e.target for e, fb, _ in placed if e.weight > 0 and e.cls in POSITIVE and not fb}
    # "Congratulations to the dictator on his fake election": praise in the same sentence as
    # an insult to the same target is sarcasm, not cooperation.
    insulted = {(lo, e.target) for e, _, lo in placed if e.cls == "INSULT"}
    if not friends and not insulted:
        return [e for e, _, _ in placed[:_MAX_EVENTS]]
    events = [
        e
        for e, fallback, lo in placed
        if not (fallback and e.weight < 0 and e.target in friends)
        and not (e.weight > 0 and (lo, e.target) in insulted)
    ]
    return events[:_MAX_EVENTS]


def _reactions(
    text: str,
    folded: str,
    sentences: list[tuple[int, int]],
    refs: list[Ref],
    own: str | None,
    events: list[Event],
    protests: list[int],
) -> list[Event]:
    """REACTION events (weight 0): the post protests another country's words (a hostile
    cue in the same sentence as "words", "statements"...). The speaker
    is the foreign reference nearest the word: just after ("the words of President X")
    or just before ("X's hostile statements")."""
    hostile = {e.target for e in events if e.weight < 0 and e.target}
    if not hostile:
        return []
    candidates = [r for r in refs if r.start >= 0 and r.country != own and not r.bystander]
    found: dict[str, Event] = {}
    for match in _REACTION.finditer(folded):
        lo, hi = _sentence_of(match.start(), sentences)
        if not any(lo <= start < hi for start in protests):
            continue
        after = [r for r in candidates if match.end() <= r.start < min(hi, match.end() + 60)]
        before = [r for r in candidates if max(lo, match.start() - 50) <= r.start < match.start()]
        speaker = after[0] if after else before[-1] if before else None
        if speaker is None or speaker.country not in hostile or speaker.country in found:
            continue
        cue = text[match.start() : min(hi, match.end() + 50)].strip()
        cue = cue if len(cue) < 50 else cue[: cue.rfind(" ")]
        found[speaker.country] = Event(cls="REACTION", cue=cue, weight=0.0, target=speaker.country)
    return list(found.values())


def _event(cue: Cue, target: str | None, text: str) -> Event:
    snippet = text[cue.start : cue.end][:_CUE_CHARS]
    return Event(
        cls=cue.cls,
        cue=f'"{snippet}"' if cue.quoted else snippet,
        weight=round(cue.weight, 2),
        target=target,
        negated=cue.negated,
        hedged=cue.hedged,
    )


_POSSESSIVE = re.compile(r"(?:'s?)?\s{0,2}$")
_BY_AGENT = re.compile(
    r"\s+(?:\w+\s+)?(?:imposed|announced|ordered|launched|decided|adopted|taken|"
    r"impuest[oa]s?|anunciad[oa]s?|decretad[oa]s?|adoptad[oa]s?|impost[oa]s?|"
    r"imposee?s?|annoncee?s?|decidee?s?|prises?)\s+(?:by|por|pel[oa]s?|par)\s+"
)
_DONE_TO_US = re.compile(
    r"\s+(?:of|on|against|to|de|contra|a|contre|sur|sobre|aos?|as)\s+(?:the\s+|los\s+|las\s+)?"
    r"(?:our|us|nuestr\w*|nosotros|noss\w*|notre|nos)\b"
)
_ARTICLE = re.compile(r"(?:the|el|la|los|las|o|a|os|as|le|les|l')\s*")


def _reported_actor(cue: Cue, foreign: list[Ref], folded: str) -> str | None:
    """The country whose act a sanction/force cue reports: "X's tariffs", "tariffs X-ish"."""
    for ref in foreign:
        if ref.bystander or ref.end < 0:
            continue
        if 0 <= cue.start - ref.end <= 3 and _POSSESSIVE.match(folded, ref.end, cue.start):
            return ref.country
        if 0 < ref.start - cue.end <= 1 and folded[cue.end : ref.start].isspace():
            return ref.country
    agent = _BY_AGENT.match(folded, cue.end, cue.end + 60)
    if agent is not None:
        article = _ARTICLE.match(folded, agent.end())
        last = article.end() if article else agent.end()
        for ref in foreign:
            if agent.end() <= ref.start <= last and not ref.bystander:
                return ref.country
    return None


def _sentence_of(position: int, sentences: list[tuple[int, int]]) -> tuple[int, int]:
    for lo, hi in sentences:
        if lo <= position < hi:
            return lo, hi
    return sentences[-1]


def _hostility(events: list[Event], tone_value: float) -> dict[str, float]:
    """Per target: conflict weight minus cooperation, squashed to 0..1."""
    conflict: dict[str, float] = {}
    cooperation: dict[str, float] = {}
    for event in events:
        if event.target is None:
            continue
        if event.weight < 0:
            conflict[event.target] = conflict.get(event.target, 0.0) - event.weight
        elif event.cls in POSITIVE:
            cooperation[event.target] = cooperation.get(event.target, 0.0) + event.weight
    result: dict[str, float] = {}
    for target, amount in conflict.items():
        net = amount - cooperation.get(target, 0.0) + max(0.0, -tone_value)
        if net > 0:
            result[target] = round(1.0 - math.exp(-net / _SCALE), 4)
    return result
