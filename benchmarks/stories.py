"""Time story clustering on synthetic days: 1k, 5k and 20k items, 1-5 outlets an event.

    python benchmarks/stories.py [--items 1000,5000,20000] [--add 100] [--seed 7] [--repeat 3]
                                 [--media 0.15] [--phases]

Prints, for each day size, the time to build the day's stories at once and to add
new items to them, the best and the median of --repeat runs, each starting with cold
word caches, the pair F1 of the stories against the events the items were made from,
and how many earlier items the candidate search looked at an item (which stays flat as
the day grows). Targets (one core): issue #16's, 5,000 items under 2 s and adding 100 under
200 ms; issue #19's, 5,000 under 0.6 s and 20,000 under 2 s (the figures printed beside
them). --phases adds, for each day size, where one more build spends its CPU time: reading
the items' words, the candidate search, scoring candidate pairs, the index's
bookkeeping, the reasons, the merge into stories. --media turns that share of the items into
media pages ("Video: ..." over a line of five words), which are judged by the words one story
alone holds, and wait for later reports when none does (stories/thin.py).
"""

from __future__ import annotations

import argparse
import gc
import random
import statistics
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta

from briefing.models import Item, Story
from briefing.stories import cluster, evidence, languages, postings, reading
from briefing.stories.build import StoryIndex, build_stories

_SYLLABLES = "ka ri to mu se na lo vi be da ze po gu fi ha ne jo ru sa ti ma lu de no"
_COMMON = """the government minister said on thursday that the country would increase support
for its economy and the region after talks with officials in the capital"""
SYLLABLES = _SYLLABLES.split()
COMMON = _COMMON.split()


def _vocabulary(rng: random.Random, size: int) -> list[str]:
    words: set[str] = set()
    while len(words) < size:
        words.add("".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))))
    return sorted(words)


def synthesise(count: int, seed: int, media: float = 0.0) -> list[Item]:
    """Items of one day: events with their own words, told by 1-5 outlets each; `media`: the
    share of them that are media pages of their event (a headline's first words over a line)."""
    rng = random.Random(seed)
    pages = random.Random(seed + 1)
    vocab = _vocabulary(rng, 30_000)
    places = [w.capitalize() for w in vocab[:300]]
    feeds = [f"Outlet {n}" for n in range(40)]
    start = datetime(2025, 10, 9, tzinfo=UTC)
    items: list[Item] = []
    event = 0
    while len(items) < count:
        words = rng.sample(vocab[300:], 14)
        names = [w.capitalize() for w in rng.sample(vocab[300:], 2)]
        place = rng.choice(places)
        hour = rng.uniform(0, 23)
        for outlet in rng.sample(feeds, rng.randint(1, 5)):
            told = rng.sample(words, 8) + rng.sample(vocab, 6) + rng.sample(COMMON, 6)
            rng.shuffle(told)
            title = " ".join([place, *told[:6]]).capitalize()
            text = (
                f"{place.upper()} ({outlet}). {names[0]} {names[1]} " + " ".join(told) + ".\n"
                f"{' '.join(rng.sample(words, 5) + rng.sample(vocab, 20))}."
            )
            if media and pages.random() < media:
                title = "Video: " + " ".join(title.split()[:5])
                text = f"Watch footage of {' '.join(pages.sample(told, 3))}."
            published = start + timedelta(hours=hour + rng.uniform(0, 1))
            key = f"{outlet}-{len(items)}"
            # The guid names the event, so that the clustering can be scored (_pair_f1).
            items.append(Item(outlet, f"e{event}/{key}", key, title, None, published, text))
            if len(items) == count:
                break
        event += 1
    return items


def _sizes(text: str) -> list[int]:
    """Day sizes as `--items` takes them: `1000,5000` or `1k,5k`."""
    try:
        return [
            int(part[:-1]) * 1000 if part.lower().endswith("k") else int(part)
            for part in (piece.strip() for piece in text.split(","))
        ]
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a list of sizes such as 1k,5000: {text!r}") from None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--items",
        type=_sizes,
        default="1k,5k,20k",
        help="day sizes, comma-separated, as 5000 or 5k (default 1k,5k,20k)",
    )
    parser.add_argument("--add", type=int, default=100)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--repeat", type=int, default=3, help="runs of each (default 3)")
    parser.add_argument(
        "--media",
        type=_share,
        default=0.0,
        help="share of the items that are media pages, 0 to 1 (default 0)",
    )
    parser.add_argument(
        "--phases", action="store_true", help="also print where a build spends its CPU time"
    )
    args = parser.parse_args()
    for size in args.items:
        _run(size, args.add, args.seed, args.repeat, args.media)
        if args.phases:
            _phases(size, args.seed, args.media)


def _share(text: str) -> float:
    """A share as --media takes it: a number from 0 to 1."""
    try:
        share = float(text)
    except ValueError:
        share = -1.0
    if not 0.0 <= share <= 1.0:
        raise argparse.ArgumentTypeError(f"not a share from 0 to 1: {text!r}")
    return share


_TARGETS = {5000: "< 2 s for #16, < 0.6 s for #19", 20000: "< 2 s for #19"}
"""Day size → the build times the issues ask of it (one core)."""


def _run(size: int, add: int, seed: int, repeat: int, media: float = 0.0) -> None:
    """Build a day of `size` items and add `add` more, `repeat` times; print the figures."""
    items = synthesise(size + add, seed, media)
    items.sort(key=lambda i: i.published)
    day, new = items[:size], items[size:]
    now = datetime(2025, 10, 10, tzinfo=UTC)

    builds: list[tuple[float, float]] = []
    adds: list[tuple[float, float]] = []
    looked_at = 0
    stories: tuple[Story, ...] = ()
    touched: list[str] = []
    for _ in range(max(1, repeat)):
        stories, touched = (), []
        _cold_caches()
        began, cpu = time.perf_counter(), time.process_time()
        stories = build_stories([(item, None) for item in day], now=now)
        builds.append((time.perf_counter() - began, time.process_time() - cpu))

        _cold_caches()
        index = StoryIndex([(item, None) for item in day])
        index.stories(now=now)
        # The candidate search's work (deterministic, unlike the times): flat when the
        # clustering is linear in the day.
        looked_at = index._clusterer.index.looked_at
        began, cpu = time.perf_counter(), time.process_time()
        touched = index.add([(item, None) for item in new])
        index.stories(now=now)
        adds.append((time.perf_counter() - began, time.process_time() - cpu))
        del index

    target = _TARGETS.get(size)
    print(
        f"build_stories: {len(day)} items -> {len(stories)} stories in {_figures(builds, 1, 's')}"
        + (f" (targets {target})" if target else "")
        + f", pair F1 {_pair_f1(stories):.3f} against the synthetic events; "
        f"{looked_at / len(day):.0f} earlier items looked at an item"
    )
    print(
        f"StoryIndex.add: {len(new)} items -> {len(touched)} stories touched, ranked again, "
        f"in {_figures(adds, 1000, 'ms')} (target < 200 ms)"
    )


_PHASES = (
    ("words", reading, "make_doc"),
    ("candidate search", postings.Postings, "probe"),
    ("pair scores", cluster.Clusterer, "_best_match"),
    ("index", postings.Postings, "add"),
    ("reasons", evidence.Evidence, "explain"),
    ("merge", StoryIndex, "stories"),
)
"""The phases of a build: a label, and the function whose calls are timed (see _phases)."""


def _phases(size: int, seed: int, media: float = 0.0) -> None:
    """Build the day once more with each phase's calls timed; print each one's CPU share."""
    items = sorted(synthesise(size, seed, media), key=lambda i: i.published)
    spent = dict.fromkeys([label for label, _, _ in _PHASES], 0.0)
    _cold_caches()
    with _timed(spent):
        began = time.process_time()
        build_stories([(item, None) for item in items], now=datetime(2025, 10, 10, tzinfo=UTC))
        total = time.process_time() - began
    rest = total - sum(spent.values())
    shares = ", ".join(f"{label} {cpu:.2f}" for label, cpu in [*spent.items(), ("other", rest)])
    print(f"  where {size} items' {total:.2f} s CPU go: {shares} s")


@contextmanager
def _timed(spent: dict[str, float]) -> Iterator[None]:
    """Wrap each phase's function with a CPU timer that adds up its calls in `spent`."""
    saved = [(owner, name, getattr(owner, name)) for _, owner, name in _PHASES]
    for (label, owner, name), (_, _, original) in zip(_PHASES, saved, strict=True):
        setattr(owner, name, _timer(original, label, spent))
    try:
        yield
    finally:
        for owner, name, original in saved:
            setattr(owner, name, original)


def _timer(
    original: Callable[..., object], label: str, spent: dict[str, float]
) -> Callable[..., object]:
    clock = time.process_time

    def timed(*args: object, **kwargs: object) -> object:
        began = clock()
        try:
            return original(*args, **kwargs)
        finally:
            spent[label] += clock() - began

    return timed


def _pair_f1(stories: tuple[Story, ...]) -> float:
    """Pair F1 of the stories against the events the items were made from."""
    event_of = {item.guid: item.guid.split("/")[0] for story in stories for item in story.items}
    sizes = Counter(event_of.values())
    gold = sum(n * (n - 1) // 2 for n in sizes.values())
    predicted = hits = 0
    for story in stories:
        predicted += len(story.items) * (len(story.items) - 1) // 2
        shared = Counter(event_of[item.guid] for item in story.items)
        hits += sum(n * (n - 1) // 2 for n in shared.values())
    if not hits:
        return 0.0
    precision, recall = hits / predicted, hits / gold
    return 2 * precision * recall / (precision + recall)


def _cold_caches() -> None:
    """Forget the words read so far and free the last run's objects, as in a fresh process."""
    languages.clear_caches()  # every language's words and stems, English's too
    gc.collect()


def _figures(runs: list[tuple[float, float]], scale: float, unit: str) -> str:
    """Best and median wall time, and the best CPU time, of the runs."""
    digits = 2 if unit == "s" else 0
    walls = [wall * scale for wall, _ in runs]
    cpu = min(cpu for _, cpu in runs) * scale
    return (
        f"{min(walls):.{digits}f} {unit} best, {statistics.median(walls):.{digits}f} {unit} median "
        f"of {len(runs)} (CPU {cpu:.{digits}f} {unit})"
    )


if __name__ == "__main__":
    main()
