"""Recorded scores and alerts for the terminal-view tests, at fixed times."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime, timedelta

import redis as sync_redis
from redis.asyncio import Redis

from monitor.keys import Keys
from monitor.models import Alert, AlertPost, Event, Post, Score, to_json
from monitor.watchlist import Actor, Watchlist

NOW = datetime(2025, 1, 26, 20, 0, tzinfo=UTC)

WATCHLIST = Watchlist(
    [
        Actor(id="gustavo-petro", name="Gustavo Petro", country="COL", role="head_of_state",
              handles={"x": "petrogustavo"}),
        Actor(id="donald-trump", name="Donald Trump", country="USA", role="head_of_state",
              handles={"truthsocial": "realDonaldTrump"}),
        Actor(id="marco-rubio", name="Marco Rubio", country="USA", role="foreign_minister",
              handles={"x": "SecRubio"}),
        Actor(id="lula", name="Luiz Inácio Lula da Silva", country="BRA", role="head_of_state",
              handles={"x": "LulaOficial"}),
    ]
)  # fmt: skip


def at(hours_ago: float) -> datetime:
    return NOW - timedelta(hours=hours_ago)


def scored(
    ident: str,
    author: str,
    country: str,
    actor: str,
    when: datetime,
    text: str,
    *,
    tone: float = 0.0,
    hostility: float = 0.0,
    events: Iterable[Event] = (),
    lang: str = "en",
    platform: str = "x",
) -> tuple[Post, Score]:
    events = tuple(events)
    by_target = {e.target: hostility for e in events if e.target and not e.negated and hostility}
    post = Post(
        id=ident,
        platform=platform,
        author=author,
        created_at=when,
        text=text,
        lang=lang,
        url=f"https://example.org/{author}/{ident}",
    )
    score = Score(
        post_id=ident,
        lang=lang,
        lang_supported=True,
        tone=tone,
        hostility=hostility,
        author_actor=actor,
        author_country=country,
        hostility_by_target=by_target,
        events=events,
        targets=tuple(sorted({e.target for e in events if e.target})),
    )
    return post, score


PETRO_DEFY = scored(
    "x:petro:1", "petrogustavo", "COL", "gustavo-petro", at(11.3),
    "Desautorizo la entrada de aviones norteamericanos con migrantes colombianos. "
    "EEUU debe establecer un protocolo de tratamiento digno.",
    tone=-0.3, hostility=0.55, lang="es",
    events=[Event(cls="REJECT", cue="Desautorizo la entrada", weight=-4.0, target="USA")],
)  # fmt: skip
PETRO_DOMESTIC = scored(
    "x:petro:0", "petrogustavo", "COL", "gustavo-petro", at(21.5),
    "El Catatumbo vive una crisis humanitaria por la guerra del ELN.",
    tone=-0.6, lang="es",
)  # fmt: skip
TRUMP_TARIFFS = scored(
    "ts:trump:2", "realDonaldTrump", "USA", "donald-trump", at(2.9),
    "Petro's denial of these flights has jeopardized our National Security, so I have "
    "directed urgent and decisive retaliatory measures: Emergency 25% tariffs and visa sanctions.",
    tone=-0.7, hostility=0.9, platform="truthsocial",
    events=[
        Event(cls="RETALIATE", cue="retaliatory measures", weight=-7.0, target="COL"),
        Event(cls="SANCTION", cue="25% tariffs", weight=-8.0, target="COL"),
    ],
)  # fmt: skip
RUBIO_VISAS = scored(
    "x:rubio:1", "SecRubio", "USA", "marco-rubio", at(2.0),
    "Visa restrictions on Colombian government officials, effective immediately.",
    tone=-0.4, hostility=0.7,
    events=[Event(cls="SANCTION", cue="Visa restrictions", weight=-6.0, target="COL")],
)  # fmt: skip
LULA_ISRAEL = scored(
    "x:lula:1", "LulaOficial", "BRA", "lula", at(5.0),
    "O que está acontecendo na Faixa de Gaza não é uma guerra, é um genocídio.",
    tone=-0.8, hostility=0.45, lang="pt",
    events=[Event(cls="ACCUSE", cue="é um genocídio", weight=-5.0, target="ISR")],
)  # fmt: skip
PETRO_NEGATED = scored(
    "x:petro:2", "petrogustavo", "COL", "gustavo-petro", at(0.5),
    "No vamos a imponer aranceles a los Estados Unidos.",
    tone=0.1, hostility=0.0, lang="es",
    events=[Event(cls="SANCTION", cue="imponer aranceles", weight=-6.0, target="USA",
                  negated=True)],
)  # fmt: skip

RECORDED = [PETRO_DOMESTIC, PETRO_DEFY, LULA_ISRAEL, TRUMP_TARIFFS, RUBIO_VISAS, PETRO_NEGATED]

HOSTILE = (
    "\x1b[31mRED\x1b[0m \x1b]0;pwned\x07title \x1b[2J\u202eesrever\u202c zero\u200bwidth\x07bell"
)
ESCAPES = scored(
    "x:rubio:evil", "SecRubio", "USA", "marco-rubio", at(1.0),
    HOSTILE + " [bold]not markup[/bold] sanctions on Colombia",
    tone=-0.2, hostility=0.3,
    events=[Event(cls="SANCTION\x1b[5m", cue="sanctions\x1b[7m", weight=-3.0, target="COL")],
)  # fmt: skip


def alert_post(pair: tuple[Post, Score], target: str) -> AlertPost:
    post, score = pair
    return AlertPost(
        id=post.id, platform=post.platform, author=post.author, created_at=post.created_at,
        text=post.text, actor=score.author_actor, country=score.author_country, target=target,
        url=post.url, lang=score.lang, tone=score.tone, hostility=score.hostility,
        events=score.events,
    )  # fmt: skip


ALERT = Alert(
    id="COL-USA#1.1",
    key="COL-USA",
    kind="hostile_exchange",
    severity="warning",
    countries=("COL", "USA"),
    actors=("donald-trump", "gustavo-petro"),
    trigger_post=TRUMP_TARIFFS[0].id,
    at=at(2.9),
    summary="Colombia and the United States are trading hostile posts",
    posts=(alert_post(PETRO_DEFY, "USA"), alert_post(TRUMP_TARIFFS, "COL")),
    first_seen=at(11.3),
    last_seen=at(2.9),
    intensity={"COL>USA": 0.55, "USA>COL": 0.9},
    why="USA retaliated (RETALIATE, SANCTION) 8h after COL rejected (REJECT)",
)
RESOLVED_OTHER = Alert(
    id="BRA-ISR#1.2",
    key="BRA-ISR",
    kind="resolved",
    severity="info",
    countries=("BRA", "ISR"),
    actors=("lula",),
    trigger_post=LULA_ISRAEL[0].id,
    at=at(4.0),
    summary="Brazil and Israel: exchange over",
    posts=(alert_post(LULA_ISRAEL, "ISR"),),
    first_seen=at(5.0),
    last_seen=at(4.0),
)


def entry_id(moment: datetime, seq: int = 0) -> str:
    return f"{int(moment.timestamp() * 1000)}-{seq}"


Fields = dict[bytes | bytearray | memoryview | str | int | float, bytes | bytearray | memoryview | str | int | float]  # fmt: skip


def score_fields(pair: tuple[Post, Score]) -> Fields:
    post, score = pair
    return {"post_id": post.id.encode(), "post": to_json(post), "score": to_json(score)}


def alert_fields(alert: Alert) -> Fields:
    return {"alert": to_json(alert)}


async def write_scores(redis: Redis, keys: Keys, pairs: Iterable[tuple[Post, Score]]) -> None:
    """XADD each scored post with an id at its post time (so 'scored at' is fixed)."""
    for pair in pairs:
        await redis.xadd(keys.scores, score_fields(pair), id=entry_id(pair[0].created_at))


async def write_alerts(redis: Redis, keys: Keys, alerts: Iterable[Alert]) -> None:
    for alert in alerts:
        await redis.xadd(keys.alerts, alert_fields(alert), id=entry_id(alert.at))


def write_all_sync(url: str, keys: Keys) -> None:
    """The recorded data through a blocking client (for the snapshot tests)."""
    client = sync_redis.Redis.from_url(url)
    try:
        for pair in RECORDED:
            client.xadd(keys.scores, score_fields(pair), id=entry_id(pair[0].created_at))
        for alert in (RESOLVED_OTHER, ALERT):
            client.xadd(keys.alerts, alert_fields(alert), id=entry_id(alert.at))
    finally:
        client.close()
