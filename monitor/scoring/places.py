"""Place names the scorer needs beyond the shared gazetteer.

``INSTITUTIONS`` are seats of government used as metonyms ("the White House",
"the Kremlin"); ``THEATRES`` are territories whose mention, in a post with no
other foreign reference, points at the state that controls or fights there: war
zones, and dependent or autonomous territories whose affairs their sovereign answers
for ("Greenland is not for sale" is addressed to Copenhagen).
"""

from __future__ import annotations

import re

INSTITUTIONS: dict[str, str] = {
    "white house": "USA",
    "casa blanca": "USA",
    "casa branca": "USA",
    "maison blanche": "USA",
    "state department": "USA",
    "pentagon": "USA",
    "pentagono": "USA",
    "kremlin": "RUS",
    "kremlin's": "RUS",
    "kremlim": "RUS",
    "downing street": "GBR",
    "whitehall": "GBR",  # never "Foreign Office": Pakistan and Germany have one too
    "elysee": "FRA",
    "quai d'orsay": "FRA",
    "matignon": "FRA",
    "planalto": "BRA",
    "itamaraty": "BRA",
    "casa rosada": "ARG",
    "los pinos": "MEX",
    "palacio nacional": "MEX",
    "miraflores": "VEN",
    "palacio de narino": "COL",
    "casa de narino": "COL",
    "zhongnanhai": "CHN",
    "blue house": "KOR",
    "knesset": "ISR",
    "tel aviv": "ISR",
    # what Israel's adversaries call its state
    "zionist regime": "ISR",
    "zionist entity": "ISR",
    "regimen sionista": "ISR",
    "entidad sionista": "ISR",
    "regime sionista": "ISR",
    "regime sioniste": "ISR",
    "entite sioniste": "ISR",
    "bundestag": "DEU",
    "kanzleramt": "DEU",
    "moncloa": "ESP",
    "quirinale": "ITA",
    "chigi": "ITA",
    "south block": "IND",
    "rideau hall": "CAN",
    "parliament hill": "CAN",
}

THEATRES: dict[str, str] = {
    "gaza": "ISR",
    "gaza strip": "ISR",
    "franja de gaza": "ISR",
    "faixa de gaza": "ISR",
    "bande de gaza": "ISR",
    "west bank": "ISR",
    "cisjordania": "ISR",
    "cisjordanie": "ISR",
    "crimea": "RUS",
    "crimee": "RUS",
    "donbas": "RUS",
    "donbass": "RUS",
    # Dependent and autonomous territories, in the four languages (folded).
    "greenland": "DNK",
    "groenlandia": "DNK",
    "groenland": "DNK",
    "nuuk": "DNK",
    "faroe islands": "DNK",
    "islas feroe": "DNK",
    "ilhas faroe": "DNK",
    "iles feroe": "DNK",
    "hong kong": "CHN",
    "hongkong": "CHN",
    "macau": "CHN",
    "macao": "CHN",
    "tibet": "CHN",
    "tibete": "CHN",
    "xinjiang": "CHN",
    "gibraltar": "GBR",
    "falklands": "GBR",
    "falkland islands": "GBR",
    "malvinas": "GBR",
    "malouines": "GBR",
    "new caledonia": "FRA",
    "nueva caledonia": "FRA",
    "nova caledonia": "FRA",
    "nouvelle-caledonie": "FRA",
    "nouvelle caledonie": "FRA",
    "french polynesia": "FRA",
    "polynesie francaise": "FRA",
    "mayotte": "FRA",
    "martinique": "FRA",
    "guadeloupe": "FRA",
    "french guiana": "FRA",
    "guyane": "FRA",
    "puerto rico": "USA",
    "porto rico": "USA",
    "guam": "USA",
    "curacao": "NLD",
    "curazao": "NLD",
    "aruba": "NLD",
}

# "Latin America", "América del Sur", "Amérique latine": a region, not the United States.
_REGION_BEFORE = re.compile(
    r"(?:latin|south|central|north|meso|ibero|hispano|pan|nuestra|nossa|notre|our)[\s-]*$"
)
_REGION_AFTER = re.compile(
    r"[\s-]*(?:latina|latine|latin|del sur|do sul|du sud|central|centrale|del norte|do norte|"
    r"du nord|austral|andina|caribe)\b"
)


def names_region(folded: str, start: int, end: int) -> bool:
    """Whether the "America"/"Amérique" matched at ``start:end`` names a region."""
    if not folded.startswith("ameri", start):
        return False
    return bool(
        _REGION_BEFORE.search(folded, max(0, start - 12), start)
        or _REGION_AFTER.match(folded, end, end + 12)
    )


# A divided nation's halves call each other by a compass point: "the North" in Seoul's
# posts is Pyongyang, "the south" in Pyongyang's is Seoul.
COUNTERPARTS: dict[str, tuple[re.Pattern[str], str]] = {
    "KOR": (re.compile(r"(?<!\w)[Tt]he North(?!\w)"), "PRK"),
    "PRK": (re.compile(r"(?<!\w)[Tt]he [Ss]outh(?!\w)"), "KOR"),
}
