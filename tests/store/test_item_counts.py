"""Each feed's item count is kept in its row (schema 5), right through saves, prunes and
removals, and filled in when an older store is migrated."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

from briefing.models import Feed, Item
from briefing.store.database import APPLICATION_ID, open_store
from briefing.store.queries import prune
from briefing.store.schema import MIGRATIONS
from tests.store.numbered import numbered_items

NOW = datetime(2025, 1, 6, 12, 0, tzinfo=UTC)
FEEDS = [Feed("North Wire", "https://north.example/feed"), Feed("South Wire", "https://s.example/")]


def _items(feed: str, count: int, first: int = 0) -> list[Item]:
    return numbered_items(feed, count, now=NOW, step=timedelta(minutes=1), first=first)


def _counts(path: Path) -> dict[str, int]:
    with open_store(path) as store:
        return {s.name: s.items for s in store.feed_statuses()}


def test_counts_follow_saves_prunes_and_removals(tmp_path: Path) -> None:
    path = tmp_path / "s.sqlite3"
    with open_store(path) as store:
        store.sync_feeds(FEEDS)
        store.save_items(
            "North Wire", _items("North Wire", 12), now=NOW, etag=None, last_modified=None
        )
        store.save_items(
            "South Wire", _items("South Wire", 5), now=NOW, etag=None, last_modified=None
        )
        # The same items again and two new ones: only the new ones count.
        store.save_items(
            "South Wire", _items("South Wire", 7), now=NOW, etag=None, last_modified=None
        )
    assert _counts(path) == {"North Wire": 12, "South Wire": 7}
    with open_store(path) as store:
        prune(store, now=NOW, max_age_days=36500, max_per_feed=10)
    assert _counts(path) == {"North Wire": 10, "South Wire": 7}
    with open_store(path) as store:
        store.remove_feed("North Wire")
        store.sync_feeds(FEEDS)  # back, with no items
    assert _counts(path) == {"North Wire": 0, "South Wire": 7}


def test_a_schema_4_store_gets_its_counts_when_migrated(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    old = sqlite3.connect(path)
    for version, script in MIGRATIONS:
        if version <= 4:
            for statement in script:
                old.execute(statement)
    old.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    old.execute("PRAGMA user_version = 4")
    old.execute("INSERT INTO feeds(id, name, url, config_url) VALUES (1, 'North Wire', 'u', 'u')")
    old.execute("INSERT INTO feeds(id, name, url, config_url) VALUES (2, 'South Wire', 'v', 'v')")
    for k in range(3):
        old.execute(
            "INSERT INTO items(feed_id, key, guid, title, published, first_seen, text, hash)"
            " VALUES (1, ?, ?, 't', '2025-01-06T10:00:00Z', '2025-01-06T10:00:00Z', 'x', 'h')",
            (f"k{k}", f"g{k}"),
        )
    old.commit()
    old.close()
    assert _counts(path) == {"North Wire": 3, "South Wire": 0}
