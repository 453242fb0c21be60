"""Property tests: any bytes or any Unicode as feed content never crash and print inert.

Random text (control characters, bidi overrides, Rich markup, ESC sequences, XML
specials) goes into RSS, Atom and JSON Feed titles and bodies, and random bytes
make up whole documents. `parse_feed` either raises `FetchError` or returns
items; the items then go through the summarizer, the story builder and every
renderer, whose output holds no control character except newline, tab and the
SGR/OSC 8 sequences rich itself writes.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from io import StringIO
from typing import Any
from xml.sax.saxutils import escape

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from rich.console import Console

from briefing.errors import FetchError
from briefing.feeds.parse import ParsedFeed, parse_feed
from briefing.models import Briefing, Digest, DigestEntry, FeedStatus, Item
from briefing.render.console import briefing_renderable
from briefing.render.digest import briefing_markdown, briefing_text, digest_text
from briefing.render.export import briefing_dict
from briefing.stories.build import build_stories
from briefing.summarize import summarize
from tests.cli.test_hostile import CONTROL, assert_inert, assert_links_safe

NOW = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)
FAST = settings(
    max_examples=300,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)
"""Modest and derandomized: the same examples on every run, so CI is stable."""

FRAGMENTS = [
    "\x1b[2J\x1b[H",
    "\x1b[31;5m",
    "\x1b]0;title\x07",
    "\x1b]52;c;ZXZpbA==\x07",
    "\x1b]8;;http://evil.example/phish\x1b\\click\x1b]8;;\x1b\\",
    "\x9b2J",
    "\x9d8;;x\x9c",
    "\x00",
    "\x07",
    "\x08",
    "\r",
    "\x7f",
    "\u202e",
    "\u2066",
    "\u200f",
    "\ufeff",
    "[bold red]",
    "[/]",
    "[link=file:///etc/passwd]x[/link]",
    "[@click=app.quit]",
    ":skull:",
    "<script>alert(1)</script>",
    "<b>",
    "&amp;",
    "&#27;[2J",
    "]]>",
    "“",
    "said",
    "DUSHANBE (Wire).",
    "$45 billion",
    "12%",
    "\n",
    "\t",
    "javascript:alert(1)",
]

hostile_text = st.lists(
    st.one_of(
        st.sampled_from(FRAGMENTS),
        st.text(max_size=12),
        st.text(st.characters(max_codepoint=0x2FF), max_size=12),
    ),
    max_size=12,
).map("".join)
"""Text built from attack fragments and arbitrary code points (controls included)."""

links = st.one_of(
    st.sampled_from(
        [
            "http://127.0.0.1/story",
            "javascript:alert(1)",
            " JaVaScRiPt:alert(1)",
            "file:///etc/passwd",
            "data:text/html;base64,PHNjcmlwdD4=",
            "//evil.example/x",
            "http://user:pass@evil.example@127.0.0.1/",
        ]
    ),
    hostile_text,
)


def _rss(title: str, body: str, link: str, cdata: bool) -> bytes:
    text = f"<![CDATA[{body.replace(']]>', '')}]]>" if cdata else escape(body)
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>{escape(title)}</title><link>http://127.0.0.1/</link>"
        f"<item><title>{escape(title)}</title><link>{escape(link)}</link>"
        f"<guid>{escape(title)}</guid><description>{text}</description>"
        f"<author>{escape(body[:40])}</author></item>"
        f"<item><title>second</title><guid>g2</guid><description>{text}</description></item>"
        "</channel></rss>"
    ).encode("utf-8", "surrogatepass")


def _atom(title: str, body: str, link: str, cdata: bool) -> bytes:
    kind = 'type="html"' if cdata else 'type="text"'
    return (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
        f"<title>{escape(title)}</title><id>urn:x</id><updated>2026-11-27T10:00:00Z</updated>"
        f"<entry><title {kind}>{escape(title)}</title><id>{escape(link)}</id>"
        f'<link href="{escape(link, {chr(34): "&quot;"})}"/>'
        f"<updated>2026-11-27T10:00:00Z</updated><content {kind}>{escape(body)}</content>"
        f"<author><name>{escape(title[:30])}</name></author></entry></feed>"
    ).encode("utf-8", "surrogatepass")


def _json_feed(title: str, body: str, link: str, cdata: bool) -> bytes:
    key = "content_html" if cdata else "content_text"
    document = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": title,
        "items": [
            {"id": title or "1", "url": link, "title": title, key: body, "summary": body[:50]},
            {"id": 2, "title": body, "date_published": title},
        ],
    }
    return json.dumps(document).encode()


def _render_all(parsed: ParsedFeed) -> list[str]:
    """Everything a reader can see of these items, in every output format."""
    items = list(parsed.items)
    entries = [(item, summarize(item.text or item.title)) for item in items]
    stories = build_stories(entries, now=NOW)
    feeds = (FeedStatus("Random", "http://127.0.0.1/", "error", "HTTP 500 Internal", 0, NOW),)
    briefing = Briefing(date=date(2026, 11, 27), generated_at=NOW, stories=stories, feeds=feeds)
    console_out = StringIO()
    console = Console(
        file=console_out,
        force_terminal=True,
        color_system="truecolor",
        width=80,
        markup=False,
        emoji=False,
        highlight=False,
    )
    console.print(briefing_renderable(briefing))
    digest = Digest(
        since=NOW,
        generated_at=NOW,
        entries=tuple(DigestEntry(s, "new", s.items) for s in stories),
        failing=feeds,
    )
    return [
        briefing_text(briefing),
        briefing_markdown(briefing),
        digest_text(digest),
        console_out.getvalue(),
        json.dumps(briefing_dict(briefing), ensure_ascii=False),
    ]


def _strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list | tuple):
        return [s for v in value for s in _strings(v)]
    return []


def _check(body: bytes) -> None:
    try:
        parsed = parse_feed(body, url="http://127.0.0.1/feed", feed_name="Random", now=NOW)
    except FetchError as exc:
        assert "\n" not in str(exc) and CONTROL.search(str(exc)) is None
        event("refused: FetchError")
        return
    event(f"parsed by {parsed.parser}, {min(len(parsed.items), 2)}+ items")
    for item in parsed.items:
        _assert_clean_item(item)
    outputs = _render_all(parsed)
    for output in outputs:
        assert_inert(output)
        assert_links_safe(output)
    for text in _strings(json.loads(outputs[-1])):
        assert CONTROL.search(text) is None, text


def _assert_clean_item(item: Item) -> None:
    for field in (item.title, item.text, item.guid, item.author or "", item.feed):
        assert CONTROL.search(field) is None, field
    assert item.link is None or item.link.startswith(("http://", "https://")), item.link


@FAST
@given(
    st.sampled_from([_rss, _atom, _json_feed]),
    hostile_text,
    hostile_text,
    links,
    st.booleans(),
)
def test_random_text_in_any_feed_format_renders_inert(
    build: Any, title: str, body: str, link: str, cdata: bool
) -> None:
    _check(build(title, body, link, cdata))


@FAST
@given(st.binary(max_size=2048))
def test_random_bytes_as_a_feed_never_crash(body: bytes) -> None:
    _check(body)


@FAST
@given(
    st.sampled_from(
        [
            b'<?xml version="1.0"?><rss version="2.0"><channel><item><title>',
            b'<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>',
            b'{"version": "https://jsonfeed.org/version/1.1", "items": [{"id": "',
            b"\x1f\x8b",
            b"\xef\xbb\xbf<rss><channel><item><description>",
        ]
    ),
    st.binary(max_size=1024),
)
def test_a_feed_start_followed_by_random_bytes_never_crashes(head: bytes, tail: bytes) -> None:
    _check(head + tail)
