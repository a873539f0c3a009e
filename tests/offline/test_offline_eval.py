"""Offline backtest and eval: the dev scenarios, our extra cases, the CLI contracts."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from monitor.detection import Detector, DetectorSettings
from monitor.offline import backtest_main, eval_main, load_scenarios, score_scenario
from monitor.scoring import Scorer
from tests.conftest import SCENARIOS

EXTRA = Path(__file__).resolve().parents[1] / "data" / "extra_scenarios"
# Written before the second round of tuning (then tuned on: no longer held out).
HELDOUT = Path(__file__).resolve().parents[1] / "data" / "heldout_scenarios"
# Written after that tuning and scored untuned (6/6 found, 0 false alarms, first run).
HELDOUT2 = Path(__file__).resolve().parents[1] / "data" / "heldout2_scenarios"
# Scored untuned (5/7 and 4/6 found, 1 false alarm), then tuned on: recalls as severe
# acts, refusals to negotiate, "ignores their right", "talking nonsense", solidarity
# partners. No longer held out.
HELDOUT3 = Path(__file__).resolve().parents[1] / "data" / "heldout3_scenarios"
HELDOUT4 = Path(__file__).resolve().parents[1] / "data" / "heldout4_scenarios"
# Written blind by a helper that never read the scorer; scored untuned at 2/6 by the
# alert_by post (5/6 alerted at all), 0 false alarms; then tuned on. Its three late alerts
# come after an alert_by post in a language without cues (Dutch, Hungarian, Russian).
HELDOUT5 = Path(__file__).resolve().parents[1] / "data" / "heldout5_scenarios"
# Written blind after that tuning (49% en, 27% es, 11% fr, 11% pt), scored untuned at 4/6
# by the alert_by post (6/6 alerted at all), 0 false alarms; then tuned on.
HELDOUT6 = Path(__file__).resolve().parents[1] / "data" / "heldout6_scenarios"
# Written blind after that tuning (59% en; Asia, Middle East, Oceania, Americas), scored
# untuned at 4/6 by the alert_by post, 0 false alarms (VADER: 0/6, 1 false alarm on the
# Beirut condolences); then tuned on.
HELDOUT8 = Path(__file__).resolve().parents[1] / "data" / "heldout8_scenarios"
# Written blind beside the eighth (Americas, Europe, Africa; 45% en), scored after the
# eighth was tuned on but itself untuned: 3/6 by the alert_by post, 0 false alarms; then
# tuned on.
HELDOUT7 = Path(__file__).resolve().parents[1] / "data" / "heldout7_scenarios"
# Written blind with 5 hostile and 5 hard negatives each, scored untuned: the ninth at
# precision 0.50 (the France-Rwanda reconciliation alerted) and recall 0.20, the tenth at
# 1.00 and 0.80; then tuned on (Ivory Coast-Mali found once mercenaries, soldiers unjustly
# held and release without delay became cues, and a cue inside a name stopped counting).
HELDOUT9 = Path(__file__).resolve().parents[1] / "data" / "heldout9_scenarios"
HELDOUT10 = Path(__file__).resolve().parents[1] / "data" / "heldout10_scenarios"
# Written blind (Europe, Africa, Asia, Middle East; 25% fr), scored untuned at precision
# 0.33 (two false alarms: condolences for the Vienna attack, Greece protesting Turkey
# beside Egypt) and recall 0.20 (VADER 0.67 / 0.40); its false alarms then fixed, and
# China-India found once 'not acceptable', stern protests and changing the status quo
# became cues, Rwanda-South Africa once a charge of distortion answered words, France-Iran
# once 'unlike in X' became a jab.
HELDOUT12 = Path(__file__).resolve().parents[1] / "data" / "heldout12_scenarios"
# Written blind (Latin America, Spain, Portugal; 42% es), scored untuned after the twelfth's
# fixes: precision 0.67 (Guatemala-USA: 'the fight against corruption', 'stood with
# Guatemalans when a corrupt few...') and recall 0.40, every exchange alerted; its false
# alarm then fixed; El Salvador-USA found once 'none of your business' became a rejection,
# Ecuador-UK once an unnamed act went to the provoker among the states named.
HELDOUT11 = Path(__file__).resolve().parents[1] / "data" / "heldout11_scenarios"
# Written blind (Asia-Pacific, Middle East, Africa; 36% in languages without cues), scored
# untuned at precision 0.67 (Saudi Arabia protesting an Israeli minister's words about
# Palestinians, read as Israel's hostility) and recall 0.40 (VADER 1.00 / 0.40); then
# tuned on.
HELDOUT13 = Path(__file__).resolve().parents[1] / "data" / "heldout13_scenarios"
# Written blind beside the thirteenth (Europe, post-Soviet space, Americas; 44% in eight
# languages without cues), scored untuned after the thirteenth's false alarm was fixed:
# precision 1.00, recall 0.20 (VADER 0.50 / 0.20); then tuned on.
HELDOUT14 = Path(__file__).resolve().parents[1] / "data" / "heldout14_scenarios"
# Written blind, every episode mostly in en/es/pt/fr, scored untuned after the thirteenth
# and fourteenth were tuned on: precision 1.00, recall 0.80 (VADER 0.00 / 0.00); then
# tuned on (France-UK found once a withdrawn invitation and a protested letter counted).
HELDOUT15 = Path(__file__).resolve().parents[1] / "data" / "heldout15_scenarios"
# Written blind beside the fifteenth (Asia, Middle East, Caucasus, Eastern Europe; 62% in
# twelve languages without cues), scored untuned: precision 0.67 (Japan and the
# Philippines' joint 2+2 statement against China read as aimed at the partner) and recall
# 0.40 (VADER 1.00 / 0.20); then tuned on.
HELDOUT16 = Path(__file__).resolve().parents[1] / "data" / "heldout16_scenarios"
# Written blind, all posts in en/es/pt/fr (the Americas and Europe; Africa, South Asia, the
# Gulf and Oceania), scored untuned: the seventeenth at precision 1.00 and recall 0.80
# (VADER 1.00 / 0.40), the eighteenth at 0.67 (Christchurch condolences, the Rwanda genocide
# commemoration) and 0.80 (VADER 1.00 / 0.60); then tuned on.
HELDOUT17 = Path(__file__).resolve().parents[1] / "data" / "heldout17_scenarios"
HELDOUT18 = Path(__file__).resolve().parents[1] / "data" / "heldout18_scenarios"
# Written blind, all posts in en/es/pt/fr, scored untuned: the nineteenth (pairs with the
# Americas or Europe) at precision 1.00 and recall 0.60 (VADER 1.00 / 0.00), the twentieth
# (Africa, the Middle East, Asia) at 1.00 and 0.60 (VADER 1.00 / 0.20); then tuned on.
HELDOUT19 = Path(__file__).resolve().parents[1] / "data" / "heldout19_scenarios"
HELDOUT20 = Path(__file__).resolve().parents[1] / "data" / "heldout20_scenarios"
# Written blind, all posts in en/es/pt/fr, scored untuned: the twenty-first (the Americas)
# at precision 0.75 (the US sanctioning Nicaragua "in coordination with Canada and the
# United Kingdom") and recall 0.60 (VADER 1.00 / 0.00), the twenty-second (Europe, Africa,
# the Middle East) at 1.00 and 0.80 (VADER 0.00 / 0.00); then their false alarm and
# France-Israel fixed; the two late alerts analysed (see KNOWN_MISSES).
HELDOUT21 = Path(__file__).resolve().parents[1] / "data" / "heldout21_scenarios"
HELDOUT22 = Path(__file__).resolve().parents[1] / "data" / "heldout22_scenarios"
# Written blind (the twenty-third: Latin America and Spain; the twenty-fourth: francophone
# Africa, the Maghreb, Belgium; the twenty-fifth: Asia-Pacific, South Asia, the Middle
# East), scored untuned: precision 0.83 (Panama's post on Venezuela expelling its
# diplomats alerts PAN-VEN in the Dominican Republic-Panama set) and recall 1.00 (VADER
# 1.00 / 0.20); 1.00 and 0.60 (VADER 1.00 / 0.00); 1.00 and 0.20 (VADER 1.00 / 0.40).
# Then tuned on: summons and protests with long appositions, unilateral acts, own
# territory affirmed, "the North" of a divided nation, statement headings.
HELDOUT23 = Path(__file__).resolve().parents[1] / "data" / "heldout23_scenarios"
HELDOUT24 = Path(__file__).resolve().parents[1] / "data" / "heldout24_scenarios"
HELDOUT25 = Path(__file__).resolve().parents[1] / "data" / "heldout25_scenarios"
# Written blind by a helper that never read the scorer (the twenty-sixth: the Americas,
# Europe, Africa, 10% Italian; the twenty-seventh: Asia, the Middle East, the post-Soviet
# space), scored untuned: 1.00 / 0.00 (VADER 1.00 / 0.20) and 1.00 / 1.00 (VADER 0.75 /
# 0.60); then tuned on (Colombia-Peru found once land "that belongs to" the author's
# state became a rejection of the claimant, France-Italy once Italy's core protest words
# became cues).
HELDOUT26 = Path(__file__).resolve().parents[1] / "data" / "heldout26_scenarios"
HELDOUT27 = Path(__file__).resolve().parents[1] / "data" / "heldout27_scenarios"
# Written blind by a helper that never read the scorer (the twenty-eighth: Latin America,
# Southern and Eastern Europe; the twenty-ninth: Africa, South and Southeast Asia, the Gulf,
# Oceania), scored untuned: 1.00 / 0.40 (VADER 0.00 / 0.00) and 1.00 / 0.40 (VADER 1.00 /
# 0.20); then tuned on ("null and void", refusals to apologise, diplomats' hosts and states
# recognised are no targets, the Reich is not today's Germany).
HELDOUT28 = Path(__file__).resolve().parents[1] / "data" / "heldout28_scenarios"
HELDOUT29 = Path(__file__).resolve().parents[1] / "data" / "heldout29_scenarios"
# Written blind by a helper that never read the scorer (the thirtieth: North America,
# Western Europe, the Caribbean; the thirty-first: the Middle East, East Asia), scored
# untuned: 1.00 / 0.60 (VADER 1.00 / 0.20) and 0.75 / 0.60 (VADER 0.00 / 0.00; the Dasu
# bus attack condolences alerted CHN-PAK); then tuned on (a state named only as the scene
# of an attack, a condemnation made by both sides and the culprits brought to account
# reach no one; disrespect, discrimination and "X decides, not Y" count).
HELDOUT30 = Path(__file__).resolve().parents[1] / "data" / "heldout30_scenarios"
HELDOUT31 = Path(__file__).resolve().parents[1] / "data" / "heldout31_scenarios"
# Written blind by a helper that never read the scorer (any region), scored untuned at
# 0.80 / 0.80 (VADER 1.00 / 0.80; Milei's visit to Israel alerted ARG-ISR on "Hamas's
# murderous terror"); then tuned on (an armed group's deeds charge no state, cosigners of
# a joint statement are partners).
HELDOUT32 = Path(__file__).resolve().parents[1] / "data" / "heldout32_scenarios"


def need(directory: Path) -> Path:
    if not (directory / "labels.json").exists():
        pytest.skip(f"{directory} is not available")
    return directory


def summary(
    capsys: pytest.CaptureFixture[str],
) -> tuple[list[dict[str, object]], dict[str, object]]:
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines() if line.strip()]
    return lines[:-1], lines[-1]


SETS = {
    "dev": SCENARIOS,
    "extra": EXTRA,
    "heldout": HELDOUT,
    "heldout2": HELDOUT2,
    "heldout3": HELDOUT3,
    "heldout4": HELDOUT4,
    "heldout5": HELDOUT5,
    "heldout6": HELDOUT6,
    "heldout7": HELDOUT7,
    "heldout8": HELDOUT8,
    "heldout9": HELDOUT9,
    "heldout10": HELDOUT10,
    "heldout11": HELDOUT11,
    "heldout12": HELDOUT12,
    "heldout13": HELDOUT13,
    "heldout14": HELDOUT14,
    "heldout15": HELDOUT15,
    "heldout16": HELDOUT16,
    "heldout17": HELDOUT17,
    "heldout18": HELDOUT18,
    "heldout19": HELDOUT19,
    "heldout20": HELDOUT20,
    "heldout21": HELDOUT21,
    "heldout22": HELDOUT22,
    "heldout23": HELDOUT23,
    "heldout24": HELDOUT24,
    "heldout25": HELDOUT25,
    "heldout26": HELDOUT26,
    "heldout27": HELDOUT27,
    "heldout28": HELDOUT28,
    "heldout29": HELDOUT29,
    "heldout30": HELDOUT30,
    "heldout31": HELDOUT31,
    "heldout32": HELDOUT32,
}

# Known, understood misses: the test fails if they change, so a fix or a regression shows.
# brazil-france-2019-08: Bolsonaro's first answers protest Macron's conduct, not words the
# reaction rule recognises; the alert comes one post later, at Macron's "he lied to me".
KNOWN_MISSES: set[str] = {"brazil-france-2019-08"} | {
    "netherlands-turkey-2017-03",  # alerts at the first English answer, 6 h later
    "hungary-ukraine-2018-10",  # 2 h later
    "azerbaijan-russia-2025-06",  # 16.5 h later
    # Lula's scare at Maduro's "bloodbath" and Maduro's chamomile-tea mockery carry no cue
    # (the same incident in the seventh and eighth batches, from different posts).
    "brazil-venezuela-2024-07",
    # Frederiksen's "absurd discussion" names no state and answers no post in the set.
    "denmark-usa-2019-08",
    # Hunt's threat is about Hong Kong, which is no state in the gazetteer; the alert comes
    # when the Foreign Office protests the ambassador's remarks, a day later.
    "china-united-kingdom-2019-07",
    # the State Department's first answer is "deeply concerned" beside "we stand by the
    # Cuban people"; the alert comes at Blinken's "serious mistake", a day later.
    "cuba-usa-2021-07",
    "israel-poland-2021-08",  # Warsaw answers in Polish
    "japan-russia-2022-03",  # Moscow's Russian statement precedes its English one by 40 min
    "estonia-russia-2024-02",  # Zakharova posts in Russian; Kallas's first reply is defiance
    # Wang Yi's "heavy price" names only the senate president; Prague answers in Czech.
    "china-czechia-2020-08",
    "china-japan-2023-08",  # Tokyo's first protest is in Japanese; its English one is 3 days on
    # Katz's answer names Erdoğan's threat against Israel, which implies Turkey's side,
    # but the two together stay just under the combined threshold; the alert comes with
    # the Turkish ministry's answer, 3.5 hours later.
    "israel-turkey-2024-07",
    # Petro's reciprocity promise sits in a post praising the cooperation; the alert comes
    # with Bogotá's counter-tariff eight hours later.
    "colombia-ecuador-2026-01",
    # Katz's answer to Khamenei is in Hebrew; the alert comes with his English call for
    # sanctions on Iran, four days later.
    "iran-israel-2024-04",
    # Ethiopia's answers deny and welcome ("warmly welcomed the President of Somalia ...
    # the delegation refused the assigned security"); none is hostile enough to count.
    "ethiopia-somalia-2024-01",
    # Nairobi's answer to Khartoum's charges is a mild rebuttal ("without any ulterior
    # motives"); Kenya never posts a hostile word.
    "kenya-sudan-2025-02",
    # Morocco's summons is 23 days before Madrid's; the alert comes with Rabat's recall of
    # its ambassador, 8 hours after Madrid summons her.
    "morocco-spain-2021-05",
    "israel-poland-2018-01",  # Warsaw's answer is in Polish; the alert comes 3 weeks later
    # Sa'ar's visa revocation answers Canberra's refusal of an Israeli figure's visa, which
    # names no state; the alert comes with Wong's answer, 10.5 hours later.
    "australia-israel-2025-08",
    # Mahathir's charge names Kashmir, not India; New Delhi's demand that Malaysia desist
    # from "such remarks" names no speaker beside the word.
    "india-malaysia-2019-09",
    # Hunt's "disrespectful and wrong" is wrapped in alliance words ("the UK/US alliance",
    # "I agree", "allies") that outweigh it; Trump's insults alone make no exchange.
    "united-kingdom-usa-2019-07",
    "turkey-usa-2019-10",  # Ankara's first answer is in Turkish; the alert comes a day later
}
# Fixed: canada-united-kingdom-2018-03 (Canada protesting "unacceptable behaviour by
# Russia") and egypt-greece-2020-08 (Greece protesting Turkey's "illegal actions") alerted
# on one side's post alone until protests of conduct stopped implying the other side's
# hostility (protests of words, announcements and measures still do).
# dominican-republic-panama-2024-08: Panama reports Venezuela expelling its diplomats and
# recalls its own: a real rupture between two other states in the set, alerted as PAN-VEN
# on Panama's post alone (a severe act suffered implies the other side's hostility). Kept:
# an analyst wants it, and the one-sided rule finds dozens of hostile scenarios in time.
KNOWN_FALSE_ALARMS: set[str] = {"dominican-republic-panama-2024-08"}


class TestScenarios:
    @pytest.mark.parametrize(
        "directory",
        list(SETS.values()),
        ids=list(SETS),
    )
    def test_every_hostile_found_in_time_and_no_false_alarm(self, directory: Path) -> None:
        """Each hostile scenario alerts by its alert_by post; no non-hostile one alerts."""
        outcomes = []
        for name, posts, label, watchlist in load_scenarios(need(directory)):
            detector = Detector(DetectorSettings(), watchlist)
            outcomes.append(score_scenario(name, posts, label, Scorer(watchlist), detector))
        missed = {o.name for o in outcomes if o.expected and not o.found}
        false_alarms = {o.name for o in outcomes if not o.expected and o.false_alarm}
        names = {o.name for o in outcomes}
        assert false_alarms == KNOWN_FALSE_ALARMS & names
        assert missed == KNOWN_MISSES & names

    def test_extra_set_is_large_and_mixed(self) -> None:
        """The extra set has 10+ cases, both labels, and posts in es, pt, fr and another language."""
        scenarios = load_scenarios(need(EXTRA))
        assert len(scenarios) >= 10
        assert {label.hostile for _, _, label, _ in scenarios} == {True, False}
        langs = {post.lang for _, posts, _, _ in scenarios for post in posts}
        assert {"en", "es", "pt", "fr", "it"} <= langs


class TestEvalCli:
    def test_json_summary_last(self, capsys: pytest.CaptureFixture[str]) -> None:
        """--json prints one line per scenario and the summary object last."""
        assert eval_main(str(need(SCENARIOS)), True, None) == 0
        rows, last = summary(capsys)
        assert len(rows) == 10 and all("scenario" in row for row in rows)
        assert {"precision", "recall", "f1", "scenarios"} <= set(last)
        assert last["scenarios"] == 10 and last["recall"] == 1.0

    def test_baseline_side_by_side(self, capsys: pytest.CaptureFixture[str]) -> None:
        """--baseline vader adds the baseline to every row and to the summary."""
        assert eval_main(str(need(SCENARIOS)), True, "vader") == 0
        rows, last = summary(capsys)
        assert all("baseline" in row for row in rows)
        baseline = last["baseline"]
        assert isinstance(baseline, dict)
        assert baseline["recall"] < last["recall"]

    def test_table_output(self, capsys: pytest.CaptureFixture[str]) -> None:
        """Without --json a readable table ends with precision and recall lines."""
        assert eval_main(str(need(SCENARIOS)), False, "vader") == 0
        out = capsys.readouterr().out
        assert "colombia-usa-2025-01" in out and "precision" in out and "vader" in out

    def test_missing_directory(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        """A directory without labels.json is a clear error, exit code 2."""
        assert eval_main(str(tmp_path), True, None) == 2
        assert "labels.json" in capsys.readouterr().err


class TestBacktestCli:
    def test_json_alert_lines(self, capsys: pytest.CaptureFixture[str]) -> None:
        """backtest --json prints one alert object per line, with the contract fields."""
        stem = need(SCENARIOS) / "colombia-usa-2025-01"
        assert backtest_main(f"{stem}.jsonl", [f"{stem}.toml"], True) == 0
        alerts = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
        assert alerts[0]["kind"] == "hostile_exchange"
        assert alerts[0]["countries"] == ["COL", "USA"]
        assert alerts[0]["trigger_post"] == "truthsocial:realDonaldTrump:0002"
        assert len({a["id"] for a in alerts}) == len(alerts)
        assert all(a["key"] == "COL-USA" for a in alerts)

    def test_bad_lines_are_skipped(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """Malformed lines are reported with their line number and the rest still runs."""
        stem = need(SCENARIOS) / "colombia-usa-2025-01"
        good = Path(f"{stem}.jsonl").read_bytes().splitlines()
        data = tmp_path / "posts.jsonl"
        data.write_bytes(b"\n".join([b"{broken", b"<html>oops</html>", b"\xff\xfe", *good]))
        shutil.copy(f"{stem}.toml", tmp_path / "w.toml")
        assert backtest_main(str(data), [str(tmp_path / "w.toml")], True) == 0
        captured = capsys.readouterr()
        assert "posts.jsonl:1" in captured.err and "posts.jsonl:3" in captured.err
        assert '"hostile_exchange"' in captured.out

    def test_missing_file(self, capsys: pytest.CaptureFixture[str]) -> None:
        """A missing posts file exits 2 with a message."""
        assert backtest_main("/nonexistent/posts.jsonl", [], False) == 2
        assert "backtest" in capsys.readouterr().err
