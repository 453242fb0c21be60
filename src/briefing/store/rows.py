"""Rows the store hands out about feeds, the content hash that tells a changed item, and
items as the store keeps them."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from briefing.models import FeedState, Item
from briefing.store.schema import dump_time

ItemRow = tuple[str, str, str, str | None, str, str | None, bytes, int, str]
"""An item as the `items` table keeps it: key, guid, title, link, published (`dump_time`),
author, text (UTF-8: SQL casts it to text), is_excerpt (0 or 1) and `content_hash`, in the
order of `Store.save_rows`."""


@dataclass(frozen=True)
class FeedRow:
    """A feed's fetch state as stored."""

    id: int
    name: str
    url: str
    """Where to fetch now: the configured URL, or where a permanent redirect pointed."""
    config_url: str
    etag: str | None
    last_modified: str | None
    status: FeedState
    error: str | None
    failures: int
    last_fetched: datetime | None
    retry_after: datetime | None
    ttl_minutes: int | None


@dataclass(frozen=True)
class SaveResult:
    """What storing one feed's items changed."""

    new: int
    updated: int


def content_hash(item: Item) -> str:
    """What identifies an item's content: a new hash is an update to store."""
    text = "\x1f".join(
        (
            item.title,
            item.link or "",
            item.text,
            item.guid,
            item.published.isoformat(),
            str(item.is_excerpt),
        )
    )
    return hashlib.sha1(text.encode("utf-8", "replace")).hexdigest()


def item_rows(items: Iterable[Item]) -> tuple[ItemRow, ...]:
    """Items as `Store.save_rows` stores them.

    A refresh builds them in its parse workers (`briefing.pipeline.update`), so the
    store's thread, on which a cold refresh waits, spends no time hashing or formatting
    dates (0.2 s of its CPU in a cold refresh of 1,000 feeds), and the parent unpickles
    plain tuples instead of Items. The text, most of an item, goes as UTF-8 bytes,
    encoded once here: a str was decoded when unpickled and encoded again when bound.
    """
    return tuple(
        (
            item.key,
            item.guid,
            item.title,
            item.link,
            dump_time(item.published) or "",
            item.author,
            item.text.encode(),
            int(item.is_excerpt),
            content_hash(item),
        )
        for item in items
    )
