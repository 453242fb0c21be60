"""Stories on the twenty-seventh set of our own coverage (tests/stories/coverage_real27.py).

Written blind like the fourth to twenty-sixth (the twenty-fourth so written), in the form of
issue #16's hidden coverage, world news, politics, tech and crypto: 80 items from 43 outlets
over four publication days months apart, six events on day 1 and five on the others, each
told by three to five outlets. Wire copy in three services' dateline forms with "dlrs",
"mln", "bln" and "pct", web articles with no dateline, aggregator items (" - Outlet"), UK
papers with Mr, Ms and Dr, US sites in Title Case, three tabloid shouts, press releases, a
firm's newsroom, official statements, state media, an explainer and two analyses labelled
with their event. Mostly a headline and two to four lines, ten whole articles of 1,200 to
1,450 characters, six items under 100 characters (three media pages, a teaser, a bare
headline). Four running topics with events on days months apart under the same names, the
later naming the earlier, often by date (Quenthar's nuclear test, the oil embargo on it and
the talks; Talvix's launch, recall and founder's going; Zephrin's record and fall;
Drossland's impeachment and the court's removal), same-kind events of one day that must
stay apart (two storms, two takeovers, two protests, two central banks' decisions), and
events told in other words. Scored as the hidden coverage is: at the items' own times, one
publication day at a time (each day's items clustered alone; the mean and the worst day),
and squashed into one heavy day. The floors are where main stood when the set was first
clustered, rounded down by about 0.02 (figures in the comments). Issue #16's bars: pair
precision 0.95, mean pair F1 over days 0.95 with no day under 0.85, heavy-day pair F1 0.85
and B-cubed 0.92.
"""

from __future__ import annotations

import re
from itertools import pairwise

from tests.stories import coverage, coverage_real27

PIECES = coverage_real27.PIECES

RUNNING = [
    ("quenthar-nuclear-test", "quenthar-sanctions", "quenthar-talks"),
    ("talvix-launch", "talvix-recall", "talvix-ceo-quits"),
    ("zephrin-record", "zephrin-crash"),
    ("drossland-impeachment", "drossland-court-ruling"),
]
"""The running topics' events in order, each on a day months after the one before."""

APART = [
    ("ostemar-cyclone", "tirrana-typhoon"),
    ("norrent-pallisade-takeover", "aldercrest-vexmoor-takeover"),
    ("sothmere-farmers-protest", "kalvenia-students-protest"),
    ("ostemar-rate-rise", "tirrana-rate-cut"),
]
"""Same-kind events of one day that must stay apart."""

REWORDED = [
    "talvix-ceo-quits",
    "tirrana-typhoon",
    "kalvenia-students-protest",
    "drossland-court-ruling",
]
"""Events told in other words: no word of four letters or more is in all of their headlines."""


def naming(label: str, words: str) -> int:
    return coverage.naming(PIECES, label, words)


def day_of(label: str) -> float:
    return coverage.day_of(PIECES, label)


def test_the_set_is_four_days_of_mixed_coverage_and_its_gold_is_consistent() -> None:
    # Four days of five or six events (an event's reports within 18 hours), 80 items from
    # 43 outlets, none longer than 1,500 characters, six under 100 characters, each with
    # company; no singleton. Its whole articles are few (ten of 80).
    coverage.check_form(
        PIECES,
        coverage_real27.DAYS,
        events_a_day=range(5, 7),
        count=range(80, 81),
        outlets=43,
        whole_share=0.12,
        longest=1500,
        near_empty=range(6, 7),
    )
    labels = {p.event for p in PIECES}
    assert len({p.feed for p in PIECES}) == 43
    assert len(labels) == 21
    assert all(sum(q.event == p.event for q in PIECES) > 1 for p in PIECES)
    days = [len({p.event for p in PIECES if day_of(p.event) == d}) for d in (0, 50, 141, 230)]
    assert days == [6, 5, 5, 5]
    # Each event told by three to five outlets, each outlet once.
    sizes = sorted(sum(q.event == label for q in PIECES) for label in labels)
    assert all(3 <= n <= 5 for n in sizes) and sizes.count(5) == 3 and sizes.count(3) == 7
    assert coverage.told_twice(PIECES) == []
    # Most outlets carry one or two items; the wires more.
    carried = [sum(p.feed == feed for p in PIECES) for feed in {p.feed for p in PIECES}]
    assert sum(n <= 2 for n in carried) == 36 and max(carried) == 9
    # Ten whole articles (1,200 to 1,450 characters, six paragraphs or more) of ten events.
    whole = [p for p in PIECES if len(p.text) >= 1200 and p.text.count("\n") >= 5]
    assert len(whole) == 10 and all(len(p.text) <= 1450 for p in whole)
    assert len({p.event for p in whole}) == 10
    assert sum(p.title.startswith("Analysis: ") for p in whole) == 2
    # Media pages, a teaser and a bare headline, each under 100 characters.
    assert sum(p.text == "" for p in PIECES) == 1
    media = [p for p in PIECES if re.match(r"(Video|Watch|In pictures): ", p.title)]
    assert len(media) == 4 and all(0 < len(p.text) < 100 for p in media)
    assert len({p.event for p in media}) == 4
    # Aggregator items: the headline ends with its outlet, the text is the headline and the
    # outlet's name.
    aggregated = [p for p in PIECES if p.feed == "Feedwell"]
    assert len(aggregated) == 3
    for p in aggregated:
        headline, outlet = p.title.rsplit(" - ", 1)
        assert p.text == f"{headline}  {outlet}"
    # Wire datelines in three services' forms, press releases, and statements that end
    # with a place and a date.
    forms = [
        re.compile(r"^[A-Z]+, [A-Z][a-z]{2,3} \d{1,2} \(Brackmoor\) - "),
        re.compile(r"^[A-Z ]+(, [A-Z][a-z]+)? \(FWS\) \u2014 "),
        re.compile(r"^[A-Z][a-z]+ \(ALP\) - "),
        re.compile(r" /PR Beacon/ -- "),
    ]
    assert [sum(bool(f.search(p.text)) for p in PIECES) for f in forms] == [9, 5, 4, 2]
    ending = re.compile(r"\n[A-Z][a-z]+, \d{1,2} [A-Z][a-z]+ \d{4}$")
    assert sum(bool(ending.search(p.text)) for p in PIECES) == 3
    # The wires' money, '' quotation marks, honorifics.
    assert sum(" dlrs" in p.text for p in PIECES) == 5
    assert sum(" pct" in p.text for p in PIECES) == 8
    assert sum("''" in p.text for p in PIECES) == 7
    assert sum(bool(re.search(r"\b(Mr|Ms|Dr) [A-Z]", p.text)) for p in PIECES) == 10
    # Headline styles: questions, tabloid shouts.
    assert sum(p.title.endswith("?") for p in PIECES) == 3
    shouts = [p for p in PIECES if p.title.isupper()]
    assert len(shouts) == 3 and len({p.event for p in shouts}) == 3
    # Figures written two ways across an event's reports.
    assert naming("zephrin-record", "$12,") == 2 and naming("zephrin-record", "12,310 dlrs") == 1
    assert sum("$12K" in p.title for p in PIECES) == 1
    assert naming("norrent-pallisade-takeover", "4.3 billion dollars") == 1
    assert naming("norrent-pallisade-takeover", "$4.3bn") == 1
    assert sum("$4.3B " in p.title for p in PIECES) == 1
    assert naming("talvix-recall", "$420 million") == 1
    assert naming("talvix-recall", "420 mln dlrs") == 1
    # Running topics: each event on a day months after the one before, the later naming
    # the earlier in passing, some by date.
    for topic in RUNNING:
        for first, second in pairwise(topic):
            assert day_of(second) - day_of(first) >= 50, (first, second)
    assert naming("quenthar-sanctions", "May 14") == 2
    assert naming("quenthar-sanctions", "14 May 2031") == 1
    assert naming("quenthar-talks", "May 14") == 1 and naming("quenthar-talks", "July 3") == 1
    assert naming("talvix-recall", "in May") == 1
    assert naming("talvix-ceo-quits", "61,000") == 2
    assert naming("zephrin-crash", "May 14") == 2
    assert naming("drossland-court-ruling", "July 3") == 1
    assert all(naming(label, "Mount Derrow") >= 2 for label in RUNNING[0])
    # Same-kind events of one day, and names that come back on other days in other events.
    for one, other in APART:
        assert day_of(one) == day_of(other), (one, other)
    assert naming("ostemar-rate-rise", "Cyclone Odalys") == 1
    assert naming("vannamo-runway-overrun", "Ostemar") == 1
    assert naming("zephrin-crash", "Halvoria") == 2
    assert naming("fenmark-minister-jailed", "Elvaston") == 2
    # The same event in other words.
    assert [label for label in REWORDED if not coverage.reworded(PIECES, label)] == []


def test_at_their_own_times_the_events_are_told_apart() -> None:
    # Main when the set was written: pair_p=1.000 pair_r=0.829 pair_f1=0.907
    # bcubed_f1=0.942. No wrong join. Splits: Quenthar Central News alone in each of
    # Quenthar's three events (Orveshk's "flawless strategic weapons test", the Foreign
    # Ministry's "piracy", the delegation arriving in Gesthaven), and the Daily Clangour's
    # "MAD DICTATOR'S DOOMSDAY BANG" alone too, so the test's five are three and two singles;
    # the Morning Roar's "BOSS LADY BAILS" apart from the other three on Talvix's founder
    # going; Feedwell's "Fee hike sparks youth unrest in the capital ..." apart from the
    # other two on the Kalvenian students. The running topics' events stay apart, and so do
    # the same-kind events of each day (below).
    # Since a title in a headline names no one (Evidence.names_a_stranger): pair_p=1.000
    # pair_r=0.863 pair_f1=0.927 bcubed_f1=0.953.
    # Since one who quits a post resigns it (synonyms.SYNONYMS, "BOSS LADY BAILS" over "has quit"
    # with the wire's "resigned"): pair_p=1.000 pair_r=0.889 pair_f1=0.941 bcubed_f1=0.963.
    scores = coverage.scores(coverage.items(pieces=PIECES), PIECES)
    assert scores.pair_p >= 0.98, scores
    assert scores.pair_f1 >= 0.93, scores
    assert scores.bcubed_f1 >= 0.955, scores


def test_same_kind_events_of_one_day_stay_apart() -> None:
    # The two storms, the two takeovers, the two protests and the two central banks'
    # decisions, at the items' own times and one publication day at a time.
    pairs = [set(pair) for pair in APART]
    items = coverage.items(pieces=PIECES)
    assert coverage.joined(items, PIECES, pairs) == []
    for day in coverage.by_day(items):
        assert coverage.joined(day, PIECES, pairs) == []


def test_one_publication_day_at_a_time() -> None:
    # Main when the set was written: worst pair_p=1.000 mean pair_f1=0.906 worst
    # pair_f1=0.884.
    #   day 1: pair_p=1.000 pair_r=0.794 pair_f1=0.885 bcubed_f1=0.935 (Quenthar Central
    #     News's "Chairman Orveshk hails ..." and the Daily Clangour's shout each alone, the
    #     test's other three together; the launch, the record, both storms and the verdict
    #     whole, the two storms apart);
    #   day 2: pair_p=1.000 pair_r=0.871 pair_f1=0.931 bcubed_f1=0.958 (the Foreign
    #     Ministry's "piracy" alone, the embargo's other four together; the recall, the
    #     impeachment and both takeovers whole, the takeovers apart);
    #   day 3: pair_p=1.000 pair_r=0.792 pair_f1=0.884 bcubed_f1=0.915 ("BOSS LADY BAILS"
    #     and Feedwell's "Fee hike sparks ..." alone; Zephrin's fall, the farmers and the
    #     runway overrun whole, the two protests apart);
    #   day 4: pair_p=1.000 pair_r=0.857 pair_f1=0.923 bcubed_f1=0.956 (the delegation's
    #     arrival in Quenthar Central News alone, the talks' other four together; the court,
    #     both central banks and the outage whole, the two banks apart).
    # Since a title in a headline names no one (Evidence.names_a_stranger): worst pair_p=1.000 mean
    # pair_f1=0.925 worst pair_f1=0.884, day 4 1.000 (state media's talks item joins the talks).
    # Since one who quits a post resigns it (synonyms.SYNONYMS, "BOSS LADY BAILS" over "has quit"
    # with the wire's "resigned"): worst pair_p=1.000 mean pair_f1=0.943 worst pair_f1=0.885 (day 3
    # 0.884 -> 0.957).
    days = coverage.per_day(PIECES)
    assert days.worst_p >= 0.98, days
    assert days.mean_f1 >= 0.93, days
    assert days.worst_f1 >= 0.865, days
    assert all(s.bcubed_f1 >= 0.89 for s in days.scores), days


def test_squashed_into_one_heavy_day() -> None:
    # Main when the set was written: pair_p=0.883 pair_r=0.778 pair_f1=0.827
    # bcubed_f1=0.904. One wrong join: the embargo's four (the council's decision, the
    # Brackmoor wire, Policy Lantern, the Halstow Observer) with three of the talks (the
    # Fathom wire's full story, the secretary-general's statement, the Wendlow Standard),
    # July and December under the Harbour League, Gesthaven and the oil embargo. Splits
    # besides those at the items' own times: Policy Lantern's "Quenthar Is Talking. Will
    # the Harbour League Lift Its Oil Embargo?" alone, and the Daily Clangour's "FIRE-RISK
    # MOTORS CALLED BACK" apart from the recall's other three. Quenthar's test stays apart
    # from the embargo and the talks; Talvix's launch, recall and founder's going stay
    # apart, and so do Zephrin's record and fall, Drossland's impeachment and the court's
    # ruling, and the same-kind events of each day (below).
    # With datelines filed apart (and dates named) weighed at dates.DATE_CLASH 0.15:
    # pair_p=1.000 pair_r=0.803 pair_f1=0.891 bcubed_f1=0.931, the embargo and the talks part.
    # Since a title in a headline names no one (Evidence.names_a_stranger): pair_p=1.000
    # pair_r=0.838 pair_f1=0.912 bcubed_f1=0.942 (state media's talks item with the talks).
    # Since one who quits a post resigns it (synonyms.SYNONYMS, "BOSS LADY BAILS" over "has quit"
    # with the wire's "resigned"): pair_p=1.000 pair_r=0.863 pair_f1=0.927 bcubed_f1=0.953.
    scores = coverage.scores(coverage.heavy(PIECES), PIECES)
    assert scores.pair_p >= 0.98, scores
    assert scores.pair_f1 >= 0.915, scores
    assert scores.bcubed_f1 >= 0.945, scores


def test_squashed_the_running_topics_and_same_kind_events_stay_apart() -> None:
    # Squashed into one day, the running topics' events stay apart but for the embargo and
    # the talks (joined above): Quenthar's test from both, Talvix's three events, Zephrin's
    # record and fall, Drossland's impeachment and ruling; so do the same-kind events of
    # each day.
    pairs = [
        {one, other}
        for topic in RUNNING
        for n, one in enumerate(topic)
        for other in topic[n + 1 :]
        if {one, other} != {"quenthar-sanctions", "quenthar-talks"}
    ]
    pairs += [set(pair) for pair in APART]
    assert coverage.joined(coverage.heavy(PIECES), PIECES, pairs) == []
