"""Text normalisation shared by the language detector, the coder and the target finder.

``fold`` maps accented Latin letters to their base letter one character for one
character, so offsets in the folded text are offsets in the original text too.
"""

from __future__ import annotations

import re
import unicodedata

MAX_CHARS = 6000  # work on very long posts is capped at this many characters
MAX_TONE_CHARS = 2000  # VADER is quadratic in places; tone reads the opening only


def _build_fold_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for code in range(0xC0, 0x250):
        char = chr(code)
        base = unicodedata.normalize("NFKD", char)[:1]
        if base and base != char and base.isascii() and base.isalpha():
            table[code] = base
    extra = {"ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ł": "l", "Ł": "L", "ı": "i", "İ": "I"}
    table.update({ord(k): v for k, v in extra.items()})
    # Typographic quotes and apostrophes fold to ASCII ones.
    for quote in "“”«»„‟":
        table[ord(quote)] = '"'
    for apostrophe in "‘’‚‛`´":
        table[ord(apostrophe)] = "'"
    return table


_FOLD = _build_fold_table()
_FOLD_CHARS = {chr(code): value for code, value in _FOLD.items()}
# Only the characters that fold are visited (a regex scan in C, a lookup per accent):
# much faster than str.translate over a whole non-ASCII post.
_FOLDABLE = re.compile("[" + re.escape("".join(_FOLD_CHARS)) + "]")


def _fold_char(match: re.Match[str]) -> str:
    return _FOLD_CHARS[match.group()]


def fold_case_kept(text: str) -> str:
    """Accents removed, case kept; same length as ``text``."""
    if text.isascii():
        return text
    return _FOLDABLE.sub(_fold_char, text)


def fold(text: str, case_kept: str | None = None) -> str:
    """Accents removed and lower-cased; same length as ``text`` whenever possible."""
    folded = fold_case_kept(text) if case_kept is None else case_kept
    lowered = folded.lower()
    if len(lowered) == len(folded):
        return lowered
    # A rare character grew when lower-cased: lower each one alone and keep one char.
    return "".join((c.lower() or c)[0] for c in folded)


def fold_token(text: str) -> str:
    """A whole string folded and stripped, for building lexicons."""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return fold(stripped).strip()


# "[.!?;…] then a space, or a newline": one character class first, so CPython skips ahead
# to candidates in C.
_SENTENCE_END = re.compile(r"[.!?;…\n](?:(?<=\n)|\s)")


_END = re.Match.end


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence-like span of ``text``."""
    # every match is at least one character long: the spans are never empty
    ends = list(map(_END, _SENTENCE_END.finditer(text)))
    if not ends:
        return [(0, len(text))]
    if ends[-1] < len(text):
        ends.append(len(text))
    return list(zip([0, *ends[:-1]], ends, strict=True))


def clip(text: str, limit: int = MAX_CHARS) -> str:
    """At most ``limit`` characters, cut at a space when one is near."""
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", limit - 200, limit)
    return text[: cut if cut > 0 else limit]


def words(text: str) -> list[str]:
    """The whitespace-separated words of a lexicon string."""
    return text.split()
