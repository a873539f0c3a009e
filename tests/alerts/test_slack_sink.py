"""Slack sink: Block Kit payload, escaping, limits, and HTTP outcomes."""

from __future__ import annotations

import json

import msgspec
import pytest
from alertkit import HOSTILE, HttpStub, Reply, make_alert

from alerts.config import ReceiverConfig
from alerts.notifier import build_notifier
from alerts.slack import build_payload, escape, fit
from monitor.errors import SinkError
from tests.conftest import free_port


def slack(url: str, timeout: str = "2s") -> ReceiverConfig:
    return ReceiverConfig(name="desk-slack", type="slack", webhook_url=url, timeout=timeout)


def texts(payload: dict[str, object]) -> list[dict[str, str]]:
    """Every text object in the payload's blocks."""
    found: list[dict[str, str]] = []
    for block in payload["blocks"]:  # type: ignore[attr-defined]
        if "text" in block:
            found.append(block["text"])
        found.extend(block.get("elements", []))
    return found


class TestPayload:
    def test_headline_names_pair_and_severity(self) -> None:
        """The header block carries the severity and both countries."""
        payload = build_payload(make_alert(severity="critical"))
        header = payload["blocks"][0]
        assert header["type"] == "header"
        assert header["text"]["text"] == "CRITICAL COL-USA: hostile exchange"
        assert "COL-USA" in payload["text"]

    def test_post_quoted_with_author_time_lang_link_scores(self) -> None:
        """The trigger post's metadata, link and scores are shown."""
        payload = build_payload(make_alert())
        meta = payload["blocks"][2]["elements"][0]["text"]
        assert "@petrogustavo (COL)" in meta and "2025-01-26 14:01 UTC" in meta
        assert "· es ·" in meta and "hostility 0.90" in meta and "tone -0.60" in meta
        assert "<https://x.com/petrogustavo/status/1|open post>" in meta
        assert payload["blocks"][3]["text"]["text"].startswith("Colombia will not")
        assert any("Why: COL rejected" in t["text"] for t in texts(payload))

    def test_injection_strings_are_inert(self) -> None:
        """Mentions, broadcasts and disguised links in a post arrive escaped, in plain text."""
        alert = make_alert(text=HOSTILE, summary="<!channel> summary", url="https://a|<!here>")
        body = json.dumps(build_payload(alert))
        for bad in ("<!channel>", "<!here>", "<@U123>", "<https://evil.example", "<script>"):
            assert bad not in body
        payload = build_payload(alert)
        post_block = payload["blocks"][3]["text"]
        assert post_block["type"] == "plain_text"
        assert "&lt;!channel&gt;" in post_block["text"]
        assert "&lt;https://evil.example/login|bank&gt;" in post_block["text"]
        assert "open post" not in body  # the malformed URL is dropped, not linked

    def test_mrkdwn_metadata_is_a_code_span(self) -> None:
        """An author handle with formatting characters cannot spoof emphasis or links."""
        alert = make_alert()
        post = msgspec.structs.replace(alert.posts[0], author="*x*`<!here>`")
        payload = build_payload(msgspec.structs.replace(alert, posts=(post,)))
        meta = payload["blocks"][2]["elements"][0]["text"]
        assert meta.startswith("`@*x*'&lt;!here&gt;'")
        assert meta.count("`") == 2

    def test_long_text_cut_within_limits(self) -> None:
        """A 50,000-character post and many posts stay inside Slack's limits."""
        alert = make_alert(text="<&>" * 17_000, summary="s" * 10_000)
        many = msgspec.structs.replace(alert, posts=alert.posts * 30)
        payload = build_payload(many)
        assert len(payload["blocks"]) <= 50
        assert len(payload["blocks"][0]["text"]["text"]) <= 150
        for text in texts(payload):
            assert len(text["text"]) <= 3000
            assert not text["text"].endswith(("&", "&l", "&lt", "&a", "&am", "&amp"))
        assert len(json.dumps(payload)) < 12_000

    def test_escape_and_fit(self) -> None:
        """Only &, < and > are escaped; a cut never splits an entity."""
        assert escape("a&b<c>d*e_") == "a&amp;b&lt;c&gt;d*e_"
        assert fit("<<<<", 9) == "&lt;&lt;…"


class TestDelivery:
    async def test_ok_delivers_json(self, http_stub: HttpStub) -> None:
        """A 200 ``ok`` is a delivery; the body is the Block Kit JSON."""
        notifier = build_notifier(slack(http_stub.url("/services/T/B/x")))
        await notifier.send(make_alert())
        await notifier.aclose()
        assert len(http_stub.requests) == 1
        request = http_stub.requests[0]
        assert request.path == "/services/T/B/x"
        assert request.headers["content-type"].startswith("application/json")
        assert json.loads(request.body)["blocks"][0]["type"] == "header"

    @pytest.mark.parametrize(
        ("reply", "retryable", "reason", "retry_after"),
        [
            (
                Reply(429, b'{"ok":false,"error":"rate_limited"}', {"Retry-After": "3"}),
                True,
                "rate_limited",
                3.0,
            ),
            (
                Reply(429, b'{"retry_after":2,"ok":false,"error":"rate_limited"}'),
                True,
                "rate_limited",
                2.0,
            ),
            (Reply(500, b"rollup_error"), True, "rollup_error", None),
            (Reply(503, b"<html>down</html>"), True, "http_503", None),
            (Reply(410, b"channel_is_archived"), False, "channel_is_archived", None),
            (Reply(404, b"no_service"), False, "no_service", None),
            (Reply(400, b"invalid_payload"), False, "invalid_payload", None),
        ],
    )
    async def test_status_classification(
        self,
        http_stub: HttpStub,
        reply: Reply,
        retryable: bool,
        reason: str,
        retry_after: float | None,
    ) -> None:
        """429 waits Retry-After, 5xx retries, other 4xx are final."""
        http_stub.script.append(reply)
        notifier = build_notifier(slack(http_stub.url()))
        with pytest.raises(SinkError) as info:
            await notifier.send(make_alert())
        await notifier.aclose()
        assert (info.value.retryable, info.value.reason, info.value.retry_after) == (
            retryable,
            reason,
            retry_after,
        )

    async def test_connection_refused_is_retryable(self) -> None:
        """Nothing listening is a retryable failure."""
        notifier = build_notifier(slack(f"http://127.0.0.1:{free_port()}/hook"))
        with pytest.raises(SinkError) as info:
            await notifier.send(make_alert())
        await notifier.aclose()
        assert info.value.retryable and info.value.reason == "connect"

    async def test_timeout_is_retryable(self, http_stub: HttpStub) -> None:
        """A server slower than the timeout is a retryable timeout."""
        http_stub.script.append(Reply(delay=1.0))
        notifier = build_notifier(slack(http_stub.url(), timeout="200ms"))
        with pytest.raises(SinkError) as info:
            await notifier.send(make_alert())
        await notifier.aclose()
        assert info.value.retryable and info.value.reason == "timeout"
