"""Items → stories: cluster, merge quotes and figures and flag disagreements (merge.py), rank."""

from __future__ import annotations

import gc
import hashlib
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import datetime
from itertools import chain

from briefing.models import Feed, Item, Story, Summary
from briefing.stories.boilerplate import name_words, shown_title
from briefing.stories.cluster import Clusterer
from briefing.stories.copies import is_copy
from briefing.stories.merge import merge_figures, merge_quotes
from briefing.stories.signals import Doc, split_dateline
from briefing.stories.story import Cluster
from briefing.stories.words import stem

Entry = tuple[Item, Summary | None]
"""An item with its summary (None when it has not been summarised)."""

MIN_LEAD = 60
"""A lead shorter than this (characters) is a weak choice for the story's lead."""
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z“\"])")
_TITLE_WORD = re.compile(r"[^\W_]+")  # compiled: re.findall(str) asks re's cache each call


def story_id(item: Item) -> str:
    """The stable id of the story an item founded."""
    return hashlib.sha1(f"{item.feed}\n{item.key}".encode()).hexdigest()[:16]


def build_stories(
    entries: Sequence[Entry],
    *,
    feeds: Mapping[str, Feed] | None = None,
    now: datetime,
    since: datetime | None = None,
) -> tuple[Story, ...]:
    """Cluster the entries into stories, merge quotes and figures, flag disagreements, rank.

    Args:
        entries: items with their summaries, in any order.
        feeds: the configured feeds by name, for ranking weights and tags.
        now: the current time; items dated after it rank as if published now.
        since: show only items published at or after it. Earlier entries are context:
            an event followed across days is one story, which keeps the id its first
            item gave it and shows the items since; stories without any are left out.

    Returns:
        The stories, most widely carried first, then most recent.
    """
    return StoryIndex(entries, feeds=feeds).stories(now=now, since=since)


class StoryIndex:
    """Stories of a time window that grow as new items arrive.

    Items are clustered in publication order, and an item's story is settled when it is
    added, so adding items later in time gives exactly what building from all of them
    would; an item older than those already indexed joins as if it were the newest.
    """

    def __init__(self, entries: Iterable[Entry] = (), *, feeds: Mapping[str, Feed] | None = None):
        self._feeds: dict[str, Feed] = dict(feeds or {})
        # Other outlets credit a wire by its name ("Reuters reported"): a name of one word is
        # no word of any event. The words of longer names are ("Japan" of "The Japan Times"),
        # and an item's own outlet is taken out where its copy names it (see OutletNames).
        stop = (words[0] for name in self._feeds if len(words := name_words(name)) == 1)
        self._clusterer = Clusterer(stop_words=stop)
        self._cache: dict[int, tuple[int, Story, float]] = {}
        """Cluster index → its size when merged, its story and the story's ranking weight."""
        self._ids: list[str] = []
        """Cluster index → its story's id (see story_id)."""
        self.add(entries)

    def add(self, entries: Iterable[Entry]) -> list[str]:
        """Cluster new entries; returns the ids of the stories they joined or founded."""
        ordered = sorted(entries, key=lambda e: (e[0].published, e[0].feed, e[0].key, e[0].guid))
        touched: dict[str, None] = {}
        clusterer, ids = self._clusterer, self._ids
        with _collector_paused():
            for item, summary in ordered:
                cluster = clusterer.add(item, summary)
                if cluster == len(ids):  # a new story: its founder is this item
                    ids.append(story_id(item))
                touched[ids[cluster]] = None
        return list(touched)

    def __len__(self) -> int:
        return len(self._clusterer.docs)

    def stories(self, *, now: datetime, since: datetime | None = None) -> tuple[Story, ...]:
        """Every story, merged and ranked (see build_stories)."""
        built = []
        weights: dict[str, float] = {}
        for index, cluster in enumerate(self._clusterer.clusters):
            if not cluster.members:  # its one item was taken into a story it fits
                continue
            if since is not None:
                shown = self._merge(index, cluster, since)
                if shown is None:
                    continue
                built.append(shown[0])
                weights[shown[0].id] = shown[1]
                continue
            cached = self._cache.get(index)
            if cached is None or cached[0] != len(cluster.members):
                merged = self._merge(index, cluster)
                if merged is None:  # never: with every item shown, a story has all of its
                    continue
                cached = (len(cluster.members), *merged)
                self._cache[index] = cached
            built.append(cached[1])
            weights[cached[1].id] = cached[2]

        def rank(story: Story) -> tuple[float, float, str]:
            latest = min(story.published, now) if story.published.tzinfo else story.published
            return (-round(weights[story.id], 6), -latest.timestamp(), story.id)

        return tuple(sorted(built, key=rank))

    def _weight(self, independent: Iterable[str]) -> float:
        """Independent outlets, each counted with its feed's weight."""
        total = 0.0
        for feed in sorted(independent):
            config = self._feeds.get(feed)
            total += config.weight if config is not None else 1.0
        return total

    def _merge(
        self, index: int, cluster: Cluster, since: datetime | None = None
    ) -> tuple[Story, float] | None:
        """Cluster `index`'s story of the items since `since`, its ranking weight (None: none)."""
        docs = [self._clusterer.docs[i] for i in cluster.members]
        # The reasons are those of the members after the founder, in order.
        why = dict(zip(cluster.members[1:], cluster.why, strict=True))
        if since is not None:
            docs = [d for d in docs if d.item.published >= since]
            if not docs:
                return None
        independent = _independent_feeds(docs)
        if len(docs) == 1:  # most stories: nothing to choose between
            best = headline = docs[0]
        else:
            shared = _token_counts(docs)
            best = max(docs, key=lambda d: _source_rank(d, shared))
            headline = max(docs, key=lambda d: _title_rank(d, shared))
        ordered = [best, *sorted((d for d in docs if d is not best), key=_time_order)]
        summary = best.summary
        quotes, quote_sources = merge_quotes(ordered)
        figures, figure_sources, disagreements = merge_figures(ordered)
        tags: dict[str, None] = {}
        for doc in ordered:
            feed = self._feeds.get(doc.item.feed)
            for tag in feed.tags if feed is not None else ():
                tags[tag] = None
        story = Story(
            id=self._ids[index],
            title=shown_title(headline.item.title),
            lead=summary.lead if summary is not None and summary.lead else _first_sentence(best),
            dateline=summary.dateline if summary is not None else best.dateline,
            source=summary.source if summary is not None else None,
            quotes=quotes,
            figures=figures,
            items=tuple(d.item for d in ordered),
            tags=tuple(tags),
            disagreements=disagreements,
            why=tuple(why[d.index] for d in docs if d.index in why),
            outlets=len(independent),
            quote_sources=quote_sources,
            figure_sources=figure_sources,
        )
        return story, self._weight(independent)


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Hold off Python's cycle collector while a batch of items is clustered.

    Clustering a day allocates a few objects per word and item, all long-lived and
    free of reference cycles; the collector would otherwise walk every live object
    again and again as they pile up (a tenth of the time on a 5,000-item day, more
    in a process that holds much else). Cycles made meanwhile are collected after.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        # Move what the batch made straight to the oldest generation (freeze, then
        # unfreeze), rather than have the next young collections walk all of it.
        gc.freeze()
        gc.unfreeze()
        if enabled:
            gc.enable()


def _time_order(doc: Doc) -> tuple[datetime, str, str]:
    return (doc.item.published, doc.item.feed, doc.item.key)


def _independent_feeds(docs: Sequence[Doc]) -> set[str]:
    """Feeds that reported the story themselves; a syndicated copy counts for its original.

    Each report is compared with the first report of every other feed only, so a
    running story of hundreds of items costs reports x outlets, not reports squared.
    """
    ordered = sorted(docs, key=_time_order)
    first_of: dict[str, Doc] = {}
    origin_of: dict[str, str] = {}
    independent: set[str] = set()
    for doc in ordered:
        feed = doc.item.feed
        if feed in first_of:
            continue
        first_of[feed] = doc
        origin = feed
        for other_feed, other in first_of.items():
            if other_feed != feed and is_copy(doc, other):
                origin = origin_of[other_feed]
                break
        origin_of[feed] = origin
        independent.add(origin)
    return independent


def _token_counts(docs: Sequence[Doc]) -> Counter[str]:
    """How many of the story's reports hold each token."""
    return Counter(chain.from_iterable(doc.weights for doc in docs))


def _title_words(doc: Doc) -> list[str]:
    return list(map(stem, map(str.lower, _TITLE_WORD.findall(doc.item.title))))


def _title_rank(doc: Doc, shared: Mapping[str, int]) -> tuple[bool, int, int, float, str, str]:
    """The most informative title: a report's before a labelled comment's, then most words the
    story's other reports share, then longer."""
    words = {w for w in _title_words(doc) if w in doc.weights}
    # Every title word counted is one of the report's tokens, so it is in `shared`.
    central = sum(map(shared.__getitem__, words)) - len(words)
    return (not doc.commentary, central, len(words), -doc.timestamp, doc.item.feed, doc.item.key)


def _source_rank(
    doc: Doc, shared: Mapping[str, int]
) -> tuple[bool, bool, bool, bool, int, float, str]:
    """The best source: a report (not a labelled comment) with a dateline and a long-enough
    lead, original, central, early."""
    summary = doc.summary
    has_dateline = summary is not None and summary.dateline is not None
    long_lead = summary is not None and len(summary.lead) >= MIN_LEAD
    central = sum(map(shared.__getitem__, doc.weights)) - len(doc.weights)
    report = not doc.commentary
    return (
        report,
        has_dateline,
        long_lead,
        not doc.copy_mark,
        central,
        -doc.timestamp,
        doc.item.feed,
    )


def _first_sentence(doc: Doc) -> str:
    """The lead of an item without a summary: its first sentence after the dateline."""
    first = split_dateline(doc.item.text.strip().split("\n", 1)[0])[1]
    return _SENTENCE_END.split(first, maxsplit=1)[0].strip() or doc.item.title
