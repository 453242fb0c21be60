"""Time `briefing today --no-refresh` as the store grows: 10,000, 50,000 and 200,000 items.

    python benchmarks/today.py [--sizes 10000,50000,200000] [--per-day 550]
    python benchmarks/today.py --baseline /tmp/venv/bin/python    # main's code beside

For each size, builds a store in a temp dir: 50 feeds, events told by one to
four outlets each, `--per-day` items a UTC day (a heavy user's day) going back
as many days as the size needs, so every size has the same day to brief and
only the store around it grows. Runs `today` once to fill the summary and day
caches, then times fresh processes printing the day as text (median of 7).
With `--baseline PYTHON`, the same is done with that interpreter's briefing,
on its own store, alternating with ours, and the ratio is printed. "day" is
the day built from its cache inside one process (median of 30), without the
start-up. The goal (issue 19): the day at 200,000 items within 20 % of its time at 10,000.
`--items N --days D` times one store with every format, as before.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from briefing.models import Feed, Item
from briefing.store.database import open_store

SYLLABLES = (
    "ka",
    "lo",
    "mer",
    "vin",
    "sta",
    "ro",
    "dex",
    "ul",
    "tan",
    "bri",
    "os",
    "gal",
    "ne",
    "fir",
    "zo",
    "hal",
    "pem",
    "tu",
    "quar",
    "ix",
)
TOPICS = (
    "budget",
    "harbour",
    "tariff",
    "pipeline",
    "grain",
    "election",
    "strike",
    "bridge",
    "wind farm",
    "rail line",
    "court ruling",
    "drought",
    "summit",
    "loan",
    "mine",
    "school",
    "hospital",
    "tram",
    "port",
    "refinery",
)


QUOTES = (
    "{f} will deliver what {p} was promised",
    "Nobody in {p} asked for this",
    "The money for {p} is already there, and {f} knows it",
    "We have waited long enough for {f}",
    "This is a good day for {p}",
    "Our engineers at {f} have checked every number twice",
    "{p} deserves better than another delay",
)
"""Quotes of the synthetic events, each made particular by the event's names."""


def _word(n: int) -> str:
    """A made-up proper name for number n, so every event has its own vocabulary."""
    parts = []
    while True:
        parts.append(SYLLABLES[n % len(SYLLABLES)])
        n //= len(SYLLABLES)
        if n == 0:
            break
    return "".join(parts).title()


def build_store(path: Path, items: int, days: int) -> None:
    """`items` items of 50 feeds: events told by one to four outlets each, in their own words."""
    now = datetime.now(UTC).replace(minute=0, second=0, microsecond=0)
    feeds = [Feed(f"Wire {n}", f"https://wire{n}.example/feed") for n in range(50)]
    batches: dict[str, list[Item]] = {feed.name: [] for feed in feeds}
    made = event = 0
    while made < items:
        place, person, firm = _word(event * 3 + 400), _word(event * 3 + 401), _word(event * 3 + 402)
        topic = TOPICS[event % len(TOPICS)]
        when = now - timedelta(minutes=(made * days * 24 * 60) // items)
        for outlet in range(1 + event % 4):
            feed = feeds[(event * 7 + outlet * 13) % len(feeds)]
            text = (
                f"{place.upper()} ({feed.name}). {person} of {firm} said on Friday the {topic} "
                f"in {place} would cost {event % 90 + 5} million crowns, up {event % 9}.{outlet}% "
                f"on last year.\n“{QUOTES[event % len(QUOTES)].format(p=place, f=firm)},” "
                f"{person} said.\n"
                f"Critics of {firm} said the plan came {outlet + 2} years late."
            )
            batches[feed.name].append(
                Item(
                    feed=feed.name,
                    guid=f"e{event}-{outlet}",
                    key=f"e{event}-{outlet}",
                    title=f"{person} says {place} {topic} will cost {event % 90 + 5} million",
                    link=f"https://wire.example/{event}/{outlet}",
                    published=when - timedelta(minutes=11 * outlet),
                    text=text,
                )
            )
            made += 1
        event += 1
    with open_store(path) as store:
        store.sync_feeds(feeds)
        for feed in feeds:
            store.save_items(feed.name, batches[feed.name], now=now, etag=None, last_modified=None)
        store.set_meta("last_refresh", now.strftime("%Y-%m-%dT%H:%M:%SZ"))


def time_command(args: list[str], env: dict[str, str], runs: int = 7) -> float:
    timings = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(args, env=env, stdout=subprocess.DEVNULL, check=True)
        timings.append(time.perf_counter() - started)
    return statistics.median(timings)


def write_config(root: Path) -> Path:
    config = root / "config.toml"
    config.write_text(
        f'data_dir = "{root / "data"}"\nretention_days = 36500\n'
        + "".join(
            f'\n[[feeds]]\nname = "Wire {n}"\nurl = "https://wire{n}.example/feed"\n'
            for n in range(50)
        )
    )
    return config


BUILD_DAY = """
import statistics, sys, time
from datetime import UTC, datetime
from pathlib import Path
from briefing.config import load_config
from briefing.paths import store_path
from briefing.pipeline import build_briefing
from briefing.store.database import open_store
config = load_config(Path(sys.argv[1]))
now = datetime.now(UTC)
with open_store(store_path(config.data_dir)) as store:
    timings = []
    for _ in range(30):
        started = time.perf_counter()
        build_briefing(config, store, now.date(), now=now)
        timings.append(time.perf_counter() - started)
print(statistics.median(timings))
"""
"""The day built from its cache in one process, 30 times: the store's share of `today`
without the start-up and printing around it."""


def prepared(python: str, root: Path, items: int, days: int) -> list[str]:
    """Build a store with `python`'s briefing and fill its caches; the `today` command."""
    root.mkdir(parents=True, exist_ok=True)
    config = write_config(root)
    build = [python, __file__, "--build-only", str(root / "data" / "briefing.sqlite3")]
    subprocess.run([*build, "--items", str(items), "--days", str(days)], check=True)
    command = [python, "-m", "briefing", "--config", str(config), "today", "--no-refresh"]
    subprocess.run(command, stdout=subprocess.DEVNULL, check=True)
    return command


def by_size(sizes: list[int], per_day: int, baseline: str | None) -> None:
    pythons = {"ours": sys.executable} | ({"baseline": baseline} if baseline else {})
    env = dict(os.environ)
    results: dict[str, dict[int, float]] = {name: {} for name in pythons}
    in_process: dict[str, dict[int, float]] = {name: {} for name in pythons}
    with tempfile.TemporaryDirectory() as temp:
        for size in sizes:
            days = max(1, -(-size // per_day))
            commands = {
                name: prepared(python, Path(temp) / f"{name}-{size}", size, days)
                for name, python in pythons.items()
            }
            timings: dict[str, list[float]] = {name: [] for name in pythons}
            inside: dict[str, list[float]] = {name: [] for name in pythons}
            for _ in range(7):  # alternating, so both see the same machine
                for name, command in commands.items():
                    started = time.perf_counter()
                    subprocess.run(command, env=env, stdout=subprocess.DEVNULL, check=True)
                    timings[name].append(time.perf_counter() - started)
            for _ in range(3):
                for name, command in commands.items():
                    day = [pythons[name], "-c", BUILD_DAY, command[4]]
                    out = subprocess.run(day, env=env, capture_output=True, text=True, check=True)
                    inside[name].append(float(out.stdout))
            for name in pythons:
                results[name][size] = statistics.median(timings[name])
                in_process[name][size] = statistics.median(inside[name])
            line = "  ".join(
                f"{n} {results[n][size] * 1000:5.0f} ms (day {in_process[n][size] * 1000:5.1f} ms)"
                for n in pythons
            )
            print(f"{size:>7} items ({days} days of {per_day}): {line}", flush=True)
    for name in pythons:
        first, last = results[name][sizes[0]], results[name][sizes[-1]]
        inner = in_process[name][sizes[-1]] / in_process[name][sizes[0]]
        print(
            f"{name}: {sizes[-1]:,} items take {last / first:.2f}x the time of {sizes[0]:,}"
            f" (the day alone: {inner:.2f}x)"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,50000,200000")
    parser.add_argument("--per-day", type=int, default=550)
    parser.add_argument("--baseline", help="another Python whose briefing to time beside")
    parser.add_argument("--items", type=int, help="one store of this many items, every format")
    parser.add_argument("--days", type=int, default=90)
    parser.add_argument("--build-only", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.build_only:
        build_store(Path(args.build_only), args.items, args.days)
        return
    if args.items is None:
        by_size([int(n) for n in args.sizes.split(",")], args.per_day, args.baseline)
        return
    with tempfile.TemporaryDirectory() as temp:
        root = Path(temp)
        config = write_config(root)
        started = time.perf_counter()
        build_store(root / "data" / "briefing.sqlite3", args.items, args.days)
        if os.environ.get("BRIEFING_BENCH_KEEP"):
            shutil.copytree(root, os.environ["BRIEFING_BENCH_KEEP"], dirs_exist_ok=True)
        print(
            f"built a store of {args.items} items over {args.days} days "
            f"in {time.perf_counter() - started:.1f} s"
        )
        env = dict(os.environ)
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
