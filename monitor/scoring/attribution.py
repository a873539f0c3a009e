"""Which country each escalation cue is aimed at, and the reactions a post implies.

One event per (cue, target): the foreign states named in the cue's sentence, else the
post's addressees; acts reported of another country ("Russia's invasion") become
accusations against it; partners of a joint statement and victims are not targets.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from itertools import pairwise

from monitor.models import Event
from monitor.scoring.coder import Cue
from monitor.scoring.cues import HOSTILE_ACTS, POSITIVE
from monitor.scoring.rounding import rounder
from monitor.scoring.targets import Ref
from monitor.scoring.text import words
from monitor.scoring.triere import trie_pattern

_CUE_CHARS = 80
_round2 = rounder(2)
_MAX_EVENTS = 64  # a pathological post still yields a small Score
_REPORTED_ACT = -4.0  # an act reported of another country counts as an accusation
# "the words of President X are unacceptable": evidence that X's side said something
# hostile about the author's country, even where that was not posted on a watched account.
# Charges of distortion and falsehood are about words too ("what X said is a distortion").
_SPEECH_WORDS = frozenset(
    words(
        "words remark remarks statement statements comments declaration declarations phrase "
        "insult insults accusations allegations propos declaracion declaraciones palabras "
        "dichos expresiones insultos acusaciones declaracao declaracoes palavras falas "
        "manifestacoes acusacoes expressions paroles insultes claims assertions afirmaciones "
        "afirmacoes affirmations distortion distortions misrepresentation "
        "misrepresentations falsehoods mentiras mensonges letter lettre carta tirade tirades "
        "diatribe diatribes diatriba diatribas"
    )
) | {"qu'a dit", "qu'a declare", "lo que dijo", "lo que ha dicho", "o que disse"}  # + speaker
# protesting another country's acts implies them too: "the announcements by X are a threat"
_ACT_WORDS = words(
    "announcement announcements decision decisions measures provocation provocations anuncio "
    "anuncios decisiones medidas decisao decisoes annonce annonces mesures seizure seizures "
    "incautacion apreensao saisie"
)
# "X is threatening to attack us": threats against the author's country are X's hostility
# too, when the sentence names the author's side after them.
_THREAT_WORDS = frozenset(
    words(
        "threat threats threatened threatening threatens amenaza amenazas amenazando amenazo "
        "ameaca ameacas ameacando ameacou menace menaces menacant menacent"
    )
)
# the threat as words: "threatening to attack", "amenaza con", "menace de frapper" (not
# "a threat to the security of" or "threatening the lives of", which describe conduct)
_THREAT_TO_ACT = re.compile(r"\s+(?:to|con|de|com|d')\s+(?!the\b|our\b|us\b|la\b|el\b|a\b|o\b)\w")
_US_AFTER = re.compile(r"(?<!\w)(?:us|our|nos|nous|nuestr[oa]s?|noss[oa]s?|notre)(?!\w)")
# "Statement of Kim Yo Jong: ...", "Press statement by the Ministry ...": the author's own
# words announced in a heading, not words it protests.
_HEADER = re.compile(
    r"\s*(?:\w+\s+){0,2}(?i:statement|declaration|communiqu[eé]|declaraci[oó]n|declara[cç][aã]o)"
    r"\s+(?:of|by|de|du|da|do|del)\s+(?:the\s+|la\s+|el\s+|le\s+|o\s+|a\s+)?[A-Z]"
)
_OF_POWER = re.compile(r"\s+of\s+power(?!\w)")
_REACTION = re.compile(
    r"(?<!\w)" + trie_pattern([*_SPEECH_WORDS, *_ACT_WORDS, *_THREAT_WORDS]) + r"(?!\w)"
)


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


def attach_targets(
    cues: list[Cue],
    refs: list[Ref],
    sentences: list[tuple[int, int]],
    own: str | None,
    text: str,
    folded: str,
    provoker: Callable[[], str | None] = lambda: None,
) -> list[Event]:
    """One event per (cue, target): the foreign states named in the cue's sentence, else
    the post's addressees. Populations ("Palestinian protesters") are never the target
    of a hostile cue: they are who it is about, not whom it is aimed at."""
    foreign = _hosts_as_bystanders([r for r in refs if r.country != own], refs, own, folded)
    own_ends = [r.end for r in refs if r.country == own and r.end >= 0]
    addressees: list[str | None] | None = None  # computed once, when first needed
    # (event, aimed only because the post addresses it, start of its sentence)
    placed: list[tuple[Event, bool, int]] = []
    # the states a sentence aims at and its partners: cues of one sentence share them
    aim_of: Callable[[int, int, bool], tuple[list[str], set[str]]] = functools.partial(
        _cached_aim, {}, foreign, folded, own_ends
    )
    for cue in _outside_names(cues, sentences, text):
        if _not_own_territory(cue, folded, refs, own):
            continue
        if cue.cls in HOSTILE_ACTS:
            actor = _reported_actor(cue, foreign, folded)
            suffered = cue.cls != "RECALL" and _DONE_TO_US.match(folded, cue.end)
            if actor is not None or suffered:
                # "Russia's invasion", "los aranceles estadounidenses": an act the author
                # reports and holds against its actor, not an act of the author's own;
                # "the expulsion of our diplomats": an act suffered, held against its
                # unnamed actor ("the recall of our ambassador" is the author's own act).
                cue = Cue("ACCUSE", _REPORTED_ACT, cue.start, cue.end, cue.negated, cue.hedged)
                if actor is not None and not cue.negated:
                    placed.append((_event(cue, actor, text), False, cue.start))
                    continue
        lo, hi = _sentence_of(cue.start, sentences)
        hostile = cue.weight < 0
        here, partners = aim_of(lo, hi, hostile)
        targets: list[str | None]
        if here:
            targets = list(here)
        elif hostile and _about_a_scene_or_joint(foreign, folded, lo, hi, cue.start):
            targets = [None]
        else:
            if addressees is None:
                addressees = list(sorted(_addressees(foreign))) or [None]
            targets = addressees
            if targets == [None] and hostile:
                # Several states, none in this sentence: the one named last before it
                # ("Isn't Norway the one that hunts whales? It has nothing to teach us."),
                # never one named as the author's partner ("Together with X we ask...").
                allied = _partners_before(cue.start, sentences, foreign, aim_of)
                targets = [_last_named(foreign, cue.start, provoker(), allied)]
            targets = [t for t in targets if t not in partners] or [None]
        fallback = not here
        for target in targets:
            placed.append((_event(cue, target, text), fallback, lo))
        if len(placed) >= _MAX_EVENTS:
            break
    # "Spoke with @X about the terror attack; we stand together against terrorism": hostile
    # words that reach a partner only as the post's addressee are not aimed at a partner
    # the same post treats as a friend. Praise inside a rebuke makes no friend ("this is
    # not how you address your close allies").
    rebuked = {lo for e, _, lo in placed if e.weight < 0}
    friends = {
        e.target
        for e, fb, lo in placed
        if e.weight > 0
        and e.cls in POSITIVE
        and not fb
        and not (e.cls == "PRAISE" and lo in rebuked)
    }
    # "Congratulations to the dictator on his fake election": praise in the same sentence as
    # an insult to the same target is sarcasm, not cooperation.
    insulted = {(lo, e.target) for e, _, lo in placed if e.cls == "INSULT"}
    # "Moved by the messages of solidarity from X after the cowardly attack": condolences
    # and solidarity are never sarcastic, and the hostile words beside them describe what
    # was suffered, not X.
    consoled = _consoled(placed, foreign, sentences)
    if not friends and not insulted and not consoled:
        return [e for e, _, _ in placed[:_MAX_EVENTS]]
    events = [
        e
        for e, fallback, lo in placed
        if not (fallback and e.weight < 0 and e.target in friends and e.cls not in _ANSWERING)
        and not (e.weight > 0 and (lo, e.target) in insulted and (lo, e.target) not in consoled)
        and not (e.weight < 0 and (lo, e.target) in consoled)
    ]
    return events[:_MAX_EVENTS]


# "Éléments Nationaux de Soutien", "Ministry of Foreign Affairs and Cooperation": a
# capitalised cue that continues a capitalised name is part of that name.
_NAME_BEFORE = re.compile(
    r"(?:^|\s)[A-ZÀ-Þ][\w'’.-]*\s+(?:(?:of|for|and|de|des|du|del|do|da|dos|das|et|y|e|pour|"
    r"para|por|the|la|le|les|el)\s+){0,2}$"
)


def _outside_names(cues: list[Cue], sentences: list[tuple[int, int]], text: str) -> list[Cue]:
    return [
        cue
        for cue in cues
        if cue.weight <= 0
        or not text[cue.start : cue.start + 1].isupper()
        or not _inside_a_name(text, _sentence_of(cue.start, sentences)[0], cue.start)
    ]


# "the road lies within the territory of Y", "an island that belongs to Y": territory
# affirmed as Y's rejects a rival claim when Y is the author's state, and takes no side
# against anyone when Y is another's ("Crimea is an integral part of Ukraine") or is no
# state at all ("an integral part of our partnership").
_AFFIRMED_OWNER = re.compile(
    r"(?:territory|borders|boundaries|territorio|integrante|integral|inalienable|inseparable|"
    r"indivisible|inalienavel|indissociavel)(?: parts?)? (?:of|de|del|du|des|do|da)$"
    r"|(?:pertenecen?|pertencem?|appartien\w*|belongs?|belonging) (?:to|a|au|ao|a la)$"
)


def _not_own_territory(cue: Cue, folded: str, refs: list[Ref], own: str | None) -> bool:
    if cue.cls != "REJECT" or not _AFFIRMED_OWNER.search(folded, cue.start, cue.end):
        return False
    owners = {r.country for r in refs if cue.end <= r.start < cue.end + 25}
    return owners != {own}


# "Australian representatives to the Palestinian Authority", "the visas of Australia's
# envoys to X": X only hosts the diplomats an act is about.
_POSTED_TO = re.compile(
    r"(?:'s?)?\s+(?:\w+\s+)?(?:representatives?|envoys?|ambassadors?|diplomats|embassy|"
    r"mission|consuls?|representantes|embajador(?:es)?|embaixador(?:es)?|ambassadeurs?|"
    r"representants)\s+(?:to|in|at|ante|en|em|junto a|aupres de|a)\s+(?:the\s+|la\s+|el\s+|l')?$"
)
# one quick scan first: most posts name no diplomat and recognise no state
_RECOGNISING = re.compile(trie_pattern(["recogni", "reconoc", "reconhec", "reconna"]))
_DIPLOMATS = re.compile(
    trie_pattern(words("represent envoy ambassad diplomat embass mission consul embajad embaixad"))
)
_OF_BEFORE = re.compile(r"(?:of|de|do|da|del|du|des)\s+(?:the\s+)?$")
# "the decision to recognise Palestine", "decidió reconocer a Palestina": the state
# recognised is no target (unless refused: "we refuse to recognise X")
_RECOGNISED = re.compile(
    r"(?:decision|decided|decides|decide|will|shall|to|decidio|decidiu|decide de)\s+"
    r"(?:formally\s+|officially\s+)?(?:recogni[sz]e|reconocer|reconhecer|reconnaitre)\s+"
    r"(?:the\s+state\s+of\s+|el\s+estado\s+de\s+|l'etat\s+de\s+|o\s+estado\s+da?\s+|"
    r"a\s+|la\s+|l')?['\"]?$"
)
_REFUSED_BEFORE = re.compile(r"(?<!\w)(?:not|never|refus\w*|no|nunca|jamas|jamais|pas|nao)(?!\w)")


def _hosts_as_bystanders(
    foreign: list[Ref], refs: list[Ref], own: str | None, folded: str
) -> list[Ref]:
    """Foreign references that are no target: a state recognised, or where another state's
    diplomats serve: after a foreign state's diplomats, or after the author's own as the
    object of an act ("the visas of our country's envoys to X"; not "we recall our
    country's ambassador to X")."""
    if not foreign:
        return foreign
    recognising = _RECOGNISING.search(folded) is not None
    posting = len(refs) > 1 and _DIPLOMATS.search(folded) is not None
    if not (recognising or posting):  # most posts: nothing to look for
        return foreign
    hosts = set()
    for ref in foreign:
        if (
            recognising
            and _RECOGNISED.search(folded, max(0, ref.start - 60), ref.start)
            and not folded.startswith("'s", ref.end)
            and not _REFUSED_BEFORE.search(folded, max(0, ref.start - 40), ref.start)
        ):
            hosts.add(ref.start)
            continue
        for other in refs if posting else ():
            if not (0 <= other.end <= ref.start <= other.end + 48):
                continue
            if not _POSTED_TO.match(folded, other.end, ref.start):
                continue
            if other.country != own or _OF_BEFORE.search(
                folded, max(0, other.start - 9), other.start
            ):
                hosts.add(ref.start)
    if not hosts:
        return foreign
    return [r._replace(bystander=True) if r.start in hosts else r for r in foreign]


def _inside_a_name(text: str, sentence_start: int, start: int) -> bool:
    """The capitalised word at ``start`` continues a capitalised name."""
    before = text[max(sentence_start, start - 48) : start]
    match = _NAME_BEFORE.search(before)
    # the name must not be just the sentence's first word
    return match is not None and text[sentence_start:start].strip() != match.group().strip()


# Counter-measures are never words of sympathy: "we will answer by reciprocity" reaches
# the addressee even in a post that also praises its cooperation.
_ANSWERING = frozenset({"RETALIATE", "SANCTION"})


def _consoled(
    placed: list[tuple[Event, bool, int]], foreign: list[Ref], sentences: list[tuple[int, int]]
) -> set[tuple[int, str | None]]:
    """(sentence, country) pairs of condolences and solidarity, except a people's whose
    sentence names its state apart ("we stand with the Cuban people ... oppressed by
    Cuba's authoritarian regime"): that sympathy is for the people, the charges for the
    state."""
    consoled = set()
    for e, _, lo in placed:
        if e.weight > 0 and (
            e.cls == "CONDOLE" or (e.cls == "COOPERATE" and _SIDING.search(e.cue))
        ):
            hi = _sentence_of(lo, sentences)[1]
            here = [r for r in foreign if r.country == e.target and lo <= r.start < hi]
            apart = any(r.bystander for r in here) and any(
                r.strong and not r.bystander for r in here
            )
            if not apart:
                consoled.add((lo, e.target))
    return consoled


# A COOPERATE cue that sides with someone ("solidarity", "stands with", "stood by").
_SIDING = re.compile(r"(?i)olidar|stand|stood|c[oô]t[eé]|lado|junto")


def _sentence_aim(
    foreign: list[Ref], folded: str, lo: int, hi: int, own_ends: list[int], hostile: bool
) -> tuple[list[str], set[str]]:
    """(the foreign states a cue in sentence ``lo:hi`` is aimed at, the sentence's partners).

    A hostile cue is aimed past the partners; a friendly one ("in solidarity with X, we
    expel Y's diplomats") at the partners alone, when the sentence has any."""
    partners = _partners(foreign, folded, lo, hi, own_ends)
    if partners and not hostile:
        return sorted(partners), partners
    here = sorted(
        {
            r.country
            for r in foreign
            if r.strong
            and lo <= r.start < hi
            and not (hostile and r.bystander)
            and r.country not in partners
        }
    )
    return here, partners


# "together with France", "junto a Chile", "aux côtés du Brésil": a country acting beside
# the author; plain "with/con/com/avec" only where it opens the sentence ("Con Chile
# condenamos...") or follows a conversation verb ("spoke with", "conversé con").
# then an article or up to two title words ("with President Macron")
_ARTICLE_AFTER = (
    r"\s+(?:the\s+|el\s+|la\s+|le\s+|l'|o\s+|a\s+|os\s+|les\s+|du\s+|do\s+|da\s+)?"
    r"(?:[\w.]+\s+){0,2}$"
)
# Acting jointly: a partner even when the sentence names no other country ("Together
# with France, we condemn the attack").
_JOINTLY = re.compile(
    r"(?<!\w)(?:together with|jointly with|alongside|along with|in (?:close )?coordination with|"
    r"in concert with|en coordinacion con|en coordination avec|em coordenacao com|"
    r"de concert avec|junto a|junto con|juntamente con|"
    r"conjuntamente con|junto com|juntamente com|ao lado d[aeo]|aux cotes d[eu]|"
    r"conjointement avec|(?:in |en |em )?solidarity with|(?:en |em )?solidaridad con|"
    r"(?:en |em )?solidariedade (?:com|a|ao|aos)|solidari[oa]s? con|solidari[oa]s? com|"
    r"(?:en )?solidarite avec|solidaires? (?:avec|de|du|des)|"
    r"(?:friendship|brotherhood|amistad|hermandad|amizade|irmandade|amitie|fraternite) "
    r"(?:with|con|com|avec)|on the side of|(?:del|al) lado de(?:l)?|du cote d[eu]|"
    r"do lado d[aeo]|joint statement with|declaracion conjunta con|"
    r"declaration conjointe avec|declaracao conjunta com)" + _ARTICLE_AFTER
)
# Talking with: a partner only beside another country the sentence names ("Spoke with
# President X about Russia's attack"); alone, the talk may be the quarrel itself.
_TALKED_WITH = re.compile(
    r"(?<!\w)(?:(?:spoke|speak|talked|met|call|conversation|meeting|talks) with|"
    r"(?:hable|conversamos|converse|conversei|reunion|reuniao|llamada|telefonema|"
    r"entretenu|entretien|echange) (?:con|com|avec))" + _ARTICLE_AFTER
)
_OPENING_WITH = re.compile(r"\W*(?:with|con|com|avec)" + _ARTICLE_AFTER)


# "the Japan-U.S. alliance", "la alianza entre Brasil y ...", "the Japan-Philippines 2+2":
# a country named as half of a partnership or a meeting, not as the target of the
# sentence's condemnation.
_ALLIED_AFTER = re.compile(
    r"(?:[-/][\w.]+)?\s*(?:alliance|partnership|friendship|cooperation|relationship|ties|"
    r"alianza|amistad|cooperacion|alianca|parceria|amizade|cooperacao|partenariat|amitie|"
    r"2\+2|summit|joint statement|joint declaration|ministerial|cumbre|sommet|cupula|"
    r"declaracion conjunta|declaration conjointe|declaracao conjunta)"
    r"(?!\w)"
)
# "Brasil e Colômbia rejeitam...", "Spain, Morocco and Portugal condemn...": joint
# subjects with the author's country, or a partner's list going on.
_LIST_GOES_ON = re.compile(
    r"\s*(?:,|and|y|e|et|&)\s*(?:the\s+|el\s+|la\s+|l'|le\s+|o\s+|a\s+|os\s+|les\s+)?"
    r"(?:(?:president|prime minister|chancellor|minister|presidente|primer ministro|"
    r"premier ministre|primeiro-ministro|chanceler|chanciller)\s+)?$"
)


def _partners(foreign: list[Ref], folded: str, lo: int, hi: int, own_ends: list[int]) -> set[str]:
    """Countries the sentence names beside the author rather than against it: half of a
    partnership ("the Japan-U.S. alliance"), joint subject with the author's country
    ("Brasil e Colômbia rejeitam"), acting jointly with the author ("Together with
    France we condemn..."), or, when the sentence names another country too, talked
    with ("Spoke with X about Y's attack"); alone ("talks with X broke down") such a
    country is still a target."""
    in_sentence = [r for r in foreign if lo <= r.start < hi]
    if not in_sentence:
        return set()
    partners = {
        r.country
        for r in in_sentence
        if (r.end >= 0 and _ALLIED_AFTER.match(folded, r.end, r.end + 40))
        or _JOINTLY.search(folded, max(lo, r.start - 32), r.start)
        or any(
            0 <= r.start - end <= 8 and _LIST_GOES_ON.match(folded, end, r.start)
            for end in own_ends
        )
    }
    if len(in_sentence) >= 2:
        accompanying = {
            r.country
            for r in in_sentence
            if _TALKED_WITH.search(folded, max(lo, r.start - 32), r.start)
            or (r.start - lo < 60 and _OPENING_WITH.match(folded, lo, r.start))
        }
        if {r.country for r in in_sentence} - accompanying:
            partners |= accompanying
    if partners and len(in_sentence) >= 2:
        # "in coordination with Canada and the United Kingdom": the partner's list goes on
        ordered = sorted(in_sentence, key=lambda r: r.start)
        for before, ref in pairwise(ordered):
            if (
                before.country in partners
                and before.end >= 0
                and _LIST_GOES_ON.match(folded, before.end, ref.start)
            ):
                partners.add(ref.country)
    return partners


def reactions(
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
        threat = match.group() in _THREAT_WORDS
        if threat and not (
            _THREAT_TO_ACT.match(folded, match.end())
            and _against_us(folded, refs, own, match.end(), hi)
        ):
            continue
        if match.start() - lo < 20 and _HEADER.match(text, lo, match.end() + 40):
            continue
        if _OF_POWER.match(folded, match.end()):
            continue  # "the seizure of power in X": a coup, no act against the author
        after = [r for r in candidates if match.end() <= r.start < min(hi, match.end() + 60)]
        before = [r for r in candidates if max(lo, match.start() - 50) <= r.start < match.start()]
        speaker = after[0] if after else before[-1] if before else None
        country = speaker.country if speaker is not None else None
        if country is None and len(hostile) == 1 and (threat or match.group() in _SPEECH_WORDS):
            # "Calling us a nation of fascists is a bizarre remark": words protested with
            # no speaker named beside them are the words of the one country the post
            # is hostile to.
            [country] = hostile
        if country is None or country not in hostile or country in found:
            continue
        third = (r for r in refs if r.bystander and r.country not in (own, country))
        if any(lo <= r.start < hi for r in third):
            # "remarks by an Israeli minister denying the existence of the Palestinian
            # people": words about a third people, not hostility toward the author.
            continue
        cue = text[match.start() : min(hi, match.end() + 50)].strip()
        cue = cue if len(cue) < 50 else cue[: cue.rfind(" ")]
        found[country] = Event(cls="REACTION", cue=cue, weight=0.0, target=country)
    return list(found.values())


def _against_us(folded: str, refs: list[Ref], own: str | None, start: int, end: int) -> bool:
    """The author's country, or "us/our", named between ``start`` and ``end``."""
    if own is not None and any(r.country == own and start <= r.start < end for r in refs):
        return True
    return _US_AFTER.search(folded, start, end) is not None


def protests_words(folded: str, sentences: list[tuple[int, int]], protests: list[int]) -> bool:
    """A sentence with a hostile cue names words ("these remarks are absurd"): the post
    answers something said."""
    for match in _REACTION.finditer(folded):
        if match.group() in _SPEECH_WORDS:
            lo, hi = _sentence_of(match.start(), sentences)
            if any(lo <= start < hi for start in protests):
                return True
    return False


# "condemns the attack that killed our nationals in X": X is the scene; "both sides
# condemned the attack": the author and its addressee speak together.
_SCENE_BEFORE = re.compile(
    r"(?:in|en|em|au|aux|dans|na|no|nas|nos)\s+(?:the\s+|la\s+|le\s+|el\s+|l')?$"
)
_BOTH_SIDES = re.compile(
    r"(?<!\w)(?:both|the two) (?:sides|countries|leaders|governments|ministers|nations)|"
    r"(?:ambas|las dos|as duas) partes|(?:ambos|los dos|os dois) (?:paises|gobiernos|governos)|"
    r"les deux (?:parties|pays|gouvernements|ministres)(?!\w)"
)


def _about_a_scene_or_joint(foreign: list[Ref], folded: str, lo: int, hi: int, start: int) -> bool:
    """A hostile sentence naming no target that is about a scene (a state named only as
    where it happened) or spoken jointly with the addressee: it reaches no one."""
    if _BOTH_SIDES.search(folded, lo, start):
        return True
    return any(
        lo <= r.start < hi
        and r.bystander
        and _SCENE_BEFORE.search(folded, max(lo, r.start - 12), r.start)
        for r in foreign
    )


def _cached_aim(
    aims: dict[tuple[int, int, bool], tuple[list[str], set[str]]],
    foreign: list[Ref],
    folded: str,
    own_ends: list[int],
    lo: int,
    hi: int,
    hostile: bool,
) -> tuple[list[str], set[str]]:
    key = (lo, hi, hostile)
    aim = aims.get(key)
    if aim is None:
        aim = aims[key] = _sentence_aim(foreign, folded, lo, hi, own_ends, hostile)
    return aim


def _partners_before(
    start: int,
    sentences: list[tuple[int, int]],
    foreign: list[Ref],
    aim_of: Callable[[int, int, bool], tuple[list[str], set[str]]],
) -> set[str]:
    """The states named as the author's partners in the sentences before ``start``."""
    return {
        country
        for lo, hi in sentences
        if lo < start and any(lo <= r.start < hi for r in foreign)
        for country in aim_of(lo, hi, True)[1]
    }


def _last_named(
    foreign: list[Ref], before: int, provoker: str | None, partners: set[str]
) -> str | None:
    """The state named last before ``before`` and not as a partner; the recent provoker if
    it is among them ("we discussed this with Ecuador; Sweden wants him. We can revoke
    their status")."""
    named = [
        r
        for r in foreign
        if r.strong and not r.bystander and 0 <= r.start < before and r.country not in partners
    ]
    if provoker is not None and any(r.country == provoker for r in named):
        return provoker
    return max(named, key=lambda r: r.start).country if named else None


def _event(cue: Cue, target: str | None, text: str) -> Event:
    snippet = text[cue.start : cue.end][:_CUE_CHARS]
    return Event(
        cls=cue.cls,
        cue=f'"{snippet}"' if cue.quoted else snippet,
        weight=_round2(cue.weight),
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


# English verb forms of an act: a nationality after them is its object, not its actor.
_VERB_FORMS = ("ing", "ed")


def _reported_actor(cue: Cue, foreign: list[Ref], folded: str) -> str | None:
    """The country whose act a sanction/force cue reports: "X's tariffs", "tariffs X-ish"."""
    for ref in foreign:
        if ref.bystander or ref.end < 0:
            continue
        if 0 <= cue.start - ref.end <= 3 and _POSSESSIVE.match(folded, ref.end, cue.start):
            return ref.country
        if (
            0 < ref.start - cue.end <= 1
            and folded[cue.end : ref.start].isspace()
            and not folded.endswith(_VERB_FORMS, cue.start, cue.end)
        ):
            return ref.country  # "los aranceles estadounidenses"; not "expelling Russian ..."
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
