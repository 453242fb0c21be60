"""JSON Feed 1.0 and 1.1 (https://jsonfeed.org), read with the standard library.

feedparser cannot read JSON Feed, and real ones carry wrong value types (a list
for a title, a number for an id), so every field is type-checked and a wrong one
is treated as absent.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from briefing.errors import FetchError
from briefing.feeds.dates import parse_date
from briefing.feeds.entries import RawEntry
from briefing.sanitize import clean_line, safe_url

MAX_JSON_ITEMS = 10_000
"""Entries read from one document."""


@dataclass(frozen=True)
class JsonFeed:
    """What a JSON Feed document says about itself and its entries."""

    title: str | None
    link: str | None
    entries: tuple[RawEntry, ...]
    unread: int = 0
    """Items left unread: those past `max_items` from either end."""


def parse_json_feed(body: bytes, *, url: str, max_items: int | None = None) -> JsonFeed:
    """Read a JSON Feed document; only `max_items` from each end of a longer one.

    Raises:
        FetchError: the body is not JSON, or JSON that is not a JSON Feed.
    """
    try:
        # strict=False: raw control characters inside strings are common in
        # hand-made feeds; the sanitiser removes them later.
        data = json.loads(body.decode("utf-8-sig", errors="replace"), strict=False)
    except (ValueError, RecursionError) as error:
        raise FetchError(f"not a feed: invalid JSON ({_first_line(error)})") from None
    if not isinstance(data, dict) or not _is_json_feed(data):
        raise FetchError("not a feed: JSON that is not a JSON Feed")
    items = data.get("items")
    base = safe_url(url)
    feed_url = _string(data.get("feed_url"))
    if feed_url and safe_url(feed_url, base):
        base = safe_url(feed_url, base)
    listed = items if isinstance(items, list) else []
    unread = 0
    if max_items is not None and len(listed) > 2 * max(1, max_items):
        # The JSON is decoded in C at once; what costs is building entries, so only
        # the first and last `max_items` (newest-first and oldest-first feeds) are built.
        keep = max(1, max_items)
        unread = len(listed) - 2 * keep
        listed = listed[:keep] + listed[-keep:]
    entries = tuple(
        _entry(item, base) for item in listed[:MAX_JSON_ITEMS] if isinstance(item, dict)
    )
    title = _string(data.get("title"))
    return JsonFeed(
        title=clean_line(title) if title else None,
        link=safe_url(_string(data.get("home_page_url")), base),
        entries=entries,
        unread=unread,
    )


def looks_like_json(body: bytes) -> bool:
    """True when the document starts like a JSON object."""
    return body.lstrip(b"\xef\xbb\xbf \t\r\n")[:1] == b"{"


def _is_json_feed(data: dict[str, Any]) -> bool:
    version = data.get("version")
    if isinstance(version, str) and "jsonfeed.org/version/" in version:
        return True
    # Feeds in the wild omit the version; an items list of objects is enough.
    return version is None and isinstance(data.get("items"), list)


def _entry(item: dict[str, Any], base: str | None) -> RawEntry:
    raw_id = item.get("id")
    guid = str(raw_id) if isinstance(raw_id, (str, int, float)) and raw_id != "" else None
    link = _string(item.get("url")) or _string(item.get("external_url"))
    html = _string(item.get("content_html"))
    text = _string(item.get("content_text"))
    summary = _string(item.get("summary"))
    date = parse_date(item.get("date_published")) or parse_date(item.get("date_modified"))
    if html:
        content: str | None = html
        is_html = True
    elif text:
        content, is_html = text, False
    else:
        content, is_html = None, False
    return RawEntry(
        guid=guid,
        title=_string(item.get("title")),
        link=link,
        base=base,
        published=date,
        content=content,
        summary=summary,
        author=_author(item),
        # A JSON Feed summary is plain text; content_html is HTML.
        html=is_html,
    )


def _author(item: dict[str, Any]) -> str | None:
    authors = item.get("authors")
    candidates = authors if isinstance(authors, list) else [item.get("author")]
    for author in candidates:
        if isinstance(author, dict):
            name = _string(author.get("name"))
            if name:
                return name
    return None


def _string(value: object) -> str | None:
    return value if isinstance(value, str) and value.strip() else None


def _first_line(error: BaseException) -> str:
    return str(error).splitlines()[0][:120] if str(error) else type(error).__name__
