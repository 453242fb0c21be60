"""Feed forms the fast path once misread (issue 17), each in a small feed of our own.

Each feed is read through `parse_feed` (whichever path it picks) and, where the form is
one the fast path refuses, the test also checks that feedparser read it.
"""

from __future__ import annotations

import base64
from datetime import UTC, datetime

import pytest

from briefing.feeds.dates import parse_date
from briefing.feeds.htmltext import html_to_text
from briefing.feeds.parse import ParsedFeed, parse_feed

NOW = datetime(2030, 1, 1, tzinfo=UTC)
URL = "https://forms.example.org/feed.xml"
ATOM = 'xmlns="http://www.w3.org/2005/Atom"'
XHTML = 'xmlns="http://www.w3.org/1999/xhtml"'


def _parse(body: str | bytes, **kwargs: object) -> ParsedFeed:
    data = body.encode("utf-8") if isinstance(body, str) else body
    return parse_feed(data, url=URL, feed_name="Forms", now=NOW, **kwargs)  # type: ignore[arg-type]


def _rss(item: str, *, channel: str = "<title>Harbour Desk</title>", root: str = "") -> str:
    return f'<rss version="2.0"{root}><channel>{channel}<item>{item}</item></channel></rss>'


def test_atom_xhtml_title_and_content_keep_their_text() -> None:
    parsed = _parse(
        f"<feed {ATOM}><title>Desk</title><entry><id>urn:x:1</id>"
        f'<title type="xhtml"><div {XHTML}>Ferry <b>timetable</b> changes</div></title>'
        f'<content type="xhtml"><div {XHTML}><p>Boats leave <em>hourly</em> from May.</p>'
        "</div></content></entry></feed>"
    )
    [item] = parsed.items
    assert item.title == "Ferry timetable changes"
    assert item.text == "Boats leave hourly from May."


def test_atom03_naked_markup_title_keeps_the_text_after_its_first_child() -> None:
    parsed = _parse(
        '<feed version="0.3" xmlns="http://purl.org/atom/ns#"><entry><id>urn:x:2</id>'
        "<title>Quay <b>works</b> finish early</title>"
        '<summary mode="xml">Crews <i>left</i> on Friday.</summary></entry></feed>'
    )
    [item] = parsed.items
    assert item.title == "Quay works finish early"
    assert item.text == "Crews left on Friday."


@pytest.mark.parametrize(
    "element",
    [
        "<body><p>The new pier opens in June.</p></body>",
        '<xhtml:body xmlns:xhtml="http://www.w3.org/1999/xhtml"><p>The new pier opens in June.'
        "</p></xhtml:body>",
        "<fullitem>&lt;p&gt;The new pier opens in June.&lt;/p&gt;</fullitem>",
    ],
    ids=["body", "xhtml-body", "fullitem"],
)
def test_rss_body_forms_are_read_as_content(element: str) -> None:
    parsed = _parse(_rss(f"<title>Pier</title><guid>p-1</guid>{element}"))
    [item] = parsed.items
    assert item.text == "The new pier opens in June."
    assert not item.is_excerpt


def test_windows_1252_punctuation_under_an_iso_8859_1_label() -> None:
    body = (
        '<?xml version="1.0" encoding="ISO-8859-1"?>'
        + _rss("<title>Dock \x93reopens\x94</title><guid>d-1</guid>"
               "<description>It won\x92t close \x96 the fee is \x805.</description>")
    ).encode("latin-1")  # fmt: skip
    [item] = _parse(body).items
    assert item.title == "Dock \u201creopens\u201d"
    assert item.text == "It won\u2019t close \u2013 the fee is \u20ac5."


def test_base64_content_is_decoded() -> None:
    encoded = base64.b64encode(b"<p>Tolls fall on Monday.</p>").decode("ascii")
    title = base64.b64encode(b"Tolls <b>fall</b>").decode("ascii")
    parsed = _parse(
        '<feed version="0.3" xmlns="http://purl.org/atom/ns#"><entry><id>urn:x:3</id>'
        f'<title mode="base64">{title}</title>'
        f'<content type="text/html" mode="base64">{encoded}</content></entry></feed>'
    )
    [item] = parsed.items
    assert item.title == "Tolls fall"
    assert item.text == "Tolls fall on Monday."


def test_atom10_octet_stream_content_is_decoded() -> None:
    encoded = base64.b64encode(b"<p>Tolls fall on Monday.</p>").decode("ascii")
    parsed = _parse(
        f"<feed {ATOM}><entry><id>urn:x:4</id><title>Tolls</title>"
        f'<content type="application/octet-stream">{encoded}</content></entry></feed>'
    )
    assert parsed.items[0].text == "Tolls fall on Monday."


def test_a_guid_that_is_no_permalink_is_not_the_link() -> None:
    parsed = _parse(
        _rss('<title>Gate</title><guid isPermaLink="false">https://cms.example.org/n/88</guid>')
    )
    [item] = parsed.items
    assert item.link is None
    assert item.guid == "https://cms.example.org/n/88"


def test_a_guid_that_is_no_permalink_keeps_the_items_own_link() -> None:
    parsed = _parse(
        _rss(
            "<title>Gate</title><link>https://forms.example.org/gate</link>"
            '<guid isPermaLink="false">https://forms.example.org/gate</guid>'
        )
    )
    assert parsed.items[0].link == "https://forms.example.org/gate"
    assert parsed.parser == "fast"


def test_a_description_of_another_namespace_is_not_the_items() -> None:
    # RSS elements in a prefixed namespace, a module's <x:description> beside the item's.
    parsed = _parse(
        '<r:rss version="2.0" xmlns:r="http://backend.userland.com/rss2" '
        'xmlns:x="https://modules.example.org/x"><r:channel><r:title>Desk</r:title>'
        "<r:item><r:title>Tide</r:title><r:guid>t-1</r:guid>"
        "<x:description>Module metadata, not for readers.</x:description>"
        "<r:description>High tide at noon.</r:description></r:item></r:channel></r:rss>"
    )
    assert parsed.items[0].text == "High tide at noon."


def test_the_items_title_wins_over_a_media_title_before_it() -> None:
    parsed = _parse(
        _rss(
            "<media:title>clip-0042.mp4</media:title><title>Storm hits the coast</title>"
            "<guid>s-1</guid>",
            root=' xmlns:media="http://search.yahoo.com/mrss/"',
        )
    )
    assert parsed.items[0].title == "Storm hits the coast"


def test_media_group_description_is_the_items_text() -> None:
    parsed = _parse(
        f'<feed {ATOM} xmlns:media="http://search.yahoo.com/mrss/"><title>Channel</title>'
        "<entry><id>yt:video:1</id><title>Harbour tour</title>"
        '<link rel="alternate" href="https://video.example.org/w?v=1"/>'
        "<media:group><media:title>Harbour tour</media:title>"
        "<media:description>A walk along the old quay at dawn.</media:description>"
        "</media:group></entry></feed>"
    )
    assert parsed.items[0].text == "A walk along the old quay at dawn."


@pytest.mark.parametrize(
    ("description", "expected"),
    [
        ("Wait for it&#226;&#128;&#166;", "Wait for it\u2026"),
        ("Don\u00e2\u20ac\u2122t panic", "Don\u2019t panic"),
        ("Caf\u00c3\u00a9 reopens", "Caf\u00e9 reopens"),
        ("Caf\u00e9 \u00bb menu", "Caf\u00e9 \u00bb menu"),  # real Latin text stays
    ],
)
def test_double_encoded_utf8_is_repaired(description: str, expected: str) -> None:
    parsed = _parse(_rss(f"<title>Note</title><guid>n-1</guid><description>{description}"
                         "</description>"))  # fmt: skip
    assert parsed.items[0].text == expected


def test_rss_in_a_default_namespace_keeps_its_channel_title_and_link() -> None:
    parsed = _parse(
        _rss(
            "<title>Gate</title><link>https://forms.example.org/gate</link><guid>g-1</guid>",
            channel="<title>Regional Desk</title><link>https://desk.example.org/</link>",
            root=' xmlns="http://backend.userland.com/rss2"',
        )
    )
    assert parsed.title == "Regional Desk"
    assert parsed.link == "https://desk.example.org/"


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        ("<p>before<embed src=x.swf>after</p>", "beforeafter"),
        ("<p>before <iframe src=https://v.example.org/1> after</p>", "before after"),
        ("<p>before <audio src=a.mp3> after</p>", "before after"),
        ("<p>before <video src=v.mp4> after</p><p>next</p>", "before after\nnext"),
        ("<p>before <object data=x.swf> after</p>", "before after"),
        ("<![CDATA[<script>alert(1)</script>]]&gt;<p>kept</p>", "kept"),
        ("<p>closed <video src=v.mp4>fallback words</video> stays</p>", "closed stays"),
    ],
)
def test_unclosed_media_elements_do_not_swallow_text(markup: str, expected: str) -> None:
    assert html_to_text(markup) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Thu, 30 Apr 2015 08:57:00 MET", datetime(2015, 4, 30, 7, 57, tzinfo=UTC)),
        ("Thu, 30 Apr 2015 08:57:00 MEST", datetime(2015, 4, 30, 6, 57, tzinfo=UTC)),
        ("Tue, 03 Mar 2026 06:00:00 CET", datetime(2026, 3, 3, 5, 0, tzinfo=UTC)),
        ("Tue, 04 Aug 2026 06:00:00 CEST", datetime(2026, 8, 4, 4, 0, tzinfo=UTC)),
        ("Tue, 04 Aug 2026 06:00:00 BST", datetime(2026, 8, 4, 5, 0, tzinfo=UTC)),
        ("Tue, 04 Aug 2026 06:00:00 IST", datetime(2026, 8, 4, 0, 30, tzinfo=UTC)),
        ("Mon, 26 January 2004 16:31:00 AT", datetime(2004, 1, 26, 20, 31, tzinfo=UTC)),
        ("Mon, 26 January 2004 16:31:00 ET", datetime(2004, 1, 26, 21, 31, tzinfo=UTC)),
        ("Mon, 26 January 2004 16:31:00 PT", datetime(2004, 1, 27, 0, 31, tzinfo=UTC)),
        ("August 4, 2026 6:00 PM EDT", datetime(2026, 8, 4, 22, 0, tzinfo=UTC)),
        ("Wed, 19 Feb 2012 22:40:00 +01:00", datetime(2012, 2, 19, 21, 40, tzinfo=UTC)),
        ("Wed, 19 Feb 2012 22:40:00 GMT-01:01", datetime(2012, 2, 19, 23, 41, tzinfo=UTC)),
        ("Wed, 19 Feb 2012 22:40:00 GMT+2", datetime(2012, 2, 19, 20, 40, tzinfo=UTC)),
        ("Wed, 19 Feb 2012 22:40:00 GMT+0100 (CET)", datetime(2012, 2, 19, 21, 40, tzinfo=UTC)),
        ("2003", datetime(2003, 1, 1, tzinfo=UTC)),
        ("2003-12", datetime(2003, 12, 1, tzinfo=UTC)),
        ("-03-12", datetime(2003, 12, 1, tzinfo=UTC)),
        ("031231", datetime(2003, 12, 31, tzinfo=UTC)),
        ("yesterday", None),
        ("Sun, 16 zzz 2012 11:47:32 GMT", None),
        ("2004-13-01", None),
        ("2003-12-31T25:14:55Z", None),
        ("Tue, 03 Mar 2026 06:00:00 QQT", None),
        ("06:00 BST", None),
    ],
)
def test_one_date_reader(value: str, expected: datetime | None) -> None:
    assert parse_date(value) == expected


@pytest.mark.parametrize("malformed", [False, True], ids=["fast", "feedparser"])
@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("Tue, 04 Aug 2026 06:00:00 BST", datetime(2026, 8, 4, 5, 0, tzinfo=UTC)),
        ("Tue, 04 Aug 2026 06:00:00 MEST", datetime(2026, 8, 4, 4, 0, tzinfo=UTC)),
        ("2026-08-04T06:00:00 +01:00", datetime(2026, 8, 4, 5, 0, tzinfo=UTC)),
        ("yesterday", NOW),
        ("Sun, 16 zzz 2012 11:47:32 GMT", NOW),
        ("2004-13-01", NOW),
    ],
)
def test_dates_read_alike_on_both_paths(written: str, expected: datetime, malformed: bool) -> None:
    broken = "<unclosed>" if malformed else ""  # malformed XML goes to feedparser
    parsed = _parse(_rss(f"<title>Tide</title><guid>t-9</guid><pubDate>{written}</pubDate>"
                         f"{broken}"))  # fmt: skip
    assert parsed.parser == ("feedparser" if malformed else "fast")
    assert parsed.items[0].published == expected


@pytest.mark.parametrize("guid", ["2019", "201231", "2020-01-10"])
def test_a_guid_is_never_read_as_the_items_date(guid: str) -> None:
    parsed = _parse(_rss(f"<title>Post</title><guid>{guid}</guid>"))
    assert parsed.parser == "fast"
    assert parsed.items[0].published == NOW
