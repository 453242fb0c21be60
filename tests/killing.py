"""Kill `briefing refresh` with SIGKILL and check what it leaves behind.

Before each kill every feed gains `NEW_PER_ROUND` stories, so each refresh has
real work to do. After each kill the store must pass `PRAGMA integrity_check`,
keep every item it held before, and hold each feed either as it was or with
all of its new stories (a feed is stored in one transaction).

Two ways to choose the moment of the kill:

- `kill_rounds` kills after a random delay (the soak run in tests/soak/): it
  explores moments nobody thought of, but where a kill lands depends on the
  machine's speed.
- `gated_kill_rounds` kills at a moment chosen by progress, not by time (the
  suite): a `GatedSite` answers the first `k` feed requests and holds every other
  request open; once the store holds those `k` feeds' new stories, the refresh
  is certainly mid-way and is killed there. The same round gives the same
  result on a fast machine and on a busy one.
"""

from __future__ import annotations

import functools
import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from tests.feedgen import write_feeds

REPO = Path(__file__).resolve().parents[1]
NEW_PER_ROUND = 5
STARTED = time.time()


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


def _feeds_with(database: Path, guids: dict[str, set[str]]) -> int:
    """How many feeds already hold every one of their `guids` (read while a refresh writes)."""
    if not database.exists():
        return 0
    try:
        stored = _guids(database)
    except sqlite3.OperationalError:  # the refresh is creating the store right now
        return 0
    return sum(wanted <= stored.get(name, set()) for name, wanted in guids.items())


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
    return _judge(database, feeds, first, before, delay)


def _judge(
    database: Path, feeds: int, first: int, before: dict[str, set[str]], delay: float
) -> KillRound:
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


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        """A held request's client was killed: the broken pipe is expected."""


class GatedSite:
    """Serves a folder on 127.0.0.1, answering the first requests and holding the rest open.

    After `hold_after(k)`, the first `k` feed requests to arrive are answered at
    once; every later one waits until `release()` (or 60 s). Counting requests
    as they arrive, not feeds by number, keeps the refresh's own order and its
    per-host limit from ever waiting on a held feed. `held` is set when the
    first request is held, so a test knows the refresh has reached that point.
    """

    def __init__(self, folder: Path) -> None:
        self.held = threading.Event()
        self._open = threading.Event()
        self._left = 0
        self._lock = threading.Lock()
        gate = self

        class Handler(SimpleHTTPRequestHandler):
            def log_message(self, format: str, *args: object) -> None:
                pass

            def do_GET(self) -> None:
                if self.path.endswith(".xml") and not gate._admit():
                    gate.held.set()
                    gate._open.wait(60)
                super().do_GET()

        handler = functools.partial(Handler, directory=str(folder))
        self._server = _QuietServer(("127.0.0.1", 0), handler)
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        self.base = f"http://127.0.0.1:{self._server.server_address[1]}/"

    def _admit(self) -> bool:
        with self._lock:
            if self._open.is_set() or self._left > 0:
                self._left -= 1
                return True
            return False

    def hold_after(self, served: int) -> None:
        """Answer the next `served` feed requests, then hold the rest."""
        with self._lock:
            self._left = served
            self.held.clear()
            self._open.clear()

    def release(self) -> None:
        self._open.set()

    def close(self) -> None:
        self.release()
        self._server.shutdown()
        self._server.server_close()


def gated_kill_once(
    config: Path,
    database: Path,
    gate: GatedSite,
    site: Path,
    feeds: int,
    round_no: int,
    served: int,
) -> KillRound:
    """Kill a refresh once it has stored the new stories of exactly `served` feeds.

    The other feeds' requests are held open by `gate`, so the kill lands while
    the refresh is certainly still running, whatever the machine's speed.
    """
    first = round_no * NEW_PER_ROUND
    write_feeds(site, feeds, first=first)
    # Last-Modified has whole seconds: rounds written within one second would
    # look unchanged to a conditional GET. Each round's files are 10 s newer.
    stamp = STARTED - 3600 + 10 * round_no
    for path in site.iterdir():
        os.utime(path, (stamp, stamp))
    before = _guids(database)
    wanted = {
        f"Test Wire {index}": {f"wire{index}-{n}" for n in range(first, first + 30)}
        for index in range(feeds)
    }
    gate.hold_after(served)
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    process = subprocess.Popen(
        _refresh(config), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env
    )
    started = time.monotonic()
    try:
        while time.monotonic() - started < 60 and process.poll() is None:
            if gate.held.is_set() and _feeds_with(database, wanted) >= served:
                break
            time.sleep(0.01)
        process.send_signal(signal.SIGKILL)
        process.wait()
    finally:
        gate.release()
    return _judge(database, feeds, first, before, time.monotonic() - started)


def gated_kill_rounds(
    config: Path, database: Path, gate: GatedSite, site: Path, feeds: int, served: list[int]
) -> list[KillRound]:
    """One kill for each count in `served`: after that many feeds were stored."""
    return [
        gated_kill_once(config, database, gate, site, feeds, n, count)
        for n, count in enumerate(served)
    ]
