"""Neutralising untrusted post text before it reaches a terminal or a log.

Post text may carry ANSI escape sequences, C0/C1 control characters,
bidirectional overrides (which can reverse what is shown) and zero-width
characters (which can hide text). ``terminal_safe`` removes the escape
sequences and replaces the rest with visible or harmless characters.
"""

from __future__ import annotations

import re

# CSI / OSC / other ESC sequences, including the 8-bit CSI (U+009B).
_ANSI = re.compile(
    r"(?:\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?)"  # OSC ... BEL or ST
    r"|(?:(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~])"  # CSI
    r"|(?:\x1b[@-Z\\-_])"  # other two-byte ESC sequences
)
_BIDI_AND_INVISIBLE = re.compile(
    "[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\u206a-\u206f\ufeff\u00ad\u180e"
    "\u061c"  # Arabic letter mark (a bidi control)
    "\u034f\u115f\u1160\u3164\uffa0"  # combining grapheme joiner, Hangul fillers (blank)
    "\ufff9-\ufffb"  # interlinear annotation controls
    "\U000e0000-\U000e007f]"  # tag characters (invisible ASCII look-alikes)
)
_LINE_SEPARATORS = re.compile("[\u2028\u2029]")
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def terminal_safe(text: str, *, keep_newlines: bool = True) -> str:
    """Text with escape sequences removed and controls made inert."""
    text = _ANSI.sub("", text)
    text = _BIDI_AND_INVISIBLE.sub("", text)
    text = text.replace("\r\n", "\n").replace("\t", " ")
    text = _LINE_SEPARATORS.sub("\n", text)
    text = _CONTROL.sub("\ufffd", text)
    if not keep_newlines:
        text = " ".join(text.split())
    return text


def one_line(text: str, limit: int = 200) -> str:
    """A terminal-safe single line, cut to ``limit`` characters."""
    text = terminal_safe(text, keep_newlines=False)
    return text if len(text) <= limit else text[: limit - 1] + "…"
