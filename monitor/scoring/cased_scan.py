"""A fast scan for case-sensitive names ("Trump", "EE.UU.", "Washington").

Almost every such name starts with a capital letter. A regex whose every branch opens
with a literal character lets CPython skip, in C, all positions whose character cannot
start a name (most of a post is lower-case). The rare names that start otherwise
("the US", "von der Leyen") are looked for by substring first: only a post containing
one is scanned with the plain alternation of all names. Both regexes give the same
matches on the posts each is used for.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from monitor.scoring.triere import trie_pattern

_BEFORE = r"(?<![\w@#])"  # a name does not continue a word, a handle or a hashtag
_AFTER = r"(?!\w)"


def first_char_pattern(terms: Iterable[str]) -> str:
    """Alternation of ``terms`` grouped by first character, each branch a literal first,
    the no-word-before check right after it (so the regex has a first-character set)."""
    by_first: dict[str, list[str]] = {}
    for term in set(terms):
        if term:
            by_first.setdefault(term[0], []).append(term[1:])
    branches = []
    for first, rests in sorted(by_first.items()):
        longer = [rest for rest in rests if rest]
        tail = ""
        if longer:
            tail = "(?:" + trie_pattern(longer) + ")" + ("?" if "" in rests else "")
        branches.append(re.escape(first) + r"(?<![\w@#]" + re.escape(first) + ")" + tail)
    return "(?:" + "|".join(branches) + ")" if branches else "(?!)"


class CasedScanner:
    """``finditer(text)``: the matches of all ``terms``, as one alternation would give."""

    def __init__(self, terms: Iterable[str]) -> None:
        terms = {t for t in terms if t}
        capital = [t for t in terms if t[:1].isupper()]
        self._rare = tuple(sorted(t for t in terms if not t[:1].isupper()))
        self._capital = re.compile(first_char_pattern(capital) + _AFTER)
        self._all = re.compile(_BEFORE + trie_pattern(terms) + _AFTER)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        if any(map(text.__contains__, self._rare)):
            return self._all.finditer(text)
        return self._capital.finditer(text)
