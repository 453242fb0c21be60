"""Stories on the twenty-sixth set of our own coverage (tests/stories/coverage_real26.py).

Written blind like the fourth to twenty-fifth (the twenty-third so written), in the form of
issue #16's hidden coverage, world news, politics, tech and crypto: 84 items from 45 outlets
over four publication days months apart, six events on day 1 and five on the others, each
told by three to five outlets. Wire copy in six services' dateline forms with "dlrs", "mln",
"bln" and "pct", web articles with no dateline, UK papers with Mr, Ms and Dr, US sites in
Title Case (price items, a listicle, questions), three tabloid shouts, press releases,
official statements that end with a place and a date, state media, an earthquake agency's
listings, explainers and analyses labelled with their event. Mostly a headline and one to
four lines, eight whole articles of 1,000 to 1,300 characters, ten items under 100
characters (four "Video:" pages, two quake listings, two bare headlines, two teasers).
Four running topics with events on days months apart under the same names, the later
naming the earlier, often by date (Zelmora's missile, the fuel cap on it, its satellite and
its offer of talks; Threadwick's breach, its fine and its chief executive's going;
Corvium's record and fall; a ferry captain jailed and the anniversary of the sinking),
same-kind events of one day that must stay apart (two earthquakes, two firms' results, two
strikes, two elections), and events told in other words. Scored as the hidden coverage is:
at the items' own times, one publication day at a time (each day's items clustered alone;
the mean and the worst day), and squashed into one heavy day. The floors are where main
stood when the set was first clustered, rounded down by about 0.02 (figures in the
comments). Issue #16's bars: pair precision 0.95, mean pair F1 over days 0.95 with no day
under 0.85, heavy-day pair F1 0.85 and B-cubed 0.92.
"""

from __future__ import annotations

import re
from itertools import pairwise

from tests.stories import coverage, coverage_real26

PIECES = coverage_real26.PIECES

RUNNING = [
    ("zelmora-missile", "zelmora-sanctions", "zelmora-satellite", "zelmora-talks"),
    ("threadwick-leak", "threadwick-fine", "threadwick-ceo"),
    ("corvium-record", "corvium-crash"),
    ("ferry-verdict", "ferry-anniversary"),
]
"""The running topics' events in order, each on a day months after the one before."""

APART = [
    ("estrova-quake", "pelerin-quake"),
    ("pixmoor-results", "ternwell-results"),
    ("corradine-rail-strike", "lessary-teachers-strike"),
    ("estrova-election", "marrenland-election"),
]
"""Same-kind events of one day that must stay apart."""

REWORDED = ["threadwick-ceo", "vellacourt-wildfire", "corradine-rail-strike", "estrova-quake"]
"""Events told in other words: no word of four letters or more is in all of their headlines."""


def naming(label: str, words: str) -> int:
    return coverage.naming(PIECES, label, words)


def day_of(label: str) -> float:
    return coverage.day_of(PIECES, label)


def test_the_set_is_four_days_of_mixed_coverage_and_its_gold_is_consistent() -> None:
    # Four days of five or six events (an event's reports within 18 hours), 84 items from
    # 45 outlets, none longer than 1,300 characters, ten under 100 characters, each with
    # company; no singleton. Its whole articles are few (eight), some shorter than
    # check_form's 1,200, so they are counted below.
    coverage.check_form(
        PIECES,
        coverage_real26.DAYS,
        events_a_day=range(5, 7),
        count=range(84, 85),
        outlets=45,
        whole_share=0.0,
        longest=1300,
        near_empty=range(10, 11),
    )
    labels = {p.event for p in PIECES}
    assert len({p.feed for p in PIECES}) == 45
    assert len(labels) == 21
    assert all(sum(q.event == p.event for q in PIECES) > 1 for p in PIECES)
    assert [len({p.event for p in PIECES if day_of(p.event) == d}) for d in (0, 62, 153, 244)] == [
        6,
        5,
        5,
        5,
    ]
    # Each event told by three to five outlets, each outlet once.
    sizes = sorted(sum(q.event == label for q in PIECES) for label in labels)
    assert all(3 <= n <= 5 for n in sizes) and sizes.count(5) == 4 and sizes.count(3) == 4
    assert coverage.told_twice(PIECES) == []
    # Most outlets carry one or two items; the wires more.
    carried = [sum(p.feed == feed for p in PIECES) for feed in {p.feed for p in PIECES}]
    assert sum(n <= 2 for n in carried) == 35 and max(carried) == 7
    # Eight whole articles (1,000 to 1,300 characters, six paragraphs or more), 63 items of a
    # headline and 150 to 600 characters.
    whole = [p for p in PIECES if len(p.text) >= 1000 and p.text.count("\n") >= 5]
    assert len(whole) == 8 and all(len(p.text) <= 1300 for p in whole)
    assert len({p.event for p in whole}) == 8
    assert sum(150 <= len(p.text) <= 600 for p in PIECES) == 63
    # Bare headlines, media pages, listings and teasers.
    assert sum(p.text == "" for p in PIECES) == 2
    media = [p for p in PIECES if p.title.startswith("Video: ")]
    assert len(media) == 4 and all(0 < len(p.text) < 100 for p in media)
    assert len({p.event for p in media}) == 4
    listings = [p for p in PIECES if p.title.startswith("M ")]
    assert len(listings) == 2 and {p.feed for p in listings} == {"Quake Tracker"}
    # Wire datelines in six services' forms, press releases, and statements that end
    # with a place and a date.
    forms = [
        ", May 14 (Pelton) - ",
        " /OSTVEST/. ",
        "(Solara).- ",
        " (Gullwing) \u2014 ",
        " (NNS): ",
        " (Corbel) - ",
        " /PR Lantern/ -- ",
    ]
    assert [sum(form in p.text for p in PIECES) for form in forms] == [3, 4, 4, 4, 3, 3, 2]
    ending = re.compile(r"\n[A-Z][a-z]+, \d{1,2} [A-Z][a-z]+ \d{4}$")
    assert sum(bool(ending.search(p.text)) for p in PIECES) == 3
    # The wires' money, '' quotation marks, honorifics.
    assert sum(" dlrs" in p.text for p in PIECES) == 4
    assert sum(" pct" in p.text for p in PIECES) == 3
    assert sum("''" in p.text or "''" in p.title for p in PIECES) == 15
    assert sum(bool(re.search(r"\b(Mr|Ms|Dr) [A-Z]", p.text)) for p in PIECES) == 7
    # Headline styles: Title Case, listicles, questions, tabloid shouts.
    assert sum(p.title.startswith("5 Takeaways") for p in PIECES) == 1
    assert sum(p.title.endswith("?") for p in PIECES) == 4
    shouts = [p for p in PIECES if p.title.isupper()]
    assert len(shouts) == 3 and len({p.event for p in shouts}) == 3
    # Figures written two ways across an event's reports.
    assert naming("corvium-record", "$8,") == 2 and naming("corvium-record", "8,000 dlrs") == 1
    assert sum("$8K" in p.title for p in PIECES if p.event == "corvium-record") == 2
    assert naming("threadwick-fine", "1.2 billion dollars") == 2
    assert naming("threadwick-fine", "$1.2 billion") == 1
    assert sum("$1.2B" in p.title or "$1.2bn" in p.title for p in PIECES) == 3
    assert naming("pixmoor-results", "31.4 bln dlrs") == 1 and naming("pixmoor-results", "$31.4B")
    # Running topics: each event on a day months after the one before, the later naming
    # the earlier in passing, some by date.
    for topic in RUNNING:
        for first, second in pairwise(topic):
            assert day_of(second) - day_of(first) > 60, (first, second)
    assert naming("zelmora-sanctions", "May 14") == 2
    assert naming("zelmora-satellite", "14 May") == 1
    assert naming("zelmora-talks", "May 14") == 1
    assert naming("threadwick-fine", "14 May 2031") == 1
    assert naming("corvium-crash", "May 14") == 2
    assert naming("ferry-anniversary", "13 January") == 1
    assert naming("ferry-anniversary", "in May") == 2
    # Same-kind events of one day, and names that come back on other days in other events.
    for one, other in APART:
        assert day_of(one) == day_of(other), (one, other)
    assert naming("harmsdale-referendum", "Koldan") == 1
    assert naming("estrova-election", "Harmsdale") == 1
    assert naming("corvium-crash", "Marrenland") == 3
    assert naming("lessary-teachers-strike", "Lessary") == 3
    assert naming("vellacourt-wildfire", "Corradine") == 3
    # The same event in other words.
    assert [label for label in REWORDED if not coverage.reworded(PIECES, label)] == []


def test_at_their_own_times_the_events_are_told_apart() -> None:
    # Main when the set was written: pair_p=0.906 pair_r=0.892 pair_f1=0.899
    # bcubed_f1=0.942. One wrong join: four of Zelmora's missile reports (the Pelton wire,
    # Hessary's statement, the Daily Thump's "TSALK'S ROCKET TERROR", the video) with the
    # three of the Pelerin Islands quake (the Quake Tracker listing, Gullwing's "Quake kills
    # 4 in Pelerin Islands ...", the Observer's "Four dead as tremor shakes Saint Ormond"):
    # a missile falling into the sea off an island, a quake at sea off islands. Splits:
    # Ostvest's "Zelmora reports successful test of Kavrik-7 missile system" alone; the
    # Daily Ruckus's "HACK-HIT APP BOSS QUITS" apart from the other three on Talbrook's
    # going; Continental Radio's "Thousands flee as flames spread in Corradine's south"
    # apart from the other three on the wildfire; Hessary's statement on Tsalk's offer of
    # talks apart from the other four. The running topics' events stay apart, and so do the
    # same-kind events of each day (below).
    # Since the last word of a place's name is no subject (names.subject_name: "Island" and
    # "Islands"): pair_p=1.000 pair_r=0.923 pair_f1=0.960 bcubed_f1=0.972, the missile and
    # the quake apart and Ostvest's Kavrik-7 report with the missile; the other three splits
    # stay.
    # Since a title in a headline names no one (Evidence.names_a_stranger): pair_p=1.000
    # pair_r=0.954 pair_f1=0.976 bcubed_f1=0.982 (Hessary's statement on the offer of talks with the
    # talks).
    scores = coverage.scores(coverage.items(pieces=PIECES), PIECES)
    assert scores.pair_p >= 0.98, scores
    assert scores.pair_f1 >= 0.965, scores
    assert scores.bcubed_f1 >= 0.975, scores


def test_same_kind_events_of_one_day_stay_apart() -> None:
    # The two earthquakes, the two firms' results, the two strikes and the two elections,
    # at the items' own times and one publication day at a time.
    pairs = [set(pair) for pair in APART]
    items = coverage.items(pieces=PIECES)
    assert coverage.joined(items, PIECES, pairs) == []
    for day in coverage.by_day(items):
        assert coverage.joined(day, PIECES, pairs) == []


def test_one_publication_day_at_a_time() -> None:
    # Main when the set was written: worst pair_p=0.714 mean pair_f1=0.923 worst
    # pair_f1=0.789.
    #   day 1: pair_p=0.714 pair_r=0.882 pair_f1=0.789 bcubed_f1=0.889 (the missile's four
    #     with the Pelerin quake's three, as at the items' own times, and Ostvest's Kavrik-7
    #     report alone; the breach, the record, the Estrova quake and the captain's sentence
    #     whole, the two quakes apart);
    #   day 2: pair_p=1.000 pair_r=0.912 pair_f1=0.954 bcubed_f1=0.963 (all whole, the two
    #     firms' results apart, but Continental Radio's "Thousands flee ..." alone);
    #   day 3: pair_p=1.000 pair_r=1.000 pair_f1=1.000 bcubed_f1=1.000 (all five whole, the
    #     two strikes apart);
    #   day 4: pair_p=1.000 pair_r=0.903 pair_f1=0.949 bcubed_f1=0.961 (all whole, with
    #     Hessary's statement on the offer of talks, but the Daily Ruckus's "HACK-HIT APP
    #     BOSS QUITS" alone; the two elections apart).
    # Since the last word of a place's name is no subject: worst pair_p=1.000 mean
    # pair_f1=0.976 worst pair_f1=0.949, day 1 whole (1.000: the missile's five, Ostvest's
    # report among them, apart from the quake's three), the other days as before.
    days = coverage.per_day(PIECES)
    assert days.worst_p >= 0.98, days
    assert days.mean_f1 >= 0.955, days
    assert days.worst_f1 >= 0.93, days
    assert all(s.bcubed_f1 >= 0.94 for s in days.scores), days


def test_squashed_into_one_heavy_day() -> None:
    # Main when the set was written: pair_p=0.721 pair_r=0.754 pair_f1=0.737
    # bcubed_f1=0.835. Wrong joins: the missile's four with the Pelerin quake's three, as at
    # the items' own times; Threadwick's fine (four) with three of Talbrook's going, and the
    # Daily Ruckus's "HACK-HIT APP BOSS QUITS" with the breach's four; the Marivelle
    # captain's sentence (three) with two of the anniversary (Gullwing's "Bells toll for 58
    # ferry victims ..." and the Harnsey Chronicle's feature), the other two (Shipwatch,
    # the Lessary Daily) together apart; Polity Watch's "Estrova Votes Out Its Prime
    # Minister ..." with Harmsdale's referendum. Splits besides: Ostvest's Kavrik-7 report,
    # Hessary's statement on the talks and the talks' video alone, and so are the
    # Worldbeat Radio teaser on the rail strike, the video of Corvium's fall, the bare
    # headline on Marrenland's election and Continental Radio's wildfire item. Zelmora's
    # four events stay apart, and so do Corvium's record and fall, and the same-kind events
    # of each day (below).
    # Since the last word of a place's name is no subject: pair_p=0.797 pair_r=0.785
    # pair_f1=0.791 bcubed_f1=0.864, the missile apart from the quake, the other wrong joins
    # as before.
    scores = coverage.scores(coverage.heavy(PIECES), PIECES)
    assert scores.pair_p >= 0.775, scores
    assert scores.pair_f1 >= 0.77, scores
    assert scores.bcubed_f1 >= 0.845, scores


def test_squashed_the_missile_chain_and_same_kind_events_stay_apart() -> None:
    # Zelmora's missile, fuel cap, satellite and offer of talks, months apart under the
    # same names, and Corvium's record and fall stay apart when squashed into one day; so
    # do the same-kind events of each day.
    pairs = [{one, other} for n, one in enumerate(RUNNING[0]) for other in RUNNING[0][n + 1 :]]
    pairs += [set(RUNNING[2])] + [set(pair) for pair in APART]
    assert coverage.joined(coverage.heavy(PIECES), PIECES, pairs) == []
