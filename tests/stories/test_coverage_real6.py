"""Stories on the sixth set of our own coverage (tests/stories/coverage_real6.py).

Written blind like the fourth and fifth, in the styles of news agencies of other countries
(AFP, Xinhua, Yonhap, Kyodo, Bernama, Anadolu, EFE, dpa, ANSA, PTI, IANS) beside a local
TV station, trade publications, government statements, a bank's notice, a stock-exchange
filing summary and a fact-check, a third of it whole articles. Scored as issue #16's hidden
coverage is: at the items' own times, one publication day at a time (each day's items
clustered alone; the mean and the worst day), and squashed into one heavy day. The floors
are where main stood when the set was written, rounded down by about 0.02 (figures in the
comments): they guard against losing ground and are raised as the clusterer learns the
classes the set holds. Issue #16's bars: pair precision 0.95, mean pair F1 over days 0.95
with no day under 0.85, heavy-day pair F1 0.85 and B-cubed 0.92.
"""

from __future__ import annotations

from tests.stories import coverage, coverage_real6

PIECES = coverage_real6.PIECES


def test_the_set_is_four_days_a_third_whole_articles_and_its_gold_is_consistent() -> None:
    # Four days of six to eight events each; an event's reports fall on one day (a running
    # topic's later events have labels of their own); an outlet reports an event twice
    # only as an update, an hour or more apart.
    assert len(coverage_real6.DAYS) == 4
    coverage.check_days(PIECES, coverage_real6.DAYS, range(6, 9), 18.0)
    # A third or more are whole articles of several paragraphs; ten or more are
    # near-empty (a video caption or a teaser of a line).
    whole = [p for p in PIECES if len(p.text) >= 1500]
    assert 3 * len(whole) >= len(PIECES)
    assert all(p.text.count("\n") >= 5 for p in whole)
    assert len([p for p in PIECES if len(p.text) < 120]) >= 10


def test_real6_coverage_at_its_own_times() -> None:
    scores = coverage.scores(coverage.items(pieces=PIECES), PIECES)
    # Main when the set was written: pair_p 0.941, pair_r 0.608, pair_f1 0.738,
    # B-cubed 0.867. Wrong join: the fact-check of a false clip with the stadium crush's
    # three reports. Splits: every video caption and teaser of a line (the ferry, the
    # minister's "'My conscience is clear'", the crush, the exam leak's "Rs 5,000 a copy",
    # the pilots' strike, the ferry inquiry's "'Our children are still gone'"); the
    # official statements (the state health department on the hospital's ransomware, the
    # energy ministry on the dam ruling); Bernama's ferry toll in words ("forty-three");
    # the vaccine's contract makers' home wires (PTI, Yonhap) apart from the filing and
    # the trade article; the banking trade paper's article apart from the TV station's.
    # With a headline's place not read as a name and labelled comment kept apart: 1.000,
    # 0.633, 0.775, 0.886.
    # With media pages and bare lines judged by the rare words one story alone holds
    # (stories/thin.py): pair_p 1.000, pair_f1 0.903, B-cubed 0.943.
    # With a brief that names a stranger and two of the story's headline subjects placed by
    # the words its reports hold (briefs.SUBJECTS_NAMED): PTI's contract maker joins the
    # vaccine's approval: pair_p 1.000, pair_f1 0.932, B-cubed 0.960.
    assert scores.pair_p >= 0.97, scores
    # With a brief the story's fit turned away placed by the words its reports hold
    # (stories/briefs.py): pair_f1 0.954, B-cubed 0.971.
    assert scores.pair_f1 >= 0.95, scores
    assert scores.bcubed_f1 >= 0.955, scores


def test_real6_coverage_one_publication_day_at_a_time() -> None:
    days = coverage.per_day(PIECES)
    # Main when the set was written: pair_p 1.000, 0.786, 1.000, 1.000 (day 2 joins the
    # fact-check with the crush); pair_f1 0.800, 0.579, 0.741, 0.900 (mean 0.755, min
    # 0.579: day 2 also splits the vaccine's approval three ways, the bank outage two ways
    # and the crush's caption and the exam leak's teaser). Now pair_p 1.000 every day,
    # mean F1 0.789, min 0.629.
    # With media pages and bare lines judged by the rare words one story alone holds
    # (stories/thin.py): pair_f1 1.000, 0.800, 0.938, 0.900 (mean 0.909, min 0.800; worst-day
    # pair_p 1.000).
    # With a brief that names a stranger and two of the story's headline subjects placed by
    # the words its reports hold (briefs.SUBJECTS_NAMED): day 2's PTI brief joins the
    # approval: mean 0.939, min 0.857 (0.925 and 0.800 before).
    assert days.worst_p >= 0.95, days
    # With a brief the story's fit turned away placed by the words its reports hold
    # (stories/briefs.py), the partner's "shares jump on partner's regulatory win" joins the
    # approval: mean 0.958, worst 0.900.
    assert days.mean_f1 >= 0.95, days
    assert days.worst_f1 >= 0.88, days


def test_real6_coverage_squashed_into_one_day() -> None:
    scores = coverage.scores(coverage.heavy(PIECES), PIECES)
    # Main when the set was written: pair_p 0.725, pair_r 0.633, pair_f1 0.676,
    # B-cubed 0.847: running topics' events months apart join (Cantora's rationing and
    # its end, seven items with the city's two press releases; the minister's resignation
    # and her indictment), beside the fact-check with the crush and the splits of the
    # own-times run. The two summits, the ferry and its inquiry, and the vaccine's
    # approval and rollout stay apart. Then 0.765, 0.658, 0.707, 0.866; now 0.737, 0.709,
    # 0.723, 0.867: a follow-up strong with one of a two-report story's members joins it
    # without a link to the other (cluster.STRONG_PAIR), which gains recall on every blind
    # set's days and PolNeAR's and costs this squashed day the vaccine's approval and its
    # rollout (months apart in their own times) in one story again.
    # With media pages and bare lines judged by the rare words one story alone holds
    # (stories/thin.py): pair_p 0.767, pair_f1 0.800, B-cubed 0.900.
    # With a brief that names a stranger and two of the story's headline subjects placed by
    # the words its reports hold (briefs.SUBJECTS_NAMED): pair_p 0.798, pair_f1 0.845, B-cubed
    # 0.931 (0.773, 0.814 and 0.909 before).
    # With a resignation and a charge opposite acts (words.ACTS), the health minister's
    # resignation and the charges against him months later part: pair_p 0.855, pair_f1 0.877,
    # B-cubed 0.948.
    # With a brief the story's fit turned away placed by the words its reports hold
    # (stories/briefs.py): pair_p 0.860, pair_f1 0.897, B-cubed 0.958.
    # With EFE's datelines read with the country in parentheses ("Cantora (Ardesia), Feb 11
    # (EFE).-", extract.dateline), the rationing's and its end's wire reports are filed nine
    # months apart, and part: pair_p 0.947, pair_f1 0.929, B-cubed 0.961.
    assert scores.pair_p >= 0.93, scores
    assert scores.pair_f1 >= 0.92, scores
    assert scores.bcubed_f1 >= 0.95, scores


def test_two_ferries_two_resignations_and_two_airline_strikes_of_one_day_stay_apart() -> None:
    """Day 1's ferries in two countries and its two ministers' resignations, day 3's
    pilots' and cabin crew's strikes at two airlines: same kind of event, different events."""
    pairs = (
        {"ferry-renggis", "ferry-ostra"},
        {"minister-sarrat", "minister-vaal"},
        {"strike-sundair", "strike-vuelasur"},
    )
    assert not coverage.joined(coverage.items(pieces=PIECES), PIECES, pairs)
