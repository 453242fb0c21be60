"""Stories on the ninth set of our own coverage (tests/stories/coverage_real9.py).

Written blind like the fourth to eighth, in the form of issue #16's hidden coverage: 72 items
from 44 outlets over four publication days months apart, two thirds of them whole articles
whose background names the running topics' earlier events, beside briefs and near-empty video
captions and teasers, on kinds of news the earlier sets do not hold. Scored as the hidden
coverage is: at the items' own times, one publication day at a time (each day's items
clustered alone; the mean and the worst day), and squashed into one heavy day. The floors are
where main stood when the set was written, rounded down by about 0.02 (figures in the
comments): they guard against losing ground and are raised as the clusterer learns the
classes the set holds. Issue #16's bars: pair precision 0.95, mean pair F1 over days 0.95 with
no day under 0.85, heavy-day pair F1 0.85 and B-cubed 0.92.
"""

from __future__ import annotations

from tests.stories import coverage, coverage_real9

PIECES = coverage_real9.PIECES


def test_the_set_is_four_days_two_thirds_whole_articles_and_its_gold_is_consistent() -> None:
    # Four days of five to seven events each; an event's reports fall on one day (a running
    # topic's later events have labels of their own); an outlet reports an event twice only
    # as an update, an hour or more apart.
    assert len(coverage_real9.DAYS) == 4
    coverage.check_days(PIECES, coverage_real9.DAYS, range(5, 8), 18.0)
    # Sixty to seventy-five items from 40 or more outlets, as the hidden set's many (94 for
    # 383).
    assert len(PIECES) in range(60, 76)
    assert len({p.feed for p in PIECES}) >= 40
    # Two thirds or more are whole articles of five or more paragraphs (none past 2,000
    # characters); five to seven are near-empty (a video caption or a teaser of a line,
    # under 100 characters), each labelled with its event (none a singleton).
    whole = [p for p in PIECES if len(p.text) >= 1200 and p.text.count("\n") >= 4]
    assert 3 * len(whole) >= 2 * len(PIECES)
    assert all(len(p.text) <= 2000 for p in PIECES)
    empty = [p for p in PIECES if len(p.text) < 100]
    assert len(empty) in range(5, 8)
    assert all(sum(q.event == p.event for q in PIECES) > 1 for p in empty)
