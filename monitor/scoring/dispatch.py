"""Compile many cue regexes into one fast alternation, factored by literal prefixes.

Python's regex engine tries alternatives one by one, but skips an alternative
at once when its first item is a literal that does not match. So each cue is
split into its top-level alternatives, leading groups are distributed ("(a|b) c"
-> "a c", "b c"), and the alternatives are arranged in a trie of their literal
prefixes: at any position only the branch of the next character is explored.
An empty named group after each alternative tells which cue matched.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_META = set("()[]{}.*+?|\\^$")
_QUANTIFIERS = set("?*+{")
_MAX_EXPANSION = 64


def split_top(pattern: str) -> list[str]:
    """Alternatives of ``pattern`` at nesting depth 0."""
    parts: list[str] = []
    depth = 0
    start = 0
    i = 0
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 2
            continue
        if char in "([":
            depth += 1
        elif char in ")]":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
        i += 1
    parts.append(pattern[start:])
    return parts


def _group_end(pattern: str) -> int:
    """Index of the ``)`` closing the group that opens at index 0, or -1."""
    depth = 0
    i = 0
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 2
            continue
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                return i
        i += 1
    return -1


def expand(alternative: str, budget: int = _MAX_EXPANSION) -> list[str]:
    """Distribute a leading ``(a|b)`` or ``(a|b)?`` group over the rest of the pattern."""
    if alternative.startswith("(?:"):
        opening = 3
    elif alternative.startswith("(") and not alternative.startswith("(?"):
        opening = 1
    else:
        return [alternative]
    end = _group_end(alternative)
    if end < 0:
        return [alternative]
    inner, rest = alternative[opening:end], alternative[end + 1 :]
    options = split_top(inner)
    if rest[:1] == "?" and rest[1:2] != "?":
        options.append("")
        rest = rest[1:]
    elif rest[:1] in _QUANTIFIERS:
        return [alternative]
    out: list[str] = []
    for option in options:
        out.extend(expand(option + rest, budget))
        if len(out) > budget:
            return [alternative]
    return out


def literal_prefix(alternative: str) -> tuple[str, str]:
    """(literal text the alternative must start with, the rest of it)."""
    i = 0
    while i < len(alternative) and alternative[i] not in _META:
        i += 1
    if i < len(alternative) and alternative[i] in _QUANTIFIERS:
        i = max(0, i - 1)
    return alternative[:i], alternative[i:]


class _Node:
    __slots__ = ("children", "leaves")

    def __init__(self) -> None:
        self.children: dict[str, _Node] = {}
        self.leaves: list[str] = []


# A leaf opening with "\d+" (or another class escape with "+") is written "\d\d*": the
# same matches, but CPython then skips the branch at once on a character outside the class
# instead of entering it (root leaves are otherwise tried at every word start).
_CLASS_PLUS = re.compile(r"^(\\[dwsDWS])\+(?!\+)")


def _class_first(leaf: str) -> str:
    return _CLASS_PLUS.sub(r"\1\1*", leaf, count=1)


def _render(node: _Node) -> str:
    branches = [re.escape(c) + _render(child) for c, child in sorted(node.children.items())]
    branches.extend(_class_first(leaf) for leaf in node.leaves)
    if len(branches) == 1:
        return branches[0]
    return "(?:" + "|".join(branches) + ")"


def _non_capturing(pattern: str) -> str:
    return re.sub(r"(?<!\\)\((?!\?)", "(?:", pattern)


def _alternatives(pattern: str) -> list[str]:
    return [a for top in split_top(_non_capturing(pattern)) for a in expand(top)]


def dispatch_regex(
    patterns: Sequence[str], head: str = r"(?<!\w)", tail: str = r"(?!\w)", *, marks: bool = True
) -> str:
    """One regex source. With ``marks`` the matched pattern's index is
    ``matched_index(m)``; without, use a :class:`Dispatcher` (no groups: cheaper matches).
    The head is a lookbehind, not ``\\b``: the same matches (every cue starts with a word
    character) and CPython scans it about a fifth faster."""
    root = _Node()
    for index, pattern in enumerate(patterns):
        for k, alternative in enumerate(_alternatives(pattern)):
            prefix, rest = literal_prefix(alternative)
            node = root
            for char in prefix:
                node = node.children.setdefault(char, _Node())
            node.leaves.append(f"{rest}(?P<m{index}_{k}>)" if marks else rest)
    return head + _render(root) + tail


class Dispatcher:
    """The group-free dispatch regex plus a cached map from matched text to its pattern.

    A match object carries a slot for every group of its regex, so a regex with a group
    per alternative makes every match costly. Here the winning pattern is found after the
    fact: among the alternatives that match the text exactly, the one with the longest
    literal prefix (then the first listed), which is the one the trie tries first.
    """

    _CACHE = 50_000

    def __init__(self, patterns: Sequence[str]) -> None:
        self.regex = re.compile(dispatch_regex(patterns, marks=False))
        self._alternatives: list[tuple[int, int, re.Pattern[str]]] = []
        for index, pattern in enumerate(patterns):
            for alternative in _alternatives(pattern):
                depth = len(literal_prefix(alternative)[0])
                self._alternatives.append((-depth, index, re.compile(alternative)))
        self._alternatives.sort(key=lambda item: (item[0], item[1]))
        self.known: dict[str, int] = {}  # matched text -> pattern index, filled by index_of

    def index_of(self, text: str) -> int:
        """Index of the pattern that produced a match of exactly ``text``."""
        known = self.known.get(text)
        if known is not None:
            return known
        found = next((i for _, i, rx in self._alternatives if rx.fullmatch(text)), 0)
        if len(self.known) >= self._CACHE:
            self.known.clear()
        self.known[text] = found
        return found


def matched_index(match: re.Match[str]) -> int:
    name = match.lastgroup or "m0_0"
    return int(name[1:].split("_", 1)[0])
