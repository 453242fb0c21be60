"""Stories on the seventeenth set of our own coverage (tests/stories/coverage_real17.py).

Written blind like the fourth to sixteenth, in the forms nearest issue #16's hidden coverage
and in the wires and outlets the earlier sets lack: an ANSA-like Italian wire in English, an
EFE-like Spanish one, a Yonhap-like Korean one ("(LEAD)", "(2nd LD)", "(END)"), an
Anadolu-like Turkish one, an IANS-like Indian one ("--KNS"), a Bernama-like Malaysian one
("-- WARTA"), a PA-like British agency, an AAP-like Australian one, a CNA-like Singapore
broadcaster, a Reuters-like wire's "BRIEF-" and "UPDATE 1-", a press release wire and a
company newsroom's release, a parliament's record, a sports wire's scoreline, business
dailies ("lakh crore", "bln", "pct", "¥", "€"), a live blog, broadsheets, a tabloid, regional
papers, trade press, aggregators' one-liners, labelled opinion ("Opinion:", "Comment:",
"Analysis:") and an unlabelled column, a regulator's and a ministry's own statements and a
video site's captions; 69 items from 42 outlets over four publication days months apart, 33
of them whole articles whose background names the running topics' earlier events, 23 RSS
items of a headline and a line, on the kinds of news of the hidden set's days (two summits,
a ride-hailing licence refused and its appeal, a dementia trial halted and the drugmaker's
cuts, a market's crash and its record, an earthquake and its aftershock, two rounds of
sanctions, smart glasses and their makers' former engineers' campaign, a record transfer and
the striker's return, two earthquakes and two court rulings on one day). Scored as the
hidden coverage is: at the items' own times, one publication day at a time (each day's items
clustered alone; the mean and the worst day), and squashed into one heavy day. The floors are
where main stood when the set was first clustered, rounded down by about 0.02 (figures in the
comments), and raised where a rule read from the set moved it (each raised floor fails on the
code before that rule). Issue #16's bars: pair precision 0.95, mean pair F1 over days 0.95
with no day under 0.85, heavy-day pair F1 0.85 and B-cubed 0.92.
"""

from __future__ import annotations

from tests.stories import coverage, coverage_real17

PIECES = coverage_real17.PIECES


def test_the_set_is_four_days_of_english_feeds_in_their_forms_and_its_gold_is_consistent() -> None:
    # Four days of five to seven events each, 60 to 75 items from 40 or more outlets, two
    # fifths or more whole articles (none past 1,800 characters), three to five near-empty
    # video captions each labelled with its event (see coverage.check_form); 23 RSS items of
    # a headline and a line (100 to 250 characters); two singletons, neither a caption.
    coverage.check_form(
        PIECES, coverage_real17.DAYS, whole_share=2 / 5, longest=1800, near_empty=range(3, 6)
    )
    assert len(PIECES) == 69
    assert len({p.feed for p in PIECES}) == 42
    assert len({p.event for p in PIECES}) == 23
    assert sum(len(p.text) >= 1200 and p.text.count("\n") >= 4 for p in PIECES) == 33
    assert sum(100 < len(p.text) <= 250 and "\n" not in p.text for p in PIECES) == 23
    assert sum(len(p.text) < 100 for p in PIECES) == 4
    assert sum(sum(q.event == p.event for q in PIECES) == 1 for p in PIECES) == 2
    # The wires' forms: an ANSA-like "ORVENNA, Month Day - ", an EFE-like "(TESELA).- ", a
    # Yonhap-like "(Saebyeok) -- " ending "(END)", an Anadolu-like "Ozkaria: " headline over
    # a byline and "YALIBASI, Ozkaria", an IANS-like "(KNS) " ending "--KNS", a Bernama-like
    # ending "-- WARTA", a PA-like byline, an AAP-like "TAP" at the end, a CNA-like "PORT
    # MERANTI: ", a Reuters-like "BRIEF-" and "UPDATE 1-" over "(Brennard) - " with credit
    # lines, a press release wire's "/ReleaseLine/ -- ", a parliament's record, a sports
    # wire's scoreline; labelled opinion and analysis; at most two shouted headlines.
    assert sum(p.text.startswith("ORVENNA, ") and p.feed == "Agenzia Telvi" for p in PIECES) == 3
    assert sum(", May 14 (TESELA).- " in p.text for p in PIECES) == 1
    assert sum("(Saebyeok) -- " in p.text and p.text.endswith("(END)") for p in PIECES) == 2
    assert sum(p.title.startswith(("(LEAD) ", "(2nd LD) ")) for p in PIECES) == 2
    assert sum(p.title.startswith("Ozkaria: ") for p in PIECES) == 2
    assert sum("\nYALIBASI, Ozkaria\n" in p.text for p in PIECES) == 2
    assert sum("(KNS) " in p.text and p.text.endswith("--KNS") for p in PIECES) == 2
    assert sum(p.text.endswith("-- WARTA") for p in PIECES) == 2
    assert sum(p.text.startswith("By Ellie Parr, CPA ") for p in PIECES) == 2
    assert sum(p.text.endswith("\nTAP") for p in PIECES) == 1
    assert sum(p.text.startswith("PORT MERANTI: ") for p in PIECES) == 2
    assert sum(p.title.startswith(("BRIEF-", "UPDATE 1-")) for p in PIECES) == 2
    assert sum("(Brennard) - " in p.text for p in PIECES) == 3
    assert sum("(Reporting by " in p.text for p in PIECES) == 2
    assert sum("(Writing by " in p.text for p in PIECES) == 2
    assert sum(" /ReleaseLine/ -- " in p.text for p in PIECES) == 1
    assert sum("Mr Speaker" in p.text for p in PIECES) == 1
    assert sum("Virtus Orvenna 2 (" in p.text for p in PIECES) == 1
    assert sum("''" in p.text for p in PIECES) == 7
    assert sum("crore" in p.text for p in PIECES) == 4
    assert sum(p.title.startswith(("Opinion:", "Comment:", "Analysis:")) for p in PIECES) == 4
    assert sum(p.title.isupper() for p in PIECES) == 2


def test_real17_coverage_at_its_own_times() -> None:
    scores = coverage.scores(coverage.items(pieces=PIECES), PIECES)
    # Main when the set was first clustered: pair_p 1.000, pair_r 0.531, pair_f1 0.694,
    # B-cubed 0.842. No wrong join. Splits:
    # - ozkaria-quake: the wire's and the ministry's numbered release together, the
    #   aggregator's "Hundreds feared trapped as apartment blocks fold in eastern city" with
    #   the feature "'I heard my neighbour calling for two hours'" (whose opening names
    #   nothing of the quake), and the caption alone;
    # - zippa-licence: the regulator's statement and the wire's report together; the
    #   tabloid's "ZIP IT! CAB APP BOOTED OUT OF CAPITAL", the labelled analysis and the
    #   evening paper's unlabelled column each alone;
    # - coralline-fine: the wire's "Coralline Bank to pay record $880m penalty", the
    #   Australian paper's "'Systemic and prolonged': judge signs off on bank's laundering
    #   fine" and the labelled comment each alone (the first two read "cash" near $880m
    #   and near the $10,000 deposits, and their figures clashed);
    # - shield-match: the scoreline, "Booed on his return, Scanzi answers with two goals"
    #   and the caption each alone;
    # - scanzi-transfer: the tabloid's "£204M! DARIO'S ON HIS WAY" (the wire's figure is in
    #   euros) and the caption alone;
    # - songhwa-summit's opinion and caption, lumera-sight's Japanese paper ("Struggling
    #   camera maker bets on ¥48,000 smart frames") and suvarna-record's "Three months after
    #   the crash, Chandrapet's bulls are back" alone.
    # Now pair_r 0.543, pair_f1 0.704, B-cubed 0.848: the penalty's wire and the judge's
    # ruling join (values thousands of times apart are two quantities: figures.FIGURE_SPAN).
    # With a labelled comment keeping 0.65 of its pair score (evidence.COMMENT_SHARE, 0.5 before):
    # the labelled comment on the penalty joins it: pair_r 0.568, pair_f1 0.724, B-cubed
    # 0.861.
    # With media pages and bare lines judged by the rare words one story alone holds
    # (stories/thin.py): pair_p 1.000, pair_f1 0.763, B-cubed 0.879.
    # With a brief placed by the words its story's reports hold between them (stories/briefs.py):
    # pair_p 1.000, pair_f1 0.809, B-cubed 0.900.
    assert scores.pair_p >= 0.98, scores
    assert scores.pair_f1 >= 0.78, scores
    assert scores.bcubed_f1 >= 0.855, scores


def test_real17_coverage_one_publication_day_at_a_time() -> None:
    days = coverage.per_day(PIECES)
    # Main when the set was first clustered: pair_p 1.000 each day; pair_f1 0.500, 0.718,
    # 0.741, 0.800 (mean 0.690, min 0.500): each day's stories are the own times' of that
    # day. Day 1 is the worst: the licence's five items in four stories.
    # Now day 4 0.839 (the penalty's wire and the ruling): mean 0.699, min 0.500.
    # With a labelled comment keeping 0.65 of its pair score (evidence.COMMENT_SHARE, 0.5 before):
    # day 4 0.909 (the comment joins the penalty): mean 0.717.
    # With media pages and bare lines judged by the rare words one story alone holds
    # (stories/thin.py): pair_f1 0.600, 0.718, 0.828, 0.909 (mean 0.764, min 0.600; worst-day
    # pair_p 1.000).
    # With a brief placed by the words its story's reports hold between them (stories/briefs.py):
    # pair_f1 0.688, 0.718, 0.938, 0.909 (mean 0.813, min 0.688; worst-day pair_p 1.000).
    # With a brief's share of the words the day knows (stories/briefs.py): pair_f1
    # 0.688, 0.718, 1.000, 0.909 (mean 0.829, min 0.688): the market's "bulls are back" joins.
    assert days.worst_p >= 0.98, days
    assert days.mean_f1 >= 0.82, days
    assert days.worst_f1 >= 0.66, days


def test_real17_coverage_squashed_into_one_day() -> None:
    scores = coverage.scores(coverage.heavy(PIECES), PIECES)
    # Main when the set was first clustered: pair_p 0.564, pair_r 0.543, pair_f1 0.553,
    # B-cubed 0.768. Wrong joins, all within running topics: the two rounds of Vardania
    # sanctions (three and three), Zippa's appeal (all four) with two of the licence's
    # items, the glasses' campaign (all three) with the launch's newsroom release, the
    # market's crash (all four) with two of the record's three, the transfer's two with the
    # match's two (Scanzi, Harlowe, Orvenna), and the quake's two with its aftershock's
    # wire. Kept apart: the two summits, the trial's halt and the cuts, the two quakes of
    # day 2, the ferry and the quakes at Pulau Tenggiri, the two rulings of day 4.
    # The same at FIGURE_SPAN.
    # With a labelled comment keeping 0.65 of its pair score (evidence.COMMENT_SHARE, 0.5 before):
    # the comment joins the penalty: pair_p 0.575, pair_r 0.568, pair_f1 0.571, B-cubed 0.779.
    # With a brief placed by the words a story's reports hold (stories/briefs.py): pair_p
    # 0.551, pair_r 0.667, pair_f1 0.603, B-cubed 0.796. The tabloid's cab app and transfer
    # briefs join their events' stories, which had already taken in the appeal's four and
    # the match's two: each right join adds wrong pairs there, so precision falls (floor
    # 0.57 -> 0.55) as recall, F1 and B-cubed rise.
    # With a peak and a trough read as a rise and a fall (headlines._PEAK), the index's lifetime
    # high leaves its crash: pair_p 0.619, pair_f1 0.630, B-cubed 0.811.
    assert scores.pair_p >= 0.60, scores
    assert scores.pair_f1 >= 0.62, scores
    assert scores.bcubed_f1 >= 0.80, scores


def test_same_day_events_of_one_kind_or_place_stay_apart() -> None:
    """Day 2's two earthquakes (Ozkaria's and Serindah's); day 4's two court rulings
    (Zippa's appeal and Coralline's penalty); same-day events that share a place or a name:
    the licence and the novelist's death in Wexmouth (day 1), the drugmaker's cuts and the
    transfer in Orvenna (day 3), the match and the reshuffle in Orvenna, the second
    sanctions and the appeal from Wexmouth (day 4). At the own times and each day alone."""
    pairs = (
        {"ozkaria-quake", "serindah-quake"},
        {"zippa-appeal", "coralline-fine"},
        {"zippa-licence", "author-death"},
        {"farmesio-cuts", "scanzi-transfer"},
        {"shield-match", "serrazia-reshuffle"},
        {"vardania-sanctions-2", "zippa-appeal"},
    )
    assert not coverage.joined(coverage.items(pieces=PIECES), PIECES, pairs)
    for day in coverage.by_day(coverage.items(pieces=PIECES)):
        assert not coverage.joined(day, PIECES, pairs)


def test_running_topics_that_stay_apart_squashed_into_one_day() -> None:
    """The two summits; the trial's halt and the drugmaker's cuts (Farmesio, Veritas-2,
    Delvecchio); and the same-day pairs of one kind. Squashed into one day only their
    words tell them apart (other running topics join on main: see the heavy-day test)."""
    pairs = (
        {"songhwa-summit", "ryongsan-summit"},
        {"velmerstat-halt", "farmesio-cuts"},
        {"ozkaria-quake", "serindah-quake"},
        {"zippa-appeal", "coralline-fine"},
        {"tenggiri-ferry", "serindah-quake"},
    )
    assert not coverage.joined(coverage.heavy(PIECES), PIECES, pairs)
