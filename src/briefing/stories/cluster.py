"""Grouping items into events: pair scores and time-ordered clustering over an index.

Items are taken in publication order. Each one is compared with the earlier items
that share a rare token with it (an inverted index gives the candidates) and joins
the story of its best match when the score clears a threshold, else it founds a
story of its own. Token weights use document frequencies over the items seen so
far, so an item's story never changes when later items arrive: adding items in
publication order gives exactly the result of clustering them all at once.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field

from briefing.extract.furniture import article_only
from briefing.models import Item, Summary
from briefing.stories.boilerplate import Boilerplate
from briefing.stories.dates import days_apart
from briefing.stories.postings import WINDOW_SECONDS, Postings, Probe
from briefing.stories.signals import (
    LEAD_WEIGHT,
    Doc,
    fold,
    is_copy,
    make_doc,
    quotes_match,
    subject_name,
)

THRESHOLD = 0.2
"""Score an item needs against a story's item to join that story (two items of one feed
need THRESHOLD / SAME_FEED, 0.25)."""
TITLE_WORDS = 0.05
"""Added for each headline word two headlines share beyond the first (two at most)."""
TIME_DISCOUNT = 0.25
"""Share of a pair's score lost when the items are WINDOW apart (less when closer)."""
SECOND_SHARE = 0.5
"""Share of an item's second-best pair in a story that adds to its best (see _best_match)."""
NAMES_ALONE = 8 * 3600.0
"""Seconds apart beyond which two items must share more than names (see _evidence)."""
NAMES_ONLY_MAX = 0.48
"""Score below which items further apart than NAMES_ALONE that share little but names
count nothing (see _evidence)."""
CONTENT_MIN = 0.08
"""Cosine over words other than names that items further apart than NAMES_ALONE need."""
LINK_MIN = 0.08
"""Pair score with a member that counts as a link: an item joins a story of two or more
members only through links to two of them (see _coheres)."""
CENTROID_MIN = 0.17
"""Score an item needs against a story as a whole (see _coheres) to join it."""
WEEKDAY_CLASH = 0.5
"""Share of a pair's score kept when items published within NAMES_ALONE of each other
give different days of the week for their events (see _evidence)."""
FILED_APART = 2
"""Days between the dates two datelines file their copy on beyond which the items report
two events, whenever they were published (a strike and its end; a follow-up of a running
event is filed a day or two later)."""
DATE_CLASH = 0.3
"""Share of a pair's (and a story's) score kept when their datelines are FILED_APART apart."""
TITLE_NAME = 0.15
"""Added when both headlines name one rare name and the texts share a word besides
names (see _title_name)."""
NAME_CLASH = 0.3
"""Share of a pair's cosine kept when each headline names someone or something rare the
other item never mentions (see _evidence)."""
SAME_FEED = 0.8
"""Share of a pair's score kept when both items come from one feed: a feed's items share
its beat, names and formulas (a podcast's hosts, a site's deals), and one event is
mostly one report a feed; across the 117 real feeds of ../shared, same-feed pairs were
most of the joins of different events."""
RARE_NAME = 0.5
"""A name is rare when its IDF is at least this share of the largest IDF (a token no
item holds): held by fewer than about the square root of the items seen."""


@dataclass
class Cluster:
    """A growing story: its members in the order they joined, with the reasons."""

    founder: int
    members: list[int] = field(default_factory=list)
    why: list[str] = field(default_factory=list)
    cohesion: float = 0.0
    """Sum of the pair scores over every ordered pair of members, each with itself (1)."""
    weekdays: dict[str, float] = field(default_factory=dict)
    """Day of the week its members' leads give (see Doc.weekdays) → the latest such
    member's publication time."""
    filed: set[int] = field(default_factory=set)
    """The days of the year its members' datelines file them on (see Doc.filed)."""


class Clusterer:
    """Time-ordered, incremental clustering of items over an inverted index."""

    def __init__(self, stop_words: Iterable[str] = ()) -> None:
        self.docs: list[Doc] = []
        self.clusters: list[Cluster] = []
        self.cluster_of: list[int] = []
        self.seen: dict[tuple[str, str], int] = {}
        self._stop = frozenset(fold(w.lower()) for w in stop_words)
        self._outlet_stop: dict[str, frozenset[str]] = {}
        self._boilerplate = Boilerplate()
        """Outlet and source names → the stop words for their items."""
        self.index = Postings(self.docs)
        """The inverted index over the items' tokens."""

    def add(self, item: Item, summary: Summary | None) -> int:
        """Cluster one item (later than those before it); returns its cluster's index."""
        known = self.seen.get((item.feed, item.key))
        if known is not None:
            return self.cluster_of[known]
        # An outlet's name in its own datelines and footers says nothing about the event.
        names = f"{item.feed} {summary.source if summary is not None else ''}"
        stop = self._outlet_stop.get(names)
        if stop is None:
            stop = self._stop | {fold(w.lower()) for w in re.findall(r"[^\W_]+", names)}
            self._outlet_stop[names] = stop
        boilerplate = self._boilerplate
        # Links to other stories ("Related: ...", "Read more: ...") and captions are
        # another event's words.
        doc = make_doc(
            len(self.docs),
            item,
            summary,
            stop,
            article_only(boilerplate.own_text(item)),
            boilerplate.headline(item),
        )
        probe = self.index.probe(doc)
        best, best_score, support = None, 0.0, 0.0
        if not doc.thin:
            best, best_score, support = self._best_match(doc, probe)
        if best is None:
            cluster = Cluster(founder=doc.index)
            self.clusters.append(cluster)
            target = len(self.clusters) - 1
        else:
            target = self.cluster_of[best]
            cluster = self.clusters[target]
            reason = self.explain(doc, self.docs[best])
            cluster.why.append(f"{item.feed}: {reason} (score {best_score:.2f})")
        cluster.members.append(doc.index)
        for day in doc.weekdays:
            cluster.weekdays[day] = doc.timestamp
        if doc.filed is not None:
            cluster.filed.add(doc.filed)
        cluster.cohesion += 1.0 + 2.0 * support
        self.docs.append(doc)
        self.cluster_of.append(target)
        self.seen[(item.feed, item.key)] = doc.index
        self.index.add(doc, probe.held)
        return target

    def _best_match(self, doc: Doc, probe: Probe) -> tuple[int | None, float, float]:
        """Find the story the item fits best: its best pair plus half its second best.

        A report often matches each earlier report of its story a little, on different
        details; the second-best pair in the same story adds that evidence. The story
        must also hold together with the item (see _coheres), so a chain of pairs does
        not join items that share nothing.

        Returns:
            The best matching earlier item (None: the item founds a story), the score,
            and the sum of the item's pair scores with the story's members.
        """
        docs, cluster_of = self.docs, self.cluster_of
        # Cluster → its best pair's score and item, and its second-best pair's score.
        tops: dict[int, tuple[float, int, float]] = {}
        values: dict[int, float] = {}
        for other_index in probe.candidates:
            other = docs[other_index]
            if other.thin:
                continue
            value = values[other_index] = self._pair(doc, probe, other)
            if value <= 0:
                continue
            cluster_index = cluster_of[other_index]
            top = tops.get(cluster_index)
            if top is None:
                tops[cluster_index] = (value, other_index, 0.0)
            elif (value, -other_index) > (top[0], -top[1]):
                tops[cluster_index] = (value, other_index, top[0])
            elif value > top[2]:
                tops[cluster_index] = (top[0], top[1], value)
        ranked = sorted(
            (
                (first + SECOND_SHARE * second, first_index, cluster_index)
                for cluster_index, (first, first_index, second) in tops.items()
            ),
            key=lambda entry: (-entry[0], entry[2]),
        )
        if doc.weekdays or doc.filed is not None:
            # A story whose reports date it to another day is another event: the
            # pairs with members that give no day do not say so (see _evidence).
            ranked = sorted(
                (
                    (total * self._day_share(doc, self.clusters[where]), first, where)
                    for total, first, where in ranked
                ),
                key=lambda entry: (-entry[0], entry[2]),
            )
        for total, first_index, cluster_index in ranked:
            if total < THRESHOLD:
                break
            support = self._coheres(doc, probe, self.clusters[cluster_index], values)
            if support is not None:
                return first_index, total, support
        return None, 0.0, 0.0

    def _pair(self, doc: Doc, probe: Probe, other: Doc) -> float:
        """The pair score of the new item with an earlier one (see _evidence)."""
        # The dot products in the probe lack only the tokens of `rest` (see Probe).
        index, other_weights = other.index, other.weights
        dot = probe.partial.get(index, 0.0)
        for token, w, first_seen in probe.rest:
            if index >= first_seen:
                break
            weight = other_weights.get(token)
            if weight is not None:
                dot += w * weight
        norm = other.norm if len(self.docs) <= other.norm_until else self.index.norm(other)
        norms = probe.norm * norm
        content = 1.0
        # Only pairs further apart than NAMES_ALONE need the words besides names.
        if abs(doc.timestamp - other.timestamp) > NAMES_ALONE:
            names = 0.0
            for token in doc.name_tokens | (other.name_tokens & doc.weights.keys()):
                weight = other_weights.get(token)
                if weight is not None:
                    idf = self.index.idf(token)
                    names += doc.weights[token] * weight * idf * idf
            content = (dot - names) / norms
        return self._evidence(doc, other, dot / norms, content)

    @staticmethod
    def _day_share(doc: Doc, cluster: Cluster) -> float:
        """DATE_CLASH when the story's datelines all file on dates FILED_APART from the
        item's; else WEEKDAY_CLASH when its recent reports give only other days of the
        week than the item, unless the item is filed on a day none of them is."""
        filed = doc.filed
        if filed is not None and cluster.filed:
            if all(days_apart(filed, day) > FILED_APART for day in cluster.filed):
                return DATE_CLASH
            if filed not in cluster.filed:
                return 1.0
        recent = [
            day
            for day, when in cluster.weekdays.items()
            if abs(doc.timestamp - when) <= NAMES_ALONE
        ]
        return WEEKDAY_CLASH if recent and doc.weekdays.isdisjoint(recent) else 1.0

    def _coheres(
        self, doc: Doc, probe: Probe, cluster: Cluster, values: dict[int, float]
    ) -> float | None:
        """The item's summed pair scores with a story's members, if it fits the whole story.

        The item's score against the story's centroid, taking each pair score as a
        cosine, is that sum over the root of the story's cohesion: an item that matches
        one member of a story whose other members it shares nothing with scores low.
        Members that share no rare token with the item count as 0 (not scored).
        """
        docs, when, partial, unseen = self.docs, doc.timestamp, probe.partial, probe.unseen
        support = 0.0
        links = 0
        for member in cluster.members:
            value = values.get(member)
            if value is None:
                other = docs[member]
                if other.thin or abs(when - other.timestamp) > WINDOW_SECONDS:
                    continue
                # Members that hold a rare token past the latest looked at count too.
                if member not in partial and (
                    not unseen or other.weights.keys().isdisjoint(unseen)
                ):
                    continue
                value = values[member] = self._pair(doc, probe, other)
            support += min(1.0, max(0.0, value))
            links += value >= LINK_MIN
        if len(cluster.members) == 1:
            return support
        if links < 2 or support < CENTROID_MIN * math.sqrt(cluster.cohesion):
            return None
        return support

    def _evidence(self, doc: Doc, other: Doc, cosine: float, content: float) -> float:
        """Add what the pair shares besides words to their cosine, discounted by time apart.

        `content` is the cosine over words other than names: items hours apart that
        share only names (a country, its leader) report different events of one topic.
        """
        apart = abs(doc.timestamp - other.timestamp)
        if apart > WINDOW_SECONDS:
            return 0.0
        # A feed's teasers share its vocabulary (a site's "Best smart lock" and "Best smart
        # home system", a podcast's episodes): a teaser joins other outlets' reports only.
        if (doc.teaser or other.teaser) and doc.item.feed == other.item.feed:
            return 0.0
        value = cosine
        # Near-copies share most words, so only a high cosine needs the shingle check.
        if value >= 0.3 and is_copy(doc, other):
            return 1.0
        # Each headline about someone the other item never names (a central bank
        # of one country, another's; a firm's bond issue, another's): one topic, two
        # events. Only rare names tell: a day's common names (a president, the White
        # House) are written or left out as the outlet likes. Shared quotes and figures
        # below still count in full.
        clash = (
            bool(doc.key_names and other.key_names)
            and self._names_a_stranger(doc, other.weights)
            and self._names_a_stranger(other, doc.weights)
        )
        if clash:
            value *= NAME_CLASH
        if doc.quotes and other.quotes:
            same_quotes = sum(any(quotes_match(q, o) for o in other.quotes) for q in doc.quotes)
            value += min(0.35, 0.25 * same_quotes)
        if doc.figures and other.figures:
            value += min(0.16, 0.08 * len(doc.figures & other.figures))
        if doc.names and other.names:
            value += min(0.08, 0.04 * len(doc.names & other.names))
        if doc.dateline and doc.dateline == other.dateline:
            value += 0.03
        # Headlines that share several words (the actor, the act, the figure) tell one
        # event in other words; one shared word is mostly who or where.
        in_titles = doc.title_tokens & other.title_tokens
        if len(in_titles) > 1 and not clash:
            value += TITLE_WORDS * min(2, len(in_titles) - 1)
        if apart > NAMES_ALONE and content < CONTENT_MIN and value < NAMES_ONLY_MAX:
            return 0.0
        # After the test above: a name in both headlines is no evidence that items
        # hours apart, sharing little but names, report one event.
        if in_titles:
            value += self._title_name(doc, other, in_titles)
        # Items of one day whose leads date things to no day in common ("on Wednesday",
        # "on Thursday") tell two events of one topic: a peace offer and the next day's
        # parade. Further apart, a follow-up's day differs from the first report's as a
        # matter of course.
        # Datelines filed days apart report two events, whatever the publication times;
        # filed a day or two apart, their days of the week differ as a matter of course.
        ours, theirs = doc.weekdays, other.weekdays
        filed, other_filed = doc.filed, other.filed
        if filed is not None and other_filed is not None and filed != other_filed:
            if days_apart(filed, other_filed) > FILED_APART:
                value *= DATE_CLASH
        elif ours and theirs and apart <= NAMES_ALONE and ours.isdisjoint(theirs):
            value *= WEEKDAY_CLASH
        if doc.item.feed == other.item.feed:
            value *= SAME_FEED
        return value * (1.0 - TIME_DISCOUNT * apart / WINDOW_SECONDS)

    def _names_a_stranger(self, doc: Doc, words: AbstractSet[str] | dict[str, float]) -> bool:
        """Whether the item's headline names someone rare the other item's `words` lack."""
        rarity = self.index.rarity
        return any(t not in words and rarity(t) >= RARE_NAME for t in doc.key_names)

    def _title_name(self, doc: Doc, other: Doc, in_titles: AbstractSet[str]) -> float:
        """TITLE_NAME when both headlines name a rare name and the texts share more.

        Outlets that tell one event in their own words still name its subject in the
        headline (a coin, a chipmaker, a product): a rare name in both headlines says
        much more than its weight in two long texts does. A name is a word written
        with a capital inside a sentence and never in lower case in either item ("Gas"
        in a firm's name is not one when the texts speak of gas), nor as a place: a
        town's strike and its march of the next day share where, not what happened.
        A name alone is who, not what happened either, so the headlines or leads must
        also share a word that is not a name: the act, the object, a figure.
        """
        ours_names, their_names = doc.name_tokens, other.name_tokens
        if not any(
            (token in ours_names or token in their_names)
            and self.index.rarity(token) >= RARE_NAME
            and subject_name(doc, token)
            and subject_name(other, token)
            for token in in_titles
        ):
            return 0.0
        ours = doc.weights
        for token, weight in other.weights.items():
            mine = ours.get(token)
            if (
                mine is not None
                and max(mine, weight) >= LEAD_WEIGHT
                and token not in ours_names
                and token not in their_names
            ):
                return TITLE_NAME
        return 0.0

    def explain(self, doc: Doc, other: Doc) -> str:
        """Say in a line what two items share: a copied text, quotes, figures, words."""
        title = other.item.title
        if is_copy(doc, other):
            return f"copy of {title!r}"
        reasons: list[str] = []
        shared = [t for t in doc.weights if t in other.weights]
        shared.sort(key=lambda t: (-doc.weights[t] * other.weights[t] * self.index.idf(t) ** 2, t))
        if shared:
            reasons.append("words " + ", ".join(doc.surface[t] for t in shared[:4]))
        quotes = [q for q in doc.quotes if any(quotes_match(q, o) for o in other.quotes)]
        if quotes:
            reasons.append(f"quote “{quotes[0]}”")
        figures = doc.figures & other.figures
        if figures:
            reasons.append(f"{len(figures)} figure(s)")
        names = sorted(doc.names & other.names)
        if names:
            reasons.append("names " + ", ".join(names[:3]))
        return f"{'; '.join(reasons)} shared with {title!r}"
