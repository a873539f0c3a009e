"""The multilingual scorer: language, tone, events, targets and hostility per target."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from monitor.models import Post, Score
from monitor.scoring import Scorer, VaderBaselineScorer, vader_polarity
from monitor.watchlist import Actor, Watchlist

WATCHLIST = Watchlist(
    [
        Actor(id="pres-a", name="Gustavo Petro", country="COL", role="head_of_state",
              handles={"x": "petrogustavo"}),
        Actor(id="pres-b", name="Donald Trump", country="USA", role="head_of_state",
              handles={"x": "realDonaldTrump", "truthsocial": "realDonaldTrump"}),
        Actor(id="fm-c", name="Mevlüt Çavuşoğlu", country="TUR", role="foreign_minister",
              handles={"x": "MevlutCavusoglu"}),
        Actor(id="pm-d", name="Kyriakos Mitsotakis", country="GRC", role="head_of_government",
              handles={"x": "kmitsotakis"}),
        Actor(id="mfa-e", name="Ministerio de Relaciones Exteriores", country="MEX",
              role="ministry", handles={"x": "SRE_mx"}),
        Actor(id="pm-f", name="Pedro Sánchez", country="ESP", role="head_of_government",
              handles={"x": "sanchezcastejon"}, aliases=("Perro Sanxe",)),
    ]
)  # fmt: skip


@pytest.fixture(scope="module")
def scorer() -> Scorer:
    return Scorer(WATCHLIST)


def post(text: str, author: str = "realDonaldTrump", lang: str | None = None, **kw: object) -> Post:
    return Post(
        id=kw.pop("id", "p1"),  # type: ignore[arg-type]
        platform="x",
        author=author,
        created_at=datetime(2025, 1, 26, 12, tzinfo=UTC),
        text=text,
        lang=lang,
        **kw,  # type: ignore[arg-type]
    )


def classes(score: Score, target: str | None = None) -> set[str]:
    return {e.cls for e in score.events if target is None or e.target == target}


class TestLanguage:
    def test_tag_wins(self, scorer: Scorer) -> None:
        """A platform tag like pt-BR is used as given (normalised)."""
        assert scorer.score(post("Hello there friends", lang="pt-BR")).lang == "pt"

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("We will not accept this decision and we demand an answer today.", "en"),
            ("El gobierno de los Estados Unidos no puede tratar así a nuestros migrantes.", "es"),
            ("O governo não aceita as declarações e convocou o embaixador para consultas.", "pt"),
            ("Le gouvernement ne peut pas accepter ces propos et convoque l'ambassadeur.", "fr"),
            ("Правительство не примет это решение", "ru"),
        ],
    )
    def test_detects_untagged(self, scorer: Scorer, text: str, expected: str) -> None:
        """Untagged posts get a detected language."""
        assert scorer.score(post(text)).lang == expected

    def test_other_language_is_marked(self, scorer: Scorer) -> None:
        """A language outside en/es/pt/fr is scored but flagged as not supported."""
        score = scorer.score(post("Die Regierung wird das nicht akzeptieren und es ist nicht gut"))
        assert score.lang == "de"
        assert not score.lang_supported


class TestTone:
    def test_english_is_vader(self, scorer: Scorer) -> None:
        """English tone equals VADER's compound."""
        text = "This is a terrible, shameful decision."
        assert scorer.score(post(text, lang="en")).tone == pytest.approx(vader_polarity(text))

    def test_spanish_lexicon(self, scorer: Scorer) -> None:
        """Spanish gets its own lexicon: insults negative, thanks positive."""
        assert scorer.score(post("Es una vergüenza y una traición", lang="es")).tone < -0.3
        assert scorer.score(post("Muchas gracias, gran amigo, felicidades", lang="es")).tone > 0.3

    def test_negation_flips(self, scorer: Scorer) -> None:
        """'no es bueno' is not positive."""
        assert scorer.score(post("no es bueno", lang="es")).tone < 0


class TestEvents:
    def test_sanction_toward_named_country(self, scorer: Scorer) -> None:
        """Tariffs on Colombian goods are a SANCTION aimed at COL, hostility high."""
        score = scorer.score(
            post("Emergency 25% tariffs on all goods from Colombia, effective now.")
        )
        assert "SANCTION" in classes(score, "COL")
        assert score.hostility_by_target["COL"] > 0.6
        assert score.author_country == "USA"

    def test_negated_sanction_is_not_hostile(self, scorer: Scorer) -> None:
        """'We will not impose tariffs on Colombia' raises no hostility."""
        score = scorer.score(post("We will not impose tariffs on Colombia."))
        assert score.hostility_by_target.get("COL", 0.0) == 0.0
        assert any(e.negated for e in score.events)

    def test_conditional_act_is_a_threat(self, scorer: Scorer) -> None:
        """A conditional sanction is coded THREATEN and marked hedged."""
        score = scorer.score(post("If Colombia refuses the flights, we will impose sanctions."))
        threats = [e for e in score.events if e.cls == "THREATEN"]
        assert threats and all(e.hedged for e in threats)

    def test_spanish_rejection_and_demand(self, scorer: Scorer) -> None:
        """Spanish REJECT and DEMAND cues aimed at 'EE.UU.' resolve to USA."""
        text = "No aceptaremos vuelos de deportación. Exigimos a EE.UU. un trato digno."
        score = scorer.score(post(text, author="petrogustavo", lang="es"))
        assert {"REJECT", "DEMAND"} <= classes(score, "USA")
        assert score.hostility_by_target["USA"] > 0.4

    def test_condolences_are_not_hostile(self, scorer: Scorer) -> None:
        """Condolences full of sad words carry no hostility toward the country."""
        text = (
            "Deeply saddened by the devastating earthquake in Türkiye. Our condolences to the "
            "victims and their families; Greece stands ready to assist."
        )
        score = scorer.score(post(text, author="kmitsotakis"))
        assert score.tone < 0
        assert score.hostility == 0.0
        assert "CONDOLE" in classes(score, "TUR")

    def test_sarcastic_praise_is_hostile(self, scorer: Scorer) -> None:
        """'Congratulations to the so-called president of Colombia' is hostile."""
        score = scorer.score(post("Congratulations to the so-called president of Colombia."))
        assert score.hostility_by_target["COL"] > 0.2
        assert "INSULT" in classes(score, "COL")

    def test_scare_quotes_flip_praise(self, scorer: Scorer) -> None:
        """Praise in scare quotes counts as sarcasm."""
        score = scorer.score(post('Colombia and its "friendship" with us.'))
        assert "INSULT" in classes(score, "COL")

    def test_reported_speech_is_discounted(self, scorer: Scorer) -> None:
        """A hostile cue inside quotation marks weighs less than the same cue said."""
        said = scorer.score(post("Colombia must immediately release them."))
        quoted = scorer.score(post('Colombia used the words "must immediately release" today.'))
        assert quoted.hostility_by_target["COL"] < said.hostility_by_target["COL"]

    def test_third_party_hostility_targets_third_party(self, scorer: Scorer) -> None:
        """A joint condemnation of a third country is hostile to it, not to the partner."""
        text = (
            "Together with our friends in Mexico we signed a joint statement. "
            "We condemn Russia's invasion of Ukraine."
        )
        score = scorer.score(post(text))
        assert score.hostility_by_target.get("MEX", 0.0) == 0.0
        assert score.hostility_by_target["RUS"] > 0.5

    def test_population_is_not_the_target(self, scorer: Scorer) -> None:
        """'massacre of Palestinian protesters by Israeli forces' is aimed at Israel."""
        score = scorer.score(
            post("We condemn the massacre of Palestinian protesters by Israeli forces.")
        )
        assert score.hostility_by_target["ISR"] > 0.5
        assert "PSE" not in score.hostility_by_target


class TestTargets:
    def test_surname_and_capital(self, scorer: Scorer) -> None:
        """A derived surname ('Petro') and a capital ('Washington') both resolve."""
        score = scorer.score(post("Petro has betrayed the deal and Washington is furious."))
        assert "COL" in score.targets and "pres-a" in score.target_actors

    def test_accent_folded_surname(self, scorer: Scorer) -> None:
        """'Cavusoglu' without accents matches 'Çavuşoğlu'."""
        score = scorer.score(post("Cavusoglu lied to us about the deal.", author="kmitsotakis"))
        assert "TUR" in score.targets

    def test_alias_and_mention(self, scorer: Scorer) -> None:
        """Watchlist aliases and @mentions both point at the actor's country."""
        assert "ESP" in scorer.score(post("Perro Sanxe again")).targets
        assert "ESP" in scorer.score(post("Hello @sanchezcastejon")).targets
        assert "ESP" in scorer.score(post("hi", mentions=("sanchezcastejon",))).targets

    def test_ministry_name_gives_no_surname(self, scorer: Scorer) -> None:
        """An organisation's name is not split into a 'surname' like 'Exteriores'."""
        assert "MEX" not in scorer.score(post("Exteriores is a word")).targets

    def test_reply_resolves_to_replied_author(self, scorer: Scorer) -> None:
        """A hostile reply with no name in it is aimed at the author of the post it answers."""
        scorer.score(post("Our migrants deserve dignity.", author="petrogustavo", id="a1"))
        reply = scorer.score(post("You are a liar and a disgrace.", id="a2", reply_to="a1"))
        assert reply.hostility_by_target["COL"] > 0.4

    def test_abbreviation_is_case_sensitive(self, scorer: Scorer) -> None:
        """'US' is the United States, 'us' is a pronoun."""
        assert "USA" in scorer.score(post("The US must stop.", author="petrogustavo")).targets
        assert "USA" not in scorer.score(post("Tell us more.", author="petrogustavo")).targets


class TestRobustness:
    @pytest.mark.parametrize(
        "text",
        [
            "",
            "\x1b[31mred\x1b[0m \x00\x07 \u202e reversed",
            "sanctions " * 5000,
            "😡" * 3000 + " but " * 100,
            "\udcff broken surrogate",
            "{not json} <html><body>error</body></html>",
        ],
    )
    def test_never_raises(self, scorer: Scorer, text: str) -> None:
        """Any text yields a Score with values in range."""
        score = scorer.score(post(text))
        assert -1.0 <= score.tone <= 1.0
        assert 0.0 <= score.hostility <= 1.0

    def test_long_post_is_capped(self, scorer: Scorer) -> None:
        """A 50,000-character post is scored (on its capped opening)."""
        text = "Colombia must pay. " + "x" * 50_000
        assert scorer.score(post(text)).hostility_by_target["COL"] > 0


class TestBaseline:
    def test_vader_baseline_hostility(self) -> None:
        """The baseline's hostility is VADER's negative compound toward each target."""
        baseline = VaderBaselineScorer(WATCHLIST)
        text = "Colombia is a terrible disgrace."
        score = baseline.score(post(text))
        assert score.hostility_by_target["COL"] == pytest.approx(-vader_polarity(text), abs=1e-4)
        assert score.events == ()

    def test_baseline_blind_to_spanish_sanctions(self) -> None:
        """VADER sees no hostility in Spanish tariffs (the gap the full scorer closes)."""
        text = "Impondremos aranceles del 50% a Colombia."
        assert VaderBaselineScorer(WATCHLIST).score(post(text)).hostility == 0.0
        assert Scorer(WATCHLIST).score(post(text)).hostility_by_target["COL"] > 0.5


class TestVictimsAndReportedActs:
    def test_victim_of_invasion_is_not_the_target(self, scorer: Scorer) -> None:
        """'Russia's invasion of Ukraine' is hostility toward Russia only."""
        for text, lang in [
            ("We condemn Russia's invasion of Ukraine.", "en"),
            ("Condenamos la invasión rusa de Ucrania.", "es"),
        ]:
            score = scorer.score(post(text, lang=lang))
            assert score.hostility_by_target["RUS"] > 0.5
            assert "UKR" not in score.hostility_by_target

    def test_reported_act_is_an_accusation(self, scorer: Scorer) -> None:
        """Another country's tariffs, reported, are an ACCUSE against it, not our SANCTION."""
        score = scorer.score(post("Mexico's tariffs hurt our farmers.", author="petrogustavo"))
        assert classes(score, "MEX") == {"ACCUSE"}

    def test_solidarity_after_attack(self, scorer: Scorer) -> None:
        """Solidarity after an attack on a country is friendly toward it."""
        score = scorer.score(
            post("Solidarity with Türkiye after the terrorist attacks on Istanbul.")
        )
        assert score.hostility == 0.0


class TestEmoji:
    def test_emoji_carry_tone_in_any_language(self, scorer: Scorer) -> None:
        """A post in an unsupported language still gets tone from its emoji."""
        score = scorer.score(post("Das ist nicht gut 😡😠", lang="de"))
        assert score.tone < 0 and not score.lang_supported

    def test_emoji_add_to_romance_tone(self, scorer: Scorer) -> None:
        """Emoji move a Spanish post's tone in their direction."""
        plain = scorer.score(post("Reunión con el presidente", lang="es")).tone
        happy = scorer.score(post("Reunión con el presidente 😀🎉", lang="es")).tone
        assert happy > plain


class TestReaction:
    def test_protest_of_words_names_the_speaker(self, scorer: Scorer) -> None:
        """'The words of President Petro are unacceptable' marks a REACTION toward COL only."""
        text = "The words of President Petro are unacceptable, as Washington has said."
        score = scorer.score(post(text, author="kmitsotakis"))
        reactions = [e for e in score.events if e.cls == "REACTION"]
        assert [e.target for e in reactions] == ["COL"]
        assert all(e.weight == 0.0 for e in reactions)

    def test_no_reaction_without_hostility(self, scorer: Scorer) -> None:
        """Quoting kind words of a leader is no reaction."""
        score = scorer.score(post("Thank you for the kind words, President Petro!"))
        assert not any(e.cls == "REACTION" for e in score.events)


class TestMoreCues:
    @pytest.mark.parametrize(
        ("author", "text", "target", "cls"),
        [
            (
                "petrogustavo",
                "Rechazamos los aranceles impuestos por Estados Unidos.",
                "USA",
                "ACCUSE",
            ),
            ("kmitsotakis", "We will not cede an inch to Türkiye.", "TUR", "REJECT"),
            (
                "petrogustavo",
                "Habrá una respuesta contundente contra Estados Unidos.",
                "USA",
                "THREATEN",
            ),
            ("realDonaldTrump", "Spain is an accomplice of the terrorists.", "ESP", "ACCUSE"),
            (
                "petrogustavo",
                "Aplicaremos medidas arancelarias a Estados Unidos.",
                "USA",
                "SANCTION",
            ),
        ],
    )
    def test_generic_cues(
        self, scorer: Scorer, author: str, text: str, target: str, cls: str
    ) -> None:
        """Common diplomatic phrasings in several languages map to their class and target."""
        score = scorer.score(post(text, author=author))
        assert cls in classes(score, target)
        assert score.hostility_by_target[target] > 0.3


class TestPartners:
    def test_hostile_words_about_a_third_party_spare_the_addressee(self, scorer: Scorer) -> None:
        """A call with a partner about a terror attack is not hostility toward the partner."""
        text = (
            "Spoke with @petrogustavo about the horrific terror attack. "
            "We stand together against terrorism and condemn the killers."
        )
        score = scorer.score(post(text, author="kmitsotakis"))
        assert score.hostility_by_target.get("COL", 0.0) == 0.0

    def test_hostile_reply_to_addressee_still_counts(self, scorer: Scorer) -> None:
        """Without friendly words, an accusation addressed to a leader is aimed at them."""
        score = scorer.score(post("@petrogustavo your lies and your propaganda disgrace you."))
        assert score.hostility_by_target["COL"] > 0.4


class TestSubtleties:
    def test_praise_from_an_enemy_group_is_mockery(self, scorer: Scorer) -> None:
        """'Sánchez, Hamas thanks you for your service' is hostile toward Spain."""
        score = scorer.score(post("Sánchez, Hamas thanks you for your service."))
        assert score.hostility_by_target["ESP"] > 0.3

    def test_saint_is_not_a_surname(self, scorer: Scorer) -> None:
        """'San Petro' style place names do not resolve to the watched actor."""
        assert "pres-a" not in scorer.score(post("La patria de San Petro")).target_actors

    def test_act_suffered_is_an_accusation(self, scorer: Scorer) -> None:
        """'the expulsion of our diplomats' is not the author's own expulsion."""
        score = scorer.score(post("We reject the expulsion of our diplomats by Colombia."))
        assert "EXPEL" not in classes(score)

    def test_thanks_for_words_is_no_reaction(self, scorer: Scorer) -> None:
        """Thanking a leader for his words about past crimes implies nothing hostile."""
        text = "We remember the Nazi crimes. I thank President Petro for his words."
        score = scorer.score(post(text, author="kmitsotakis"))
        assert not any(e.cls == "REACTION" for e in score.events)

    def test_sarcasm_needs_the_same_sentence(self, scorer: Scorer) -> None:
        """Praise and an insult in one sentence: sarcasm; praise stays friendly elsewhere."""
        same = scorer.score(post("Congratulations to the dictator of Colombia!"))
        assert "CONGRATULATE" not in classes(same, "COL")
        apart = scorer.score(post("Congratulations to Colombia. Dictators elsewhere worry."))
        assert "CONGRATULATE" in classes(apart, "COL")


class TestScoreBatch:
    def test_a_batch_scores_exactly_as_post_by_post(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """score_batch (stage by stage over chunks) equals score() post by post: replies to
        posts earlier in the same batch, answers to a provocation, a post that breaks a
        stage (neutral fallback, the rest unaffected) and a batch longer than one chunk."""
        from msgspec.structs import replace

        from monitor.demo import demo_posts, demo_watchlist
        from monitor.scoring import scorer as scorer_module

        posts = demo_posts()
        late = posts[-1].created_at  # after the provocation it answers
        posts += [
            replace(
                post("Aplicaremos medidas de reciprocidad.", author="petrogustavo", id="answer"),
                created_at=late,
            ),
            post("Totally unacceptable!", author="petrogustavo", id="reply", reply_to=posts[4].id),
            post("x" * 60_000, id="long"),
            post("", id="empty"),
            post("This one breaks the target finder.", id="broken"),
        ]
        posts = posts * 5  # more than one chunk; repeated ids are the caller's business
        real_find = scorer_module.TargetFinder.find

        def find(self: object, p: Post, *args: object, **kw: object) -> object:
            if p.id == "broken":
                raise RuntimeError("finder bug")
            return real_find(self, p, *args, **kw)  # type: ignore[arg-type]

        monkeypatch.setattr(scorer_module.TargetFinder, "find", find)
        one_by_one = Scorer(demo_watchlist())
        expected = [one_by_one.score(p) for p in posts]
        assert len(posts) > scorer_module._CHUNK
        assert Scorer(demo_watchlist()).score_batch(posts) == expected
        broken = [s for s, p in zip(expected, posts, strict=True) if p.id == "broken"]
        assert broken and all(s.lang == "und" and s.hostility == 0.0 for s in broken)
        answers = [s for s, p in zip(expected, posts, strict=True) if p.id == "answer"]
        assert all("USA" in s.hostility_by_target for s in answers)  # aimed at the provoker
