"""Time `briefing today --no-refresh` on a store of 50,000 items.

    python benchmarks/today.py [--items 50000] [--days 25]

Builds the store once in a temp dir (items spread over `--days` UTC days, the
last one today), runs `today` once to fill the summary cache, then times
fresh processes printing the day as text and as rich. Target: under 300 ms.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from briefing.models import Feed, Item
from briefing.store import open_store

WORDS = [
    "harbour",
    "tariff",
    "budget",
    "pipeline",
    "grain",
    "election",
    "strike",
    "bridge",
    "wind",
    "rail",
    "vote",
    "court",
    "drought",
    "summit",
    "loan",
    "port",
    "mine",
    "school",
    "hospital",
    "tram",
]


def build_store(path: Path, items: int, days: int) -> None:
    now = datetime.now(UTC).replace(minute=0, second=0, microsecond=0)
    feeds = [Feed(f"Wire {n}", f"https://wire{n}.example/feed") for n in range(50)]
    with open_store(path) as store:
        store.sync_feeds(feeds)
        per_feed = items // len(feeds)
        for f, feed in enumerate(feeds):
            batch = []
            for n in range(per_feed):
                topic = WORDS[(n * 7 + f) % len(WORDS)]
                other = WORDS[(n * 3 + 2 * f) % len(WORDS)]
                when = now - timedelta(minutes=(n * days * 24 * 60) // per_feed + f)
                text = (
                    f"PORT ANSELM ({feed.name}). Officials said the {topic} plan for "
                    f"{other} would cost {n % 90 + 5} million crowns, up {n % 9}.{f % 10}% "
                    f"on last year. “We will finish the {topic},” said minister Ada "
                    f"Brook {n}.\nThe {other} work starts in spring."
                )
                batch.append(
                    Item(
                        feed=feed.name,
                        guid=f"{f}-{n}",
                        key=f"{f}-{n}",
                        title=f"{topic.title()} plan for {other} {n}",
                        link=f"https://wire{f}.example/{n}",
                        published=when,
                        text=text,
                    )
                )
            store.save_items(feed.name, batch, now=now, etag=None, last_modified=None)
        store.set_meta("last_refresh", now.strftime("%Y-%m-%dT%H:%M:%SZ"))


def time_command(args: list[str], env: dict[str, str], runs: int = 7) -> float:
    timings = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(args, env=env, stdout=subprocess.DEVNULL, check=True)
        timings.append(time.perf_counter() - started)
    return statistics.median(timings)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=50_000)
    parser.add_argument("--days", type=int, default=25)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temp:
        root = Path(temp)
        config = root / "config.toml"
        config.write_text(
            f'data_dir = "{root / "data"}"\n'
            + "".join(
                f'\n[[feeds]]\nname = "Wire {n}"\nurl = "https://wire{n}.example/feed"\n'
                for n in range(50)
            )
        )
        started = time.perf_counter()
        build_store(root / "data" / "briefing.sqlite3", args.items, args.days)
        print(
            f"built a store of {args.items} items over {args.days} days "
            f"in {time.perf_counter() - started:.1f} s"
        )
        env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])}
        base = [sys.executable, "-m", "briefing", "--config", str(config), "today", "--no-refresh"]
        started = time.perf_counter()
        subprocess.run([*base, "--format", "text"], env=env, stdout=subprocess.DEVNULL, check=True)
        print(f"first run (summarizes and caches the day): {time.perf_counter() - started:.2f} s")
        for fmt in ("text", "rich", "json"):
            median = time_command([*base, "--format", fmt], env)
            print(f"today --no-refresh --format {fmt}: {median * 1000:.0f} ms (median of 7)")
        median = time_command([sys.executable, "-c", "pass"], env)
        print(f"python start-up alone: {median * 1000:.0f} ms")


if __name__ == "__main__":
    main()
