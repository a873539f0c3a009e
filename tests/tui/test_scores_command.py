"""`diplomon scores`: table and JSON lines from a real Redis."""

from __future__ import annotations

import io
import json
import logging
import time

import pytest
from redis.asyncio import Redis
from tui_samples import (
    ESCAPES,
    LULA_ISRAEL,
    PETRO_DEFY,
    RUBIO_VISAS,
    TRUMP_TARIFFS,
    WATCHLIST,
    Fields,
    score_fields,
)

from monitor.keys import Keys
from monitor.scores_view import scores_command

FRESH = [PETRO_DEFY, LULA_ISRAEL, TRUMP_TARIFFS, RUBIO_VISAS]


async def write_now(redis: Redis, keys: Keys, *, old_first: bool = True) -> None:
    """One entry scored 3 h ago (Lula), then the fresh ones scored now."""
    if old_first:
        old_ms = int((time.time() - 3 * 3600) * 1000)
        await redis.xadd(keys.scores, score_fields(LULA_ISRAEL), id=f"{old_ms}-0")
    for pair in FRESH:
        await redis.xadd(keys.scores, score_fields(pair))


async def run(redis: Redis, keys: Keys, **kwargs: object) -> tuple[int, str]:
    out = io.StringIO()
    code = await scores_command(redis, keys, WATCHLIST, out=out, **kwargs)  # type: ignore[arg-type]
    return code, out.getvalue()


class TestScoresJson:
    async def test_one_object_per_scored_post(self, redis: Redis, keys: Keys) -> None:
        """Each line is the post's fields plus the score's, oldest first."""
        await write_now(redis, keys)
        code, text = await run(redis, keys, json_out=True)
        rows = [json.loads(line) for line in text.splitlines()]
        assert code == 0
        assert [r["id"] for r in rows] == [p.id for p, _ in FRESH]
        trump = rows[2]
        assert trump["author"] == "realDonaldTrump" and trump["platform"] == "truthsocial"
        assert trump["hostility"] == 0.9 and trump["tone"] == -0.7
        assert trump["author_country"] == "USA" and trump["targets"] == ["COL"]
        assert [e["cls"] for e in trump["events"]] == ["RETALIATE", "SANCTION"]
        assert trump["created_at"].startswith("2025-01-26T17:06")
        assert "scored_at" in trump and "entry_id" in trump

    async def test_since_window_and_filters(self, redis: Redis, keys: Keys) -> None:
        """--since 4h brings back the older entry; --country and --actor narrow."""
        await write_now(redis, keys)
        _, two_h = await run(redis, keys, json_out=True, since="2h")
        _, four_h = await run(redis, keys, json_out=True, since="4h")
        assert len(two_h.splitlines()) == 4 and len(four_h.splitlines()) == 5
        _, col = await run(redis, keys, json_out=True, country="col")
        assert {json.loads(x)["id"] for x in col.splitlines()} == {
            PETRO_DEFY[0].id,
            TRUMP_TARIFFS[0].id,
            RUBIO_VISAS[0].id,
        }
        _, rubio = await run(redis, keys, json_out=True, actor="marco-rubio")
        _, by_handle = await run(redis, keys, json_out=True, actor="@SecRubio")
        assert rubio == by_handle and len(rubio.splitlines()) == 1

    async def test_bad_since_is_an_error(self, redis: Redis, keys: Keys) -> None:
        """An unreadable --since exits 2 and prints nothing on stdout."""
        code, text = await run(redis, keys, since="yesterday")
        assert code == 2 and text == ""


class TestScoresTable:
    async def test_table_has_header_and_one_row_per_post(self, redis: Redis, keys: Keys) -> None:
        """The table lists time, author, country, scores, events, targets and text."""
        await write_now(redis, keys, old_first=False)
        code, text = await run(redis, keys)
        lines = text.splitlines()
        assert code == 0 and lines[0].startswith("TIME (UTC)")
        assert len(lines) == 1 + len(FRESH)
        trump = lines[3]
        for part in ("2025-01-26 17:06", "realDonaldTrump", "USA", "-0.70", "0.90", "COL"):
            assert part in trump
        assert "RETALIATE,SANCTION" in trump

    async def test_empty_window_says_so(self, redis: Redis, keys: Keys) -> None:
        """No entries: one explanatory line, exit 0."""
        code, text = await run(redis, keys, since="30m")
        assert code == 0 and text == "no scored posts in the last 30m\n"

    async def test_escapes_and_bad_entries(
        self, redis: Redis, keys: Keys, caplog: pytest.LogCaptureFixture
    ) -> None:
        """Escape sequences never reach the table; malformed entries are logged and skipped."""
        malformed: list[Fields] = [
            {"post_id": "x", "post": b"<html>", "score": b"{}"},
            {"post_id": "y"},
            {"post": b"\xff\xfe", "score": b"\xff"},
        ]
        for fields in malformed:
            await redis.xadd(keys.scores, fields)
        await redis.xadd(keys.scores, score_fields(ESCAPES))
        with caplog.at_level(logging.WARNING, logger="diplomon.scores"):
            code, text = await run(redis, keys)
        assert code == 0 and len(text.splitlines()) == 2
        for bad in ("\x1b", "\x07", "\u202e", "\u200b"):
            assert bad not in text
        skipped = [r for r in caplog.records if "skipped" in r.getMessage()]
        assert len(skipped) == 3
