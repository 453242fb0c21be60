"""A feed's <ttl> is honoured for at most a day (issue #13, finding 9), through refresh()."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from briefing.config import load_config
from briefing.paths import store_path
from briefing.pipeline import refresh
from briefing.store.database import open_store
from tests.conftest import write_config
from tests.feeds.tinyfeeds import tiny_rss

NOW = datetime(2026, 11, 27, 18, 0, tzinfo=UTC)


@pytest.mark.parametrize("ttl", [str(10**9), "999999"])
def test_a_huge_ttl_holds_a_feed_for_a_day_at_most(
    tmp_path: Path, serve_dir: Callable[[Path], str], ttl: str
) -> None:
    site = tmp_path / "site"
    site.mkdir()
    (site / "feed.xml").write_bytes(tiny_rss(3, ttl=ttl))
    path = write_config(
        tmp_path / "c.toml", [("Greedy", f"{serve_dir(site)}feed.xml")], tmp_path / "data"
    )
    config = load_config(path)
    with open_store(store_path(config.data_dir)) as store:
        assert [o.outcome for o in refresh(config, store, now=NOW).outcomes] == ["updated"]
        assert store.feed_rows()[0].ttl_minutes == 24 * 60
        # Within the day the feed's ttl is honoured; after it, the feed is fetched again.
        hour = refresh(config, store, now=NOW + timedelta(hours=1)).outcomes
        assert [(o.outcome, o.note) for o in hour] == [
            ("skipped", "fetched less than 1440 min ago")
        ]
        later = refresh(config, store, now=NOW + timedelta(hours=25)).outcomes
        assert [o.outcome for o in later] == ["unchanged"]


def test_a_huge_ttl_stored_before_the_cap_is_capped_too(
    tmp_path: Path, serve_dir: Callable[[Path], str]
) -> None:
    site = tmp_path / "site"
    site.mkdir()
    (site / "feed.xml").write_bytes(tiny_rss(3))
    path = write_config(
        tmp_path / "c.toml", [("Greedy", f"{serve_dir(site)}feed.xml")], tmp_path / "data"
    )
    config = load_config(path)
    database = store_path(config.data_dir)
    with open_store(database) as store:
        refresh(config, store, now=NOW)
    with contextlib.closing(sqlite3.connect(database)) as db, db:
        db.execute("UPDATE feeds SET ttl_minutes = ?", (10**9,))
    with open_store(database) as store:
        later = refresh(config, store, now=NOW + timedelta(hours=25)).outcomes
    assert [o.outcome for o in later] == ["unchanged"]
