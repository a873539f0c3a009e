"""A fixed, deterministic corpus of realistic official posts for ``diplomon bench``.

Posts in English, Spanish, Portuguese and French by ministries and heads of
state of twelve countries: mostly routine diplomacy (visits, agreements,
congratulations), some condolences, and a share of hostile posts aimed at
another country (accusations, threats, sanctions, rejections), with
de-escalation in between. The same ``seed`` and ``n`` always give the same
posts, so figures from two runs are comparable. Invented wording; no real
exchange is copied.
"""

# ruff: noqa: E501  (tables of sentences read better unwrapped)
from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from monitor.models import Post

START = datetime(2025, 3, 1, 8, 0, tzinfo=UTC)


@dataclass(frozen=True)
class BenchActor:
    id: str
    name: str
    country: str
    role: str
    handle: str
    lang: str


_COUNTRIES: dict[str, tuple[str, dict[str, str]]] = {
    # alpha-3: (language of its officials, name in en/es/pt/fr)
    "USA": ("en", {"en": "the United States", "es": "Estados Unidos", "pt": "os Estados Unidos", "fr": "les États-Unis"}),
    "GBR": ("en", {"en": "the United Kingdom", "es": "el Reino Unido", "pt": "o Reino Unido", "fr": "le Royaume-Uni"}),
    "CAN": ("en", {"en": "Canada", "es": "Canadá", "pt": "o Canadá", "fr": "le Canada"}),
    "MEX": ("es", {"en": "Mexico", "es": "México", "pt": "o México", "fr": "le Mexique"}),
    "COL": ("es", {"en": "Colombia", "es": "Colombia", "pt": "a Colômbia", "fr": "la Colombie"}),
    "ARG": ("es", {"en": "Argentina", "es": "Argentina", "pt": "a Argentina", "fr": "l'Argentine"}),
    "ESP": ("es", {"en": "Spain", "es": "España", "pt": "a Espanha", "fr": "l'Espagne"}),
    "BRA": ("pt", {"en": "Brazil", "es": "Brasil", "pt": "o Brasil", "fr": "le Brésil"}),
    "PRT": ("pt", {"en": "Portugal", "es": "Portugal", "pt": "Portugal", "fr": "le Portugal"}),
    "FRA": ("fr", {"en": "France", "es": "Francia", "pt": "a França", "fr": "la France"}),
    "SEN": ("fr", {"en": "Senegal", "es": "Senegal", "pt": "o Senegal", "fr": "le Sénégal"}),
    "DZA": ("fr", {"en": "Algeria", "es": "Argelia", "pt": "a Argélia", "fr": "l'Algérie"}),
}  # fmt: skip

_ROUTINE = {
    "en": [
        "Productive meeting today with the Foreign Minister of {target}. We discussed trade, energy security and our shared commitment to a stable region.",
        "Pleased to welcome the delegation from {target} to our capital. Our partnership keeps growing: new agreements on education, health and climate.",
        "Congratulations to {target} on its national day. We look forward to deepening our friendship and cooperation.",
        "Today we signed a memorandum of understanding with {target} on critical minerals and clean energy supply chains.",
        "Joint statement after the strategic dialogue with {target}: both sides agreed to expand consular cooperation and student exchanges.",
    ],
    "es": [
        "Reunión muy productiva con la canciller de {target}. Avanzamos en comercio, migración ordenada y cooperación en seguridad.",
        "Damos la bienvenida a la delegación de {target}. Firmamos acuerdos en educación, salud y transición energética.",
        "Felicitamos al pueblo de {target} en su día nacional. Seguiremos fortaleciendo nuestros lazos de amistad.",
        "Hoy suscribimos con {target} un memorando de entendimiento sobre infraestructura y conectividad regional.",
        "Comunicado conjunto tras el diálogo político con {target}: ampliaremos la cooperación consular y académica.",
    ],
    "pt": [
        "Encontro produtivo hoje com o chanceler de {target}. Tratamos de comércio, energia e cooperação regional.",
        "Recebemos com alegria a delegação de {target}. Assinamos acordos em educação, saúde e clima.",
        "Parabéns ao povo de {target} pela sua data nacional. Seguiremos aprofundando nossa amizade.",
        "Assinamos hoje com {target} um memorando de entendimento sobre minerais críticos e energia limpa.",
        "Declaração conjunta após o diálogo estratégico com {target}: vamos ampliar a cooperação consular.",
    ],
    "fr": [
        "Entretien fructueux aujourd'hui avec le ministre des Affaires étrangères de {target}. Commerce, énergie et sécurité régionale au menu.",
        "Nous accueillons la délégation de {target}. Nouveaux accords signés dans l'éducation, la santé et le climat.",
        "Félicitations au peuple de {target} à l'occasion de sa fête nationale. Notre amitié continuera de se renforcer.",
        "Signature aujourd'hui avec {target} d'un protocole d'accord sur les minerais critiques et l'énergie propre.",
        "Déclaration conjointe à l'issue du dialogue stratégique avec {target} : coopération consulaire et universitaire renforcée.",
    ],
}  # fmt: skip

_CONDOLENCE = {
    "en": ["Our deepest condolences to the people of {target} after the terrible earthquake. We stand ready to help with rescue teams and aid."],
    "es": ["Nuestras más sentidas condolencias al pueblo de {target} por las víctimas de las inundaciones. Estamos listos para enviar ayuda."],
    "pt": ["Nossas sinceras condolências ao povo de {target} pelas vítimas do ataque terrorista. Toda a nossa solidariedade."],
    "fr": ["Nos plus sincères condoléances au peuple de {target} après ce terrible attentat. La France se tient à vos côtés."],
}  # fmt: skip

_HOSTILE = {
    "en": [
        "The government of {target} has violated our agreement and deported our citizens in chains. This is unacceptable. We will respond with tariffs of 25% on all goods from {target}.",
        "We strongly condemn the reckless provocation by {target}. Any further aggression will be met with immediate sanctions and visa bans on its officials.",
        "{target} must release our detained nationals now. We reject these baseless accusations and summon its ambassador.",
        "The regime in {target} lies to its people and to the world. We are recalling our ambassador and suspending all cooperation.",
    ],
    "es": [
        "Rechazamos de manera categórica las amenazas de {target}. No aceptaremos vuelos con migrantes esposados. Impondremos aranceles recíprocos.",
        "El gobierno de {target} miente y ataca nuestra soberanía. Hemos convocado a su embajador y suspendemos la cooperación.",
        "Exigimos a {target} que cese de inmediato su injerencia en nuestros asuntos internos. Responderemos con firmeza.",
        "Condenamos la agresión de {target}. Expulsamos a sus diplomáticos y cerramos el espacio aéreo a sus vuelos.",
    ],
    "pt": [
        "Repudiamos veementemente as ameaças de {target}. Não aceitaremos chantagem e vamos retaliar com tarifas.",
        "O governo de {target} mente e ataca a nossa soberania. Convocamos o embaixador para explicações.",
        "Exigimos que {target} liberte imediatamente os nossos cidadãos detidos. Isto é inaceitável.",
    ],
    "fr": [
        "Nous condamnons fermement les menaces inacceptables de {target}. Nous rappelons notre ambassadeur et suspendons toute coopération.",
        "Le gouvernement de {target} ment et porte atteinte à notre souveraineté. Des sanctions seront prises sans délai.",
        "Nous exigeons que {target} cesse immédiatement ses provocations. Nous expulsons ses diplomates.",
    ],
}  # fmt: skip

_DEESCALATE = {
    "en": ["After a constructive call with {target}, we agreed to lift the tariffs and resume dialogue. Diplomacy works."],
    "es": ["Tras una conversación constructiva con {target}, acordamos levantar las medidas y retomar el diálogo."],
    "pt": ["Após uma conversa construtiva com {target}, acordamos suspender as medidas e retomar o diálogo."],
    "fr": ["Après un échange constructif avec {target}, nous avons convenu de lever les mesures et de reprendre le dialogue."],
}  # fmt: skip

_THREAD_TAIL = {
    "en": " We will keep our partners informed. More details in the full statement published on our website today.",
    "es": " Mantendremos informados a nuestros socios. Más detalles en el comunicado publicado hoy en nuestra web.",
    "pt": " Manteremos os nossos parceiros informados. Mais detalhes na nota publicada hoje no nosso site.",
    "fr": " Nous tiendrons nos partenaires informés. Plus de détails dans le communiqué publié aujourd'hui sur notre site.",
}

_CONTRACTIONS = {
    "es": ((" de el ", " del "), (" a el ", " al ")),
    "pt": ((" de o ", " do "), (" de a ", " da "), (" de os ", " dos "), (" a o ", " ao ")),
    "fr": ((" de le ", " du "), (" de les ", " des "), (" à le ", " au "), (" à les ", " aux ")),
    "en": (),
}

_ROLES = (("head_of_state", "pres"), ("ministry", "mfa"))
_PLATFORMS = ("x", "bluesky", "mastodon")


def bench_actors() -> list[BenchActor]:
    """Two official accounts (head of state, foreign ministry) per country."""
    actors: list[BenchActor] = []
    for code, (lang, names) in _COUNTRIES.items():
        for role, short in _ROLES:
            handle = f"bench_{short}_{code.lower()}"
            title = "President of" if role == "head_of_state" else "Foreign Ministry of"
            actors.append(
                BenchActor(
                    id=f"bench-{short}-{code.lower()}",
                    name=f"{title} {names['en']}",
                    country=code,
                    role=role,
                    handle=handle,
                    lang=lang,
                )
            )
    return actors


def bench_watchlist_toml() -> str:
    """The corpus's actors as a watchlist file, one handle per platform."""
    lines: list[str] = []
    for actor in bench_actors():
        lines += ["[[actors]]", f'id = "{actor.id}"', f'name = "{actor.name}"']
        lines += [f'country = "{actor.country}"', f'role = "{actor.role}"', "[actors.handles]"]
        lines += [f'{platform} = "{actor.handle}"' for platform in _PLATFORMS]
        lines.append("")
    return "\n".join(lines)


def _text(rng: random.Random, lang: str, target: str) -> str:
    roll = rng.random()
    if roll < 0.70:
        table = _ROUTINE
    elif roll < 0.78:
        table = _CONDOLENCE
    elif roll < 0.95:
        table = _HOSTILE
    else:
        table = _DEESCALATE
    name = _COUNTRIES[target][1][lang]
    text = rng.choice(table[lang]).replace("{target}", name)
    for long, short in _CONTRACTIONS[lang]:
        text = text.replace(long, short)
    if text.startswith(name):
        text = text[0].upper() + text[1:]
    if rng.random() < 0.15:
        text += _THREAD_TAIL[lang] * rng.randint(1, 3)
    return text


def bench_posts(n: int, *, seed: int = 7, prefix: str = "bench") -> list[Post]:
    """``n`` posts, identical for the same ``n``, ``seed`` and ``prefix``."""
    rng = random.Random(seed)
    actors = bench_actors()
    codes = list(_COUNTRIES)
    posts: list[Post] = []
    for i in range(n):
        actor = rng.choice(actors)
        lang = actor.lang if rng.random() < 0.85 else rng.choice(("en", "es", "pt", "fr"))
        target = rng.choice([c for c in codes if c != actor.country])
        platform = rng.choice(_PLATFORMS)
        posts.append(
            Post(
                id=f"{prefix}-{seed}-{i}",
                platform=platform,
                author=actor.handle,
                created_at=START + timedelta(seconds=7 * i),
                text=_text(rng, lang, target),
                lang=lang,
            )
        )
    return posts
