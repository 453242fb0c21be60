"""A day's stories kept in the store, so `today` need not cluster an unchanged day again.

The cache is keyed by a signature of everything the stories are built from:
the day's items and their content hashes, the feeds' names, weights and tags,
and the summarizer and stories versions. Any change rebuilds the day.
"""

from __future__ import annotations

import contextlib
import hashlib
import sqlite3
from collections.abc import Mapping, Sequence
from datetime import date

from briefing import codec
from briefing.errors import StoreError
from briefing.models import Feed, Story
from briefing.store.database import Store
from briefing.store.queries import StoredItem


def day_signature(stored: Sequence[StoredItem], feeds: Mapping[str, Feed], versions: str) -> str:
    """A digest of the inputs of a day's stories."""
    digest = hashlib.sha1(versions.encode())
    for feed in sorted(feeds.values(), key=lambda f: f.name):
        digest.update(f"{feed.name}\x1f{feed.weight}\x1f{','.join(feed.tags)}\x1e".encode())
    for entry in sorted(stored, key=lambda s: s.id):
        digest.update(f"{entry.id}:{entry.hash}\x1e".encode())
    return digest.hexdigest()


def load_stories(
    store: Store, day: date, signature: str, stored: Sequence[StoredItem]
) -> tuple[Story, ...] | None:
    """The cached stories of `day`, or None when there are none for this signature."""
    row = store.db.execute(
        "SELECT data FROM briefings WHERE day = ? AND signature = ?", (day.isoformat(), signature)
    ).fetchone()
    if row is None:
        return None
    items = {(s.item.feed, s.item.key): s.item for s in stored}
    try:
        return codec.load_stories(row[0], items)
    except (KeyError, TypeError, ValueError):  # another form, or an item since gone: rebuild
        return None


def save_stories(store: Store, day: date, signature: str, stories: Sequence[Story]) -> None:
    """Cache a day's stories; a read-only or busy store just keeps no cache."""
    data = codec.dump_stories(stories)
    with contextlib.suppress(StoreError, sqlite3.Error), store.write() as db:
        db.execute(
            "INSERT INTO briefings(day, signature, data) VALUES (?, ?, ?) ON CONFLICT(day)"
            " DO UPDATE SET signature = excluded.signature, data = excluded.data",
            (day.isoformat(), signature, data),
        )
