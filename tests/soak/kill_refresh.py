"""Soak: kill `briefing refresh` 50 times at random moments; print what each kill left.

    python tests/soak/kill_refresh.py [--rounds 50] [--feeds 200]

The suite runs a short version of this (tests/test_kill.py).
"""

from __future__ import annotations

import argparse
import functools
import sqlite3
import sys
import tempfile
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.conftest import write_config
from tests.feedgen import write_feeds
from tests.killing import final_refresh, kill_rounds


class Quiet(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=50)
    parser.add_argument("--feeds", type=int, default=200)
    parser.add_argument("--max-delay", type=float, default=3.0)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temp:
        root = Path(temp)
        site = root / "site"
        write_feeds(site, args.feeds)
        server = ThreadingHTTPServer(
            ("127.0.0.1", 0), functools.partial(Quiet, directory=str(root / "site"))
        )
        threading.Thread(target=server.serve_forever, daemon=True).start()
        base = f"http://127.0.0.1:{server.server_address[1]}/"
        feeds = [(f"Test Wire {n}", f"{base}feed-{n:03d}.xml") for n in range(args.feeds)]
        config = write_config(root / "c.toml", feeds, root / "data")
        database = root / "data" / "briefing.sqlite3"
        rounds = kill_rounds(config, database, site, args.feeds, args.rounds, args.max_delay)
        bad = [r for r in rounds if r.integrity != "ok" or r.feeds_partial or r.lost]
        for r in rounds:
            print(
                f"killed after {r.delay:5.2f} s: integrity {r.integrity}, "
                f"{r.feeds_updated} feeds updated, {r.feeds_partial} partial, {r.lost} lost"
            )
        code = final_refresh(config)
        with sqlite3.connect(database) as db:
            total = db.execute("SELECT count(*) FROM items").fetchone()[0]
        print(f"{len(rounds)} kills, {len(bad)} bad; final refresh exit {code}, {total} items")
        server.shutdown()
        sys.exit(1 if bad or code else 0)


if __name__ == "__main__":
    main()
