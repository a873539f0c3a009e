"""Second-round generalisation: weak surnames, regions named 'America', broader cues."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from monitor.detection import DetectorSettings
from monitor.models import Post
from monitor.scoring import Scorer
from monitor.scoring.cased_scan import CasedScanner
from monitor.scoring.names import weak_forms
from monitor.scoring.targets import TargetFinder
from monitor.scoring.text import fold, fold_case_kept
from monitor.watchlist import Actor, Watchlist

WATCHLIST = Watchlist(
    [
        Actor(id="pm-es", name="Pedro Sánchez", country="ESP", role="head_of_government",
              handles={"x": "pm_es"}),
        Actor(id="fm-au", name="Penny Wong", country="AUS", role="foreign_minister",
              handles={"x": "fm_au"}),
        Actor(id="pm-sg", name="Lawrence Wong", country="SGP", role="head_of_government",
              handles={"x": "pm_sg"}),
        Actor(id="eu-com", name="European Commission", country="EUU", role="other",
              handles={"x": "eu_com"}),
        Actor(id="pres-ar", name="Javier Milei", country="ARG", role="head_of_state",
              handles={"x": "pres_ar"}),
        Actor(id="pres-us", name="Donald Trump", country="USA", role="head_of_state",
              handles={"x": "pres_us"}),
        Actor(id="pres-fr", name="Emmanuel Macron", country="FRA", role="head_of_state",
              handles={"x": "pres_fr"}),
    ]
)  # fmt: skip


def post(text: str, author: str = "pres_ar", lang: str | None = None) -> Post:
    return Post(
        id="p1",
        platform="x",
        author=author,
        created_at=datetime(2025, 1, 26, 12, tzinfo=UTC),
        text=text,
        lang=lang,
    )


@pytest.fixture(scope="module")
def finder() -> TargetFinder:
    return TargetFinder(WATCHLIST)


def refs(finder: TargetFinder, text: str) -> set[tuple[str, str | None]]:
    found = finder.find(post(text), text, fold(text), fold_case_kept(text))
    return {(r.country, r.actor) for r in found}


class TestWeakNames:
    def test_common_and_shared_surnames_are_weak(self) -> None:
        """Common surnames and names of people in two countries need context."""
        forms = [("Sánchez", "ESP", "pm-es"), ("Wong", "AUS", "a"), ("Wong", "SGP", "b"),
                 ("Milei", "ARG", "c"), ("Pedro Sánchez", "ESP", "pm-es")]  # fmt: skip
        weak = weak_forms(forms)
        assert set(weak) == {"Sánchez", "Wong"}
        assert weak["Wong"] == (("AUS", "a"), ("SGP", "b"))

    def test_bare_common_surname_points_nowhere(self, finder: TargetFinder) -> None:
        """'Sánchez' alone is not Spain's prime minister."""
        assert refs(finder, "Sánchez ganó el partido de tenis") == set()

    def test_title_or_country_vouches(self, finder: TargetFinder) -> None:
        """A title before it, or Spain named in the same post, makes it the PM."""
        assert ("ESP", "pm-es") in refs(finder, "El presidente Sánchez miente")
        assert ("ESP", "pm-es") in refs(finder, "Sánchez está hundiendo a España")

    def test_full_name_is_enough(self, finder: TargetFinder) -> None:
        """The full name needs nothing else."""
        assert ("ESP", "pm-es") in refs(finder, "Pedro Sánchez miente")

    def test_shared_surname_needs_the_country(self, finder: TargetFinder) -> None:
        """'Minister Wong' is two people; with Singapore named it is one."""
        assert refs(finder, "Minister Wong said so") == set()
        assert ("SGP", "pm-sg") in refs(finder, "Wong spoke for Singapore")

    def test_ordinary_word_is_never_a_surname(self, finder: TargetFinder) -> None:
        """'European Commission' yields no 'Commission' surname form."""
        assert refs(finder, "The Commission met today") == set()

    def test_unique_surname_stays_strong(self, finder: TargetFinder) -> None:
        """'Milei' alone is Argentina's president."""
        assert ("ARG", "pres-ar") in refs(finder, "Milei habló")


class TestAmericaRegions:
    @pytest.mark.parametrize(
        "text",
        [
            "Latin America must unite",
            "Central America and South America",
            "La integración de América Latina",
            "Os povos da América do Sul",
            "L'Amérique latine et l'Europe",
        ],
    )
    def test_regions_are_not_the_usa(self, finder: TargetFinder, text: str) -> None:
        """Regions named with 'America' do not resolve to the United States."""
        assert "USA" not in {c for c, _ in refs(finder, text)}

    def test_america_alone_is_the_usa(self, finder: TargetFinder) -> None:
        """'America' alone still does."""
        assert "USA" in {c for c, _ in refs(finder, "America will respond")}


class TestCasedScanner:
    def test_same_matches_as_one_alternation(self) -> None:
        """Capital-first scan plus rare forms gives the plain alternation's matches."""
        import re

        from monitor.scoring.triere import trie_pattern

        terms = ["Trump", "US", "the US", "von der Leyen", "EE.UU.", "U.S.", "Macron"]
        plain = re.compile(r"(?<![\w@#])" + trie_pattern(terms) + r"(?!\w)")
        scanner = CasedScanner(terms)
        texts = [
            "the US and Trump", "aUS US@ #US @US US", "von der Leyen met Macron in the US.",
            "EE.UU. y U.S. y USA", "Trumpet US", "",
        ]  # fmt: skip
        for text in texts:
            assert [m.span() for m in scanner.finditer(text)] == [
                m.span() for m in plain.finditer(text)
            ]


@pytest.fixture(scope="module")
def scorer() -> Scorer:
    return Scorer(WATCHLIST)


class TestBroaderCues:
    @pytest.mark.parametrize(
        ("text", "author", "target", "cls"),
        [
            ("La France condamne l'offensive militaire de l'Argentine.", "pres_fr", "ARG",
             "ACCUSE"),
            ("Argentina's announcements are a direct threat to our sovereignty.", "pres_us",
             "ARG", "ACCUSE"),
            ("Notre ambassadeur restera malgré les pressions de l'Argentine.", "pres_fr",
             "ARG", "REJECT"),
            ("Vamos a poner una pausa en las relaciones con Francia.", "pres_ar", "FRA",
             "RECALL"),
            ("The Argentine regime is using migrants as a weapon.", "pres_us", "ARG",
             "ACCUSE"),
            ("The United States reserves the right to make further necessary responses "
             "to Argentina.", "pres_us", "ARG", "THREATEN"),
            ("Le Niger a retiré l'agrément de l'ambassadeur de France.", "pres_ar", "FRA",
             "EXPEL"),
            # after the fifth held-out batch (its wording not reused)
            ("The United States is freezing all aid to Argentina until further notice.",
             "pres_us", "ARG", "SANCTION"),
            ("Francia incumplió el acuerdo firmado con nuestro país.", "pres_ar", "FRA",
             "ACCUSE"),
            ("Argentina has no moral authority to lecture anyone about democracy.", "pres_us",
             "ARG", "ACCUSE"),
            ("The attacks by Argentina on our embassy will not go without a response.",
             "pres_us", "ARG", "THREATEN"),
            # after the sixth held-out batch (its wording not reused)
            ("Argentina's junta was plotting to attack our embassy in Buenos Aires.",
             "pres_us", "ARG", "ACCUSE"),
            ("El gobierno de Francia vendió falsas promesas a nuestro pueblo.", "pres_ar",
             "FRA", "ACCUSE"),
            # after the eighth held-out batch (its wording not reused)
            ("The High Commissioner of Argentina has been called in over the remarks.",
             "pres_us", "ARG", "ACCUSE"),
            ("France rejects the disparaging comments of Argentine officials.", "pres_fr",
             "ARG", "ACCUSE"),
            # after the seventh held-out batch (its wording not reused)
            ("France will no longer tolerate the harassment of its nationals by Argentina.",
             "pres_fr", "ARG", "REJECT"),
            ("Nuestra frontera con Francia no es negociable.", "pres_ar", "FRA", "REJECT"),
            ("These are acts of hostility by the Argentine government.", "pres_us", "ARG",
             "ACCUSE"),
            # after the ninth held-out batch (its wording not reused)
            ("Francia pretende darnos lecciones de derechos humanos.", "pres_ar", "FRA",
             "ACCUSE"),
            # after the third and fourth held-out batches (their wording not reused)
            ("J'ai ordonné le rappel sans délai à Paris pour consultations de notre "
             "ambassadeur en Argentine.", "pres_fr", "ARG", "RECALL"),
            ("There will be no negotiations with Argentina over our territory.", "pres_us",
             "ARG", "REJECT"),
            ("El Gobierno de Francia se niega a dialogar y nos da la espalda.", "pres_ar",
             "FRA", "REJECT"),
            ("Argentina's proposal ignores the wishes of the people concerned.", "pres_us",
             "ARG", "ACCUSE"),
            ("O presidente da Argentina só diz besteiras sobre o nosso país.", "pres_fr",
             "ARG", "ACCUSE"),
        ],
    )  # fmt: skip
    def test_cue_families(
        self, scorer: Scorer, text: str, author: str, target: str, cls: str
    ) -> None:
        """Each multilingual cue family is found and aimed at the named country."""
        score = scorer.score(post(text, author=author))
        assert cls in {e.cls for e in score.events if e.target == target}, score.events
        assert score.hostility_by_target.get(target, 0.0) > 0.3

    def test_not_recognising_putschists_stays_hostile(self, scorer: Scorer) -> None:
        """'ne reconnaît pas les putschistes': the negation governs 'recognise'."""
        text = "La France ne reconnaît pas les putschistes de l'Argentine."
        score = scorer.score(post(text, author="pres_fr"))
        assert score.hostility_by_target.get("ARG", 0.0) > 0.3

    def test_neither_negates(self, scorer: Scorer) -> None:
        """'neither side will threaten' is no threat."""
        text = "Argentina and France agreed that neither state will threaten the other."
        score = scorer.score(post(text, author="pres_fr"))
        assert score.hostility_by_target.get("ARG", 0.0) == 0.0


class TestReactionsToActs:
    def test_protesting_announcements_implies_their_hostility(self, scorer: Scorer) -> None:
        """'The announcements by President Milei are a direct threat' reacts to Argentina."""
        text = "The announcements by President Milei are a direct threat to our sovereignty."
        score = scorer.score(post(text, author="pres_us"))
        reactions = [e for e in score.events if e.cls == "REACTION"]
        assert [e.target for e in reactions] == ["ARG"]

    def test_own_decision_is_no_reaction(self, scorer: Scorer) -> None:
        """A decision without a foreign speaker near it implies nothing."""
        text = "Our decision is final: we condemn the attack on Argentina."
        score = scorer.score(post(text, author="pres_us"))
        assert not [e for e in score.events if e.cls == "REACTION"]


class TestJointStatementsAndAgents:
    def test_partner_of_a_joint_condemnation_is_not_its_target(self, scorer: Scorer) -> None:
        """'Together with France, we condemn Russia's aggression': France is a partner."""
        score = scorer.score(post("Together with France, we condemn Russia's aggression."))
        assert "FRA" not in score.hostility_by_target
        assert score.hostility_by_target.get("RUS", 0.0) > 0.3

    def test_opening_con_marks_a_partner(self, scorer: Scorer) -> None:
        """'Con Chile condenamos la agresión de Rusia contra Ucrania' aims at Russia only."""
        text = "Con Chile condenamos la agresión de Rusia contra Ucrania."
        score = scorer.score(post(text))
        assert set(score.hostility_by_target) == {"RUS"}

    def test_with_alone_is_still_a_target(self, scorer: Scorer) -> None:
        """'We close the border with Chile' is aimed at Chile."""
        score = scorer.score(post("Cerramos la frontera con Chile hasta nuevo aviso."))
        assert score.hostility_by_target.get("CHL", 0.0) > 0.3

    @pytest.mark.parametrize(
        ("text", "target", "cls"),
        [
            ("Hemos suspendido todos los vuelos con Chile.", "CHL", "SANCTION"),
            ("We are closing our embassy in Santiago.", "CHL", "RECALL"),
            ("Nous avons convoqué l'ambassadeur du Chili.", "CHL", "ACCUSE"),
            ("Chile miente descaradamente.", "CHL", "ACCUSE"),
            ("Chile seized our fishing vessels: an act of piracy.", "CHL", "ACCUSE"),
            ("Chile will be held accountable.", "CHL", "THREATEN"),
            ("Chile's claims are not acceptable and a distortion of the facts.", "CHL", "ACCUSE"),
            ("We lodged a stern protest with Chile over the incident.", "CHL", "ACCUSE"),
            ("Chile is trying to change the status quo on the border.", "CHL", "ACCUSE"),
            ("Le Chili répand des mensonges.", "CHL", "ACCUSE"),
        ],
    )
    def test_more_cue_families(self, scorer: Scorer, text: str, target: str, cls: str) -> None:
        """Closures, elided summons, lies, seizures, 'not acceptable', protests, status quo."""
        score = scorer.score(post(text))
        assert cls in {e.cls for e in score.events if e.target == target}, score.events

    @pytest.mark.parametrize(
        "text",
        [
            "We must seize this opportunity with Chile.",
            "The future lies in our partnership with Chile.",
            "Tenemos en mente la cooperación con Chile.",
            "Peaceful protesters in Chile showed strong resolve.",
            "Our strength lies in the friendship of Chile and Peru.",
        ],
    )
    def test_ordinary_phrases_are_not_cues(self, scorer: Scorer, text: str) -> None:
        """'seize the opportunity', 'lies in', 'en mente', protesters are not hostile."""
        assert scorer.score(post(text)).hostility_by_target.get("CHL", 0.0) == 0.0


class TestCallsAreNoConcessions:
    @pytest.mark.parametrize(
        "text",
        [
            "Argentina reiterates its call for an immediate ceasefire.",
            "Exigimos un alto el fuego inmediato en Argentina.",
            "La France appelle à un cessez-le-feu en Argentine.",
        ],
    )
    def test_calling_for_a_ceasefire(self, scorer: Scorer, text: str) -> None:
        """Asking for de-escalation is not a DEESCALATE (it would close an episode)."""
        score = scorer.score(post(text, author="pres_fr"))
        assert "DEESCALATE" not in {e.cls for e in score.events}

    def test_agreeing_a_ceasefire_still_is(self, scorer: Scorer) -> None:
        """'We agreed a ceasefire with Argentina' de-escalates."""
        score = scorer.score(post("We agreed a ceasefire with Argentina.", author="pres_fr"))
        assert "DEESCALATE" in {e.cls for e in score.events}


class TestPartnersBesideTheAuthor:
    def test_half_of_an_alliance(self, scorer: Scorer) -> None:
        """'condemned ... a grave threat ... the Argentina-France alliance': not at France."""
        text = (
            "We strongly condemned Chile's launch, a grave threat to peace, and confirmed "
            "the unwavering Argentina-France alliance."
        )
        score = scorer.score(post(text, author="pres_ar"))
        assert "FRA" not in score.hostility_by_target
        assert score.hostility_by_target.get("CHL", 0.0) > 0.3

    def test_joint_subject_with_the_authors_country(self, scorer: Scorer) -> None:
        """'Argentina e França rejeitam a violência' is not aimed at France."""
        score = scorer.score(post("Argentina e França rejeitam a violência.", author="pres_ar"))
        assert "FRA" not in score.hostility_by_target


class TestRecallsAndSolidarity:
    """Written after the third and fourth held-out batches were tuned on (their wording
    is not reused here)."""

    def test_recalling_our_ambassador_is_our_act_and_severe(self, scorer: Scorer) -> None:
        """'rappel ... de nos ambassadeurs': the author's act (not one suffered), and at
        the severe-act weight, so that a mild answer opens the episode."""
        text = "Décision : rappel immédiat pour consultations de nos ambassadeurs en Argentine."
        score = scorer.score(post(text, author="pres_fr"))
        [recall] = [e for e in score.events if e.target == "ARG"]
        assert recall.cls == "RECALL" and recall.weight <= DetectorSettings().severe_weight

    def test_a_partner_in_solidarity_is_not_the_target(self, scorer: Scorer) -> None:
        """'In solidarity with France, we are expelling Argentine diplomats': the expulsion
        (our act; the nationality after the verb is its object) is aimed at Argentina, the
        solidarity at France alone."""
        text = "In solidarity with France, the United States is expelling Argentine diplomats."
        score = scorer.score(post(text, author="pres_us"))
        assert set(score.hostility_by_target) == {"ARG"}
        assert {(e.cls, e.target) for e in score.events} == {("COOPERATE", "FRA"), ("EXPEL", "ARG")}


class TestUnnamedTargetsAndSpeakers:
    """Written after the fifth held-out batch was tuned on (its wording not reused)."""

    def test_a_cue_after_several_states_goes_to_the_one_named_last(self, scorer: Scorer) -> None:
        """'Doesn't Argentina break every promise? It has nothing to teach us. France should
        help Spain instead': the middle sentence names no state; Argentina was named last."""
        text = (
            "Isn't Argentina the country that broke every promise it made? It has no lessons "
            "to give us. Let France help Spain instead."
        )
        score = scorer.score(post(text, author="pres_us"))
        hostile = [e for e in score.events if e.weight < 0]
        assert len(hostile) == 2 and {e.target for e in hostile} == {"ARG"}, hostile

    def test_words_protested_without_a_speaker_are_the_hostile_country_s(
        self, scorer: Scorer
    ) -> None:
        """'Calling us criminals is an outrageous remark. Buenos Aires ...': the one country
        the post is hostile to said it."""
        text = (
            "Calling the French people criminals is an outrageous and stupid remark. "
            "Buenos Aires must apologise."
        )
        score = scorer.score(post(text, author="pres_fr"))
        assert [e.target for e in score.events if e.cls == "REACTION"] == ["ARG"]

    @pytest.mark.parametrize("text", ["Nazir Ahmed met the minister.", "Nazirin səfəri."])
    def test_nazir_is_no_nazi(self, scorer: Scorer, text: str) -> None:
        """'nazir' (minister, and a given name) is not the insult 'nazi'."""
        assert not scorer.score(post(text)).events


class TestTreatiesAndAnswers:
    """Written after the seventh held-out batch was tuned on (its wording not reused)."""

    @pytest.mark.parametrize(
        "text",
        [
            "Argentina is in breach of the Vienna Convention on Diplomatic Relations.",
            "Argentina viola la Convención de Viena sobre Relaciones Diplomáticas.",
            "Argentina must honour the Paris Agreement.",
        ],
    )
    def test_a_treaty_named_after_a_city_is_not_its_state(self, scorer: Scorer, text: str) -> None:
        score = scorer.score(post(text, author="pres_us"))
        assert "AUT" not in score.targets and "FRA" not in score.targets
        assert "ARG" in score.targets

    def test_an_unnamed_answer_goes_to_the_provoker_named_among_others(self) -> None:
        """Argentina insults France; France's answer 'is not negotiable' names Argentina
        and Spain: it is aimed at the provoker, Argentina."""
        scorer = Scorer(WATCHLIST)
        scorer.score(post("Macron is a liar and a clown; France is a disgrace.", author="pres_ar"))
        answer = scorer.score(
            post(
                "Our sovereignty is not negotiable. We trade with Argentina and Spain alike.",
                author="pres_fr",
            )
        )
        rejects = [e for e in answer.events if e.cls == "REJECT"]
        assert [e.target for e in rejects] == ["ARG"]


class TestMemorialsPraiseAndAnsweredWords:
    """Written after the ninth held-out batch was tuned on (its wording not reused)."""

    @pytest.mark.parametrize(
        "text",
        [
            "With President Milei at the Genocide Memorial in Buenos Aires.",
            "Au Musée du génocide, avec le président de l'Argentine.",
        ],
    )
    def test_an_atrocity_in_a_memorial_s_name_accuses_nobody(
        self, scorer: Scorer, text: str
    ) -> None:
        score = scorer.score(post(text, author="pres_fr"))
        assert score.hostility_by_target == {}

    def test_praise_for_courage_offsets_a_mention_of_the_past(self, scorer: Scorer) -> None:
        """'Facing the massacres of the past is an act of great courage' praises Argentina."""
        text = "Argentina facing the massacres of its past is an act of great courage."
        score = scorer.score(post(text, author="pres_fr"))
        assert "PRAISE" in {e.cls for e in score.events if e.target == "ARG"}
        assert score.hostility_by_target.get("ARG", 0.0) < 0.25

    def test_protested_remarks_answer_the_provoker(self) -> None:
        """Argentina insults France; France answers 'these remarks are absurd and
        offensive' naming nobody: the answer is aimed at Argentina."""
        scorer = Scorer(WATCHLIST)
        scorer.score(post("France is a disgrace and Macron a liar.", author="pres_ar"))
        answer = scorer.score(post("These remarks are absurd and offensive.", author="pres_fr"))
        assert answer.hostility_by_target.get("ARG", 0.0) > 0.25


class TestCondolencesAndConduct:
    """Written after the twelfth held-out batch's false alarms were fixed (its wording not
    reused)."""

    def test_hostile_words_beside_solidarity_are_not_aimed_at_the_friend(
        self, scorer: Scorer
    ) -> None:
        """'Moved by the solidarity of Argentina after the cowardly attack': the attack
        is not Argentina's, and the solidarity is not sarcasm."""
        text = "Moved by the solidarity of Argentina after yesterday's cowardly attack."
        score = scorer.score(post(text, author="pres_fr"))
        assert score.hostility_by_target == {}
        assert "COOPERATE" in {e.cls for e in score.events if e.target == "ARG"}

    def test_protesting_conduct_implies_nothing_of_the_other_side(self, scorer: Scorer) -> None:
        """'We call on Argentina to cease its illegal actions': one side speaking."""
        text = "We call on Argentina to cease its illegal actions and unacceptable behaviour."
        score = scorer.score(post(text, author="pres_us"))
        assert score.hostility_by_target.get("ARG", 0.0) > 0.25
        assert not [e for e in score.events if e.cls == "REACTION"]

    def test_the_fight_against_corruption_insults_nobody(self, scorer: Scorer) -> None:
        """'We will work with Argentina against corruption' is a common cause."""
        text = "We will work with Argentina in the fight against corruption and narco-trafficking."
        score = scorer.score(post(text, author="pres_us"))
        assert score.hostility_by_target == {}

    def test_a_country_that_stood_by_us_is_not_the_target(self, scorer: Scorer) -> None:
        """'Argentina stood by us when a corrupt few tried to steal our election.'"""
        text = "Argentina stood by us when a corrupt few tried to steal our election."
        score = scorer.score(post(text, author="pres_fr"))
        assert score.hostility_by_target == {}


class TestWithdrawalsClaimsAndStandingBy:
    """Written after the twelfth held-out batch's misses (its wording not reused)."""

    def test_a_charge_of_distortion_answers_the_other_side_s_words(self) -> None:
        """'What they said is a distortion': the accused side said something first."""
        scorer = Scorer(WATCHLIST)
        text = "What the Argentine government has told the press is a gross distortion."
        score = scorer.score(post(text, author="pres_fr"))
        assert [e for e in score.events if e.cls == "REACTION" and e.target == "ARG"]


class TestDetentionsAndNames:
    """Written after the ninth held-out batch's misses were analysed (its wording not reused)."""

    @pytest.mark.parametrize(
        "text",
        [
            "The sailors Argentina unjustly detained must be freed.",
            "L'Argentine doit relâcher sans délai nos ressortissants.",
            "Argentina hired mercenaries, a threat to our national security.",
        ],
    )
    def test_detentions_and_mercenaries(self, scorer: Scorer, text: str) -> None:
        score = scorer.score(post(text, author="pres_fr"))
        assert score.hostility_by_target.get("ARG", 0.0) > 0.3, score.events

    def test_a_capitalised_cue_after_a_lower_case_word_counts(self, scorer: Scorer) -> None:
        """'We made a Great Deal with Argentina': emphasis, not a name."""
        score = scorer.score(post("We made a Great Deal with Argentina!", author="pres_us"))
        assert [e for e in score.events if e.weight > 0 and e.target == "ARG"], score.events


class TestConditionsAndColonialEyes:
    """Written after the tenth held-out batch's China-UK miss was analysed."""

    def test_a_negation_in_the_condition_does_not_cancel_the_threat(self, scorer: Scorer) -> None:
        text = "Argentina signed it: if it is not honoured there will be serious consequences."
        score = scorer.score(post(text, author="pres_fr"))
        threats = [e for e in score.events if e.cls == "THREATEN" and e.target == "ARG"]
        assert threats and not threats[0].negated and threats[0].weight < 0, score.events

    @pytest.mark.parametrize(
        "text",
        [
            "Argentina has gone too far this time.",
            "Hands off our islands, Argentina.",
            "Argentina still looks at us with a colonial mentality.",
            "Argentina chose to side with the rioters.",
            "L'Argentine va trop loin.",
        ],
    )
    def test_more_reproaches(self, scorer: Scorer, text: str) -> None:
        score = scorer.score(post(text, author="pres_fr"))
        assert score.hostility_by_target.get("ARG", 0.0) > 0.3, score.events


class TestContrasts:
    """Written after the twelfth held-out batch's France-Iran miss was analysed."""

    @pytest.mark.parametrize(
        "text",
        [
            "Here judges are independent, unlike in Argentina.",
            "Aquí la prensa es libre, a diferencia de lo que ocurre en Argentina.",
        ],
    )
    def test_unlike_in_another_country_is_a_jab(self, scorer: Scorer, text: str) -> None:
        score = scorer.score(post(text, author="pres_fr"))
        assert score.hostility_by_target.get("ARG", 0.0) > 0.2, score.events

    def test_unlike_last_year_is_no_jab(self, scorer: Scorer) -> None:
        score = scorer.score(
            post("Unlike last year, our trade with Argentina grew.", author="pres_fr")
        )
        assert score.hostility_by_target.get("ARG", 0.0) == 0.0, score.events


class TestWordsAboutAThirdPeople:
    """Written after the thirteenth held-out batch's false alarm (its wording not reused)."""

    def test_protesting_words_about_another_people_implies_nothing(self, scorer: Scorer) -> None:
        """Words against a third people are no hostility toward the author's country."""
        text = "We reject the insulting remarks of an Argentine minister about the Chilean people."
        score = scorer.score(post(text, author="pres_fr"))
        assert score.hostility_by_target.get("ARG", 0.0) > 0.3
        assert not [e for e in score.events if e.cls == "REACTION"], score.events

    def test_protesting_words_about_us_still_does(self, scorer: Scorer) -> None:
        text = "We reject the insulting remarks of an Argentine minister about our people."
        score = scorer.score(post(text, author="pres_fr"))
        assert [e for e in score.events if e.cls == "REACTION" and e.target == "ARG"]


class TestThreatsOfRegretAndTalksBrokenOff:
    """Written after the thirteenth held-out batch's misses were analysed (its wording not
    reused)."""

    def test_a_shared_responsibility_is_no_blame(self, scorer: Scorer) -> None:
        text = "Responsibility for hosting the summit lies with Argentina this year."
        score = scorer.score(post(text, author="pres_fr"))
        assert score.hostility_by_target.get("ARG", 0.0) == 0.0, score.events


class TestTheFourteenthBatch:
    """Written after the fourteenth held-out batch's misses were analysed (its wording not
    reused)."""

    def test_a_hashtag_after_another_country_is_still_a_country(self, scorer: Scorer) -> None:
        text = (
            "Chile's move. The EU's strong support to #Argentina is a success and it hurts Chile."
        )
        score = scorer.score(post(text, author="pres_us"))
        assert {"CHL", "ARG"} <= set(score.targets), score.targets

    def test_a_counter_measure_reaches_a_partner_praised_elsewhere(self, scorer: Scorer) -> None:
        """Praise for past cooperation does not hide a promised reciprocal measure."""
        text = "Our cooperation with Argentina was close. Now we act on the basis of reciprocity."
        score = scorer.score(post(text, author="pres_fr"))
        assert "RETALIATE" in {e.cls for e in score.events if e.target == "ARG"}, score.events


class TestTheEleventhBatchMisses:
    """Written after the eleventh held-out batch's late alerts were analysed (its wording
    not reused)."""

    def test_critical_to_is_no_criticism(self, scorer: Scorer) -> None:
        score = scorer.score(
            post("Trade with Argentina is critical to our economy.", author="pres_fr")
        )
        assert score.hostility_by_target.get("ARG", 0.0) == 0.0, score.events

    def test_an_unnamed_act_goes_to_the_provoker_among_the_states_named(self) -> None:
        """Argentina provoked; the answer names Argentina, then Chile, then acts unnamed."""
        scorer = Scorer(WATCHLIST)
        scorer.score(post("France's threats are a disgrace and an insult.", author="pres_ar"))
        text = (
            "Argentina knows our position; Chile wants him. We can revoke their diplomatic status."
        )
        score = scorer.score(post(text, author="pres_fr"))
        assert "EXPEL" in {e.cls for e in score.events if e.target == "ARG"}, score.events


class TestThreatsAgainstUsAndMeetings:
    """Written after the sixteenth held-out batch was scored (its wording not reused)."""

    def test_threatening_to_act_against_us_is_the_threatener_s_hostility(
        self, scorer: Scorer
    ) -> None:
        text = "The Argentine leader keeps threatening to invade France."
        score = scorer.score(post(text, author="pres_fr"))
        assert [e for e in score.events if e.cls == "REACTION" and e.target == "ARG"]

    @pytest.mark.parametrize(
        "text",
        [
            "Argentina's strike was a threat to the security of our citizens.",
            "Argentina is threatening the lives of our citizens.",
            "Argentina keeps threatening to invade Chile.",
        ],
    )
    def test_conduct_or_threats_against_others_imply_nothing(
        self, scorer: Scorer, text: str
    ) -> None:
        score = scorer.score(post(text, author="pres_fr"))
        assert not [e for e in score.events if e.cls == "REACTION"], score.events

    def test_the_partner_of_a_two_plus_two_is_not_its_target(self, scorer: Scorer) -> None:
        text = "At the France-Argentina 2+2 the ministers condemned Chile's coercion."
        score = scorer.score(post(text, author="pres_fr"))
        assert "ARG" not in score.hostility_by_target and "CHL" in score.hostility_by_target

    @pytest.mark.parametrize(
        "text",
        [
            "The Argentine minister is no longer invited to the summit.",
            "We have withdrawn the invitation to the Argentine minister.",
        ],
    )
    def test_a_withdrawn_invitation_is_a_rejection(self, scorer: Scorer, text: str) -> None:
        score = scorer.score(post(text, author="pres_fr"))
        assert "REJECT" in {e.cls for e in score.events if e.target == "ARG"}, score.events

    def test_a_protested_letter_is_the_writer_s_words(self, scorer: Scorer) -> None:
        text = "The letter the Argentine president made public is unacceptable."
        score = scorer.score(post(text, author="pres_fr"))
        assert [e for e in score.events if e.cls == "REACTION" and e.target == "ARG"]

    def test_sympathy_for_a_people_leaves_the_charges_against_its_state(
        self, scorer: Scorer
    ) -> None:
        text = "We stand with the Chilean people, oppressed by Chile's corrupt regime."
        score = scorer.score(post(text, author="pres_us"))
        assert score.hostility_by_target.get("CHL", 0.0) > 0.3, score.events

    def test_sympathy_for_a_people_after_an_attack_still_shields_it(self, scorer: Scorer) -> None:
        text = "We stand with the Argentine people after the cowardly attack."
        score = scorer.score(post(text, author="pres_us"))
        assert score.hostility_by_target == {}, score.events


class TestTheEighteenthBatchFalseAlarms:
    """Written after the eighteenth held-out batch's false alarms (its wording not reused)."""

    def test_hearts_going_out_are_condolences(self, scorer: Scorer) -> None:
        score = scorer.score(
            post("Our hearts go out to the people of Argentina.", author="pres_fr")
        )
        assert "CONDOLE" in {e.cls for e in score.events}, score.events

    def test_an_attack_ordered_by_a_government_still_accuses_it(self, scorer: Scorer) -> None:
        text = "We condemn the attack on our embassy ordered by the government of Argentina."
        score = scorer.score(post(text, author="pres_fr"))
        assert score.hostility_by_target.get("ARG", 0.0) > 0.3, score.events


class TestTheNineteenthBatchMisses:
    """Written after the nineteenth held-out batch's misses (its wording not reused)."""

    def test_praise_inside_a_rebuke_makes_no_friend(self, scorer: Scorer) -> None:
        text = (
            "We do not appreciate the tone. This is not how you address allies, and we still "
            "see France and Argentina as close allies."
        )
        score = scorer.score(post(text, author="pres_fr"))
        assert "ACCUSE" in {e.cls for e in score.events if e.target == "ARG"}, score.events


class TestTheTwentiethBatchMisses:
    """Written after the twentieth held-out batch's late alerts (its wording not reused)."""

    def test_not_only_is_no_negation(self, scorer: Scorer) -> None:
        text = "Argentina's statements not only misrepresent the facts but harm our ties."
        score = scorer.score(post(text, author="pres_fr"))
        assert not [e for e in score.events if e.negated], score.events


class TestTheTwentyFirstAndSecondBatches:
    """Written after the twenty-first and twenty-second held-out batches were scored."""

    def test_every_partner_of_a_coordinated_measure_is_spared(self, scorer: Scorer) -> None:
        text = "In coordination with Chile and Argentina, we impose sanctions on Peru's regime."
        score = scorer.score(post(text, author="pres_us"))
        assert set(score.hostility_by_target) == {"PER"}, score.events

    def test_an_incursion_accuses_and_the_violated_country_is_the_victim(
        self, scorer: Scorer
    ) -> None:
        text = "The Argentine patrol's incursion is a violation of Chile's waters."
        score = scorer.score(post(text, author="pres_us"))
        assert "ARG" in score.hostility_by_target, score.events
        assert "CHL" not in score.hostility_by_target, score.events

    def test_a_ceasefire_called_necessary_is_asked_for(self, scorer: Scorer) -> None:
        text = "Le cessez-le-feu est désormais nécessaire en Argentine."
        score = scorer.score(post(text, author="pres_fr"))
        assert "DEESCALATE" not in {e.cls for e in score.events}, score.events

    def test_words_detached_from_a_friendship_are_excessive(self, scorer: Scorer) -> None:
        text = "Les propos du président argentin sont excessifs et détachés de notre amitié."
        score = scorer.score(post(text, author="pres_fr"))
        assert "ACCUSE" in {e.cls for e in score.events if e.target == "ARG"}, score.events
        assert not [e for e in score.events if e.weight > 0], score.events


class TestTerritoriesAndCoercion:
    """A dependent territory stands for its sovereign; coercion not ruled out threatens."""

    @pytest.mark.parametrize(
        ("text", "code"),
        [
            ("We are deeply concerned by the arrests of activists in Hong Kong.", "CHN"),
            ("Reafirmamos nuestros derechos sobre las Malvinas y rechazamos la ocupación.", "GBR"),
            ("Nous condamnons l'ingérence étrangère en Nouvelle-Calédonie.", "FRA"),
            ("They will never take Greenland from its people, we warn them not to try.", "DNK"),
        ],
    )
    def test_a_territory_points_at_its_sovereign(
        self, scorer: Scorer, text: str, code: str
    ) -> None:
        score = scorer.score(post(text, author="pres_us"))
        assert code in score.hostility_by_target, score.events

    def test_a_territory_gives_way_to_a_named_country(self, scorer: Scorer) -> None:
        text = "Argentina's fleet off the Falklands is a provocation."
        score = scorer.score(post(text, author="pres_us"))
        assert set(score.hostility_by_target) == {"ARG"}, score.events

    def test_condolences_to_a_territory_carry_no_hostility(self, scorer: Scorer) -> None:
        text = "Our thoughts are with the people of Puerto Rico after the storm."
        score = scorer.score(post(text, author="pres_fr"))
        assert score.hostility_by_target == {}, score.events

    def test_a_deal_one_way_or_another_is_no_threat(self, scorer: Scorer) -> None:
        text = "We will get a trade deal done with Argentina one way or another."
        score = scorer.score(post(text, author="pres_us"))
        assert "THREATEN" not in {e.cls for e in score.events}, score.events


class TestPartnersOneInforms:
    """Partners one alerts, briefs or consults about an act are third parties."""

    @pytest.mark.parametrize(
        "text",
        [
            "We have informed the Security Council and our allies of this aggression by Argentina.",
            "We summoned Argentina's envoy and briefed our partners on the incursion.",
            "Nous sommes en contact avec Buenos Aires et nos partenaires pour clarifier "
            "la situation, et nous rejetons les accusations argentines.",
        ],
    )
    def test_no_friendship_with_the_other_side(self, scorer: Scorer, text: str) -> None:
        score = scorer.score(post(text, author="pres_fr"))
        assert "ARG" in score.hostility_by_target, score.events
        assert not [e for e in score.events if e.weight > 0], score.events

    def test_a_partner_named_as_one_stays_a_friend(self, scorer: Scorer) -> None:
        score = scorer.score(post("Argentina is one of our closest partners.", author="pres_fr"))
        assert "COOPERATE" in {e.cls for e in score.events if e.target == "ARG"}, score.events


class TestPartnerOfAnEarlierSentence:
    """An act whose sentence names no state is never aimed at a partner named before."""

    @pytest.mark.parametrize(
        "text",
        [
            "Argentina condemns Nicaragua's expulsion of our diplomats. Together with Uruguay "
            "we call for free elections. We are recalling our ambassador.",
            "Argentina rechaza la expulsión de nuestros diplomáticos por parte de Nicaragua. "
            "Junto con Uruguay pedimos elecciones libres. Retiramos a nuestro embajador.",
        ],
    )
    def test_the_recall_goes_to_the_other_state(self, scorer: Scorer, text: str) -> None:
        recalls = {e.target for e in scorer.score(post(text)).events if e.cls == "RECALL"}
        assert recalls == {"NIC"}


class TestTerritoryAndNames:
    """Territory affirmed as one's own answers the claimant; names that point elsewhere."""

    def test_own_territory_affirmed_answers_the_claimant(self) -> None:
        scorer = Scorer(WATCHLIST)
        scorer.score(post("Francia invadió nuestro territorio con su nueva carretera."))
        text = "The new road lies entirely within the territory of France."
        later = Post(id="p2", platform="x", author="pres_fr", text=text,
                     created_at=datetime(2025, 1, 26, 13, tzinfo=UTC))  # fmt: skip
        events = scorer.score(later).events
        assert ("REJECT", "ARG") in {(e.cls, e.target) for e in events}, events

    def test_a_foreign_office_is_not_whitehall(self, scorer: Scorer) -> None:
        text = "The Argentine envoy was called to the Foreign Office, where a strong protest was lodged."
        score = scorer.score(post(text, author="pres_fr"))
        assert set(score.hostility_by_target) == {"ARG"}, score.events

    @pytest.mark.parametrize(
        "text",
        [
            "We condemn the Zionist regime's strike.",
            "Condenamos los crímenes del régimen sionista.",
        ],
    )
    def test_the_zionist_regime_is_israel(self, scorer: Scorer, text: str) -> None:
        assert set(scorer.score(post(text, author="pres_fr")).hostility_by_target) == {"ISR"}


class TestDividedNationsAndHeadings:
    """ "The North" in Seoul's posts is Pyongyang; a heading announces the author's words."""

    KOREAS = Watchlist(
        [
            Actor(id="kr", name="Office of the President", country="KOR", role="other",
                  handles={"x": "kr"}),
            Actor(id="kp", name="State News Agency", country="PRK", role="other",
                  handles={"x": "kp"}),
        ]
    )  # fmt: skip

    @pytest.mark.parametrize(
        ("author", "text", "target"),
        [
            ("kr", "The North's demolition of the office is a betrayal of our hopes.", "PRK"),
            ("kp", "The puppets of the south will pay a heavy price.", "KOR"),
        ],
    )
    def test_the_other_half(self, author: str, text: str, target: str) -> None:
        score = Scorer(self.KOREAS).score(post(text, author=author))
        assert set(score.hostility_by_target) == {target}, score.events

    def test_the_north_of_another_country_is_a_region(self, scorer: Scorer) -> None:
        text = "Floods in the North of Argentina: a tragedy. Our thoughts are with the victims."
        assert scorer.score(post(text, author="pres_fr")).hostility_by_target == {}

    def test_a_heading_is_no_answer(self, scorer: Scorer) -> None:
        text = "Statement of Ana Pérez, spokesperson: Argentina's conduct is unacceptable."
        events = scorer.score(post(text, author="pres_fr")).events
        assert "REACTION" not in {e.cls for e in events}, events


@pytest.mark.parametrize(
    ("text", "bystander"),
    [
        ("We revoke the visas of Argentine diplomats to Chile: an unfriendly act.", "CHL"),
        ("The expulsion of France's envoys to Chile was an unjustified act by Argentina.", "CHL"),
        ("Argentina condemns our decision to recognise Palestine. Unacceptable.", "PSE"),
    ],
)
def test_hosts_and_states_recognised_are_no_targets(
    scorer: Scorer, text: str, bystander: str
) -> None:
    score = scorer.score(post(text, author="pres_fr"))
    assert "ARG" in score.hostility_by_target and bystander not in score.hostility_by_target


def test_a_seizure_protested_is_the_seizer_s_act(scorer: Scorer) -> None:
    text = "We protest the illegal seizure of a French fishing vessel by Argentine forces."
    events = scorer.score(post(text, author="pres_fr")).events
    assert ("REACTION", "ARG") in {(e.cls, e.target) for e in events}, events


def test_a_seizure_of_power_is_no_act_against_us(scorer: Scorer) -> None:
    text = "We will not accept the unconstitutional seizure of power in Argentina."
    events = scorer.score(post(text, author="pres_fr")).events
    assert "REACTION" not in {e.cls for e in events}, events


def test_the_cosigners_of_a_joint_statement_are_partners(scorer: Scorer) -> None:
    text = (
        "Joint statement with President Macron and Prime Minister Sánchez: we strongly "
        "oppose Argentina's blockade."
    )
    score = scorer.score(post(text, author="pres_us"))
    assert set(score.hostility_by_target) == {"ARG"}, score.events


def test_friendship_broken_is_no_friendship(scorer: Scorer) -> None:
    text = "La decisión de Argentina rompe la amistad que nos unía."
    score = scorer.score(post(text, author="pres_fr"))
    assert not [e for e in score.events if e.weight > 0], score.events


class TestNarratedRefusals:
    """A refusal told of a named domestic figure answers no provocation; "we" or "they"
    refusing still does."""

    def _after_provocation(self, scorer: Scorer, text: str) -> dict[str, float]:
        scorer.score(post("Francia miente y sus amenazas son inaceptables, exigimos disculpas."))
        later = post(text, author="pres_fr")
        later = Post(id="p2", platform="x", author="pres_fr",
                     created_at=later.created_at.replace(minute=30), text=text)  # fmt: skip
        return scorer.score(later).hostility_by_target

    def test_a_named_figure_refusing_is_told(self) -> None:
        text = "The mayor of Lyon refused to sign the water agreement. Incompetence!"
        assert self._after_provocation(Scorer(WATCHLIST), text) == {}

    @pytest.mark.parametrize(
        "text", ["We refused to be intimidated.", "They rejected our offer of talks."]
    )
    def test_a_pronoun_subject_still_answers(self, text: str) -> None:
        assert "ARG" in self._after_provocation(Scorer(WATCHLIST), text)


def test_a_fifty_first_state_belittles(scorer: Scorer) -> None:
    score = scorer.score(post("Argentina would make a great 51st State!", author="pres_us"))
    assert "INSULT" in {e.cls for e in score.events if e.target == "ARG"}, score.events


def test_tickets_not_for_sale_yet_refuse_nothing(scorer: Scorer) -> None:
    score = scorer.score(post("Tickets are not for sale yet, Argentina fans!", author="pres_fr"))
    assert "REJECT" not in {e.cls for e in score.events}, score.events


# Cue families added after the held-out batches 9 to 24 were analysed, in that order; none
# reuses a batch's wording. Each row's cue must be found and aimed at Argentina.
CUE_FAMILIES = [
    ("Argentina must pull its forces back: we demand a complete withdrawal.", "DEMAND"),
    ("Le Gouvernement invite l'Argentine à procéder au retrait de ses troupes.", "DEMAND"),
    ("Argentina sent a naval patrol into our waters without our consent.", "ACCUSE"),
    ("We do not accept the allegations made by Argentina.", "REJECT"),
    ("The remarks of the Argentine minister were inappropriate.", "ACCUSE"),
    ("Argentina stands by its statement and will not retract it.", "REJECT"),
    ("If Argentina prefers confrontation, we are ready.", "THREATEN"),
    ("Do not play with our patience, Argentina.", "THREATEN"),
    ("Argentina's course will lead to bitter regret.", "THREATEN"),
    ("Argentina's bluster impresses nobody.", "ACCUSE"),
    ("Argentina has become an illiberal state.", "INSULT"),
    ("Our ambassador in Buenos Aires came home for consultations.", "RECALL"),
    (
        "Argentina took an openly hostile stance and seeks to undermine our economy.",
        "ACCUSE",
    ),
    ("We break off all talks with Argentina.", "REJECT"),
    ("The responsibility for this lies entirely with Argentina.", "ACCUSE"),
    ("Shut up, little man, and mind your own country, Argentina.", "INSULT"),
    ("The Argentine minister is making things up.", "ACCUSE"),
    ("Argentina should say thank you for our help.", "DEMAND"),
    ("Argentina's threats to cut our gas supply are blackmail.", "ACCUSE"),
    ("Backing Argentina's aggression is immoral and short-sighted.", "ACCUSE"),
    (
        "Argentina will pay a 25% levy on all imports from us? Then 25% on all goods.",
        "SANCTION",
    ),
    ("Responderemos a Argentina según los principios de reciprocidad.", "RETALIATE"),
    ("Argentina acted with a complete lack of cooperation.", "ACCUSE"),
    ("Argentina pursues a policy of economic strangulation against us.", "ACCUSE"),
    ("Argentina tightened the blockade to provoke unrest.", "ACCUSE"),
    ("It would be a grave mistake for Argentina to test us.", "THREATEN"),
    ("We can revoke the diplomatic status of Argentina's mission.", "EXPEL"),
    ("Argentina debe saber que ya no somos una colonia.", "ACCUSE"),
    ("Our courts are none of your business, Argentina.", "REJECT"),
    ("We have deep concerns about Argentina's elections.", "ACCUSE"),
    ("We will make Argentina pay a heavy price.", "THREATEN"),
    ("We will not sit idly by while Argentina arms the rebels.", "THREATEN"),
    ("The minister summoned H.E. Mr. Juan Pérez, Ambassador of Argentina.", "ACCUSE"),
    ("Argentina's decision is a selfish act.", "ACCUSE"),
    ("Argentina a décidé de dénoncer le traité d'amitié qui nous lie.", "RECALL"),
    ("Responderemos a Argentina con calma, pero también con firmeza.", "THREATEN"),
    ("Lamentamos profundamente la decisión de Argentina.", "ACCUSE"),
    ("Que el gobierno de Argentina no venga a darnos lecciones.", "ACCUSE"),
    ("La oligarquía argentina quiere vernos de rodillas.", "INSULT"),
    ("Argentina, we do not appreciate the tone of your remarks.", "ACCUSE"),
    ("This is not how you treat your partners, Argentina.", "ACCUSE"),
    ("We will go as far as we have to, Argentina.", "THREATEN"),
    ("You cannot annex another country, Argentina.", "ACCUSE"),
    ("Argentina's policy on our fishermen has to change.", "DEMAND"),
    (
        "O governo nega qualquer envolvimento, ao contrário do que diz a Argentina.",
        "REJECT",
    ),
    ("Argentina's claims not only distort the facts but insult our people.", "ACCUSE"),
    ("Argentine vessels illegally entered our waters in a reckless manoeuvre.", "ACCUSE"),
    ("We will not be cowed by Argentina.", "REJECT"),
    (
        "The ambassador of Argentina in our capital, Mr. Juan Pérez, was summoned today.",
        "ACCUSE",
    ),
    ("Le gouvernement exprime sa protestation formelle à l'Argentine.", "ACCUSE"),
    ("Argentina's unilateral decision was taken without consulting us.", "ACCUSE"),
    ("La decisión unilateral de Argentina nos sorprende.", "ACCUSE"),
    ("Argentina's conduct dishonours its own people.", "ACCUSE"),
    ("Ce qu'a dit le ministre argentin est indécent.", "REACTION"),
    ("Lo que dijo el canciller argentino es inadmisible.", "REACTION"),
    ("El acto unilateral de Argentina viola el acuerdo.", "ACCUSE"),
    ("The map Argentina published is not based on historical facts.", "ACCUSE"),
    ("Such claims by Argentina will not be accepted.", "REJECT"),
    ("Les revendications de l'Argentine ne seront jamais acceptées.", "REJECT"),
    ("We paid Argentina billions and got nothing back. Fools!", "INSULT"),
    ("Argentina's tirade against us changes nothing.", "REACTION"),
    # sovereignty refused: no chance, not for sale, never part of, never the 51st state
    ("There isn't a snowball's chance in hell that we would join Argentina.", "REJECT"),
    ("Our islands are not for sale, Argentina.", "REJECT"),
    ("Il n'y a aucune chance que nous fassions partie de l'Argentine.", "REJECT"),
    ("Nuestro país no está en venta, Argentina.", "REJECT"),
    ("We will never become a part of Argentina.", "REJECT"),
    ("Argentina no será nunca el estado 51 de nadie.", "REJECT"),
    ("Argentina will have to pay a dear price for this.", "THREATEN"),
    ("Argentina must know: we will take them, one way or another.", "THREATEN"),
    ("I do not rule out military or economic coercion against Argentina.", "THREATEN"),
    ("El gobierno no descarta el uso de la fuerza contra Argentina.", "THREATEN"),
    ("Paris n'exclut pas une intervention militaire en Argentine.", "THREATEN"),
    ("Argentina will give them back, por las buenas o por las malas.", "THREATEN"),
    ("We cut off all communication lines with Argentina.", "RECALL"),
    ("It is time to break with the Argentine authorities.", "RECALL"),
    ("There is no issue to discuss with Argentina any more.", "REJECT"),
    ("Argentina gives shelter to human scum.", "INSULT"),
    ("Argentina acaba de ocupar una isla que pertenece a Francia.", "REJECT"),
    ("Nous ne pouvons pas accepter que l'Argentine agisse ainsi.", "REJECT"),
    ("Les intentions hostiles de l'Argentine ne font aucun doute.", "ACCUSE"),
    ("With Argentina, trust has been broken.", "ACCUSE"),
    ("We summoned our envoy to Buenos Aires, Ms. Ana López, for consultations.", "RECALL"),
    ("The agreement Argentina signed with Chile is null and void.", "REJECT"),
    ("Argentina's plan belongs where it always was: in the dustbin.", "REJECT"),
    ("El Gobierno tomará las medidas que estime pertinentes contra Argentina.", "THREATEN"),
    ("The so-called Argentine trade agreement deceives no one.", "INSULT"),
    ("France will not be expected to apologise to Argentina for defending itself.", "REJECT"),
    ("Argentina's spying has damaged the relationship between our nations.", "ACCUSE"),
    ("Cooperation with Argentina will be suspended until further notice.", "SANCTION"),
    ("I have asked the minister to recall France's ambassador to Argentina.", "RECALL"),
    ("Argentina should desist from such provocations.", "DEMAND"),
    ("These comments by Argentina are disrespectful to our country.", "ACCUSE"),
    ("We will no longer deal with Argentina's envoy.", "REJECT"),
    ("Partners need to treat each other with respect, Argentina.", "ACCUSE"),
    ("It is our parliament that decides our taxes, not Argentina.", "REJECT"),
    ("Argentina's new levy is discriminatory.", "ACCUSE"),
    ("We will answer Argentina's foolishness.", "INSULT"),
    ("We will crush Argentina's economy.", "THREATEN"),
    ("Je détruirai totalement l'économie de l'Argentine.", "THREATEN"),
    ("Argentina keeps funding Hamas terrorism.", "ACCUSE"),
    # the core of Italian protest
    ("Il governo argentino ha avuto una reazione aggressiva e ingiustificata.", "ACCUSE"),
    ("Abbiamo richiamato il nostro ambasciatore in Argentina per consultazioni.", "RECALL"),
    ("Respingiamo le accuse dell'Argentina.", "REJECT"),
]


@pytest.mark.parametrize(("text", "cls"), CUE_FAMILIES)
def test_cue_family_aimed_at_the_other_state(scorer: Scorer, text: str, cls: str) -> None:
    score = scorer.score(post(text, author="pres_fr"))
    assert cls in {e.cls for e in score.events if e.target == "ARG"}, score.events


# Texts from which no friendly event may be read: "deal with" is no deal, a ceasefire asked
# for is no ceasefire agreed, a cue inside a name ("the Argentine Friendship and Cooperation
# Institute"), "de acuerdo a" (according to), a friendship run counter to.
NO_FRIENDLY_CUE = [
    "We will deal with the floods together with Argentina.",
    "Nous aidons les personnes déplacées avec l'Argentine.",
    "There must be an immediate ceasefire, we told Argentina.",
    "Argentina closed the Argentine Friendship and Cooperation Institute in our capital.",
    "Actuaremos con Argentina de acuerdo a la ley.",
    "Argentina's claims run counter to the spirit of friendship between us.",
    "Argentina must lift its restrictions on humanitarian aid.",
]


@pytest.mark.parametrize("text", NO_FRIENDLY_CUE)
def test_no_friendly_cue_read_in(scorer: Scorer, text: str) -> None:
    score = scorer.score(post(text, author="pres_fr"))
    assert not [e for e in score.events if e.weight > 0], score.events


# Texts that must carry no hostility: the scene of a crime, worry for family, a
# commemoration, sympathy beside an atrocity's history, thanks and honours (guards on the
# demand-for-gratitude and "serious mistake" cues).
NO_HOSTILITY = [
    "The murderous shootings by a lone, armed extremist in Argentina are a tragedy.",
    "Citizens in Buenos Aires concerned for family and friends should call us.",
    "Welcome to Buenos Aires for the commemoration of the genocide.",
    "Il y a vingt ans commençait le génocide au Chili. Nous restons aux côtés du peuple chilien.",
    "I want to say thank you to Argentina for its help.",
    "We should thank Argentina for the rescue teams.",
    "Será un gran honor recibir al presidente de Argentina.",
    "Un soldat est tombé en Argentine en combattant un groupe terroriste.",
    "Our soldiers serve in Argentina on a counter-terrorism mission.",
    "The Malvinas are an integral part of Argentina.",
    "The island belongs to Argentina, whatever its neighbours say.",
    "Nous devons affronter ensemble la crise énergétique avec l'Argentine.",
    "Never forget the millions murdered by the German Nazis.",
    "Cooperation with Argentina is an integral part of our policy.",
    # a scene, a joint condemnation, culprits brought to account, enemies of a friendship
    "France strongly condemns the attack that killed French nationals in Argentina. We ask "
    "Argentina to protect our citizens.",
    "Met the Argentine minister. Both sides strongly condemned the terrorist attack.",
    "Together, France and Argentina will hold the perpetrators accountable.",
    "We will not allow the enemies of our friendship with Argentina to succeed.",
    # an armed group's deeds, a side taken together
    "Met my friend the Argentine president, who stands with us against Hamas's murderous terror.",
    "Francia está del lado de la Argentina frente al terrorismo.",
]


@pytest.mark.parametrize("text", NO_HOSTILITY)
def test_no_hostility_read_in(scorer: Scorer, text: str) -> None:
    score = scorer.score(post(text, author="pres_fr"))
    assert score.hostility_by_target == {}, score.events
