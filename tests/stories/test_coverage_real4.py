"""Stories on the fourth set of our own coverage (tests/stories/coverage_real4.py).

The set was written blind (without reading the clustering code or the other sets'
texts), so it measures briefing on copy its rules were not tuned on. It is scored as
issue #16's real labelled coverage is: at the items' own times, one publication day at
a time (each day's items clustered alone; the mean and the worst day), and squashed into
one heavy day. The floors are where main stood when the set was written, rounded down
by about 0.02 (figures in the comments): they guard against losing ground and are
raised as the clusterer learns the classes the set holds. Issue #16's bars: pair
precision 0.95, mean pair F1 over days 0.95 with no day under 0.85, heavy-day pair F1
0.85 and B-cubed 0.92.
"""

from __future__ import annotations

from tests.stories import coverage, coverage_real4

PIECES = coverage_real4.PIECES


def test_the_set_is_five_days_of_six_to_nine_events_each_and_its_gold_is_consistent() -> None:
    # Five days of six to nine events each; an event's reports span at most two days (a
    # follow-up), never months; an outlet reports an event twice only as an update, a
    # correction or a next day's follow-up, an hour or more apart.
    assert len(coverage_real4.DAYS) == 5
    coverage.check_days(PIECES, coverage_real4.DAYS, range(6, 10), 2 * coverage.DAY)


def test_real4_coverage_at_its_own_times() -> None:
    scores = coverage.scores(coverage.items(pieces=PIECES), PIECES)
    # Main when the set was written: pair_p 0.847, pair_r 0.549, pair_f1 0.667,
    # B-cubed 0.824. Wrong joins: the two makers' results of one morning, a column on
    # the token with the token's slump, a railway analysis with the rail strike. Splits:
    # paraphrased reports (a tabloid's, a business site's "Okonjo hits pause"), video
    # captions of a line, a hurricane's next-day toll apart from its landfall, an
    # election's live updates before and after the result, and the token's rally nine
    # months on split three ways (one story when its day is clustered alone). Now
    # 0.900 / 0.593 / 0.715 / 0.853 (names a sentence-case headline gives; a charge told
    # as an indictment); with labelled comment kept apart 0.931 / 0.593 / 0.725 / 0.859.
    # With media pages and bare lines judged by the rare words one story alone holds
    # (stories/thin.py): pair_p 0.932, pair_f1 0.829, B-cubed 0.898.
    # With a brief's share of the words the day knows (stories/briefs.py): pair_p 0.933,
    # pair_f1 0.843, B-cubed 0.907 (the tabloid's "billionaire" in "the dock" joins the charge).
    # With a figure written in words read as in signs (figure_forms.figure_words): pair_p 0.934,
    # pair_f1 0.850, B-cubed 0.915.
    assert scores.pair_p >= 0.91, scores
    assert scores.pair_f1 >= 0.846, scores
    assert scores.bcubed_f1 >= 0.91, scores


def test_real4_coverage_one_publication_day_at_a_time() -> None:
    days = coverage.per_day(PIECES)
    # Main when the set was written: pair_p 0.696, 1.000, 1.000, 0.750, 1.000 (day 1
    # joins the two makers' results and the token's column with its slump; day 4 the
    # railway analysis with the strike); pair_f1 0.640, 0.750, 0.833, 0.600, 0.889
    # (mean 0.742, min 0.600). Now pair_p min 0.818, pair_f1 mean 0.797, min 0.667.
    # With a labelled comment keeping 0.65 of its pair score (evidence.COMMENT_SHARE, 0.5 before):
    # day 4 joins the railway analysis with the strike again (pair_p 0.800, pair_f1 0.727);
    # mean 0.824, min 0.727.
    # With a brief's shared full names worth 0.06 each (evidence.BRIEF_NAMED, 0.04 before):
    # day 3's "Solberg arrives at court in black" joins the trial's opening (0.783): mean
    # 0.835.
    # With media pages and bare lines judged by the rare words one story alone holds
    # (stories/thin.py): pair_f1 0.857, 1.000, 0.783, 0.727, 1.000 (mean 0.873, min 0.727;
    # worst-day pair_p 0.800).
    # With a brief's share of the words the day knows (stories/briefs.py): pair_f1
    # 0.897, 1.000, 0.783, 0.727, 1.000 (mean 0.881, min 0.727; worst-day pair_p 0.800).
    # With a figure written in words read as in signs (figure_forms.figure_words), day 3's mortgage
    # brief joins the rate rise ("3.5%" and "3.5 pct"): pair_f1 0.857, 1.000, 0.880, 0.727,
    # 1.000 (mean 0.901).
    assert days.worst_p >= 0.78, days
    assert days.mean_f1 >= 0.89, days
    assert days.worst_f1 >= 0.65, days


def test_real4_coverage_squashed_into_one_day() -> None:
    scores = coverage.scores(coverage.heavy(PIECES), PIECES)
    # Main when the set was written: pair_p 0.605, pair_r 0.538, pair_f1 0.570,
    # B-cubed 0.761: a running topic's events join across months (the fraud case's
    # charge, trial and verdict; three rate decisions; two hurricanes on one coast; the
    # nurses' march and their strike; a missile test and the offer of talks; the car
    # maker's first and second quarters), beside the same-day joins above. Now
    # 0.703 / 0.571 / 0.630 / 0.792 (the verdict no longer joins the charge's story).
    # With media pages and bare lines judged by the rare words one story alone holds
    # (stories/thin.py): pair_p 0.692, pair_f1 0.692, B-cubed 0.826.
    # With a brief's share of the words the day knows (stories/briefs.py): pair_p 0.691,
    # pair_f1 0.703, B-cubed 0.833.
    # With a report that dates another's subject months before its own event kept from it
    # (Doc.told_earlier: "Hurricane Cora makes landfall ..., five months after Ada"): Cora's
    # three reports leave Ada's story: pair_p 0.765, pair_f1 0.739, B-cubed 0.849.
    # With a figure written in words read as in signs (figure_forms.figure_words): pair_p 0.773,
    # pair_f1 0.760, B-cubed 0.861.
    # With reports that date their events to days of the week two or more apart kept further
    # apart (dates.WEEKDAY_FAR): the founder's charge and her trial's opening, the nurses'
    # march and their strike part: pair_p 0.840, pair_f1 0.791, B-cubed 0.880.
    assert scores.pair_p >= 0.82, scores
    assert scores.pair_f1 >= 0.78, scores
    assert scores.bcubed_f1 >= 0.87, scores


def test_two_protests_and_two_strikes_of_one_day_stay_apart() -> None:
    """Nurses marching and farmers blocking a ring road in one capital on one day; a
    rail strike and a postal strike on another: same topic and place, different events."""
    pairs = ({"nurses-march", "farmers-blockade"}, {"rail-strike", "post-strike"})
    assert not coverage.joined(coverage.items(pieces=PIECES), PIECES, pairs)
