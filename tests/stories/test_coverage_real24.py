"""Stories on the twenty-fourth set of our own coverage (tests/stories/coverage_real24.py).

Written blind like the fourth to twenty-third, in the forms nearest issue #16's hidden
coverage and weighted to the heavy day: 78 items from 41 outlets over five publication days
months apart, 21 events (four or five a day), most told by three to five outlets and two by
two. Six running topics have two or three separate events each on days months apart under
the same names (a leader's summit, sanctions and missile; a tech firm's launch, fine and
executive's exit; a coin's record, exchange ban and fork; a city's flood and bridge
collapse; an election's primary, debate and vote; a chipmaker's record profit and job
cuts), the later events naming the earlier in passing, and unrelated events on one day share
a famous name in passing (a supplier's results naming its customer's launch, a listing
naming the day's record coin, a rocket lost from the coast of the country of the day's
crypto ban). Mostly RSS items of a headline and one to four lines, six whole articles (an
"Analysis:", a hands-on, two local papers' reports, a weekly's piece and a live blog of one
launch), nine items under 100 characters (four "Video:" pages, two bare headlines, three
teasers), wire datelines and figures written two ways within a day. Scored as the hidden
coverage is: at the items' own times, one publication day at a time (each day's items
clustered alone; the mean and the worst day), and squashed into one heavy day. The floors
are where main stood when the set was first clustered, rounded down by about 0.02 (figures
in the comments). Issue #16's bars: pair precision 0.95, mean pair F1 over days 0.95 with no
day under 0.85, heavy-day pair F1 0.85 and B-cubed 0.92. The set has five days, so its form
is checked with coverage.check_days and the asserts of coverage.check_form (which takes
four) written out.
"""

from __future__ import annotations

from tests.stories import coverage, coverage_real24

PIECES = coverage_real24.PIECES

RUNNING = [
    ("qarsland-summit", "qarsland-sanctions"),
    ("qarsland-sanctions", "qarsland-missile"),
    ("qarsland-summit", "sorvald-reshuffle"),
    ("vortelle-launch", "vortelle-fine"),
    ("vortelle-fine", "vortelle-exit"),
    ("ombrix-record", "ombrix-ban"),
    ("ombrix-ban", "ombrix-fork"),
    ("hollenport-flood", "hollenport-bridge"),
    ("lindravia-primary", "lindravia-debate"),
    ("lindravia-debate", "lindravia-vote"),
    ("tenzo-results", "tenzo-cuts"),
]
"""The running topics' events in order, each pair on two days months apart (and the
Belmora leader's other matter after her summit)."""


def test_the_set_is_five_days_of_running_topics_in_their_forms_and_its_gold_is_consistent() -> None:
    # Five days of four or five events (an event's reports within 18 hours), 78 items from
    # 41 outlets, six whole articles (1,200 characters or more, five paragraphs or more;
    # none past 1,500), nine items under 100 characters (four video pages, two bare
    # headlines, three teasers), each with company; no singleton. These are check_form's
    # asserts for a set of five days.
    coverage.check_days(PIECES, coverage_real24.DAYS, range(4, 6), 18.0)
    assert len(coverage_real24.DAYS) == 5
    assert len(PIECES) == 78
    assert len({p.feed for p in PIECES}) == 41
    assert len({p.event for p in PIECES}) == 21
    whole = [p for p in PIECES if len(p.text) >= 1200 and p.text.count("\n") >= 4]
    assert len(whole) == 6
    assert all(len(p.text) <= 1500 for p in PIECES)
    empty = [p for p in PIECES if len(p.text) < 100]
    assert len(empty) == 9
    assert all(sum(q.event == p.event for q in PIECES) > 1 for p in PIECES)
    # Most events told by three to five outlets, two by two.
    sizes = sorted(sum(q.event == label for q in PIECES) for label in {p.event for p in PIECES})
    assert sizes.count(2) == 2 and all(2 <= n <= 5 for n in sizes)
    for label in {p.event for p in PIECES}:
        told = [p.feed for p in PIECES if p.event == label]
        assert len(told) == len(set(told)), label
    # Events a day: five on the first, four on the others.
    d1, d2, d3, d4, d5 = coverage_real24.DAYS

    def labels(start: float) -> set[str]:
        return {p.event for p in PIECES if 0 <= p.hours - start < 18}

    assert [len(labels(start)) for start in coverage_real24.DAYS] == [5, 4, 4, 4, 4]
    # The RSS items of a headline and a description of one to four lines.
    assert sum(150 <= len(p.text) <= 400 for p in PIECES) == 62
    # Bare headlines, media pages and teasers.
    assert sum(p.text == "" for p in PIECES) == 2
    media = [p for p in PIECES if p.title.startswith("Video: ")]
    assert len(media) == 4
    assert all(0 < len(p.text) < 100 for p in media)
    assert len({p.event for p in media}) == 4
    # Wire datelines, an analysis and a live blog of one launch.
    assert sum(" (Sablewire) - " in p.text for p in PIECES) == 6
    assert sum(" (OD) — " in p.text for p in PIECES) == 3
    (analysis,) = [p for p in PIECES if p.title.startswith("Analysis:")]
    assert analysis.event == "qarsland-summit"
    (live,) = [p for p in PIECES if p.title.endswith("live updates")]
    assert live.event == "qarsland-missile" and live.text.count("\n") >= 6
    # Running topics: each pair of events on two days months apart.
    assert len({label for pair in RUNNING for label in pair}) == 17
    for first, second in RUNNING:
        start = min(p.hours for p in PIECES if p.event == first)
        end = min(p.hours for p in PIECES if p.event == second)
        assert end - start > 40 * coverage.DAY, (first, second)
    # Later events name the earlier ones, and other topics' names, in passing.

    def naming(label: str, name: str) -> int:
        return sum(name in p.text for p in PIECES if p.event == label)

    assert naming("qarsland-sanctions", "Teshkin") == 2
    assert naming("sorvald-reshuffle", "Teshkin") == 1
    assert naming("qarsland-missile", "Teshkin") == 1
    assert naming("hollenport-flood", "Quillby Bridge") == 1
    assert naming("lindravia-vote", "Quillby Bridge") == 1
    assert naming("hollenport-bridge", "Delorne") == 1
    assert naming("lindravia-debate", "Hollenport") == 2
    assert naming("ombrix-ban", "July") == 2
    assert naming("vortelle-exit", "€480 million") == 1
    # Unrelated events of one day sharing a famous name in passing.
    assert naming("tenzo-results", "Vortelle") == 1 and labels(d1) >= {"vortelle-launch"}
    assert naming("drexa-ipo", "Ombrix") == 1 and labels(d2) >= {"ombrix-record"}
    assert naming("tallyx-hack", "Ombrix") == 2 and labels(d3) >= {"vortelle-fine"}
    assert naming("nolvane-rocket", "Ostrevia") == 1 and labels(d4) >= {"ombrix-ban"}
    assert naming("tenzo-cuts", "Vortelle") == 2 and "vortelle-launch" not in labels(d5)
    assert sum(p.title.isupper() for p in PIECES) == 1


def test_at_their_own_times_the_events_are_told_apart() -> None:
    # Main when the set was written: pair_p=0.911 pair_r=0.800 pair_f1=0.852
    # bcubed_f1=0.910. The same stories as one day at a time (below) but for the sanctions,
    # whose Statecraft piece joins the wire and Eastwind here: Tenzo's results join
    # Vortelle's launch on day 1, the only wrong join; the running topics' events stay
    # apart.
    # With a coin's ticker read as its name (stories/acronyms.py): pair_p=0.913 pair_r=0.826
    # pair_f1=0.868 bcubed_f1=0.920.
    # Since a title in a headline names no one (Evidence.names_a_stranger): pair_p=0.916
    # pair_r=0.852 pair_f1=0.883 bcubed_f1=0.930.
    scores = coverage.scores(coverage.items(pieces=PIECES), PIECES)
    assert scores.pair_p >= 0.89, scores
    assert scores.pair_f1 >= 0.875, scores
    assert scores.bcubed_f1 >= 0.925, scores


def test_one_publication_day_at_a_time() -> None:
    # Main when the set was written: worst pair_p=0.690 mean pair_f1=0.848 worst
    # pair_f1=0.727.
    #   day 1: pair_p=0.690 pair_r=0.769 pair_f1=0.727 bcubed_f1=0.833 (Tenzo's three
    #     results reports join Vortelle's launch, whose Signalhouse bare headline "...
    #     cost you $1.3K" stands alone; the summit's five whole with the video and the
    #     analysis; the primary's Tolvey Times "A senator from the coast ..." alone);
    #   day 2: pair_p=1.000 pair_r=0.682 pair_f1=0.811 bcubed_f1=0.885 (the listing and the
    #     reshuffle whole; alone: the record's Blockhaus "OMX price hits record $2,140 ..."
    #     and the flood's Raingauge "182mm in a day ...", the flood's video with the rest);
    #   day 3: pair_p=1.000 pair_r=0.762 pair_f1=0.865 bcubed_f1=0.909 (the fine, the
    #     debate and the hack whole; the sanctions split three ways: the wire and Eastwind
    #     together, Statecraft's "Sorvald's sanctions gamble ..." and the Qarsland Monitor's
    #     "Vellagrad vows response ..." each alone);
    #   day 4: pair_p=1.000 pair_r=0.850 pair_f1=0.919 bcubed_f1=0.943 (all whole but the
    #     ban's Tokenbeat "Ombrix is getting crushed");
    #   day 5: pair_p=1.000 pair_r=0.846 pair_f1=0.917 bcubed_f1=0.947 (all whole but the
    #     vote's Tolvey Times "Haskamp concedes ...").
    # With a coin's ticker read as its name where a text gives it in brackets after the name
    # (stories/acronyms.py: "Ombrix (OMX)"), day 2's Blockhaus "OMX price hits record ..."
    # joins the record: day 2 pair_r=0.818 pair_f1=0.900 bcubed_f1=0.944; mean pair_f1 0.866.
    # Since a title in a headline names no one (Evidence.names_a_stranger): worst pair_p=0.719 mean
    # pair_f1=0.879 worst pair_f1=0.793 (day 1 0.727 -> 0.793).
    days = coverage.per_day(PIECES)
    assert days.worst_p >= 0.70, days
    assert days.mean_f1 >= 0.87, days
    assert days.worst_f1 >= 0.775, days
    assert all(s.bcubed_f1 >= 0.81 for s in days.scores), days


def test_squashed_into_one_heavy_day() -> None:
    # Main when the set was written: pair_p=0.734 pair_r=0.817 pair_f1=0.774
    # bcubed_f1=0.879. Two running topics join across months: Delorne's primary (all four,
    # the Tolvey Times profile now with them) and her vote (all five, the concession now
    # with them) make one story; Statecraft's piece on the sanctions joins the Teshkin
    # summit's five. The other topics' events stay apart: the coin's record, ban and fork,
    # Vortelle's launch, fine and exit, the flood and the bridge, the debate, the summit and
    # the missile, Tenzo's results and cuts. Tenzo's results join Vortelle's launch as on
    # day 1. Alone: the flood's video and Raingauge piece, the record's Blockhaus piece, the
    # ban's Tokenbeat teaser, Vortelle's bare headline and the Qarsland Monitor's piece (the
    # sanctions' wire and Eastwind together).
    # With a coin's ticker read as its name (stories/acronyms.py), the record's Blockhaus piece
    # joins the record: pair_p=0.740 pair_r=0.843 pair_f1=0.789 bcubed_f1=0.888.
    scores = coverage.scores(coverage.heavy(PIECES), PIECES)
    assert scores.pair_p >= 0.72, scores
    assert scores.pair_f1 >= 0.78, scores
    assert scores.bcubed_f1 >= 0.85, scores
