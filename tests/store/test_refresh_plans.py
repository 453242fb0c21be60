"""A refresh reads the store by index: what it does after the fetches stays flat as the store grows.

A refresh of feeds that all answer 304 is traced on a real SQLite file: every statement
it runs (storing the 304s, pruning, indexing, reading pages) must reach the items by an
index that bounds the rows to the ones asked for, never rank or walk every item of the
store. Pruning by count used to rank all items on each refresh (45 ms at 30,000 items,
and growing); now only the feeds over `retention_items` are ranked.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

from briefing.config import load_config
from briefing.models import Feed, Item
from briefing.paths import store_path
from briefing.pipeline import refresh
from briefing.store.database import open_store
from briefing.store.queries import prune
from tests.conftest import write_config
from tests.servers import FeedServer, feed_server
from tests.store.numbered import numbered_items

__all__ = ["feed_server"]  # the fixture, imported for this module's tests

GROWING = ("items", "summaries", "pages", "digest_sent", "briefings", "items_fts", "quotes")


def _reads_everything(line: str) -> bool:
    """True for a plan line that scans a growing table, or searches it without a bound."""
    words = line.split()
    if len(words) < 2 or words[0] not in ("SCAN", "SEARCH") or words[1] not in GROWING:
        return False
    if line == f"SEARCH {words[1]}":  # max(id): one step down the b-tree
        return False
    return words[0] == "SCAN" or not any(bound in line for bound in ("=?", "<?", ">?"))


def _unbounded(database: Path, statements: list[str]) -> dict[str, list[str]]:
    """The plan lines of `statements` that read every row of a growing table."""
    found: dict[str, list[str]] = {}
    with sqlite3.connect(database) as db:
        for sql in statements:
            if sql.lstrip().split(None, 1)[0].upper() not in ("SELECT", "UPDATE", "DELETE"):
                continue
            plan = [str(row[-1]) for row in db.execute("EXPLAIN QUERY PLAN " + sql)]
            bad = [line for line in plan if _reads_everything(line)]
            if bad:
                found[sql[-160:]] = bad
    db.close()
    return found


def test_a_refresh_of_304s_reads_no_table_that_grows_with_the_store(
    tmp_path: Path, feed_server: FeedServer
) -> None:
    feeds = [(f"Flat Wire {n}", feed_server.url(f"/feed?etag=flat{n}")) for n in range(6)]
    path = write_config(tmp_path / "c.toml", feeds, tmp_path / "data", retention_items=50)
    config = load_config(path)
    statements: list[str] = []
    with open_store(store_path(config.data_dir)) as store:
        first = refresh(config, store, force=True)
        assert {o.outcome for o in first.outcomes} == {"updated"}
        store.db.set_trace_callback(statements.append)
        again = refresh(config, store, force=True)
        store.db.set_trace_callback(None)
    assert {o.outcome for o in again.outcomes} == {"unchanged"}
    assert any(s.lstrip().startswith("DELETE FROM items") for s in statements)  # pruned
    assert _unbounded(store_path(config.data_dir), statements) == {}


def test_pruning_by_count_still_drops_the_oldest_beyond_the_limit(tmp_path: Path) -> None:
    now = datetime(2025, 1, 6, 12, 0, tzinfo=UTC)

    def items(feed: str, n: int) -> list[Item]:
        return numbered_items(feed, n, now=now, step=timedelta(hours=1))

    with open_store(tmp_path / "s.sqlite3") as store:
        store.sync_feeds([Feed("long", "http://127.0.0.1:9/a"), Feed("short", "http://x:9/b")])
        store.save_items("long", items("long", 8), now=now, etag=None, last_modified=None)
        store.save_items("short", items("short", 3), now=now, etag=None, last_modified=None)
        assert prune(store, now=now, max_age_days=3650, max_per_feed=5) == 3
        kept = store.db.execute(
            "SELECT f.name, count(*), max(i.key) FROM items i JOIN feeds f ON f.id = i.feed_id"
            " GROUP BY f.name ORDER BY f.name"
        ).fetchall()
        counts = store.db.execute("SELECT name, item_count FROM feeds ORDER BY name").fetchall()
    # The five newest of "long" (hours 0 to 4) stay; "short" is under the limit.
    assert kept == [("long", 5, "long-4"), ("short", 3, "short-2")]
    assert counts == [("long", 5), ("short", 3)]
