"""Every query `today`, the app and the digest run reads the store by an index.

The statements are those really run (traced on a real SQLite file while a day,
a digest and the app's reads are built), and each one's EXPLAIN QUERY PLAN must
read the items and the digest's bookkeeping through an index that bounds the
rows to the ones asked for: never a scan of a table that grows with the store,
never a walk over every item of the configured feeds. The benchmark of the same
promise is benchmarks/today.py (a day's time at 10,000 and 200,000 items).
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from briefing.config import load_config
from briefing.models import Item
from briefing.paths import store_path
from briefing.pipeline import build_briefing, build_digest
from briefing.store.database import open_store
from briefing.store.queries import items_by_id, latest_published, search, set_read
from briefing.tui.data import Library, load_day
from tests.conftest import write_config

NOW = datetime(2025, 1, 6, 12, 0, tzinfo=UTC)
FEEDS = [(f"Plan Wire {n}", f"http://127.0.0.1:9/{n}.xml") for n in range(8)]
GROWING = ("items", "summaries", "pages", "digest_sent", "briefings", "items_fts")
"""Tables that grow with the store; `feeds` and `meta` have a row per feed or key."""
ALIASES = {"i": "items", "p": "pages"}
"""The names the store's queries give those tables."""
BOUNDED = (
    "USING INDEX items_published",
    "USING COVERING INDEX items_published",
    "USING INDEX items_first_seen",
    "USING INDEX digest_sent_sent_at",
    "USING COVERING INDEX digest_sent_sent_at",
    "USING INTEGER PRIMARY KEY",
    "USING INDEX sqlite_autoindex_briefings_1",
    "VIRTUAL TABLE INDEX",
    "USING COVERING INDEX sqlite_autoindex_items_1 (feed_id=? AND key=?)",
    "USING INDEX sqlite_autoindex_items_1 (feed_id=? AND key=?)",
)
"""How a plan line may reach a growing table: by time, by id, by day, by FTS match, or one
item by its whole unique key (what a story's items were when the reader last looked)."""


def _items(feed: str, n: int) -> list[Item]:
    return [
        Item(
            feed=feed,
            guid=f"{feed}-{k}",
            key=f"{feed}-{k}",
            title=f"Harbour crane {k} of {feed} is repaired",
            link=f"https://plan.example/{n}/{k}",
            published=NOW - timedelta(hours=3 * k),
            text=f"KELVALE ({feed}). Crane {k} was repaired on Monday, a spokesman said.",
        )
        for k in range(40)
    ]


def _plans(database: Path, statements: list[str]) -> dict[str, list[str]]:
    plans = {}
    with sqlite3.connect(database) as db:
        for sql in statements:
            head = sql.lstrip().split(None, 1)[0].upper()
            if head not in ("SELECT", "UPDATE", "DELETE", "INSERT", "WITH"):
                continue
            rows = db.execute("EXPLAIN QUERY PLAN " + sql).fetchall()
            plans[sql] = [str(row[-1]) for row in rows]
    db.close()
    return plans


def _unbounded(plan: list[str]) -> list[str]:
    bad = []
    for line in plan:
        words = line.split()
        if len(words) < 2 or words[0] not in ("SCAN", "SEARCH"):
            continue
        table = ALIASES.get(words[1], words[1])
        if table not in GROWING or line == f"SEARCH {words[1]}":  # max(id): one step
            continue
        if not any(way in line for way in BOUNDED):
            bad.append(line)
    return bad


@pytest.mark.parametrize("analyzed", [False, True], ids=["no-statistics", "analyzed"])
def test_today_the_app_and_the_digest_read_the_store_by_index(
    tmp_path: Path, analyzed: bool
) -> None:
    path = write_config(tmp_path / "c.toml", FEEDS, tmp_path / "data", retention_days=36500)
    config = load_config(path)
    database = store_path(config.data_dir)
    statements: list[str] = []
    with open_store(database) as store:
        store.sync_feeds(config.feeds)
        for n, feed in enumerate(config.feeds):
            store.save_items(
                feed.name, _items(feed.name, n), now=NOW, etag=None, last_modified=None
            )
        if analyzed:  # as `PRAGMA optimize` may leave a store in use
            store.db.execute("ANALYZE")
        store.db.set_trace_callback(statements.append)
        names = [feed.name for feed in config.feeds]
        day = NOW.date()
        build_briefing(config, store, day, now=NOW)  # computes and caches the day
        build_briefing(config, store, day, now=NOW)  # reads it from the cache
        load_day(config, store, day, NOW)
        build_digest(config, store, since=None, now=NOW)
        build_digest(config, store, since=None, now=NOW + timedelta(hours=1))
        latest_published(store, names)
        hits = search(store, "crane repaired")
        items_by_id(store, hits)
        set_read(store, hits[:3])
        store.db.set_trace_callback(None)
    library = Library(config, clock=lambda: NOW)
    library.feed_statuses()
    library.close()
    plans = _plans(database, statements)
    assert len(plans) > 10
    unbounded = {sql[-200:]: _unbounded(plan) for sql, plan in plans.items() if _unbounded(plan)}
    assert unbounded == {}
    assert any("items_published" in " ".join(plan) for plan in plans.values())


def test_closing_a_store_leaves_the_planner_its_statistics(tmp_path: Path) -> None:
    path = write_config(tmp_path / "c.toml", FEEDS[:2], tmp_path / "data")
    config = load_config(path)
    database = store_path(config.data_dir)
    with open_store(database) as store:
        store.sync_feeds(config.feeds)
        for n, feed in enumerate(config.feeds):
            store.save_items(
                feed.name, _items(feed.name, n), now=NOW, etag=None, last_modified=None
            )
        build_briefing(config, store, NOW.date(), now=NOW)
    # `PRAGMA optimize` ran ANALYZE where the day's queries would use it.
    with sqlite3.connect(database) as db:
        stats = db.execute("SELECT tbl, idx FROM sqlite_stat1").fetchall()
    db.close()
    assert ("items", "items_published") in stats
