"""Time the models' JSON forms: stored summaries, the day cache, and the JSON `today` prints.

    python benchmarks/serialisation.py [--rounds 9]
    python benchmarks/serialisation.py --baseline /tmp/venv/bin/python   # main's code beside

The inputs are the summaries of the articles of ../shared/corpus/real (the demo's
bundled feeds when it is absent), summarized once and cached as JSON in a temp dir
so both interpreters time the same data. Timed, each the median of `--rounds`:

- `summaries`: every summary written as its `summaries` row, then every row read;
- `day cache`: days of 40 stories (each a lead, the quotes and figures of a few
  articles, three items) saved to and read from a real store file
  (store/daycache.py, SQL included, as `today` reads an unchanged day);
- `shown`: the stories as `today --format json` prints them (dicts, then json.dumps).

Only APIs both versions have are used (store.schema, store.daycache,
render.export), so `--baseline` times main's json code on the same inputs,
alternating runs with ours, and prints the ratios.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from briefing.models import Figure, Item, Quote, Story, Summary
from briefing.store.database import open_store
from briefing.store.daycache import load_stories, save_stories
from briefing.store.queries import StoredItem
from briefing.store.schema import dump_summary, load_summary

ROOT = Path(__file__).resolve().parents[1]
REAL = ROOT.parent / "shared" / "corpus" / "real"
DAY = date(2026, 11, 27)


def _articles() -> list[str]:
    texts = sorted(REAL.glob("*/*.txt"))
    if texts:
        return [p.read_text(encoding="utf-8") for p in texts]
    from importlib import resources

    from briefing.feeds.parse import parse_feed

    out = []
    for name in ("meridian-wire.xml", "harbour-ledger.atom", "northbank-dispatch.json"):
        body = resources.files("briefing.demo").joinpath(name).read_bytes()
        parsed = parse_feed(
            body, url="https://demo.invalid/", feed_name="demo", now=datetime.now(UTC)
        )
        out += [i.text for i in parsed.items]
    return out


def _inputs(cache: Path) -> list[Summary]:
    """The summaries to time, made once by whichever interpreter runs first."""
    if not cache.exists():
        from briefing.summarize import summarize

        rows = [dump_summary(summarize(text)) for text in _articles()]
        cache.write_text(json.dumps(rows), encoding="utf-8")
    return [load_summary(row) for row in json.loads(cache.read_text(encoding="utf-8"))]


def _stories(summaries: list[Summary]) -> tuple[list[Story], list[StoredItem]]:
    stories: list[Story] = []
    stored: list[StoredItem] = []
    for n in range(0, len(summaries) - 3, 3):
        group = summaries[n : n + 3]
        items = tuple(
            Item(
                feed=f"Feed {k}",
                guid=f"urn:{n}:{k}",
                key=f"urn:{n}:{k}",
                title=s.lead[:80] or "untitled",
                link=f"https://feed{k}.example/{n}",
                published=datetime(2026, 11, 27, 6, tzinfo=UTC) + timedelta(minutes=n + k),
                text="",
            )
            for k, s in enumerate(group)
        )
        stored += [
            StoredItem(id=len(stored) + k + 1, item=i, read=False, first_seen=i.published)
            for k, i in enumerate(items)
        ]
        quotes: tuple[Quote, ...] = sum((s.quotes for s in group), ())
        figures: tuple[Figure, ...] = sum((s.figures for s in group), ())
        stories.append(
            Story(
                id=items[0].key,
                title=items[0].title,
                lead=group[0].lead,
                dateline=group[0].dateline,
                source=group[0].source,
                quotes=quotes,
                figures=figures,
                items=items,
                tags=("world",),
                why=("shares: a, b", "copy of Feed 0"),
                outlets=3,
                quote_sources=tuple(("Feed 0", "Feed 1") for _ in quotes),
                figure_sources=tuple(("Feed 2",) for _ in figures),
            )
        )
    return stories, stored


def _median(rounds: int, run: Callable[[], object]) -> float:
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def measure(rounds: int, work: Path) -> dict[str, float]:
    summaries = _inputs(work / "summaries.json")
    rows = [dump_summary(s) for s in summaries]
    stories, stored = _stories(summaries)
    days = [stories[n : n + 40] for n in range(0, len(stories), 40)]
    from briefing.render.export import story_dict

    figures = {
        "summaries written": _median(rounds, lambda: [dump_summary(s) for s in summaries]),
        "summaries read": _median(rounds, lambda: [load_summary(r) for r in rows]),
        "shown (today json)": _median(
            rounds,
            lambda: json.dumps([story_dict(s) for s in stories], ensure_ascii=False, indent=2),
        ),
    }
    with tempfile.TemporaryDirectory() as tmp, open_store(Path(tmp) / "b.sqlite") as store:

        def save() -> None:
            for n, day in enumerate(days):
                save_stories(store, DAY + timedelta(days=n), "sig", day)

        def load() -> None:
            for n, _ in enumerate(days):
                assert load_stories(store, DAY + timedelta(days=n), "sig", stored) is not None

        figures["day cache saved"] = _median(rounds, save)
        figures["day cache read"] = _median(rounds, load)
    figures["n"] = float(len(summaries))
    figures["days"] = float(len(days))
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=9)
    parser.add_argument("--baseline", help="another interpreter whose briefing to time beside")
    parser.add_argument("--repeat", type=int, default=3, help="alternating runs with --baseline")
    parser.add_argument("--work", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--json", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.json:
        print(json.dumps(measure(args.rounds, args.work)))
        return
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        pythons = {"ours": sys.executable} | ({"baseline": args.baseline} if args.baseline else {})
        runs: dict[str, list[dict[str, float]]] = {name: [] for name in pythons}
        for _ in range(args.repeat if args.baseline else 1):
            for name, python in pythons.items():
                command = [python, __file__, "--json", "--work", str(work)]
                out = subprocess.run(
                    [*command, "--rounds", str(args.rounds)],
                    check=True,
                    capture_output=True,
                    text=True,
                    cwd=ROOT,
                ).stdout
                runs[name].append(json.loads(out))
    first = runs["ours"][0]
    print(f"{int(first['n'])} summaries, {int(first['days'])} days of 40 stories")
    for key in first:
        if key in ("n", "days"):
            continue
        ours = statistics.median(r[key] for r in runs["ours"])
        line = f"{key:20} ours {ours * 1000:8.1f} ms"
        if "baseline" in runs:
            base = statistics.median(r[key] for r in runs["baseline"])
            line += f"   baseline {base * 1000:8.1f} ms   ours/baseline {ours / base:5.2f}"
        print(line)


if __name__ == "__main__":
    main()
