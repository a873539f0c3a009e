"""HTML to text, time parsing, and payload robustness of the parsers."""

from __future__ import annotations

from datetime import UTC, datetime

from connectors.bluesky import facet_mentions, parse_item
from connectors.mastodon import parse_status
from connectors.text import MAX_TEXT, html_to_text, parse_time
from connectors.x import parse_timeline


class TestHtmlToText:
    def test_mastodon_markup(self) -> None:
        """Paragraphs, <br>, entities (&apos; too) and invisible URL spans flatten faithfully."""
        html = (
            '<p>Hola &amp; adi&oacute;s &apos;x&apos;<br>line</p><p><a href="https://a.example/long/path">'
            '<span class="invisible">https://</span><span class="ellipsis">a.example/lo</span>'
            '<span class="invisible">ng/path</span></a></p>'
        )
        assert html_to_text(html) == "Hola & adiós 'x'\nline\n\nhttps://a.example/long/path"

    def test_hostile_input(self) -> None:
        """Scripts are dropped, NULs removed, broken markup survived, huge text capped."""
        assert html_to_text("<script>alert(1)</script><p>ok\x00</p>") == "ok"
        assert html_to_text("<p>unclosed <b>bold <a href='x'>") == "unclosed bold"
        assert len(html_to_text("<p>" + "a" * 60_000 + "</p>")) == MAX_TEXT


class TestParseTime:
    def test_formats(self) -> None:
        """X/Mastodon ms Z, offsets, RFC 822, µs epoch and junk all give aware UTC datetimes."""
        expected = datetime(2024, 3, 1, 10, 0, tzinfo=UTC)
        assert parse_time("2024-03-01T10:00:00.000Z") == expected
        assert parse_time("2024-03-01T11:00:00+01:00") == expected
        assert parse_time("Fri, 01 Mar 2024 10:00:00 GMT") == expected
        assert parse_time(int(expected.timestamp() * 1e6)) == expected
        fallback = datetime(2000, 1, 1, tzinfo=UTC)
        assert (
            parse_time("yesterday", fallback) == fallback and parse_time(None, fallback) == fallback
        )


class TestPayloadRobustness:
    def test_x_page_with_junk_entries(self) -> None:
        """Entries of the wrong type are skipped; an empty page (no data key) gives nothing."""
        page = {
            "data": [None, 5, {"id": 7}, {"id": "9", "text": "ok", "entities": "bad"}],
            "includes": [],
        }
        assert [p.id for p in parse_timeline(page, "acct")] == ["9"]
        assert parse_timeline({"meta": {"result_count": 0}}, "acct") == []

    def test_mastodon_status_with_odd_fields(self) -> None:
        """Null content, non-list mentions and a ShallowQuote still parse."""
        status = {
            "id": 5,
            "content": None,
            "mentions": None,
            "quote": {"state": "accepted", "quoted_status_id": "3"},
        }
        post = parse_status(status, "mastodon", "leader")
        assert post.id == "5" and post.text == "" and post.quote_of == "3"

    def test_bluesky_facets_by_utf8_bytes(self) -> None:
        """Facet byte offsets are applied to UTF-8 bytes, not code points; bad facets are ignored."""
        text = "Ça — @min.gov !"
        start = text.encode().index(b"@")
        record = {
            "text": text,
            "facets": [
                {
                    "index": {"byteStart": start, "byteEnd": start + 8},
                    "features": [{"$type": "app.bsky.richtext.facet#mention", "did": "d"}],
                },
                {"index": {"byteStart": "x"}, "features": None},
            ],
        }
        assert facet_mentions(record) == ("min.gov",)
        assert parse_item({"post": {"uri": 5}}, "acct") is None
