"""A regex alternation of many literal strings, factored as a trie so it stays fast."""

from __future__ import annotations

import re
from collections.abc import Iterable


class _Node(dict[str, "_Node"]):
    """A trie node: next character -> child; the key "" marks the end of a word."""


def trie_pattern(words: Iterable[str]) -> str:
    """A regex source matching exactly the given literals, longest first at each branch."""
    root = _Node()
    for word in set(words):
        if not word:
            continue
        node = root
        for char in word:
            node = node.setdefault(char, _Node())
        node[""] = _Node()
    return _render(root) if root else "(?!)"


def _render(node: _Node) -> str:
    branches = [re.escape(char) + _render(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return "(?:" + body + ")?" if "" in node else body
