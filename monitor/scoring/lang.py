"""Language identification for untagged posts: scripts plus small stopword profiles.

Good enough to route a post to VADER (English) or to our es/pt/fr lexicon;
anything else is reported as its own code (or ``und``) and scored only by what
applies to every language (names, emoji, multilingual cues).
"""

from __future__ import annotations

import re

from monitor.scoring.text import words

SUPPORTED = frozenset({"en", "es", "pt", "fr"})

_STOPWORDS: dict[str, frozenset[str]] = {
    "en": frozenset(
        words(
            "the and of to is in that it for on with as are was be this have has not you we "
            "they will our their by from at an or but his her its been were would should "
            "could which who what all more no just than them there these those about today"
        )
    ),
    "es": frozenset(
        words(
            "el la los las de del y que en un una es por para con no se su sus al lo como mas "
            "pero este esta estos hoy nuestro nuestra nosotros ha han sido ser muy porque "
            "cuando donde todos todas usted ustedes hemos tambien sin sobre entre"
        )
    ),
    "pt": frozenset(
        words(
            "o a os as de do da dos das e que em um uma nao por para com se seu sua ao no na "
            "nos nas mais mas como foi sao ser ele ela nosso nossa hoje muito quando onde "
            "todos tambem esta isso este pelo pela estou"
        )
    ),
    "fr": frozenset(
        words(
            "le la les de des du et que en un une est pour par avec ne pas se sur au aux dans "
            "ce cette ces nous vous ils elles sont etre plus mais comme tres aujourd notre "
            "nos leur leurs qui qu il elle ont sans entre"
        )
    ),
    "de": frozenset(
        words(
            "der die das und ist nicht ein eine mit den dem des zu von auf fur sich wir ich "
            "sie auch es im wird werden haben hat"
        )
    ),
    "it": frozenset(
        words(
            "il lo gli della delle dei che di e un una per con non sono nel nella alla questo "
            "anche piu ha ho siamo"
        )
    ),
    "tr": frozenset(words("ve bir bu da de ile icin olarak cok ama gibi daha olan")),
}
# Words that only one of the close Romance languages uses decide between them.
_MARKERS: dict[str, frozenset[str]] = {
    "es": frozenset(words("el los las del y una hoy muy porque usted hemos tambien ha han")),
    "pt": frozenset(words("o os do da dos das nao uma ao na nos nas sao muito tambem pelo pela")),
    "fr": frozenset(words("le les des du et est une ne pas ce nous vous sont tres")),
}

_SCRIPTS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("ru", re.compile("[\u0400-\u04ff]")),
    ("ar", re.compile("[\u0600-\u06ff]")),
    ("he", re.compile("[\u0590-\u05ff]")),
    ("el", re.compile("[\u0370-\u03ff]")),
    ("zh", re.compile("[\u4e00-\u9fff]")),
    ("ja", re.compile("[\u3040-\u30ff]")),
    ("ko", re.compile("[\uac00-\ud7af]")),
    ("hi", re.compile("[\u0900-\u097f]")),
    ("fa", re.compile("[\u06a9\u06af\u067e\u0686]")),
)
_WORD = re.compile(r"[a-z']+")


def normalise_tag(tag: str | None) -> str | None:
    """An ISO 639-1 code from a platform tag such as ``pt-BR`` or ``EN``."""
    if not tag:
        return None
    known = _TAGS.get(tag)
    if known is not None or tag in _TAGS:
        return known
    code = _normalise(tag)
    if len(_TAGS) < 1024:
        _TAGS[tag] = code
    return code


_TAGS: dict[str, str | None] = {}  # platform tag -> normalised code (tags are few)


def _normalise(tag: str) -> str | None:
    code = tag.strip().lower().replace("_", "-").split("-")[0]
    return code if 2 <= len(code) <= 3 and code.isalpha() else None


def detect_language(folded: str) -> str:
    """Best guess for accent-folded, lower-cased text; ``und`` when unsure."""
    sample = folded[:1500]
    script = _script_language(sample)
    if script is not None:
        return script
    words = _WORD.findall(sample)
    if not words:
        return "und"
    counts = {lang: sum(1 for w in words if w in stop) for lang, stop in _STOPWORDS.items()}
    for lang, markers in _MARKERS.items():
        counts[lang] += sum(1 for w in words if w in markers)
    best = max(counts, key=lambda lang: counts[lang])
    if counts[best] == 0 or (len(words) >= 6 and counts[best] < 2):
        return "und"
    return best


def _script_language(sample: str) -> str | None:
    letters = sum(1 for c in sample if c.isalpha())
    if not letters:
        return None
    found: str | None = None
    for lang, pattern in _SCRIPTS:
        hits = len(pattern.findall(sample))
        if hits * 3 >= letters:
            found = "fa" if lang == "ar" and _SCRIPTS[-1][1].search(sample) else lang
            break
    return found
