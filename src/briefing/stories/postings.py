"""The inverted index behind story clustering: which items hold each token, and their IDF.

Token weights use document frequencies over the items seen so far, so that an item's
weights, once it is clustered, never depend on the items after it. A new item's
candidate matches are the earlier items in the window that hold one of its rare
tokens; only the latest holders of each are looked at, so what an item costs does not
grow with the day.
"""

from __future__ import annotations

import math
import sys
from dataclasses import dataclass
from datetime import timedelta
from operator import itemgetter
from typing import cast

from briefing.stories.signals import Doc

WINDOW = timedelta(hours=36)
"""Two items further apart in time than this are never linked directly."""
WINDOW_SECONDS = WINDOW.total_seconds()
CANDIDATES = 8
"""How many of the best pre-scored items are scored in full. 8 rather than 12: every labelled
set's stories the same one day at a time and at their own times, PolNeAR's squashed into one
day better (pair P 0.136 -> 0.155, F1 0.140 -> 0.148: a heavy day's weaker candidates are
mostly a topic's other events), the second blind set's squashed a little worse (0.663 ->
0.649), a 5,000-item day's build 6 to 12 % quicker; 6 loses on the blind sets' days."""
RARE_SHARE = 0.05
"""Tokens in more than this share of the items seen (and more than 30) give no candidates."""
RARE_MOST = 250
"""...and tokens in more than this many items never do, however large the day (5 % of a
20,000-item day would let a token of 1,000 items give candidates)."""
LATEST = 3
"""Of a rare token's holders in the window, only the latest this many are looked at for
candidates (the others still count in a story's fit, see Clusterer._coheres). Without it what grows
with the day is how many items hold each rarer word: on the benchmark's synthetic day an
item looked at 204 earlier items at 5,000 items a day, 564 at 20,000 (linear in the day,
so the day quadratic); with it, at most LATEST a token, whatever the day's size. A report's
earlier reports are recent and share several of its tokens, so they stay candidates. 4 rather
than 8: every labelled set's stories the same, PolNeAR's squashed into one day better (pair F1
0.114 -> 0.126, B-cubed 0.838 -> 0.847: on a heavy day a topic's older events are fewer
candidates), a build 3 % quicker; 2 loses on the blind sets. 3 rather than 4 (with CANDIDATES
8): every labelled set's stories the same, PolNeAR's squashed better again (pair F1 0.148 ->
0.153, B-cubed 0.851 -> 0.855), a 5,000-item day's build about 7 % quicker."""
IDF_PRIOR = 20
"""Pseudo-items behind every document frequency (see Postings.idf)."""
_COMMON = sys.maxsize
"""Where a common token's holders start being looked at: never (see Probe.rest)."""


@dataclass(slots=True)
class _Posting:
    """The items holding one token."""

    held: list[tuple[int, float]]
    """The items' indexes, in the order they were added (publication order), with the
    token's weight in each: one slice of it is what a probe walks (two slices zipped cost
    a fifth of the candidate search), and its length is the token's document frequency."""
    earliest: float
    latest: float
    """The earliest and the latest publication time of its items (timestamps)."""


@dataclass(slots=True)
class Probe:
    """A new item weighed against the items seen so far (see Postings.probe)."""

    norm: float
    candidates: list[int]
    """Earlier items with the best dot products over the holders looked at, best first."""
    partial: dict[int, float]
    """Earlier item → its dot product with the new one over the rare tokens it was found by."""
    rest: list[tuple[str, float, int]]
    """What `partial` lacks: the tokens too common to give candidates (with _COMMON) and
    those whose older holders were not looked at (with the first holder looked at), with
    weight × IDF²: a token adds to the dot products of the items before that holder. The
    latest first, so that a recent item's sum stops early (see Clusterer._pair)."""
    unseen: frozenset[str]
    """The rare tokens that have more holders than were looked at (see LATEST)."""
    held: list[_Posting | None]
    """The postings of the item's tokens (None for a token new to the index)."""
    joined: float
    """The length of its vector once it has joined the index (one more item seen, and one
    more holder of each of its tokens: see Postings.add), summed where the probe counts each
    token's holders anyway."""


class Postings:
    """Token → the items holding it, with the IDF and vector lengths drawn from them."""

    def __init__(self, docs: list[Doc]) -> None:
        self._docs = docs
        """The items clustered so far, by index (the clusterer's list, shared)."""
        self._postings: dict[str, _Posting] = {}
        """Token → the items holding it (few objects per token: a light load on the GC)."""
        self._held: list[list[_Posting]] = []
        """Item index → the postings of its tokens, in the order of its weights."""
        self._log_seen = math.log(IDF_PRIOR)
        self._logs = [0.0, math.log(2.0)]
        """log(count + 1) for every document frequency up to the items seen + 1."""
        self.looked_at = 0
        """Earlier items the candidate search has looked at, summed over the items added:
        the work that would grow with the day if it were not bounded (see LATEST)."""

    def idf(self, token: str) -> float:
        """Inverse document frequency over the items seen so far, with a prior.

        The prior (IDF_PRIOR pseudo-items in which each token occurs once) keeps a
        token two early items share from looking commoner than it is: with few items
        seen, plain frequencies make every shared token look common.
        """
        posting = self._postings.get(token)
        return self._log_seen - self._logs[len(posting.held) if posting is not None else 0]

    def holders(self, token: str) -> int:
        """How many items hold the token (its document frequency)."""
        posting = self._postings.get(token)
        return len(posting.held) if posting is not None else 0

    def rare_holders(self, token: str) -> list[tuple[int, float]]:
        """The items that hold a token rare enough to give candidates (see gives_candidates),
        each with the token's weight, in the order they were added (the index's own list, not to
        be changed); none for a commoner token, which tells nothing by whom it is held."""
        posting = self._postings.get(token)
        if posting is None or len(posting.held) > self._cap():
            return []
        return posting.held

    def rarity(self, token: str) -> float:
        """The token's IDF as a share of the largest (that of a token no item holds).

        1 for a token new to the index, 0.5 for one held by about the square root of
        the items seen (with the prior), whatever the size of the day.
        """
        return self.idf(token) / self._log_seen

    def gives_candidates(self, token: str) -> bool:
        """Whether a token is rare enough to give candidates (see probe): held by no more
        than RARE_SHARE of the items seen (at least 30, at most RARE_MOST)."""
        posting = self._postings.get(token)
        return posting is None or len(posting.held) <= self._cap()

    def _cap(self) -> int:
        return max(30, min(RARE_MOST, int(RARE_SHARE * len(self._docs))))

    def norm(self, doc: Doc) -> float:
        """Length of an item's weighted vector, refreshed as the window grows by half.

        Recomputing every candidate's length for every new item would cost most of the
        run; the schedule depends only on how many items were seen, so results stay the
        same whichever way the items were handed in.
        """
        seen = len(self._docs)
        if seen > doc.norm_until:
            log_seen, logs = self._log_seen, self._logs
            # hypot() sums the squares in C: the refreshes were a tenth of a build.
            length = math.hypot(
                *[
                    weight * (log_seen - logs[len(posting.held)])
                    for weight, posting in zip(
                        doc.weights.values(), self._held[doc.index], strict=True
                    )
                ]
            )
            doc.norm, doc.norm_until = length or 1.0, seen * 1.5 + 20
        return doc.norm

    def add(self, doc: Doc, probe: Probe) -> None:
        """Add an item's tokens to the postings and weigh it as it joins.

        Args:
            doc: the new item, just appended to the items (`probe` was taken before).
            probe: its probe: the postings of its tokens, and its length as it joins.
        """
        index, when, held = doc.index, doc.timestamp, probe.held
        self._log_seen = math.log(len(self._docs) + IDF_PRIOR)
        logs = self._logs
        logs.append(math.log(len(logs) + 1.0))
        postings = self._postings
        # The item's weights are a few shared floats (see words.weighed), so its entries are
        # a few tuples too, one a weight rather than one a token: a 5,000-item day's build
        # grew the process by 92 MB, now by 81 (the time is much the same).
        entries = {weight: (index, weight) for weight in set(doc.weights.values())}
        for position, (token, weight) in enumerate(doc.weights.items()):
            posting = held[position]
            if posting is None:
                held[position] = postings[token] = _Posting([entries[weight]], when, when)
            else:
                posting.held.append(entries[weight])
                # Items come in publication order, mostly: the later end first.
                if when > posting.latest:
                    posting.latest = when
                elif when < posting.earliest:
                    posting.earliest = when
        self._held.append(cast("list[_Posting]", held))
        # Its length as it joins, refreshed as the window grows (see norm).
        doc.norm, doc.norm_until = probe.joined, len(self._docs) * 1.5 + 20

    def probe(self, doc: Doc) -> Probe:
        """Weigh a new item by the items seen so far and find its candidate matches.

        Earlier items in the window that share a rare token with it are candidates;
        their dot products with it over the rare tokens are summed from the postings. Of
        each token's holders only the latest LATEST are looked at, so an item costs the
        same however large the day: a report's earlier reports are recent, and they share
        more than one token with it.
        """
        cap = self._cap()
        earliest = doc.timestamp - WINDOW_SECONDS
        latest = doc.timestamp + WINDOW_SECONDS
        log_seen, logs, postings = self._log_seen, self._logs, self._postings
        docs = self._docs
        # The IDF once the item has joined (see add): log(items seen + 1 + IDF_PRIOR) less
        # log(holders + 1 + 1), the item one more holder of each of its tokens.
        log_joined = math.log(len(docs) + 1 + IDF_PRIOR)
        total = joined = 0.0
        partial: dict[int, float] = {}
        get = partial.get
        rest: list[tuple[str, float, int]] = []
        unseen: list[str] = []
        few = 0
        # A posting's latest LATEST holders (or all, when fewer), the latest first.
        newest = slice(-1, -LATEST - 1, -1)
        held = list(map(postings.get, doc.weights))
        for (token, weight), posting in zip(doc.weights.items(), held, strict=True):
            if posting is None:
                total += (weight * log_seen) ** 2
                joined += (weight * (log_joined - logs[1])) ** 2
                continue
            holders = posting.held
            count = len(holders)
            idf = log_seen - logs[count]
            total += (weight * idf) ** 2
            joined += (weight * (log_joined - logs[count + 1])) ** 2
            w = weight * idf * idf
            if count > cap:
                rest.append((token, w, _COMMON))
                continue
            if count > LATEST:
                unseen.append(token)
                rest.append((token, w, holders[-LATEST][0]))
            else:
                few += count
            looked = holders[newest]
            if earliest <= posting.earliest and posting.latest <= latest:
                for other, their in looked:
                    partial[other] = get(other, 0.0) + w * their
            else:
                for other, their in looked:
                    if earliest <= docs[other].timestamp <= latest:
                        partial[other] = get(other, 0.0) + w * their
        self.looked_at += few + LATEST * len(unseen)
        # Ties keep the order items were met in, which depends only on the input. (Sorting
        # them all is quicker than heapq.nlargest(), which gives the same, at this size.)
        candidates = sorted(partial, key=partial.__getitem__, reverse=True)[:CANDIDATES]
        rest.sort(key=itemgetter(2), reverse=True)
        return Probe(
            math.sqrt(total) or 1.0,
            candidates,
            partial,
            rest,
            frozenset(unseen),
            held,
            math.sqrt(joined) or 1.0,
        )
