"""Characters that hide or reorder text, beyond ANSI, C0/C1 and the common bidi set."""

from __future__ import annotations

import pytest

from monitor.textsafe import one_line, terminal_safe

HIDDEN = [
    "\u061c",  # Arabic letter mark
    "\u034f",  # combining grapheme joiner
    "\u115f",  # Hangul choseong filler
    "\u3164",  # Hangul filler
    "\uffa0",  # halfwidth Hangul filler
    "\ufff9",  # interlinear annotation anchor
    "\ufffb",  # interlinear annotation terminator
    "\U000e0041",  # tag letter A
    "\U000e007f",  # cancel tag
]


class TestTextsafeGaps:
    @pytest.mark.parametrize("char", HIDDEN)
    def test_invisible_characters_are_removed(self, char: str) -> None:
        """Each invisible or reordering character disappears from the output."""
        assert terminal_safe(f"ok{char}ok") == "okok"
        assert one_line(f"ok{char}ok") == "okok"

    def test_line_separators_are_plain_newlines(self) -> None:
        """U+2028/U+2029 become newlines (and spaces on one line)."""
        assert terminal_safe("a\u2028b\u2029c") == "a\nb\nc"
        assert one_line("a\u2028b") == "a b"

    def test_ordinary_text_is_untouched(self) -> None:
        """Accents, Arabic, CJK and emoji with variation selectors pass through."""
        text = "Bogotá عربي 中文 ❤️ ok"
        assert terminal_safe(text) == text
