"""Reading posts in the JSON Lines interchange format.

A bad line (invalid JSON or UTF-8, a missing or mistyped field) is reported
with ``file:line`` and skipped; the rest of the file goes on.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

import msgspec

from monitor.models import Post, post_decoder

log = logging.getLogger("diplomon.postio")

Reporter = Callable[[str], None]


def _log_report(message: str) -> None:
    log.warning(message)


def decode_post(raw: bytes | str) -> Post:
    """Decode one Post from JSON; raises msgspec.DecodeError/ValidationError.

    Invalid UTF-8 bytes are replaced by U+FFFD rather than losing the post.
    """
    if isinstance(raw, bytes):
        try:
            return post_decoder.decode(raw)
        except (msgspec.DecodeError, UnicodeDecodeError):
            repaired = raw.decode("utf-8", "replace")
            if repaired.encode() == raw:
                raise
            raw = repaired
    return post_decoder.decode(raw)


def parse_lines(
    lines: Iterable[bytes], source: str, report: Reporter = _log_report
) -> Iterator[Post]:
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            yield decode_post(line)
        except (msgspec.DecodeError, msgspec.ValidationError) as exc:
            report(f"{source}:{number}: skipped: {_describe(exc)}")


def read_posts(path: str | Path, report: Reporter = _log_report) -> Iterator[Post]:
    """Yield the valid posts of a JSONL file, reporting each bad line."""
    path = Path(path)
    with path.open("rb") as handle:
        yield from parse_lines(handle, str(path), report)


def _describe(exc: Exception) -> str:
    return str(exc)[:200]
