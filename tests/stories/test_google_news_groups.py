"""Headlines of one event in other words, as real outlets wrote them: Google News's groups (see
tests/stories/google_news.py).

The floors are what briefing scores, held so it gets no worse, not a bar: pair precision 0.889 and
recall 0.847 (0.898 and 0.843 before a live page's label at the end of its headline was furniture:
two live pages of the day, a carmaker's results and a war's front, were one story on "Live updates"
alone; the war's page, whose headline names the prisoner deal too, now joins the deal's story,
which Google groups apart; 0.918 and 0.821 before "the Fed" and "the Federal Reserve" were one
name: the rate rise's story takes in the day's Fed-watchers' pieces too, which Google groups apart;
0.919 and 0.834 before a report taken into a story later had to share a rare word with each of its
members; 0.915 and 0.789 before a headline given as its text in title case named no one by its
capitals; 0.909 and 0.738 before a report anchored to one member's headline joined its story; 0.908
and 0.725 before a short headline in sentence case that names two was news; 0.855 and 0.508 while a
headline that spoke of a video or a camera was read as a page of pictures and left alone; 0.873 and
0.594 while two headlines that shared two rare names were still parted by a third that only one of
them gave; 0.887 and 0.674 before "agree" and "deal" were one word; 0.890 and 0.696 before a body's
initials and its full name were one name).
"""

from __future__ import annotations

from pathlib import Path

from tests.stories import google_news


def test_headlines_of_one_event_from_several_outlets_join(shared: Path) -> None:
    items, groups = google_news.headlines()
    assert len(items) > 150 and len(set(groups.values())) > 30
    found = google_news.scores()
    assert found.pair_p >= 0.885
    assert found.pair_r >= 0.83
