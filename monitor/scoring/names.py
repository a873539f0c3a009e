"""When a one-word name form ("Sánchez", "Martin", "Wong") may stand for a watched person.

A surname that is also a very common surname or given name, an ordinary word, or the
name of watched people from two countries points at nobody on its own. Such a *weak*
form counts only with context: a title just before it ("President Sánchez", "el
presidente Sánchez", "M. Martin"), or the same post naming the person's country in
another way (a country name, demonym, capital, handle or the full name). A name opening the post
and followed by a comma addresses that person. A form shared by people of two countries
needs that country in the post.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from monitor.scoring.text import fold_token, words

# Very common surnames and given names across the regions the monitor watches; general
# knowledge, not the names of any evaluation scenario's people.
COMMON_NAMES = frozenset(
    words(
        "smith jones brown johnson williams miller davis wilson taylor thomas moore white "
        "harris clark lewis scott young king hall allen wright green baker adams hill "
        "martin martins peters peter peeters janssen jansen de jong jensen hansen nielsen "
        "andersen larsen johansson andersson karlsson nilsson olsen berg "
        "sanchez garcia rodriguez gonzalez fernandez lopez martinez perez gomez diaz "
        "hernandez ramirez torres flores rivera morales ortiz ruiz alvarez romero castro "
        "ortega vargas jimenez moreno munoz navarro ramos gil serrano molina suarez "
        "silva santos costa pereira oliveira ferreira souza sousa lima carvalho almeida "
        "ribeiro rocha alves gomes mendes barbosa araujo "
        "bernard dubois durand petit robert richard simon laurent michel leroy moreau "
        "lefebvre garnier roux fournier girard bonnet dupont "
        "muller mueller schmidt schneider fischer weber meyer wagner becker hoffmann "
        "herzog koch richter wolf "
        "rossi russo ferrari esposito bianchi romano colombo ricci "
        "ivanov petrov smirnov popescu popov novak nowak kowalski horvat pavel "
        "lee kim park choi chen wang li zhang liu yang huang zhao wu zhou lin wong "
        "chan ng tan lim ho nguyen tran le pham "
        "singh kumar sharma patel shah gupta "
        "khan ali ahmed ahmad hassan hussein husain mohamed mohammed muhammad mahmoud "
        "ibrahim ismail abdullah abdallah salman sharif rahman aziz karim omar "
        "yusuf youssef mustafa hamid nasser saleh"
    )
)

# Ordinary words that organisation names end with ("European Commission"): never a name.
ORDINARY = frozenset(
    words(
        "commission comision comissao service servicio servico union union agency agencia "
        "agence bureau administration administracion administracao cabinet gabinete "
        "parliament parlamento parlement assembly asamblea assembleia assemblee council "
        "president presidente minister ministro ministre secretary secretario secretaire "
        "spokesperson spokesman portavoz porta-voz porte-parole embassy chancellor "
        "chancellery cancilleria chancelaria court tribunal senate senado senat congress "
        "congreso congresso people party partido parti army navy"
    )
)

_TITLES = frozenset(
    words(
        "president presidente presidenta president. pres. pm premier prime minister "
        "ministro ministra ministre chancellor canciller chanceler chanceliere secretary "
        "secretario secretaria secretaire king rey rei roi queen reina rainha reine "
        "emir sheikh cheikh jeque prince principe crown taoiseach mr mr. mrs mrs. ms ms. "
        "sr sr. sra sra. senor senora senhor senhora don dona m. mme mme. monsieur madame "
        "dr dr. general gen. vice vicepresidente premier-ministre primer primeiro "
        "primeira mandatario mandataria dictator dictador ditador dictateur tyrant "
        "counterpart homologo homologue colleague colega"
    )
)
_WORD = re.compile(r"[\w.'-]+")


def weak_forms(forms: Iterable[tuple[str, str, str]]) -> dict[str, tuple[tuple[str, str], ...]]:
    """One-word forms that need context -> every (country, actor id) they may stand for.
    ``forms`` are (form, country, actor id) as the target finder indexes them."""
    owners: dict[str, set[tuple[str, str]]] = {}
    for form, country, actor in forms:
        if " " not in form.strip():
            owners.setdefault(form, set()).add((country, actor))
    weak: dict[str, tuple[tuple[str, str], ...]] = {}
    for form, who in owners.items():
        key = fold_token(form)
        countries = {country for country, _ in who}
        if key in COMMON_NAMES or key in ORDINARY or len(countries) > 1:
            weak[form] = tuple(sorted(who))
    return weak


def titled(folded: str, start: int, end: int) -> bool:
    """A title or honorific among the two words just before ``start``, or the name opening
    the post as whom it addresses ("Sánchez, ...": leaders address public figures)."""
    before = _WORD.findall(folded, max(0, start - 40), start)[-2:]
    if any(word in _TITLES for word in before):
        return True
    return not folded[:start].strip() and folded[end : end + 1] in (",", ":", "!")


def resolve(
    candidates: tuple[tuple[str, str], ...], countries: set[str], title: bool
) -> tuple[str, str] | None:
    """The (country, actor) a weak form stands for here, or None."""
    here = [c for c in candidates if c[0] in countries]
    if len({country for country, _ in here}) == 1:
        return here[0]
    if title and len({country for country, _ in candidates}) == 1:
        return candidates[0]
    return None
