"""Stories on the sixteenth set of our own coverage (tests/stories/coverage_real16.py).

Written blind like the fourth to fifteenth, in the forms nearest issue #16's hidden coverage:
mainstream English outlets of 2017-2018 of the British, American, Irish, Canadian,
Australian, Singaporean and Indian kinds as their RSS feeds give them, with a Reuters-like
wire ("UPDATE 1-"), an AP-like one, a Kyodo-like one, an Indian one and a business wire,
broadsheets, a tabloid, regional TV sites, business, motoring, crypto, tech, science,
weather, sports, celebrity, royal and music sites, aggregators' one-liners, an opinion site
("Opinion:", "Analysis:") and an unlabelled column, a police force's and a foreign
ministry's own statements and a video site's captions; 68 items from 43 outlets over four
publication days months apart, 29 of them whole articles whose background names the running
topics' earlier events, 29 RSS items of a headline and a line, on the kinds of news of the
hidden set's days (a chip flaw and its patches, a poisoned former spy and the expulsions, an
exchange's stolen coins and its repayment, a prince's engagement and wedding, a doping ban
and its appeal, a school shooting and the march, a carmaker's fine and its investors' case,
an election called and its result, a volcano, a singer's death, two strikes, two fires, two
rulings). Scored as the hidden coverage is: at the items' own times, one publication day at
a time (each day's items clustered alone; the mean and the worst day), and squashed into one
heavy day. The floors are where main stood when the set was first clustered, rounded down by
about 0.02 (figures in the comments): they guard against losing ground and are raised as the
clusterer learns the classes the set holds. Issue #16's bars: pair precision 0.95, mean pair
F1 over days 0.95 with no day under 0.85, heavy-day pair F1 0.85 and B-cubed 0.92.
"""

from __future__ import annotations

from tests.stories import coverage, coverage_real16

PIECES = coverage_real16.PIECES


def test_the_set_is_four_days_of_english_feeds_in_their_forms_and_its_gold_is_consistent() -> None:
    # Four days of five to seven events each, 60 to 75 items from 40 or more outlets, two
    # fifths or more whole articles (none past 1,800 characters), three to five near-empty
    # video captions each labelled with its event (see coverage.check_form); 29 RSS items of
    # a headline and a line (100 to 250 characters).
    coverage.check_form(
        PIECES, coverage_real16.DAYS, whole_share=2 / 5, longest=1800, near_empty=range(3, 6)
    )
    assert len(PIECES) == 68
    assert len({p.feed for p in PIECES}) == 43
    assert len({p.event for p in PIECES}) == 22
    assert sum(len(p.text) >= 1200 and p.text.count("\n") >= 4 for p in PIECES) == 29
    assert sum(100 < len(p.text) <= 250 and "\n" not in p.text for p in PIECES) == 29
    assert sum(len(p.text) < 100 for p in PIECES) == 4
    # The wires' forms: a Reuters-like "UPDATE n-" over "CITY, Mon Day (Kestwire) - " with
    # its credit line, an AP-like byline over "CITY, Country (CNP) — ", a Kyodo-like "CITY,
    # Mon. Day (Hoshida) — ", an Indian "City [Country], Mon Day (VPT): " and a business
    # wire's "(Bramwell) -- "; labelled opinion and analysis; at most two shouted headlines,
    # as in real feeds.
    assert sum(p.title.startswith(("UPDATE 1-", "UPDATE 2-")) for p in PIECES) == 2
    assert sum("(Kestwire) - " in p.text for p in PIECES) == 2
    assert sum("(Reporting by " in p.text for p in PIECES) == 2
    assert sum(p.text.startswith("By ") and "(CNP) — " in p.text for p in PIECES) == 3
    assert sum("(Hoshida) — " in p.text for p in PIECES) == 2
    assert sum("[Varundh], " in p.text and "(VPT): " in p.text for p in PIECES) == 2
    assert sum(p.text.startswith("(Bramwell) -- ") for p in PIECES) == 3
    assert sum(p.title.startswith(("Opinion:", "Analysis:")) for p in PIECES) == 3
    assert sum(p.title.isupper() for p in PIECES) == 1


def test_real16_coverage_at_its_own_times() -> None:
    scores = coverage.scores(coverage.items(pieces=PIECES), PIECES)
    # Main when the set was first clustered: pair_p 1.000, pair_r 0.585, pair_f1 0.738,
    # B-cubed 0.849. No wrong join. Splits:
    # - hartsford-march falls apart into its four items, none with another: the AP-like
    #   "Hundreds of thousands march in Hartsford to demand tougher gun laws", the evening
    #   paper's unlabelled column "They were told they were too young. They came anyway.",
    #   the TV site's "Liberty Mall packed as student-led gun control march fills downtown"
    #   and the caption "Watch: Jordyn Ames's silence on the stage";
    # - tarrovia-result falls apart into its three: "Fenzi's Free Tarrovia Movement tops poll
    #   as Tarrovia faces hung parliament", the aggregator's "Anti-establishment surge leaves
    #   Tarrovia without a clear winner" and "Analysis: Why Tarrovia's young voters deserted
    #   Varano for a movement with no programme";
    # - royal-wedding is two pairs: "Edmund and Mariel wed at Harrowdene" with the celebrity
    #   site's "Mariel's dress was simple and stunning", and the broadcaster's "Duke and
    #   Duchess of Wrexley: the moments you may have missed" with the royal site's "A
    #   bishop's sermon, a gospel choir and a kiss";
    # - royal-engagement's tabloid "HE'S PUT A RING ON IT!" and its caption "Watch: the
    #   couple's first photo call in the Sunken Garden" each alone;
    # - sallowbury-poisoning's police statement "Update on the incident in Sallowbury city
    #   centre" and its caption "Video: officers in hazmat suits at Abbey Yard" each alone;
    # - one item each alone from vostrava-appeal (the sports site's "SAT clears 28
    #   Vostravans; GGC says no automatic ticket to Kallasvik"), kinsho-repay (the business
    #   wire's "Kinsho to Compensate Clients 46.3 Billion Yen; Monashi to Buy Exchange"),
    #   kinsho-theft (the Singaporean paper's "Tamaku crypto platform hit by record heist")
    #   and agatari-eruption (the caption "Ash plume over Mount Agatari, filmed from a
    #   plane"): all four captions stay alone.
    # Kept together: Quillgate's disclosure (all four, the aggregator's "The processor in your
    # computer probably has a serious security hole" among them), the expulsions (all four:
    # the foreign ministry's statement, the tabloid, the Canadian paper), the shooting (all
    # four), the ban (all four: the Indian wire's reaction, the opinion), the patches (all
    # three, the analysis among them), the tower fire, the wildfire, the singer's death,
    # Hallstein's fine and its ruling, Tarrovia's election called, the teachers' strike.
    # Now pair_r 0.634, pair_f1 0.776, B-cubed 0.875: the appeal's "SAT clears 28
    # Vostravans" joins "Tribunal overturns life bans" (a ruling that overturns a penalty
    # clears: see headlines.acts), and the business wire's "Kinsho to Compensate Clients"
    # joins "Kinsho to repay hacked customers" (the repayment, not the hack).
    # With a protest's "march" a word (the month's "March" none): pair_f1 0.785, B-cubed
    # 0.879, the march's AP-like report and the TV site's "Liberty Mall packed as student-led
    # gun control march" join.
    # With a labelled comment keeping 0.65 of its pair score (evidence.COMMENT_SHARE, 0.5 before):
    # tarrovia-result's three are one story, the analysis sharing words with both reports:
    # pair_r 0.683, pair_f1 0.812, B-cubed 0.898.
    # With media pages and bare lines judged by the rare words one story alone holds
    # (stories/thin.py): pair_p 1.000, pair_f1 0.892, B-cubed 0.938.
    # With a text that says "yesterday" knowing the day after the days it names
    # (dates.days_named): the police's "Update on the incident in Sallowbury city centre" joins
    # the poisoning: pair_p 1.000, pair_f1 0.955, B-cubed 0.974.
    assert scores.pair_p >= 0.98, scores
    assert scores.pair_f1 >= 0.94, scores
    assert scores.bcubed_f1 >= 0.965, scores


def test_real16_coverage_one_publication_day_at_a_time() -> None:
    days = coverage.per_day(PIECES)
    # Main when the set was first clustered: pair_p 1.000, 1.000, 1.000, 1.000; pair_f1
    # 0.727, 0.811, 0.919, 0.538 (mean 0.749, min 0.538). Each day's stories are the own
    # times' stories of that day: day 1 the police statement, the caption and the heist line
    # alone; day 2 the tabloid's ring, its caption and the business wire's repayment alone;
    # day 3 only the eruption's caption alone; day 4 the march's four and the result's three
    # each alone and the wedding in two pairs (the worst day).
    # Now day 2 0.872 and day 4 0.643 (the repayment's and the appeal's joins): mean 0.790,
    # min 0.643.
    # With "march" a word, day 4 0.690: mean 0.802, min 0.690.
    # With media pages and bare lines judged by the rare words one story alone holds
    # (stories/thin.py): pair_f1 0.833, 0.927, 1.000, 0.774 (mean 0.884, min 0.774; worst-day
    # pair_p 1.000).
    # With a text that says "yesterday" knowing the day after the days it names
    # (dates.days_named): the police's "Update on the incident in Sallowbury city centre" joins
    # the poisoning: day 1 1.000, mean 0.944 (0.917 before), worst day 0.774.
    assert days.worst_p >= 0.98, days
    assert days.mean_f1 >= 0.93, days
    assert days.worst_f1 >= 0.75, days


def test_real16_coverage_squashed_into_one_day() -> None:
    scores = coverage.scores(coverage.heavy(PIECES), PIECES)
    # Main when the set was first clustered: pair_p 0.620, pair_r 0.598, pair_f1 0.609,
    # B-cubed 0.788. Wrong joins, all within running topics:
    # - vostrava-ban (August, all four) with two of vostrava-appeal's three (March: "Tribunal
    #   overturns life bans on 28 Vostravan athletes" and "Justice for our athletes, says
    #   sports ministry after Vevrier verdict"): Vostrava, Kallasvik, Tessino, Belousko;
    # - birchmoor-shooting (August, all four) with hartsford-march's AP-like report
    #   ("Hundreds of thousands march in Hartsford", March): Birchmoor, Coralia, 14 killed;
    # - tarrovia-called (August, both) with tarrovia-result's "Fenzi's Free Tarrovia
    #   Movement tops poll" (March): Varano, Fenzi, the early election;
    # - quillgate-flaw (May, all four) with two of quillgate-patches' three ("Veltrix tells
    #   customers to stop installing its Quillgate fixes" and "Veltrix Says Chip-Flaw Fixes
    #   Slow Servers Up to 30%", December): Veltrix, Quillgate, Arcstream;
    # - hallstein-fine (May, both) with hallstein-appeal (March, both): Hallstein,
    #   Brauheim, the defeat device.
    # Splits otherwise as at the own times, and the patches' analysis alone. Kept apart: the
    # poisoning and the expulsions, the engagement and the wedding, Kinsho's theft and its
    # repayment, the two strikes, the two fires, the two rulings.
    # Now pair_p 0.707, pair_r 0.646, pair_f1 0.675, B-cubed 0.828: the repayment's three
    # join; the appeal's three ("SAT clears", "Tribunal overturns life bans", the ministry's
    # "Justice for our athletes") are one story and apart from the ban (a ban is a block, a
    # ruling that overturns it a clearing: see headlines.acts); the other wrong joins are the
    # same.
    # With a labelled comment keeping 0.65 of its pair score (evidence.COMMENT_SHARE, 0.5 before):
    # the patches' analysis joins its event's two reports, which are in the disclosure's
    # story: pair_p 0.679, pair_r 0.671, pair_f1 0.675, B-cubed 0.833 (precision falls by
    # the analysis's four pairs with the disclosure as recall rises by its two with the
    # patches; the wrong join is the one above).
    # With media pages and bare lines judged by the rare words one story alone holds
    # (stories/thin.py): pair_p 0.681, pair_f1 0.727, B-cubed 0.857.
    # With a text that says "yesterday" knowing the day after the days it names
    # (dates.days_named): the police's "Update on the incident in Sallowbury city centre" joins
    # the poisoning: pair_p 0.709, pair_f1 0.789, B-cubed 0.888.
    assert scores.pair_p >= 0.69, scores
    assert scores.pair_f1 >= 0.77, scores
    assert scores.bcubed_f1 >= 0.88, scores


def test_same_day_events_of_one_kind_or_place_stay_apart() -> None:
    """Day 1's two strikes (Okanee's teachers and Fenmoor airport's baggage handlers); day
    3's two fires (the Coldharbour tower block and the Ember Ridge wildfire); day 4's two
    rulings (the tribunal's for Vostrava's athletes and the Brauheim court's against
    Hallstein); same-day events that share a place or names: the poisoning and the airport
    strike in Bramland (day 1), the expulsions, the tower fire and the singer's death in
    Kingsmouth (day 3). At the own times and each day alone."""
    pairs = (
        {"okanee-teachers", "fenmoor-strike"},
        {"coldharbour-fire", "ember-ridge-fire"},
        {"vostrava-appeal", "hallstein-appeal"},
        {"sallowbury-poisoning", "fenmoor-strike"},
        {"vostrava-expulsions", "coldharbour-fire"},
        {"vostrava-expulsions", "carrow-death"},
        {"coldharbour-fire", "carrow-death"},
    )
    assert not coverage.joined(coverage.items(pieces=PIECES), PIECES, pairs)
    for day in coverage.by_day(coverage.items(pieces=PIECES)):
        assert not coverage.joined(day, PIECES, pairs)


def test_running_topics_that_stay_apart_squashed_into_one_day() -> None:
    """The Sallowbury poisoning and the expulsions (Derevko, Malvane, Karsakov, Vostrava);
    the engagement and the wedding (Edmund, Mariel Tessaro, Kensal Lodge, Harrowdene);
    Kinsho's theft and its repayment (Warabe, Veyra, 260,000 customers); Vostrava's ban and
    the ruling that overturns it (a ban blocks, the ruling clears: see headlines.acts; joined
    when the set was written); and the same-day pairs of one kind. Squashed into one day only
    their words tell them apart (other running topics join on main: see the heavy-day
    test)."""
    pairs = (
        {"sallowbury-poisoning", "vostrava-expulsions"},
        {"royal-engagement", "royal-wedding"},
        {"kinsho-theft", "kinsho-repay"},
        {"vostrava-ban", "vostrava-appeal"},
        {"okanee-teachers", "fenmoor-strike"},
        {"coldharbour-fire", "ember-ridge-fire"},
        {"vostrava-appeal", "hallstein-appeal"},
    )
    assert not coverage.joined(coverage.heavy(PIECES), PIECES, pairs)
