"""Post JSONL, watchlist TOML and config files: bad input is reported, not fatal."""

from __future__ import annotations

from pathlib import Path

import pytest

from monitor.config import load_settings, parse_settings
from monitor.durations import parse_duration
from monitor.errors import ConfigError
from monitor.postio import read_posts
from monitor.secrets import Secret, redact, resolve_secret
from monitor.textsafe import one_line, terminal_safe
from monitor.watchlist import load_watchlist, parse_watchlist

GOOD = b'{"id": "x:1", "platform": "x", "author": "a", "created_at": "2025-01-26T08:41:00Z", "text": "hola"}'


class TestPostLines:
    def test_bad_lines_are_reported_with_file_and_line_and_skipped(self, tmp_path: Path) -> None:
        """Malformed JSON, invalid UTF-8, HTML and missing fields are skipped with file:line."""
        lines = [
            GOOD,
            b"{not json",
            b"\xff\xfe\x00garbage",
            GOOD.replace(b"x:1", b"x:5").replace(b"hola", b"ol\xe9 \xff"),
            b"<html><body>502 Bad Gateway</body></html>",
            b'{"id": "x:2", "platform": "x", "author": "a", "text": "no time"}',
            b'{"id": 3, "platform": "x", "author": "a", "created_at": "2025-01-26T08:41:00Z", "text": "t"}',
            b"",
            GOOD.replace(b"x:1", b"x:9").replace(b"hola", b"a" * 50_000),
            b'{"id": "x:4", "platform": "x", "author": "a", "created_at": "2025-01-26T08:41:00Z", "text": "\\u001b[31mred", "extra": 1}',
        ]
        path = tmp_path / "posts.jsonl"
        path.write_bytes(b"\n".join(lines))
        problems: list[str] = []
        posts = list(read_posts(path, problems.append))
        assert [p.id for p in posts] == ["x:1", "x:5", "x:9", "x:4"]
        assert posts[1].text == "ol\ufffd \ufffd"  # invalid UTF-8 replaced, post kept
        assert len(posts[2].text) == 50_000
        assert [p.split(": ")[0] for p in problems] == [f"{path}:{n}" for n in (2, 3, 5, 6, 7)]
        assert "malformed" in problems[1]
        assert "created_at" in problems[3]


class TestConfig:
    def test_defaults_use_the_embedded_store(self) -> None:
        """No file and no REDIS_URL means the embedded store."""
        settings = load_settings(None, environ={})
        assert settings.redis.url is None and settings.redis.prefix == "dm"

    def test_env_overrides_the_file(self) -> None:
        """REDIS_URL from the environment wins over the file."""
        settings = parse_settings(
            '[redis]\nurl = "redis://a:1/0"\n', environ={"REDIS_URL": "redis://b:2/0"}
        )
        assert settings.redis.url == "redis://b:2/0"

    @pytest.mark.parametrize(
        ("text", "message"),
        [
            ('[redis]\nurll = "x"\n', "redis: Object contains unknown field `urll`"),
            ("[redis]\nprefix = 3\n", "redis.prefix: Expected `str`, got `int`"),
            ('[worker]\nclaim_idle = "soon"\n', "worker.claim_idle: not a duration"),
            (
                '[[sources]]\nplatform = "x"\npoll_interval = "1 fortnight"\n',
                "sources[0].poll_interval",
            ),
            (
                '[[routes]]\nreceivers = ["nobody"]\n',
                "routes[0].receivers: no receiver named 'nobody'",
            ),
            ("[redis\n", "not valid TOML"),
        ],
    )
    def test_bad_config_names_the_key(self, tmp_path: Path, text: str, message: str) -> None:
        """A bad config stops start-up with one message naming file and key."""
        path = tmp_path / "bad.toml"
        path.write_text(text)
        with pytest.raises(ConfigError) as caught:
            load_settings(path, environ={})
        assert str(caught.value).startswith(f"{path}: ")
        assert message in str(caught.value)

    def test_missing_file(self, tmp_path: Path) -> None:
        """A missing config file is a config error, not a traceback."""
        with pytest.raises(ConfigError, match="cannot read config"):
            load_settings(tmp_path / "nope.toml")


class TestWatchlist:
    def test_handles_are_case_insensitive_and_platform_aware(self) -> None:
        """An actor is found by handle with or without @, on its platform or any."""
        wl = parse_watchlist(
            '[[actors]]\nid = "a"\nname = "A"\ncountry = "COL"\nrole = "head_of_state"\n'
            '[actors.handles]\nx = "PetroGustavo"\n'
        )
        actor = wl.by_handle("@petrogustavo", "x")
        assert actor is not None and actor.country == "COL"
        assert wl.by_handle("petrogustavo") is actor
        assert wl.by_handle("someone", "x") is None

    def test_bad_role_names_the_field(self, tmp_path: Path) -> None:
        """An unknown role is an error naming the watchlist file."""
        path = tmp_path / "w.toml"
        path.write_text('[[actors]]\nid = "a"\nname = "A"\ncountry = "COL"\nrole = "king"\n')
        with pytest.raises(ConfigError, match=r"w\.toml: .*role"):
            load_watchlist(path)


class TestSmallParts:
    def test_durations(self) -> None:
        """Durations accept units and reject words."""
        assert parse_duration("90s") == 90 and parse_duration("1h30m") == 5400
        assert parse_duration("72h") == 72 * 3600 and parse_duration(5) == 5.0
        with pytest.raises(ValueError):
            parse_duration("soon")

    def test_secrets_never_print(self, tmp_path: Path) -> None:
        """A resolved secret shows as <secret> and is redacted from any text."""
        secret_file = tmp_path / "s"
        secret_file.write_text("hunter2-very-secret\n")
        secret = resolve_secret(f"file:{secret_file}", what="receivers[0].password")
        assert secret.get() == "hunter2-very-secret"
        assert "hunter2" not in repr(secret) + str(secret)
        assert redact("token=hunter2-very-secret!") == "token=<secret>!"
        assert resolve_secret("env:TOK", what="x", environ={"TOK": "abcd1234"}) == Secret(
            "abcd1234"
        )
        with pytest.raises(ConfigError, match="TOK2 is not set"):
            resolve_secret("env:TOK2", what="x", environ={})

    def test_terminal_text_is_inert(self) -> None:
        """ANSI escapes, bidi overrides, zero-width and control characters are neutralised."""
        text = "a\x1b[2J\x1b]0;pwned\x07b\u202ec\u200bd\x00e\x9b31mf"
        safe = terminal_safe(text)
        assert "\x1b" not in safe and "\u202e" not in safe and "\u200b" not in safe
        assert "\x00" not in safe and "\x9b" not in safe
        assert one_line("x\ny" * 300, 20).endswith("…") and "\n" not in one_line("x\ny")
