"""Where an item with too little text to judge by pair scores goes (see headlines.is_thin): a
media page ("Video: ...", "Watch: ...") or a bare line under its headline.

Its few words score low against any report, and a near-empty item that joined whatever it
touched put a video page in another event's story; kept alone, the video of a launch stood
beside the launch's story as a story of its own. It joins a story only where its rare words
tell that one: THIN_WORDS of them or more held, within the window, by that story's items and
by no other story's, and by another outlet's items (a blog's series shares its own words). The
video of a launch names the rocket, the pad and the firm, which only the launch's reports name
that day; a page that shares a country and a verb with several stories stays alone, as does
one that arrives before any report of its event.

On the fourteen blind sets, whose writers put 48 of their 49 media pages and bare lines under
the event they show, 39 join at 3 words, each the story of its own event (4 of those stories
had taken in another event's item before), and 9 stay alone; at 2 words 8 more join, two of
them into another event's story (a quake's drone footage into a product launch's), and the
per-day pair precision falls (0.964 -> 0.961); at 4, 12 fewer join.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from briefing.stories.postings import WINDOW_SECONDS, Postings
from briefing.stories.signals import Doc
from briefing.stories.story import Cluster

THIN_WORDS = 3
"""Rare words of a thin item that one story alone holds, needed for it to join that story."""


def thin_story(
    doc: Doc, docs: Sequence[Doc], cluster_of: Sequence[int], index: Postings
) -> tuple[int, list[str]] | None:
    """The earlier item of the story a thin item joins (the one holding most of its words) and
    the words that tell it, or None: it stays alone.

    A word tells a story when it is rare enough to give candidates (see Postings), and every
    earlier item in the window that holds it is that story's (thin items apart, as they are
    judged by no one) and one of them is another feed's."""
    earliest, latest = doc.timestamp - WINDOW_SECONDS, doc.timestamp + WINDOW_SECONDS
    feed = doc.item.feed
    words: dict[int, list[str]] = {}
    held: Counter[int] = Counter()
    for token in doc.weights:
        if not index.gives_candidates(token):
            continue
        holders = [
            other
            for other in index.held_by(token)
            if earliest <= docs[other].timestamp <= latest and not docs[other].thin
        ]
        stories = {cluster_of[other] for other in holders}
        if len(stories) == 1 and any(docs[other].item.feed != feed for other in holders):
            words.setdefault(stories.pop(), []).append(token)
            held.update(holders)
    ranked = sorted(words.items(), key=lambda found: len(found[1]), reverse=True)
    if not ranked or len(ranked[0][1]) < THIN_WORDS:
        return None
    if len(ranked) > 1 and len(ranked[1][1]) == len(ranked[0][1]):
        return None
    story, told = ranked[0]
    member = max(
        (other for other in held if cluster_of[other] == story),
        key=lambda other: (held[other], -other),
    )
    return member, told


def thin_reason(words: list[str]) -> str:
    """Why a thin item joined its story, as the story's reasons show it."""
    return f"a page of few words, whose {', '.join(words)} only this story holds"


class Waiting:
    """The thin items that stood alone, each until a report within the window tells its story:
    a video posted before another outlet's report of its event (the speech's footage, before a
    second outlet reports the offer). Indexed by their words, so that a new report looks only
    at the pages it shares a word with."""

    def __init__(self) -> None:
        self._by_word: dict[str, list[int]] = {}

    def add(self, doc: Doc) -> None:
        """A thin item that joined no story."""
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
        by_word = self._by_word
        if not by_word:
            return
        found: dict[int, None] = {}
        for token in doc.weights:
            for waiting in by_word.get(token, ()):
                found[waiting] = None
        earliest = doc.timestamp - WINDOW_SECONDS
        for waiting in found:
            thin = docs[waiting]
            told = None
            if thin.timestamp >= earliest:
                told = thin_story(thin, docs, cluster_of, index)
                if told is None or cluster_of[told[0]] != target:
                    continue
                clusters[cluster_of[waiting]].members.clear()
                story = clusters[target]
                story.members.append(waiting)
                story.why.append(f"{thin.item.feed}: {thin_reason(told[1])}")
                cluster_of[waiting] = target
            # Taken, or out of the window for good: no longer waiting.
            for token in thin.weights:
                held = by_word[token]
                held.remove(waiting)
                if not held:
                    del by_word[token]
