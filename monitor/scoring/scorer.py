"""The full scorer: language, tone, escalation events, targets and hostility per target."""

from __future__ import annotations

import logging
import math
import re
from collections import OrderedDict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import cache
from operator import itemgetter

from msgspec.structs import replace

from monitor.models import Event, Post, Score
from monitor.scoring.attribution import attach_targets, protests_words, reactions
from monitor.scoring.coder import Coder, Cue
from monitor.scoring.cues import POSITIVE
from monitor.scoring.lang import SUPPORTED, detect_language, normalise_tag
from monitor.scoring.rounding import rounder
from monitor.scoring.targets import Ref, TargetFinder, counterpart_refs
from monitor.scoring.text import clip, fold, fold_case_kept, sentence_spans
from monitor.scoring.tone import tone, vader_polarity
from monitor.watchlist import Watchlist

log = logging.getLogger("diplomon.scoring")
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def _utc(moment: datetime) -> datetime:
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment


_RECENT = 20_000  # post id -> author country, to resolve replies and quotes
_PROVOCATION = timedelta(hours=48)  # an unnamed answer may answer a provocation this recent
_PROVOKED_AT = 0.3  # hostility toward a country that counts as a provocation to it
# Untargeted events of these classes answer a foreign provocation ("we will respond with
# reciprocity"); accusations and insults without a name are too often domestic.
_ANSWERS = frozenset(
    {"REJECT", "RETALIATE", "SANCTION", "THREATEN", "EXPEL", "RECALL", "ULTIMATUM", "DEESCALATE"}
)
# "Governor X refused to sign": a refusal told in the past tense of a named subject (not
# "we", "I" or "they") reports what someone did; in a post that names no foreign state it
# is no answer to a provocation, nor an act of the provoker's.
_NARRATED = re.compile(r"\w+ed")
_PRONOUN_SUBJECT = re.compile(r"(?:^|\W)(?:we|i|they|he|she|we've|i've|they've)(?:\s+\w+){0,2}\s*$")
_SCALE = 6.0  # conflict weight that gives hostility 1 - 1/e
_round4 = rounder(4)


class _Base:
    """What both scorers share: language, author, targets."""

    def __init__(self, watchlist: Watchlist) -> None:
        self.watchlist = watchlist
        self.finder = TargetFinder(watchlist)
        self._recent: OrderedDict[str, str] = OrderedDict()
        self._authors: dict[tuple[str, str], tuple[str | None, str | None]] = {}
        # target country -> source country -> time of its latest hostile post toward it
        self._provoked: dict[str, dict[str, datetime]] = {}

    def score(self, post: Post) -> Score:
        """Never raises: a post that breaks the scorer gets a neutral, flagged score."""
        try:
            return self._score(post)
        except Exception as exc:
            return self._fallback(post, exc)

    def _score(self, post: Post) -> Score:
        raise NotImplementedError

    def _author(self, post: Post) -> tuple[str | None, str | None]:
        key = (post.author, post.platform)
        known = self._authors.get(key)
        if known is None:
            actor = self.watchlist.by_handle(post.author, post.platform)
            known = (actor.id, actor.country) if actor else (None, None)
            if len(self._authors) >= _RECENT:
                self._authors.clear()
            self._authors[key] = known
        return known

    def _remember(self, post: Post, country: str | None) -> None:
        if country is None:
            return
        self._recent[post.id] = country
        if len(self._recent) > _RECENT:
            self._recent.popitem(last=False)

    def _note_provocations(
        self, post: Post, country: str | None, by_target: dict[str, float]
    ) -> None:
        if country is None:
            return
        moment = _utc(post.created_at)
        for target, hostility in by_target.items():
            if hostility >= _PROVOKED_AT:
                sources = self._provoked.setdefault(target, {})
                if moment > sources.get(country, _EPOCH):
                    sources[country] = moment

    def _provoker(self, country: str, post: Post) -> str | None:
        """The country whose hostile post toward ``country`` is the most recent, if recent."""
        moment = _utc(post.created_at)
        recent = [
            (at, source)
            for source, at in self._provoked.get(country, {}).items()
            if timedelta(0) <= moment - at <= _PROVOCATION
        ]
        return max(recent)[1] if recent else None

    def _answer_targets(
        self,
        post: Post,
        country: str | None,
        events: list[Event],
        refs: list[Ref],
        scan: _Scan,
        provoker_of: Callable[[], str | None],
    ) -> list[Event]:
        """Aim an unnamed answer ("we will respond with reciprocity") at the recent provoker,
        when the post names no other country or names the provoker among others. A post
        that protests words ("these remarks are absurd") answers with all its hostile cues."""
        unnamed = [e for e in events if e.target is None and (e.cls in _ANSWERS or e.weight < 0)]
        if country is None or not unnamed:
            return events
        provoker = provoker_of()
        if provoker is None:
            return events
        named = {r.country for r in refs if r.country != country and not r.bystander}
        if named and provoker not in named:
            return events
        answers_words = protests_words(scan.folded, scan.sentences, scan.protests)

        def is_answer(e: Event) -> bool:
            if e.target is not None:
                return False
            if e.cls in _ANSWERS:
                return bool(named) or not _narrated(scan.folded, e.cue)
            return answers_words and e.weight < 0

        return [replace(e, target=provoker) if is_answer(e) else e for e in events]

    def _context_refs(self, post: Post) -> list[Ref]:
        refs = []
        for ref_id in (post.reply_to, post.quote_of):
            country = self._recent.get(ref_id) if ref_id else None
            if country is not None:
                refs.append(Ref(-1, country))
        return refs

    @staticmethod
    def _language(post: Post, folded: str) -> str:
        return normalise_tag(post.lang) or detect_language(folded)

    def _fallback(self, post: Post, exc: BaseException) -> Score:
        log.warning(
            "scoring failed; neutral score", extra={"post_id": post.id, "error": repr(exc)[:200]}
        )
        return Score(post_id=post.id, lang="und", lang_supported=False, tone=0.0, hostility=0.0)


def _narrated(folded: str, cue: str) -> bool:
    """Whether ``cue`` is a past-tense act whose subject is no pronoun."""
    cue = fold(cue)
    if not _NARRATED.fullmatch(cue):
        return False
    at = folded.find(cue)
    return at >= 0 and not _PRONOUN_SUBJECT.search(folded, max(0, at - 30), at)


@dataclass(frozen=True, slots=True)
class _Scan:
    """What the order-free stages found in one post's text."""

    text: str
    folded: str
    lang: str
    sentences: list[tuple[int, int]]
    cues: list[Cue]
    protests: list[int]
    refs: list[Ref]


_CHUNK = 50  # posts per stage in score_batch: enough to reuse caches, small enough to fit them


class Scorer(_Base):
    """Scores one post: never raises, any text, long posts capped."""

    def __init__(self, watchlist: Watchlist) -> None:
        super().__init__(watchlist)
        self.coder = Coder()

    def score_batch(self, posts: Sequence[Post]) -> list[Score]:
        """``[self.score(p) for p in posts]``, computed stage by stage over chunks of posts.

        Every post's text scan, then every post's tone, then the order-dependent rest
        post by post: each large regex and lexicon then stays in the CPU cache across
        posts, which costs ~15% less than scoring post by post. Never raises.
        """
        scores: list[Score] = []
        for start in range(0, len(posts), _CHUNK):
            scores += self._score_chunk(posts[start : start + _CHUNK])
        return scores

    def _score_chunk(self, posts: Sequence[Post]) -> list[Score]:
        failed: dict[int, Score] = {}
        scans: list[_Scan | None] = []
        for i, post in enumerate(posts):
            try:
                scans.append(self._scan(post))
            except Exception as exc:
                failed[i] = self._fallback(post, exc)
                scans.append(None)
        tones: list[float | None] = []
        for i, scan in enumerate(scans):
            try:
                tones.append(None if scan is None else tone(scan.text, scan.folded, scan.lang))
            except Exception as exc:
                failed[i] = self._fallback(posts[i], exc)
                tones.append(None)
        scores = []
        for i, (post, scan, tone_value) in enumerate(zip(posts, scans, tones, strict=True)):
            if scan is None or tone_value is None:
                scores.append(failed[i])
                continue
            try:
                scores.append(self._finish(post, scan, tone_value))
            except Exception as exc:
                scores.append(self._fallback(post, exc))
        return scores

    def _score(self, post: Post) -> Score:
        scan = self._scan(post)
        return self._finish(post, scan, tone(scan.text, scan.folded, scan.lang))

    def _scan(self, post: Post) -> _Scan:
        """The stages that depend on this post alone."""
        text = clip(post.text)
        cased = fold_case_kept(text)
        folded = fold(text, cased)
        sentences = sentence_spans(folded)
        cues = self.coder.cues(folded, sentences)
        protests = [c.start for c in cues if c.weight < 0]
        # bystanders (victims, populations) only matter to hostile cues
        refs = self.finder.find(post, text, folded, cased, bystanders=bool(protests))
        lang = self._language(post, folded)
        return _Scan(text, folded, lang, sentences, cues, protests, refs)

    def _finish(self, post: Post, scan: _Scan, tone_value: float) -> Score:
        """The stages that depend on the posts scored before (replies, provocations)."""
        text, folded, sentences, protests = scan.text, scan.folded, scan.sentences, scan.protests
        actor_id, country = self._author(post)
        refs = scan.refs
        compass = counterpart_refs(country, text)
        if compass:
            refs = sorted(refs + compass, key=itemgetter(0))
        if post.reply_to or post.quote_of:
            refs = refs + self._context_refs(post)
        cues = scan.cues
        # the recent provoker, looked up once and only when an unnamed cue needs it
        provoker = cache(lambda: self._provoker(country, post) if country else None)
        events = (
            attach_targets(cues, refs, sentences, country, text, folded, provoker) if cues else []
        )
        if events:
            events = self._answer_targets(post, country, events, refs, scan, provoker)
            events += reactions(text, folded, sentences, refs, country, events, protests)
        by_target = _hostility(events, tone_value) if events else {}
        foreign = _foreign_countries(refs, country, events)
        self._remember(post, country)
        if by_target:
            self._note_provocations(post, country, by_target)
        return Score(
            post_id=post.id,
            lang=scan.lang,
            lang_supported=scan.lang in SUPPORTED,
            tone=tone_value,
            hostility=max(by_target.values(), default=0.0),
            author_actor=actor_id,
            author_country=country,
            hostility_by_target=by_target,
            events=tuple(events),
            targets=tuple(foreign),
            target_actors=tuple(sorted({r.actor for r in refs if r.actor and r.actor != actor_id})),
        )


class VaderBaselineScorer(_Base):
    """Baseline: hostility toward every found target = VADER's negative compound."""

    def _score(self, post: Post) -> Score:
        text = clip(post.text)
        folded = fold(text)
        lang = self._language(post, folded)
        actor_id, country = self._author(post)
        refs = self.finder.find(post, text, folded) + self._context_refs(post)
        compound = vader_polarity(clip(text, 2000))
        foreign = _foreign_countries(refs, country, [])
        hostility = round(max(0.0, -compound), 4)
        self._remember(post, country)
        return Score(
            post_id=post.id,
            lang=lang,
            lang_supported=lang in SUPPORTED,
            tone=compound,
            hostility=hostility if foreign else 0.0,
            author_actor=actor_id,
            author_country=country,
            hostility_by_target={c: hostility for c in foreign},
            targets=tuple(foreign),
        )


def _foreign_countries(refs: Iterable[Ref], own: str | None, events: list[Event]) -> list[str]:
    found = {r.country for r in refs if r.strong and r.country != own}
    found |= {e.target for e in events if e.target and e.target != own}
    return sorted(found)


def _hostility(events: list[Event], tone_value: float) -> dict[str, float]:
    """Per target: conflict weight minus cooperation, squashed to 0..1."""
    conflict: dict[str, float] = {}
    cooperation: dict[str, float] = {}
    for event in events:
        if event.target is None:
            continue
        if event.weight < 0:
            conflict[event.target] = conflict.get(event.target, 0.0) - event.weight
        elif event.cls in POSITIVE:
            cooperation[event.target] = cooperation.get(event.target, 0.0) + event.weight
    result: dict[str, float] = {}
    for target, amount in conflict.items():
        net = amount - cooperation.get(target, 0.0) + max(0.0, -tone_value)
        if net > 0:
            result[target] = _round4(1.0 - math.exp(-net / _SCALE))
    return result
