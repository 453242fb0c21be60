"""Retention through the CLI: the store stays bounded, and pruning never drops an unsent item."""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from tests.conftest import REPO, write_config
from tests.feedgen import RECENT, write_feeds
from tests.servers import FeedServer, feed_server

__all__ = ["feed_server"]  # the fixture

FEEDS = 2
KEEP = 10
"""`retention_items` of the config."""


def cli(config: Path, *args: str) -> tuple[int, str, str]:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    done = subprocess.run(
        [sys.executable, "-m", "briefing", "--config", str(config), *args],
        capture_output=True,
        env=env,
        timeout=120,
    )
    assert "Traceback" not in done.stderr.decode()
    return done.returncode, done.stdout.decode(), done.stderr.decode()


def advance(site: Path, first: int) -> None:
    write_feeds(site, FEEDS, items=30, first=first, start=RECENT)
    stamp = time.time() + 10 * first  # a new Last-Modified, even within the same second
    for file in site.iterdir():
        os.utime(file, (stamp, stamp))


def digest_guids(config: Path) -> list[str]:
    code, out, err = cli(config, "digest", "--format", "json")
    assert code == 0, err
    return [g for s in json.loads(out)["stories"] for g in s["new_items"]] if out.strip() else []


def per_feed(database: Path) -> list[int]:
    with contextlib.closing(sqlite3.connect(database)) as db:
        return [n for (n,) in db.execute("SELECT count(*) FROM items GROUP BY feed_id")]


def test_pruning_keeps_unsent_items_and_bounds_the_store(
    tmp_path: Path, serve_dir: Callable[[Path], str]
) -> None:
    site = tmp_path / "site"
    advance(site, 0)
    base = serve_dir(site)
    pairs = [(f"Test Wire {n}", f"{base}feed-{n:03d}.xml") for n in range(FEEDS)]
    config = write_config(
        tmp_path / "c.toml", pairs, tmp_path / "data", retention_days=36500, retention_items=KEEP
    )
    database = tmp_path / "data" / "briefing.sqlite3"

    code, _, err = cli(config, "refresh")
    assert code == 0 and "refreshed 2 feeds: 20 new items" in err, err
    assert per_feed(database) == [KEEP] * FEEDS
    sent = digest_guids(config)
    assert len(sent) == KEEP * FEEDS

    # Each feed moves on by 15 stories while no digest runs: none may be pruned unsent,
    # and the stories cut by the count cap must not come back as new later.
    advance(site, 15)
    code, _, err = cli(config, "refresh")
    assert code == 0 and "refreshed 2 feeds: 20 new items" in err, err
    assert per_feed(database) == [KEEP] * FEEDS  # the sent ones made room
    advance(site, 20)
    code, _, err = cli(config, "refresh")
    assert code == 0 and "refreshed 2 feeds: 10 new items" in err, err
    assert per_feed(database) == [KEEP + 5] * FEEDS  # five unsent ones kept past the cap
    sent += digest_guids(config)
    assert len(sent) == len(set(sent)) == (KEEP + KEEP + 5) * FEEDS
    advance(site, 21)
    code, _, err = cli(config, "refresh")
    assert code == 0 and "refreshed 2 feeds: 2 new items" in err, err
    assert per_feed(database) == [KEEP] * FEEDS  # sent now, so bounded again
    sent += digest_guids(config)
    assert len(sent) == len(set(sent))
    with contextlib.closing(sqlite3.connect(database)) as db:
        unsent = db.execute(
            "SELECT count(*) FROM items WHERE id NOT IN (SELECT item_id FROM digest_sent)"
        ).fetchone()[0]
    assert unsent == 0


def test_an_item_a_slow_refresh_commits_after_a_digest_is_sent_by_the_next_digest(
    tmp_path: Path, serve_dir: Callable[[Path], str], feed_server: FeedServer
) -> None:
    site = tmp_path / "site"
    advance(site, 0)
    base = serve_dir(site)
    config = write_config(
        tmp_path / "c.toml",
        [("Fast", f"{base}feed-000.xml"), ("Slow", feed_server.url("/feed?delay=3"))],
        tmp_path / "data",
        retention_days=36500,
    )
    database = tmp_path / "data" / "briefing.sqlite3"
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    refresh = subprocess.Popen(
        [sys.executable, "-m", "briefing", "--config", str(config), "refresh"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env=env,
    )
    try:
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:  # until the fast feed is committed
            with (
                contextlib.suppress(sqlite3.Error),
                contextlib.closing(sqlite3.connect(database)) as db,
            ):
                if db.execute("SELECT count(*) FROM items").fetchone()[0]:
                    break
            time.sleep(0.1)
        time.sleep(1.1)  # the digest's clock is now seconds past the refresh's start
        first = digest_guids(config)
    finally:
        _, err = refresh.communicate(timeout=30)
    assert refresh.returncode == 0, err
    assert "t-1" not in first and len(first) == 30
    assert digest_guids(config) == ["t-1"]
