"""Feed documents (bytes plus response headers) to `ParsedFeed`: RSS, Atom, RDF, JSON Feed.

Three paths behind one function. fastfeedparser (lxml, about 1 ms a feed) reads
every well-formed RSS/Atom/RDF document it fully understands; feedparser (about
40 times slower, but the most forgiving parser there is) reads whatever the fast
path rejects: malformed XML, entity declarations, xml:base, a charset the HTTP
header overrides, RSS 0.90, fewer entries than the document has item tags, or a
form it reads wrong (`briefing.feeds.fastforms`). Dates are read from their text by
`briefing.feeds.dates` on every path.
JSON Feed is read with the standard library (`briefing.feeds.jsonfeed`). Before
either XML path, a document longer than `max_items` at each end is cut in its bytes
(`briefing.feeds.scan`), so no parser builds the middle of a huge feed.
"""

from __future__ import annotations

import dataclasses
import re
import warnings
import zlib
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from lxml import etree

from briefing.errors import FetchError
from briefing.feeds.dates import parse_date, to_utc
from briefing.feeds.entries import RawEntry, build_items, clean_title
from briefing.feeds.fastforms import (
    fast_path_misreads,
    fastfeedparser_keeping_dates,
    without_guessed_links,
)
from briefing.feeds.htmltext import html_to_text
from briefing.feeds.jsonfeed import looks_like_json, parse_json_feed
from briefing.feeds.parsed import ParsedFeed
from briefing.feeds.scan import cut_items, ttl_minutes
from briefing.sanitize import clean_line, safe_url

__all__ = ["ParsedFeed", "html_to_text", "parse_feed"]

MAX_BODY_BYTES = 10 * 1024 * 1024
"""Largest document (after gunzip) the parser accepts."""

_BOM = b"\xef\xbb\xbf"
_STRICT = etree.XMLParser(
    resolve_entities=False,
    no_network=True,
    load_dtd=False,
    collect_ids=False,
    huge_tree=False,
)
"""Well-formedness check only: never loads a DTD, expands an entity or touches the network."""
_DECLARED_ENCODING = re.compile(rb"""^<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9._-]+)""")
_HEADER_CHARSET = re.compile(r"""charset\s*=\s*["']?([A-Za-z0-9._:-]+)""", re.IGNORECASE)
_HTML_START = re.compile(rb"^(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S)
_PREFIXED_LINK = re.compile(rb"<[A-Za-z][\w.-]*:link[\s>/]")
_UTF8_NAMES = frozenset(("utf-8", "utf8"))


def parse_feed(
    body: bytes,
    *,
    url: str,
    feed_name: str,
    now: datetime,
    headers: Mapping[str, str] | None = None,
    max_items: int | None = None,
) -> ParsedFeed:
    """Parse one feed document into cleaned Items.

    Args:
        body: the response body exactly as received (after HTTP content decoding).
        url: the feed's URL, the base for relative links.
        feed_name: the name every Item carries.
        now: first-seen time, used for items without a usable date.
        headers: the HTTP response headers; the Content-Type charset is honoured.
        max_items: read at most this many items from each end of the document (feeds
            list newest first or oldest first); the middle of a longer one is never
            parsed, so a document of 300,000 tiny items costs what one of 2 x max_items does.

    Raises:
        FetchError: the body is not a feed at all (empty, an HTML page, garbage).
    """
    body = prepare_body(body)
    now = to_utc(now) or now
    if looks_like_json(body):
        feed = parse_json_feed(body, url=url, max_items=max_items)
        items = build_items(feed.entries, feed_name=feed_name, now=now)
        return ParsedFeed(feed.title, feed.link, None, items, "json", feed.unread)
    body, unread = cut_items(body, max_items)
    fast = parse_fast(body, url=url, feed_name=feed_name, now=now, headers=headers)
    if fast is None:
        fast = parse_with_feedparser(body, url=url, feed_name=feed_name, now=now, headers=headers)
    return dataclasses.replace(fast, unread=unread) if unread else fast


def prepare_body(body: bytes) -> bytes:
    if body[:2] == b"\x1f\x8b":
        # A feed saved or served as raw gzip with no Content-Encoding.
        decompressor = zlib.decompressobj(wbits=31)
        try:
            body = decompressor.decompress(body, MAX_BODY_BYTES + 1)
        except zlib.error:
            raise FetchError("not a feed: a corrupt gzip file") from None
    if len(body) > MAX_BODY_BYTES:
        raise FetchError(f"feed too large: over {MAX_BODY_BYTES // (1024 * 1024)} MB")
    bom = _BOM if body.startswith(_BOM) else b""
    stripped = body[len(bom) :].lstrip(b" \t\r\n")
    if not stripped:
        raise FetchError("not a feed: the server sent an empty body")
    # Blank lines before the XML declaration make a document malformed for no reason.
    return bom + stripped


def parse_fast(
    body: bytes,
    *,
    url: str,
    feed_name: str,
    now: datetime,
    headers: Mapping[str, str] | None = None,
) -> ParsedFeed | None:
    """fastfeedparser's reading of a well-formed document, or None to use feedparser."""
    if not _fast_path_suits(body, headers):
        return None
    try:
        root = etree.fromstring(body, _STRICT)
    except (etree.XMLSyntaxError, ValueError):
        return None
    fastfeedparser = fastfeedparser_keeping_dates()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            result = fastfeedparser.parse(body)
    except Exception:
        return None
    entries: list[Any] = list(result.get("entries") or [])
    if not entries or len(entries) < _tag_count(body) or fast_path_misreads(root, body, entries):
        return None
    base = safe_url(url)
    # fastfeedparser makes up an id from the link when an RSS item has none.
    has_ids = any(tag in body for tag in (b"<guid", b"rdf:about", b"<id>", b"<id "))
    raw = [_fast_entry(entry, base, has_ids) for entry in entries]
    raw = without_guessed_links(raw, body)
    if _PREFIXED_LINK.search(body) and any(not (entry.guid or entry.link) for entry in raw):
        # An item with neither id nor link: the fast path missed a link form
        # (a10:link, a guid it did not see) that feedparser knows.
        return None
    feed: Mapping[str, Any] = result.get("feed") or {}
    return ParsedFeed(
        title=_feed_title(feed.get("title")),
        link=safe_url(_str(feed.get("link")), base),
        ttl_minutes=ttl_minutes(body),
        items=build_items(raw, feed_name=feed_name, now=now),
        parser="fast",
    )


def _fast_path_suits(body: bytes, headers: Mapping[str, str] | None) -> bool:
    head = body[:1024]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")) or b"\x00" in head:
        return False  # UTF-16/32
    if b"<!ENTITY" in body or b"xml:base" in body:
        # Entity declarations are never expanded by us; feedparser drops them. xml:base
        # is resolved by feedparser, and fastfeedparser ignores it for entry links.
        return False
    declared = _DECLARED_ENCODING.match(body.removeprefix(_BOM))
    document = declared.group(1).decode("ascii").lower() if declared else "utf-8"
    header_charset = _header_charset(headers)
    both_utf8 = header_charset in _UTF8_NAMES and document in _UTF8_NAMES
    if header_charset is not None and header_charset != document and not both_utf8:
        return False  # feedparser applies RFC 3023's rules for the header
    if document not in _UTF8_NAMES and not body.isascii():
        try:
            body.decode("utf-8")
        except UnicodeDecodeError:
            return True
        return False  # UTF-8 bytes under a false declaration: feedparser notices
    return True


def _tag_count(body: bytes) -> int:
    """Item or entry start tags in the bytes: more than the parser found means it lost some."""
    # Counting "<item" also counts <itemref> and the like: a false alarm only costs
    # a feedparser parse.
    items = body.count(b"<item")
    entries = body.count(b"<entry")
    return max(items, entries)


def _fast_entry(entry: Mapping[str, Any], base: str | None, has_ids: bool) -> RawEntry:
    content = None
    contents = entry.get("content")
    description = _str(entry.get("description"))
    if isinstance(contents, list) and contents and isinstance(contents[0], dict):
        content = _str(contents[0].get("value"))
    if content is not None and description is not None and _same_text(content, description):
        # fastfeedparser copies an RSS description into content: that is no full text.
        content = None
    author = entry.get("author")
    return RawEntry(
        guid=_str(entry.get("id")) if has_ids else None,
        title=_str(entry.get("title")),
        link=_str(entry.get("link")),
        base=base,
        published=_fast_published(entry),
        content=content,
        summary=description,
        author=author if isinstance(author, str) else None,
    )


def _fast_published(entry: Mapping[str, Any]) -> datetime | None:
    published, updated = entry.get("published"), entry.get("updated")
    if published is not None and published == entry.get("id") and updated is None:
        # fastfeedparser tries an item's guid as its date when it has none: a post
        # number such as "2019" or "201231" is no date.
        return None
    return parse_date(published) or parse_date(updated)


def _same_text(content: str, description: str) -> bool:
    if content == description or content.strip() == description:
        return True
    if abs(len(content) - len(description)) > len(content) // 4 + 16:
        return False
    return content.split() == description.split()


def parse_with_feedparser(
    body: bytes,
    *,
    url: str,
    feed_name: str,
    now: datetime,
    headers: Mapping[str, str] | None = None,
) -> ParsedFeed:
    """feedparser's reading of any document; raises FetchError when it finds no feed."""
    import io

    import feedparser

    response_headers = {"content-type": "application/xml"}
    content_type = _header(headers, "content-type")
    if content_type:
        response_headers["content-type"] = content_type
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        # A stream, never bytes or str: given bytes, feedparser first tries them as a
        # file name (open(b"/etc/passwd")); given a str, it may fetch a URL.
        result = feedparser.parse(
            io.BytesIO(body),
            response_headers=response_headers,
            resolve_relative_uris=False,
            sanitize_html=False,
        )
    entries = result.get("entries") or []
    if not entries and not result.get("version"):
        raise FetchError(_not_a_feed(body, result))
    base = safe_url(url)
    version = str(result.get("version") or "")
    has_full = not version.startswith("rss") or any(
        tag in body for tag in (b"encoded>", b"body>", b"fullitem>")
    )  # content:encoded, <body>, <xhtml:body>, <fullitem>: full text, not an excerpt
    with warnings.catch_warnings():
        # FeedParserDict warns when "updated" is read and only "published" exists.
        warnings.simplefilter("ignore", DeprecationWarning)
        raw = [_feedparser_entry(entry, base, has_full) for entry in entries]
    feed = result.get("feed") or {}
    return ParsedFeed(
        title=_feed_title(feed.get("title")),
        link=safe_url(_str(feed.get("link")), _base(feed.get("title_detail"), base)),
        ttl_minutes=ttl_minutes(body),
        items=build_items(raw, feed_name=feed_name, now=now),
        parser="feedparser",
    )


def _feedparser_entry(
    entry: Mapping[str, Any], base: str | None, has_full_content: bool
) -> RawEntry:
    contents = [
        c.get("value") for c in entry.get("content") or [] if isinstance(c.get("value"), str)
    ]
    content = max(contents, key=len) if contents else None
    summary = _str(entry.get("summary"))
    if content and not has_full_content:
        # feedparser files an RSS <description> under content when another summary
        # (itunes:summary, media:description) came first: that is still an excerpt.
        summary = max(content, summary or "", key=len)
        content = None
    detail = entry.get("title_detail") or entry.get("summary_detail")
    if detail is None and entry.get("content"):
        detail = entry["content"][0]
    # Our reading of the text, as on every path: feedparser's own reads unknown zone
    # names as UTC and "2020/1/10" wrong.
    published = parse_date(entry.get("published")) or parse_date(entry.get("updated"))
    author = entry.get("author") or (entry.get("author_detail") or {}).get("name")
    return RawEntry(
        guid=_str(entry.get("id")),
        title=_str(entry.get("title")),
        link=_str(entry.get("link")),
        base=_base(detail, base),
        published=published,
        content=_str(content),
        summary=summary,
        author=_str(author),
    )


def _base(detail: Any, feed_base: str | None) -> str | None:
    """The base a relative link resolves against: xml:base in scope, else the feed URL.

    An xml:base that is not http(s) (javascript:, file:) gives None, so relative
    links under it are dropped rather than resolved against something else.
    """
    xml_base = _str(detail.get("base")) if isinstance(detail, Mapping) else None
    if not xml_base:
        return feed_base
    if feed_base is not None:
        return safe_url(xml_base, feed_base)
    return safe_url(xml_base)


def _not_a_feed(body: bytes, result: Mapping[str, Any]) -> str:
    if _HTML_START.match(body.removeprefix(_BOM)[:4096]):
        return "not a feed: the server sent an HTML page"
    error = result.get("bozo_exception")
    reason = str(error).splitlines()[0][:100] if error else ""
    if reason:
        return f"not a feed: not RSS, Atom or JSON Feed ({clean_line(reason)})"
    return "not a feed: not RSS, Atom or JSON Feed"


def _feed_title(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    return clean_title(value) or None


def _header(headers: Mapping[str, str] | None, name: str) -> str | None:
    if not headers:
        return None
    for key, value in headers.items():
        if key.lower() == name:
            return value
    return None


def _header_charset(headers: Mapping[str, str] | None) -> str | None:
    content_type = _header(headers, "content-type")
    match = _HEADER_CHARSET.search(content_type) if content_type else None
    return match.group(1).lower() if match else None


def _str(value: object) -> str | None:
    return value if isinstance(value, str) and value else None
