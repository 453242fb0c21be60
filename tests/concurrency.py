"""Two refreshes, a digest and a reader at once against one store, round after round.

Before each round the loopback feeds move on by `NEW_PER_ROUND` stories, so
every round has new items to store and to send. Shared by the short test in
the suite (tests/test_concurrency.py) and the soak run (tests/soak/concurrency.py).
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from tests.feedgen import RECENT, write_feeds

REPO = Path(__file__).resolve().parents[1]
NEW_PER_ROUND = 5
ITEMS = 10
DAY = "2026-11-27"
"""The day feedgen's stories are published on."""
PROCESS_TIMEOUT = 120.0


@dataclass
class Tally:
    """What the rounds did, and every sign of trouble they left."""

    rounds: int = 0
    problems: list[str] = field(default_factory=list)
    """One line for each failed process, locked store or traceback."""
    new_story_ids: Counter[str] = field(default_factory=Counter)
    """Stories digests reported as new, with how often."""
    sent_guids: Counter[str] = field(default_factory=Counter)
    """Items digests reported, with how often."""
    digests_with_news: int = 0


def _start(config: Path, *args: str) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    command = [sys.executable, "-m", "briefing", "--config", str(config), *args]
    return subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)


def _finish(process: subprocess.Popen[bytes], what: str, tally: Tally) -> str:
    try:
        out, err = process.communicate(timeout=PROCESS_TIMEOUT)
    except subprocess.TimeoutExpired:
        process.kill()
        out, err = process.communicate()
        tally.problems.append(f"round {tally.rounds}: {what} did not finish")
    text = err.decode(errors="replace")
    if process.returncode != 0:
        tally.problems.append(f"round {tally.rounds}: {what} exit {process.returncode}: {text}")
    if "locked" in text or "Traceback" in text:
        tally.problems.append(f"round {tally.rounds}: {what} stderr: {text}")
    return out.decode(errors="replace")


def record_digest(output: str, tally: Tally) -> None:
    if not output.strip():
        return
    tally.digests_with_news += 1
    for story in json.loads(output)["stories"]:
        if story["digest"] == "new":
            tally.new_story_ids[story["id"]] += 1
        tally.sent_guids.update(story["new_items"])


def advance_feeds(site: Path, feeds: int, round_number: int) -> None:
    """Move every feed on by a round's stories; the file times move on too, so a
    server's If-Modified-Since check never hides new content written in the same second."""
    write_feeds(site, feeds, items=ITEMS, first=round_number * NEW_PER_ROUND, start=RECENT)
    stamp = time.time() + 10 * round_number
    for file in site.iterdir():
        os.utime(file, (stamp, stamp))


def one_round(config: Path, site: Path, feeds: int, tally: Tally) -> None:
    advance_feeds(site, feeds, tally.rounds)
    jobs = {
        "refresh 1": _start(config, "refresh"),
        "refresh 2": _start(config, "refresh"),
        "digest": _start(config, "digest", "--format", "json"),
        "reader": _start(config, "today", "--no-refresh", "--format", "json", "--date", DAY),
    }
    outputs = {what: _finish(process, what, tally) for what, process in jobs.items()}
    record_digest(outputs["digest"], tally)
    if outputs["reader"].strip():
        json.loads(outputs["reader"])  # a reader always gets a whole briefing
    tally.rounds += 1


def final_digest(config: Path, tally: Tally) -> None:
    """One refresh and one digest alone: whatever the rounds left unsent is sent now."""
    _finish(_start(config, "refresh"), "final refresh", tally)
    digest = _start(config, "digest", "--format", "json")
    record_digest(_finish(digest, "final digest", tally), tally)


def store_problems(database: Path) -> list[str]:
    """Duplicate items, duplicate guids in a feed, items never sent, a damaged file."""
    problems = []
    with contextlib.closing(sqlite3.connect(database)) as db:
        integrity = db.execute("PRAGMA integrity_check").fetchone()[0]
        if integrity != "ok":
            problems.append(f"integrity_check: {integrity}")
        twice = db.execute(
            "SELECT feed_id, key, count(*) FROM items GROUP BY feed_id, key HAVING count(*) > 1"
        ).fetchall()
        problems += [f"item stored twice: {row}" for row in twice]
        guids = db.execute(
            "SELECT feed_id, guid, count(*) FROM items GROUP BY feed_id, guid HAVING count(*) > 1"
        ).fetchall()
        problems += [f"guid stored twice in a feed: {row}" for row in guids]
        unsent = db.execute(
            "SELECT guid FROM items WHERE id NOT IN (SELECT item_id FROM digest_sent)"
        ).fetchall()
        problems += [f"item never sent by a digest: {guid}" for (guid,) in unsent]
    return problems


def tally_problems(tally: Tally) -> list[str]:
    problems = list(tally.problems)
    problems += [
        f"story sent as new {n} times: {i}" for i, n in tally.new_story_ids.items() if n > 1
    ]
    problems += [f"item sent {n} times: {g}" for g, n in tally.sent_guids.items() if n > 1]
    return problems
