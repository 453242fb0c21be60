"""What fastfeedparser reads wrong, found before its reading is used (issue 17).

fastfeedparser reads most feeds right at a fortieth of feedparser's cost, but some
forms it reads wrong: Atom XHTML and `mode="xml"` text (it keeps the text before the
first child), base64 content (kept encoded), RSS `<body>`/`<fullitem>` (not read), a
`media:title` before the title (taken for it), a `media:group` description (not
read), RSS in a namespace (no channel title, a module's description taken for the
item's), and a guid that says it is no permalink (taken for the link). The first
ones send the document to feedparser; the last is undone here. Its own date reading
is switched off, so `briefing.feeds.dates` reads every date alike on both paths.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping
from typing import Any
from xml.sax.saxutils import escape as xml_escape

from lxml import etree

from briefing.feeds.entries import RawEntry

_MEDIA_NS = "http://search.yahoo.com/mrss/"
_MEDIA_PREFIX = "{" + _MEDIA_NS + "}"
_MEDIA_BYTES = _MEDIA_NS.encode("ascii")
_MEDIA_TITLE = _MEDIA_PREFIX + "title"
_MEDIA_DESCRIPTION = _MEDIA_PREFIX + "description"
_TEXT_TAGS = tuple(
    f"{{*}}{local}"
    for local in ("title", "summary", "content", "description", "info", "tagline", "subtitle")
)
"""Elements whose text fastfeedparser reads, in any namespace."""
_TITLE_END = re.compile(rb"\s*(?:\]\]>)?\s*</title>")
_MISREAD_MODES = frozenset(("xml", "base64"))
_MISREAD_TYPES = frozenset(("xhtml", "application/xhtml+xml", "application/octet-stream"))
_NOT_PERMALINK = re.compile(rb"isPermaLink\s*=\s*[\"']false", re.IGNORECASE)


def fastfeedparser_keeping_dates() -> Any:
    """fastfeedparser, set to hand back each date as the feed wrote it.

    Its own date reading guesses (a date from "yesterday", 16 December from
    "16 zzz 2012") and drops AM/PM; `briefing.feeds.dates` reads the text instead, the
    same way on every path. fastfeedparser has no option for that, so its module's
    date function is replaced, once, by one that keeps the text.
    """
    import fastfeedparser
    import fastfeedparser.main

    if fastfeedparser.main._parse_date is not _keep_date_text:
        fastfeedparser.main._parse_date = _keep_date_text
    return fastfeedparser


def _keep_date_text(value: str) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def fast_path_misreads(root: etree._Element, body: bytes, entries: list[Any]) -> bool:
    """True when the document has a form fastfeedparser reads wrong and feedparser right.

    One walk over the elements of the tree the well-formedness check built anyway
    (a few hundred elements for a feed of 30 items): cheaper than searching the bytes
    once per form.
    """
    namespace, _, local = str(root.tag).rpartition("}")
    if local == "rss" and namespace:
        # RSS in a namespace (default or prefixed): no channel title, and a module's
        # <x:description> taken for the item's.
        return True
    for _ in root.iter("{*}body", "{*}fullitem"):
        return True  # RSS <body>, <xhtml:body>, <fullitem>: content it does not read
    for element in root.iter(_TEXT_TAGS):
        # Most elements have neither children nor attributes: two C calls each (50 ms
        # for a whole document of 300,000 items).
        if not len(element) and not element.attrib:
            continue
        if str(element.tag).startswith(_MEDIA_PREFIX):
            continue  # media:title, media:description: see below
        if len(element) or element.get("mode") in _MISREAD_MODES:
            return True  # XHTML, mode="xml" markup, base64: it keeps a part or the code
        if element.get("type") in _MISREAD_TYPES:
            return True
    media_title = media_description = False
    media_elements = root.iter(_MEDIA_TITLE, _MEDIA_DESCRIPTION) if _MEDIA_BYTES in body else ()
    for element in media_elements:
        if element.tag == _MEDIA_TITLE:
            media_title = True
        else:
            media_description = True
        if media_title and media_description:
            break
    if media_title and not all(_title_is_own(entry, body) for entry in entries):
        return True  # a media:title taken over the item's <title> when it comes first
    # media:group/media:description: the item's only text, which it does not read.
    return media_description and any(
        not (entry.get("description") or entry.get("content")) for entry in entries
    )


def _title_is_own(entry: Mapping[str, Any], body: bytes) -> bool:
    """True when the entry's title is written in a <title> element (not only a media:title)."""
    title = entry.get("title")
    if not isinstance(title, str) or not title:
        return True
    raw = title.encode("utf-8")
    escaped = xml_escape(title).encode("utf-8")
    if b">" + escaped + b"</title>" in body:
        return True
    # CDATA or whitespace around the text; a title written with other entities than
    # ours is taken as not found, which only costs a feedparser parse.
    for text in {raw, escaped}:
        start = body.find(text)
        while start != -1:
            if _TITLE_END.match(body, start + len(text)):
                return True
            start = body.find(text, start + 1)
    return False


def without_guessed_links(entries: list[RawEntry], body: bytes) -> list[RawEntry]:
    """The entries without the links fastfeedparser made of guids that are no permalinks."""
    if b"ermaLink" not in body or _NOT_PERMALINK.search(body) is None:
        return entries
    return [_without_guessed_link(entry, body) for entry in entries]


def _without_guessed_link(entry: RawEntry, body: bytes) -> RawEntry:
    """The entry without the link fastfeedparser made of a guid that says it is no permalink."""
    if not entry.link or entry.link != entry.guid:
        return entry
    escaped = xml_escape(entry.guid).encode("utf-8")
    if b"<link>" + escaped + b"</link>" in body:
        return entry  # the item has a <link> of its own, the same as its guid
    pattern = rb"isPermaLink\s*=\s*[\"']false[\"']\s*>\s*" + re.escape(escaped) + rb"\s*</"
    if re.search(pattern, body, re.IGNORECASE) is None:
        return entry
    return dataclasses.replace(entry, link=None)
