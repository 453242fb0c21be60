"""Stories on the fifteenth set of our own coverage (tests/stories/coverage_real15.py).

Written blind like the fourth to fourteenth, in the forms nearest issue #16's hidden coverage:
mainstream English outlets of 2017-2018 of the American, British, Australian, Irish,
Canadian, Singaporean, Pakistani and Indian kinds as their RSS feeds give them, with the wires
the fourteenth set lacks (AFP-, Xinhua-, TASS-, DPA- and Bloomberg-like ones beside a
Reuters-like "UPDATE 1-"), business, markets, tech, space, weather, sports and celebrity
sites, regional TV sites, aggregators' one-liners, a tabloid, an opinion site, a "Comment:"
and an unlabelled column, a company's and a government's own statements and a video site's
captions; 70 items from 42 outlets over four publication days months apart, 30 of them whole
articles whose background names the running topics' earlier events, 30 RSS items of a
headline and a line, on the kinds of news of the hidden set's days (a social network's
harvested data and its chief's testimony, two shutdowns, a New Year's Eve safety area after
another city's assaults, a Winter Games' joint march, a market plunge and a trade-war slide,
a heavy rocket with a roadster and a lost booster, a robotaxi death, two storms, two
launches). Scored as the hidden coverage is: at the items' own times, one publication day at
a time (each day's items clustered alone; the mean and the worst day), and squashed into one
heavy day. The floors are where main stood when the set was first clustered, rounded down by
about 0.02 (figures in the comments): they guard against losing ground and are raised as the
clusterer learns the classes the set holds. Issue #16's bars: pair precision 0.95, mean pair
F1 over days 0.95 with no day under 0.85, heavy-day pair F1 0.85 and B-cubed 0.92.
"""

from __future__ import annotations

from tests.stories import coverage, coverage_real15

PIECES = coverage_real15.PIECES


def test_the_set_is_four_days_of_english_feeds_in_their_forms_and_its_gold_is_consistent() -> None:
    # Four days of five to seven events each, 60 to 75 items from 40 or more outlets, two
    # fifths or more whole articles (none past 1,800 characters), three to five near-empty
    # video captions each labelled with its event (see coverage.check_form); thirty RSS items
    # of a headline and a line (100 to 250 characters).
    coverage.check_form(
        PIECES, coverage_real15.DAYS, whole_share=2 / 5, longest=1800, near_empty=range(3, 6)
    )
    assert len(PIECES) == 70
    assert len({p.feed for p in PIECES}) == 42
    assert len({p.event for p in PIECES}) == 20
    assert sum(len(p.text) >= 1200 and p.text.count("\n") >= 4 for p in PIECES) == 30
    assert sum(100 < len(p.text) <= 250 and "\n" not in p.text for p in PIECES) == 30
    assert sum(len(p.text) < 100 for p in PIECES) == 4
    # The wires' forms: a Reuters-like "UPDATE 1-" over "CITY, Mon Day (Corwire) - " with its
    # credit line, an AFP-like "CITY (ALP) - ", a Xinhua-like "CITY, Mon. Day (Yuxin) -- ", a
    # TASS-like "CITY, Month Day. /VESTRA/. ", a DPA-like "City (lnp) - " and a Bloomberg-like
    # "(Stackhouse) -- "; at most two shouted headlines, as in real feeds.
    assert sum(p.title.startswith("UPDATE 1-") for p in PIECES) == 3
    assert sum("(Corwire) - " in p.text for p in PIECES) == 3
    assert sum("(Reporting by " in p.text for p in PIECES) == 3
    assert sum(p.text.startswith("HALDENBURG (ALP) - ") for p in PIECES) == 1
    assert sum("(ALP) - " in p.text for p in PIECES) == 2
    assert sum("(Yuxin) -- " in p.text and p.text.endswith("Enditem") for p in PIECES) == 3
    assert sum(p.text.startswith("RYONSAN, December 31. /VESTRA/. ") for p in PIECES) == 1
    assert sum(p.text.startswith("Streslau (lnp) - ") for p in PIECES) == 2
    assert sum(p.text.startswith("(Stackhouse) -- ") for p in PIECES) == 2
    assert sum(p.title.isupper() for p in PIECES) == 1


def test_real15_coverage_at_its_own_times() -> None:
    scores = coverage.scores(coverage.items(pieces=PIECES), PIECES)
    # Main when the set was first clustered: pair_p 1.000, pair_r 0.720, pair_f1 0.837,
    # B-cubed 0.889. No wrong join. Splits:
    # - titanis-launch falls apart into its five items, none with another: the space site's
    #   "Titanis Heavy roars off Cape Alder on first flight", the tabloid's "ROADSTER TO THE
    #   STARS!", the evening paper's unlabelled column "A rich man's car is drifting through
    #   space", the tech blog's "Helix's giant rocket worked. The middle booster? Not so
    #   much" and the caption "Watch: Titanis Heavy lifts off from Cape Alder";
    # - shutdown-begins falls apart into its three: "The government shuts down again, and the
    #   Harbour children fight is back where it started", the budget office's "Statement from
    #   the Director on the lapse in appropriations" and "Shutdown, take two: what's closed in
    #   Lakeport";
    # - moray-cancel falls apart into its three: "Celestine Moray pulls out of New Year's Eve
    #   show", the tabloid's "Diva's New Year no-show leaves fans fuming" and the caption
    #   "Watch: Celestine Moray's message to fans";
    # - the regional TV site's "Snow emergency in Port Celsey: Meridian Square countdown still
    #   on" stays out of storm-bertrand;
    # - the opinion "Gatherly wasn't hacked. It did exactly what it was built to do" stays out
    #   of parallax-harvest;
    # - two of the four near-empty captions stay alone, as issue #16 wants: "Video: police
    #   release footage of fatal driverless crash" (farelane-crash) and "Video: Petrel 9
    #   booster tips into the sea" (petrel-landing); the other two are among the splits above.
    # Kept together: the harvest (the company's own statement, "UPDATE 1-", the markets
    # site), the shutdown's end ("Did Harlan blink?"), the Haldenburg verdicts ("First jail
    # terms for the mob attacks that shamed a city"), the robotaxi death, the safety area (the
    # "Comment:" and the tabloid), Storm Ysmay (the aggregator's line that names neither storm
    # nor country), Varrel's offer, the Composite's plunge (all five: "Composite Craters 1,241
    # Points", "Stocks are in freefall", "Local shares shed $61 billion", the CalmNote
    # "UPDATE 1-"), the Games' opening, the final, Flint's testimony (all five, the numbered
    # list and the Indian paper's preview among them), the trade-war slide, the lost booster,
    # the lunar probe. Kept apart: the two storms of day 2, the two launches of day 4.
    # Now pair_r 0.750, pair_f1 0.857, B-cubed 0.900: the space site's report, the tabloid's
    # "ROADSTER TO THE STARS!" ("Tycoon Dorian Vask" is the report's "company founder Dorian
    # Vask": see names.full_names) and the column are one story; the tech blog's booster line
    # and the caption still stand alone.
    # With a labelled comment keeping 0.65 of its pair score (evidence.COMMENT_SHARE, 0.5 before):
    # the opinion on the harvest joins it: pair_r 0.790, pair_f1 0.883, B-cubed 0.914.
    # With media pages and bare lines judged by the rare words one story alone holds
    # (stories/thin.py): pair_p 1.000, pair_f1 0.936, B-cubed 0.948.
    assert scores.pair_p >= 0.98, scores
    assert scores.pair_f1 >= 0.91, scores
    assert scores.bcubed_f1 >= 0.92, scores


def test_real15_coverage_one_publication_day_at_a_time() -> None:
    days = coverage.per_day(PIECES)
    # Main when the set was first clustered: pair_p 1.000, 1.000, 1.000, 1.000; pair_f1
    # 0.837, 0.839, 0.792, 0.880 (mean 0.837, min 0.792). Each day's stories are the own
    # times' stories of that day: day 1 the opinion on the harvest and the robotaxi caption
    # alone; day 2 Moray's three items and the snow emergency line alone; day 3 Titanis
    # Heavy's five alone (the worst day); day 4 the shutdown's three and the booster's caption
    # alone.
    # Now day 3 0.863 (Titanis Heavy's report, tabloid and column join): mean 0.855, worst
    # 0.837 (day 1).
    # With a labelled comment keeping 0.65 of its pair score (evidence.COMMENT_SHARE, 0.5 before):
    # day 1 0.936 (the opinion joins the harvest): mean 0.879, worst 0.839 (day 2).
    # With media pages and bare lines judged by the rare words one story alone holds
    # (stories/thin.py): pair_f1 1.000, 0.839, 0.926, 0.943 (mean 0.927, min 0.839; worst-day
    # pair_p 1.000).
    assert days.worst_p >= 0.98, days
    assert days.mean_f1 >= 0.90, days
    assert days.worst_f1 >= 0.83, days


def test_real15_coverage_squashed_into_one_day() -> None:
    scores = coverage.scores(coverage.heavy(PIECES), PIECES)
    # Main when the set was first clustered: pair_p 0.868, pair_r 0.590, pair_f1 0.702,
    # B-cubed 0.818. Wrong joins:
    # - parallax-harvest (May, four of five) with flint-testimony's preview from the Indian
    #   paper ("Gatherly's Flint to face senators today; data of 5.6 lakh users here may have
    #   gone to Parallax", April): Gatherly, Parallax, MindMirror; the testimony's other four
    #   stay together and apart;
    # - petrel-landing (April, three of four) with titanis-launch's "Helix's giant rocket
    #   worked. The middle booster? Not so much" (February): Helix, Vask, the drone ship;
    # - two of composite-plunge's five (Stackhouse's "Asian Stocks Tumble After Port Celsey's
    #   Record Rout" and "Local shares shed $61 billion as global rout hits home", February)
    #   with storm-bertrand's "Snow emergency in Port Celsey" (December): a wrong join across
    #   topics, on Port Celsey alone.
    # Splits: the plunge's other three ("Composite Craters 1,241 Points", "Stocks are in
    # freefall", the CalmNote "UPDATE 1-") each alone; the rest as at the own times. Kept
    # apart: the Haldenburg verdicts and Streslau's safety area, Varrel's offer and the Games'
    # opening, the plunge and the trade-war slide, the two shutdowns (the later one's three
    # items each alone), the two storms, the two launches of day 4.
    # Now pair_p 0.873, pair_r 0.620, pair_f1 0.725, B-cubed 0.829: Titanis Heavy's report,
    # tabloid and column join as at the own times; the wrong joins are the same.
    # With a labelled comment keeping 0.65 of its pair score (evidence.COMMENT_SHARE, 0.5 before):
    # the opinion joins the harvest's story (and with it the preview of Flint's testimony):
    # pair_p 0.868, pair_r 0.660, pair_f1 0.750, B-cubed 0.843.
    # With media pages and bare lines judged by the rare words one story alone holds
    # (stories/thin.py): pair_p 0.872, pair_f1 0.806, B-cubed 0.877.
    # With a brief placed by the words its story's reports hold between them (stories/briefs.py):
    # pair_p 0.916, pair_f1 0.831, B-cubed 0.888.
    # With a figure written in words read as in signs (figure_forms.figure_words): pair_p 0.895,
    # pair_f1 0.872, B-cubed 0.915.
    assert scores.pair_p >= 0.89, scores
    assert scores.pair_f1 >= 0.86, scores
    assert scores.bcubed_f1 >= 0.91, scores


def test_same_day_events_of_one_kind_or_place_stay_apart() -> None:
    """Day 2's two storms (Storm Ysmay in Carrigmore and Winter Storm Bertrand in Brevania);
    day 4's two launches (Helix's lost booster and Lushan's lunar probe); same-day events that
    share a place or names: Vellacruz's robotaxi death and its light rail (day 1), Bertrand's
    snow and Moray's show in Port Celsey (day 2), the Games and the final (day 3), Lushan's
    tariffs and its probe, the Senate's testimony and its shutdown (day 4). At the own times
    and each day alone."""
    pairs = (
        {"storm-ysmay", "storm-bertrand"},
        {"petrel-landing", "qinglan-launch"},
        {"farelane-crash", "vellacruz-rail"},
        {"storm-bertrand", "moray-cancel"},
        {"games-opening", "continental-final"},
        {"tariff-slide", "qinglan-launch"},
        {"flint-testimony", "shutdown-begins"},
    )
    assert not coverage.joined(coverage.items(pieces=PIECES), PIECES, pairs)
    for day in coverage.by_day(coverage.items(pieces=PIECES)):
        assert not coverage.joined(day, PIECES, pairs)


def test_running_topics_that_stay_apart_squashed_into_one_day() -> None:
    """The Haldenburg verdicts and Streslau's safety area (New Year's Eve, more than 400
    women); Varrel's offer and the Games' opening (Qarovia, Selmarra, Haukvald, Harsol); the
    Composite's plunge and its trade-war slide (the Tremor index, CalmNote, 1,241 points); the
    shutdown's end and the next one (Quint, Harlan, the Harbour children); the two storms and
    the two launches. Squashed into one day only their words tell them apart (other running
    topics join on main: see the heavy-day test)."""
    pairs = (
        {"haldenburg-verdict", "streslau-safe-zone"},
        {"qarovia-offer", "games-opening"},
        {"composite-plunge", "tariff-slide"},
        {"shutdown-ends", "shutdown-begins"},
        {"storm-ysmay", "storm-bertrand"},
        {"petrel-landing", "qinglan-launch"},
    )
    assert not coverage.joined(coverage.heavy(PIECES), PIECES, pairs)
