"""Time the quote archive: 100,000 quotes, looked up by speaker and by words.

    python benchmarks/quotes.py [QUOTES]          # default 100000

Builds a store under a temporary dir: 25,000 items in 10 feeds with 4 quotes each, by
3,000 people (some sharing a surname, quoted by full name, by surname, or with a
title), saved through `save_summaries` (which fills the archive). Then each look-up
runs 15 times and the median is printed, beside the same answer found the way one
would without the archive (reading every cached summary). Prints figures only (no
pass/fail); the goal is under 100 ms a look-up.
"""

from __future__ import annotations

import json
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from briefing.config import Config
from briefing.models import Feed, Item, Quote, Summary
from briefing.pipeline import quote_archive
from briefing.store.database import Store, open_store
from briefing.store.queries import load_summaries, save_summaries
from briefing.store.quotes import find_quotes
from briefing.store.schema import dump_summary
from briefing.versions import SUMMARIZER_VERSION

FEEDS = [Feed(f"Wire {n}", f"https://wire{n}.example/feed") for n in range(10)]
QUOTES_PER_ITEM = 4
RUNS = 15
NOW = datetime(2026, 11, 27, 12, tzinfo=UTC)


def _syllables(rng: random.Random, count: int) -> str:
    return "".join(
        rng.choice(["ka", "lo", "mi", "ren", "tas", "vo", "dur", "el", "sa", "nor"])
        for _ in range(count)
    )


def _people(rng: random.Random) -> list[tuple[str, str]]:
    """3,000 (given, surname) pairs over 1,800 surnames, so many surnames are shared."""
    surnames = sorted({_syllables(rng, 3).title() for _ in range(2200)})[:1800]
    return [(_syllables(rng, 2).title(), rng.choice(surnames)) for _ in range(3000)]


def _speaker(rng: random.Random, person: tuple[str, str]) -> str:
    given, surname = person
    form = rng.random()
    if form < 0.6:
        return f"{given} {surname}"
    if form < 0.8:
        return surname
    return f"Minister {surname}" if form < 0.9 else f"President {given} {surname}"


def build(store: Store, quotes: int) -> tuple[float, float]:
    rng = random.Random(15)
    people = _people(rng)
    words = sorted({_syllables(rng, rng.randint(2, 4)) for _ in range(30000)})
    store.sync_feeds(FEEDS)
    items = quotes // QUOTES_PER_ITEM
    per_feed = items // len(FEEDS)
    started = time.perf_counter()
    for f, feed in enumerate(FEEDS):
        batch = [
            Item(
                feed.name,
                f"{f}-{n}",
                f"{f}-{n}",
                f"Story {f}-{n}",
                f"https://e.example/{f}/{n}",
                NOW - timedelta(minutes=7 * n + f),
                f"Text of story {f}-{n}.",
            )
            for n in range(per_feed)
        ]
        store.save_items(feed.name, batch, now=NOW, etag=None, last_modified=None)
    stored = time.perf_counter() - started
    saving = 0.0
    ids = [int(r[0]) for r in store.db.execute("SELECT id FROM items ORDER BY id")]
    for offset in range(0, len(ids), 1000):
        summaries = {
            item_id: Summary(
                None,
                None,
                "",
                quotes=tuple(
                    Quote(
                        " ".join(rng.choices(words, k=rng.randint(6, 18))),
                        _speaker(rng, rng.choice(people)),
                        0,
                        1,
                    )
                    for _ in range(QUOTES_PER_ITEM)
                ),
            )
            for item_id in ids[offset : offset + 1000]
        }
        begun = time.perf_counter()
        save_summaries(store, summaries, SUMMARIZER_VERSION)
        saving += time.perf_counter() - begun
    return stored, saving


def _without_archive(store: Store, speaker: str | None, word: str | None) -> int:
    """The same look-up without the archive: every cached summary read and filtered."""
    found = 0
    for (data,) in store.db.execute("SELECT data FROM summaries"):
        for text, who, *_ in json.loads(data)["quotes"]:
            if speaker is not None and not (who or "").endswith(speaker):
                continue
            if word is not None and word not in text.split():
                continue
            found += 1
    return found


def _median_ms(run: Callable[[], object]) -> tuple[float, object]:
    times, result = [], None
    for _ in range(RUNS):
        started = time.perf_counter()
        result = run()
        times.append(time.perf_counter() - started)
    return statistics.median(times) * 1000, result


def _saving_cost(store: Store) -> None:
    """What archiving adds to saving summaries: 1,000 items' summaries saved again through
    `save_summaries` (which archives their quotes) and through the summaries upsert alone."""
    ids = [int(r[0]) for r in store.db.execute("SELECT item_id FROM summaries LIMIT 1000")]
    cached = load_summaries(store, ids, SUMMARIZER_VERSION)
    rows = [(i, SUMMARIZER_VERSION, dump_summary(s)) for i, s in cached.items()]
    with_archive, alone = [], []
    for _ in range(5):
        started = time.perf_counter()
        save_summaries(store, cached, SUMMARIZER_VERSION)
        with_archive.append(time.perf_counter() - started)
        started = time.perf_counter()
        with store.write() as db:
            db.executemany(
                "INSERT INTO summaries(item_id, version, data) VALUES (?, ?, ?) ON CONFLICT"
                "(item_id) DO UPDATE SET version = excluded.version, data = excluded.data",
                rows,
            )
        alone.append(time.perf_counter() - started)
    print(
        f"saving 1,000 summaries ({QUOTES_PER_ITEM} quotes each): "
        f"{statistics.median(with_archive) * 1000:.0f} ms with their quotes archived, "
        f"{statistics.median(alone) * 1000:.0f} ms without (medians of 5)"
    )


def main(quotes: int) -> None:
    with tempfile.TemporaryDirectory(prefix="briefing-quotes-") as name:
        config = Config(feeds=tuple(FEEDS), data_dir=Path(name))
        feeds = [f.name for f in FEEDS]
        with open_store(Path(name) / "briefing.sqlite3") as store:
            items_s, archive_s = build(store, quotes)
            total = store.db.execute("SELECT count(*) FROM quotes").fetchone()[0]
            speakers = store.db.execute("SELECT count(*) FROM speakers").fetchone()[0]
            print(
                f"{total} quotes by {speakers} speaker names; items stored in {items_s:.1f} s,"
                f" their summaries saved, quotes archived, in {archive_s:.1f} s"
                f" ({archive_s * 1000 / (total / QUOTES_PER_ITEM):.2f} ms an item)"
            )
            _saving_cost(store)
            surname, given = store.db.execute(
                "SELECT surname, given FROM speakers WHERE given != '' ORDER BY id LIMIT 1"
            ).fetchone()
            first = store.db.execute("SELECT text FROM quotes LIMIT 1").fetchone()[0].split()
            # A word of two syllables is one of 100 (common); one of four, of 10,000.
            common, word = min(first, key=len), max(first, key=len)
            pair = f"{word} {first[0]}"
            since = NOW - timedelta(days=7)
            cases: list[tuple[str, Callable[[], object], Callable[[], object] | None]] = [
                (
                    f"speaker '{surname.title()}'",
                    lambda: find_quotes(store, feeds=feeds, speaker=surname),
                    lambda: _without_archive(store, surname.title(), None),
                ),
                (
                    f"speaker '{given.title()} {surname.title()}'",
                    lambda: find_quotes(store, feeds=feeds, speaker=f"{given} {surname}"),
                    None,
                ),
                (
                    f"words '{word}'",
                    lambda: find_quotes(store, feeds=feeds, words=word),
                    lambda: _without_archive(store, None, word),
                ),
                (
                    f"words '{common}' (a common word)",
                    lambda: find_quotes(store, feeds=feeds, words=common),
                    lambda: _without_archive(store, None, common),
                ),
                (f"words '{pair}'", lambda: find_quotes(store, feeds=feeds, words=pair), None),
                (
                    f"words '{word}', last 7 days",
                    lambda: find_quotes(store, feeds=feeds, words=word, start=since),
                    None,
                ),
                (
                    "speaker + words",
                    lambda: find_quotes(store, feeds=feeds, speaker=surname, words=word),
                    None,
                ),
                (
                    "pipeline.quote_archive, speaker (with its completeness checks)",
                    lambda: quote_archive(config, store, speaker=surname),
                    None,
                ),
            ]
            print(f"{'look-up':<66} {'entries':>7} {'median ms':>10} {'no archive ms':>14}")
            for label, run, baseline in cases:
                ms, result = _median_ms(run)
                before = (
                    f"{_median_ms(baseline)[0]:>14.1f}" if baseline is not None else f"{'':>14}"
                )
                count = len(result) if isinstance(result, list) else result
                print(f"{label:<66} {count:>7} {ms:>10.1f} {before}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 100_000)
