"""Kill `briefing refresh` with SIGKILL at random moments and check what it leaves behind.

Before each kill every feed gains `NEW_PER_ROUND` stories, so each refresh has
real work to do. After each kill the store must pass `PRAGMA integrity_check`,
keep every item it held before, and hold each feed either as it was or with
all of its new stories (a feed is stored in one transaction). Shared by the
short test in the suite and the soak run in tests/soak/.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from tests.feedgen import write_feeds

REPO = Path(__file__).resolve().parents[1]
NEW_PER_ROUND = 5


@dataclass
class KillRound:
    delay: float
    integrity: str
    lost: int
    """Items stored before the kill and missing after it."""
    feeds_updated: int
    feeds_partial: int
    """Feeds holding only some of their new stories: a torn transaction."""


def _guids(database: Path) -> dict[str, set[str]]:
    """The stored item ids of each feed."""
    if not database.exists():
        return {}
    found: dict[str, set[str]] = {}
    with sqlite3.connect(database) as db:
        for name, guid in db.execute(
            "SELECT f.name, i.guid FROM feeds f LEFT JOIN items i ON i.feed_id = f.id"
        ):
            found.setdefault(name, set())
            if guid is not None:
                found[name].add(guid)
    db.close()
    return found


def _integrity(database: Path) -> str:
    if not database.exists():
        return "ok"
    with sqlite3.connect(database) as db:
        result = str(db.execute("PRAGMA integrity_check").fetchone()[0])
    db.close()
    return result


def _refresh(config: Path) -> list[str]:
    return [sys.executable, "-m", "briefing", "--config", str(config), "refresh", "--force"]


def kill_once(
    config: Path, database: Path, site: Path, feeds: int, round_no: int, delay: float
) -> KillRound:
    """Give every feed new stories, start a refresh, SIGKILL it after `delay` seconds."""
    first = round_no * NEW_PER_ROUND
    write_feeds(site, feeds, first=first)
    before = _guids(database)
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    process = subprocess.Popen(
        _refresh(config), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env
    )
    time.sleep(delay)
    process.send_signal(signal.SIGKILL)
    process.wait()
    after = _guids(database)
    lost = sum(len(guids - after.get(name, set())) for name, guids in before.items())
    updated = partial = 0
    for index in range(feeds):
        name = f"Test Wire {index}"
        served = {f"wire{index}-{n}" for n in range(first, first + 30)}
        missing = served - before.get(name, set())
        added = after.get(name, set()) - before.get(name, set())
        updated += bool(added)
        # One transaction per feed: all of the feed's new stories, or none of them.
        partial += bool(added) and added != missing
    return KillRound(delay, _integrity(database), lost, updated, partial)


def kill_rounds(
    config: Path,
    database: Path,
    site: Path,
    feeds: int,
    rounds: int,
    max_delay: float,
    seed: int = 7,
) -> list[KillRound]:
    """`rounds` kills at random moments in [0.05, max_delay] seconds."""
    chooser = random.Random(seed)
    return [
        kill_once(config, database, site, feeds, n, chooser.uniform(0.05, max_delay))
        for n in range(rounds)
    ]


def final_refresh(config: Path) -> int:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.run(
        _refresh(config), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, timeout=300
    ).returncode
