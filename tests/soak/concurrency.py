"""Soak: two refreshes, a digest and a reader at once for 100 rounds; print the counts.

    python tests/soak/concurrency.py [--rounds 100] [--feeds 20]

The suite runs a short version of this (tests/test_concurrency.py).
"""

from __future__ import annotations

import argparse
import functools
import sys
import tempfile
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.concurrency import Tally, final_digest, one_round, store_problems, tally_problems
from tests.conftest import write_config
from tests.feedgen import RECENT, write_feeds


class Quiet(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--rounds", type=int, default=100)
    parser.add_argument("--feeds", type=int, default=20)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temp:
        root = Path(temp)
        site = root / "site"
        pairs = write_feeds(site, args.feeds, start=RECENT)
        server = ThreadingHTTPServer(
            ("127.0.0.1", 0), functools.partial(Quiet, directory=str(site))
        )
        threading.Thread(target=server.serve_forever, daemon=True).start()
        base = f"http://127.0.0.1:{server.server_address[1]}/"
        config = write_config(
            root / "c.toml",
            [(name, base + file) for name, file in pairs],
            root / "data",
            retention_days=36500,
        )
        tally = Tally()
        for _ in range(args.rounds):
            before = len(tally.problems)
            one_round(config, site, args.feeds, tally)
            print(
                f"round {tally.rounds:3d}: {sum(tally.sent_guids.values())} items sent so far,"
                f" {len(tally.problems) - before} problems",
                flush=True,
            )
        final_digest(config, tally)
        problems = tally_problems(tally) + store_problems(root / "data" / "briefing.sqlite3")
        for line in problems[:50]:
            print(line)
        print(
            f"{tally.rounds} rounds, {tally.digests_with_news} digests with news, "
            f"{sum(tally.sent_guids.values())} items sent ({len(tally.sent_guids)} distinct), "
            f"{len(tally.new_story_ids)} stories sent as new, {len(problems)} problems"
        )
        server.shutdown()
        server.server_close()
        sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
