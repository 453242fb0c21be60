"""One feed entry as a parser read it, and its conversion into a clean `Item`.

Every parser path (fastfeedparser, feedparser, JSON Feed) fills `RawEntry` and
the same `build_items` turns the lot into Items, so the paths cannot disagree on
identity, links, dates or cleaning.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from briefing.feeds.htmltext import html_to_text, looks_like_html, undo_encoding_slips
from briefing.models import Item
from briefing.sanitize import clean_line, clean_paragraphs, clean_text, safe_url

MAX_ITEMS = 10_000
"""Items kept from one feed; the rest of a larger document is ignored."""

_TRACKING_PARAMS = frozenset(
    [
        "fbclid",
        "gclid",
        "dclid",
        "gbraid",
        "wbraid",
        "msclkid",
        "yclid",
        "mc_cid",
        "mc_eid",
        "igshid",
        "_hsenc",
        "_hsmi",
        "mkt_tok",
        "oly_anon_id",
        "oly_enc_id",
        "vero_id",
    ]
)
"""Query parameters that only track the reader; dropped from canonical links."""


@dataclass(frozen=True)
class RawEntry:
    """The fields of one entry, decoded but not yet cleaned."""

    guid: str | None = None
    title: str | None = None
    link: str | None = None
    base: str | None = None
    """Absolute base to resolve a relative link against; None when none is safe."""
    published: datetime | None = None
    content: str | None = None
    """Full content (HTML or text), when the feed carried it."""
    summary: str | None = None
    """Summary or description, when the feed carried one."""
    author: str | None = None
    html: bool = True
    """False when content and summary are known to be plain text (JSON content_text)."""


def build_items(entries: Iterable[RawEntry], *, feed_name: str, now: datetime) -> tuple[Item, ...]:
    """Clean entries into Items: identity, safe links, UTC dates, plain text; dedupe by key."""
    items: list[Item] = []
    seen: set[str] = set()
    for entry in entries:
        item = _build_item(entry, feed_name=feed_name, now=now)
        if not (entry.title or entry.link or entry.guid or entry.content or entry.summary):
            continue  # an empty shell, e.g. from illegally nested items
        if item.key in seen:
            continue
        seen.add(item.key)
        items.append(item)
        if len(items) >= MAX_ITEMS:
            break
    return tuple(items)


def _build_item(entry: RawEntry, *, feed_name: str, now: datetime) -> Item:
    link = safe_url(entry.link, entry.base) if entry.link else None
    title = clean_title(entry.title or "")
    full = entry.content if entry.content and entry.content.strip() else None
    body = full or entry.summary or ""
    text = html_to_text(body) if entry.html else html_to_text_plain(body)
    guid = clean_text(entry.guid).strip() if entry.guid else ""
    if guid:
        key = guid
    elif link:
        key = canonical_link(link)
    else:
        digest = hashlib.sha256(f"{title}\n{text}".encode()).hexdigest()
        key = f"sha256:{digest}"
    author = clean_line(entry.author) if entry.author else ""
    return Item(
        feed=feed_name,
        guid=guid or link or key,
        key=key,
        title=title,
        link=link,
        published=entry.published or now,
        text=text,
        author=author or None,
        is_excerpt=full is None,
    )


def html_to_text_plain(text: str) -> str:
    """Plain text kept as typed (only sanitised), one paragraph per line."""
    return clean_paragraphs(undo_encoding_slips(text))


def clean_title(title: str) -> str:
    """A title on one line, with any HTML in it reduced to its text."""
    if looks_like_html(title):
        title = html_to_text(title)
    return clean_line(undo_encoding_slips(title))


def canonical_link(link: str) -> str:
    """The link without tracking parameters or fragment, scheme and host lower-cased."""
    parts = urlsplit(link)
    query = parts.query
    if query:
        pairs = parse_qsl(query, keep_blank_values=True)
        kept = [
            (k, v)
            for k, v in pairs
            if not k.lower().startswith("utm_") and k not in _TRACKING_PARAMS
        ]
        if len(kept) != len(pairs):
            query = urlencode(kept)
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), parts.path, query, ""))


def _is_tracking(name: str) -> bool:
    return name.lower().startswith("utm_") or name in _TRACKING_PARAMS
