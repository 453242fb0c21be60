"""OPML subscription lists in and out; read with defusedxml, nothing in them is ever run."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any
from xml.sax.saxutils import quoteattr

from briefing.errors import UsageError
from briefing.models import Feed
from briefing.sanitize import clean_line, safe_url

MAX_OPML_BYTES = 5 * 1024 * 1024
"""An OPML file larger than this is refused: subscription lists are small."""


def read_opml(data: bytes, source: str) -> list[Feed]:
    """Feeds of an OPML document: each outline with an http(s) `xmlUrl`.

    Outlines nested under a category outline get its title as a tag. Other
    schemes, and attributes like `type="script"`, are ignored, never acted on.

    Raises:
        UsageError: the file is not well-formed OPML, or uses entities/DTDs.
    """
    import defusedxml.ElementTree as SafeTree
    from defusedxml import DefusedXmlException

    if len(data) > MAX_OPML_BYTES:
        raise UsageError(f"{source}: OPML file larger than {MAX_OPML_BYTES // 1024 // 1024} MB")
    try:
        root = SafeTree.fromstring(data, forbid_dtd=True)
    except DefusedXmlException as exc:
        raise UsageError(f"{source}: refused OPML with a DTD or entities ({exc})") from None
    except SafeTree.ParseError as exc:
        raise UsageError(f"{source}: not an OPML file: {exc}") from None
    if root.tag.lower() != "opml" or root.find("body") is None:
        raise UsageError(f"{source}: not an OPML file: no <opml><body> element")
    feeds: list[Feed] = []
    names: set[str] = set()
    urls: set[str] = set()
    # Depth first in document order, with a stack rather than recursion: an outline
    # nested 10,000 deep must not end in a RecursionError. Sets keep the walk linear.
    body = root.find("body")
    stack: list[tuple[Any, tuple[str, ...]]] = [(o, ()) for o in reversed(body.findall("outline"))]
    while stack:
        outline, tags = stack.pop()
        url = safe_url(outline.get("xmlUrl") or outline.get("xmlurl"))
        title = clean_line(outline.get("title") or outline.get("text") or "")
        # A URL listed twice (under two categories, say) is one subscription.
        if url and url not in urls:
            urls.add(url)
            name = title or url
            if name in names:
                name = f"{name} ({url})"
            names.add(name)
            feeds.append(Feed(name=name, url=url, tags=tags))
        inner = (*tags, title.lower()) if not url and title else tags
        stack.extend((child, inner) for child in reversed(outline.findall("outline")))
    return feeds


def write_opml(feeds: Sequence[Feed]) -> str:
    """An OPML 2.0 document listing the feeds, grouped under their first tag."""
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<opml version="2.0">',
        "  <head><title>briefing subscriptions</title></head>",
        "  <body>",
    ]
    for feed in feeds:
        name = quoteattr(feed.name)
        category = f" category={quoteattr(','.join(feed.tags))}" if feed.tags else ""
        lines.append(
            f'    <outline type="rss" text={name} title={name}'
            f" xmlUrl={quoteattr(feed.url)}{category}/>"
        )
    lines += ["  </body>", "</opml>", ""]
    return "\n".join(lines)
