"""A refresh killed with SIGKILL never corrupts the store, loses items or half-stores a feed."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from tests.conftest import write_config
from tests.feedgen import write_feeds
from tests.killing import final_refresh, kill_rounds

FEEDS = 60


def test_refresh_killed_at_random_moments_leaves_a_sound_store(
    tmp_path: Path, serve_dir: Callable[[Path], str]
) -> None:
    site = tmp_path / "site"
    write_feeds(site, FEEDS)
    base = serve_dir(site)
    feeds = [(f"Test Wire {n}", f"{base}feed-{n:03d}.xml") for n in range(FEEDS)]
    config = write_config(tmp_path / "c.toml", feeds, tmp_path / "data")
    database = tmp_path / "data" / "briefing.sqlite3"
    rounds = kill_rounds(config, database, site, FEEDS, rounds=6, max_delay=1.2)
    for result in rounds:
        assert result.integrity == "ok", result
        assert result.lost == 0, result
        assert result.feeds_partial == 0, result
    assert any(0 < r.feeds_updated < FEEDS for r in rounds), "no kill landed mid-refresh"
    assert final_refresh(config) == 0
    with sqlite3.connect(database) as db:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        counts = db.execute("SELECT count(*) FROM items GROUP BY feed_id").fetchall()
    db.close()
    assert len(counts) == FEEDS
