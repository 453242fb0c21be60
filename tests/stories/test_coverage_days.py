"""Stories on the third set of our own coverage (tests/stories/coverage_days.py).

Written without reading the clustering code, so it is out of sample for the rules
tuned on coverage.py and coverage_wire.py. It is scored as issue #16's real labelled
coverage is: at the items' own times, one publication day at a time (each day's items
clustered alone; the mean and the worst day), and squashed into one heavy day. The
floors are where main stood when the set was written (figures in the comments): they
guard against losing ground, and are raised as the clusterer learns the classes the
set holds (paraphrase across outlet styles, thin teasers, running topics).
"""

from __future__ import annotations

from briefing.models import Item
from tests.stories import coverage, coverage_days

PIECES = coverage_days.PIECES


def _groups(items: list[Item]) -> list[list[str]]:
    return coverage.clustered(items)


def _events(groups: list[list[str]]) -> list[set[str]]:
    return coverage.events(groups, PIECES)


def test_the_set_is_four_days_of_five_to_eight_events_each_and_its_gold_is_consistent() -> None:
    # Four days of five to eight events each; an event's reports span at most two days
    # (a follow-up), never months (the running topics' later events have labels of
    # their own); an outlet reports an event twice only as live-blog updates or a next
    # day's follow-up, hours apart.
    assert len(coverage_days.DAYS) == 4
    coverage.check_days(PIECES, coverage_days.DAYS, range(5, 9), 2 * coverage.DAY)


def test_days_coverage_at_its_own_times() -> None:
    scores = coverage.scores(coverage.items(pieces=PIECES), PIECES)
    # Main when the set was written: pair_p 1.000, pair_r 0.429, pair_f1 0.600,
    # B-cubed 0.810 (issue #16's bars: pair_p 0.95, pair_f1 0.95). Since teasers of one
    # sentence are judged, outlets join at 0.2 (a feed's own items at 0.25) and a report
    # left alone is taken in when a later one ties it to the story: pair_r 0.743,
    # pair_f1 0.852, B-cubed 0.934. With media pages judged by the rare words one story
    # alone holds (stories/thin.py): pair_r 0.786, pair_f1 0.880, B-cubed 0.943.
    assert scores.pair_p >= 0.95, scores
    assert scores.pair_f1 >= 0.86, scores
    assert scores.bcubed_f1 >= 0.93, scores


def test_days_coverage_one_publication_day_at_a_time() -> None:
    days = coverage.per_day(PIECES)
    # Main when the set was written: pair_p 1.000 every day; pair_f1 0.667, 0.667,
    # 0.640, 0.800 (mean 0.693, min 0.640). Issue #16's bars: mean 0.95, min 0.85.
    # Now 0.933, 0.800, 0.903, 0.941 (mean 0.894): left are tabloid and follow-up
    # reports sharing names and a word or two (a rocket over "sleeping towns", a
    # governor's call for troops the day after the storm), a top court's ruling the
    # tabloid tells by the firms, and video pages, which stayed alone by design. With media
    # pages judged by the rare words one story alone holds (stories/thin.py): 1.000, 0.800,
    # 0.903, 1.000 (mean 0.926).
    assert days.worst_p >= 0.95, days
    assert days.mean_f1 >= 0.89, days
    assert days.worst_f1 >= 0.80, days


def test_days_coverage_squashed_into_one_day() -> None:
    scores = coverage.scores(coverage.heavy(PIECES), PIECES)
    # Main when the set was written: pair_p 0.475, pair_r 0.543, pair_f1 0.507,
    # B-cubed 0.758 (issue #16's bars: pair_f1 0.85, B-cubed 0.92): the later events
    # of a running topic (a second missile test, the next quarter, a second storm on
    # one coast, the top court's ruling after the appeal) join the first. Since
    # datelines' dates count, headlines telling opposite acts count a quarter and the
    # changes above: pair_p 0.873, pair_r 0.786, pair_f1 0.827, B-cubed 0.897; with the
    # names a sentence-case headline gives (the maker named only at its sentences'
    # starts): 0.918, 0.800, 0.855, 0.916; with media pages judged by their words
    # (stories/thin.py): 0.924, 0.871, 0.897, 0.931.
    assert scores.pair_f1 >= 0.87, scores
    assert scores.bcubed_f1 >= 0.91, scores


def test_different_events_in_the_same_words_stay_apart_on_their_day() -> None:
    """Two makers' results on one morning ("fourth-quarter profit rises ... beats
    estimates"), two protests in one city, an opinion column beside the sell-off it is
    about, and a flood video beside a storm's coverage."""
    for events in _events(_groups(coverage.items(pieces=PIECES))):
        for pair in (
            {"norvell-q4", "pelham-q4"},
            {"protest-pensions", "protest-taxis"},
            {"coin-slide", "crypto-column"},
            {"storm-bruno", "video-dog"},
        ):
            assert not pair <= events, events
