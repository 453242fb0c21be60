"""Stories on the twenty-second set of our own coverage (tests/stories/coverage_real22.py).

Written blind like the fourth to twenty-first, in the forms nearest issue #16's hidden
coverage and with special weight on same-kind events on one day: 70 items from 36 outlets
over four publication days months apart, 20 events (five a day), most told by three to five
outlets. Each day holds a pair of same-kind events told in near-identical wire formulas (two
strikes over pay, two rival phone launches, two elections' results, two banks' quarterly
results), some naming the other in passing; four running topics have their stages on days
months apart under the same names and figures (a takeover agreed and blocked, a satellite
launched and lost, a fraud trial opened and a verdict, a volcano's eruption and its
evacuees' return); headlines share almost no word within an event, with figures written two
or more ways; two live blogs, a crypto daily and an evening briefing name several of their
day's events and are labelled with their main one. Eight whole articles and five media pages
under 100 characters, each labelled with the event it shows. Scored as the hidden coverage
is: at the items' own times, one publication day at a time (each day's items clustered
alone; the mean and the worst day), and squashed into one heavy day. The floors are where
main stood when the set was first clustered, rounded down by about 0.02 (figures in the
comments). Issue #16's bars: pair precision 0.95, mean pair F1 over days 0.95 with no day
under 0.85, heavy-day pair F1 0.85 and B-cubed 0.92.
"""

from __future__ import annotations

from tests.stories import coverage, coverage_real22

PIECES = coverage_real22.PIECES

RUNNING = [
    ("plexford-buys-tindrel", "plexford-deal-blocked"),
    ("sendrell-launch", "sendrell-lost"),
    ("sollander-trial-opens", "sollander-verdict"),
    ("karsefell-eruption", "karsefell-return"),
]
"""The four running topics: each an earlier and a later event, on days months apart."""

SAME_KIND = [
    ("harrowmouth-dock-strike", "dovraland-rail-strike"),
    ("yantrix-arc-launch", "nuvaro-pulse-launch"),
    ("corvaine-election", "lusitra-election"),
    ("stratmere-earnings", "halvic-earnings"),
]
"""The four pairs of same-kind events, each pair on one day."""


def test_the_set_is_four_days_of_english_feeds_in_their_forms_and_its_gold_is_consistent() -> None:
    # Four days of five events, 70 items from 36 outlets, eight whole articles (1,200
    # characters or more, five paragraphs or more; none past 1,400), five media pages under
    # 100 characters, each with company; no singleton.
    coverage.check_form(
        PIECES,
        coverage_real22.DAYS,
        events_a_day=range(5, 6),
        count=range(70, 71),
        outlets=36,
        whole_share=1 / 9,
        longest=1400,
        near_empty=range(5, 6),
        labelled=True,
    )
    assert len({p.feed for p in PIECES}) == 36
    assert len({p.event for p in PIECES}) == 20
    assert all(sum(q.event == p.event for q in PIECES) >= 3 for p in PIECES)
    assert sum(len(p.text) >= 1200 and p.text.count("\n") >= 4 for p in PIECES) == 8
    # The RSS items of a headline and one or two lines.
    assert sum(150 <= len(p.text) <= 400 for p in PIECES) == 47
    empty = [p for p in PIECES if len(p.text) < 100]
    assert all(p.title.startswith(("Video: ", "Watch: ", "In pictures: ")) for p in empty)
    # Four running topics: each pair of events on two days months apart.
    assert len({label for pair in RUNNING for label in pair}) == 8
    for first, second in RUNNING:
        start = min(p.hours for p in PIECES if p.event == first)
        end = min(p.hours for p in PIECES if p.event == second)
        assert end - start > 40 * coverage.DAY, (first, second)
    # Four pairs of same-kind events, each pair within one day.
    for one, other in SAME_KIND:
        hours = [p.hours for p in PIECES if p.event in (one, other)]
        assert max(hours) - min(hours) < 18.0, (one, other)
    # The analysis, the opinion, the live blogs and the roundups are labelled with the event
    # they are mainly about.
    (analysis,) = [p for p in PIECES if p.title.startswith("Analysis:")]
    assert analysis.event == "plexford-buys-tindrel"
    (opinion,) = [p for p in PIECES if p.title.startswith("Opinion:")]
    assert opinion.event == "sollander-verdict"
    roundups = {
        p.event
        for p in PIECES
        if p.title.startswith(("Markets live:", "Election night live:", "Crypto daily:"))
        or p.title.startswith("Evening briefing:")
    }
    assert roundups == {
        "plexford-buys-tindrel",
        "corvaine-election",
        "sollander-trial-opens",
        "sollander-verdict",
    }
    # The wires' and outlets' forms.
    assert sum(p.title.startswith("UPDATE 1-") for p in PIECES) == 1
    assert sum("(Pellwire) - " in p.text for p in PIECES) == 7
    assert sum("(Reporting by " in p.text for p in PIECES) == 7
    assert sum(" (UNW) — " in p.text for p in PIECES) == 4
    assert sum(" (AOS) - " in p.text for p in PIECES) == 4
    assert sum(p.text.startswith("(Hallgrave) -- ") for p in PIECES) == 4
    assert sum(" /PressQuay/ -- " in p.text for p in PIECES) == 1
    assert sum(" pct" in p.text for p in PIECES) == 3
    assert sum(p.title.split("!")[0].isupper() and "!" in p.title for p in PIECES) == 4
    assert sum(p.title.endswith(" - Gadgetstall") for p in PIECES) == 1


def test_at_their_own_times_the_events_are_told_apart() -> None:
    # Main when the set was written: pair_p=0.596 pair_r=0.602 pair_f1=0.599
    # bcubed_f1=0.787. The splits and joins of one day at a time (below), but for three: day
    # 2's Patchday hands-on of the Pulse 3 joins its launch; day 3's Corvaine wire report and
    # its "Watch:" page join the election-night live blog and Lusitra's wire report and
    # Ballotline item (five, two elections in one story; Lusitra's Oskarvik Herald and
    # Corvaine's Ballotline item alone); the satellite's loss keeps only its wire and
    # Hallgrave reports together (the Foghorn's "LOST IN SPACE!" alone too). With a page of
    # several events placing no brief (stories/roundups.py), day 1's live blog no longer
    # carries the strikes and the launch into the takeover (see the per-day test):
    # pair_p=0.903 pair_r=0.602 pair_f1=0.723 bcubed_f1=0.822.
    scores = coverage.scores(coverage.items(pieces=PIECES), PIECES)
    assert scores.pair_p >= 0.88, scores
    assert scores.pair_f1 >= 0.70, scores
    assert scores.bcubed_f1 >= 0.80, scores


def test_one_publication_day_at_a_time() -> None:
    # Main when the set was written: worst pair_p=0.347 mean pair_f1=0.633 worst
    # pair_f1=0.459.
    #   day 1: pair_p=0.347 pair_r=0.680 pair_f1=0.459 bcubed_f1=0.693 (one story of ten: the
    #     takeover's five, with the markets live blog and the analysis, the satellite launch's
    #     three, Dovraland's rail-strike wire report and Harrowmouth's "'Seven per cent or
    #     nothing'"; the dock strike's wire report and the Shipwright Gazette two apart, its
    #     "Video:" page alone; the rail strike's "OFF THE RAILS!" and the Ulvensk Morning
    #     Post's "Empty platforms, jammed roads ..." each alone; Pentravia's order whole);
    #   day 2: pair_p=1.000 pair_r=0.560 pair_f1=0.718 bcubed_f1=0.809 (nothing joined
    #     wrongly, the two phone launches apart; alone: the trial's "Crypto collapse reaches
    #     the courtroom", the eruption's "The mountain wakes: Lisovka empties overnight",
    #     Yantrix's "The $100 discount nobody saw coming" and the Pulse 3's "Hands-on: a
    #     handset built to outlast your weekend");
    #   day 3: pair_p=0.750 pair_r=0.429 pair_f1=0.545 bcubed_f1=0.736 (the election-night
    #     live blog, labelled Corvaine, joins Lusitra's three; Corvaine's wire report,
    #     Ballotline item and "Watch:" page each alone; Brightmint's three each alone; the
    #     satellite's Orbit Weekly piece alone; the takeover's block whole);
    #   day 4: pair_p=1.000 pair_r=0.682 pair_f1=0.811 bcubed_f1=0.882 (the two banks'
    #     results apart and whole; the storm's three each alone; the verdict's "'Finally':
    #     tears and applause in the public gallery" alone).
    # With a page of several events placing no brief (stories/roundups.py), day 1's story of
    # ten holds the takeover's five alone; the launch's three join each other and the strikes'
    # items stay apart (the rail strike's three each alone): day 1 pair_p=1.000 pair_r=0.680
    # pair_f1=0.810 bcubed_f1=0.857; worst pair_p 0.750 (day 3), mean pair_f1 0.721, worst
    # 0.545 (day 3).
    days = coverage.per_day(PIECES)
    assert days.worst_p >= 0.73, days
    assert days.mean_f1 >= 0.70, days
    assert days.worst_f1 >= 0.52, days
    assert all(s.bcubed_f1 >= 0.71 for s in days.scores), days


def test_squashed_into_one_heavy_day() -> None:
    # Main when the set was written: pair_p=0.410 pair_r=0.538 pair_f1=0.465
    # bcubed_f1=0.731. Day 1's story of ten grows to thirteen with "OFF THE RAILS!" and the
    # satellite loss's wire and Hallgrave reports (the satellite's launch and loss joined);
    # the trial's opening (four) takes the verdict's Docket Daily "Nine of eleven ...", and
    # the Nessaford Chronicle's two pieces, opening and verdict, join each other; the
    # takeover's agreement and block stay apart, and so do the eruption and the return (the
    # return's "In pictures:" page alone). Corvaine's wire report and live blog join
    # Lusitra's wire report and Ballotline item; the other splits are as at their own times.
    # With a page of several events placing no brief (stories/roundups.py): pair_p=0.766
    # pair_r=0.527 pair_f1=0.624 bcubed_f1=0.765. With a spacecraft lost opposite one launched
    # (headlines._CONTACT_LOST), the satellite's loss and launch part: pair_p=0.800
    # pair_r=0.516 pair_f1=0.627 bcubed_f1=0.765.
    scores = coverage.scores(coverage.heavy(PIECES), PIECES)
    assert scores.pair_p >= 0.78, scores
    assert scores.pair_f1 >= 0.60, scores
    assert scores.bcubed_f1 >= 0.74, scores
