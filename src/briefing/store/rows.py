"""Rows the store hands out about feeds, and the content hash that tells a changed item."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime

from briefing.models import FeedState, Item


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
