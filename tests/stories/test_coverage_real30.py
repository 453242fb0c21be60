"""Stories on the thirtieth set of our own coverage (tests/stories/coverage_real30.py).

Written blind like the fourth to twenty-ninth, in the form of issue #16's hidden coverage
with its weight on world news from wire services of other regions and translated copy: 70
items from 43 outlets over four publication days months apart, five events a day, each told
by three to five outlets. Latin American agencies ("PUERTO ALCIMAR, 14 may (ANV) - ",
"(PAU) -- "), Middle Eastern agencies ("/QPA/ - ", "(ZNA) -- "), a global wire, Asian
business papers, English editions of Spanish-language papers, TV and radio sites, a tabloid,
market, tech and crypto sites. Mostly a headline and one to three lines, eight whole
articles of 1,200 to 1,600 characters, six items under 100 characters (three video pages, a
picture gallery, a "Watch:" page, a teaser). Three running topics with events on days
months apart under the same names, the later naming the earlier, some by date (a currency's
devaluation, rescue and default; an election's first round, runoff and inauguration; a
crypto exchange's token sale, theft and its founder's arrest), same-kind events of one day
that must stay apart (two central banks' decisions, two earthquakes, two mine accidents, two
airline strikes), and events told in other words, by a leader's title or a tabloid headline
naming nothing. Scored as the hidden coverage is: at the items' own times, one publication
day at a time (each day's items clustered alone; the mean and the worst day), and squashed
into one heavy day. The floors are where main stood when the set was first clustered,
rounded down by about 0.02 (figures in the comments). Issue #16's bars: pair precision 0.95,
mean pair F1 over days 0.95 with no day under 0.85, heavy-day pair F1 0.85 and B-cubed 0.92.
"""

from __future__ import annotations

import re
from itertools import pairwise

from tests.stories import coverage, coverage_real30

PIECES = coverage_real30.PIECES

RUNNING = [
    ("alcor-devalued", "alcor-bailout", "alcor-default"),
    ("coravia-first-round", "coravia-runoff", "coravia-inauguration"),
    ("zentrobit-token-launch", "zentrobit-hack", "ovrell-arrest"),
]
"""The running topics' events in order, each on a day months after the one before."""

APART = [
    ("alcor-devalued", "halmora-rate-hike"),
    ("harzan-quake", "tamsuri-quake"),
    ("kostrany-colliery-blast", "talamo-mine-collapse"),
    ("jadewing-strike", "brisamar-strike"),
]
"""Same-kind events of one day that must stay apart."""

REWORDED = [
    "halmora-rate-hike",
    "tamsuri-quake",
    "coravia-runoff",
    "zentrobit-hack",
    "kostrany-colliery-blast",
    "talamo-mine-collapse",
    "brisamar-strike",
]
"""Events told in other words: no word of four letters or more is in all of their headlines."""


def naming(label: str, words: str) -> int:
    return coverage.naming(PIECES, label, words)


def day_of(label: str) -> float:
    return coverage.day_of(PIECES, label)


def test_the_set_is_four_days_of_world_coverage_and_its_gold_is_consistent() -> None:
    # Four days of five events (an event's reports within 18 hours), 70 items from 43
    # outlets, none longer than 1,600 characters, six under 100 characters, each with
    # company; no singleton. Its whole articles are few (eight of 70).
    coverage.check_form(
        PIECES,
        coverage_real30.DAYS,
        events_a_day=range(5, 6),
        count=range(70, 71),
        outlets=43,
        whole_share=0.11,
        longest=1600,
        near_empty=range(6, 7),
    )
    labels = {p.event for p in PIECES}
    assert len({p.feed for p in PIECES}) == 43
    assert len(labels) == 20
    assert all(sum(q.event == p.event for q in PIECES) > 1 for p in PIECES)
    days = [len({p.event for p in PIECES if day_of(p.event) == d}) for d in (0, 43, 118, 197)]
    assert days == [5, 5, 5, 5]
    # Each event told by three to five outlets, each outlet once.
    sizes = sorted(sum(q.event == label for q in PIECES) for label in labels)
    assert all(3 <= n <= 5 for n in sizes) and sizes.count(5) == 1 and sizes.count(3) == 11
    assert coverage.told_twice(PIECES) == []
    # Eight whole articles (1,200 to 1,600 characters, six paragraphs) of eight events.
    whole = [p for p in PIECES if len(p.text) >= 1200 and p.text.count("\n") >= 5]
    assert len(whole) == 8 and all(len(p.text) <= 1600 for p in whole)
    assert len({p.event for p in whole}) == 8
    # Most items are short: a headline and one to three lines.
    assert sum(100 <= len(p.text) <= 450 for p in PIECES) == 56
    # Near-empty pages of six events: video, pictures, "Watch:" and a teaser.
    empty = [p for p in PIECES if len(p.text) < 100]
    assert len(empty) == 6 and len({p.event for p in empty}) == 6
    assert sum(bool(re.match(r"(Video|In pictures|Watch): ", p.title)) for p in empty) == 5
    # Wire and agency forms of other regions: the month in lower case, "--", slashes.
    forms = [
        r"^[A-Z ]+, \d+ [a-z]{3} \(ANV\) - ",
        r"^CIUDAD ORVALLE \(PAU\) -- ",
        r"^QADIRAH, [A-Z][a-z]+ \d+ /QPA/ - ",
        r"^SEFRAN, \d+ [A-Z][a-z]+ \(ZNA\) -- ",
        r"^PUERTO ALCIMAR, [A-Z][a-z]+ \d+ \(Veskard\) - ",
        r"^\(TCP\) - ",
    ]
    assert [sum(bool(re.search(f, p.text)) for p in PIECES) for f in forms] == [
        4,
        3,
        2,
        2,
        3,
        2,
    ]
    assert sum("(English edition)" in p.feed for p in PIECES) == 7
    # Figures written two ways.
    for one, other in [
        ("18 percent", "18%"),
        ("US$9.5 billion", "$9.5bn"),
        ("2 million", "22m"),
        ("US$64 million", "$64m"),
    ]:
        assert any(one in p.text for p in PIECES) and any(other in p.text for p in PIECES)
    # Running topics: each event on a day months after the one before, the later naming
    # the earlier in passing, some by date.
    for topic in RUNNING:
        for first, second in pairwise(topic):
            assert day_of(second) - day_of(first) >= 40, (first, second)
    assert naming("alcor-bailout", "May 14") == 1
    assert naming("alcor-default", "June 26") == 1
    assert naming("coravia-runoff", "June") == 2
    assert naming("coravia-inauguration", "September 9") == 1
    assert naming("zentrobit-hack", "in May") == 2
    assert naming("ovrell-arrest", "September 9") == 1
    assert all(naming(label, "alcor") >= 1 for label in RUNNING[0])
    assert all(naming(label, "Quebrantes") >= 2 for label in RUNNING[1])
    assert all(naming(label, "Ovrell") >= 1 for label in RUNNING[2])
    # Same-kind events of one day; names that come back in other events.
    for one, other in APART:
        assert day_of(one) == day_of(other), (one, other)
    assert naming("coravia-inauguration", "Cerro Talamo") == 1
    assert naming("talamo-mine-collapse", "Coravia") == 2
    assert naming("brisamar-strike", "Drazhov") == 2
    assert naming("kostrany-colliery-blast", "Drazhov") == 2
    assert naming("harzan-quake", "Ostrabeh") == 1
    assert naming("marhaz-satellite", "Emir Hamdel") == 1
    # The same event in other words; leaders' titles; a tabloid naming nothing.
    assert [label for label in REWORDED if not coverage.reworded(PIECES, label)] == []
    assert {p.title for p in PIECES if p.feed == "The Evening Clatter"} == {
        "TERROR AT SEA! Holidaymakers flee beach as ground rolls",
        "CRYPTO KINGPIN CUFFED AT THE GATE",
    }
    for title in ("Emir and president", "Minister hails", "New president takes"):
        assert sum(p.title.startswith(title) for p in PIECES) == 1


def test_at_their_own_times_the_events_are_told_apart() -> None:
    # Main when the set was written: pair_p=1.000 pair_r=0.758 pair_f1=0.862
    # bcubed_f1=0.904. No wrong join. Splits: the Halmora rate rise's three each alone
    # (told in other words); the Tamsuri quake's three each alone (the Evening Clatter's
    # "TERROR AT SEA!", the Pelawan Ledger's "Port Lirang counts damage", Pelawan
    # Broadcasting's "5.9 tremor"); the rescue's Gaceta "Minister hails lifeline" apart from
    # its other four; the runoff's "In pictures:" page alone; the Kostrany blast's Sambria
    # Radio "Kostrany director suspended" apart from its other two; Nasrel-1's "Emir
    # congratulates engineers" apart from its other two; the arrest in three pieces
    # (Ledgerhawk with the video page; Pelawan Broadcasting's "Exchange boss held"; the
    # Clatter's "CRYPTO KINGPIN"). The running topics' events stay apart, and so do the
    # same-kind events of each day (below).
    scores = coverage.scores(coverage.items(pieces=PIECES), PIECES)
    assert scores.pair_p >= 0.98, scores
    assert scores.pair_f1 >= 0.84, scores
    assert scores.bcubed_f1 >= 0.88, scores


def test_same_kind_events_and_running_topics_stay_apart_at_their_own_times() -> None:
    # The two central banks, the two earthquakes, the two mine accidents and the two
    # airline strikes, at the items' own times and one publication day at a time; and the
    # running topics' events.
    pairs = [set(pair) for pair in APART]
    items = coverage.items(pieces=PIECES)
    for day in coverage.by_day(items):
        assert coverage.joined(day, PIECES, pairs) == []
    pairs += [
        {one, other} for topic in RUNNING for n, one in enumerate(topic) for other in topic[n + 1 :]
    ]
    assert coverage.joined(items, PIECES, pairs) == []


def test_one_publication_day_at_a_time() -> None:
    # Main when the set was written: worst pair_p=1.000 mean pair_f1=0.873 worst
    # pair_f1=0.800.
    #   day 1: pair_p=1.000 pair_r=0.857 pair_f1=0.923 bcubed_f1=0.938 (the rate rise's
    #     three each alone; the devaluation, the token sale, the water accord with its
    #     "Emir and president" and the Orlatek bid whole);
    #   day 2: pair_p=1.000 pair_r=0.720 pair_f1=0.837 bcubed_f1=0.889 (the Tamsuri quake's
    #     three each alone, the Gaceta's "Minister hails lifeline" apart from the rescue's
    #     other four; the Harzan quake with its video page, the first round and the float
    #     whole);
    #   day 3: pair_p=1.000 pair_r=0.667 pair_f1=0.800 bcubed_f1=0.860 (the runoff's
    #     picture page, Sambria Radio's "Kostrany director suspended" and "Emir
    #     congratulates engineers" each alone; the theft and the Cerro Talamo collapse
    #     whole, both mine accidents apart);
    #   day 4: pair_p=1.000 pair_r=0.875 pair_f1=0.933 bcubed_f1=0.957 (the Clatter's
    #     "CRYPTO KINGPIN" alone; the default, the inauguration with its "New president
    #     takes the sash" and both strikes whole and apart).
    days = coverage.per_day(PIECES)
    assert days.worst_p >= 0.98, days
    assert days.mean_f1 >= 0.85, days
    assert days.worst_f1 >= 0.78, days
    assert all(s.bcubed_f1 >= 0.84 for s in days.scores), days


def test_squashed_into_one_heavy_day() -> None:
    # Main when the set was written: pair_p=0.566 pair_r=0.659 pair_f1=0.609
    # bcubed_f1=0.795. Wrong joins, all of running topics: Coravia's first round (all
    # three), two of the runoff's (Prensa Austral, Radio Coravia Internacional) and the
    # inauguration's four in one story; Zentrobit's token sale (all three), two of the
    # theft's (Blockfenn, Coinwarden) and two of the arrest's (Pelawan Broadcasting, the
    # Clatter) in another; the devaluation's four with Spreadline's "Alcimar bonds rally on
    # rescue". Splits besides: the rescue in four pieces (Agencia Noval with the Veskard
    # Wire, the video page, the Gaceta, Spreadline above), the runoff's TVQ "Quebrantes wins"
    # alone, Ledgerhawk's "ZNT plunges 40%" alone, the arrest's Ledgerhawk report and its
    # video page each alone. The default's three are whole and alone, and the same-kind
    # events of each day stay apart (below).
    # Since a leader sworn in and the vote that chose them are opposite acts (words.ACTS):
    # pair_p=0.698 pair_r=0.659 pair_f1=0.678 bcubed_f1=0.816, the inauguration's four apart from
    # the first round and the runoff (which still join each other).
    scores = coverage.scores(coverage.heavy(PIECES), PIECES)
    assert scores.pair_p >= 0.67, scores
    assert scores.pair_f1 >= 0.655, scores
    assert scores.bcubed_f1 >= 0.80, scores


def test_squashed_same_kind_events_stay_apart() -> None:
    # Squashed into one day, the same-kind events of each day stay apart, and the default
    # stays apart from the devaluation and the rescue (the running topics' other events do
    # not, above).
    pairs = [set(pair) for pair in APART]
    pairs += [{"alcor-default", "alcor-devalued"}, {"alcor-default", "alcor-bailout"}]
    assert coverage.joined(coverage.heavy(PIECES), PIECES, pairs) == []
