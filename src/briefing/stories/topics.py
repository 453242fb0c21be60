"""A feed's topic: the words most of its items hold (an alert's keyword, a desk's beat), which
say nothing of whether two of its items tell one event (see Clusterer._pair).

A word's count in a feed's items is read only when two of the feed's items share it and it
could be the topic, and then only over the items added since it was last read: counting every
word of every item as it came (a Counter a feed) was 3 % of a 5,000-item day's build, for the
few hundred words that two items of one feed ever share.
"""

from __future__ import annotations

from itertools import repeat
from operator import contains

from briefing.stories.postings import Postings
from briefing.stories.signals import Doc

TOPIC_SHARE = 0.6
TOPIC_ITEMS = 5
"""A word in this share of a feed's items, once it has brought this many, is the feed's
topic (see FeedTopics.shared)."""

_NONE: frozenset[str] = frozenset()


class FeedTopics:
    """Each feed's items so far, and the counts of the words of its topic looked at."""

    def __init__(self, index: Postings) -> None:
        self._index = index
        """The postings of every feed's items (a word's holders bound its count in a feed)."""
        self._items: dict[str, list[dict[str, float]]] = {}
        """Feed → its items' weights (their tokens), in the order they were added."""
        self._counts: dict[str, dict[str, tuple[int, int]]] = {}
        """Feed → a token → how many of its first so many items hold it, and so many."""

    def add(self, doc: Doc) -> None:
        """Count an item in its feed's (after its pairs are scored: see shared)."""
        self._items.setdefault(doc.item.feed, []).append(doc.weights)

    def shared(self, doc: Doc, other: Doc) -> frozenset[str]:
        """The words two items of one feed (the caller's test: two feeds' share no topic)
        share that TOPIC_SHARE of the feed's items hold, once it has TOPIC_ITEMS: its
        topic, which says nothing of whether the two tell one event. Counted over the
        feed's earlier items, so a story never changes later."""
        feed = doc.item.feed
        items = self._items.get(feed)
        if items is None or len(items) < TOPIC_ITEMS:
            return _NONE
        least = TOPIC_SHARE * len(items)
        held = self._index.holders
        counts = self._counts.setdefault(feed, {})
        topic = []
        for token in doc.weights.keys() & other.weights.keys():
            # No more of the feed's items hold a word than items of every feed do: most shared
            # words (the event's own) are too rare to be counted at all.
            if held(token) < least:
                continue
            count, read = counts.get(token, (0, 0))
            if read < len(items):
                # The items added since it was last counted, in C (map and sum).
                count += sum(map(contains, items[read:], repeat(token)))
                counts[token] = (count, len(items))
            if count >= least:
                topic.append(token)
        return frozenset(topic) if topic else _NONE
