"""Stories on the fourteenth set of our own coverage (tests/stories/coverage_real14.py).

Written blind like the fourth to thirteenth, in the forms nearest issue #16's hidden coverage:
mainstream English outlets of 2017-2018 of the American, British, Australian and Indian kinds
as their RSS feeds give them (a Reuters-like and an AP-like wire, an Indian wire, a press
release and the news written from it, broadsheets, business, crypto and tech sites, TV and
radio sites of a sentence, aggregators' teasers, a tabloid, an opinion site and a video
site's captions); 70 items from 41 outlets over four publication days months apart, 30 of
them whole articles whose background names the running topics' earlier events, 33 RSS items
of a headline and a line, on the kinds of news of the hidden set's days (a reclusive state's
missile, satellite, oil and olive branch; a cryptocurrency's fall and a crackdown; a gadget;
tech insiders against "addiction"). Scored as the hidden coverage is: at the items' own
times, one publication day at a time (each day's items clustered alone; the mean and the
worst day), and squashed into one heavy day. The floors are where main stood when the set
was first clustered, rounded down by about 0.02 (figures in the comments): they guard
against losing ground and are raised as the clusterer learns the classes the set holds.
Issue #16's bars: pair precision 0.95, mean pair F1 over days 0.95 with no day under 0.85,
heavy-day pair F1 0.85 and B-cubed 0.92.
"""

from __future__ import annotations

from itertools import combinations

from tests.stories import coverage, coverage_real14

PIECES = coverage_real14.PIECES


def test_the_set_is_four_days_of_english_feeds_in_their_forms_and_its_gold_is_consistent() -> None:
    # Four days of five to seven events each, 60 to 75 items from 40 or more outlets, two
    # fifths or more whole articles (none past 1,800 characters), three to five near-empty
    # video captions each labelled with its event (see coverage.check_form); thirty or more
    # RSS items of a headline and a line (100 to 250 characters).
    coverage.check_form(
        PIECES, coverage_real14.DAYS, whole_share=2 / 5, longest=1800, near_empty=range(3, 6)
    )
    assert len(PIECES) == 70
    assert len({p.feed for p in PIECES}) == 41
    assert sum(len(p.text) >= 1200 and p.text.count("\n") >= 4 for p in PIECES) == 30
    assert sum(100 < len(p.text) <= 250 and "\n" not in p.text for p in PIECES) == 33
    assert sum(len(p.text) < 100 for p in PIECES) == 4
    # The feeds' forms: a Reuters-like dateline "CITY, Month Day (Tollwire) -" with its
    # credit line, an AP-like "By NAME, Lanyard Press" over "CITY, Country (LP) —", an
    # Indian wire's "CITY, Mon Day (VNS) -", a press release's "/Prismwire/ --"; at most
    # two shouted headlines, as in real feeds.
    assert sum("(Tollwire) - " in p.text for p in PIECES) == 6
    assert sum("(Reporting by " in p.text for p in PIECES) == 6
    assert sum(p.text.startswith("By ") and "(LP) — " in p.text for p in PIECES) == 3
    assert sum(p.text.startswith("SONAGARH, ") and "(VNS) - " in p.text for p in PIECES) == 1
    assert sum("/Prismwire/ -- " in p.text for p in PIECES) == 1
    assert sum(p.title.isupper() for p in PIECES) <= 2


def test_real14_coverage_at_its_own_times() -> None:
    scores = coverage.scores(coverage.items(pieces=PIECES), PIECES)
    # Main when the set was first clustered: pair_p 1.000, pair_r 0.902, pair_f1 0.949,
    # B-cubed 0.967. No wrong join. Splits:
    # - two of the four near-empty video captions stay alone, as issue #16 wants: "Watch:
    #   Ysolde rips through Carrawind" (cyclone-ysolde) and "Video: Andaro's Sorrel
    #   apologises for Loop burns" (andaro-recall); the missile's ("Sirens on Istrelle as
    #   missile passes overhead") and the olive branch's ("Kostanyk: 'Sport can open the
    #   door'") join their events;
    # - the Indian wire's brief on Kelland's licences ("Kelland curbs on crypto exchanges
    #   may raise costs for Indian traders: experts") stays out of the licences' story.
    # Kept together: the missile (the analysis "Kostanyk's rocket is a message"), Fennig's
    # fall ("Fennig Slumps to 3-Month Low Below $4K", "Fennig is getting absolutely
    # hammered" and the markets story that names the missile), the Unhook Project (the
    # radio's line that names nobody), the Loop's launch, the satellite, the typhoon, the
    # bid (the press release with the news written from it), the tanker, Brimvault's hack
    # ("CRYPTO HEIST"), both strikes, the olive branch, the blocked takeover, the inquiry,
    # Hubbub's time limits (the how-to). Kept apart: the cyclone and the typhoon of day 2,
    # the two strikes of day 3, the opinion column and the campaign of day 1.
    # With media pages and bare lines judged by the rare words one story alone holds
    # (stories/thin.py): pair_p 1.000, pair_f1 0.983, B-cubed 0.989.
    # With a rise against a fall beside an act both headlines tell opposing nothing
    # (opposites.opposed): the Indian wire's brief joins the licences' story, every pair right.
    assert scores.pair_p >= 0.99, scores
    assert scores.pair_f1 >= 0.99, scores
    assert scores.bcubed_f1 >= 0.99, scores


def test_real14_coverage_one_publication_day_at_a_time() -> None:
    days = coverage.per_day(PIECES)
    # Main when the set was first clustered: pair_p 1.000, 1.000, 1.000, 1.000; pair_f1
    # 1.000, 0.923, 0.933, 0.923 (mean 0.945, min 0.923). The splits of the own times, each
    # on its day: day 2 the cyclone's caption, day 3 the recall's caption, day 4 the
    # Indian wire's brief on the licences. Day 1 is whole.
    # With media pages and bare lines judged by the rare words one story alone holds
    # (stories/thin.py): pair_f1 1.000, 1.000, 1.000, 0.923 (mean 0.981, min 0.923; worst-day
    # pair_p 1.000).
    # With a rise against a fall beside an act both headlines tell opposing nothing
    # (opposites.opposed): day 4's Indian wire's brief joins, every day 1.000.
    assert days.worst_p >= 0.99, days
    assert days.mean_f1 >= 0.99, days
    assert days.worst_f1 >= 0.99, days


def test_real14_coverage_squashed_into_one_day() -> None:
    scores = coverage.scores(coverage.heavy(PIECES), PIECES)
    # Main when the set was first clustered: pair_p 0.625, pair_r 0.870, pair_f1 0.727,
    # B-cubed 0.839. Wrong joins of running topics' events months apart:
    # - andaro-loop (May, three) with andaro-recall (October, three of four): Andaro, the
    #   Loop, Sorrel, $299, Rs 21,990;
    # - unhook-launch (May, three) with hubbub-limits (February, three): Hubbub, Glimmerly,
    #   Wrenfield, the Unhook Project;
    # - cyclone-ysolde (July, three of four) with ysolde-inquiry (February, three):
    #   Ysolde, Carrawind, Northmarch, Brannagh;
    # - brackwater-bid (July, four) with brackwater-blocked (February, three): Brackwater,
    #   Yarrowdale, $8.4 billion, $14.60 a share, 38%;
    # - kelland-ban (February) split between the running topic's earlier events: Coinbeat's
    #   report with fennig-fall (May, five) and the Dunmarrow Times's explainer with
    #   brimvault-hack (October, four); its RSS line and the Indian wire's brief stay alone.
    # Splits as at the own times: the cyclone's and the recall's captions. Kept apart:
    # Dravonia's four events (the missile, the satellite, the tanker and the olive branch,
    # each recalling the earlier ones), Fennig's fall and Brimvault's hack, the two storms
    # and the two strikes.
    # With reports half a day apart that date their events to two days of the week kept apart
    # (evidence.WEEKDAY_WITHIN, 8 hours before): pair_p 0.610, pair_f1 0.748, B-cubed 0.856.
    assert scores.pair_p >= 0.60, scores
    assert scores.pair_f1 >= 0.74, scores
    assert scores.bcubed_f1 >= 0.85, scores


def test_same_day_events_of_one_kind_or_place_stay_apart() -> None:
    """Day 2's two storms (Cyclone Ysolde in Corrandia and Typhoon Sepora in Sulawan, which
    the AP-like report of the cyclone names); day 3's two strikes (Port Wyndle's train
    drivers and Kelland's junior doctors); day 1's Fennig story that names the Dravonian
    missile; Kelland's hack and doctors' strike (day 3); Stackridge's ring and the campaign
    (day 1). At the own times and each day alone."""
    pairs = (
        {"cyclone-ysolde", "typhoon-sepora"},
        {"wyndle-rail-strike", "kelland-doctors-strike"},
        {"fennig-fall", "dravonia-missile"},
        {"brimvault-hack", "kelland-doctors-strike"},
        {"andaro-loop", "unhook-launch"},
        {"unhook-launch", "op-screentime"},
    )
    assert not coverage.joined(coverage.items(pieces=PIECES), PIECES, pairs)
    for day in coverage.by_day(coverage.items(pieces=PIECES)):
        assert not coverage.joined(day, PIECES, pairs)


def test_running_topics_that_stay_apart_squashed_into_one_day() -> None:
    """Dravonia's missile, satellite, tanker and olive branch, months apart and each
    recalling the earlier ones (Kostanyk, Marvessa, Istrelle, Port Aubrin, the Council of
    Nations, the Hvezda-12); Fennig's fall and Brimvault's hack (Fennig, Tregarth, Kelland,
    Dunmarrow); the two storms and the two strikes. Squashed into one day only their words
    tell them apart (other running topics join on main: see the heavy-day test)."""
    dravonia = ("dravonia-missile", "dravonia-satellite", "dravonia-tanker", "dravonia-games")
    pairs = (
        *({a, b} for a, b in combinations(dravonia, 2)),
        {"fennig-fall", "brimvault-hack"},
        {"cyclone-ysolde", "typhoon-sepora"},
        {"wyndle-rail-strike", "kelland-doctors-strike"},
    )
    assert not coverage.joined(coverage.heavy(PIECES), PIECES, pairs)
