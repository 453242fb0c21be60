"""One article page: fetch it politely and read its main text (trafilatura, imported lazily)."""

from __future__ import annotations

import dataclasses
import re
from typing import TYPE_CHECKING

from briefing.errors import FetchError
from briefing.feeds.settings import FetchSettings
from briefing.sanitize import clean_paragraphs

if TYPE_CHECKING:
    from lxml.etree import _Element

PAGE_MAX_BYTES = 5 * 1024 * 1024
"""Largest article page read (after decompression), below the feeds' cap."""
PAGE_ACCEPT = "text/html, application/xhtml+xml;q=0.9, */*;q=0.5"

_KEPT = frozenset({"p", "quote", "item", "code"})
"""trafilatura XML elements that carry the story's text; `head` (headline and section
titles), `list` wrappers, tables and graphics are left out."""
_CONTAINERS = frozenset({"list", "div", "section", "main"})
_OUTLET_START = re.compile(r"^\(([^()\n]{2,60})\)\s*[.,:—–-]")
"""A first paragraph that starts at the outlet: "(Coastline Courier). The ..." — the
place name before it was in an element of its own that the extractor dropped."""
_PLACE = r"[A-ZÀ-ÞĀ-Ž][A-ZÀ-ÞĀ-Ž'’.\- ]{1,40}?"
_BARE_DATELINE = re.compile(
    rf"^{_PLACE}(?:,\s*[A-Z][\w.]*\.?(?:\s+\d{{1,2}})?)?\s*(?:\([^()\n]{{2,60}}\))?\s*[.,:—–-]*$"
)
"""A line that is only a dateline ("PORTHAVEN (Coastline Courier)." or "OSLO, March 3 —"),
split by the page from the paragraph it opens."""


def extract_main_text(html: str) -> str:
    """The story of an article page, one paragraph per line; "" when none is found.

    trafilatura (favouring precision) drops navigation, cookie banners, share bars,
    related links, captions, bylines and comments; the headline is left out too. The
    dateline line is kept: when the page put the place name in an element of its own,
    it is joined back onto the lead paragraph.
    """
    import trafilatura
    from lxml import etree

    try:
        tree = trafilatura.load_html(html)
        if tree is None:
            return ""
        xml = trafilatura.extract(
            tree,
            output_format="xml",
            favor_precision=True,
            include_comments=False,
            include_tables=False,
            include_images=False,
            deduplicate=False,
        )
    except (ValueError, etree.LxmlError):
        return ""
    if not xml:
        return ""
    try:
        doc = etree.fromstring(xml.encode("utf-8"))
    except etree.XMLSyntaxError:
        return ""
    main = doc.find("main")
    paragraphs = [p for p in _blocks(main) if p] if main is not None else []
    return clean_paragraphs("\n".join(_repair_dateline(paragraphs, html)))


def _blocks(element: _Element) -> list[str]:
    """The text blocks of a trafilatura container in order, loose text included."""
    blocks = [_squash(element.text)]
    for child in element:
        if child.tag in _KEPT:
            blocks.append(_squash("".join(child.itertext())))
        elif child.tag in _CONTAINERS:
            blocks.extend(_blocks(child))
        # Loose text after a headline or an item is the page's own, e.g. a dateline
        # in a <span> of its own before the first paragraph.
        blocks.append(_squash(child.tail))
    return blocks


def _squash(text: str | None) -> str:
    return " ".join(text.split()) if text else ""


def _repair_dateline(paragraphs: list[str], html: str) -> list[str]:
    """Join a dateline split from its paragraph; restore a place name the extractor dropped."""
    if len(paragraphs) >= 2 and _BARE_DATELINE.match(paragraphs[0]):
        return [f"{paragraphs[0]} {paragraphs[1]}", *paragraphs[2:]]
    if paragraphs and _OUTLET_START.match(paragraphs[0]):
        place = _place_before(html, paragraphs[0])
        if place:
            return [f"{place} {paragraphs[0]}", *paragraphs[1:]]
    return paragraphs


def _place_before(html: str, paragraph: str) -> str | None:
    """The upper-case place name that precedes `paragraph` in the page's text."""
    from briefing.feeds.parse import html_to_text

    page = " ".join(html_to_text(html).split())
    start = " ".join(paragraph.split())[:40]
    found = re.search(rf"({_PLACE})\s*{re.escape(start)}", page)
    if found is None:
        return None
    place = found.group(1).strip()
    return place if any(c.isalpha() for c in place) and place.upper() == place else None


def extract_article(html: str) -> str:
    """The main text of an article page as plain paragraphs.

    The story as `extract_main_text` finds it; a page it finds no story in (a
    fragment, a page of plain paragraphs) gives all of its text instead.
    """
    from briefing.feeds.parse import html_to_text

    return extract_main_text(html) or html_to_text(html)


def decode_page(body: bytes, content_type: str) -> str:
    """A page's bytes as text: the charset the server named, else what the page declares."""
    charset = None
    if "charset=" in content_type:
        charset = content_type.split("charset=", 1)[1].split(";")[0].strip(" \"'") or None
    if charset:
        try:
            return body.decode(charset, errors="replace")
        except LookupError:
            pass
    from trafilatura.utils import decode_file

    decoded = decode_file(body)
    return decoded if isinstance(decoded, str) else body.decode("utf-8", errors="replace")


def page_settings(settings: FetchSettings) -> FetchSettings:
    """The feed fetcher's settings for article pages: HTML accepted, a smaller size cap."""
    return dataclasses.replace(
        settings, accept=PAGE_ACCEPT, max_bytes=min(settings.max_bytes, PAGE_MAX_BYTES)
    )


def fetch_article_text(url: str) -> str:
    """Fetch one page with the feed fetcher's limits and return its main text.

    Raises:
        FetchError: the page could not be fetched.
    """
    import asyncio

    from briefing.feeds.fetch import FetchRequest, fetch_all

    (result,) = asyncio.run(fetch_all([FetchRequest(url, url)], page_settings(FetchSettings())))
    if result.outcome != "ok" or result.body is None:
        raise FetchError(f"{url}: {result.error or 'fetch failed'}")
    return extract_article(decode_page(result.body, result.headers.get("content-type", "")))
