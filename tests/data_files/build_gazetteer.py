"""Build monitor/data/gazetteer.json from gazetteer_source.txt, CLDR and ISO 3166 names.

Dev-only: needs ``babel`` and ``pycountry`` (``pip install babel pycountry`` in a scratch
venv), which diplomon itself does not depend on. Run from the repository root:

    python tests/data_files/build_gazetteer.py

The committed JSON is the product; this script documents how it was made.
"""

from __future__ import annotations

import gettext
import json
import re
import unicodedata
from pathlib import Path
from typing import Any

import pycountry
from babel import Locale

HERE = Path(__file__).resolve().parent
SOURCE = HERE / "gazetteer_source.txt"
OUTPUT = HERE.parent.parent / "monitor" / "data" / "gazetteer.json"
LANGS = ("en", "es", "pt", "fr")
CLDR_LOCALES = {"en": ["en"], "es": ["es"], "pt": ["pt", "pt_PT"], "fr": ["fr"]}
ISO_LOCALES = {"es": ["es"], "pt": ["pt", "pt_BR"], "fr": ["fr"]}
ALPHA2_EXTRA = {"XKX": "XK", "EUU": "EU"}
# CLDR/ISO names that are wrong or political for these codes; the source gives them.
SKIP_STANDARD = {"COD", "COG", "PSE", "TWN"}
NO_ASCII_VARIANT = {"Malé", "Irã", "Amã", "Amán"}
# Mistranslations found in the iso-codes catalogues.
BAD_NAMES = {"República Islâmica do Paquistão": "AFG"}

ABBREVIATIONS: dict[str, list[str]] = {
    "USA": [
        "US",
        "U.S.",
        "USA",
        "U.S.A.",
        "EE.UU.",
        "EE. UU.",
        "EEUU",
        "EUA",
        "E.U.A.",
        "É.-U.",
        "E.-U.",
        "the US",
        "the U.S.",
    ],
    "GBR": ["UK", "U.K.", "the UK"],
    "RUS": ["RU", "RF"],
    "CHN": ["PRC", "RPC"],
    "PRK": ["DPRK", "RPDC"],
    "KOR": ["ROK"],
    "COD": ["DRC", "RDC"],
    "ARE": ["UAE", "U.A.E.", "EAU", "E.A.U."],
    "SAU": ["KSA"],
    "EUU": ["EU", "E.U.", "UE"],
    "TWN": ["ROC"],
    "ZAF": ["RSA"],
    "NZL": ["NZ"],
    "BIH": ["BiH"],
    "CAF": ["CAR", "RCA"],
}

# Also common words, person names or other places. Demonym bases expand to all forms.
AMBIGUOUS: dict[str, list[str]] = {
    "TUR": ["Turkey"],
    "TCD": ["Chad"],
    "GEO": ["Georgia", "Géorgie", "Geórgia", "Georgian", "georgiano", "géorgien"],
    "GIN": ["Guinea"],
    "NER": ["Niger"],
    "COG": ["Congo", "Congolese", "congoleño", "congolês", "congolais"],
    "COD": ["Congo", "Congolese", "congoleño", "congolês", "congolais"],
    "DNK": ["Dane"],
    "FIN": ["Finn"],
    "SWE": ["Swede"],
    "IRN": ["Irã"],
    "JOR": ["Jordan", "Amán", "Amã"],
    "GHA": ["Gana"],
    "QAT": ["Catar"],
    "LCA": ["Santa Lucía", "Santa Lúcia", "Sainte-Lucie"],
    "USA": ["americano", "Amérique", "Norteamérica", "Uncle Sam", "Tío Sam", "Oncle Sam"],
    "KOR": ["Korea", "Corea", "Coreia", "Corée", "Korean", "coreano", "coréen"],
    "MKD": [
        "Macedonia",
        "Macedônia",
        "Macedónia",
        "Macédoine",
        "Macedonian",
        "macedonio",
        "macedônio",
        "macedónio",
        "macédonien",
    ],
    "IND": ["Indian", "indio", "hindú", "indien", "indiano"],
    "GBR": [
        "England",
        "Inglaterra",
        "Angleterre",
        "inglés",
        "inglês",
        "anglais",
        "Number 10",
        "No 10",
        "Westminster",
    ],
    "EUU": ["European", "europeo", "europeu", "européen"],
    "CHL": ["Santiago"],
    "CRI": ["San José", "Zapote"],
    "GUY": ["Georgetown"],
    "CPV": ["Praia"],
    "MDV": ["Malé"],
    "PER": ["Lima"],
    "ITA": ["Roma"],
    "JAM": ["Kingston"],
    "SYC": ["Victoria"],
    "BGR": ["Sofia", "Sofía", "Sófia"],
    "BOL": ["La Paz", "Sucre"],
    "NLD": ["The Hague", "La Haya", "Haia", "La Haye", "Hollande"],
    "ATG": ["Antigua", "St. John's", "Saint John's"],
    "GRD": ["Granada", "Grenade", "granadino"],
    "VEN": ["Miraflores"],
    "MUS": ["Mauricio", "Maurício", "Maurice", "Maurícia"],
    "NZL": ["Kiwi"],
    "POL": ["Pole"],
    "ECU": ["Ecuador", "Equador", "Équateur"],
    "TTO": ["Trinidad"],
    "MNG": ["mongol"],
    "ISR": ["israelita"],
    "SLV": ["Salvador"],
    "LBY": ["Tripoli", "Trípoli"],
    "TWN": ["Formosa", "Formose"],
    "OMN": ["Muscat"],
    "BRA": ["Planalto"],
    "SGP": ["Istana"],
    "ARE": ["Emirates"],
}


def ascii_variant(text: str) -> str:
    text = text.replace("’", "'")
    decomposed = unicodedata.normalize("NFKD", text)
    return unicodedata.normalize(
        "NFC", "".join(c for c in decomposed if not unicodedata.combining(c))
    )


def with_variants(items: list[str]) -> list[str]:
    out: list[str] = []
    for item in items:
        for form in (item.strip(), ascii_variant(item.strip())):
            if form and form not in out and not (form != item and item in NO_ASCII_VARIANT):
                out.append(form)
    return out


def inflect_en(base: str) -> list[str]:
    if base.endswith(("chman", "shman")):
        return [base, base[:-3] + "men"]
    if re.search(
        r"(ish|ese|ch|sh|ss|ic|sy|z|s|I-Kiribati|Vanuatu|Basotho|Mosotho|Batswana|Motswana)$", base
    ):
        return [base]
    return [base, base + "s"]


_ES_PT_RULES: list[tuple[str, list[str]]] = [
    ("o", ["o", "a", "os", "as"]),
    ("és", ["és", "esa", "eses", "esas"]),
    ("ês", ["ês", "esa", "eses", "esas"]),
    ("án", ["án", "ana", "anes", "anas"]),
    ("ón", ["ón", "ona", "ones", "onas"]),
    ("ol", ["ol", "ola", "oles", "olas"]),
    ("ís", ["ís", "isa", "ises", "isas"]),
    ("í", ["í", "íes", "ís"]),
    ("ú", ["ú", "úes", "ús"]),
    ("z", ["z", "zes"]),
    ("r", ["r", "res"]),
    ("", ["", "s"]),
]

_FR_RULES: list[tuple[str, list[str]]] = [
    ("ien", ["ien", "ienne", "iens", "iennes"]),
    ("éen", ["éen", "éenne", "éens", "éennes"]),
    ("ain", ["ain", "aine", "ains", "aines"]),
    ("ais", ["ais", "aise", "aises"]),
    ("ois", ["ois", "oise", "oises"]),
    ("en", ["en", "enne", "ens", "ennes"]),
    ("e", ["e", "es"]),
    ("è", ["è", "ès"]),
    ("", ["", "e", "s", "es"]),
]


def inflect(lang: str, base: str) -> list[str]:
    if base.startswith("="):
        return [base[1:]]
    if lang == "en":
        return inflect_en(base)
    rules = _FR_RULES if lang == "fr" else _ES_PT_RULES
    if lang == "pt" and base.endswith("ol"):
        return [base, base + "a", base[:-2] + "óis", base + "as"]
    for suffix, endings in rules:
        if base.endswith(suffix):
            stem = base[: len(base) - len(suffix)]
            return [stem + ending for ending in endings]
    return [base]


def cldr_names(alpha2: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {lang: [] for lang in LANGS}
    for lang, locales in CLDR_LOCALES.items():
        for loc in locales:
            name = Locale.parse(loc).territories.get(alpha2)
            if name:
                out[lang].extend(p.strip() for p in re.split(r"[()]", name) if p.strip())
    return out


def iso_names(alpha3: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {lang: [] for lang in LANGS}
    country = pycountry.countries.get(alpha_3=alpha3)
    if country is None:
        return out
    english = [
        getattr(country, "common_name", None),
        country.name,
        getattr(country, "official_name", None),
    ]
    english = [e for e in english if e and "," not in e and "(" not in e]
    out["en"].extend(re.sub(r"^the ", "", e) for e in english)
    for lang, locales in ISO_LOCALES.items():
        for loc in locales:
            tr = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[loc])
            for e in english:
                text = tr.gettext(e)
                bad = BAD_NAMES.get(text) == alpha3
                if text != e and "," not in text and "(" not in text and not bad:
                    out[lang].append(text)
    return out


def parse_extras(field: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {lang: [] for lang in LANGS}
    for chunk in filter(None, field.split(";")):
        lang, _, names = chunk.partition(":")
        out[lang.strip()].extend(n for n in names.split(",") if n.strip())
    return out


def fold(text: str) -> str:
    return ascii_variant(text).casefold()


def expand_ambiguous(
    code: str, demonyms: dict[str, list[str]], names: dict[str, list[str]]
) -> list[str]:
    """The listed terms plus their inflections, but never one of the country's own names
    ("indio" is ambiguous, "India" is not)."""
    own_names = {fold(n) for values in names.values() for n in values}
    out: list[str] = []
    for term in AMBIGUOUS.get(code, []):
        out.append(term)
        for lang in LANGS:
            out.extend(
                f
                for f in inflect(lang, term)
                if any(f in d for d in demonyms.values()) and fold(f) not in own_names
            )
    return with_variants(out)


def build_row(line: str) -> dict[str, Any]:
    code, en, es, pt, fr, capitals, extras = (f.strip() for f in line.split("|"))
    alpha2 = ALPHA2_EXTRA.get(code) or pycountry.countries.get(alpha_3=code).alpha_2
    names: dict[str, list[str]] = {lang: [] for lang in LANGS}
    standard = [] if code in SKIP_STANDARD else [cldr_names(alpha2), iso_names(code)]
    for source in [*standard, parse_extras(extras)]:
        for lang in LANGS:
            names[lang].extend(source[lang])
    demonyms = {
        lang: with_variants([f for base in field.split(",") for f in inflect(lang, base.strip())])
        for lang, field in zip(LANGS, (en, es, pt, fr), strict=True)
    }
    return {
        "code": code,
        "names": {lang: with_variants(names[lang]) for lang in LANGS},
        "demonyms": demonyms,
        "capitals": with_variants(capitals.split(",")),
        "abbreviations": ABBREVIATIONS.get(code, []),
        "ambiguous": expand_ambiguous(code, demonyms, names),
    }


def main() -> None:
    lines = [
        line
        for line in SOURCE.read_text("utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    rows = sorted((build_row(line) for line in lines), key=lambda r: r["code"])
    text = json.dumps(rows, ensure_ascii=False, indent=1)
    OUTPUT.write_text(text + "\n", encoding="utf-8")
    print(f"wrote {len(rows)} countries to {OUTPUT}")


if __name__ == "__main__":
    main()
