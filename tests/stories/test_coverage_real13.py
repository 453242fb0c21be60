"""Stories on the thirteenth set of our own coverage (tests/stories/coverage_real13.py).

Written blind like the fourth to twelfth, in the form of issue #16's hidden coverage, and
leaning towards the news agencies the earlier sets lack, each in its house form: an Indian
wire with lakh and crore, a state agency of the Xinhua kind and one of the TASS kind, a
Yonhap-like wire, an ANSA-like wire translated into English with its word order, and a Gulf
state agency's honorifics; 68 items from 43 outlets over four publication days months
apart, 38 of them whole articles whose background names the running topics' earlier
events, 23 RSS items of a headline and a line, on kinds of news the earlier sets do not
hold. Scored as the hidden coverage is: at the items' own times, one publication day at a
time (each day's items clustered alone; the mean and the worst day), and squashed into one
heavy day. The floors are where main stood when the set was first clustered, rounded down
by about 0.02 (figures in the comments): they guard against losing ground and are raised as
the clusterer learns the classes the set holds. Issue #16's bars: pair precision 0.95, mean
pair F1 over days 0.95 with no day under 0.85, heavy-day pair F1 0.85 and B-cubed 0.92.
"""

from __future__ import annotations

from tests.stories import coverage, coverage_real13

PIECES = coverage_real13.PIECES


def test_the_set_is_four_days_half_whole_articles_in_agency_forms_and_its_gold_is_consistent() -> (
    None
):
    # Four days of five to seven events each, 60 to 75 items from 40 or more outlets, half
    # or more whole articles (none past 1,800 characters), three to five near-empty video
    # captions each labelled with its event (see coverage.check_form); a dozen or more RSS
    # items of a headline and a line (100 to 250 characters).
    coverage.check_form(
        PIECES, coverage_real13.DAYS, whole_share=1 / 2, longest=1800, near_empty=range(3, 6)
    )
    assert sum(100 < len(p.text) <= 250 and "\n" not in p.text for p in PIECES) >= 12
    # The agencies' house forms: an Indian wire's dateline without a dash and its lakh and
    # crore, a TASS-like "/ZARPRESS/.", a Xinhua-like "(Hualin) --", a Yonhap-like "(END)",
    # a translated "(LPA) - CITY, MON DD -" and a Gulf agency's "(KNA) -- His Highness".
    assert (
        sum(
            p.text.startswith(("NAVAPUR, ", "PATTANPUR, ")) and "(SPT) The " in p.text
            for p in PIECES
        )
        == 4
    )
    assert sum("crore" in p.text or "lakh" in p.text for p in PIECES) >= 5
    assert sum(". /ZARPRESS/. " in p.text for p in PIECES) == 3
    assert sum("(Hualin) -- " in p.text for p in PIECES) == 3
    assert sum(p.text.rstrip().endswith("(END)") for p in PIECES) == 3
    assert sum(p.text.startswith("(LPA) - ") for p in PIECES) == 3
    assert sum("(KNA) -- " in p.text and "His Highness" in p.text for p in PIECES) == 3


def test_real13_coverage_at_its_own_times() -> None:
    scores = coverage.scores(coverage.items(pieces=PIECES), PIECES)
    # Main when the set was first clustered: pair_p 0.945, pair_r 0.821, pair_f1 0.879,
    # B-cubed 0.932. What would part or join each was tried on copies of the texts after the
    # set was measured, the set itself unchanged. One wrong join:
    # - The Contrarian's column "There is no such thing as a stable coin" (op-stablecoins,
    #   which never names Levro) with Levro's four reports: its lead's "worth sixty-one cents
    #   by breakfast" meets the reports' 61 cents. Without that sentence it stays alone;
    #   retitled, without its closing paragraph or four hours later it stays joined.
    # Splits:
    # - the four near-empty video captions stay alone, as issue #16 wants ("Video: the coin
    #   that was supposed to never move", "Video: 21-gun salute at Qasr Al Bahr", "Watch: the
    #   winning shot and the celebrations", "Video: onboard at 600 km/h"); they stay alone
    #   with Levro, Xu and Al Saqra, Shekhawat or the Three Oceans Trophy, or the
    #   Jinhe-Suolan maglev in their titles;
    # - a fan blog's quote headline: Ninefold Nation's "Please take care of the others while
    #   I'm away" ("Our leader is officially a soldier now", Cheonhwa, never Ninefold's or
    #   Yoon Ha-jin's name) stays out of the enlistment's story; with Yoon Ha-jin in its
    #   title, or "Ninefold's leader Yoon Ha-jin" in its line, it joins (with "military
    #   service" for "a soldier" it does not).
    # Kept together: Levro's fall (the shouted "STABLE? NOT ANY MORE" and the RSS line too),
    # the Reserve Bank's cut (with "Did Navapur just blink first?"), Sorhae's rise, Lumo's
    # launch ("Memory giant makes a play for your face"), the wine fraud (the translated
    # wire and the magazine's "If your bargain Vellano tasted thin"), Xu's visit (the
    # Hualin agency's, the Gulf agency's honorifics and the business daily), the flood, the
    # final ("KARAN THE KING!"), the fire, the arrest (the ministry's "I.M., 34" with
    # "Levro founder Ilan Marchbanks detained"), the relief, the gas cut, the stake, Lumo's
    # end, Sheikh Rashid's visit, the gas deal, the retirement, the rate rise. Kept apart:
    # the two central banks' moves of day 1, which name each other; Lombrava's gas cut and
    # its airline's stake, and Khalidiya's arrest and its fund's stake, of day 3.
    # With media pages and bare lines judged by the rare words one story alone holds
    # (stories/thin.py): pair_p 0.941, pair_f1 0.947, B-cubed 0.968.
    # With a figure a story's headline gives read as its subject (thin._headline_subject):
    # pair_p 0.944, pair_f1 0.971, B-cubed 0.988 (the maglev's onboard video joins).
    assert scores.pair_p >= 0.92, scores
    assert scores.pair_f1 >= 0.965, scores
    assert scores.bcubed_f1 >= 0.985, scores


def test_real13_coverage_one_publication_day_at_a_time() -> None:
    days = coverage.per_day(PIECES)
    # Main when the set was first clustered: pair_p 0.826, 1.000, 1.000, 1.000; pair_f1
    # 0.826, 0.809, 0.941, 0.929 (mean 0.876, min 0.809). Day 1 joins the column with
    # Levro's reports as at the own times and splits Levro's caption. Day 2 splits the three
    # captions of the visit, the final and the fan blog. Day 3 splits the maglev's caption.
    # Day 4 splits the retirement, which stays whole at the own times: Cover Drive's tribute
    # takes whichever of the two short items comes first (The Daily Blast's "THANKS FOR THE
    # MEMORIES, SKIPPER" at 9h) and leaves the other (Willow Talk's "Former Sindhara captain
    # quits international cricket at 36" at 11h). Moved to 7h or 8.5h, Willow Talk's item
    # joins and the Blast's leaves; with Karan Shekhawat's name in either, nothing changes.
    # With media pages and bare lines judged by the rare words one story alone holds
    # (stories/thin.py): pair_f1 0.902, 0.963, 0.941, 1.000 (mean 0.952, min 0.902; worst-day
    # pair_p 0.821).
    # With a figure a story's headline gives read as its subject (thin._headline_subject):
    # pair_f1 0.902, 1.000, 1.000, 1.000 (mean 0.975, min 0.902; worst-day pair_p 0.821).
    assert days.worst_p >= 0.80, days
    assert days.mean_f1 >= 0.97, days
    assert days.worst_f1 >= 0.88, days


def test_real13_coverage_squashed_into_one_day() -> None:
    scores = coverage.scores(coverage.heavy(PIECES), PIECES)
    # Main when the set was first clustered: pair_p 0.612, pair_r 0.750, pair_f1 0.674,
    # B-cubed 0.819. Wrong joins of running topics' events months apart, beside the column's
    # of the own times:
    # - xu-visit (July, the four reports) with sahrani-visit (January; the Gulf agency's and
    #   Jinhe Daily's) and the Gulf agency's report of the Aerolombra stake (October): the
    #   agency's honorifics ("His Highness Sheikh Rashid bin Faisal Al Sahrani, President of
    #   the State") carry the stake's report; without them it joins its own event's two.
    #   Jinhe Daily's line leaves without "last summer's $24 billion"; the agency's report
    #   stays joined without its paragraph on the July visit, and without its honorifics too;
    #   the Hualin agency's report of the January talks stays alone, with or without its
    #   paragraph on the July visit;
    # - lumo-launch (May, three) with lumo-cancelled (January, three): Taehwa, Lumo, the
    #   smart glasses; without Gadgetory's paragraph on trying them in May, Hanbit's "eight
    #   months after it was unveiled", the price and the TX-9 chip, they stay joined;
    # - gas-cut (October, four) with the translated LPA brief of the gas deal (January:
    #   "Returns the Zarechyan gas to Lombrava. After three months of stop, ..."); without
    #   "three months of stop" or without Zargaz in its title it stays; rewritten in plain
    #   English order with the same facts it joins the deal's two other items;
    # - trophy-final (July, three) with shekhawat-retires (January, three): Shekhawat,
    #   Kandara, Dalvi, Perisingha, Kesarbagh; without the tribute's sentences on the final
    #   all six stay joined; with the brief and RSS line rid of the final too, only the
    #   tribute stays with the final.
    # Splits beside the own times': sahrani-visit's Hualin report, aerolombra-stake's Gulf
    # agency report, gas-deal's translated brief (each with another event's story). Kept
    # apart: Levro's fall and Marchbanks's arrest, the Reserve Bank's cut and its rise, the
    # flood and its relief, the Varensk fire and the gas cut, and the two central banks.
    # With media pages and bare lines judged by the rare words one story alone holds
    # (stories/thin.py): pair_p 0.685, pair_f1 0.779, B-cubed 0.875.
    # With two headlines that share no word and give sums far apart read as two deals
    # (figures.figures_clash): pair_p 0.727, pair_f1 0.825, B-cubed 0.906.
    # With a figure written in words read as in signs (figure_forms.figure_words): pair_p 0.759,
    # pair_f1 0.854, B-cubed 0.928.
    assert scores.pair_p >= 0.75, scores
    assert scores.pair_f1 >= 0.85, scores
    assert scores.bcubed_f1 >= 0.92, scores


def test_same_day_events_that_share_names_stay_apart() -> None:
    """Day 1's two central banks' moves, each naming the other (and Levro's report naming
    Sorhae's rise); day 2's flood and the final whose players mourned it; day 3's gas cut and
    airline stake of Lombrava, and arrest and fund's stake of Khalidiya. At the own times
    and each day alone (day 1's column joins Levro's reports on main: see the own-times
    test)."""
    pairs = (
        {"rbs-cut", "bos-hike"},
        {"levro-peg", "bos-hike"},
        {"sundargiri-flood", "trophy-final"},
        {"gas-cut", "aerolombra-stake"},
        {"marchbanks-arrest", "aerolombra-stake"},
    )
    assert not coverage.joined(coverage.items(pieces=PIECES), PIECES, pairs)
    for day in coverage.by_day(coverage.items(pieces=PIECES)):
        assert not coverage.joined(day, PIECES, pairs)


def test_running_topics_that_stay_apart_squashed_into_one_day() -> None:
    """Levro's fall and its founder's arrest (Levro, Kovalent, Marchbanks, $14 billion, 61
    cents); the Reserve Bank's cut and its rise eight months on (Venkataraman, the repo
    rate, 5.25 per cent, the Nav-30); the Sundargiri flood and its relief (the Kesri, 11
    lakh, Bhandare, Bhojpura); the Varensk fire and the gas cut (Zargaz, Belomestnov, the
    Polar Line); the two central banks of day 1. Squashed into one day only their words
    tell them apart (other running topics join on main: see the heavy-day test)."""
    pairs = (
        {"levro-peg", "marchbanks-arrest"},
        {"rbs-cut", "rbs-hike"},
        {"sundargiri-flood", "flood-relief"},
        {"varensk-fire", "gas-cut"},
        {"rbs-cut", "bos-hike"},
    )
    assert not coverage.joined(coverage.heavy(PIECES), PIECES, pairs)
