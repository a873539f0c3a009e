"""Who a post talks about: countries and watched actors, found in its text and metadata.

References come from @mentions (in the text or the post's ``mentions``), actor
names, surnames and aliases from the watchlist, country names, demonyms and
capitals/metonyms from the gazetteer (four languages), case-sensitive
abbreviations ("US", "EE.UU.") and, as a last resort, conflict theatres.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from operator import itemgetter
from typing import NamedTuple, Protocol

from monitor.gazetteer import load_gazetteer
from monitor.models import Post
from monitor.scoring.cased_scan import CasedScanner
from monitor.scoring.names import ORDINARY, resolve, titled, weak_forms
from monitor.scoring.places import COUNTERPARTS, INSTITUTIONS, THEATRES, names_region
from monitor.scoring.text import fold_case_kept, fold_token, words
from monitor.scoring.triere import trie_pattern
from monitor.watchlist import Actor, Watchlist

_ORG_WORDS = frozenset(
    words(
        "ministry ministerio ministere ministro presidency presidencia presidence "
        "government gobierno governo gouvernement office embassy embajada embaixada "
        "ambassade department departamento secretaria palace palacio palais cancilleria "
        "chancellerie council consejo mission house casa republic republica republique "
        "state estado etat affairs relaciones relacoes relations foreign exteriores "
        "etrangeres"
    )
)
_PARTICLES = frozenset(words("da de do dos das del la le di van von al el bin ibn y e"))
_HANDLE = re.compile(r"(?<![\w@])@(\w{1,30})")
# A demonym followed or preceded by one of these names a population, not a state.
_PEOPLE_AFTER = re.compile(
    r"\W{1,3}(people|peoples|protesters|demonstrators|civilians|citizens|children|women|"
    r"families|migrants|refugees|victims|workers|nationals|hostages|prisoners|detainees|"
    r"manifestantes|civiles|ciudadanos|ninos|mujeres|familias|migrantes|refugiados|"
    r"victimas|trabajadores|civis|cidadaos|criancas|mulheres|manifestants|civils|enfants|"
    r"femmes|refugies|victimes)\b"
)
_PEOPLE_NOUNS = frozenset(
    words(
        "people povo pueblo peuple nation nacion nacao hermanos irmaos freres migrantes "
        "manifestantes ninos criancas civiles civis"
    )
)
_PLURAL_ARTICLES = frozenset(words("the los las os as les des aux aos"))
# "the invasion of Ukraine", "ataques contra Colombia": the country named is the victim.
_VICTIM_NOUNS = frozenset(
    words(
        "invasion invasions invasao attack attacks aggression war bombing bombings shelling "
        "occupation annexation ataque ataques agresion agressao guerra bombardeo bombardeio "
        "bombardeos ocupacion ocupacao anexion anexacao attaque attaques agression guerre "
        "bombardement bombardements annexion atentado attentat atentados attentats "
        "provocation provocations provocacion provocaciones provocacao provocacoes "
        "incursion incursions incursao incursoes incursiones cyberattack cyberattacks "
        "ciberataque ciberataques cyberattaque cyberattaques massacre massacres masacre "
        "shooting shootings killings tiroteo tiroteos fusillade fusillades genocide "
        "genocidio genocidios violation violations violacion violaciones violacao violacoes"
    )
)
_VICTIM_PREPOSITIONS = frozenset(
    words(
        "of on against in into upon over de del a al contra en da do dos das na no em du des "
        "contre sur la au aux dans"
    )
)
_SCENE_PREPOSITIONS = frozenset(words("in en em na no dans au"))
_ARTICLES = frozenset(words("the la el o a le l' les los las os as"))
# "la agresión de Rusia contra Ucrania": the country before "against" is the aggressor.
_AGENT_NEXT = re.compile(r"\s+(?:against|contra|contre)\s")
# "murdered by German Nazis", "Nazi Germany", "l'Allemagne nazie": the Reich, not today's
# Germany (other states' "Nazis" are today's insults and stay targets)
_NAZI_AFTER = re.compile(r"[\s-]+nazi")
_NAZI_BEFORE = re.compile(r"nazi\w*[\s-]+$")
# "the Vienna Convention", "el Acuerdo de París", "the Minsk agreements": a treaty named
# after a city or country, not that state.
_TREATY_AFTER = re.compile(
    r"\s+(?:conventions?|agreements?|accords?|statute|protocols?|treaty|pact|declaration|"
    r"format|principles)(?!\w)"
)
_TREATY_BEFORE = re.compile(
    r"(?<!\w)(?:convencion|convenio|acuerdos?|estatuto|protocolo|declaracion|tratado|pacto|"
    r"convencao|acordos?|accords?|conventions?|statut|protocole|traite|pacte)\s+d(?:e|el|o|a|u)?\s+"
    r"(?:l'|la\s+)?$"
)
_LINKS = frozenset(words("of de do da del des du"))
_PUNCT = '.,;:!?"()[]{}«»¿¡…-'
_START = itemgetter(0)
_SAINT = re.compile(r"\b(san|santa|santo|sao|saint|sainte|st|ste)[ .-]+$")
_NAME, _DEMONYM, _THEATRE = 0, 1, 2
_HASHTAG = re.compile(r"(?<![\w#])#(\w{3,60})")


class CountryLike(Protocol):
    """What the target finder reads from a gazetteer entry."""

    @property
    def code(self) -> str: ...
    @property
    def names(self) -> dict[str, list[str]]: ...
    @property
    def demonyms(self) -> dict[str, list[str]]: ...
    @property
    def capitals(self) -> list[str]: ...
    @property
    def abbreviations(self) -> list[str]: ...
    @property
    def ambiguous(self) -> list[str]: ...


class Ref(NamedTuple):
    """One reference to a country (and possibly an actor) at a position in the text."""

    start: int
    country: str
    actor: str | None = None
    strong: bool = True  # False for theatres: used only when nothing else points abroad
    # A population ("Palestinian protesters") or a victim ("the invasion of Ukraine"):
    # named, but not whom the post's hostility is aimed at.
    bystander: bool = False
    end: int = -1


def load_places() -> Mapping[str, CountryLike]:
    """The shared gazetteer (every UN member, four languages)."""
    return load_gazetteer()


def surname_forms(actor: Actor) -> list[str]:
    """Name forms a post may use for a person: full name, surname(s), aliases."""
    forms = [alias for alias in actor.aliases if len(alias) >= 2]
    name = re.sub(r"\(.*?\)", " ", actor.name).strip()
    tokens = name.split()
    if not tokens or any(fold_token(t) in _ORG_WORDS or fold_token(t) in ORDINARY for t in tokens):
        return forms
    forms.append(name)
    if len(tokens) >= 2:
        core = [t for t in tokens if fold_token(t) not in _PARTICLES]
        last = core[-1] if core else tokens[-1]
        if len(last) >= 4 and last[:1].isupper():
            forms.append(last)
        if len(core) >= 3 and core[-2][:1].isupper():
            forms.append(f"{core[-2]} {core[-1]}")
    return forms


@dataclass(frozen=True)
class _Indexes:
    insensitive: dict[str, tuple[str, int]]
    sensitive: dict[str, tuple[str, str | None]]
    hashtags: dict[str, tuple[str, int]]
    insensitive_re: re.Pattern[str]
    sensitive_re: CasedScanner
    weak: dict[str, tuple[tuple[str, str], ...]]  # one-word names that need context


ActorForm = tuple[str, str, str]  # (folded form, country, actor id)


def _actor_forms(watchlist: Watchlist) -> tuple[ActorForm, ...]:
    forms = {
        (fold_case_kept(form), actor.country, actor.id)
        for actor in watchlist
        for form in surname_forms(actor)
    }
    return tuple(sorted(forms))


def _build(places: Mapping[str, CountryLike], actor_forms: tuple[ActorForm, ...]) -> _Indexes:
    insensitive: dict[str, tuple[str, int]] = {}
    sensitive: dict[str, tuple[str, str | None]] = {}
    for term, code in THEATRES.items():
        insensitive[term] = (code, _THEATRE)
    for country in places.values():
        TargetFinder.add_country(country, insensitive, sensitive)
    for term, code in INSTITUTIONS.items():
        insensitive.setdefault(term, (code, _NAME))
    for form, country_code, actor_id in actor_forms:
        sensitive.setdefault(form, (country_code, actor_id))
    hashtags = {k.replace(" ", "").replace("-", ""): v for k, v in insensitive.items()}
    weak = weak_forms(actor_forms)
    return _Indexes(
        insensitive, sensitive, hashtags, _compile(insensitive), CasedScanner(sensitive), weak
    )


@lru_cache(maxsize=16)
def _default_indexes(actor_forms: tuple[ActorForm, ...]) -> _Indexes:
    """Indexes over the shared gazetteer, cached per set of watchlist name forms."""
    return _build(load_places(), actor_forms)


class TargetFinder:
    """Compiled indexes of every way a post can point at a country or an actor."""

    def __init__(self, watchlist: Watchlist, places: Mapping[str, CountryLike] | None = None):
        self._watchlist = watchlist
        forms = _actor_forms(watchlist)
        indexes = _default_indexes(forms) if places is None else _build(places, forms)
        self._insensitive = indexes.insensitive
        self._sensitive = indexes.sensitive
        self._hashtags = indexes.hashtags
        self._insensitive_re = indexes.insensitive_re
        self._sensitive_re = indexes.sensitive_re
        self._weak = indexes.weak

    @staticmethod
    def add_country(
        country: CountryLike,
        insensitive: dict[str, tuple[str, int]],
        sensitive: dict[str, tuple[str, str | None]],
    ) -> None:
        ambiguous = {fold_token(a) for a in country.ambiguous}
        terms: list[tuple[str, int]] = [(c, _NAME) for c in country.capitals]
        for values in country.names.values():
            terms.extend((v, _NAME) for v in values)
        for values in country.demonyms.values():
            terms.extend((v, _DEMONYM) for v in values)
        for term, kind in terms:
            key = fold_token(term)
            if len(key) < 3:
                continue
            if key in ambiguous:
                if term[:1].isupper():
                    sensitive.setdefault(fold_case_kept(term), (country.code, None))
                continue
            insensitive.setdefault(key, (country.code, kind))
        for abbreviation in country.abbreviations:
            sensitive.setdefault(fold_case_kept(abbreviation), (country.code, None))

    def find(
        self,
        post: Post,
        text: str,
        folded: str,
        cased: str | None = None,
        *,
        bystanders: bool = True,
    ) -> list[Ref]:
        """Every reference in the post, in text order; metadata references at -1.
        ``bystanders=False`` skips telling victims and populations apart (no hostile cue)."""
        refs: list[Ref] = list(self._metadata_refs(post)) if post.mentions else []
        if "@" in text:
            for match in _HANDLE.finditer(text):
                actor = self._watchlist.by_handle(match.group(1), post.platform)
                if actor is not None:
                    refs.append(Ref(match.start(), actor.country, actor.id, end=match.end()))
        refs.extend(self._place_refs(folded, bystanders))
        cased = fold_case_kept(text) if cased is None else cased
        pending: list[tuple[int, int, str]] = []  # weak one-word names, resolved below
        for match in self._sensitive_re.finditer(cased):
            form = match.group()
            country, actor_id = self._sensitive[form]
            start, end = match.span()
            if actor_id is not None and _SAINT.search(folded, max(0, start - 7), start):
                continue  # "San Martín", "Saint-Martin": a place or a saint, not the minister
            if form in self._weak:
                pending.append((start, end, form))
                continue
            if actor_id is None and folded[start] == "a" and names_region(folded, start, end):
                continue
            victim = bystanders and _is_victim(_words_before(folded, start))
            refs.append(Ref(start, country, actor_id, True, victim, end))
        if pending:
            refs.extend(self._resolve_weak(pending, refs, folded, bystanders))
        if "#" in text:
            for match in _HASHTAG.finditer(folded):
                tagged = self._hashtags.get(match.group(1))
                if tagged is not None:
                    refs.append(Ref(match.start(), tagged[0], end=match.end()))
        refs.sort(key=_START)
        return _drop_nested(refs)

    def _place_refs(self, folded: str, bystanders: bool) -> list[Ref]:
        """Country names, demonyms, capitals and theatres (case-insensitive)."""
        found: list[Ref] = []
        table = self._insensitive
        for match in self._insensitive_re.finditer(folded):
            country, kind = table[match.group()]
            start, end = match.span()
            if kind == _NAME and folded[start] == "a" and names_region(folded, start, end):
                continue  # "Latin America", "América del Sur": a region, not the USA
            if kind == _NAME and (
                _TREATY_AFTER.match(folded, end, end + 16)
                or _TREATY_BEFORE.search(folded, max(0, start - 24), start)
            ):
                continue
            if kind == _THEATRE:
                found.append(Ref(start, country, None, False, False, end))
                continue
            bystander = country == "DEU" and bool(
                _NAZI_AFTER.match(folded, end, end + 8)
                or _NAZI_BEFORE.search(folded, max(0, start - 10), start)
            )
            if bystanders and not bystander:
                before = _words_before(folded, start)
                bystander = (_is_victim(before) and not _AGENT_NEXT.match(folded, end)) or (
                    kind == _DEMONYM and _is_people(folded, before, end)
                )
            found.append(Ref(start, country, None, True, bystander, end))
        return found

    def _resolve_weak(
        self, pending: list[tuple[int, int, str]], refs: list[Ref], folded: str, bystanders: bool
    ) -> Iterable[Ref]:
        """Weak names ("Sánchez", "Wong") that a title or the post's countries vouch for."""
        countries = {r.country for r in refs if r.strong}
        for start, end, form in pending:
            found = resolve(self._weak[form], countries, titled(folded, start, end))
            if found is not None:
                victim = bystanders and _is_victim(_words_before(folded, start))
                yield Ref(start, found[0], found[1], True, victim, end)

    def _metadata_refs(self, post: Post) -> Iterable[Ref]:
        for handle in post.mentions:
            actor = self._watchlist.by_handle(handle, post.platform)
            if actor is not None:
                yield Ref(-1, actor.country, actor.id)


def counterpart_refs(own: str | None, text: str) -> list[Ref]:
    """References by compass point to the other half of the author's divided nation."""
    if own not in COUNTERPARTS:
        return []
    pattern, other = COUNTERPARTS[own]
    return [Ref(m.start(), other, end=m.end()) for m in pattern.finditer(text)]


def _words_before(folded: str, start: int) -> list[str]:
    """Up to eight words just before ``start`` (nearest last)."""
    return [w.strip(_PUNCT) for w in folded[max(0, start - 96) : start].split()[-8:]]


def _is_victim(before: list[str]) -> bool:
    """'the invasion of', 'ataques contra', 'the war in the': the name that follows is hit.
    Where the place is the scene ("the murderous attacks by a violent extremist in New
    Zealand"), the act may be named further back."""
    words_ = list(before)
    if words_ and words_[-1] in _ARTICLES:
        words_.pop()
    if not words_ or words_[-1] not in _VICTIM_PREPOSITIONS:
        return False
    reach = 7 if words_[-1] in _SCENE_PREPOSITIONS else 3
    return any(w in _VICTIM_NOUNS for w in words_[-1 - reach : -1])


def _is_people(folded: str, before: list[str], end: int) -> bool:
    """'Palestinian protesters', 'o povo palestino', 'los palestinos'."""
    if _PEOPLE_AFTER.match(folded, end, end + 24):
        return True
    words_ = list(before)
    if not words_:
        return False
    if words_[-1] in _PLURAL_ARTICLES and folded[end - 1 : end] == "s":
        return True
    if words_[-1] in _ARTICLES:
        words_.pop()
    if words_ and words_[-1] in _LINKS:
        words_.pop()
    return bool(words_) and words_[-1] in _PEOPLE_NOUNS


def _compile(table: Mapping[str, object]) -> re.Pattern[str]:
    return re.compile(r"(?<![\w@#])" + trie_pattern(table) + r"(?![\w])")


def _drop_nested(refs: list[Ref]) -> list[Ref]:
    """Drop a reference lying inside a longer one ("Korea" inside "North Korea")."""
    if len(refs) < 2:
        return refs
    spans = [(r.start, r.end) for r in refs if r.start >= 0 and r.end > r.start]
    if len(spans) < 2:
        return refs
    return [
        r
        for r in refs
        if r.start < 0
        or not any(s <= r.start and r.end <= e and (e - s) > (r.end - r.start) for s, e in spans)
    ]
