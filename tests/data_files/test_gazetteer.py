"""The bundled gazetteer: coverage, languages, uniqueness and the loader helpers."""

from __future__ import annotations

import re

import pytest

from monitor.errors import ConfigError
from monitor.gazetteer import (
    LANGUAGES,
    Country,
    abbreviation_index,
    ambiguous_terms,
    fold,
    load_gazetteer,
    parse_gazetteer,
    term_index,
)

_UN_MEMBERS_TEXT = """
AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN BOL BIH BWA BRA
BRN BGR BFA BDI CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG COD CRI CIV HRV CUB CYP CZE DNK DJI
DMA DOM ECU EGY SLV GNQ ERI EST SWZ ETH FJI FIN FRA GAB GMB GEO DEU GHA GRC GRD GTM GIN GNB GUY
HTI HND HUN ISL IND IDN IRN IRQ IRL ISR ITA JAM JPN JOR KAZ KEN KIR PRK KOR KWT KGZ LAO LVA LBN
LSO LBR LBY LIE LTU LUX MDG MWI MYS MDV MLI MLT MHL MRT MUS MEX FSM MDA MCO MNG MNE MAR MOZ MMR
NAM NRU NPL NLD NZL NIC NER NGA MKD NOR OMN PAK PLW PAN PNG PRY PER PHL POL PRT QAT ROU RUS RWA
KNA LCA VCT WSM SMR STP SAU SEN SRB SYC SLE SGP SVK SVN SLB SOM ZAF SSD ESP LKA SDN SUR SWE CHE
SYR TJK TZA THA TLS TGO TON TTO TUN TUR TKM TUV UGA UKR ARE GBR USA URY UZB VUT VEN VNM YEM ZMB
ZWE
"""
UN_MEMBERS = _UN_MEMBERS_TEXT.split()
EXTRA = ["PSE", "VAT", "XKX", "TWN", "EUU"]


def codes_for(term: str) -> frozenset[str]:
    return term_index().get(fold(term), frozenset())


class TestCoverage:
    """Every UN member and the extra entities, in four languages."""

    def test_un_member_list_is_complete(self) -> None:
        """The reference list itself has the 193 UN members, no duplicates."""
        assert len(UN_MEMBERS) == 193
        assert len(set(UN_MEMBERS)) == 193

    def test_every_member_and_extra_present(self) -> None:
        """All 193 members plus PSE, VAT, XKX, TWN and the EU are in the gazetteer."""
        gazetteer = load_gazetteer()
        missing = [code for code in [*UN_MEMBERS, *EXTRA] if code not in gazetteer]
        assert missing == []
        assert len(gazetteer) == 198

    def test_codes_are_alpha3_and_keys_match(self) -> None:
        """Keys are the entries' own upper-case three-letter codes."""
        for code, country in load_gazetteer().items():
            assert country.code == code
            assert re.fullmatch(r"[A-Z]{3}", code)

    def test_four_languages_each(self) -> None:
        """Every entry has names and demonyms in en, es, pt and fr, and a capital."""
        for country in load_gazetteer().values():
            for lang in LANGUAGES:
                assert country.names.get(lang), (country.code, lang)
                assert country.demonyms.get(lang), (country.code, lang)
            assert country.capitals, country.code

    def test_no_blank_or_padded_entries(self) -> None:
        """No empty strings or stray whitespace anywhere."""
        for country in load_gazetteer().values():
            for term in [*country.terms(), *country.abbreviations, *country.ambiguous]:
                assert term and term == term.strip(), (country.code, term)


class TestSpellings:
    """Spot checks of spellings the brief names, in every language."""

    def test_colombia_in_four_languages(self) -> None:
        """COL is Colombia/Colombia/Colômbia/Colombie."""
        col = load_gazetteer()["COL"]
        assert "Colombia" in col.names["en"]
        assert "Colombia" in col.names["es"]
        assert "Colômbia" in col.names["pt"]
        assert "Colombie" in col.names["fr"]

    def test_united_states_names_and_metonyms(self) -> None:
        """USA has its names, abbreviations and White House metonyms in all four languages."""
        usa = load_gazetteer()["USA"]
        for name in ["United States", "America", "Estados Unidos", "États-Unis"]:
            assert codes_for(name) == {"USA"}, name
        for metonym in [
            "Washington",
            "White House",
            "Casa Blanca",
            "Casa Branca",
            "Maison-Blanche",
        ]:
            assert metonym in usa.capitals
        for abbreviation in ["US", "U.S.", "EE.UU.", "EUA"]:
            assert abbreviation_index()[abbreviation] == {"USA"}

    def test_capitals_as_metonyms(self) -> None:
        """Capitals and standard metonyms resolve to their country, with or without accents."""
        expected = {
            "Bogotá": "COL",
            "Bogota": "COL",
            "Beijing": "CHN",
            "Pekín": "CHN",
            "Pequim": "CHN",
            "Pékin": "CHN",
            "Kremlin": "RUS",
            "Casa Rosada": "ARG",
            "Élysée": "FRA",
            "Downing Street": "GBR",
            "Planalto": "BRA",
            "Itamaraty": "BRA",
            "Quai d'Orsay": "FRA",
            "Quai d’Orsay": "FRA",
            "Zhongnanhai": "CHN",
            "Moscou": "RUS",
            "Brasília": "BRA",
            "Ciudad de México": "MEX",
            "Kyiv": "UKR",
        }
        for term, code in expected.items():
            assert code in codes_for(term), term

    def test_demonyms_inflected(self) -> None:
        """Demonyms come in all genders and plurals."""
        for term, code in {
            "colombianas": "COL",
            "estadounidenses": "USA",
            "norte-americanos": "USA",
            "américaines": "USA",
            "brasileiras": "BRA",
            "mexicaine": "MEX",
            "Israelis": "ISR",
            "alemães": "DEU",
            "espanhóis": "ESP",
            "francesas": "FRA",
            "israelíes": "ISR",
        }.items():
            assert codes_for(term) == {code}, term

    def test_abbreviations_are_case_sensitive(self) -> None:
        """Abbreviations match exactly, so the pronoun "us" is not the USA."""
        index = abbreviation_index()
        assert index["UK"] == {"GBR"} and index["RU"] == {"RUS"}
        assert "us" not in index
        assert "us" not in term_index()

    def test_common_words_are_ambiguous(self) -> None:
        """Names that are also common words or person names are flagged ambiguous."""
        gazetteer = load_gazetteer()
        for code, term in [
            ("TUR", "Turkey"),
            ("TCD", "Chad"),
            ("JOR", "Jordan"),
            ("GEO", "Georgia"),
            ("GIN", "Guinea"),
            ("NER", "Niger"),
        ]:
            assert gazetteer[code].is_ambiguous(term), term
            assert fold(term) in ambiguous_terms()
        assert not gazetteer["COL"].is_ambiguous("Colombia")

    def test_inflections_never_flag_own_name(self) -> None:
        """ "indio" is ambiguous, but the country name "India" it inflects to is not."""
        india = load_gazetteer()["IND"]
        assert india.is_ambiguous("indios")
        assert not india.is_ambiguous("India")

    def test_accent_folds_onto_common_words_are_flagged(self) -> None:
        """Names whose accent-free fold is an everyday word ("Irã" -> "ira") are flagged."""
        for word in ["ira", "gana", "aman", "male"]:
            codes = term_index()[word]
            assert all(load_gazetteer()[c].is_ambiguous(word) for c in codes), word

    def test_brussels_is_the_eu(self) -> None:
        """Brussels in any language points at the EU, not Belgium."""
        for term in ["Brussels", "Bruselas", "Bruxelas", "Bruxelles"]:
            assert codes_for(term) == {"EUU"}, term


class TestUniqueness:
    """A term names one country unless it is flagged ambiguous."""

    def test_shared_terms_are_flagged(self) -> None:
        """A folded term that maps to several countries is flagged ambiguous in every one."""
        gazetteer = load_gazetteer()
        clashes = {
            term: sorted(c for c in codes if not gazetteer[c].is_ambiguous(term))
            for term, codes in term_index().items()
            if len(codes) > 1
        }
        assert {term: codes for term, codes in clashes.items() if codes} == {}

    def test_abbreviations_unique(self) -> None:
        """No abbreviation belongs to two countries."""
        assert all(len(codes) == 1 for codes in abbreviation_index().values())

    def test_ambiguous_entries_are_real_terms(self) -> None:
        """Every ambiguous entry is one of the country's own terms."""
        for country in load_gazetteer().values():
            own = {fold(t) for t in country.terms()}
            for term in country.ambiguous:
                assert fold(term) in own, (country.code, term)


class TestLoader:
    """The loader and the helpers."""

    def test_cached(self) -> None:
        """load_gazetteer returns the same object on each call."""
        assert load_gazetteer() is load_gazetteer()
        assert isinstance(load_gazetteer()["FRA"], Country)

    def test_fold(self) -> None:
        """fold strips accents, case and typographic apostrophes."""
        assert fold("Bogotá") == "bogota"
        assert fold("Côte d’Ivoire") == fold("COTE D'IVOIRE")
        assert fold("États-Unis") == "etats-unis"

    @pytest.mark.parametrize(
        "raw",
        [
            b"<html><body>502 Bad Gateway</body></html>",
            b'[{"code": "FRA"}]',
            b'{"FRA": {}}',
            b"\xff\xfe\x00garbage",
            b'[{"code": 3, "names": {}, "demonyms": {}, "capitals": []}]',
        ],
    )
    def test_bad_documents_raise_config_error(self, raw: bytes) -> None:
        """Malformed, truncated or non-JSON gazetteers raise ConfigError naming the source."""
        with pytest.raises(ConfigError, match=r"custom\.json"):
            parse_gazetteer(raw, "custom.json")

    def test_parse_round_trip(self) -> None:
        """A minimal valid document parses, with optional fields defaulted."""
        raw = b'[{"code": "XXA", "names": {"en": ["Testland"]}, "demonyms": {}, "capitals": []}]'
        parsed = parse_gazetteer(raw)
        assert parsed["XXA"].names == {"en": ["Testland"]}
        assert parsed["XXA"].abbreviations == [] and parsed["XXA"].ambiguous == []
