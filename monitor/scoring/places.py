"""Place names the scorer needs beyond the shared gazetteer.

``INSTITUTIONS`` are seats of government used as metonyms ("the White House",
"the Kremlin"); ``THEATRES`` are territories whose mention, in a post with no
other foreign reference, points at the state that controls or fights there.
``FALLBACK`` is a small stand-in used only when ``monitor.gazetteer`` is absent.
"""

from __future__ import annotations

from dataclasses import dataclass, field

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
    "whitehall": "GBR",
    "foreign office": "GBR",
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
}


@dataclass(frozen=True)
class Place:
    """The fields of ``monitor.gazetteer.Country`` that the scorer reads."""

    code: str
    names: dict[str, list[str]]
    demonyms: dict[str, list[str]] = field(default_factory=dict)
    capitals: list[str] = field(default_factory=list)
    abbreviations: list[str] = field(default_factory=list)
    ambiguous: list[str] = field(default_factory=list)


def _place(code: str, names: str, demonyms: str = "", capitals: str = "", abbr: str = "") -> Place:
    def split(text: str) -> list[str]:
        return [part.strip() for part in text.split(",") if part.strip()]

    return Place(
        code=code,
        names={"en": split(names)},
        demonyms={"en": split(demonyms)},
        capitals=split(capitals),
        abbreviations=split(abbr),
    )


FALLBACK: dict[str, Place] = {
    p.code: p
    for p in (
        _place(
            "USA",
            "United States, United States of America, America, Estados Unidos, États-Unis",
            "American, Americans, estadounidense, estadounidenses, norteamericano, "
            "norteamericanos, norteamericana, americano, américain, américaine",
            "Washington",
            "US, U.S., USA, EE.UU., EEUU, EUA",
        ),
        _place(
            "COL",
            "Colombia, Colômbia, Colombie",
            "Colombian, colombiano, colombianos, colombiana, colombianas, colombien, colombienne",
            "Bogotá, Bogota",
        ),
        _place(
            "MEX",
            "Mexico, México, Mexique",
            "Mexican, mexicano, mexicanos, mexicana, mexicanas, mexicain",
            "Mexico City, Ciudad de México",
        ),
        _place(
            "BRA",
            "Brazil, Brasil, Brésil",
            "Brazilian, brasileño, brasileiro, brasileira, brasileiros, brésilien",
            "Brasília, Brasilia",
        ),
        _place(
            "ISR",
            "Israel, Israël",
            "Israeli, Israelis, israelí, israelense, israelenses, israélien, israélienne",
            "Jerusalem, Jerusalén, Jérusalem, Tel Aviv",
        ),
        _place(
            "TUR",
            "Turkey, Türkiye, Turquía, Turquia, Turquie",
            "Turkish, Turk, Turks, turco, turca, turcos, turc, turque",
            "Ankara",
        ),
        _place(
            "CAN",
            "Canada, Canadá",
            "Canadian, Canadians, canadiense, canadense, canadien, canadienne",
            "Ottawa",
        ),
        _place(
            "SAU",
            "Saudi Arabia, Kingdom of Saudi Arabia, Arabia Saudita, Arábia Saudita, "
            "Arabie saoudite",
            "Saudi, Saudis, saudí, saudita, saoudien, saoudienne",
            "Riyadh, Riad",
        ),
        _place(
            "SLV",
            "El Salvador, Salvador",
            "Salvadoran, salvadoreño, salvadoreños, salvadorenho, salvadorien",
            "San Salvador",
        ),
        _place(
            "GRC",
            "Greece, Grecia, Grécia, Grèce",
            "Greek, griego, grego, grec, grecque",
            "Athens, Atenas, Athènes",
        ),
        _place(
            "FRA",
            "France, Francia, França",
            "French, francés, francês, français, française",
            "Paris",
        ),
        _place(
            "GBR",
            "United Kingdom, Britain, Great Britain, Reino Unido, Royaume-Uni",
            "British, Briton, británico, britânico, britannique",
            "London, Londres",
            "UK, U.K.",
        ),
        _place("CUB", "Cuba", "Cuban, cubano, cubain", "Havana, La Habana, Havane"),
        _place("SYR", "Syria, Siria, Síria, Syrie", "Syrian, sirio, sírio, syrien", "Damascus"),
        _place(
            "RUS",
            "Russia, Rusia, Rússia, Russie",
            "Russian, ruso, russo, russe",
            "Moscow, Moscú, Moscou",
        ),
        _place(
            "CHN",
            "China, Chine",
            "Chinese, chino, chinês, chinois",
            "Beijing, Pekín, Pequim, Pékin",
        ),
        _place("UKR", "Ukraine, Ucrania, Ucrânia", "Ukrainian, ucraniano, ukrainien", "Kyiv, Kiev"),
        _place("VEN", "Venezuela", "Venezuelan, venezolano, venezuelano, vénézuélien", "Caracas"),
        _place(
            "ARG",
            "Argentina, Argentine",
            "Argentine, Argentinian, argentino, argentin",
            "Buenos Aires",
        ),
        _place("CYP", "Cyprus, Chipre, Chypre", "Cypriot, chipriota, chypriote", "Nicosia"),
        _place(
            "PSE",
            "Palestine, Palestina",
            "Palestinian, Palestinians, palestino, palestinos, palestiniano, palestinien",
            "Ramallah",
        ),
    )
}
