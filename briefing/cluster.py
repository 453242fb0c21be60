"""Grouping items into events: pair scores and time-ordered clustering over an index.

Items are taken in publication order. Each one is compared with the earlier items
that share a rare token with it (an inverted index gives the candidates) and joins
the story of its best match when the score clears a threshold, else it founds a
story of its own. Token weights use document frequencies over the items seen so
far, so an item's story never changes when later items arrive: adding items in
publication order gives exactly the result of clustering them all at once.
"""

from __future__ import annotations

import functools
import heapq
import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import timedelta

from briefing.models import Item, Summary
from briefing.signals import Doc, is_copy, make_doc, quotes_match

WINDOW = timedelta(hours=36)
"""Two items further apart in time than this are never linked directly."""
THRESHOLD = 0.24
SECOND_SHARE = 0.5
"""Share of an item's second-best pair in a story that adds to its best (see _best_match)."""
"""Score an item needs against a story's item to join that story."""
CANDIDATES = 12
"""How many of the best pre-scored items are scored in full."""
RARE_SHARE = 0.05
"""Tokens in more than this share of the items seen (and more than 30) give no candidates."""
IDF_PRIOR = 20
"""Pseudo-items behind every document frequency (see Clusterer.idf)."""


@functools.lru_cache(maxsize=65536)
def _log1(count: int) -> float:
    return math.log(count + 1.0)


@dataclass
class Cluster:
    """A growing story: its members in the order they joined, with the reasons."""

    founder: int
    members: list[int] = field(default_factory=list)
    why: list[str] = field(default_factory=list)


class Clusterer:
    """Time-ordered, incremental clustering of items over an inverted index."""

    def __init__(self, stop_words: Iterable[str] = ()) -> None:
        self.docs: list[Doc] = []
        self.clusters: list[Cluster] = []
        self.cluster_of: list[int] = []
        self.seen: dict[tuple[str, str], int] = {}
        self._df: dict[str, int] = {}
        self._postings: dict[str, list[tuple[int, float, float]]] = {}
        """Token → (item index, token weight, timestamp) of the items holding it, in order."""
        self._stop = frozenset(w.lower() for w in stop_words)
        self._log_seen = math.log(IDF_PRIOR)

    def idf(self, token: str) -> float:
        """Inverse document frequency over the items seen so far, with a prior.

        The prior (IDF_PRIOR pseudo-items in which each token occurs once) keeps a
        token two early items share from looking commoner than it is: with few items
        seen, plain frequencies make every shared token look common.
        """
        return self._log_seen - _log1(self._df.get(token, 0))

    def _norm(self, doc: Doc) -> float:
        """Length of an item's weighted vector, refreshed as the window grows by half.

        Recomputing every candidate's length for every new item would cost most of the
        run; the schedule depends only on how many items were seen, so results stay the
        same whichever way the items were handed in.
        """
        seen = len(self.docs)
        if doc.norm_at < 0 or seen > doc.norm_at * 1.5 + 20:
            total = sum((w * self.idf(t)) ** 2 for t, w in doc.weights.items())
            doc.norm, doc.norm_at = math.sqrt(total) or 1.0, seen
        return doc.norm

    def add(self, item: Item, summary: Summary | None) -> int:
        """Cluster one item (later than those before it); returns its cluster's index."""
        known = self.seen.get((item.feed, item.key))
        if known is not None:
            return self.cluster_of[known]
        # An outlet's name in its own datelines and footers says nothing about the event.
        names = f"{item.feed} {summary.source if summary is not None else ''}"
        stop = self._stop | {w.lower() for w in re.findall(r"[^\W_]+", names)}
        doc = make_doc(len(self.docs), item, summary, stop)
        best, best_score = self._best_match(doc)
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
        self.docs.append(doc)
        self.cluster_of.append(target)
        self.seen[(item.feed, item.key)] = doc.index
        entry_time = doc.timestamp
        for token, weight in doc.weights.items():
            self._df[token] = self._df.get(token, 0) + 1
            self._postings.setdefault(token, []).append((doc.index, weight, entry_time))
        self._log_seen = math.log(len(self.docs) + IDF_PRIOR)
        return target

    def _candidates(self, doc: Doc, idf: Mapping[str, float]) -> list[int]:
        """Earlier items in the window sharing rare tokens, best pre-scores first."""
        cap = max(30, int(RARE_SHARE * len(self.docs)))
        earliest = doc.timestamp - WINDOW.total_seconds()
        latest = doc.timestamp + WINDOW.total_seconds()
        acc: dict[int, float] = {}
        get = acc.get
        for token, weight in doc.weights.items():
            posting = self._postings.get(token)
            if not posting or len(posting) > cap:
                continue
            w = weight * idf[token] ** 2
            for other, other_weight, when in reversed(posting):
                if earliest <= when <= latest:
                    acc[other] = get(other, 0.0) + w * other_weight
        # Ties keep the order items were met in, which depends only on the input.
        return heapq.nlargest(CANDIDATES, acc, key=acc.__getitem__)

    def _best_match(self, doc: Doc) -> tuple[int | None, float]:
        """Find the story the item fits best: its best pair plus half its second best.

        A report often matches each earlier report of its story a little, on different
        details; the second-best pair in the same story adds that evidence.
        """
        idf = {token: self.idf(token) for token in doc.weights}
        doc_norm = math.sqrt(sum((w * idf[t]) ** 2 for t, w in doc.weights.items())) or 1.0
        pairs: dict[int, list[tuple[float, int]]] = {}
        for other_index in self._candidates(doc, idf):
            value = self.score(doc, self.docs[other_index], idf, doc_norm)
            if value > 0:
                pairs.setdefault(self.cluster_of[other_index], []).append((value, other_index))
        best: int | None = None
        best_score = 0.0
        for cluster_index in sorted(pairs):
            ranked = sorted(pairs[cluster_index], key=lambda p: (-p[0], p[1]))
            total = ranked[0][0] + (SECOND_SHARE * ranked[1][0] if len(ranked) > 1 else 0.0)
            if total > best_score:
                best, best_score = ranked[0][1], total
        if best is None or best_score < THRESHOLD:
            return None, 0.0
        return best, best_score

    def score(
        self,
        doc: Doc,
        other: Doc,
        idf: Mapping[str, float] | None = None,
        doc_norm: float | None = None,
    ) -> float:
        """Score how likely two items report one event (0 when too far apart in time).

        Args:
            doc: the new item.
            other: an earlier item.
            idf: the new item's token weights, when the caller has them.
            doc_norm: the new item's vector length, when the caller has it.
        """
        hours = abs(doc.timestamp - other.timestamp) / 3600
        limit = WINDOW.total_seconds() / 3600
        if hours > limit:
            return 0.0
        if idf is None:
            idf = {token: self.idf(token) for token in doc.weights}
        other_weights = other.weights
        dot = 0.0
        for token, weight in doc.weights.items():
            if token in other_weights:
                dot += weight * other_weights[token] * idf[token] ** 2
        value = dot / ((doc_norm or self._norm(doc)) * self._norm(other))
        # Near-copies share most words, so only a high cosine needs the shingle check.
        if value >= 0.3 and is_copy(doc, other):
            return 1.0
        if doc.quotes and other.quotes:
            same_quotes = sum(any(quotes_match(q, o) for o in other.quotes) for q in doc.quotes)
            value += min(0.35, 0.25 * same_quotes)
        if doc.figures and other.figures:
            value += min(0.16, 0.08 * len(doc.figures & other.figures))
        if doc.names and other.names:
            value += min(0.08, 0.04 * len(doc.names & other.names))
        if doc.dateline and doc.dateline == other.dateline:
            value += 0.03
        return value * (1.0 - 0.25 * hours / limit)

    def explain(self, doc: Doc, other: Doc) -> str:
        """Say in a line what two items share: a copied text, quotes, figures, words."""
        title = other.item.title
        if is_copy(doc, other):
            return f"copy of {title!r}"
        reasons: list[str] = []
        shared = [t for t in doc.weights if t in other.weights]
        shared.sort(key=lambda t: (-doc.weights[t] * other.weights[t] * self.idf(t) ** 2, t))
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
