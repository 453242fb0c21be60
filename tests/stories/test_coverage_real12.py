"""Stories on the twelfth set of our own coverage (tests/stories/coverage_real12.py).

Written blind like the fourth to eleventh, in the form of issue #16's hidden coverage and
closer than the others to how English feeds of 2017-2018 looked: 64 items from 42 outlets
over four publication days months apart, wire copy with datelines, "UPDATE 2-" labels and
credit lines, bylined web copy, press releases, live blogs and RSS items of a headline and a
line, half of them whole articles whose background names the running topics' earlier events,
on kinds of news the earlier sets do not hold. Scored as the hidden coverage is: at the
items' own times, one publication day at a time (each day's items clustered alone; the mean
and the worst day), and squashed into one heavy day. The floors are where main stood when
the set was first clustered, rounded down by about 0.02 (figures in the comments): they
guard against losing ground and are raised as the clusterer learns the classes the set
holds. Issue #16's bars: pair precision 0.95, mean pair F1 over days 0.95 with no day under
0.85, heavy-day pair F1 0.85 and B-cubed 0.92.
"""

from __future__ import annotations

from tests.stories import coverage, coverage_real12

PIECES = coverage_real12.PIECES


def test_the_set_is_four_days_half_whole_articles_in_feed_forms_and_its_gold_is_consistent() -> (
    None
):
    # Four days of five to seven events each, 60 to 75 items from 40 or more outlets, half
    # or more whole articles (none past 1,800 characters), three to five near-empty video
    # captions each labelled with its event (see coverage.check_form); a dozen or more RSS
    # items of a headline and a line (100 to 250 characters).
    coverage.check_form(
        PIECES, coverage_real12.DAYS, whole_share=1 / 2, longest=1800, near_empty=range(3, 6)
    )
    assert sum(100 < len(p.text) <= 250 and "\n" not in p.text for p in PIECES) >= 12
    # The feed forms of 2017-2018: wire labels and credit lines, press releases, live blogs.
    assert sum(p.title.startswith(("UPDATE 1-", "UPDATE 2-", "SOCCER-")) for p in PIECES) >= 4
    assert sum("(Reporting by " in p.text for p in PIECES) >= 5
    assert sum("/Presswire Global/ --" in p.text for p in PIECES) == 3
    assert sum(p.title.startswith("Live: ") for p in PIECES) == 2


def test_real12_coverage_at_its_own_times() -> None:
    scores = coverage.scores(coverage.items(pieces=PIECES), PIECES)
    # Main when the set was first clustered: pair_p 0.742, pair_r 0.628, pair_f1 0.681,
    # B-cubed 0.825. What would part or join each was tried on copies of the texts after the
    # set was measured, the set itself unchanged. Wrong joins:
    # - two failures of one kind on day 1 that name each other: Corvina's outage (the wire's
    #   "UPDATE 2-", The Morning Standard's "Chaos at Marisport", the live blog, the
    #   airline's statement, Flightdeck Daily's "How one power cut brought a national airline
    #   to a standstill") with Karvadia's air traffic failure (Agence Mondiale's report,
    #   Headlinr's item, The Points Traveller's "Flying over Karvadia tonight?"). Agence
    #   Mondiale's closing paragraph on Corvina (75,000, Marisport, a power cut) is the link:
    #   without it the two stay apart, while Flightdeck's paragraph on Tolvane and Headlinr's
    #   "hours after Corvina's meltdown" join nothing on their own;
    # - The Daily Wallop's "SHIELD SHAMBLES" (shield-final, a shouted brief on the 3-0) with
    #   the sacking's two reports ("Ravensholm sack Eckhardt after Shield final
    #   humiliation", "SOCCER-Ravensholm fire coach Eckhardt after cup final loss"): the
    #   shouted "SHIELD" meets "Shield final" (titled "SHAMBLES" it stays alone, and so it
    #   does when the sacking's titles drop "Shield final"); moved to an hour after the
    #   match reports it chains the final and the sacking into one story of six.
    # Splits:
    # - the four near-empty video captions stay alone, as issue #16 wants ("Video: queues
    #   snake out of Marisport terminal", "Video: mission control erupts", "Watch: cheers as
    #   the last diver surfaces", "Watch: applause in the gallery");
    # - RSS items and briefs whose subject is in other words than the reports': Final
    #   Whistle Digest's "Three goals, one trophy: a Lunessan city parties till dawn" (joins
    #   the match reports with Sarrena in its title, and the Wallop and the sacking with
    #   "the Cormorant Shield" in its line); the Ravensholm Evening Bell's "Festival-goers
    #   turned back on ring road" (the festival unnamed; joins with Glimmerfield in its title
    #   or text); The Division Lobby's "Vallenby's pick squeaks through on party-line vote"
    #   (joins the AP report with Delacourt in its title; "52 to 47" for "52-47" is not
    #   what keeps it out); Capital Abacus's "Corvina Group names finance chief as interim
    #   boss" (names Corvina Group, Pellinger, Lindqvar and 2.8%; alone with "Corvina
    #   Airways" in its title, joined when its line names the airline and the review, and
    #   moved to half an hour after the wire it joins the wire while Flightdeck Daily's
    #   analysis leaves);
    # - people by first name only: Red Carpet Daily's "Delphine wins! Tears and hugs on the
    #   courthouse steps" (Delphine, Gideon, never Merriwether; joins the AP report with
    #   Merriwether in its title, and then the Wallop's "PAY UP, GIDEON" leaves; full names
    #   in its text alone do not join it);
    # - a foreign state radio's reaction: Radio Karvadia International's "Karvadian
    #   president sends condolences to Vessaria" (six killed, Ambleforth, Vallenby), alone
    #   even with Ambleforth in its title, "shooting" for "attack" or half an hour after the
    #   AP report;
    # - a fans' column: The Far Stand's "He had to go. But not like this" (Eckhardt, Kingsmead
    #   Park, Hargreave, Pemberly), alone even with Eckhardt in its title and half an hour
    #   before or after the wire.
    # Kept together: Merriwether's suit (three, the quote headline "'He treated my songs like
    #   his piggy bank'" and $14M too), Sandpiper's arrival (three, "We made it: a 900-metre
    #   space rock has a new moon" too), Delacourt's hearing (four: the live blog, the AP
    #   report, the numbered analysis, the TV's line), Fablr's debut (four: the press release,
    #   "UPDATE 1-", the valuation question and "Leandro Marchetti is now a billionaire"),
    #   Fablr's results (three), Pipit's silence (two), Eckhardt's new job (two). Kept apart:
    #   the opinion on airline IT from the day's two failures; the festival near Ravensholm
    #   from the final and the sacking; the shooting from Delacourt's confirmation; the
    #   rifle ban from the opinion on it.
    # With media pages and bare lines judged by the rare words one story alone holds
    # (stories/thin.py): pair_p 0.816, pair_f1 0.805, B-cubed 0.892.
    # With a report that tells another's subject as "an unrelated" event kept from it
    # (Doc.told_apart: Agence Mondiale's "hours after an unrelated breakdown grounded Corvina
    # Airways"), the two failures are two stories: pair_p 0.896, pair_f1 0.890, B-cubed 0.936.
    # With reports half a day apart that date their events to two days of the week kept apart
    # (evidence.WEEKDAY_WITHIN, 8 hours before): the cup final, dated to the night before, and the
    # coach's sacking that afternoon part: pair_p 1.000, pair_f1 0.939, B-cubed 0.955.
    assert scores.pair_p >= 0.95, scores
    # With a brief the story's fit turned away placed by the words its reports hold
    # (stories/briefs.py): pair_f1 0.953, B-cubed 0.966.
    assert scores.pair_f1 >= 0.945, scores
    assert scores.bcubed_f1 >= 0.95, scores


def test_real12_coverage_one_publication_day_at_a_time() -> None:
    days = coverage.per_day(PIECES)
    # Main when the set was first clustered: pair_p 0.559, 0.933, 1.000, 1.000; pair_f1
    # 0.655, 0.718, 0.690, 0.778 (mean 0.710, min 0.655). Day 1 joins the two aviation
    # failures as at the own times. Day 2 joins the Wallop's brief with the Matchday Wire's
    # sacking brief, leaves the Tidewire sacking report alone (joined at the own times, and
    # when day 1's items, months earlier, are clustered with day 2: not with any one of them
    # added, nor when its credit line is taken out, so it is the batch's word weights and
    # not its words) and splits the digest's item, the fans' column and the Evening Bell's
    # brief. Day 3 splits
    # the radio's condolences, the Capital Abacus item, the confirmation's two and the
    # cave's and the landing's captions. Day 4 splits the Red Carpet Daily piece and the
    # gallery's caption.
    # With a brief's shared full names worth 0.06 each (evidence.BRIEF_NAMED, 0.04 before):
    # day 1's "Flying over Karvadia tonight?" leaves the wrong join of the two outages and
    # day 2's "Festival-goers turned back on ring road" joins the festival: pair_f1 0.667,
    # 0.791, 0.733, 0.778 (mean 0.742).
    # With media pages and bare lines judged by the rare words one story alone holds
    # (stories/thin.py): pair_f1 0.759, 0.791, 0.914, 0.900 (mean 0.841, min 0.759; worst-day
    # pair_p 0.647).
    # With a live page's label at the end of its headline read as furniture ("Live: Corvina
    # flights grounded at Marisport - latest updates"): day 1's "Flying over Karvadia tonight?"
    # joins its event's two reports, which are in the outage's story (the wrong join above):
    # pair_f1 0.727 (mean 0.833; worst-day pair_p 0.571).
    # With a brief placed by the words its story's reports hold between them (stories/briefs.py):
    # pair_f1 0.727, 0.957, 0.914, 0.900 (mean 0.875, min 0.727; worst-day pair_p 0.571).
    # With a report that tells another's subject as "an unrelated" event kept from it
    # (Doc.told_apart), day 1's two failures part: pair_f1 1.000, 0.957, 0.914, 0.900 (mean
    # 0.943, min 0.900; every day's pair_p 1.000).
    assert days.worst_p >= 0.95, days
    assert days.mean_f1 >= 0.92, days
    assert days.worst_f1 >= 0.88, days


def test_real12_coverage_squashed_into_one_day() -> None:
    scores = coverage.scores(coverage.heavy(PIECES), PIECES)
    # Main when the set was first clustered: pair_p 0.458, pair_r 0.628, pair_f1 0.530,
    # B-cubed 0.725. Wrong joins of running topics' events months apart, beside the two
    # aviation failures' and the Wallop's joins of the own times:
    # - probe-orbit (May, three), probe-landing (October; the report, the science feature
    #   and the RSS item) and probe-silent (January, two): Sandpiper, Mirelle, Pipit and the
    #   Pan-Atlantean Space Agency in all; taking the landing's "reached Mirelle in May"
    #   background out does not part them;
    # - merriwether-suit (May, three) with merriwether-verdict (January; the AP report and
    #   the Wallop's brief): Merriwether, Vantry, Marisport Superior Court, $14 million; the
    #   verdict's "sued Vantry last May" paragraph taken out, they stay joined;
    # - delacourt-hearing (July, four) with delacourt-confirmed (October, two): Delacourt,
    #   Vallenby, Brannigan, Petheridge; without the confirmation's paragraph on the July
    #   hearing, the AP report stays joined and only The Division Lobby's item leaves;
    # - coach-sacked (July; the two reports with the Wallop's final brief) with
    #   eckhardt-karvadia (January; The Karvadia Herald's brief, whose closing sentence
    #   recalls the sacking: without it the brief leaves), and The Far Stand's column with
    #   Goalmouth's "Six months after Kingsmead Park, Eckhardt gets his second chance"
    #   (parted when the feature's paragraphs on Sarrena and Ravensholm are taken out);
    # - op-airline-it (May) with corvina-ceo (October; the wire's report and Flightdeck
    #   Daily's analysis of the review): old systems, cost cuts, a backup data centre; the
    #   column's sentence on Corvina's promised review taken out, it stays joined.
    # Kept apart: Fablr's debut and its first results (Fablr, Marchetti, $21, 40%), the
    # Ambleforth shooting and the rifle ban, Corvina's outage and its chief's exit, the
    # festival and the final, the suit and the festival that had Merriwether on its bill.
    # With a brief's shared full names worth 0.06 each (evidence.BRIEF_NAMED, 0.04 before):
    # the festival's three are one story: pair_p 0.468, pair_r 0.654, pair_f1 0.545, B-cubed
    # 0.735.
    # With media pages and bare lines judged by the rare words one story alone holds
    # (stories/thin.py): pair_p 0.480, pair_f1 0.595, B-cubed 0.759.
    # With a report that tells another's subject as "an unrelated" event kept from it
    # (Doc.told_apart), the two failures part: pair_p 0.528, pair_f1 0.647, B-cubed 0.792.
    # With reports half a day apart that date their events to two days of the week kept apart
    # (evidence.WEEKDAY_WITHIN, 8 hours before): the air traffic fault and the airline chief's
    # exit part: pair_p 0.537, pair_f1 0.657, B-cubed 0.798. With a suit and an award opposite
    # acts (words.ACTS), Merriwether's suit and the jury's award part: pair_p 0.564, pair_f1
    # 0.677, B-cubed 0.820.
    # With a brief the story's fit turned away placed by the words its reports hold
    # (stories/briefs.py), the interim boss's brief joins the chief's exit: pair_f1 0.687,
    # B-cubed 0.827.
    # With reports that date their events to days of the week two or more apart kept further
    # apart (dates.WEEKDAY_FAR): the coach's new post leaves his sacking and the lander's
    # "contact lost" its touchdown: pair_p 0.642, pair_f1 0.739, B-cubed 0.857.
    # With a spacecraft lost opposite one in orbit (headlines._CONTACT_LOST, words.ACTS): the
    # probe's "falls silent" leaves its orbit: pair_p 0.670, pair_f1 0.772, B-cubed 0.878.
    assert scores.pair_p >= 0.65, scores
    assert scores.pair_f1 >= 0.75, scores
    assert scores.bcubed_f1 >= 0.86, scores


def test_same_day_events_that_share_names_stay_apart() -> None:
    """Day 2's festival in a meadow outside Ravensholm and Ravensholm's final and sacking;
    day 3's shooting and the confirmation of a judge, both with President Vallenby; day 4's
    rifle ban and the column on it; day 1's column on airline IT and the two failures it is
    about. And, clustered alone, day 2's festival and the final. Day 1's two aviation
    failures, whose later report tells the outage as "unrelated" (see Doc.told_apart)."""
    pairs = (
        {"festival-cancelled", "shield-final"},
        {"festival-cancelled", "coach-sacked"},
        {"ambleforth-shooting", "delacourt-confirmed"},
        {"gun-law", "op-guns"},
        {"op-airline-it", "corvina-outage"},
        {"op-airline-it", "atc-failure"},
        {"corvina-outage", "atc-failure"},
    )
    assert not coverage.joined(coverage.items(pieces=PIECES), PIECES, pairs)
    day2 = coverage.by_day(coverage.items(pieces=PIECES))[1]
    for events in coverage.events(coverage.clustered(day2), PIECES):
        assert not {"festival-cancelled", "shield-final"} <= events, events
        assert not {"festival-cancelled", "coach-sacked"} <= events, events


def test_running_topics_that_stay_apart_squashed_into_one_day() -> None:
    """Fablr's debut and its first results six months on share the firm, its founder, the
    $21 offer price and the first day's 40%; the rifle ban recalls the Ambleforth shooting's
    six dead and its gunman; Corvina's chief quits over the outage of May, which her exit's
    reports retell; the festival that had Merriwether on its bill and her suit; Delacourt's
    hearing, where she spoke of her childhood in Ambleforth, and the shooting there. Squashed
    into one day only their words tell them apart (other running topics join on main: see
    the heavy-day test)."""
    pairs = (
        {"fablr-ipo", "fablr-results"},
        {"ambleforth-shooting", "gun-law"},
        {"corvina-outage", "corvina-ceo"},
        {"festival-cancelled", "merriwether-suit"},
        {"festival-cancelled", "shield-final"},
        {"delacourt-hearing", "ambleforth-shooting"},
    )
    assert not coverage.joined(coverage.heavy(PIECES), PIECES, pairs)
