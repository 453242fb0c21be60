"""Stories on real coverage labelled by event: the 837 PolNeAR political articles
(tests/stories/polnear.py), our stand-in for issue #16's hidden set.

Scored as issue #16's set is, with weeks in place of days (at most nine articles a day are
too few to score a day alone): at the articles' own times, one calendar week at a time, and
squashed into one heavy day; each also with the reports alone (comment and feature
articles left out). The floors are where main stood when the labels were written, rounded
down by about 0.02 (figures in the comments): they guard against losing ground and are
raised as the clusterer learns to join one event told by several outlets. Issue #16's
bars: pair precision 0.95, mean pair F1 0.95 with no day under 0.85, heavy-day pair F1 0.85
and B-cubed 0.92.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

import pytest

from tests.stories import polnear
from tests.stories.coverage import Piece

pytestmark = pytest.mark.shared


@pytest.fixture(scope="module")
def whole() -> tuple[Piece, ...]:
    if not polnear.DATA.is_dir():
        pytest.skip("../shared/corpus/real/polnear-train is not present")
    return polnear.pieces()


@pytest.fixture(scope="module")
def reports(whole: Sequence[Piece]) -> tuple[Piece, ...]:
    return polnear.reports()


def test_every_article_is_labelled_with_a_kind_and_an_event_of_a_few_days(
    whole: Sequence[Piece],
) -> None:
    labels = polnear.labels()
    stems = polnear.stems()
    assert sorted(labels) == sorted(map(polnear.key, stems))
    assert len(whole) == len(labels) == 837
    assert {label.kind for label in labels.values()} == set(polnear.KINDS)
    days: dict[str, list[date]] = {}
    for stem in stems:
        days.setdefault(labels[polnear.key(stem)].event, []).append(polnear.parts(stem)[1])
    for event, dates in days.items():
        # An event's articles within four days of each other, and of the date its label
        # starts with (when the happening was).
        assert (max(dates) - min(dates)).days <= 4, event
        when = date.fromisoformat(event.split()[0])
        assert all(abs((day - when).days) <= 4 for day in dates), event
    # Most articles are alone in their event; 75 events have two or more.
    assert len(days) == 694
    assert sum(len(dates) > 1 for dates in days.values()) == 75


def test_an_items_title_is_its_slugs_words_and_its_time_its_day_and_publisher() -> None:
    # (Stems of our own words: the corpus's own file names stay in ../shared.)
    stem = "wash-post_2016-02-10_harbor-board-weighs-a-second-dra"
    # The slug is cut at 32 characters: its last word may be broken, so it is dropped.
    assert polnear.title(stem) == "Harbor board weighs a second"
    assert polnear.title("huff-post_2015-11-11_port-reopens-after-storm") == (
        "Port reopens after storm"
    )
    assert polnear.published(stem).isoformat() == "2016-02-10T17:00:00+00:00"
    assert polnear.key(stem).startswith("wash-post_2016-02-10_") and "harbor" not in polnear.key(
        stem
    )


def test_polnear_at_its_own_times(whole: Sequence[Piece], reports: Sequence[Piece]) -> None:
    scores = polnear.at_own_times(whole)
    # Main when the labels were written: pair_p 0.769, pair_r 0.106, pair_f1 0.187,
    # B-cubed 0.918 (282 true pairs; 39 predicted, 30 right). Almost every event told by
    # several outlets is split: Iowa's caucuses (8 articles) in six stories, the Orlando
    # shooting (8) in six, every debate and the acceptance speeches in one story each.
    # With a share counted only with its measure (two polls of one week no longer join):
    # 0.789, 0.106, 0.188, 0.919; the reports alone 0.840, 0.117, 0.206, 0.912.
    assert scores.pair_p >= 0.77, scores
    assert scores.pair_f1 >= 0.17, scores
    assert scores.bcubed_f1 >= 0.90, scores
    # The reports alone: 0.778, 0.117, 0.204, 0.911.
    scores = polnear.at_own_times(reports)
    assert scores.pair_p >= 0.82, scores
    assert scores.pair_f1 >= 0.18, scores
    assert scores.bcubed_f1 >= 0.89, scores


def test_polnear_one_calendar_week_at_a_time(
    whole: Sequence[Piece], reports: Sequence[Piece]
) -> None:
    weeks = polnear.per_week(whole)
    # Main when the labels were written: 45 weeks, 37 with a true pair; mean pair F1 0.274,
    # the worst 0.000 (16 weeks join none of their true pairs); 18 weeks make a wrong join,
    # the worst at pair precision 0.000 (two different polls of one week).
    assert weeks.mean_f1 >= 0.25, weeks
    assert sum(week.scores.pair_f1 == 0.0 for week in weeks.scored) <= 16, weeks
    # Now 16 weeks make a wrong join (mean F1 0.284).
    assert sum(week.scores.pair_p < 1.0 for week in weeks.weeks) <= 16, weeks
    # The reports alone: 35 weeks with a true pair, mean 0.288, 19 at 0.000; 8 weeks make
    # a wrong join.
    weeks = polnear.per_week(reports)
    assert weeks.mean_f1 >= 0.26, weeks
    assert sum(week.scores.pair_f1 == 0.0 for week in weeks.scored) <= 19, weeks
    assert sum(week.scores.pair_p < 1.0 for week in weeks.weeks) <= 8, weeks


def test_polnear_squashed_into_one_day(whole: Sequence[Piece], reports: Sequence[Piece]) -> None:
    scores = polnear.heavy(whole)
    # Main when the labels were written: pair_p 0.094, pair_r 0.113, pair_f1 0.103,
    # B-cubed 0.827: with time gone, one topic's happenings of months apart join (ten
    # articles on Clinton's emails from December to May, nine of polls and Cruz, five
    # of polls, five of Lewandowski and rally violence), while one event's articles stay
    # as split as at their own times.
    assert scores.pair_p >= 0.07, scores
    assert scores.pair_f1 >= 0.08, scores
    assert scores.bcubed_f1 >= 0.80, scores
    # The reports alone: 0.071, 0.128, 0.092, 0.814.
    scores = polnear.heavy(reports)
    assert scores.pair_p >= 0.05, scores
    assert scores.pair_f1 >= 0.07, scores
    assert scores.bcubed_f1 >= 0.79, scores
