"""Stories on the seventh set of our own coverage (tests/stories/coverage_real7.py).

Written blind like the fourth to sixth, in the form of issue #16's hidden coverage: 73 items
from 54 outlets over four publication days months apart, three quarters of them whole
articles whose background names the running topics' earlier events, beside briefs and
near-empty video captions and teasers. Scored as the hidden coverage is: at the items' own
times, one publication day at a time (each day's items clustered alone; the mean and the
worst day), and squashed into one heavy day. The floors are where main stood when the set
was written, rounded down by about 0.02 (figures in the comments): they guard against
losing ground and are raised as the clusterer learns the classes the set holds. Issue #16's
bars: pair precision 0.95, mean pair F1 over days 0.95 with no day under 0.85, heavy-day
pair F1 0.85 and B-cubed 0.92.
"""

from __future__ import annotations

from tests.stories import coverage, coverage_real7

PIECES = coverage_real7.PIECES


def test_the_set_is_four_days_two_thirds_whole_articles_and_its_gold_is_consistent() -> None:
    # Four days of six to eight events each; an event's reports fall on one day (a running
    # topic's later events have labels of their own); an outlet reports an event twice
    # only as an update, an hour or more apart.
    assert len(coverage_real7.DAYS) == 4
    coverage.check_days(PIECES, coverage_real7.DAYS, range(6, 9), 18.0)
    # Forty or more outlets, as the hidden set's many (94 for 383 articles).
    assert len({p.feed for p in PIECES}) >= 40
    # Two thirds or more are whole articles of five or more paragraphs; six to eight are
    # near-empty (a video caption or a teaser of a line, under 100 characters).
    whole = [p for p in PIECES if len(p.text) >= 1200 and p.text.count("\n") >= 4]
    assert 3 * len(whole) >= 2 * len(PIECES)
    assert len([p for p in PIECES if len(p.text) < 100]) in range(6, 9)


def test_real7_coverage_at_its_own_times() -> None:
    scores = coverage.scores(coverage.items(pieces=PIECES), PIECES)
    # Main when the set was written: pair_p 1.000, pair_r 0.663, pair_f1 0.797,
    # B-cubed 0.895. No wrong join. Splits (the same on the days run alone):
    # - coin-crash: the Ledger's column ("Opinion: A crash was the best thing that could
    #   happen to Corvex", labelled with the fall it is about) and Pocket TV's caption
    #   ("Why crypto fell off a cliff today", no name) apart from the three reports;
    # - glasses-arvant: The Circuit's hands-on ("the eyewear that paints a screen onto
    #   your eye"; Arvant only in its third paragraph) apart from the other two;
    # - sanctions-tavenia: Foreign Desk Review's "Analysis: Will an oil cap finally bite in
    #   Tavenia?" and World Now Video's caption apart from the three reports;
    # - storm-ilsa: NordNews Video's drone caption ("Ilsa's damage from the air");
    # - typhoon-rangi: Pacifica Newsline's one-sentence brief (Rangi, Meloria, 185 km/h);
    # - tavenia-talks: Newsroll's caption ("WATCH: Vasko's offer of talks");
    # - exchange-hack: CoinBrief's teaser ("Kettlewell Breach: What Users Need to Know")
    #   and Daily Splash's tabloid brief ("£40m" for the wires' "$55 million").
    # Kept together: the state radio's "Chairman calls for dialogue and good
    # neighbourliness" and the live blog with the talks' reports; Pocket Brief's Zipto
    # teaser and Estrela TV's couriers teaser with their events.
    # With opposite acts counted only of one subject (the brief's surge "brings", the
    # island "cut off"): the typhoon's brief joins; 1.000, 0.685, 0.813, 0.906.
    # With media pages and bare lines judged by the rare words one story alone holds
    # (stories/thin.py): pair_p 1.000, pair_f1 0.983, B-cubed 0.990.
    # With a breach read as a hack (stories/synonyms.py): pair_f1 1.000, B-cubed 1.000.
    assert scores.pair_p >= 0.98, scores
    assert scores.pair_f1 >= 0.99, scores
    assert scores.bcubed_f1 >= 0.99, scores


def test_real7_coverage_one_publication_day_at_a_time() -> None:
    days = coverage.per_day(PIECES)
    # Main when the set was written: pair_p 1.000 every day; pair_f1 0.769, 0.837, 0.828,
    # 0.757 (mean 0.798, min 0.757: day 4 splits the exchange theft three ways and the
    # talks' caption; day 1 splits the Corvex fall three ways and the glasses' hands-on).
    # With the typhoon's brief joined: mean 0.817.
    # With a short report joining a story of two through one of its reports
    # (tests/stories/test_briefs.py): pair_f1 0.857, 0.913, 0.903, 0.821 (mean 0.873): day 4's
    # tabloid brief ("Crypto crooks swipe £40m") joins the theft's wire report and explainer.
    # With media pages and bare lines judged by the rare words one story alone holds
    # (stories/thin.py): pair_f1 1.000, 1.000, 1.000, 0.930 (mean 0.983, min 0.930; worst-day
    # pair_p 1.000). With a breach read as a hack (stories/synonyms.py), CoinBrief's
    # "Kettlewell Breach: What Users Need to Know" joins the theft: pair_f1 1.000 every day.
    assert days.worst_p >= 0.98, days
    assert days.mean_f1 >= 0.99, days
    assert days.worst_f1 >= 0.99, days


def test_real7_coverage_squashed_into_one_day() -> None:
    scores = coverage.scores(coverage.heavy(PIECES), PIECES)
    # Main when the set was written: pair_p 0.671, pair_r 0.640, pair_f1 0.655,
    # B-cubed 0.828. Wrong joins of running topics' events months apart:
    # - glasses-arvant (May's unveiling, three items) with arvant-results (October's
    #   quarter, two items that recall the glasses): Arvant, Halo and Marwood in all five;
    # - coin-crash (the fall below $6,000, three reports) with two of coin-rally's four
    #   (the record past $9,000; both recall May's fall below $6,000);
    # - coin-rally's other two (Ledgerline, the Blaze) with exchange-hack's wire, feature
    #   and teaser (Corvex, Kettlewell, Ledgerline's same author): a rally is not a theft;
    # - zipto-report (the culture report, two) with zipto-ceo (Feld's resignation, five):
    #   Zipto, Feld, Pell & Garrow, 215 complaints in both, a report is not an exit.
    # Beside them the own-times splits and Brekka Public Radio's brief on the rail strike.
    # Kept apart: the missile, the sanctions and the talks; Zipto's settlement; Lodden's
    # tram strike and its mayor's re-election. With the typhoon's brief joined: 0.678,
    # 0.663, 0.670, 0.838; with a share counted only with its measure: 0.682, 0.674, 0.678,
    # 0.843; with one measure's values far apart kept apart (the coin at $6,000 and past
    # $9,000): 0.797, 0.708, 0.750, 0.883.
    # With media pages and bare lines judged by the rare words one story alone holds
    # (stories/thin.py): pair_p 0.835, pair_f1 0.871, B-cubed 0.942.
    assert scores.pair_p >= 0.77, scores
    assert scores.pair_f1 >= 0.85, scores
    assert scores.bcubed_f1 >= 0.86, scores


def test_two_strikes_two_banks_two_storms_and_two_rulings_of_one_day_stay_apart() -> None:
    """Day 1's rail strikes in Brekka and Lodden, day 2's results of Norvik and Castellan,
    day 3's Storm Ilsa and Typhoon Rangi, day 4's couriers' and merger rulings: the same
    kind of event on one day, different events."""
    pairs = (
        {"strike-brekka-rail", "strike-lodden-tram"},
        {"earnings-norvik", "earnings-castellan"},
        {"storm-ilsa", "typhoon-rangi"},
        {"ruling-couriers", "ruling-merger"},
    )
    assert not coverage.joined(coverage.items(pieces=PIECES), PIECES, pairs)


def test_the_tavenia_topics_three_events_stay_apart_squashed_into_one_day() -> None:
    """The missile over the Hesper islands, the sanctions that recall it and the offer of
    talks that recalls both share Tavenia, Corvanne and Vasko; squashed into one day only
    their words tell them apart."""
    pairs = (
        {"missile-hesper", "sanctions-tavenia"},
        {"sanctions-tavenia", "tavenia-talks"},
        {"missile-hesper", "tavenia-talks"},
    )
    assert not coverage.joined(coverage.heavy(PIECES), PIECES, pairs)
