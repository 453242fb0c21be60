"""Stories on the eleventh set of our own coverage (tests/stories/coverage_real11.py).

Written blind like the fourth to tenth, in the form of issue #16's hidden coverage: 70 items
from 42 outlets over four publication days months apart, two thirds of them whole articles
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

from tests.stories import coverage, coverage_real11

PIECES = coverage_real11.PIECES


def test_the_set_is_four_days_two_thirds_whole_articles_and_its_gold_is_consistent() -> None:
    # Four days of five to seven events each, 60 to 75 items from 40 or more outlets, two
    # thirds whole articles (none past 2,000 characters), five to seven near-empty items
    # each labelled with its event (see coverage.check_form).
    coverage.check_form(PIECES, coverage_real11.DAYS)


def test_real11_coverage_at_its_own_times() -> None:
    scores = coverage.scores(coverage.items(pieces=PIECES), PIECES)
    # Main when the set was written: pair_p 0.742, pair_r 0.576, pair_f1 0.649,
    # B-cubed 0.808. Wrong joins, all of one day (what would part or join each was tried on
    # copies of the texts after the set was measured, the set itself unchanged):
    # - two closures by drones on day 1: Marrowby's three articles (The Castrelle Courant's
    #   report, Runway Report's "Thirty hours and counting: why airports still cannot stop a
    #   drone", the Ilvary Evening Post's "'We just want to get home'") with Tellick's two
    #   (Agence Veritane's report, the ZPA brief): drone, runway, flights, halted in all, and
    #   each names the other (without Veritane's paragraph on Marrowby, Tellick's two stand
    #   apart);
    # - two avalanches on day 4: Hochfell's report, caption and Snowline News's snow
    #   explainer with the Col de Sarrault's radio brief and The Aubermont Post's report,
    #   each naming the other; taking the other's name out of the explainer or the Post's
    #   lead does not part them, yet day 4 clustered alone keeps them apart (see below);
    # - the opinion pieces with the events that prompted them: the Vestoria Herald's "A
    #   higher wage floor is not the enemy of jobs" (op-wages) with the wage rise's three
    #   (the same paper's brief among them), and its "Driverless cars need a referee, not a
    #   cheerleader" (op-robotaxis) with the permit's withdrawal (it names Autolume, Quenby
    #   and the permit).
    # Splits:
    # - five of seven near-empty items stay alone: "Watch: savers locked out" (bank-collapse;
    #   without "Watch:" it joins), "Video: Marrowby runway empty" (its caption says nothing
    #   of drones; alone without "Video:" too), "Wenlow: the scene from above" (derail), "The
    #   2040 Games have a home" (games-host) and "Long live the queen" (coronation), which
    #   name nothing or only a place; the abdication's teaser and Hochfell's caption join;
    # - a rare name kept out of the first report's title, later reports hours on: the Serene
    #   Dawn's spill is four stories of one (Agence Veritane's "Tanker runs aground off
    #   Costavera, spilling oil" names the ship in its second paragraph; with the ship in its
    #   title, or The Tanker Register's "Serene Dawn was detained twice before grounding"
    #   moved from 7.5 to half an hour after it, three join; the Ametra Coast Herald's "Fishing
    #   banned along 60km of coast" stays alone); Brassplate Markets' "Kaskade shares jump 18%
    #   on Emberfield find" (oil-find, 6.5 hours after Wellhead Daily's report; an hour after
    #   it, it joins and The Costavera Times's analysis leaves); the derailment's quote
    #   headline "'The carriage turned over and everything went dark'" (Tamsk Morning News, 3
    #   hours after the wire; half an hour after, it joins and the Trackside Journal's
    #   analysis leaves);
    # - a state agency's statement: TAMPRESS's "Prime Minister declares day of national
    #   mourning" (derail; Northern Star, Wenlow, "eleven"), alone even with Wenlow in its
    #   title or half an hour after the wire;
    # - a weekday that is not the event's: Screenshift's "Flikka is coming back" (app-lifted)
    #   says the app returns "from Wednesday" after Monday's ruling; without those two words
    #   it joins The Quorlan Standard's "High Court overturns Flikka ban";
    # - the robotaxi crash is three stories of three: the Quenby Gazette's "Driverless car
    #   strikes cyclist on Harbour Road", Mobility Insider's "Autolume pulls entire robotaxi
    #   fleet after cyclist crash in Quenby" and Autolume's own "An update on our Quenby
    #   service" share Quenby, Autolume, the cyclist, driverless taxis and 300 cars; none of
    #   the copies tried joins them (half an hour apart, a title naming Autolume or Quenby,
    #   leads alone, no weekday in either, the company's feed renamed), only Mobility Insider
    #   given the Gazette's title and lead;
    # - the Quenby Gazette's "End of the road for the robotaxis?" (robotaxi-permit), a
    #   question headline, alone here and joined when day 3 is clustered alone.
    # Kept together: the bank run's four (the tabloid's "RUN ON THE BANK!" and the savers'
    # question headline too), the arrest's two, the sale's three (the ministry's notice
    # too), the abdication's four, the app ban's three, the Games' four with the loser's
    # story, the prize's three (the review names the winner by surname only), the report's
    # three, the fine's three (€210m and 210m euro). Kept apart: the coronation and the
    # avalanche that names the new queen; the prize and the oil find (Costavera in both);
    # the crash and the wage rise (Vestoria, Quenby in both).
    # With media pages and bare lines judged by the rare words one story alone holds
    # (stories/thin.py): pair_p 0.793, pair_f1 0.802, B-cubed 0.887.
    # With a derailment read as a crash (stories/synonyms.py): the Trackside Journal's
    # "Questions over Tamsk's ageing northern line after Wenlow crash" joins the wire's
    # "Night express derails in Tamsk": pair_p 0.800, pair_f1 0.823, B-cubed 0.895.
    # With what a report's news "came as" told apart (signals._APART), Tellick's drone halt,
    # which "came as" Marrowby stayed shut, leaves Marrowby's story: pair_p 0.873, pair_f1
    # 0.841, B-cubed 0.903.
    assert scores.pair_p >= 0.85, scores
    assert scores.pair_f1 >= 0.83, scores
    assert scores.bcubed_f1 >= 0.90, scores


def test_real11_coverage_one_publication_day_at_a_time() -> None:
    days = coverage.per_day(PIECES)
    # Main when the set was written: pair_p 0.591, 1.000, 0.842, 1.000; pair_f1 0.578,
    # 0.595, 0.780, 0.783 (mean 0.684, min 0.578). Day 1 joins the two drone closures and
    # the wage opinion with the rise, and splits the crash three ways and the bank's and
    # Marrowby's captions, as at the own times. Day 2 (pair recall 0.423) splits the
    # derailment four ways and the spill four ways. Day 3 joins the robotaxi opinion with
    # the permit's withdrawal, whose Quenby Gazette question headline joins here; the Games'
    # teaser and the oil find's brief stay alone. Day 4, clustered alone, keeps the two
    # avalanches apart (joined at the own times) and splits Hochfell's snow explainer from
    # its report, the ruling's brief from the ruling and the coronation's teaser.
    # With the tabloid's words for the wire's (stories/words.py): day 2 0.700 (mean 0.737):
    # Seawatch Bulletin's lagoon and The Tanker Record's "detained twice" join the spill.
    # With media pages and bare lines judged by the rare words one story alone holds
    # (stories/thin.py): pair_f1 0.741, 0.762, 0.936, 0.923 (mean 0.840, min 0.741; worst-day
    # pair_p 0.645). With a derailment read as a crash (stories/synonyms.py), day 2 0.844:
    # the Trackside Journal's analysis "after Wenlow crash" joins the wire's "derails" (mean
    # 0.861).
    # With an article the fit turned away placed by the words its story holds (briefs.py), day
    # 4's explainer on the winter's snow joins the Hochfell avalanche, and the day's second
    # avalanche stays apart (weighed against the explainer, it joined): day 4 1.000 (mean
    # 0.880).
    # With what a report's news "came as" told apart (signals._APART), day 1's Tellick halt
    # leaves Marrowby's drones: day 1 0.791 (mean 0.893; worst-day pair_p 0.850).
    assert days.worst_p >= 0.80, days
    assert days.mean_f1 >= 0.885, days
    assert days.worst_f1 >= 0.77, days


def test_real11_coverage_squashed_into_one_day() -> None:
    scores = coverage.scores(coverage.heavy(PIECES), PIECES)
    # Main when the set was written: pair_p 0.511, pair_r 0.541, pair_f1 0.526,
    # B-cubed 0.729. Wrong joins of running topics' events months apart, beside the drones',
    # the avalanches' and the wage opinion's joins of the own times:
    # - bank-collapse (May's run, four items) with bank-sale (October's sale; the ministry's
    #   notice and Brassplate Markets' report): Thornbury, Corrow, Brasca, Castrelle and
    #   610,000 customers in all;
    # - abdicate (July, four) with coronation (January; Crown & Court's report and The World
    #   Brief's analysis): Casimir, Liane, Aubermont, Veldenor;
    # - app-ban (July, three) with app-lifted (January, two, which stay apart at their own
    #   times): Flikka, Quorlan, Sarvel, Vintner and six million users;
    # - robotaxi-crash (May; Mobility Insider's report and Autolume's statement) with
    #   robotaxi-permit (October; the wire's report) and the robotaxi opinion;
    # - derail (July; the Trackside Journal's analysis of the ageing line) with
    #   derail-report (January; the board's report and the wire's): the Northern Star, Wenlow,
    #   Hessmouth and Tamsk State Railways.
    # Kept apart: the spill, its fine six months on and the oil find off the same coast
    # between them (Serene Dawn, Ametra and Costavera shared), Oddvar's arrest and the bank's
    # run and sale, the Games and Marrowby's drones (Kirkhaven in both), the prize and the
    # coronation (Aubermont in both).
    # With media pages and bare lines judged by the rare words one story alone holds
    # (stories/thin.py): pair_p 0.575, pair_f1 0.673, B-cubed 0.804.
    # With reports half a day apart that date their events to two days of the week kept apart
    # (evidence.WEEKDAY_WITHIN, 8 hours before): the robotaxi's crash and the permit's revocation
    # part: pair_p 0.677, pair_f1 0.728, B-cubed 0.839.
    # With a headline that names no one judged by the rare names of its text for another
    # report's telling apart (Evidence._subjects), the travellers stranded at Marrowby keep
    # Tellick's halt, which "came as" Marrowby stayed shut, out of Marrowby's story: pair_p
    # 0.704, pair_f1 0.754, B-cubed 0.862.
    # With a date a text names read as another event's day (dates.dates_told: the sale's notice
    # dates the seizure to 14 May, the day the run's wire report is filed on), the run and the
    # sale part (the sale joins the arrest instead), and so do the derailment and the report
    # into it: pair_p 0.818, pair_f1 0.832, B-cubed 0.897.
    assert scores.pair_p >= 0.8, scores
    assert scores.pair_f1 >= 0.82, scores
    assert scores.bcubed_f1 >= 0.89, scores


def test_same_day_events_that_share_a_place_stay_apart() -> None:
    """Day 4's coronation in Aubermont and the Col de Sarrault avalanche whose report says the
    new queen cancelled a reception; day 3's prize for a novelist from Costavera and the oil
    find off its coast; day 1's robotaxi crash in Quenby and Vestoria's wage rise; day 3's sale
    of Thornbury and the Games vote that Ilvary's Kirkhaven lost. And day 4's two avalanches,
    which each name the other, when the day is clustered alone (at the own times they join on
    main: see the own-times test; so do day 1's two drone closures, which are left out)."""
    pairs = (
        {"coronation", "aval-sarrault"},
        {"coronation", "aval-hochfell"},
        {"prize", "oil-find"},
        {"robotaxi-crash", "wage-rise"},
        {"bank-sale", "games-host"},
    )
    assert not coverage.joined(coverage.items(pieces=PIECES), PIECES, pairs)
    day4 = coverage.by_day(coverage.items(pieces=PIECES))[3]
    for events in coverage.events(coverage.clustered(day4), PIECES):
        assert not {"aval-hochfell", "aval-sarrault"} <= events, events


def test_spill_and_bank_topics_stay_apart_squashed_into_one_day() -> None:
    """The Serene Dawn's spill and the fine six months later share the ship, its owner, the
    lagoon and the minister; the oil find between them recalls the spill. Oddvar's arrest
    recalls the run on Thornbury and names the sale to come. Squashed into one day only their
    words tell them apart, and the sale's notice dates the seizure to 14 May, the day the run's
    wire report is filed on (see dates.dates_told). Before that rule the run and the sale
    joined; since, the sale joins the arrest, whose two reports it pairs with weakly (0.18 and
    0.13, no rule tells them apart: see the heavy-day test)."""
    pairs = (
        {"spill", "spill-fine"},
        {"spill", "oil-find"},
        {"spill-fine", "oil-find"},
        {"bank-arrest", "bank-collapse"},
        {"bank-collapse", "bank-sale"},
        {"games-host", "drones-marrowby"},
        {"prize", "coronation"},
    )
    assert not coverage.joined(coverage.heavy(PIECES), PIECES, pairs)
