"""The candidate search over a token whose holders span more than the window.

A token's posting keeps every item that holds it; when the oldest of them are further
back than WINDOW, the search checks each holder it looks at against the window instead
of taking them all. The words are made up for this test.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from briefing.models import Item
from briefing.stories.cluster import Clusterer
from briefing.stories.postings import LATEST, WINDOW
from briefing.stories.signals import make_doc

T0 = datetime(2031, 7, 1, 6, 0, tzinfo=UTC)


def _item(key: str, words: str, hours: float) -> Item:
    """An item whose headline is its first four words and whose text is all of them."""
    title = " ".join(words.split()[:4]).capitalize()
    return Item("Wire", f"wire/{key}", key, title, None, T0 + timedelta(hours=hours), words + ".")


def test_holders_older_than_the_window_are_never_candidates_and_ties_go_to_the_latest() -> None:
    old = [_item(f"old{n}", f"zorvaki mebrun{n} tasolid{n} quernaf{n}", n) for n in range(3)]
    recent = [
        _item(f"new{n}", f"zorvaki pelandro{n} vistemu{n} okrabin{n}", 80 + n) for n in range(2)
    ]
    last = _item("last", "zorvaki hunsaleb dimorest gavuntil", 82)
    assert timedelta(hours=80) > WINDOW
    clusterer = Clusterer()
    for item in [*old, *recent]:
        clusterer.add(item, None)
    doc = make_doc(len(clusterer.docs), last, None, frozenset())
    before = clusterer.index.looked_at
    probe = clusterer.index.probe(doc)
    # The two recent holders, with equal sums: the latest first, as the search met them.
    assert probe.candidates == [4, 3]
    assert probe.partial[3] == probe.partial[4] > 0
    assert not {0, 1, 2} & probe.partial.keys()
    # Every holder looked at counts, the ones outside the window too: the latest LATEST of
    # the token's five.
    assert clusterer.index.looked_at - before == min(5, LATEST)
