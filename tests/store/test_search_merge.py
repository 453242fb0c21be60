"""The search index merges the segments a refresh's batches write sixteen at a time.

Every batch of a refresh indexes its items in its own transaction, and each
transaction writes one FTS5 segment. FTS5's default merges four segments at a
time, so a cold refresh rewrote its whole index about three times; the store sets
`automerge` to 16 (schema version 9), new or migrated. On a real SQLite file.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

from briefing.models import Feed, Item
from briefing.store.batch import WriteBatch
from briefing.store.database import APPLICATION_ID, Store, open_store
from briefing.store.queries import search
from briefing.store.schema import MIGRATIONS

NOW = datetime(2026, 12, 5, 1, 0, tzinfo=UTC)


def _automerge(store: Store) -> int | None:
    row = store.db.execute("SELECT v FROM items_fts_config WHERE k = 'automerge'").fetchone()
    return None if row is None else int(row[0])


def _item(n: int) -> Item:
    return Item(
        feed="Wire",
        guid=f"g{n}",
        key=f"g{n}",
        title=f"Harbour report {n}",
        link=f"https://w.example/{n}",
        published=NOW - timedelta(minutes=n),
        text=f"The ferry pier{n} reopened on Tuesday.\nTolls stay the same.",
    )


def test_a_new_store_merges_sixteen_segments_at_a_time(tmp_path: Path) -> None:
    with open_store(tmp_path / "s.sqlite3") as store:
        assert _automerge(store) == 16


def test_a_migrated_store_merges_sixteen_segments_at_a_time(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    old = sqlite3.connect(path)
    for version, statements in MIGRATIONS:
        if version <= 8:
            for statement in statements:
                old.execute(statement)
    old.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    old.execute("PRAGMA user_version = 8")
    old.commit()
    old.close()
    with open_store(path) as store:
        assert _automerge(store) == 16


def test_items_indexed_in_many_batches_are_all_found(tmp_path: Path) -> None:
    # 40 commits, each writing a segment: more than two rounds of sixteen.
    with open_store(tmp_path / "s.sqlite3") as store:
        store.sync_feeds([Feed("Wire", "https://w.example/feed")])
        batch: WriteBatch[object] = WriteBatch(store, lambda _: None, max_writes=1)
        for n in range(40):
            item = _item(n)

            def write(item: Item = item) -> object:
                return store.save_items("Wire", [item], now=NOW, etag=None, last_modified=None)

            batch.add(write)
        batch.flush()
        assert batch.commits == 40
        ids = dict(store.db.execute("SELECT key, id FROM items"))
        assert sorted(search(store, "harbour")) == sorted(ids.values())
        for n in (0, 17, 39):
            assert search(store, f"pier{n}") == [ids[f"g{n}"]]
        store.db.execute("INSERT INTO items_fts(items_fts, rank) VALUES ('integrity-check', 1)")
