"""Stories on the eighth set of our own coverage (tests/stories/coverage_real8.py).

Written blind like the fourth to seventh, in the form of issue #16's hidden coverage: 79 items
from 50 outlets over four publication days months apart, over two thirds of them whole
articles whose background names the running topics' earlier events, beside briefs and
near-empty video captions and teasers, on kinds of news the earlier sets do not hold.
Scored as the hidden coverage is: at the items' own times, one publication day at a time
(each day's items clustered alone; the mean and the worst day), and squashed into one heavy
day. The floors are where main stood when the set was written, rounded down by about 0.02
(figures in the comments): they guard against losing ground and are raised as the
clusterer learns the classes the set holds. Issue #16's bars: pair precision 0.95, mean
pair F1 over days 0.95 with no day under 0.85, heavy-day pair F1 0.85 and B-cubed 0.92.
"""

from __future__ import annotations

from tests.stories import coverage, coverage_real8

PIECES = coverage_real8.PIECES


def test_the_set_is_four_days_two_thirds_whole_articles_and_its_gold_is_consistent() -> None:
    # Four days of six to eight events each, 70 to 80 items from 45 or more outlets, two
    # thirds whole articles (none past 2,200 characters), six to eight near-empty items
    # (see coverage.check_form).
    coverage.check_form(
        PIECES,
        coverage_real8.DAYS,
        events_a_day=range(6, 9),
        count=range(70, 81),
        outlets=45,
        longest=2200,
        near_empty=range(6, 9),
        labelled=False,
    )


def test_real8_coverage_at_its_own_times() -> None:
    scores = coverage.scores(coverage.items(pieces=PIECES), PIECES)
    # Main when the set was written: pair_p 0.841, pair_r 0.637, pair_f1 0.725,
    # B-cubed 0.861. One wrong join, on day 4: Lartey's transfer (Pitchside's "Lartey
    # completes record €96m move to Porthaven", Sportline's "'Sporting gave me everything'",
    # The Shout's "KOFI'S OFF FOR 96 MILLION") with his successor's (The Dunmere Times'
    # "Rovers sell Rivalho to Sporting Amsel for €22m", KSR Sport's "Sporting land Rivalho
    # as Lartey's successor") and The Prospect Weekly's opinion on fees ("Football's price
    # tags have lost touch with the game"): each names the other's player and clubs.
    # Splits (the same on the days run alone):
    # - drevnia-election three ways: the three reports; the Montclere Journal's "Analysis:
    #   Drevnia's voters punish the pension plan, and Aubria takes note"; NewsClip TV's
    #   caption ("Vantosh: 'They asked us to lead'");
    # - layoffs-quillon: The Daily Fold's teaser ("One in nine Quillon jobs gone");
    # - chip-ban: the Talmir State News Agency's "Commerce ministry: Talmir will take
    #   resolute measures to defend its lawful rights" apart from the three Kethran reports;
    # - lartey-bid and lartey-signs: Goal Reel's captions ("Sporting say no to €85m bid",
    #   "Lartey's first day in Porthaven colours");
    # - solvara-devalue: Morning Digest's teaser ("Solvar down 15%, bonds wobble");
    # - listeria-greywell: The Daily Blare's "Killer bug in supermarket cheese" (no name);
    # - bridge-corvel: NewsClip TV's "Moment of collapse caught on dashcam";
    # - vey-verdict: the Montclere Journal's "Opinion: The Vey verdict is right, and it is
    #   not enough" apart from the three reports;
    # - telescope-toren: Viewpoint Video's "A water world 112 light years away?";
    # - quillon-results: Kernel Panic's article and Market Minute's one-sentence brief.
    # Kept together: the tabloids' "HEART PILL ALERT", "HANDS OFF OUR KOFI" and "IS ANYBODY
    # OUT THERE?" with their events; the recall's press release with the news written from
    # it; Quillon's and Brightloom's cuts, the two food scares and the two debuts apart.
    # With two headlines that share no word and give sums far apart read as two deals
    # (figures.figures_clash): pair_p 1.000, pair_f1 0.923, B-cubed 0.954 (the €22m sale
    # leaves the €96m signing's story).
    # With a page whose text is a media label alone judged as a media page (signals._thin):
    # pair_p 1.000, pair_f1 0.948, B-cubed 0.965 (a TV channel's page of the winner's words, all
    # furniture but its headline, joins the election's story).
    # With numbers in words read as figures (words.NUMBER_WORDS): pair_p 0.965, pair_f1 0.932,
    # B-cubed 0.956. The opinion on fees, which opens on the record signing's "Ninety-six
    # million euros", joins the signing's story; its writers labelled it apart (the floors
    # lowered from 0.99, 0.945 and 0.96: the fifteen sets gain, see docs/history.md).
    assert scores.pair_p >= 0.95, scores
    # With a brief the story's fit turned away placed by the words its reports hold
    # (stories/briefs.py): pair_f1 0.944, B-cubed 0.965.
    assert scores.pair_f1 >= 0.94, scores
    assert scores.bcubed_f1 >= 0.95, scores


def test_real8_coverage_one_publication_day_at_a_time() -> None:
    days = coverage.per_day(PIECES)
    # Main when the set was written: pair_p 1.000, 1.000, 1.000, 0.593 (day 4's transfers
    # joined with the opinion on fees); pair_f1 0.762, 0.649, 0.800, 0.696 (mean 0.727,
    # min 0.649: day 2 splits the chip ban's Talmiri reply and four near-empty or unnamed
    # items from their events).
    # With reports anchored to one member's headline (tests/stories/test_anchored.py): pair_f1
    # 1.000, 0.810, 1.000, 0.696 (mean 0.876): day 1 takes in the newsletter's "One in nine
    # Quillon jobs gone", day 2 the morning digest's "Solvar down 15%".
    # With two headlines that share no word and give sums far apart read as two deals
    # (figures.figures_clash): mean 0.929, min 0.865,
    # worst-day pair_p 0.889.
    # With a page whose text is a media label alone judged as a media page (signals._thin):
    # pair_f1 1.000, 0.936, 1.000, 0.865 (mean 0.950, min 0.865; worst-day pair_p 0.889).
    # With numbers in words read as figures (words.NUMBER_WORDS): day 4's opinion on fees
    # joins the signing's story, not the sale's: pair_f1 1.000, 0.936, 1.000, 0.842 (mean
    # 0.945, min 0.842; worst-day pair_p 0.842; the floors lowered from 0.88, 0.945 and 0.86,
    # as above).
    # With a figure read alike however it is written (figure_forms.number_token: "96m euros" as
    # "€96m"), the opinion on fees leaves the signing's story: pair_f1 1.000, 0.936, 1.000,
    # 0.914 (mean 0.963, min 0.914; worst-day pair_p 1.000).
    assert days.worst_p >= 0.95, days
    assert days.mean_f1 >= 0.95, days
    assert days.worst_f1 >= 0.89, days


def test_real8_coverage_squashed_into_one_day() -> None:
    scores = coverage.scores(coverage.heavy(PIECES), PIECES)
    # Main when the set was written: pair_p 0.523, pair_r 0.637, pair_f1 0.574,
    # B-cubed 0.801. Wrong joins of running topics' events months apart:
    # - lartey-bid (July's refused €85m offer, three items) with lartey-signs (January's
    #   €96m transfer, three), rivalho-signs (two) and op-transfer-fees: one 9-item story;
    # - recall-tensiline (May's recall, four) with marrick-fine (October's 120m-solvar
    #   fine, three): Marrick, Tensiline, Harwick and NDEA in all seven;
    # - trial-vey-opens (May's opening, three) with vey-verdict's three reports (October);
    # - layoffs-quillon's three reports (May's 6,000 cuts) with Kernel Panic's
    #   quillon-results (October's quarter, which recalls the cuts).
    # Beside them the own-times splits. Kept apart: Drevnia's election, coalition deal and
    # blackouts (Vantosh, Bresk, Halm in all); the chip ban and the rare-earth curbs;
    # Solvara's devaluation and its loan; the bridge's collapse and its inquiry.
    # With a trial's opening as the charge's side of its verdict and a deal completed as
    # the other side of one rejected (rules made after seeing this set): the trial and the
    # verdict, the refused bid and the transfer stay apart: 0.690, 0.637, 0.663, 0.835.
    # With a brief's shared full names worth 0.06 each (evidence.BRIEF_NAMED, 0.04 before):
    # the opinion on transfer fees joins the bid's and the transfer's story, which shares
    # its player's name: 0.681, 0.868, 0.763, 0.891.
    # With a page whose text is a media label alone judged as a media page (signals._thin):
    # pair_p 0.706, pair_f1 0.770, B-cubed 0.885 (Goal Reel's page of the rejected bid is judged as
    # a media page, and the transfer days' items join in another order: fewer wrong pairs, and
    # fewer right ones).
    # With reports half a day apart that date their events to two days of the week kept apart
    # (evidence.WEEKDAY_WITHIN, 8 hours before): the forward's signing and his rival's sale part:
    # pair_p 0.778, pair_f1 0.811, B-cubed 0.900.
    # With a brief the story's fit turned away placed by the words its reports hold
    # (stories/briefs.py): pair_p 0.782, pair_f1 0.823, B-cubed 0.908.
    # With a product's recall and the fine over it as opposite acts (words.ACTS): the pill's
    # recall and the maker's fine part: pair_p 0.846, pair_f1 0.846, B-cubed 0.911.
    assert scores.pair_p >= 0.8, scores
    assert scores.pair_f1 >= 0.84, scores
    assert scores.bcubed_f1 >= 0.89, scores


def test_two_firms_cuts_two_food_scares_and_two_debuts_of_one_day_stay_apart() -> None:
    """Day 1's job cuts at Quillon and Brightloom, day 2's listeria in Aubria and salmonella
    in Rhovenia, day 3's debuts of Vellum Games and Tarnby Foods: the same kind of event on
    one day, different events. (Day 4's two transfers, which name each other, join on main:
    see the own-times test.)"""
    pairs = (
        {"layoffs-quillon", "layoffs-brightloom"},
        {"listeria-greywell", "salmonella-harrowfield"},
        {"ipo-vellum", "ipo-tarnby"},
    )
    assert not coverage.joined(coverage.items(pieces=PIECES), PIECES, pairs)


def test_drevnia_solvara_chip_and_bridge_topics_stay_apart_squashed_into_one_day() -> None:
    """The election, the coalition deal that recalls it and the blackouts under the new
    government share Drevnia, Vantosh, Bresk and Halm; the chip ban and Talmir's answer,
    the devaluation and its loan, the bridge's fall and its inquiry share their names.
    Squashed into one day only their words tell them apart."""
    pairs = (
        {"drevnia-election", "drevnia-coalition"},
        {"drevnia-coalition", "blackout-drevnia"},
        {"drevnia-election", "blackout-drevnia"},
        {"chip-ban", "talmir-minerals"},
        {"solvara-devalue", "solvara-loan"},
        {"bridge-corvel", "bridge-inquiry"},
    )
    assert not coverage.joined(coverage.heavy(PIECES), PIECES, pairs)
