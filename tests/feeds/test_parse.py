"""Unit tests for briefing.feeds.parse: formats, identity, links, dates, text, errors."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from briefing.errors import FetchError
from briefing.feeds.dates import parse_date
from briefing.feeds.entries import canonical_link
from briefing.feeds.parse import ParsedFeed, html_to_text, parse_feed
from tests.conftest import REPO

FEEDS = REPO / "tests" / "data" / "feeds"
NOW = datetime(2026, 3, 4, 12, 0, tzinfo=UTC)
URL = "https://feeds.example.org/feed.xml"


def _as_json(parsed: ParsedFeed) -> dict[str, Any]:
    return {
        "title": parsed.title,
        "link": parsed.link,
        "ttl_minutes": parsed.ttl_minutes,
        "parser": parsed.parser,
        "items": [
            {
                "guid": i.guid,
                "key": i.key,
                "title": i.title,
                "link": i.link,
                "published": i.published.isoformat(),
                "text": i.text,
                "author": i.author,
                "is_excerpt": i.is_excerpt,
            }
            for i in parsed.items
        ],
    }


def _parse(body: bytes, **kwargs: Any) -> ParsedFeed:
    return parse_feed(body, url=kwargs.pop("url", URL), feed_name="Test", now=NOW, **kwargs)


def _rss(items: str, *, declaration: str = '<?xml version="1.0" encoding="utf-8"?>') -> bytes:
    body = f'{declaration}<rss version="2.0"><channel><title>T</title>{items}</channel></rss>'
    return body.encode("utf-8")


@pytest.mark.parametrize(
    "path", sorted(p for p in FEEDS.iterdir() if not p.name.endswith(".expected.json"))
)
def test_fixture_feed(path: Path) -> None:
    expected = json.loads(path.with_name(path.name + ".expected.json").read_text("utf-8"))
    parsed = parse_feed(path.read_bytes(), url=expected["url"], feed_name="Test", now=NOW)
    assert parsed.items and all(i.feed == "Test" for i in parsed.items)
    assert _as_json(parsed) == {k: v for k, v in expected.items() if k != "url"}


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Tue, 03 Mar 2026 09:15:00 +0300", datetime(2026, 3, 3, 6, 15, tzinfo=UTC)),
        ("Tue, 03 Mar 2026 09:15:00 GMT", datetime(2026, 3, 3, 9, 15, tzinfo=UTC)),
        ("Mon, 02 Mar 2026 23:00:00 EST", datetime(2026, 3, 3, 4, 0, tzinfo=UTC)),
        ("Mon, 2 Mar 2026 23:00:00 PDT", datetime(2026, 3, 3, 6, 0, tzinfo=UTC)),
        ("2026-03-01T10:00:00+01:00", datetime(2026, 3, 1, 9, 0, tzinfo=UTC)),
        ("2026-03-01T10:00:00Z", datetime(2026, 3, 1, 10, 0, tzinfo=UTC)),
        ("2026-03-01T10:00:00.123-05:00", datetime(2026, 3, 1, 15, 0, 0, 123000, tzinfo=UTC)),
        ("2026-03-01 10:00:00", datetime(2026, 3, 1, 10, 0, tzinfo=UTC)),
        ("2020/1/10 14:33:00", datetime(2020, 1, 10, 14, 33, tzinfo=UTC)),
        ("Friday, January 29, 2021 04:42 PM", datetime(2021, 1, 29, 16, 42, tzinfo=UTC)),
        ("Seg, 11 Jan 2021 10:00:00 -0300", datetime(2021, 1, 11, 13, 0, tzinfo=UTC)),
        ("not a date", None),
        ("", None),
        (None, None),
        (1_700_000_000, None),
    ],
)
def test_parse_date(value: object, expected: datetime | None) -> None:
    assert parse_date(value) == expected


@pytest.mark.parametrize(
    ("link", "expected"),
    [
        ("https://a.example/x?utm_source=rss&id=7", "https://a.example/x?id=7"),
        ("https://a.example/x?fbclid=1&gclid=2&UTM_medium=3", "https://a.example/x"),
        ("HTTPS://A.Example/Path?q=1#frag", "https://a.example/Path?q=1"),
        ("https://a.example/x?page=2&mc_cid=9", "https://a.example/x?page=2"),
    ],
)
def test_canonical_link(link: str, expected: str) -> None:
    assert canonical_link(link) == expected


def test_missing_and_bad_dates_fall_back_to_now() -> None:
    parsed = _parse(
        _rss("<item><title>a</title><pubDate>someday</pubDate></item><item><title>b</title></item>")
    )
    assert [i.published for i in parsed.items] == [NOW, NOW]


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        ("<p>One</p><p>Two</p>", "One\nTwo"),
        ("a<br>b<br/>c", "a\nb\nc"),
        ("<div>x <b>bold</b>\n  y</div>", "x bold y"),
        ("<p>A &amp; B &eacute; &#8211; &nbsp;C</p>", "A & B é – C"),
        ("<script>alert(1)</script><style>p{}</style><iframe src=x>f</iframe>ok", "ok"),
        ("<ul><li>one</li><li>two</li></ul>", "one\ntwo"),
        ("plain text, no markup", "plain text, no markup"),
        # A C1 code point is windows-1252 punctuation read as ISO-8859-1 (WHATWG): the
        # 8-bit CSI (0x9B) becomes "›", never a control character.
        ("bell\x07 esc\x1b[2J del\x7f c1\x9b bidi\u202e", "bell esc[2J del c1› bidi"),
        ("", ""),
        # The usual text's quick lines and the collapsing path agree at their border:
        # edge and doubled spaces, a no-break space, a zero-width space, empty blocks.
        ("<p> One </p><p></p><p>Two  words</p>", "One\nTwo words"),
        ("<p>a\u00a0b</p><div> </div><p>c\u200bd</p>", "a b\nc\u200bd"),
        ("<p>\u201cSaid\u201d \u2014 so</p>\n<p>\tnext</p>", "\u201cSaid\u201d \u2014 so\nnext"),
        ("<p>caf\u00c3\u00a9 au lait</p>", "caf\u00e9 au lait"),
    ],
)
def test_html_to_text(markup: str, expected: str) -> None:
    assert html_to_text(markup) == expected


def test_html_to_text_reads_nesting_past_the_parsers_depth_limit() -> None:
    # Too deep for libxml2's tree: read by the linear fallback, never a RecursionError.
    # How long it takes is measured by benchmarks/parse.py, not here.
    markup = "<div>" * 10_000 + "deep" + "</div>" * 10_000 + "<p>after</p>"
    assert html_to_text(markup) == "deep\nafter"


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b"", "empty body"),
        (b"  \n\t ", "empty body"),
        (b"<!DOCTYPE html><html><head><title>Hi</title></head><body>x</body></html>", "HTML page"),
        (b"<html><body><p>not a feed</p></body></html>", "HTML page"),
        (b"\x00\x01\x02garbage\xff\xfe", "not a feed"),
        (b"just some words", "not a feed"),
        (b'{"rss": {"channel": {}}}', "not a JSON Feed"),
        (b"{broken json", "invalid JSON"),
    ],
)
def test_not_a_feed_raises_fetch_error(body: bytes, message: str) -> None:
    with pytest.raises(FetchError, match=message) as info:
        _parse(body)
    assert "\n" not in str(info.value)


@pytest.mark.parametrize(
    ("link", "expected"),
    [
        ("javascript:alert(1)", None),
        (" JavaScript:alert(1)", None),
        ("file:///etc/passwd", None),
        ("data:text/html;base64,PHNjcmlwdD4=", None),
        ("vbscript:msgbox", None),
        ("//evil.example/x", "https://evil.example/x"),
        ("http://user:pass@evil.example@127.0.0.1/", None),
        ("story/1", "https://feeds.example.org/story/1"),
        ("https://ok.example/a?b=1&amp;c=2", "https://ok.example/a?b=1&c=2"),
    ],
)
def test_hostile_links(link: str, expected: str | None) -> None:
    escaped = link.replace("&", "&amp;") if "&amp;" not in link else link
    parsed = _parse(_rss(f"<item><title>t</title><link>{escaped}</link></item>"))
    assert parsed.items[0].link == expected


def test_control_characters_are_removed_everywhere() -> None:
    body = _rss(
        "<item><title>A&#x202E;B\x1b[2J</title><author>x\x07y</author>"
        "<description>t\x1b]52;c;Zm9v\x07ext\x9b</description></item>"
    )
    item = _parse(body).items[0]
    assert (item.title, item.author) == ("AB[2J", "xy")
    # feedparser maps the 8-bit CSI to U+203A by windows-1252: inert, so either is fine.
    assert item.text in ("t]52;c;Zm9vext", "t]52;c;Zm9vext\u203a")


@pytest.mark.parametrize(
    ("body", "headers"),
    [
        ("Fête".encode("iso-8859-1"), {"Content-Type": "application/rss+xml; charset=ISO-8859-1"}),
        ("Fête".encode("windows-1252"), None),
        ("Fête".encode(), None),
        ("Fête".encode(), {"content-type": "text/xml; charset=utf-8"}),
        (b"\xef\xbb\xbf" + "Fête".encode(), None),
    ],
)
def test_charsets(body: bytes, headers: dict[str, str] | None) -> None:
    declaration = (
        b'<?xml version="1.0"?>'
        if b"\xc3" in body
        else (b'<?xml version="1.0" encoding="windows-1252"?>')
    )
    bom = b""
    if body.startswith(b"\xef\xbb\xbf"):
        bom, body = body[:3], body[3:]
    doc = bom + declaration + b'<rss version="2.0"><channel><item><title>' + body
    doc += b"</title></item></channel></rss>"
    assert _parse(doc, headers=headers).items[0].title == "Fête"


def test_fast_and_feedparser_paths_both_used() -> None:
    good = _rss("<item><title>x</title><guid>1</guid></item>")
    broken = good.replace(b"<title>x", b"<title>x & y")
    assert _parse(good).parser == "fast"
    parsed = _parse(broken)
    assert parsed.parser == "feedparser"
    assert parsed.items[0].title == "x & y"


def test_entity_declarations_are_never_expanded() -> None:
    bomb = (
        b'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa">'
        + b"".join(
            b'<!ENTITY %s "%s">' % (f"e{i}".encode(), (f"&e{i - 1};" if i else "&a;").encode() * 10)
            for i in range(8)
        )
        + b']><rss version="2.0"><channel><item><title>&e7;</title></item></channel></rss>'
    )
    parsed = _parse(bomb)
    # The reference is kept as typed: nothing was expanded (its expansion is 10^9 a's).
    assert [i.title for i in parsed.items] == ["&e7;"]


def test_bytes_are_never_opened_as_a_file(tmp_path: Path) -> None:
    secret = tmp_path / "secret.xml"
    secret.write_bytes(_rss("<item><title>secret</title></item>"))
    with pytest.raises(FetchError):
        _parse(str(secret).encode())


def test_item_cap_and_dedupe() -> None:
    items = "".join(
        f"<item><guid>{i % 12_000}</guid><title>t</title></item>" for i in range(12_500)
    )
    parsed = _parse(_rss(items))
    assert len(parsed.items) == 10_000
    assert len({i.key for i in parsed.items}) == 10_000


def test_identity_falls_back_to_link_then_hash() -> None:
    parsed = _parse(
        _rss(
            "<item><title>a</title><link>https://x.example/a?utm_campaign=z#c</link></item>"
            "<item><title>b</title><description>text</description></item>"
        )
    )
    first, second = parsed.items
    assert first.guid == "https://x.example/a?utm_campaign=z#c"
    assert first.key == "https://x.example/a"
    assert second.key.startswith("sha256:") and second.guid == second.key
