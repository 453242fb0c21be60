"""Stories on the twenty-fifth set of our own coverage (tests/stories/coverage_real25.py).

Written blind like the fourth to twenty-fourth, in the forms nearest issue #16's hidden
coverage and weighted to US tech and crypto sites and their headline styles: 80 items from
45 outlets over four publication days months apart, five events a day, each told by three
to five outlets. Headlines mostly in Title Case (listicles, questions, price items), beside
sentence-case wires and UK papers and three tabloid shouts; coins as "Name (TCK)" in texts
and the ticker alone in some headlines, firms' stock tickers, product names with numbers and
inner capitals, "$4.8K", "2.6M", percentages in headlines and the wires' "bln", "mln" and
"pct". Same-kind events of one day must stay apart (two coins' moves on days 1 and 3, two
launches on day 2, two breaches on day 3, two countries' regulators on day 4, two events in
one country on day 2), and three running topics have two events each on days months apart
under the same names (a coin's record and crash, a phone's launch and recall, a prime
minister's fall and the election after it). Mostly RSS items of a headline and one to three
lines, six whole articles of 1,000 to 1,100 characters, nine items under 100 characters
(five "Video:" pages, two bare headlines, two teasers). Scored as the hidden coverage is: at
the items' own times, one publication day at a time (each day's items clustered alone; the
mean and the worst day), and squashed into one heavy day. The floors are where main stood
when the set was first clustered, rounded down by about 0.02 (figures in the comments).
Issue #16's bars: pair precision 0.95, mean pair F1 over days 0.95 with no day under 0.85,
heavy-day pair F1 0.85 and B-cubed 0.92.
"""

from __future__ import annotations

from tests.stories import coverage, coverage_real25

PIECES = coverage_real25.PIECES

RUNNING = [
    ("zentari-record", "zentari-crash"),
    ("orvessa-launch", "orvessa-recall"),
    ("eskeland-resign", "eskeland-election"),
]
"""The running topics' events in order, each pair on two days months apart."""

APART = [
    ("zentari-record", "pellagro-hack"),
    ("zentari-crash", "murrow-surge"),
    ("orvessa-launch", "tamsin-launch"),
    ("pexlo-breach", "hoppa-breach"),
    ("coinvale-suit", "tarsovia-ban"),
    ("drovex-arrest", "velderhaven-strike"),
]
"""Same-kind events of one day (or of one country on one day) that must stay apart."""


def test_the_set_is_four_days_of_us_tech_and_crypto_coverage_and_its_gold_is_consistent() -> None:
    # Four days of five events (an event's reports within 18 hours), 80 items from 45
    # outlets, none longer than 1,500 characters, nine under 100 characters, each with
    # company; no singleton. Its whole articles are shorter than check_form's 1,200, so
    # they are counted below.
    coverage.check_form(
        PIECES,
        coverage_real25.DAYS,
        events_a_day=range(5, 6),
        count=range(80, 81),
        outlets=45,
        whole_share=0.0,
        longest=1500,
        near_empty=range(9, 10),
    )
    assert len({p.feed for p in PIECES}) == 45
    assert len({p.event for p in PIECES}) == 20
    assert all(sum(q.event == p.event for q in PIECES) > 1 for p in PIECES)
    # Each event told by three to five outlets, each outlet once.
    sizes = sorted(sum(q.event == label for q in PIECES) for label in {p.event for p in PIECES})
    assert all(3 <= n <= 5 for n in sizes) and sizes.count(5) == 4
    for label in {p.event for p in PIECES}:
        told = [p.feed for p in PIECES if p.event == label]
        assert len(told) == len(set(told)), label
    # Most outlets carry one or two items.
    carried = [sum(p.feed == feed for p in PIECES) for feed in {p.feed for p in PIECES}]
    assert sum(n <= 2 for n in carried) == 39
    # Six whole articles (1,000 characters or more, six paragraphs or more), 65 RSS items of
    # a headline and 150 to 400 characters.
    whole = [p for p in PIECES if len(p.text) >= 1000 and p.text.count("\n") >= 5]
    assert len(whole) == 6 and all(len(p.text) <= 1100 for p in whole)
    assert sum(150 <= len(p.text) <= 400 for p in PIECES) == 65
    # Bare headlines, media pages and teasers.
    assert sum(p.text == "" for p in PIECES) == 2
    media = [p for p in PIECES if p.title.startswith("Video: ")]
    assert len(media) == 5
    assert all(0 < len(p.text) < 100 and len(p.title) < 100 for p in media)
    assert len({p.event for p in media}) == 5
    # Headline styles: Title Case, listicles, questions, tabloid shouts.
    assert sum(p.title.startswith(("5 Things", "Here's Why")) for p in PIECES) == 2
    assert sum("?" in p.title for p in PIECES) == 6
    assert sum(all(w.isupper() for w in p.title.split()[:2]) for p in PIECES) == 3
    # Tickers beside names in texts and alone in headlines; K and M for thousands and
    # millions; the wires' bln, mln and pct.

    def naming(label: str, name: str) -> int:
        return sum(name in p.text for p in PIECES if p.event == label)

    def titled(label: str, name: str) -> int:
        return sum(name in p.title for p in PIECES if p.event == label)

    assert naming("zentari-record", "Zentari (ZTI)") == 2
    assert titled("zentari-record", "ZTI") == 1 and titled("zentari-crash", "ZTI") == 1
    assert naming("pellagro-hack", "Pellagro (PGRO)") == 1 and titled("pellagro-hack", "PGRO")
    assert naming("murrow-surge", "Murrow (MRW)") == 1 and titled("murrow-surge", "MRW ")
    assert titled("orvessa-launch", "ORVS") == 1 and titled("orvessa-recall", "ORVS") == 1
    assert titled("zentari-record", "$4.8K") == 1 and titled("zentari-crash", "$3K") == 1
    assert sum(" bln " in p.text or " mln " in p.text for p in PIECES) == 6
    assert sum(" (Kestrel) - " in p.text for p in PIECES) == 4
    # Running topics: each pair of events on two days months apart, the later naming the
    # earlier in passing.
    for first, second in RUNNING:
        start = min(p.hours for p in PIECES if p.event == first)
        end = min(p.hours for p in PIECES if p.event == second)
        assert end - start > 80 * coverage.DAY, (first, second)
    assert naming("zentari-crash", "May") == 2
    assert naming("orvessa-recall", "July") == 1
    assert naming("eskeland-election", "Brenstok") == 2
    # Same-kind events of one day, and other days' names in passing.

    def day_of(label: str) -> float:
        return min(p.hours for p in PIECES if p.event == label) // coverage.DAY

    for one, other in APART:
        assert day_of(one) == day_of(other), (one, other)
    assert naming("murrow-surge", "Zentari") == 1
    assert naming("coinvale-suit", "Murrow") == 1
    assert naming("corvane-deal", "Sennwick") == 3


def test_at_their_own_times_the_events_are_told_apart() -> None:
    # Main when the set was written: pair_p=1.000 pair_r=0.847 pair_f1=0.917
    # bcubed_f1=0.946. No wrong join: the same-kind events of each day stay apart, and so do
    # the running topics' events. Split: Zentari's crash four ways (the wire and Blockstreet
    # together; the Street Ledger price item "ZTI Slides to 5-Month Low ...", Trendhaven's
    # "Is Zentari Finally Dead?" and the video each alone); alone too, the Bullpen price item
    # "ORVS Stock Edges Up 3% ..." on the launch, TokenDesk's "PGRO Tanks 18% ..." on the
    # hack and Gizmofort's hands-on "I Let Quorra 2 Run My Inbox ...".
    # With a headline's ticker read as the one name of its text it is drawn from
    # (stories/acronyms.py: "ORVS" over "Orvessa ..."), the Bullpen price item joins the
    # launch: pair_p=1.000 pair_r=0.879 pair_f1=0.936 bcubed_f1=0.957. With the name a
    # headline's ticker stands for read as a name (its texts write it only at a sentence's
    # start), the Street Ledger's "ZTI Slides ..." joins Zentari's crash: pair_p=1.000
    # pair_r=0.919 pair_f1=0.958 bcubed_f1=0.970.
    scores = coverage.scores(coverage.items(pieces=PIECES), PIECES)
    assert scores.pair_p >= 0.98, scores
    assert scores.pair_f1 >= 0.945, scores
    assert scores.bcubed_f1 >= 0.92, scores


def test_one_publication_day_at_a_time() -> None:
    # Main when the set was written: worst pair_p=0.846 mean pair_f1=0.899 worst
    # pair_f1=0.772.
    #   day 1: pair_p=1.000 pair_r=0.806 pair_f1=0.893 bcubed_f1=0.919 (Zentari's record,
    #     Brenstok's fall and Sennwick's results whole; alone: TokenDesk's "PGRO Tanks 18%
    #     ..." and Gizmofort's Quorra 2 hands-on);
    #   day 2: pair_p=1.000 pair_r=0.871 pair_f1=0.931 bcubed_f1=0.958 (all whole, the two
    #     launches apart and the bare headline with Tamsin's, but the Bullpen price item
    #     "ORVS Stock Edges Up 3% ..." alone);
    #   day 3: pair_p=0.846 pair_r=0.710 pair_f1=0.772 bcubed_f1=0.867 (the Street Ledger
    #     price item "ZTI Slides to 5-Month Low ..." joins Murrow's four, the only wrong
    #     join; the rest of Zentari's crash split three ways as at the items' own times; the
    #     breaches apart and whole, the election whole);
    #   day 4: pair_p=1.000 pair_r=1.000 pair_f1=1.000 bcubed_f1=1.000 (all five whole: the
    #     two regulators apart, the recall with its tabloid shout and video).
    # With a headline's ticker read as the one name of its text it is drawn from
    # (stories/acronyms.py), day 2's Bullpen price item joins the launch: day 2 pair_f1 1.000;
    # mean pair_f1 0.916. Day 3's "ZTI Slides ..." still joins Murrow's four. With the name
    # a headline's ticker stands for read as a name, it joins Zentari's crash, and so do the
    # question and the video: day 3 pair_p=1.000 pair_r=0.871 pair_f1=0.931
    # bcubed_f1=0.958; mean pair_f1 0.956, worst 0.893 (day 1).
    days = coverage.per_day(PIECES)
    assert days.worst_p >= 0.95, days
    assert days.mean_f1 >= 0.94, days
    assert days.worst_f1 >= 0.87, days
    assert all(s.bcubed_f1 >= 0.84 for s in days.scores), days


def test_squashed_into_one_heavy_day() -> None:
    # Main when the set was written: pair_p=0.652 pair_r=0.815 pair_f1=0.724
    # bcubed_f1=0.846. All three running topics join across months: Orvessa's launch and
    # recall (eight, and the two Bullpen price items "ORVS ..." together), Brenstok's fall
    # and Vaarlund's election (all eight), and Trendhaven's "Is Zentari Finally Dead?" with
    # Zentari's record (the rest of the crash as at the items' own times); and Murrow's jump
    # joins Coinvale's lawsuit (eight), which names Murrow. Sennwick's results and its sale
    # to Corvane stay apart, and so do the same-kind events of each day.
    # With a headline's ticker read as the one name of its text it is drawn from
    # (stories/acronyms.py): pair_p=0.637 pair_r=0.879 pair_f1=0.739 bcubed_f1=0.864. With
    # the name it stands for read as a name: pair_p=0.667 pair_r=0.919 pair_f1=0.773
    # bcubed_f1=0.887.
    # With datelines filed apart (and dates named) weighed at dates.DATE_CLASH 0.15:
    # pair_p=0.735 pair_r=0.919 pair_f1=0.817 bcubed_f1=0.914, Eskeland's election and the
    # resignation part.
    scores = coverage.scores(coverage.heavy(PIECES), PIECES)
    assert scores.pair_p >= 0.715, scores
    assert scores.pair_f1 >= 0.795, scores
    assert scores.bcubed_f1 >= 0.895, scores
