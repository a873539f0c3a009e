"""The multilingual gazetteer: how posts name a country.

Every UN member state, plus Palestine, the Holy See, Kosovo, Taiwan and the EU
(code ``EUU``), with names, demonyms and capitals (and other standard metonyms
such as "Kremlin" or "Casa Rosada") in English, Spanish, Portuguese and French.
The data is bundled as ``monitor/data/gazetteer.json``.

Names, demonyms and capitals are meant to be matched case- and accent-
insensitively (see :func:`fold` and :func:`term_index`); abbreviations such as
"US" or "EE.UU." only case-sensitively (:func:`abbreviation_index`), since "us"
is a pronoun. Entries in ``ambiguous`` are also common words, person names or
other places ("Turkey", "Chad", "Georgia", "Irã" which folds to Spanish "ira"):
count them only with supporting context. A term shared by two countries
("Congo") is flagged in both; every other term names exactly one country.
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Iterator
from importlib import resources

import msgspec

from monitor.errors import ConfigError

LANGUAGES: tuple[str, ...] = ("en", "es", "pt", "fr")

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʻ": "'", "`": "'", "‐": "-", "‑": "-"})


class Country(msgspec.Struct, frozen=True):
    """One country (or country-like actor such as the EU) and the ways it is named."""

    code: str
    names: dict[str, list[str]]
    demonyms: dict[str, list[str]]
    capitals: list[str]
    abbreviations: list[str] = []
    ambiguous: list[str] = []

    def terms(self) -> Iterator[str]:
        """Every case-insensitive term: names, demonyms and capitals/metonyms."""
        for lang in sorted(self.names):
            yield from self.names[lang]
        for lang in sorted(self.demonyms):
            yield from self.demonyms[lang]
        yield from self.capitals

    def is_ambiguous(self, term: str) -> bool:
        """Whether ``term`` is listed as ambiguous for this country (folded comparison)."""
        folded = fold(term)
        return any(fold(entry) == folded for entry in self.ambiguous)


def fold(text: str) -> str:
    """Casefold, strip accents and unify apostrophes/hyphens: "Bogotá" -> "bogota"."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_APOSTROPHES))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return stripped.casefold()


def parse_gazetteer(raw: bytes, source: str = "<gazetteer>") -> dict[str, Country]:
    """Decode a gazetteer JSON document (a list of countries), keyed by code."""
    try:
        countries = msgspec.json.decode(raw, type=list[Country])
    except msgspec.DecodeError as exc:
        raise ConfigError(f"{source}: not a valid gazetteer: {exc}") from exc
    return {country.code: country for country in countries}


@functools.cache
def load_gazetteer() -> dict[str, Country]:
    """The bundled gazetteer, keyed by ISO 3166-1 alpha-3 code (EU: ``EUU``)."""
    source = "monitor/data/gazetteer.json"
    try:
        raw = resources.files("monitor.data").joinpath("gazetteer.json").read_bytes()
    except OSError as exc:
        raise ConfigError(f"{source}: cannot read gazetteer: {exc.strerror}") from exc
    return parse_gazetteer(raw, source)


@functools.cache
def term_index() -> dict[str, frozenset[str]]:
    """Folded name/demonym/capital -> the codes it may denote (usually one)."""
    index: dict[str, set[str]] = {}
    for country in load_gazetteer().values():
        for term in country.terms():
            index.setdefault(fold(term), set()).add(country.code)
    return {term: frozenset(codes) for term, codes in index.items()}


@functools.cache
def abbreviation_index() -> dict[str, frozenset[str]]:
    """Exact (case-sensitive) abbreviation -> codes: "US" -> {"USA"}, "EUA" -> {"USA"}."""
    index: dict[str, set[str]] = {}
    for country in load_gazetteer().values():
        for abbreviation in country.abbreviations:
            index.setdefault(abbreviation, set()).add(country.code)
    return {abbr: frozenset(codes) for abbr, codes in index.items()}


@functools.cache
def ambiguous_terms() -> frozenset[str]:
    """Folded terms that any country lists as ambiguous."""
    return frozenset(fold(term) for c in load_gazetteer().values() for term in c.ambiguous)
