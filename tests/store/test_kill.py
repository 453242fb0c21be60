"""A refresh killed with SIGKILL never corrupts the store, loses items or half-stores a feed.

Each kill lands at a moment chosen by the refresh's progress, not by a timer
(see tests/killing.py): before any feed is stored, after the first, mid-way and
with one feed left. The random-moment soak run is tests/soak/kill_refresh.py.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import write_config
from tests.feedgen import write_feeds
from tests.killing import GatedSite, final_refresh, gated_kill_rounds

FEEDS = 60
MOMENTS = [0, 1, FEEDS // 2, FEEDS - 1]
"""Kill once this many feeds of the round are stored, the rest held open by the server."""


@pytest.fixture
def site(tmp_path: Path) -> Iterator[tuple[Path, GatedSite]]:
    folder = tmp_path / "site"
    write_feeds(folder, FEEDS)
    gate = GatedSite(folder)
    yield folder, gate
    gate.close()


def test_refresh_killed_mid_way_leaves_a_sound_store(
    tmp_path: Path, site: tuple[Path, GatedSite]
) -> None:
    folder, gate = site
    feeds = [(f"Test Wire {n}", f"{gate.base}feed-{n:03d}.xml") for n in range(FEEDS)]
    config = write_config(tmp_path / "c.toml", feeds, tmp_path / "data")
    database = tmp_path / "data" / "briefing.sqlite3"
    rounds = gated_kill_rounds(config, database, gate, folder, FEEDS, MOMENTS)
    for served, result in zip(MOMENTS, rounds, strict=True):
        assert result.integrity == "ok", result
        assert result.lost == 0, result
        assert result.feeds_partial == 0, result
        # Killed after exactly `served` feeds were stored and before any other was.
        assert result.feeds_updated == served, result
    assert final_refresh(config) == 0
    with sqlite3.connect(database) as db:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        counts = db.execute("SELECT count(*) FROM items GROUP BY feed_id").fetchall()
    db.close()
    assert len(counts) == FEEDS
