"""Clustering a large day: an item's candidate search is bounded, and big stories still grow.

Each new item looks at only the latest LATEST holders of each rare token it holds, so
what it costs does not grow with the day (the speed itself is benchmarks/stories.py's).
The words here are made up from syllables, a seeded vocabulary of our own.
"""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

import pytest

from briefing.models import Item
from briefing.stories import postings
from briefing.stories.build import build_stories
from briefing.stories.cluster import Clusterer
from briefing.stories.postings import LATEST
from briefing.stories.signals import make_doc

T0 = datetime(2031, 6, 2, 0, 0, tzinfo=UTC)
SYLLABLES = ("ka", "ri", "to", "mu", "se", "na", "lo", "vi", "be", "da", "ze", "po", "gu", "fi")


def _vocabulary(size: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    words: set[str] = set()
    while len(words) < size:
        words.add("".join(rng.choice(SYLLABLES) for _ in range(rng.randint(3, 4))))
    return sorted(words)


def _item(number: int, words: list[str], minutes: float, feed: str = "Wire") -> Item:
    title = " ".join(words[:6]).capitalize()
    text = " ".join(words).capitalize() + ". " + " ".join(reversed(words)) + "."
    return Item(
        feed, f"{feed}/{number}", str(number), title, None, T0 + timedelta(minutes=minutes), text
    )


def _day(size: int) -> list[Item]:
    """`size` items, each of 10 words from a pool of 400: a larger day, more holders a word."""
    rng = random.Random(size)
    pool = _vocabulary(400, 1)
    return [_item(n, rng.sample(pool, 10), n) for n in range(size)]


def _looked_at_by_last(items: list[Item]) -> tuple[int, int]:
    """Earlier items the last item's candidate search looked at, and how many tokens it has."""
    clusterer = Clusterer()
    for item in items[:-1]:
        clusterer.add(item, None)
    before = clusterer.index.looked_at
    clusterer.add(items[-1], None)
    return clusterer.index.looked_at - before, len(clusterer.docs[-1].weights)


def test_an_items_candidate_search_does_not_grow_with_the_day() -> None:
    """With 1,000 items each pool word has about 25 holders (under the rare-token cap):
    the search looked at all of them on main, now at most the latest LATEST a token."""
    pool = _vocabulary(400, 1)
    last = _item(9999, pool[:10], 2000)
    small, tokens = _looked_at_by_last([*_day(100), last])
    large, same_tokens = _looked_at_by_last([*_day(1000), last])
    assert tokens == same_tokens == 10
    assert 0 < small <= large <= LATEST * tokens, (small, large)


def test_a_story_larger_than_the_latest_looked_at_still_takes_new_reports() -> None:
    """Twenty reports of one event among a busy day: the twenty-first joins them, though its
    words' older holders are past the latest LATEST (they are scored as the story's members)."""
    event = _vocabulary(30, 2)[:12]
    rng = random.Random(3)
    noise = _vocabulary(3000, 4)
    items = [_item(n, rng.sample(noise, 10), n * 0.5) for n in range(600)]
    for report in range(21):
        words = rng.sample(event, 9) + rng.sample(noise, 4)
        items.append(_item(1000 + report, words, 10 + report * 15, feed=f"Outlet {report}"))
    stories = build_stories([(item, None) for item in items], now=T0 + timedelta(days=1))
    sizes = sorted((len(story.items) for story in stories), reverse=True)
    (story,) = [s for s in stories if any(i.key == "1020" for i in s.items)]
    assert len(story.items) == 21, sizes


def test_a_candidates_score_counts_the_tokens_whose_holders_were_not_looked_at(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """An early item is found by a word only it holds; the word it shares with twenty later
    items is past the latest LATEST, yet its pair score counts that word, as a search that
    looks at every holder would."""
    words = _vocabulary(200, 5)
    early = _item(0, [words[0], words[1], *words[2:10]], 0)
    later = [_item(n, [words[1], *words[10 * n : 10 * n + 9]], n) for n in range(1, 21)]
    last = _item(99, [words[0], words[1], *words[190:198]], 30)

    def score() -> float:
        clusterer = Clusterer()
        for item in [early, *later]:
            clusterer.add(item, None)
        doc = make_doc(len(clusterer.docs), last, None, frozenset())
        probe = clusterer.index.probe(doc)
        assert 0 in probe.candidates
        return clusterer._pair(doc, probe, clusterer.docs[0])

    bounded = score()
    monkeypatch.setattr(postings, "LATEST", 10**9)
    every = score()
    assert bounded > 0
    assert bounded == pytest.approx(every, rel=1e-12)
