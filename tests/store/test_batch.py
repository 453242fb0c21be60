"""A refresh stores its feeds in batches and indexes them for search as it stores them.

`briefing.store.batch.WriteBatch` on a real SQLite file, and a real refresh of
loopback feeds with the store's statements traced.
"""

from __future__ import annotations

import asyncio
import functools
import sqlite3
import threading
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest

from briefing.config import load_config
from briefing.models import FeedOutcome
from briefing.paths import store_path
from briefing.pipeline import refresh
from briefing.store import batch as batch_module
from briefing.store.batch import WriteBatch
from briefing.store.database import open_store
from tests.conftest import write_config
from tests.feedgen import write_feeds

NOW = datetime(2025, 1, 6, 12, 0, tzinfo=UTC)


def test_writes_commit_together_and_an_inner_write_joins_the_batch(tmp_path: Path) -> None:
    done: list[int] = []
    with open_store(tmp_path / "s.sqlite3") as store:
        batch: WriteBatch[int] = WriteBatch(store, done.append, max_writes=3, max_seconds=60)

        def write(n: int) -> Callable[[], int]:
            def run() -> int:
                with store.write() as db:  # joins the batch's transaction
                    db.execute("INSERT INTO meta(key, value) VALUES (?, ?)", (f"k{n}", "v"))
                # Not committed yet: another connection does not see it.
                with sqlite3.connect(store.path) as other:
                    seen = other.execute("SELECT count(*) FROM meta WHERE key = ?", (f"k{n}",))
                    assert seen.fetchone()[0] == 0
                other.close()
                return n

            return run

        for n in range(7):
            batch.add(write(n))  # commits itself at every third
        assert (done, batch.commits, len(batch)) == ([0, 1, 2, 3, 4, 5], 2, 1)
        batch.flush()
        assert (done, batch.commits) == (list(range(7)), 3)
        rows = store.db.execute("SELECT count(*) FROM meta WHERE key LIKE 'k%'").fetchone()[0]
    assert rows == 7


def test_a_failing_write_rolls_back_its_whole_batch(tmp_path: Path) -> None:
    with open_store(tmp_path / "s.sqlite3") as store:
        batch: WriteBatch[None] = WriteBatch(store, lambda _: None)

        def good() -> None:
            store.db.execute("INSERT INTO meta(key, value) VALUES ('good', 'v')")

        def bad() -> None:
            raise ValueError("boom")

        batch.add(good)
        batch.add(bad)
        with pytest.raises(ValueError, match="boom"):
            batch.flush()
        assert store.get_meta("good") is None
        store.set_meta("after", "v")  # the store is usable again: no transaction left open
        assert store.get_meta("after") == "v"


def test_refresh_commits_feeds_in_batches_searchable_as_stored(
    tmp_path: Path, serve_dir: Callable[[Path], str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # No timer flush: every feed waits for the batch to fill (or the fetching to end).
    monkeypatch.setattr(batch_module, "MAX_SECONDS", 3600.0)
    monkeypatch.setattr(batch_module, "MAX_WRITES", 10)
    site = tmp_path / "site"
    pairs = write_feeds(site, 30, items=5)
    base = serve_dir(site)
    path = write_config(
        tmp_path / "c.toml",
        [(name, base + file) for name, file in pairs],
        tmp_path / "data",
        retention_days=36500,
    )
    config = load_config(path)
    statements: list[str] = []
    searchable: list[bool] = []
    with open_store(store_path(config.data_dir)) as store:

        def progress(outcome: FeedOutcome, done: int, total: int) -> None:
            # Called once the feed is committed: its items are already in the index,
            # read here without `search`, which would index what is missing first.
            ids = store.db.execute(
                "SELECT i.id, i.title FROM items i JOIN feeds f ON f.id = i.feed_id"
                " WHERE f.name = ?",
                (outcome.name,),
            ).fetchall()
            found = [
                store.db.execute(
                    "SELECT count(*) FROM items_fts WHERE items_fts MATCH ? AND rowid = ?",
                    ('"' + title.replace('"', "") + '"', item_id),
                ).fetchone()[0]
                for item_id, title in ids
            ]
            searchable.append(len(ids) == 5 and found == [1] * 5)

        store.db.set_trace_callback(statements.append)
        report = refresh(config, store, now=NOW, progress=progress)
        store.db.set_trace_callback(None)
    assert [o.outcome for o in report.outcomes] == ["updated"] * 30
    assert searchable == [True] * 30
    commits = [s for s in statements if s.strip().upper() == "COMMIT"]
    # Three batches of ten feeds, then the prune, the index check and last_refresh:
    # one commit a feed would be 30 and more.
    assert len(commits) <= 8, len(commits)


def test_in_an_event_loop_batches_commit_off_the_loop_and_report_on_it(tmp_path: Path) -> None:
    loop_thread: list[int] = []
    write_threads: set[int] = set()
    reported: list[tuple[int, int]] = []

    with open_store(tmp_path / "s.sqlite3") as store:

        def write(n: int) -> Callable[[], int]:
            def run() -> int:
                write_threads.add(threading.get_ident())
                store.db.execute("INSERT INTO meta(key, value) VALUES (?, 'v')", (f"k{n}",))
                return n

            return run

        async def main() -> WriteBatch[int]:
            loop_thread.append(threading.get_ident())
            batch: WriteBatch[int] = WriteBatch(
                store, lambda n: reported.append((n, threading.get_ident())), max_writes=4
            )
            for n in range(10):
                batch.add(write(n))
                await asyncio.sleep(0)
            await batch.drain()
            return batch

        batch = asyncio.run(main())
        rows = store.db.execute("SELECT count(*) FROM meta WHERE key LIKE 'k%'").fetchone()[0]
    assert rows == 10
    assert [n for n, _ in reported] == list(range(10))
    assert {thread for _, thread in reported} == set(loop_thread)
    assert loop_thread[0] not in write_threads
    assert 2 <= batch.commits < 10


def test_an_error_committing_off_the_loop_is_raised_by_drain(tmp_path: Path) -> None:
    with open_store(tmp_path / "s.sqlite3") as store:

        def bad() -> None:
            raise ValueError("boom")

        async def main() -> None:
            batch: WriteBatch[None] = WriteBatch(store, lambda _: None, max_writes=1)
            batch.add(bad)
            await batch.drain()

        with pytest.raises(ValueError, match="boom"):
            asyncio.run(main())
        store.set_meta("after", "v")
        assert store.get_meta("after") == "v"


def test_a_batch_is_full_at_its_cost_as_well_as_at_its_count(tmp_path: Path) -> None:
    # A refresh weighs each feed's write by its items: a batch of big feeds commits
    # sooner, so fewer parsed items wait in memory; a 304 weighs 1.
    done: list[int] = []
    with open_store(tmp_path / "s.sqlite3") as store:
        batch: WriteBatch[int] = WriteBatch(
            store, done.append, max_writes=10, max_cost=60, max_seconds=60
        )
        for n, cost in enumerate([30, 20, 10, 1, 1, 30]):
            batch.add(functools.partial(int, n), cost)
        assert (done, batch.commits, len(batch)) == ([0, 1, 2], 1, 3)
        for n in range(6, 13):
            batch.add(functools.partial(int, n))  # cost 1: full at ten writes
        assert (done, batch.commits, len(batch)) == ([0, 1, 2, *range(3, 13)], 2, 0)
